using System.Globalization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Values;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
public class AmountTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("3653.30", "3653.30", 2)]
    [InlineData("3,653.30", "3653.30", 2)]
    [InlineData("23,053.86", "23053.86", 2)]
    [InlineData("３，６５３．３０", "3653.30", 2)]
    [InlineData(" 3653.3 ", "3653.3", 1)]
    [InlineData("0", "0", 0)]
    [InlineData("0.00", "0.00", 2)]
    [InlineData("-7.03", "-7.03", 2)]
    [InlineData("－7.03", "-7.03", 2)]
    [InlineData("+12", "12", 0)]
    [InlineData("1,234,567.123456", "1234567.123456", 6)]
    [InlineData("-0.00", "0.00", 2)]
    public void Parse_AcceptsDocumentForms_AndKeepsDecimals(string text, string plain, int decimals)
    {
        var amount = Amount.Parse(text, Inv);
        Assert.Equal(plain, amount.ToString());
        Assert.Equal(decimals, amount.Decimals);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("3,65.30")]
    [InlineData("3653,30")]
    [InlineData("1,0000")]
    [InlineData("3653.30万元")]
    [InlineData("12.3.4")]
    [InlineData("99999999999999999999999999999")]
    public void Parse_RejectsMalformed_WithPosition(string text)
    {
        Assert.False(Amount.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Amount.Parse(text, Inv));
        Assert.Contains("无法解析", ex.Message);
    }

    [Theory]
    [InlineData("3,653.30 万元", "3653.30", AmountUnit.WanYuan)]
    [InlineData("0.00 万", "0.00", AmountUnit.WanYuan)]
    [InlineData("12,345.67元", "12345.67", AmountUnit.Yuan)]
    [InlineData("1.5 亿元", "1.5", AmountUnit.YiYuan)]
    [InlineData("1.5亿", "1.5", AmountUnit.YiYuan)]
    public void TryParse_WithUnit_ReportsTheWrittenUnit(string text, string plain, AmountUnit unit)
    {
        Assert.True(Amount.TryParse(text.AsSpan(), out var amount, out var written));
        Assert.Equal(plain, amount.ToString());
        Assert.Equal(unit, written);
    }

    [Fact]
    public void ParseWithUnit_ConvertsExactly()
    {
        Assert.Equal("3653.3000", Amount.ParseWithUnit("36,533,000 元", AmountUnit.WanYuan).ToString());
        Assert.Equal("0.365330", Amount.ParseWithUnit("3,653.30 万元", AmountUnit.YiYuan).ToString());
        Assert.Equal("3653.30", Amount.ParseWithUnit("3653.30", AmountUnit.WanYuan).ToString());
        Assert.Throws<FormatException>(() => Amount.ParseWithUnit("3653.30 美元", AmountUnit.WanYuan));
    }

    [Fact]
    public void ConvertUnit_MovesPrecisionWithTheUnit()
    {
        var wan = Amount.Parse("3653.30", Inv);
        var yuan = wan.ConvertUnit(AmountUnit.WanYuan, AmountUnit.Yuan);
        Assert.Equal(36_533_000m, yuan.Value);
        Assert.Equal(-2, yuan.Decimals);
        Assert.Equal(new DecimalInterval(36_532_950m, 36_533_050m), yuan.Interval);
        Assert.Equal(wan, yuan.ConvertUnit(AmountUnit.Yuan, AmountUnit.WanYuan));
    }

    [Fact]
    public void Format_UsesTheDocumentsStyle()
    {
        var amount = Amount.Parse("3653.30", Inv);
        Assert.Equal("3,653.30 万元", amount.Format(AmountUnit.WanYuan));
        Assert.Equal("3,653.30", amount.ToString("N", Inv));
        Assert.Equal("3,653.3", amount.ToString("N1", Inv));
        Assert.Equal("3653", amount.ToString("F0", Inv));
        Assert.Equal("-0.01", Amount.Parse("-0.005", Inv).ToString("F2", Inv));
        Assert.Throws<FormatException>(() => amount.ToString("X", Inv));
    }

    [Theory]
    [InlineData("1234.56", AmountUnit.Yuan, "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("3653.30", AmountUnit.WanYuan, "叁仟陆佰伍拾叁万叁仟元整")]
    [InlineData("100005", AmountUnit.Yuan, "壹拾万零伍元整")]
    [InlineData("1.05", AmountUnit.Yuan, "壹元零伍分")]
    [InlineData("0.50", AmountUnit.Yuan, "伍角")]
    [InlineData("0", AmountUnit.Yuan, "零元整")]
    [InlineData("1680.32", AmountUnit.Yuan, "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("107000.53", AmountUnit.Yuan, "壹拾万柒仟元伍角叁分")]
    [InlineData("100000500", AmountUnit.Yuan, "壹亿零伍佰元整")]
    [InlineData("1.5", AmountUnit.YiYuan, "壹亿伍仟万元整")]
    [InlineData("-12", AmountUnit.Yuan, "负壹拾贰元整")]
    public void ToChineseUppercase_FollowsTheVoucherRules(string value, AmountUnit unit, string expected)
        => Assert.Equal(expected, Amount.Parse(value, Inv).ToChineseUppercase(unit));

    [Fact]
    public void FromDecimal_RejectsExcessDigits_RoundIsHalfAwayFromZero()
    {
        Assert.Throws<ArgumentException>(() => Amount.FromDecimal(1.005m, 2));
        Assert.Equal("1.01", Amount.Round(1.005m, 2).ToString());
        Assert.Equal("1.00", Amount.Round(1.005m, 2, MidpointRounding.ToEven).ToString());
        Assert.Equal("1.00", Amount.FromDecimal(1m, 2).ToString());
    }

    [Fact]
    public void Arithmetic_IsExactAndChecked()
    {
        var a = Amount.Parse("2644.72", Inv);
        var b = Amount.Parse("281.39", Inv);
        Assert.Equal("2926.11", (a + b).ToString());
        Assert.Equal("0.1", (Amount.Parse("0.3", Inv) - Amount.Parse("0.2", Inv)).ToString());
        Assert.Equal("1.250", (Amount.Parse("1.2", Inv) + Amount.Parse("0.050", Inv)).ToString());
        // The largest admitted amount plus one leaves the numeric contract (|value| < 10^16): overflow, never rounding.
        Assert.Throws<OverflowException>(() => Amount.FromDecimal(9_999_999_999_999_999m) + Amount.FromDecimal(1m));
    }

    [Fact]
    public void Equality_IsByValueAndPrecision()
    {
        var one = Amount.Parse("3653.3", Inv);
        var two = Amount.Parse("3653.30", Inv);
        Assert.NotEqual(one, two);
        Assert.True(one.HasSameValue(two));
        Assert.True(one < two);
        Assert.Equal(default, Amount.Zero);
    }

    [Property]
    public bool PlainText_RoundTrips(Amount amount) => Amount.Parse(amount.ToString(), Inv) == amount;

    [Property]
    public bool GroupedText_RoundTrips(Amount amount) => Amount.Parse(amount.ToString("N", Inv), Inv) == amount;

    [Property]
    public bool FullWidthText_RoundTrips(Amount amount)
    {
        var fullWidth = new string([.. amount.ToString("N", Inv).Select(c => c switch
        {
            >= '0' and <= '9' => (char)('０' + (c - '0')),
            ',' => '，',
            '.' => '．',
            '-' => '－',
            _ => c,
        })]);
        return Amount.Parse(fullWidth, Inv) == amount;
    }

    private static readonly AmountUnit[] DefinedUnits = [AmountUnit.WanYuan, AmountUnit.Yuan, AmountUnit.YiYuan, AmountUnit.QianYuan];

    // Every generated case is a defined unit (the pick chooses one of the four), so no case passes vacuously.
    [Property]
    public bool WithUnit_RoundTrips(Amount amount, byte pick)
    {
        var unit = DefinedUnits[pick % DefinedUnits.Length];
        return Amount.ParseWithUnit(amount.Format(unit), unit) == amount;
    }

    [Theory]
    [InlineData(AmountUnit.WanYuan, "3,653.30 万元")]
    [InlineData(AmountUnit.Yuan, "3,653.30 元")]
    [InlineData(AmountUnit.YiYuan, "3,653.30 亿元")]
    [InlineData(AmountUnit.QianYuan, "3,653.30 千元")]
    public void WithUnit_IsTheGroupedNumberAndTheChineseLabel(AmountUnit unit, string expected)
    {
        var amount = Amount.FromDecimal(3653.30m);
        Assert.Equal(expected, amount.Format(unit));
        Assert.Equal(amount, Amount.ParseWithUnit(expected, unit));
    }

    [Fact]
    public void WithUnit_AnUndefinedUnit_IsRefusedWithTheCatalogueMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromDecimal(1m).Format((AmountUnit)7));
        Assert.StartsWith(Messages.UnknownAmountUnit, ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Precision_IsPreserved(Amount amount)
        => amount.Decimals == amount.ToString().Split('.').ElementAtOrDefault(1)?.Length
           || (amount.Decimals == 0 && !amount.ToString().Contains('.'));

    [Property]
    public bool Interval_IsCentredWithWidthOfOneUnit(Amount amount)
        => amount.Interval.Contains(amount.Value)
           && amount.Interval.Width == 1m / Arbitraries.Pow10(amount.Decimals)
           && amount.Interval.Lower + amount.Interval.Upper == 2 * amount.Value;

    [Property]
    public bool Equality_IsReflexiveSymmetricAndHashConsistent(Amount a, Amount b)
        => a.Equals(a) && a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
           && (a == b) == a.Equals(b) && (a != b) == !a.Equals(b);

    [Property]
    public bool Ordering_IsConsistentWithEquality(Amount a, Amount b)
        => (a.CompareTo(b) == 0) == a.Equals(b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
           && (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0) && (a > b) == (b < a) && (a <= b) == (b >= a);

    [Property]
    public bool Ordering_IsTransitive(Amount a, Amount b, Amount c)
        => !(a <= b && b <= c) || a <= c;

    [Property]
    public bool Addition_IsExactCommutativeAndInvertible(Amount a, Amount b)
        => (a + b).Value == a.Value + b.Value && a + b == b + a && (a + b - b).HasSameValue(a) && (-(-a)) == a;

    [Property]
    public Property Allocate_PartsSumToTheWhole(Amount amount)
    {
        var gen = Gen.ArrayOf(Gen.Choose(0, 100), 5).Where(r => r.Sum() > 0);
        return Prop.ForAll(gen.ToArbitrary(), ratios =>
        {
            var parts = amount.Allocate(ratios);
            var sum = parts.Aggregate(Amount.FromDecimal(0m, Math.Max(amount.Decimals, 0)), (x, y) => x + y);
            var unit = 1m / Arbitraries.Pow10(Math.Max(amount.Decimals, 0));
            return sum.HasSameValue(amount) && parts.All(p => p.Decimals == amount.Decimals)
                && parts.Select((p, i) => Math.Abs(p.Value - (amount.Value * ratios[i] / ratios.Sum()))).All(d => d < unit);
        });
    }

    [Property]
    public bool UnitConversion_RoundTripsExactly(Amount amount)
        => amount.ConvertUnit(AmountUnit.WanYuan, AmountUnit.Yuan).ConvertUnit(AmountUnit.Yuan, AmountUnit.WanYuan) == amount;
}
