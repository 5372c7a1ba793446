using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The precision decisions of session 22 (issue 8, precision first; docs/reader.md "Precision decisions, session 22"), each
/// with invented texts of its own: a partial list of 项 under a 类 or of 类 under the 一般公共预算 total is withdrawn (a note,
/// never FA1205); the “三公” total's reason covers its items (FA2206). Each consistent text must raise no Error.
/// </summary>
public class PrecisionRoundTwentyTwoTests
{
    private const string GeneralBudget = "某县某局2024年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n";

    private const string Items = "/narrative/generalBudget/items";

    private const string Classes = "/narrative/generalBudget/classes";

    /// <summary>
    /// A 项 in a sentence of its own after its 类, the 类's other 项 not written: 300.00 of the class's 400.00 is only its main
    /// item, so it is withdrawn (a note naming the sums: 300.00 of 400.00) and FA1205 (类 = Σ 项, 400.00 ≠ 300.00) has nothing
    /// to compare. Before: a false Error. The 类 keeps its amount.
    /// </summary>
    [Theory]
    [InlineData("行政运行（2010301）300.00万元，主要用于机关运转。")]
    [InlineData("其中行政运行（2010301）支出300.00万元。")]
    [InlineData("2010301 行政运行 300.00万元。")]
    [InlineData("行政运行（2010301）300.00万元，比上年增加10.00万元，增长3.45%，主要是人员增加。")]
    public void AnItemInASentenceOfItsOwn_ThatFallsShortOfItsClass_IsANote(string itemSentence)
    {
        var (read, diagnostics) = Read(GeneralBudget + "一般公共服务支出（类）400.00万元。" + itemSentence + "\n");
        Assert.Equal("400.00", At(read, Classes + "/0/amount"));
        Assert.Empty(read.Report.Narrative!.GeneralBudget!.Items);
        Assert.DoesNotContain(read.Claims, c => c.Pointer.StartsWith(Items, StringComparison.Ordinal));
        var note = Assert.Single(read.Notes, n => n.MessageEn == DisclosureMessages.PartialItemList("一般公共服务支出", "300.00", "400.00").En);
        Assert.Equal(3, note.Span.StartLine);   // at the 项's amount: line 3 (title, heading, then the 类 and its 项)
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The list stated complete by its sums: 300.00 + 100.00 = 400.00 (kept, the rollup holds); 300.0 + 99.96 = 399.96 against
    /// 400.0, within the rounding of 400.0 (± 0.05) — kept, and FA1205 decides (rounding-sized, not an Error).
    /// </summary>
    [Theory]
    [InlineData("400.00", "300.00", "100.00")]
    [InlineData("400.0", "300.0", "99.96")]
    public void ItemsThatAddUpToTheirClass_AreKept(string whole, string first, string second)
    {
        var (read, diagnostics) = Read(GeneralBudget + "一般公共服务支出（类）" + whole + "万元。行政运行（2010301）" + first
            + "万元。一般行政管理事务（2010302）" + second + "万元。\n");
        Assert.Equal(first, At(read, Items + "/0/amount"));
        Assert.Equal(second, At(read, Items + "/1/amount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.StartsWith("The items listed under", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// An over-sum cannot come from a partial list: 300.00 + 150.00 = 450.00 above the class's 400.00 stays FA1205's Error
    /// (the real problem is in the text), with both items placed.
    /// </summary>
    [Fact]
    public void ItemsAboveTheirClass_StayAnError()
    {
        var (read, diagnostics) = Read(GeneralBudget + "一般公共服务支出（类）400.00万元。行政运行（2010301）300.00万元。"
            + "一般行政管理事务（2010302）150.00万元。\n");
        Assert.Equal(2, read.Report.Narrative!.GeneralBudget!.Items.Count);
        Assert.Contains(diagnostics, d => d.RuleId == "FA1205" && d.Severity == Severity.Error);
    }

    /// <summary>
    /// A partial class list and a complete one in one text: 201's one 项 (300.00 of 400.00) is withdrawn, 221's two 项
    /// (60.00 + 40.00 = 100.00) are kept and move down to items 0 and 1 — their claims and source spans with them (the
    /// claims name entries by index: 60.00 at items/0, 40.00 at items/1, each located on its own line).
    /// </summary>
    [Fact]
    public void AWithdrawnItem_MovesTheLaterItemsClaimsDown()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "一般公共服务支出（类）400.00万元。\n行政运行（2010301）300.00万元。\n"
            + "住房保障支出（类）100.00万元。\n住房公积金（2210201）60.00万元。\n购房补贴（2210203）40.00万元。\n");
        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(["2210201", "2210203"], items.Select(i => i.Code!.Value.Value));
        Assert.Equal("60.00", At(read, Items + "/0/amount"));
        Assert.Equal("40.00", At(read, Items + "/1/amount"));
        Assert.Null(At(read, Items + "/2/amount"));
        // Lines: 1 title, 2 heading, 3 类 201, 4 项 2010301, 5 类 221, 6 项 2210201, 7 项 2210203.
        Assert.True(read.Sources.TryGetSpan(Items + "/0/amount", out var first));
        Assert.True(read.Sources.TryGetSpan(Items + "/1/amount", out var second));
        Assert.Equal((6, 7), (first.StartLine, second.StartLine));
        Assert.Equal(6, read.Claims.Single(c => c.Pointer == Items + "/0/amount").Span.StartLine);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A class list after 主要用于 (or 其中, 主要是) that names only the main classes: 300.00 + 100.00 = 400.00 of the total
    /// 500.00, so both are withdrawn (two notes) and total = Σ 类 (FA1205, 500.00 ≠ 400.00) is not a false Error. The total
    /// keeps its amount.
    /// </summary>
    [Theory]
    [InlineData("，主要用于：")]
    [InlineData("。其中：")]
    [InlineData("，主要是")]
    public void APartialClassList_IsANote(string words)
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出500.00万元" + words
            + "一般公共服务支出（类）300.00万元，占60.00%；教育支出（类）100.00万元，占20.00%。\n");
        Assert.Equal("500.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Empty(read.Report.Narrative!.GeneralBudget!.Classes);
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.PartialClassList("400.00", "500.00").En));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A complete class list (400.00 + 100.00 = 500.00) is kept: both classes with their shares.</summary>
    [Fact]
    public void ACompleteClassList_IsKept()
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出500.00万元，主要用于："
            + "一般公共服务支出（类）400.00万元，占80.00%；教育支出（类）100.00万元，占20.00%。\n");
        Assert.Equal("400.00", At(read, Classes + "/0/amount"));
        Assert.Equal("100.00", At(read, Classes + "/1/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// For any class amount and any two 项 amounts (in 分, written with two decimals): the items are kept exactly when they
    /// add up to at least the class less the rounding of the three figures (± 0.005 each, 0.015: in whole 分, Σ ≥ 类 − 1),
    /// and FA1205 is an Error only when they add up to more than the class beyond that rounding (Σ ≥ 类 + 2 分) — never
    /// when they fall short.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property ItemsAreKept_OnlyWhenTheyReachTheirClass()
    {
        var gen =
            from whole in Gen.Choose(1, 100_000)
            from first in Gen.Choose(0, 100_000)
            from second in Gen.Choose(0, 100_000)
            select (whole, first, second);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (whole, first, second) = t;
            var (read, diagnostics) = Read(GeneralBudget + "一般公共服务支出（类）" + Money(whole) + "万元。行政运行（2010301）"
                + Money(first) + "万元。一般行政管理事务（2010302）" + Money(second) + "万元。\n");
            var kept = read.Report.Narrative!.GeneralBudget!.Items.Count;
            var error = diagnostics.Any(d => d.RuleId == "FA1205" && d.Severity == Severity.Error);
            var sum = first + second;
            var ok = (sum >= whole - 1 ? kept == 2 : kept == 0) && error == (sum >= whole + 2);
            return ok.Label($"{whole} {first} {second}: kept {kept}, error {error}");
        });
    }

