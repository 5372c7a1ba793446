using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Session 35 (issue 8): a titled 三公 table with a 完成预算% / 预算完成率 column. The table model holds each item's budget and
/// final but no rate (a schema change, not made), so the column is one located note — before, it was read into nothing
/// without a word — and budget and final are read and checked as before. Invented texts; sums in the comments.
/// </summary>
public sealed class ThreePublicRateColumnTests
{
    /// <summary>
    /// Items as rows under 预算数 · 决算数 · a rate column: 合计 15.00 / 12.00 (= 0.00 + 8.00 + 4.00), 公务用车 10.00 / 8.00
    /// (80.00%), 公务接待费 5.00 / 4.00 (80.00%).
    /// </summary>
    private static string Table(string rateHeader) => "某县林业局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n\n"
        + "2023年度财政拨款“三公”经费支出决算表\n单位：万元\n"
        + "| 项目 | 预算数 | 决算数 | " + rateHeader + " |\n|---|---|---|---|\n"
        + "| 合计 | 15.00 | 12.00 | 80.00 |\n"
        + "| 因公出国（境）费 | 0.00 | 0.00 | |\n"
        + "| 公务用车购置及运行费 | 10.00 | 8.00 | 80.00 |\n"
        + "| 公务接待费 | 5.00 | 4.00 | 80.00 |\n\n";

    private static (PublishedDisclosure Disclosure, List<string> Errors) Check(string text)
    {
        var read = DisclosureReader.Read(text);
        var d = PublishedDocumentReader.Combine(read, [PublishedDocumentReader.ReadText(text, "说明.txt")], RoundingMode.RoundToNearest);
        var errors = read.TextFindings.Concat(Validator.Default.Validate(d.Report, read.Sources).Diagnostics)
            .Where(x => x.Severity == Severity.Error).Select(x => x.RuleId + " " + string.Join(",", x.Pointers)).ToList();
        return (d, errors);
    }

    [Theory]
    [InlineData("完成预算%")]
    [InlineData("预算完成率（%）")]
    [InlineData("完成率")]
    public void RateColumn_IsOneNote_BudgetAndFinalRead(string rateHeader)
    {
        var (d, errors) = Check(Table(rateHeader));

        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("15.00"), Amount.Parse("10.00"), Amount.Parse("5.00")),
            (t.Budget!.Total, t.Budget.VehiclesSubtotal, t.Budget.Reception));
        Assert.Equal((Amount.Parse("12.00"), Amount.Parse("8.00"), Amount.Parse("4.00")),
            (t.Final!.Total, t.Final.VehiclesSubtotal, t.Final.Reception));
        var note = Assert.Single(d.Notes, n => n.MessageEn.Contains("has no completion rate", System.StringComparison.Ordinal));
        Assert.Contains(rateHeader, note.MessageZh, System.StringComparison.Ordinal);
        Assert.NotNull(note.Location);
        Assert.Empty(errors);
    }

    [Fact]
    public void NoRateColumn_NoNote()
    {
        var text = Table("备注").Replace("| 80.00 |", "| |", System.StringComparison.Ordinal);
        var (d, _) = Check(text);

        Assert.Equal(Amount.Parse("12.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
        Assert.DoesNotContain(d.Notes, n => n.MessageEn.Contains("has no completion rate", System.StringComparison.Ordinal));
    }
}
