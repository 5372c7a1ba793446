using System.Collections.Generic;
using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Round five (issue 8): the two 总表 pasted side by side in four columns — 收入项目 | 决算数 | 支出项目 | 决算数 — with the
/// 支出 half longer than the 收入 half (its extra rows have blank 收入 cells), then 本年收入合计 / 本年支出合计, 年初 / 年末
/// 结转和结余, 总计 / 总计. Both halves are read in the <c>|</c>, tab and space-aligned forms, so the table rules check the
/// 支出 half: a consistent table gives no Error, a planted wrong 本年支出合计 exactly its findings. Invented tables in
/// 万元 and in 元; sums in the comments.
/// </summary>
public class SideBySideSummaryTextTests
{
    // Without the consequence analysis (rules spec §5.1): these tests check which cells the rules name, every failed
    // identity an Error, not which of them is the root.
    private static readonly Validator Plain = Validator.Default.WithOptions(ValidationOptions.Default with { LinkConsequences = false });

    private const string Narrative = "示例局2024年度部门决算\n\n第二部分 部门决算表\n\n";

    public static TheoryData<TextLayout, bool> Variants() => new()
    {
        { TextLayout.Pipe, false }, { TextLayout.Pipe, true }, { TextLayout.Tab, false }, { TextLayout.Tab, true },
        { TextLayout.Spaces, false }, { TextLayout.Spaces, true },
    };

    /// <summary>A figure in 万元, or (<paramref name="yuan"/>) the same figure in 元 — ten thousand times it, with separators.</summary>
    private static string Figure(string wan, bool yuan)
        => yuan ? (decimal.Parse(wan, CultureInfo.InvariantCulture) * 10000m).ToString("#,##0.00", CultureInfo.InvariantCulture) : wan;

    /// <summary>
    /// 财政拨款收入支出决算总表. 收入: 1,530.25 + 86.40 = 1,616.65; + 年初 32.15 = 1,648.80. 支出: 412.30 + 95.60 + 140.85 +
    /// 903.42 + 50.18 = 1,602.35; + 年末 46.45 = 1,648.80. Five 支出 classes beside two 收入 rows: three rows have blank 收入 cells.
    /// </summary>
    private static string[][] Appropriation(string expenditureTotal, bool yuan)
    {
        string F(string wan) => Figure(wan, yuan);
        return
        [
            ["收入项目", "决算数", "支出项目", "决算数"],
            ["一、一般公共预算财政拨款", F("1,530.25"), "一、一般公共服务支出", F("412.30")],
            ["二、政府性基金预算财政拨款", F("86.40"), "二、教育支出", F("95.60")],
            ["", "", "三、社会保障和就业支出", F("140.85")],
            ["", "", "四、城乡社区支出", F("903.42")],
            ["", "", "五、住房保障支出", F("50.18")],
            ["本年收入合计", F("1,616.65"), "本年支出合计", F(expenditureTotal)],
            ["年初财政拨款结转和结余", F("32.15"), "年末财政拨款结转和结余", F("46.45")],
            ["总计", F("1,648.80"), "总计", F("1,648.80")],
        ];
    }

    /// <summary>
    /// 收入支出决算总表. 收入: 1,530.25 + 40.00 = 1,570.25; + 年初 32.15 = 1,602.40. 支出: 412.30 + 95.60 + 140.85 + 903.42 =
    /// 1,552.17; + 年末 50.23 = 1,602.40. Four 支出 classes beside two 收入 rows.
    /// </summary>
    private static string[][] Summary(string expenditureTotal, bool yuan)
    {
        string F(string wan) => Figure(wan, yuan);
        return
        [
            ["收入项目", "决算数", "支出项目", "决算数"],
            ["一、一般公共预算财政拨款收入", F("1,530.25"), "一、一般公共服务支出", F("412.30")],
            ["二、其他收入", F("40.00"), "二、教育支出", F("95.60")],
            ["", "", "三、社会保障和就业支出", F("140.85")],
            ["", "", "四、城乡社区支出", F("903.42")],
            ["本年收入合计", F("1,570.25"), "本年支出合计", F(expenditureTotal)],
            ["年初结转和结余", F("32.15"), "年末结转和结余", F("50.23")],
            ["总计", F("1,602.40"), "总计", F("1,602.40")],
        ];
    }

