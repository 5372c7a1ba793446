using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 34's cuts of the reader's time (issue 8, docs/performance.md "Session 34: reader speed"): each skips work whose
/// answer is known beforehand, so the output is the same; the golden read results (<see cref="ReadResultGoldenTests"/>)
/// hold the whole output identical, these tests hold the pre-tests sound.
/// </summary>
public class ReaderSpeedSessionThirtyFourTests
{
    /// <summary>A clause without one of these characters holds none of the adjusted-basis words: the pre-test is sound
    /// only while the characters are the words' first ones.</summary>
    [Fact]
    public void AdjustedBasisFirsts_AreTheWordsFirstCharacters()
    {
        var firsts = NarrativeReader.AdjustedBasisWords.Select(w => w[0]).Distinct().OrderBy(c => c);
        Assert.Equal(firsts, NarrativeReader.AdjustedBasisFirsts.OrderBy(c => c));
    }

    /// <summary>Every unit marker begins with 单位: — so a paragraph without 单位: (spaces anywhere) declares none.</summary>
    [Fact]
    public void UnitMarkers_AllBeginWithTheUnitLabel()
    {
        Assert.All(NarrativeReader.UnitDeclarations, d => Assert.StartsWith("单位:", d.Marker, StringComparison.Ordinal));
    }

    /// <summary>Texts over the markers' characters, spaces and others, so that markers broken by spaces, cut short and
    /// written with another unit all come up.</summary>
    private static Gen<string> UnitTexts =>
        from n in Gen.Choose(0, 16)
        from chars in Gen.ArrayOf(Gen.Elements('单', '位', ':', '万', '元', '亿', '千', ' ', '本', '：'), n)
        select new string(chars);

    /// <summary>
    /// The pre-test (<c>ContainsBetweenSpaces(text, "单位:")</c>) never refuses a text in which a marker is written: a marker
    /// found with spaces between its characters has its first three characters found the same way.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property UnitPretest_NeverRefusesADeclaration()
        => Prop.ForAll(UnitTexts.ToArbitrary(), text =>
        {
            var declared = NarrativeReader.UnitDeclarations.Any(d => NarrativeReader.ContainsBetweenSpaces(text, d.Marker));
            return (!declared || NarrativeReader.ContainsBetweenSpaces(text, "单位:")).Label($"[{text}]");
        });
}
