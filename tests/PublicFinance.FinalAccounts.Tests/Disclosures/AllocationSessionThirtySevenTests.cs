using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37's cuts of the reader's allocation (issue 8, docs/performance.md "Session 37: the reader's allocation"): an
/// amount's text written on the stack and shared through <c>FigureTexts</c>, a label trimmed once for all the families
/// that ask (<see cref="NarrativeReader.Trimmed"/>), the short direction words compared as a span. The golden read results
/// and the sameness dump hold the whole output identical; these properties hold each shortcut against the plain answer.
/// </summary>
public class AllocationSessionThirtySevenTests
{
    /// <summary>Amounts of 0 to 4 decimals, either sign, short (shared) and long (made) texts alike.</summary>
    private static Gen<Amount> Amounts =>
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        from cut in Gen.Choose(0, 9)
        from negative in Gen.Elements(false, true)
        let value = decimal.Truncate(units / (decimal)Math.Pow(10, cut)) / (decimal)Math.Pow(10, scale)
        select Amount.FromDecimal(negative ? -value : value, scale);

    /// <summary>
    /// The amount's text is <see cref="Amount.ToString()"/>'s: "0.00", "3653.30", "-12.5", "2147483647" (ten characters,
    /// past the eight the stack holds: made as before), for every amount.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property AmountText_IsAmountToString()
        => Prop.ForAll(Amounts.ToArbitrary(), amount => NarrativeReader.AmountText(amount) == amount.ToString());

    /// <summary>Examples: the short texts a seed read writes most often, a negative one, one longer than eight characters.</summary>
    [Theory]
    [InlineData("0", 2, "0.00")]
    [InlineData("3653.3", 2, "3653.30")]
    [InlineData("-12.5", 1, "-12.5")]
    [InlineData("23053.86", 2, "23053.86")]
    [InlineData("123456.78", 2, "123456.78")]
    public void AmountText_Examples(string value, int decimals, string expected)
    {
        var amount = Amount.FromDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals);
        Assert.Equal(expected, NarrativeReader.AmountText(amount));
    }

    /// <summary>Pieces of labels around the short direction words: the words, their parts, white space of three kinds.</summary>
    private static readonly string[] DirectionPieces = ["少", "多", "了", "支出", "支", "出", " ", "\u3000", "\t", "减少", "较"];

    /// <summary>Labels of zero to five pieces.</summary>
    private static Gen<string> DirectionLabels =>
        from n in Gen.Choose(0, 5)
        from parts in Gen.ArrayOf(Gen.Elements(DirectionPieces), n)
        select string.Concat(parts);

    /// <summary>The definition before session 37: the trimmed label switched on as a string.</summary>
    private static string? ShortDirectionBySwitch(string label) => label.Trim() switch
    {
        "少" or "少了" or "少支出" or "少支出了" => "decrease",
        "多" or "多了" or "多支出" or "多支出了" => "increase",
        _ => null,
    };

    /// <summary><c>ShortDirection</c> over the trimmed span answers as the switch over the trimmed string, for every label.</summary>
    [Property(MaxTest = 3000)]
    public Property ShortDirection_IsTheSwitch()
        => Prop.ForAll(DirectionLabels.ToArbitrary(), label => NarrativeReader.ShortDirection(label) == ShortDirectionBySwitch(label));

    /// <summary>Examples: each word of the switch, with spaces around it, and words it does not hold.</summary>
    [Theory]
    [InlineData(" 少支出了 ", "decrease")]
    [InlineData("多", "increase")]
    [InlineData("\u3000多了", "increase")]
    [InlineData("少支", null)]
    [InlineData("较少", null)]
    [InlineData("", null)]
    public void ShortDirection_Examples(string label, string? expected) => Assert.Equal(expected, NarrativeReader.ShortDirection(label));

    /// <summary>
    /// <see cref="NarrativeReader.Trimmed"/> is <see cref="string.Trim()"/> for every label, asked in any order: the same
    /// label again (its kept answer), another label of the same characters (another reference), a label after another.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Trimmed_IsTrim()
        => Prop.ForAll(Gen.ArrayOf(DirectionLabels, 12).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 11), 30).ToArbitrary(),
            (labels, order) =>
            {
                var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
                return order.All(i =>
                {
                    var copy = new string(labels[i].ToCharArray());   // equal characters, another reference
                    return reader.Trimmed(labels[i]) == labels[i].Trim() && reader.Trimmed(copy) == copy.Trim()
                        && reader.Trimmed(labels[i]) == labels[i].Trim();
                });
            });
}
