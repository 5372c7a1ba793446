using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The reader's allocation-free paths (figures parsed from UTF-8 in place, enum names compared as bytes, the null scan
/// skipped when no "null" occurs and naming members only for the path it reports) read exactly what the text paths read.
/// </summary>
public class JsonFastPathTests
{
    /// <summary>Figure-like texts: mostly the plain form (sign, 1–20 integer digits, 0–13 decimals), some arbitrary.</summary>
    private static readonly Gen<string> FigureTexts = Gen.OneOf(
        from sign in Gen.Elements("", "", "-")
        from first in Gen.Elements("0", "1", "5", "9")
        from rest in Gen.Choose(0, 19).SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), n))
        from point in Gen.Elements(true, false)
        from fraction in Gen.Choose(0, 13).SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), n))
        select sign + first + new string(rest) + (point ? "." + new string(fraction) : string.Empty),
        from length in Gen.Choose(0, 8)
        from chars in Gen.ArrayOf(Gen.Elements("-0123456789.e+ ,".ToCharArray()), length)
        select new string(chars));

    [Property(MaxTest = 2000)]
    public Property TryParsePlain_AgreesWithTheTextParser_BitForBit()
        => Prop.ForAll(FigureTexts.ToArbitrary(), text =>
        {
            var fast = JsonText.TryParsePlain(Encoding.UTF8.GetBytes(text), out var value, out var decimals);
            var slow = DecimalFigure.TryParseJson(text.AsSpan(), out var expected, out var expectedDecimals);

            // Whatever the fast path accepts, the text path accepts with the same value, scale and sign bit.
            var agrees = !fast || (slow && decimals == expectedDecimals
                && decimal.GetBits(value).SequenceEqual(decimal.GetBits(DecimalFigure.WithScale(expected, expectedDecimals))));

            // And it does accept every plain figure of at most 19 digits that is not a negative zero: the common case.
            var digits = text.Count(char.IsDigit);
            var used = !slow || digits > JsonText.MaxFastDigits || (text.StartsWith('-') && expected == 0m) || fast;
            return (agrees && used).Label($"{text}: fast {fast} {value}/{decimals}, text {slow} {expected}/{expectedDecimals}");
        });

    [Theory]
    [InlineData("3653.30", "365330", 2)]       // the written decimals are the scale: 3653.30, not 3653.3
    [InlineData("0", "0", 0)]
    [InlineData("0.000", "0", 3)]              // a zero keeps its decimals
    [InlineData("-12.5", "-125", 1)]
    [InlineData("9999999999999999.999", "9999999999999999999", 3)]   // 19 digits, the most read in place
    public void TryParsePlain_ReadsTheWrittenDecimals(string text, string units, int scale)
    {
        // The value is the written digits as an integer (units of the last decimal) divided by 10^decimals.
        Assert.True(JsonText.TryParsePlain(Encoding.UTF8.GetBytes(text), out var value, out var decimals));
        Assert.Equal(scale, decimals);
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10;
        }

        Assert.Equal(decimal.Parse(units, System.Globalization.CultureInfo.InvariantCulture) * unit, value);
        Assert.Equal(text, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-0")]                        // negative zero: left to the text path
    [InlineData("-0.00")]
    [InlineData("1234567890123456.7890")]     // 20 digits: left to the text path (which reads it)
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData("-")]
    public void TryParsePlain_LeavesEverythingElseToTheTextPath(string text)
        => Assert.False(JsonText.TryParsePlain(Encoding.UTF8.GetBytes(text), out _, out _));

    [Fact]
    public void EscapedFigureAndEnum_ReadAsTheirText()
    {
        // "\u0033" is '3' (a \u escape takes exactly four hex digits, so "\u0033653.30" is "3653.30") and "\u0079uan"
        // is "yuan": escaped strings take the text path and read the same values.
        var plain = Report("\"3653.30\"", "\"yuan\"");
        var escaped = Report("\"\\u0033653.30\"", "\"\\u0079uan\"");
        Assert.Equal(plain, escaped);
        Assert.Equal("3653.30", escaped.Narrative!.Overall!.IncomeGrandTotal!.Amount.ToString());
        Assert.Equal(AmountUnit.Yuan, escaped.Unit);
    }

    [Fact]
    public void UnsignedFigure_RefusesASign_EscapedOrNot()
    {
        const string Template = "{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"narrative\":{\"overall\":"
            + "{\"change\":{\"direction\":\"increase\",\"amount\":AMOUNT}}}}";
        var unsigned = FinalAccountsJson.Deserialize(Template.Replace("AMOUNT", "\"0.50\"", StringComparison.Ordinal));
        Assert.Equal("0.50", unsigned.Narrative!.Overall!.Change!.Amount!.Value.ToString());
        foreach (var signed in new[] { "\"-0.50\"", "\"\\u002d0.50\"" })
        {
            var json = Template.Replace("AMOUNT", signed, StringComparison.Ordinal);
            var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
            Assert.Equal("$.narrative.overall.change.amount", ex.Path);
            Assert.Contains("-0.50", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    // An escaped name, unescaped in the path; and "null" in a string before the null token.
    [InlineData("{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"n\\u0061rrative\":null}", "$.narrative")]
    [InlineData("{\"entity\":{\"name\":\"null\",\"fiscalYear\":2024},\"notes\":[\"x\",null]}", "$.notes[1]")]
    public void ExplicitNull_IsNamedByItsPath_EvenWithEscapedNames(string json, string path)
    {
        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains("null is not allowed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextHoldingNull_WithoutANullToken_IsRead()
    {
        // The bytes "null" inside a string are no null token: the scan runs and finds none.
        var report = FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"nullable 部门\",\"fiscalYear\":2024}}");
        Assert.Equal("nullable 部门", report.Entity.Name);
    }

    private static FinalAccountsReport Report(string amount, string unit)
        => FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"unit\":" + unit
            + ",\"narrative\":{\"overall\":{\"incomeGrandTotal\":{\"amount\":" + amount + "}}}}");
}