    private static string Text(TextLayout layout, string title, string[][] rows, bool yuan)
        => Narrative + TextTableFixtures.Table(layout, [title, "单位：" + (yuan ? "元" : "万元")], rows, null)
            + "\n第三部分 部门决算情况说明\n";

    /// <summary>The Errors the validator reports on the tables: rule and pointers.</summary>
    private static List<string> TableErrors(PublishedDisclosure d)
        => [.. Plain.Validate(d.Report, d.Sources).Diagnostics
            .Where(x => x.Severity == Severity.Error && x.Pointers.Any(p => p.StartsWith("/tables/", StringComparison.Ordinal)))
            .Select(x => x.RuleId + " " + string.Join(",", x.Pointers.Order(StringComparer.Ordinal)))];

    /// <summary>A figure as read: in 万元 as written, or (<paramref name="yuan"/>) converted from 元 to 万元, four more
    /// places.</summary>
    private static Amount A(string wan, bool yuan) => Amount.Parse(yuan ? wan + "0000" : wan);

    [Theory]
    [MemberData(nameof(Variants))]
    public void AppropriationSummary_BothHalvesAreRead_AndAddUp(TextLayout layout, bool yuan)
    {
        var text = Text(layout, "表四 财政拨款收入支出决算总表", Appropriation("1,602.35", yuan), yuan);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var t = d.Report.Tables!.AppropriationSummary!;
        // The 收入 half as written: 1,530.25, 86.40, 1,616.65, 年初 32.15, 总计 1,648.80 (each the 决算数 column's).
        Assert.Equal(A("1530.25", yuan), t.Income!.GeneralBudget);
        Assert.Equal(A("86.40", yuan), t.Income.GovernmentFund);
        Assert.Equal(A("1616.65", yuan), t.Income.CurrentYearTotal);
        Assert.Equal(A("32.15", yuan), t.Income.OpeningCarryOver!.Total);
        Assert.Equal(A("1648.80", yuan), t.Income.GrandTotal);
        // The 支出 half: its one 决算数 column is each row's total — the five classes, 合计, 年末, 总计; no fund column.
        Assert.Equal(
            [
                "一般公共服务支出 " + A("412.30", yuan), "教育支出 " + A("95.60", yuan), "社会保障和就业支出 " + A("140.85", yuan),
                "城乡社区支出 " + A("903.42", yuan), "住房保障支出 " + A("50.18", yuan),
            ],
            t.Expenditure!.Classes.Select(c => c.Name + " " + c.Total));
        Assert.All(t.Expenditure.Classes, c => Assert.Null(c.GeneralBudget));
        Assert.Equal(A("1602.35", yuan), t.Expenditure.CurrentYearTotal!.Total);
        Assert.Equal(A("46.45", yuan), t.Expenditure.ClosingCarryOver!.Total);
        Assert.Equal(A("1648.80", yuan), t.Expenditure.GrandTotal!.Total);

        // Each figure located where it is printed: 本年支出合计's on its row after the label.
        var (line, column) = TextTableFixtures.Find(text, "本年支出合计", Figure("1,602.35", yuan));
        Assert.Equal($"line {line}:{column}",
            d.TableSources["/tables/appropriationSummary/expenditure/currentYearTotal/total"].Location!.ToString());
        Assert.Empty(TableErrors(d));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void AppropriationSummary_PlantedWrongExpenditureTotal_IsFound(TextLayout layout, bool yuan)
    {
        // 本年支出合计 1,620.35 where the classes add up to 1,602.35 (18.00 more); 1,620.35 + 46.45 = 1,666.80 ≠ 总计 1,648.80.
        var d = TestFiles.ReadText(Text(layout, "财政拨款收入支出决算总表", Appropriation("1,620.35", yuan), yuan));

        Assert.Empty(d.Notes);
        Assert.Equal(A("1620.35", yuan), d.Report.Tables!.AppropriationSummary!.Expenditure!.CurrentYearTotal!.Total);
        // FA0408 (Σ classes = 本年支出合计) at the five classes and the 合计; FA0405 (总计 = 合计 + 年末) at the three — each
        // in the 合计 column only, the one this table prints. The 收入 half adds up, so nothing else.
        const string E = "/tables/appropriationSummary/expenditure/";
        Assert.Equal(
            [
                "FA0405 " + E + "closingCarryOver/total," + E + "currentYearTotal/total," + E + "grandTotal/total",
                "FA0408 " + string.Concat(Enumerable.Range(0, 5).Select(i => E + "classes/" + i + "/total,"))
                    + E + "currentYearTotal/total",
            ],
            TableErrors(d).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Summary_LongerExpenditureHalf_IsRead_AndAWrongTotalFound(TextLayout layout, bool yuan)
    {
        var d = TestFiles.ReadText(Text(layout, "收入支出决算总表", Summary("1,552.17", yuan), yuan));

        Assert.Empty(d.Notes);
        var s = d.Report.Tables!.Summary!;
        // 1,530.25 + 40.00 = 1,570.25 (收入); four classes 412.30 + 95.60 + 140.85 + 903.42 = 1,552.17 (支出).
        Assert.Equal((A("1530.25", yuan), A("40.00", yuan), A("1570.25", yuan)),
            (s.Income!.GeneralBudgetAppropriation, s.Income.OtherIncome, s.Income.CurrentYearTotal));
        Assert.Equal(4, s.Expenditure!.Classes.Count);
        Assert.Equal((A("1552.17", yuan), A("50.23", yuan), A("1602.40", yuan)),
            (s.Expenditure.CurrentYearTotal, s.Expenditure.ClosingCarryOver, s.Expenditure.GrandTotal));
        Assert.Empty(TableErrors(d));

        // 本年支出合计 1,562.17 (10.00 more than the classes): FA0103 (Σ classes = 本年支出合计) reports it. FA0104 (总计 = 合计 +
        // 结余分配 + 年末) does not run: this table prints no 结余分配 row, and a sum is never checked with a part missing.
        var wrong = TestFiles.ReadText(Text(layout, "收入支出决算总表", Summary("1,562.17", yuan), yuan));
        const string E = "/tables/summary/expenditure/";
        Assert.Equal(
            ["FA0103 " + string.Concat(Enumerable.Range(0, 4).Select(i => E + "classes/" + i + "/amount,")) + E + "currentYearTotal"],
            TableErrors(wrong));
    }

    [Theory]
    [InlineData("1,602.35", 0)]
    [InlineData("1,620.35", 2)]
    public void CheckedAsTheCliDoes_TheExpenditureHalfIsCheckedToo(string expenditureTotal, int errors)
    {
        // The narrative and the pasted table together, as `finacct check` reads a text: consistent, no Error; the planted
        // 本年支出合计 1,620.35, the two table Errors (FA0408, FA0405) and no other Error.
        var text = Text(TextLayout.Pipe, "表四 财政拨款收入支出决算总表", Appropriation(expenditureTotal, false), false)
            + "一、收入支出决算总体情况说明\n2024年度财政拨款收入支出总计1,648.80万元。\n";
        var read = DisclosureReader.Read(text);
        var d = PublishedDocumentReader.Combine(read, [PublishedDocumentReader.ReadText(text, "说明.txt")], RoundingMode.RoundToNearest);
        var found = read.TextFindings.Concat(Plain.Validate(d.Report, read.Sources).Diagnostics)
            .Where(x => x.Severity == Severity.Error).Select(x => x.RuleId).Order(StringComparer.Ordinal).ToList();

        string[] expected = errors == 0 ? [] : ["FA0405", "FA0408"];
        Assert.Equal(expected, found);
    }
}
