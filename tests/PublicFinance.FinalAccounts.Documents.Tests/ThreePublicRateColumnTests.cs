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

        AssertTheConsistentTable(d.Report.Tables!.ThreePublic!);
        Assert.DoesNotContain(d.Notes, n => n.MessageEn.Contains("could not be matched", System.StringComparison.Ordinal));
        Assert.Equal("1.7", d.Report.SchemaVersion);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A wrong printed rate: 公务接待费 4.00 / 5.00 = 80.00%, printed 90.00 — one FA2208 Error
    /// on the rate, the final and the budget; the other rates hold.
    /// </summary>
    /// <remarks>
    /// The wrong cell may carry its own sign beside bare rates ("90.00%" or "90.00％" under 完成预算%, the others "80.00"): a
    /// rate column's cells are rates with or without a sign. Until session 37 such a table was not read as the 三公 table at
    /// all — the text grid's column-kind vote took the signed cell for a percent against the bare cells' amounts (a mixed
    /// column) and dropped the table.
    /// </remarks>
    [Theory]
    [InlineData(TextLayout.Pipe, "90.00")]
    [InlineData(TextLayout.Tab, "90.00")]
    [InlineData(TextLayout.CellPerLine, "90.00")]
    [InlineData(TextLayout.Pipe, "90.00%")]
    [InlineData(TextLayout.Tab, "90.00%")]
    [InlineData(TextLayout.CellPerLine, "90.00%")]
    [InlineData(TextLayout.Tab, "90.00％")]
    public void AWrongRate_IsFA2208(TextLayout layout, string receptionRate)
    {
        var (d, diagnostics) = Check(Text(layout, "完成预算%", receptionRate));

        Assert.Equal(Percent.Parse("90.00"), d.Report.Tables!.ThreePublic!.CompletionRate!.Reception);
        Assert.Equal(Amount.Parse("4.00"), d.Report.Tables.ThreePublic.Final!.Reception);
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

    public static TheoryData<TextLayout, string> Signs()
    {
        var data = new TheoryData<TextLayout, string>();
        foreach (var layout in new[] { TextLayout.Pipe, TextLayout.Tab, TextLayout.CellPerLine })
        {
            foreach (var signs in new[] { "all", "none", "mixed" })
            {
                data.Add(layout, signs);
            }
        }

        return data;
    }

    /// <summary>
    /// The consistent table (15.00 / 12.00 = 80.00%, 10.00 / 8.00 = 80.00%, 5.00 / 4.00 = 80.00%; 因公出国 blank) with every rate
    /// cell signed ("80.00%"), none, or only the 公务用车 cell ("80.00%" between bare "80.00"): the same table, the same rates,
    /// no Error — a rate column's cells are rates with or without their own sign.
    /// </summary>
    [Theory]
    [MemberData(nameof(Signs))]
    public void SignedUnsignedOrMixedRateCells_AreTheSameTable(TextLayout layout, string signs)
    {
        string Rate(bool signedHere) => signs == "all" || (signs == "mixed" && signedHere) ? "80.00%" : "80.00";
        string[][] rows =
        [
            ["项目", "预算数", "决算数", "完成预算%"],
            ["合计", "15.00", "12.00", Rate(false)],
            ["因公出国（境）费", "0.00", "0.00", ""],
            ["公务用车购置及运行费", "10.00", "8.00", Rate(true)],
            ["公务接待费", "5.00", "4.00", Rate(false)],
        ];
        var (d, diagnostics) = Check(Caption + TextTableFixtures.Table(layout, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"],
            rows, null) + "\n");

        AssertTheConsistentTable(d.Report.Tables!.ThreePublic!);
        Assert.Equal("1.7", d.Report.SchemaVersion);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A bare number under 2 beside signed rates is no rate of theirs: 合计 printed "0.80" (12.00 / 15.00 as a ratio — or an
    /// amount a lost cell moved there) between "80.00%" cells. The column holds two kinds, so the table is not read (a note,
    /// as <c>ThreePublicCellPerLineTests</c>' mixed 增减率 column is), and no FA2208: read as 0.80 % it would be a false Error.
    /// Known gap (as on ee73cd3): with the table a note, the text path (<c>TextTableReader</c>, Disclosures) reads the `|` and
    /// tab rows as narrative claims and takes the bare 0.80 as 合计's completion rate — one false FA2201 (12.00 / 15.00 =
    /// 80 %, stated 0.80 %); it does not yet leave a bare rate under 2 unread as <c>TakeRate</c> does. Pinned so that its fix
    /// updates it.
    /// </summary>
    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.Tab)]
    [InlineData(TextLayout.CellPerLine)]
    public void ABareRateUnderTwo_BesideSignedRates_IsNotRead(TextLayout layout)
    {
        string[][] rows =
        [
            ["项目", "预算数", "决算数", "完成预算%"],
            ["合计", "15.00", "12.00", "0.80"],
            ["公务用车购置及运行费", "10.00", "8.00", "80.00%"],
            ["公务接待费", "5.00", "4.00", "80.00%"],
        ];
        var text = Caption + TextTableFixtures.Table(layout, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"], rows, null) + "\n";
        var (d, diagnostics) = Check(text);

        Assert.Null(d.Report.Tables?.ThreePublic);
        Assert.Contains(d.Notes, n => n.MessageZh.Contains("表格文本未读入", System.StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, x => x.RuleId == "FA2208" && x.Severity is Severity.Error or Severity.Warning);
        string[] knownGap = layout == TextLayout.CellPerLine ? [] : ["FA2201 /narrative/threePublic/total/budget/completionRate,"
            + "/narrative/threePublic/total/amount,/narrative/threePublic/total/budget/budgetAmount"];
        Assert.Equal(knownGap, Errors(diagnostics));
    }

    /// <summary>
    /// Items as columns with a signed rate row (完成率（%） "80.00%", blank, "80.00%", "75.00%" under the 预算数 and 决算数 rows'
    /// amounts): the rates are read as the bare ones are — 公务接待费 4.00 / 5.00 = 80.00 %, printed 75.00 %: FA2208.
    /// </summary>
    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.Tab)]
    public void ASignedRateRowUnderItemColumns_IsRead(TextLayout layout)
    {
        string[][] rows =
        [
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
            ["预算数", "15.00", "0.00", "10.00", "5.00"],
            ["决算数", "12.00", "0.00", "8.00", "4.00"],
            ["完成率（%）", "80.00%", "", "80.00%", "75.00%"],
        ];
        var text = Caption + TextTableFixtures.Table(layout, ["2023年度财政拨款“三公”经费支出决算表", "单位：万元"], rows, null) + "\n";
        var (d, diagnostics) = Check(text);

        var rates = d.Report.Tables!.ThreePublic!.CompletionRate!;
        Assert.Equal((Percent.Parse("80.00"), (Percent?)null, Percent.Parse("80.00"), Percent.Parse("75.00")),
            (rates.Total, rates.OverseasTravel, rates.VehiclesSubtotal, rates.Reception));
        Assert.Equal(Amount.Parse("4.00"), d.Report.Tables.ThreePublic.Final!.Reception);
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

    /// <summary>The consistent table's amounts (budget 15/10/5, final 12/8/4) and its rates (80 % each; no 出国 rate).</summary>
    private static void AssertTheConsistentTable(ThreePublicTable t)
    {
        Assert.Equal((Amount.Parse("15.00"), Amount.Parse("10.00"), Amount.Parse("5.00")),
            (t.Budget!.Total, t.Budget.VehiclesSubtotal, t.Budget.Reception));
        Assert.Equal((Amount.Parse("12.00"), Amount.Parse("8.00"), Amount.Parse("4.00")),
            (t.Final!.Total, t.Final.VehiclesSubtotal, t.Final.Reception));
        var rates = t.CompletionRate!;
        Assert.Equal((Percent.Parse("80.00"), (Percent?)null, Percent.Parse("80.00"), Percent.Parse("80.00")),
            (rates.Total, rates.OverseasTravel, rates.VehiclesSubtotal, rates.Reception));
    }
}
