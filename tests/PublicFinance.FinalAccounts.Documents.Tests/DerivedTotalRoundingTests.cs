using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// The 基本支出合计 derived from 人员经费合计 + 公用经费合计 (tables that print only the two subtotals): derived where one
/// figure is as honest as the two (四舍五入, exact), not under truncation, where the sum of two truncated figures spans
/// more than any one figure can.
/// </summary>
public class DerivedTotalRoundingTests
{
    private static PublishedDisclosure Combine(RoundingMode mode) =>
        PublishedDocumentReader.Combine(new[] { TestFiles.Read("fixtures/basic-blocks-by-kind.html") }, mode);

    [Theory]
    [InlineData(RoundingMode.RoundToNearest)]
    [InlineData(RoundingMode.Exact)]
    public void RoundingOrExact_TotalIsTheSumOfTheSubtotals(RoundingMode mode)
    {
        var t6 = Combine(mode).Report.Tables!.BasicExpenditure!;
        Assert.Equal(Amount.Parse("100.75"), t6.Total); // 85.50 + 15.25
    }

    [Fact]
    public void Truncation_NoTotalDerived_ANoteSaysWhy()
    {
        var d = Combine(RoundingMode.Truncation);
        var t6 = d.Report.Tables!.BasicExpenditure!;
        Assert.Null(t6.Total);
        Assert.Equal(Amount.Parse("85.50"), t6.PersonnelTotal);
        Assert.Equal(Amount.Parse("15.25"), t6.PublicTotal);
        Assert.Contains(d.Notes, n => n.MessageEn.Contains("truncation", StringComparison.Ordinal)
            && n.MessageZh.Contains("截尾", StringComparison.Ordinal));
        Assert.DoesNotContain("/tables/basicExpenditure/total", d.TableSources.Keys);
        // The default overload is 四舍五入.
        var report = PublishedDocumentReader.Combine(new[] { TestFiles.Read("fixtures/basic-blocks-by-kind.html") }).Report;
        Assert.Equal(Amount.Parse("100.75"), report.Tables!.BasicExpenditure!.Total);
    }

    [Fact]
    public void Truncation_WhyOneFigureWouldNotDo()
    {
        // 85.50 and 15.25, each possibly truncated: [85.495, 85.51] + [15.245, 15.26] = [100.74, 100.77].
        var honest = ValidationContext.RangeOf(85.50m, 2, RoundingMode.Truncation) + ValidationContext.RangeOf(15.25m, 2,
            RoundingMode.Truncation);
        Assert.Equal(100.74m, honest.Lower);
        Assert.Equal(100.77m, honest.Upper);
        // A table-5 figure 100.77 ([100.765, 100.78]) may agree with them …
        var other = ValidationContext.RangeOf(100.77m, 2, RoundingMode.Truncation);
        Assert.True(honest.Intersects(other));
        // … but not with one derived figure 100.75 ([100.745, 100.76]): that would be a false difference.
        Assert.False(ValidationContext.RangeOf(100.75m, 2, RoundingMode.Truncation).Intersects(other));
        // Under 四舍五入 the two agree for every whole-unit difference k: both accept |k| ≤ 1 (the sum spans [s − u, s + u]).
        var sum = ValidationContext.RangeOf(85.50m, 2, RoundingMode.RoundToNearest) + ValidationContext.RangeOf(15.25m, 2,
            RoundingMode.RoundToNearest);
        foreach (var k in Enumerable.Range(-3, 7))
        {
            var t = ValidationContext.RangeOf(100.75m + (k * 0.01m), 2, RoundingMode.RoundToNearest);
            Assert.Equal(sum.Intersects(t), ValidationContext.RangeOf(100.75m, 2, RoundingMode.RoundToNearest).Intersects(t));
        }
    }
}
