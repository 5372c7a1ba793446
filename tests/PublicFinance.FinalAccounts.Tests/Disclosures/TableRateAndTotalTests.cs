using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Two gaps of the 三公 tables as text, from invented texts in three layouts (<c>|</c> rows, tab rows, one cell per
/// line with blank cells): the 增减率 column's bare cells (−20.00 under 增减率（%）) are rates, and the 合计 row's
/// 决算数 is this year's 三公 total — the narrative's total of the same subject, period and basis — so a difference
/// between them is FA8003 (the same figure stated twice), while a figure of another basis, year or fund stays a note.
/// </summary>
public class TableRateAndTotalTests
{
    private const string Three = "/narrative/threePublic/";

    private static string? Claimed(DisclosureReadResult r, string pointer) => r.Claims.FirstOrDefault(c => c.Pointer == pointer)?.Value;

    private static IEnumerable<Diagnostic> Errors(DisclosureReadResult r)
        => r.TextFindings.Concat(Validator.Default.Validate(r.Report, r.Sources).Diagnostics).Where(d => d.Severity == Severity.Error);

    /// <summary>An invented narrative: this year's 三公 total 31.50, 3.50 (10.00%) below the prior year's 35.00.</summary>
    private static string Narrative(string total = "31.50", string qualifier = "") =>
        "某局2021年度部门决算\n\n八、“三公”经费支出情况说明\n2021年度" + qualifier + "“三公”经费支出" + total +
        "万元，比上年减少3.50万元，下降10.00%，主要原因是压减公务接待。\n\n";

    /// <summary>The table's rows (label, 上年决算数, 本年决算数, 增减额, 增减率); "" is a blank cell. Each column adds up.</summary>
    private static readonly string[][] Rows =
    [
        ["合计", "35.00", "31.50", "-3.50", "-10.00"],
        ["公务接待费", "10.00", "8.00", "-2.00", "-20.00"],
        ["公务用车运行维护费", "5.00", "6.00", "1.00", "20.00"],
        ["因公出国（境）费", "20.00", "17.50", "", "-12.50"],
    ];

    private static readonly string[] Header = ["项目", "上年决算数", "本年决算数", "增减额", "增减率（%）"];

    private static string Title => "“三公”经费支出决算表\n单位：万元\n";

    private static string[][] WithTotal(string total, string finalHeader = "本年决算数")
    {
        var rows = Rows.Select(r => (string[])r.Clone()).ToArray();
        rows[0][2] = total;
        return [Header.Select(h => h == "本年决算数" ? finalHeader : h).ToArray(), .. rows];
    }

    private static string PipeTable(string[][] rows) => Title + string.Concat(rows.Select(r => "| " + string.Join(" | ", r) + " |\n"));

    private static string TabTable(string[][] rows) => Title + string.Concat(rows.Select(r => string.Join("\t", r) + "\n"));

    /// <summary>One cell per line, each ending in " |"; a blank cell is a lone "|" line.</summary>
    private static string CellTable(string[][] rows)
        => Title + string.Concat(rows.SelectMany(r => r).Select(c => c.Length == 0 ? "|\n" : c + " |\n"));

    public static TheoryData<string> Layouts => new() { "pipe", "tab", "cells" };

    private static string Table(string layout, string[][] rows) => layout switch
    {
        "pipe" => PipeTable(rows),
        "tab" => TabTable(rows),
        _ => CellTable(rows),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void RateColumn_BareCells_AreRates_ASignedOneGivesTheDirection(string layout)
    {
        var r = DisclosureReader.Read(Narrative() + Table(layout, WithTotal("31.50")));
        Assert.Equal("20.00", Claimed(r, Three + "reception/change/rate"));
        Assert.Equal("20.00", Claimed(r, Three + "vehicleOperation/change/rate"));
        var report = r.Report.Narrative!.ThreePublic!;
        Assert.Equal(ChangeDirection.Decrease, report.Reception!.Change!.Direction);
        Assert.Equal(ChangeDirection.Increase, report.VehicleOperation!.Change!.Direction);
        Assert.Equal("10.00", Claimed(r, Three + "total/change/rate"));   // the narrative's, the table's agrees
        Assert.Empty(Errors(r));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void BlankCell_PlacesNothing_TheRateAfterItStillLinesUp(string layout)
    {
        var r = DisclosureReader.Read(Narrative() + Table(layout, WithTotal("31.50")));
        Assert.Null(Claimed(r, Three + "overseasTravel/change/amount"));
        Assert.Equal("12.50", Claimed(r, Three + "overseasTravel/change/rate"));
        Assert.Equal("20.00", Claimed(r, Three + "overseasTravel/change/priorYearAmount"));
    }

    [Fact]
    public void RateCell_WithAnAmountUnit_IsNoRate()
    {
        var rows = WithTotal("31.50");
        rows[2][4] = "-2.00万元";
        var r = DisclosureReader.Read(Narrative() + TabTable(rows));
        Assert.Null(Claimed(r, Three + "reception/change/rate"));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void TableTotal_DifferingFromTheNarrativeTotal_IsTheSameFigureStatedTwice(string layout)
    {
        var r = DisclosureReader.Read(Narrative() + Table(layout, WithTotal("33.50")));
        var error = Assert.Single(Errors(r));
        Assert.Equal("FA8003", error.RuleId);
        Assert.Equal(Three + "total/amount", error.Pointers[0]);
        Assert.Contains("33.50", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("31.50", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TableTotal_BeforeTheNarrative_IsComparedToo()
    {
        var text = "某局2021年度部门决算\n\n" + TabTable(WithTotal("33.50")) + "\n" + Narrative().Substring("某局2021年度部门决算\n\n".Length);
        var r = DisclosureReader.Read(text);
        Assert.Contains(Errors(r), e => e.RuleId == "FA8003" && e.Pointers[0] == Three + "total/amount");
    }

    [Fact]
    public void TableTotal_EqualToTheNarrativeTotal_IsNoFinding()
    {
        var r = DisclosureReader.Read(Narrative() + PipeTable(WithTotal("31.50")));
        Assert.Empty(Errors(r));
        Assert.DoesNotContain(r.Notes, n => n.MessageEn.Contains("total/amount", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("一般公共预算财政拨款")]   // the narrative names a fund, the table none: not known to be the same
    [InlineData("政府性基金")]
    public void NarrativeTotalOfANamedFund_IsAnotherFigure_ANote(string fund)
    {
        var r = DisclosureReader.Read(Narrative(qualifier: fund) + PipeTable(WithTotal("33.50")));
        Assert.DoesNotContain(Errors(r), e => e.RuleId == "FA8003");

        // Session 49: 2020年决算数 beside 上年决算数 in a 2021 report contradicts its header — the column is not read at all
        // (before, its 33.50 was kept out as a note).
        Assert.Equal("31.50", Claimed(r, Three + "total/amount"));
        Assert.DoesNotContain(r.Claims, c => c.Value == "33.50");
    }

    [Fact]
    public void FinalColumnNamingAYear_IsNotKnownToBeThisYears_ANote()
    {
        var r = DisclosureReader.Read(Narrative() + PipeTable(WithTotal("33.50", finalHeader: "2020年决算数")));
        Assert.DoesNotContain(Errors(r), e => e.RuleId == "FA8003");

        // Session 49: 2020年决算数 beside 上年决算数 in a 2021 report contradicts its header — the column is not read at all
        // (before, its 33.50 was kept out as a note).
        Assert.Equal("31.50", Claimed(r, Three + "total/amount"));
        Assert.DoesNotContain(r.Claims, c => c.Value == "33.50");
    }

    [Fact]
    public void BudgetColumn_DifferingFromTheNarrativeBudget_StaysANote()
    {
        var text = "某局2021年度部门决算\n\n八、“三公”经费支出情况说明\n2021年度“三公”经费年初预算40.00万元，支出决算31.50万元。\n\n" +
            Title + "| 项目 | 预算数 | 决算数 |\n| 合计 | 41.00 | 31.50 |\n";
        var r = DisclosureReader.Read(text);
        Assert.Equal("40.00", Claimed(r, Three + "total/budget/budgetAmount"));
        Assert.DoesNotContain(Errors(r), e => e.RuleId == "FA8003");
    }

    [Theory]
    [InlineData("flow=支出;item=三公;basis=预算;", false)]   // a budget word: maybe a budget placed as the figure (precision)
    [InlineData("basis=年初预算;", false)]
    [InlineData("", true)]
    [InlineData("flow=支出;scope=合计;", true)]
    [InlineData("item=接待;", false)]
    [InlineData("flow=收入;", false)]
    [InlineData("fund=一般公共预算;", false)]
    [InlineData("basis=上年;", false)]
    [InlineData("item=三公;year=2019;", false)]
    [InlineData("scope=其中;", false)]
    [InlineData("reason;", false)]
    [InlineData("table", false)]
    public void SameFigureInTableAndText_OnlyForNoOtherQualifier(string narrativeKey, bool same)
    {
        Assert.Equal(same, ReportBuilder.SameFigureInTableAndText(narrativeKey, ReportBuilder.TableThisYearsTotalKey));
        Assert.Equal(same, ReportBuilder.SameFigureInTableAndText(ReportBuilder.TableThisYearsTotalKey, narrativeKey));
        Assert.False(ReportBuilder.SameFigureInTableAndText(narrativeKey, ReportBuilder.TableKey));
    }
}
