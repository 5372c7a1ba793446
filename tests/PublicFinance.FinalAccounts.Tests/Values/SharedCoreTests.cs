using System.Globalization;
using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Values;

/// <summary>
/// The written-decimal core behind <see cref="Amount"/>, <see cref="Percent"/> and <see cref="Quantity"/>, the code core
/// behind <see cref="FunctionalCode"/> and <see cref="EconomicCode"/>, and the message catalogue (<see cref="Messages"/>).
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
public class SharedCoreTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // The three figure types wrap one core, so the same written decimal equates, orders, hashes and spans the same
    // interval whichever type holds it. Quantities are non-negative in the generator; the amount's value is used for all.
    [Property]
    public bool TheThreeFigureTypes_AgreeOnTheSameWrittenDecimal(Amount a, Amount b)
    {
        var (pa, pb) = (Percent.FromDecimal(a.Value), Percent.FromDecimal(b.Value));
        var (qa, qb) = (Quantity.FromDecimal(a.Value), Quantity.FromDecimal(b.Value));
        return Math.Sign(a.CompareTo(b)) == Math.Sign(pa.CompareTo(pb))
            && Math.Sign(a.CompareTo(b)) == Math.Sign(qa.CompareTo(qb))
            && a.Equals(b) == pa.Equals(pb) && a.Equals(b) == qa.Equals(qb)
            && a.GetHashCode() == pa.GetHashCode() && a.GetHashCode() == qa.GetHashCode()
            && a.Interval == pa.Interval && a.Interval == qa.Interval
            && a.ToString() == qa.ToString() && a.ToString() + "%" == pa.ToString();
    }

    [Theory]
    // "3653.3" and "3653.30" are the same value written at two precisions: different statements, same value.
    [InlineData("3653.3", "3653.30", false, true, -1)]
    // Equal text is equal in every respect.
    [InlineData("0.5", "0.5", true, true, 0)]
    // Value decides the order before the decimals do: 10.0 > 2 (decimals only break ties between equal values).
    [InlineData("10.0", "2", false, false, 1)]
    public void Quantity_EqualityAndOrdering_AreThoseOfTheCore(string left, string right, bool equal, bool sameValue, int order)
    {
        var (a, b) = (Quantity.Parse(left, Inv), Quantity.Parse(right, Inv));
        Assert.Equal(equal, a == b);
        Assert.Equal(sameValue, a.HasSameValue(b));
        Assert.Equal(order, Math.Sign(a.CompareTo(b)));
    }

    [Theory]
    // ½·10^−2 = 0.005 either side of 98.37.
    [InlineData("98.37%", "98.365", "98.375")]
    // ½·10^0 = 0.5 either side of 100.
    [InlineData("100%", "99.5", "100.5")]
    public void Percent_Interval_IsHalfTheLastDigitEitherSide(string text, string lower, string upper)
    {
        var interval = Percent.Parse(text, Inv).Interval;
        Assert.Equal(decimal.Parse(lower, Inv), interval.Lower);
        Assert.Equal(decimal.Parse(upper, Inv), interval.Upper);
    }

    [Theory]
    // The unit after the number: none, 元, 万 with or without 元, 亿 with 元, the traditional 萬.
    [InlineData("3,653.30", null)]
    [InlineData("12,345.67元", AmountUnit.Yuan)]
    [InlineData("0.00 万", AmountUnit.WanYuan)]
    [InlineData("1.5 亿元", AmountUnit.YiYuan)]
    [InlineData("8 萬元", AmountUnit.WanYuan)]
    public void Amount_TryParseWithUnit_ReadsTheUnitAfterTheNumber(string text, AmountUnit? unit)
    {
        Assert.True(Amount.TryParse(text.AsSpan(), out _, out var read));
        Assert.Equal(unit, read);
    }

    [Theory]
    // "3,653.30 美元": index 9 is 美, the first character that is neither a unit nor a space ("3,653.30" is 8 characters, then a space).
    [InlineData("3,653.30 美元", 9)]
    // "5 万元元": 万元 is read as the unit (index 2–3); the second 元 at index 4 is left over.
    [InlineData("5 万元元", 4)]
    public void Amount_ParseWithUnit_NamesWhereTheTextStopsBeingAnAmount(string text, int index)
    {
        var ex = Assert.Throws<FormatException>(() => Amount.ParseWithUnit(text, AmountUnit.WanYuan));
        Assert.Equal(Messages.InvalidFigure("amount", text, index, Messages.ExpectedAmountUnit), ex.Message);
    }

    [Fact]
    public void Percent_Parse_NamesWhatMayFollowTheNumber()
    {
        // "98.37 percent": after "98.37" (5 characters) and a space, index 6 is 'p', which is not '%'.
        var ex = Assert.Throws<FormatException>(() => Percent.Parse("98.37 percent", Inv));
        Assert.Equal(Messages.InvalidFigure("percentage", "98.37 percent", 6, Messages.ExpectedPercentSign), ex.Message);
    }

    [Fact]
    public void Quantity_Parse_NamesTheUnexpectedCharacter()
    {
        // "12 平方米": the number ends at index 2, a space, then 平 at index 3.
        var ex = Assert.Throws<FormatException>(() => Quantity.Parse("12 平方米", Inv));
        Assert.Equal(Messages.InvalidFigure("quantity", "12 平方米", 3, Messages.UnexpectedCharacter), ex.Message);
    }

    [Fact]
    public void FactoryAndArithmeticMessages_AreTheCatalogues()
    {
        Assert.StartsWith(
            Messages.DigitsBeyondDecimals(1.234m, 2),
            Assert.Throws<ArgumentException>(() => Amount.FromDecimal(1.234m, 2)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            Messages.WrittenDecimalsOutOfRange,
            Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromDecimal(1m, 13)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            Messages.RoundingDecimalsOutOfRange,
            Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Round(1m, -1)).Message,
            StringComparison.Ordinal);
        Assert.Equal(Messages.PercentOfZeroBase, Assert.Throws<DivideByZeroException>(() => Percent.FromRatio(1m, 0m)).Message);
        var max = Amount.FromDecimal(NumericContract.MaxMagnitude);
        Assert.Equal(Messages.SumOutOfContract, Assert.Throws<OverflowException>(() => max + max).Message);
        Assert.StartsWith(
            Messages.RatiosAllZero,
            Assert.Throws<ArgumentException>(() => max.Allocate(0, 0)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            Messages.ObjectMustBe(nameof(Amount)),
            Assert.Throws<ArgumentException>(() => max.CompareTo("x")).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            Messages.IntervalBoundsReversed(2m, 1m),
            Assert.Throws<ArgumentException>(() => new DecimalInterval(2m, 1m)).Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Amount), "Object must be an Amount. 对象必须是 Amount。")]
    [InlineData(nameof(Percent), "Object must be a Percent. 对象必须是 Percent。")]
    [InlineData(nameof(EconomicCode), "Object must be an EconomicCode. 对象必须是 EconomicCode。")]
    public void ObjectMustBe_ChoosesTheArticle(string typeName, string expected)
        => Assert.Equal(expected, Messages.ObjectMustBe(typeName));

    [Theory]
    // Wrong length (4 digits), wrong first digit (a 3xx code is economic), a name after the code.
    [InlineData("2010", "length")]
    [InlineData("30101", "first")]
    [InlineData("2010301 行政运行", "after")]
    public void FunctionalCode_ParseMessages_AreTheCatalogues(string text, string problem)
    {
        var expected = problem switch
        {
            "length" => Messages.FunctionalCodeLength(text),
            "first" => Messages.FunctionalCodeFirstDigit(text),
            _ => Messages.TextAfterCode(text),
        };
        Assert.Equal(expected, Assert.Throws<FormatException>(() => FunctionalCode.Parse(text, Inv)).Message);
    }

    [Theory]
    // 7 digits are a functional 项, not an economic code; 2xx is functional.
    [InlineData("3010101", "length")]
    [InlineData("201", "first")]
    public void EconomicCode_FromDigitsMessages_AreTheCatalogues(string digits, string problem)
    {
        var expected = problem == "length" ? Messages.EconomicCodeLength(digits) : Messages.EconomicCodeFirstDigit(digits);
        Assert.StartsWith(
            expected, Assert.Throws<ArgumentException>(() => EconomicCode.FromDigits(digits)).Message, StringComparison.Ordinal);
    }

    [Property]
    public bool TheTwoCodeKinds_ShareTheHierarchyRules(FunctionalCode code)
    {
        // A functional code's parent drops its last two digits; its class is its first three; both are its ancestors.
        var parentOk = code.Value.Length == 3
            ? code.Parent is null
            : code.Parent!.Value.Value == code.Value.Substring(0, code.Value.Length - 2) && code.Parent.Value.IsAncestorOf(code);
        return parentOk && code.ClassCode.Value == code.Value.Substring(0, 3) && !code.IsAncestorOf(code);
    }

    [Fact]
    public void EconomicCode_Hierarchy_IsTheSharedOne()
    {
        var section = EconomicCode.FromDigits("30101");
        Assert.Equal(EconomicCode.FromDigits("301"), section.Parent);
        Assert.Null(EconomicCode.FromDigits("301").Parent);
        Assert.True(EconomicCode.FromDigits("301").IsAncestorOf(section));
        Assert.False(EconomicCode.FromDigits("302").IsAncestorOf(section));
        Assert.Equal(EconomicScheme.Government, EconomicCode.FromDigits("50101").Scheme);
    }

    [Theory]
    [InlineData("\"2010\"", "functional")]
    [InlineData("\"2010301\"", "economic")]
    public void CodeConverters_ReportTheCataloguesMessage(string json, string kind)
    {
        var options = new JsonSerializerOptions { Converters = { new FunctionalCodeJsonConverter(), new EconomicCodeJsonConverter() } };
        var text = json.Trim('"');
        if (kind == "functional")
        {
            var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FunctionalCode>(json, options));
            Assert.StartsWith(Messages.JsonInvalidFunctionalCode(text), ex.Message, StringComparison.Ordinal);
        }
        else
        {
            var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EconomicCode>(json, options));
            Assert.StartsWith(Messages.JsonInvalidEconomicCode(text), ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CodeConverters_RefuseToWriteADefaultCode()
    {
        var options = new JsonSerializerOptions { Converters = { new FunctionalCodeJsonConverter(), new EconomicCodeJsonConverter() } };
        Assert.StartsWith(
            Messages.JsonDefaultCode(nameof(FunctionalCode), "功能分类科目编码"),
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(FunctionalCode), options)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Cannot write default(EconomicCode): it is not a code. 无法写出空的经济分类科目编码。",
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(EconomicCode), options)).Message,
            StringComparison.Ordinal);
    }

    [Theory]
    // A JSON number, not a string: the message names the kind in both languages and an example.
    [InlineData("1.5", "Expected a percentage as a JSON string such as \"98.37\", found a number. 应为字符串形式的百分比，例如 \"98.37\"。")]
    // Grouping is not plain notation.
    [InlineData(
        "\"1,055.4\"",
        "Expected a percentage in plain decimal notation such as \"98.37\" (no grouping, no unit, no exponent), found \"1,055.4\". "
            + "百分比应为普通十进制写法，例如 \"98.37\"。")]
    public void FigureConverters_NameTheKind(string json, string expected)
    {
        var options = new JsonSerializerOptions { Converters = { new PercentJsonConverter() } };
        Assert.StartsWith(
            expected,
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Percent>(json, options)).Message,
            StringComparison.Ordinal);
    }
}
