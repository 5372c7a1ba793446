using System.Globalization;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Tests.Generators;

namespace PublicFinance.FinalAccounts.Tests.Classification;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
public class CodeTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("2010301")]
    [InlineData("201 03 01")]
    [InlineData("201|03|01")]
    [InlineData("[2010301]")]
    [InlineData("【2010301】")]
    [InlineData("２０１０３０１")]
    public void FunctionalCode_Parse_AcceptsDocumentForms(string text)
    {
        var code = FunctionalCode.Parse(text, Inv);
        Assert.Equal("2010301", code.Value);
        Assert.Equal(FunctionalLevel.Item, code.Level);
        Assert.Equal("20103", code.Parent!.Value.Value);
        Assert.Equal("201", code.ClassCode.Value);
        Assert.Null(code.ClassCode.Parent);
    }

    [Fact]
    public void FunctionalCode_TryParseLabelled_KeepsTheDocumentsName()
    {
        Assert.True(FunctionalCode.TryParseLabelled("[2010301]行政运行", out var code, out var name));
        Assert.Equal("2010301", code.Value);
        Assert.Equal("行政运行", name);
        Assert.True(FunctionalCode.TryParseLabelled("208 05 05 机关事业单位基本养老保险缴费支出", out code, out name));
        Assert.Equal("2080505", code.Value);
        Assert.Equal("机关事业单位基本养老保险缴费支出", name);
        Assert.False(FunctionalCode.TryParse("[2010301]行政运行", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2010")]
    [InlineData("20103011")]
    [InlineData("1010301")]
    [InlineData("[2010301")]
    [InlineData("abc")]
    public void FunctionalCode_Parse_RejectsInvalid(string text)
    {
        Assert.False(FunctionalCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => FunctionalCode.Parse(text, Inv));
    }

    [Fact]
    public void EconomicCode_Parse_AndScheme()
    {
        var code = EconomicCode.Parse("301 01", Inv);
        Assert.Equal("30101", code.Value);
        Assert.Equal(EconomicLevel.Section, code.Level);
        Assert.Equal(EconomicScheme.Departmental, code.Scheme);
        Assert.Equal("301", code.Parent!.Value.Value);
        Assert.Equal(EconomicScheme.Government, EconomicCode.Parse("50201", Inv).Scheme);
        Assert.False(EconomicCode.TryParse("20101", out _));
        Assert.Throws<ArgumentException>(() => EconomicCode.FromDigits("3010"));
        Assert.True(default(EconomicCode).IsDefault);
    }

    [Property]
    public bool FunctionalCode_RoundTrips(FunctionalCode code)
        => FunctionalCode.Parse(code.ToString(), Inv) == code
           && FunctionalCode.Parse(string.Join(" ", Split(code.Value)), Inv) == code;

    [Property]
    public bool FunctionalCode_ParentIsAnAncestor(FunctionalCode code)
        // Only a 类 has no parent, so the class third of the cases is checked too rather than passing vacuously.
        => code.Parent is { } parent
            ? parent.IsAncestorOf(code) && !code.IsAncestorOf(parent) && parent < code && (int)parent.Level == (int)code.Level - 1
            : code.Level == FunctionalLevel.Class && code.Value.Length == 3;

    [Property]
    public bool EconomicCode_RoundTrips(EconomicCode code) => EconomicCode.Parse(code.ToString(), Inv) == code;

    [Property]
    public bool FunctionalCode_OrderingConsistentWithEquality(FunctionalCode a, FunctionalCode b)
        => (a.CompareTo(b) == 0) == (a == b) && (a < b) == (b > a) && (a.GetHashCode() == b.GetHashCode() || a != b);

    private static string[] Split(string digits) => digits.Length switch
    {
        3 => [digits],
        5 => [digits.Substring(0, 3), digits.Substring(3)],
        _ => [digits.Substring(0, 3), digits.Substring(3, 2), digits.Substring(5)],
    };
}
