using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A page break (the form feed a PDF's text puts between pages) inside a 说明 sentence or between two numbered items:
/// the form feed before a line's first word is no part of it, so a word split by the page (增 / 加) is one word again and
/// the item on the next page is an item of its own. Before (blind round 27 C, cause 2): “各增\f加 415.39 万元” gave the
/// grand totals 415.39 (two false FA8003), and item 4 after “\f” ran into item 3 (three false FA8003, FA6104). Invented texts.
/// </summary>
public class PageBreakInNarrativeTests
{
    private const string Head = "某市某局2024年度部门决算说明\n一、收入支出决算总体情况说明\n";

    /// <summary>
    /// 增加 / 减少 / 增长 split by the page: the totals stay 800.00 and the change is read as one (800.00 − 760.00 = 40.00;
    /// 700.00 − 750.00 = −50.00). No Error: no figure is taken for the total a second time.
    /// </summary>
    [Theory]
    [InlineData("各增\n\f加 40.00 万元，增长 5.26%。", "800.00", "40.00")]
    [InlineData("各增加 40.00 万\n\f元，增长 5.26%。", "800.00", "40.00")]
    [InlineData("各减\n\f少 50.00 万元，下降 6.67%。", "700.00", "50.00")]
    public void AWordSplitByThePage_IsOneWord(string tail, string total, string change)
    {
        var text = Head + "2024年度收入、支出总计均为" + total + "万元。与2023年度相比，收入、支出总计" + tail + "主要原因是业务调整。\n";

        var (read, diagnostics) = Read(text);

        var overall = read.Report.Narrative!.Overall!;
        Assert.Equal(total, overall.IncomeGrandTotal!.Amount.ToString());
        Assert.Equal(total, overall.ExpenditureGrandTotal!.Amount.ToString());
        Assert.Equal(change, overall.Change?.Amount.ToString());
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>
    /// Numbered items with a page break between them (the first ends in “，” as the blind text did): item 2 is its own,
    /// with its own budget 60.00 (its rate 50.00 / 60.00 = 83.33 %), never a second budget of item 1.
    /// </summary>
    [Theory]
    [InlineData("1.", "2.")]
    public void AnItemAfterThePageBreak_IsItsOwn(string first, string second)
    {
        var text = "某市某局2024年度部门决算说明\n五、一般公共预算财政拨款支出决算具体情况\n"
            + first + "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为100.00万元，支出决算为100.00万元，"
            + "完成年初预算的100.00%。决算数等于预算数，\n\f" + second
            + "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为60.00万元，支出决算为50.00万元，"
            + "完成年初预算的83.33%。决算数小于预算数，主要原因是厉行节约。\n";

        var (read, diagnostics) = Read(text);

        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(new[] { "100.00", "60.00" }, items.Select(i => i.Budget?.BudgetAmount?.ToString() ?? "-"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
    }
}
