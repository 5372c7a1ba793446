using System.Globalization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Values;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
public class PercentAndQuantityTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("98.37%", "98.37%", 2)]
    [InlineData("98.37 %", "98.37%", 2)]
    [InlineData("９８．３７％", "98.37%", 2)]
    [InlineData("-7.03%", "-7.03%", 2)]
    [InlineData("1,055.4%", "1055.4%", 1)]
    [InlineData("100%", "100%", 0)]
    [InlineData("0.00", "0.00%", 2)]
    public void Percent_Parse_AcceptsDocumentForms(string text, string formatted, int decimals)
    {
        var percent = Percent.Parse(text, Inv);
        Assert.Equal(formatted, percent.ToString());
        Assert.Equal(decimals, percent.Decimals);
    }

    [Theory]
    [InlineData("98.37%%")]
    [InlineData("%")]
    [InlineData("98.37 percent")]
    public void Percent_Parse_RejectsMalformed(string text)
    {
        Assert.False(Percent.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Percent.Parse(text, Inv));
    }

    [Fact]
    public void Percent_FromRatio_ComputesTheDocumentsShares()
    {
        Assert.Equal("98.37%", Percent.FromRatio(3593.65m, 3653.30m).ToString());
        Assert.Equal("-7.03%", Percent.FromRatio(3593.65m - 3865.46m, 3865.46m).ToString());
        Assert.Equal("86.32%", Percent.FromRatio(23053.86m, 3653.30m + 23053.86m).ToString());
        Assert.Throws<DivideByZeroException>(() => Percent.FromRatio(1m, 0m));
        Assert.Equal(new DecimalInterval(98.365m, 98.375m), Percent.Parse("98.37%", Inv).Interval);
        Assert.Equal(0.9837m, Percent.Parse("98.37%", Inv).Ratio);
    }

    [Property]
    public bool Percent_TextRoundTrips(Percent percent)
        => Percent.Parse(percent.ToString(), Inv) == percent && Percent.Parse(percent.ToString("N", Inv), Inv) == percent;

    [Property]
    public bool Percent_OrderingConsistentWithEquality(Percent a, Percent b) => (a.CompareTo(b) == 0) == (a == b) && (a < b) == (b > a);

    [Property]
    public bool Quantity_TextRoundTrips(Quantity quantity)
        => Quantity.Parse(quantity.ToString(), Inv) == quantity && Quantity.Parse(quantity.ToString("N", Inv), Inv) == quantity;

    [Property]
    public bool Quantity_OrderingConsistentWithEquality(Quantity a, Quantity b)
        => (a.CompareTo(b) == 0) == (a == b) && (a <= b) == (b >= a);

    [Fact]
    public void Quantity_KeepsPrecision()
    {
        Assert.Equal("6055.90", Quantity.Parse("6,055.90", Inv).ToString());
        Assert.NotEqual(Quantity.Parse("10", Inv), Quantity.Parse("10.00", Inv));
        Assert.True(Quantity.Parse("10", Inv).HasSameValue(Quantity.Parse("10.00", Inv)));
    }

    [Fact]
    public void DecimalInterval_Arithmetic()
    {
        var a = new DecimalInterval(2644.715m, 2644.725m);
        var b = new DecimalInterval(281.385m, 281.395m);
        var sum = a + b;
        Assert.Equal(new DecimalInterval(2926.100m, 2926.120m), sum);
        Assert.True(sum.Intersects(new DecimalInterval(2926.115m, 2926.125m)));
        Assert.Equal(0.005m, sum.DistanceTo(new DecimalInterval(2926.125m, 2926.135m)));
        Assert.Equal(new DecimalInterval(-2926.120m, -2926.100m), -sum);
        Assert.Throws<ArgumentException>(() => new DecimalInterval(2m, 1m));
    }
}