    /// <summary>
    /// A 三公 table as a `|` table in the text, whose 合计 决算数 is <paramref name="total"/>; with its title (表七…) the document
    /// reader maps it into the tables too, without it only the narrative's table reader reads it.
    /// </summary>
    private static string ThreePublicTable(string total, bool titled)
        => (titled ? "表七 财政拨款“三公”经费支出决算表\n" : string.Empty) + "单位：万元\n| 项目 | 预算数 | 决算数 |\n"
        + "| 合计 | 20.00 | " + total + " |\n| 1、因公出国（境）费 | 0.00 | 0.00 |\n| 2、公务用车购置及运行费 | 15.00 | 14.00 |\n"
        + "| 其中：公务用车购置费 | 0.00 | 0.00 |\n|       公务用车运行费 | 15.00 | 14.00 |\n| 3、公务接待费 | 5.00 | 4.00 |\n";

    /// <summary>
    /// The 三公 items' budgets come from the table only (a table without its title: the narrative's), and the text gives
    /// one reason for the total's difference
    /// (18.00 below its budget 20.00): the reason covers the items below their budgets the same way (车 14.00 of 15.00,
    /// 运行 14.00 of 15.00, 接待 4.00 of 5.00), so FA2206 asks none of them for a reason of its own. Before: three Warnings.
    /// </summary>
    [Theory]
    [InlineData("决算数小于预算数的主要原因是严格落实中央八项规定精神，压减公务接待。")]
    [InlineData("比年初预算减少2.00万元，主要原因是厉行节约。")]
    [InlineData("完成预算的90.00%，决算数小于预算数主要是因为公务用车运行成本下降。")]
    public void TheTotalsReason_CoversItsItems(string reason)
    {
        var text = "某县某局2024年度部门决算\n" + ThreePublicTable("18.00", titled: false)
            + "第三部分 2024年度部门决算情况说明\n四、“三公”经费支出情况\n2024年度“三公”经费财政拨款支出决算为18.00万元，"
            + reason + "其中：因公出国（境）费0万元；公务用车购置及运行费14.00万元；公务接待费4.00万元。\n";
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "reason");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Without the total's reason every item below its budget still asks for one (the rule can fail): the same table with
    /// the text's total and items, no reason — FA2206 on the total at least.
    /// </summary>
    [Fact]
    public void WithoutTheTotalsReason_TheItemsStillAskForOne()
    {
        var text = "某县某局2024年度部门决算\n" + ThreePublicTable("18.00", titled: false)
            + "第三部分 2024年度部门决算情况说明\n四、“三公”经费支出情况\n2024年度“三公”经费财政拨款支出决算为18.00万元。"
            + "其中：因公出国（境）费0万元；公务用车购置及运行费14.00万元；公务接待费4.00万元。\n";
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "no-reason");
        Assert.Contains(diagnostics, d => d.RuleId == "FA2206");
    }

    /// <summary>
    /// A wrong 合计 in a 三公 table inside a 说明 (19.00 where 0.00 + 14.00 + 4.00 = 18.00) is one real error: one Error,
    /// the table's (FA0701). Before, the narrative's reading of the same cells raised FA1207 too. The text's own sentence
    /// (19.00) stays the narrative's; its items, read only from the table, are the table's.
    /// </summary>
    [Theory]
    [InlineData("2024年度“三公”经费财政拨款支出决算19.00万元，比年初预算减少1.00万元，主要原因是厉行节约。具体情况见下表：\n")]
    [InlineData("“三公”经费支出情况如下表：\n")]
    [InlineData("")]
    public void AWrongTotalInATableInsideTheText_IsOneError(string before)
    {
        var text = "某县某局2024年度部门决算说明\n四、“三公”经费支出情况\n" + before
            + ThreePublicTable("19.00", titled: true);
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "twice");
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId).ToList();
        Assert.Equal(["FA0701"], errors);
    }

    /// <summary>
    /// The total's budget comparison stays the narrative's when the total's amount is its own sentence's, though its budget
    /// (20.00) is read on the titled table's line: the sentence's completion rate is then checked (18.00 ÷ 20.00 = 90.00 %;
    /// a written 95.00 % is an Error). The items' budgets read only from the table add up to the 合计 here, so since session
    /// 50 they stay the narrative's too (FA2206 asks for their reasons; RegressionsSessionFiftyTests) — still no FA1207 on
    /// the table's cells: a wrong budget 合计 would be FA0701's alone.
    /// </summary>
    [Theory]
    [InlineData("90.00", false)]
    [InlineData("95.00", true)]
    public void TheTotalsOwnCompletionRate_IsKeptBesideATitledTable(string rate, bool wrong)
    {
        var text = "某县某局2024年度部门决算说明\n四、“三公”经费支出情况\n2024年度“三公”经费财政拨款支出决算18.00万元，完成预算的"
            + rate + "%，主要原因是厉行节约。具体情况见下表：\n" + ThreePublicTable("18.00", titled: true);
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(text, "rate-" + rate);
        var budget = report.Narrative?.ThreePublic?.Total?.Budget;
        Assert.NotNull(budget);
        Assert.Equal(rate + "%", budget.CompletionRate?.ToString());
        Assert.Equal("5.00", report.Narrative?.ThreePublic?.Reception?.Budget?.BudgetAmount?.ToString());   // session 50
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1207");
        Assert.Equal(wrong, Errors(diagnostics).Length > 0);
    }

    /// <summary>
    /// FA3011 stays a Warning when two projects' 绩效 read from prose (500.00 + 300.00 = 800.00 stated as their total) cover
    /// part of the 2,000.00 project spending and the text says only that they were 纳入自评范围 (session 22's decision: the
    /// coverage is read right and partial coverage is what the rule asks a reviewer to look at — never an Error).
    /// </summary>
    [Fact]
    public void PartialCoverageFromProse_StaysAWarning()
    {
        var (_, diagnostics) = Read("某大学2024年度部门决算说明\n一、支出决算情况\n2024年度本年支出合计5000.00万元，其中：基本支出"
            + "3000.00万元，占60.00%；项目支出2000.00万元，占40.00%。\n二、项目支出绩效自评情况\n学校对纳入自评范围的2个项目开展了"
            + "绩效自评。两个项目全年预算数合计800.00万元，执行数合计780.00万元。\n");
        var coverage = Assert.Single(diagnostics, d => d.RuleId == "FA3011");
        Assert.Equal(Severity.Warning, coverage.Severity);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>An amount in 分 written in 万元 with two decimals.</summary>
    private static string Money(int fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
