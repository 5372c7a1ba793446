using System.Globalization;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Values;

/// <summary>
/// The numeric contract (at most 16 integer digits, 12 decimals) and the value-API reproducers of the fuzzing issue
/// (TestData/fuzz-repros/README.md): nothing is rounded silently, and only documented exceptions are thrown.
/// </summary>
public class NumericContractTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Theory]
    // 16 integer digits and 12 decimals: the largest admitted forms.
    [InlineData("9999999999999999", 0)]
    [InlineData("-9,999,999,999,999,999.999999999999", 12)]
    [InlineData("0.000000000001", 12)]
    // Leading zeros are not significant digits.
    [InlineData("00000000000000000001", 0)]
    public void Parse_AdmitsTheContract_AndRoundTripsExactly(string text, int decimals)
    {
        var amount = Amount.Parse(text, Inv);
        Assert.Equal(decimals, amount.Decimals);
        // parse(format(x)) = x, value and precision.
        Assert.Equal(amount, Amount.Parse(amount.ToString(), Inv));
        Assert.Equal(amount, Amount.Parse(amount.ToString("N", Inv), Inv));
    }

    [Theory]
    // The reproducer: 30 significant digits, which decimal would round while the 24 written decimals were kept.
    [InlineData("-97,457.125044402583383435949191")]
    // 17 integer digits; 13 decimals; decimal.MaxValue.
    [InlineData("10000000000000000")]
    [InlineData("0.1234567890123")]
    [InlineData("79228162514264337593543950335")]
    public void Parse_BeyondTheContract_IsAFormatError_NotARounding(string text)
    {
        var error = Assert.Throws<FormatException>(() => Amount.Parse(text, Inv));
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
        Assert.False(Amount.TryParse(text, Inv, out _));
        Assert.False(Percent.TryParse(text + "%", Inv, out _));
        Assert.False(Quantity.TryParse(text, Inv, out _));
    }

    [Fact]
    public void Factories_RejectFiguresBeyondTheContract()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromDecimal(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromDecimal(0.1234567890123m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromDecimal(1m, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Round(1m, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Round(decimal.MaxValue, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percent.FromDecimal(1.0000000000000000000000000000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.FromDecimal(-10_000_000_000_000_000m));
        // Round with more decimals than the contract was the reproducer's "Amount.Round beyond 28"; 12 is the limit.
        Assert.Equal("0.123456789012", Amount.Round(0.1234567890125m, 12, MidpointRounding.ToEven).ToString());
    }

    [Fact]
    public void ParseWithUnit_BeyondTheContract_IsAFormatError()
    {
        // Reproducer: 26 decimals in 元 (and 30 in 万元) was an OverflowException / ArgumentOutOfRangeException.
        Assert.Throws<FormatException>(() => Amount.ParseWithUnit("4.87915548651915549904798678元", AmountUnit.WanYuan));
        // 12 decimals in 元 are admitted, but in 万元 they would need 16: refused, not rounded.
        Assert.Throws<FormatException>(() => Amount.ParseWithUnit("4.879155486519元", AmountUnit.WanYuan));
        // 8 decimals in 元 → 12 in 万元: exact (4.87915548 / 10^4).
        Assert.Equal("0.000487915548", Amount.ParseWithUnit("4.87915548元", AmountUnit.WanYuan).ToString());
    }

    [Fact]
    public void ConvertUnit_OutsideTheContract_IsTheDocumentedOverflow()
    {
        // 10^12 亿元 is 10^20 元: more than 16 integer digits.
        Assert.Throws<OverflowException>(() => Amount.Parse("1000000000000", Inv).ConvertUnit(AmountUnit.YiYuan, AmountUnit.Yuan));
        // 6 decimals in 元 need 14 in 亿元.
        Assert.Throws<OverflowException>(() => Amount.Parse("1.000001", Inv).ConvertUnit(AmountUnit.Yuan, AmountUnit.YiYuan));
        // 3,653.30 万元 = 36,533,000 元 known to 100 元 (decimals 2 − 4 = −2).
        var yuan = Amount.Parse("3653.30", Inv).ConvertUnit(AmountUnit.WanYuan, AmountUnit.Yuan);
        Assert.Equal(36_533_000m, yuan.Value);
        Assert.Equal(-2, yuan.Decimals);
    }

    [Fact]
    public void Allocate_AtTheLargestAmount_IsExact()
    {
        // Reproducer: magnitude × ratio overflowed decimal. 10^16 − 10^-12 split 1:int.MaxValue adds back exactly.
        var max = Amount.FromDecimal(NumericContract.MaxMagnitude);
        var parts = max.Allocate(1, int.MaxValue);
        Assert.Equal(max.Value, parts[0].Value + parts[1].Value);
        Assert.All(parts, p => Assert.Equal(12, p.Decimals));
        // 1.00 in three: 34, 33, 33 fen (the first has the largest remainder on a tie, by index).
        Assert.Equal(new[] { "0.34", "0.33", "0.33" }, Amount.Parse("1.00", Inv).Allocate(1, 1, 1).Select(p => p.ToString()));
        Assert.Equal(new[] { "-0.34", "-0.33", "-0.33" }, Amount.Parse("-1.00", Inv).Allocate(1, 1, 1).Select(p => p.ToString()));
    }

    [Fact]
    public void Allocate_ManyRatios_GivesEachLeftoverUnitOnce()
    {
        // The remainder pass used to scan all ratios once per unit left (quadratic); now it sorts once.
        var ratios = Enumerable.Repeat(1, 200_000).ToArray();
        var parts = Amount.Parse("1999.99", Inv).Allocate(ratios);
        // 199,999 fen over 200,000 parts: 199,999 parts of 0.01 and one of 0.00.
        Assert.Equal(199_999, parts.Count(p => p.Value == 0.01m));
        Assert.Equal(1, parts.Count(p => p.IsZero));
    }

    [Fact]
    public void Add_BeyondTheContract_Overflows()
    {
        var max = Amount.FromDecimal(NumericContract.MaxMagnitude);
        Assert.Throws<OverflowException>(() => max + Amount.FromDecimal(0.000000000001m));
        Assert.Throws<OverflowException>(() => -max - Amount.FromDecimal(1m));
        Assert.Equal(0m, (max - max).Value);
    }

    [Fact]
    public void PercentFromRatio_BeyondTheContract_Overflows()
    {
        Assert.Throws<OverflowException>(() => Percent.FromRatio(1_000_000_000_000m, 0.000001m));
        Assert.Equal("12.35", Percent.FromRatio(12.345m, 100m).ToString("G", Inv).TrimEnd('%'));
    }

    [Property(MaxTest = 300)]
    public bool EveryAdmittedFigure_RoundTripsThroughText(long integer, int fraction, byte decimalsSeed)
    {
        // Any integer part below 10^16 with 0–12 decimals: format then parse gives the same value and decimals.
        var decimals = decimalsSeed % 13;
        var value = (integer % 10_000_000_000_000_000L) + (decimal)Math.Abs(fraction % 1_000_000) / 1_000_000m;
        var rounded = Amount.Round(decimal.Round(value, decimals), decimals);
        return Amount.Parse(rounded.ToString(), Inv) == rounded && Amount.Parse(rounded.ToString("N", Inv), Inv) == rounded;
    }

    [Fact]
    public void CodeScanners_ReadLongSeparatorRuns()
    {
        // Reproducer: "2" + 40,000 spaces + "2" took ≈ 1 s (the separator run was rescanned per character). Its linear
        // time is checked by ratio in the fuzz harness ("code scanner on a separator run", every CI run), not by a timed
        // unit test; here the answers: "22" and "30" are two digits, so no code (a code has 3, 5 or 7 digits).
        Assert.False(FunctionalCode.TryParse("2" + new string(' ', 400_000) + "2", out _));
        Assert.False(EconomicCode.TryParse("3" + new string('|', 400_000) + "0", out _));
        // Still a code when the separators are real separators.
        Assert.True(FunctionalCode.TryParse("201 | 03 | 01", out var code));
        Assert.Equal("2010301", code.Value);
    }
}
