using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// A titled 三公 table with a 完成预算% / 预算完成率 column. Session 35 made the column one located note (the table model had
/// no rate); schema 1.7 (session 36) reads it into <see cref="ThreePublicTable.CompletionRate"/>, item by item, and FA2208
/// checks each rate against 决算数 ÷ 预算数. Tables pasted with <c>|</c>, tabs, and one cell per line. Invented texts; sums
/// and rates in the comments.
/// </summary>
public sealed class ThreePublicRateColumnTests
{
    private const string Caption = "某县林业局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n\n";

    /// <summary>
    /// Items as rows under 预算数 · 决算数 · a rate column: 合计 15.00 / 12.00 = 80.00% (= 0.00 + 8.00 + 4.00), 因公出国 0.00 / 0.00
    /// (no rate: a blank cell), 公务用车 10.00 / 8.00 = 80.00%, 公务接待费 5.00 / 4.00 = <paramref name="receptionRate"/> (80.00
    /// is right).
    /// </summary>
    private static string[][] Rows(string rateHeader, string receptionRate) =>
    [
        ["项目", "预算数", "决算数", rateHeader],
        ["合计", "15.00", "12.00", "80.00"],
        ["因公出国（境）费", "0.00", "0.00", ""],
        ["公务用车购置及运行费", "10.00", "8.00", "80.00"],
        ["公务接待费", "5.00", "4.00", receptionRate],
    ];

    private static string Text(TextLayout layout, string rateHeader, string receptionRate = "80.00")
        => Caption + TextTableFixtures.Table(layout, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"],
            Rows(rateHeader, receptionRate), null) + "\n";

    private static (PublishedDisclosure Disclosure, List<Diagnostic> Diagnostics) Check(string text)
    {
        var read = DisclosureReader.Read(text);
        var d = PublishedDocumentReader.Combine(read, [PublishedDocumentReader.ReadText(text, "说明.txt")], RoundingMode.RoundToNearest);
        return (d, [.. read.TextFindings.Concat(Validator.Default.Validate(d.Report, read.Sources).Diagnostics)]);
    }

    private static List<string> Errors(List<Diagnostic> diagnostics)
        => diagnostics.Where(x => x.Severity == Severity.Error).Select(x => x.RuleId + " " + string.Join(",", x.Pointers)).ToList();

    public static TheoryData<TextLayout, string> Layouts() => new()
    {
        { TextLayout.Pipe, "完成预算%" }, { TextLayout.Pipe, "预算完成率（%）" }, { TextLayout.Pipe, "完成率" },
        { TextLayout.Tab, "完成预算%" }, { TextLayout.CellPerLine, "完成预算%" }, { TextLayout.CellPerLine, "预算完成率" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void RateColumn_IsRead_AndAConsistentTableGivesNoError(TextLayout layout, string rateHeader)
    {
        var (d, diagnostics) = Check(Text(layout, rateHeader));

        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("15.00"), Amount.Parse("10.00"), Amount.Parse("5.00")),
            (t.Budget!.Total, t.Budget.VehiclesSubtotal, t.Budget.Reception));
        Assert.Equal((Amount.Parse("12.00"), Amount.Parse("8.00"), Amount.Parse("4.00")),
            (t.Final!.Total, t.Final.VehiclesSubtotal, t.Final.Reception));
        var rates = t.CompletionRate!;
        Assert.Equal((Percent.Parse("80.00"), (Percent?)null, Percent.Parse("80.00"), Percent.Parse("80.00")),
            (rates.Total, rates.OverseasTravel, rates.VehiclesSubtotal, rates.Reception));
        Assert.DoesNotContain(d.Notes, n => n.MessageEn.Contains("could not be matched", System.StringComparison.Ordinal));
        Assert.Equal("1.7", d.Report.SchemaVersion);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A wrong printed rate: 公务接待费 4.00 / 5.00 = 80.00%, printed 90.00 — one FA2208 Error
    /// on the rate, the final and the budget; the other rates hold.
    /// </summary>
    [Theory]
    [InlineData(TextLayout.Pipe, "90.00")]
    // Known gap (session 36): a table whose one cell carries its own % sign ("90.00%" beside bare "80.00"), tab or pipe, is
    // not read as the 三公 table by the document path at all (no table, so no rate and no FA2208) — a miss, not a false Error.
    [InlineData(TextLayout.Tab, "90.00")]
    [InlineData(TextLayout.CellPerLine, "90.00")]
    public void AWrongRate_IsFA2208(TextLayout layout, string receptionRate)
    {
        var (d, diagnostics) = Check(Text(layout, "完成预算%", receptionRate));

        Assert.Equal(Percent.Parse(receptionRate), d.Report.Tables!.ThreePublic!.CompletionRate!.Reception);
        Assert.Equal(["FA2208 /tables/threePublic/completionRate/reception,/tables/threePublic/final/reception,"
            + "/tables/threePublic/budget/reception"], Errors(diagnostics));
    }

    /// <summary>
    /// A rounding-sized difference is no Error: 2.00 / 3.00 = 66.666…%, printed 66.67 (two decimals) and 66.7 (one): both hold.
    /// </summary>
    [Theory]
    [InlineData("66.67")]
    [InlineData("66.7")]
    public void ARoundedRate_Holds(string rate)
    {
        string[][] rows =
        [
            ["项目", "预算数", "决算数", "完成预算%"],
            ["合计", "3.00", "2.00", rate],
            ["公务接待费", "3.00", "2.00", rate],
        ];
        var text = Caption + TextTableFixtures.Table(TextLayout.Pipe, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"], rows, null) + "\n";
        var (d, diagnostics) = Check(text);

        Assert.Equal(Percent.Parse(rate), d.Report.Tables!.ThreePublic!.CompletionRate!.Total);
        Assert.DoesNotContain(diagnostics, x => x.RuleId == "FA2208" && x.Severity is Severity.Error or Severity.Warning);
    }

    /// <summary>
    /// Items as columns over a 预算数 row, a 决算数 row and a 完成率 row: each column's rate (合计 12.00 / 15.00 = 80.00%;
    /// 公务接待费 4.00 / 5.00 printed 75.00: FA2208).
    /// </summary>
    [Fact]
    public void ARateRowUnderItemColumns_IsRead()
    {
        string[][] rows =
        [
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
            ["预算数", "15.00", "0.00", "10.00", "5.00"],
            ["决算数", "12.00", "0.00", "8.00", "4.00"],
            ["完成率（%）", "80.00", "", "80.00", "75.00"],
        ];
        var text = Caption + TextTableFixtures.Table(TextLayout.Pipe, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"], rows, null) + "\n";
        var (d, diagnostics) = Check(text);

        var rates = d.Report.Tables!.ThreePublic!.CompletionRate!;
        Assert.Equal((Percent.Parse("80.00"), (Percent?)null, Percent.Parse("75.00")),
            (rates.Total, rates.OverseasTravel, rates.Reception));
        Assert.Equal(Amount.Parse("12.00"), d.Report.Tables.ThreePublic.Final!.Total);
        Assert.Equal(["FA2208 /tables/threePublic/completionRate/reception,/tables/threePublic/final/reception,"
            + "/tables/threePublic/budget/reception"], Errors(diagnostics));
    }

    [Fact]
    public void NoRateColumn_NoRatesNoNote()
    {
        var (d, _) = Check(Text(TextLayout.Pipe, "备注").Replace("| 80.00 |", "| |", System.StringComparison.Ordinal));

        Assert.Equal(Amount.Parse("12.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
        Assert.Null(d.Report.Tables.ThreePublic.CompletionRate);
        Assert.DoesNotContain(d.Notes, n => n.MessageEn.Contains("could not be matched", System.StringComparison.Ordinal));
    }
}
