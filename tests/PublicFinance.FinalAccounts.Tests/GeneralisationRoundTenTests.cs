using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// Generalisation round ten, on invented texts of its own: the dev corpus's last missed figures as families whose figures
/// the model has no member for — a 三公 item broken down by function class in a transposed text table (and a words cell
/// with a figure), the change of a sub-item named inside an income part and 基本支出 named in an income change's reason,
/// and the 一般公共预算 part of the appropriation income. Each stays a located note, never a figure placed on another
/// subject, and no Error is raised.
/// </summary>
public class GeneralisationRoundTenTests
{
    private static string Cells(params string[] cells) => string.Concat(cells.Select(c => c + " |\n"));

    private const string Three = "/narrative/threePublic/";

    // ---- Family 3: the 三公 table with 公务接待费 broken down by function class ----

    /// <summary>
    /// A transposed 三公 table, one cell per line, whose 公务接待费 group has two function classes after its 小计. Each row
    /// adds up (by hand): 预算 12.00 = 0.00 + 6.00 + 6.00, 接待 6.00 = 6.00 + (words); 决算 11.00 = 0.00 + 5.50 + 5.50,
    /// 接待 5.50 = 1.20 + 4.30; 上年 9.00 = 0.00 + 6.00 + 3.00, 接待 3.00 = 1.40 + 1.60; 对比 = 决算 − 上年 (2.00, −0.50,
    /// 2.50 = −0.20 + 2.70). No class figure equals a figure of the items. The budget of the second class is written in
    /// words: "以前年度结转资金4.20".
    /// </summary>
    private static string ClassTable(string first, string second, bool numbered) =>
        "某区政府采购中心2021年度“三公”经费支出决算说明\n(单位:万元)\n"
        + Cells("“三公”经费项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费", "小计", "公务用车购置费",
            "公务用车运行费", "小计", first, second)
        + (numbered ? Cells("行次", "1", "2", "3", "4", "5", "6", "7", "8") : string.Empty)
        + Cells("2021年度预算数", "12.00", "0.00", "6.00", "0.00", "6.00", "6.00", "6.00", "以前年度结转资金4.20")
        + Cells("2021年度决算数", "11.00", "0.00", "5.50", "0.00", "5.50", "5.50", "1.20", "4.30")
        + Cells("2020年度决算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00", "1.40", "1.60")
        + Cells("决算对比", "2.00", "0.00", "-0.50", "0.00", "-0.50", "2.50", "-0.20", "2.70");

    [Theory]
    [InlineData("行政运行", "其他城乡社区管理事务支出", true)]
    [InlineData("一般行政管理事务", "机关服务", false)]
    [InlineData("行政运行", "其他教育支出", false)]
    public void ReceptionByFunctionClass_IsReadIntoTheSplit_NeverIntoTheItem(string first, string second, bool numbered)
    {
        var (read, errors) = ReadWithErrors(ClassTable(first, second, numbered));

        // The item's own column (小计) is 公务接待费: 5.50 this year, 6.00 budgeted, 3.00 the year before, up 2.50.
        Assert.Equal("5.50", At(read, Three + "reception/amount"));
        Assert.Equal("6.00", At(read, Three + "reception/budget/budgetAmount"));
        Assert.Equal("3.00", At(read, Three + "reception/change/priorYearAmount"));
        Assert.Equal("2.50", At(read, Three + "reception/change/amount"));

        // Since session 24 (schema 1.5) the class cells of the 决算, 上年 and 对比 rows are the split by function class
        // (threePublic/byClass, ReadGapsTwentyFourTests) and nowhere else …
        string[] classCells = ["1.20", "4.30", "1.40", "1.60", "0.20", "2.70"];
        Assert.All(read.Claims.Where(c => classCells.Contains(c.Value)), c => Assert.Contains("/byClass/reception/", c.Pointer));
        Assert.Equal(6, read.Claims.Count(c => classCells.Contains(c.Value)));

        // … and the budget row's class cell is a located note (the split holds no budget): 6.00 of the first class.
        var classNotes = read.Notes.Where(n => n.MessageEn.Contains("by function class", StringComparison.Ordinal)).ToList();
        Assert.Contains("“" + first + "”的“2021年度预算数” 6.00", Assert.Single(classNotes).MessageZh, StringComparison.Ordinal);

        // The words cell is a note of its own, located at its figure (the 4.20), and no generic note repeats that span.
        var words = Assert.Single(read.Notes, n => n.MessageEn.Contains("cell in words", StringComparison.Ordinal));
        Assert.Contains("以前年度结转资金4.20", words.MessageZh, StringComparison.Ordinal);
        Assert.Equal(4, words.Span.EndColumn - words.Span.StartColumn + 1);   // "4.20": four characters
        Assert.Single(read.Notes, n => n.Span == words.Span);
        Assert.Empty(errors);
    }

    [Fact]
    public void ReceptionTotal_IsNeverTheSumOfItsClasses_WhenTheSubtotalIsBlank()
    {
        // A blank 小计 ("|" alone) with two class figures: the item stays unread rather than summed (1.20 + 4.30).
        var text = ClassTable("行政运行", "机关服务", numbered: false).Replace("5.50 |\n1.20 |", "|\n1.20 |", StringComparison.Ordinal);
        var (read, _) = ReadWithErrors(text);
        Assert.NotEqual("5.50", At(read, Three + "reception/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "1.20" or "4.30" && !c.Pointer.Contains("/byClass/", StringComparison.Ordinal));
    }

    // ---- Family 1: a sub-item's change inside an income part; 基本支出 in the reason of an income change ----

    /// <summary>
    /// Income up 120.00 (16.2% = 120.00 / 740.00), explained by a sub-item of an income part (+100.00) and by 基本支出
    /// (+20.00); the expenditure section states 基本支出 300.00 (34.9% of 860.00) and 项目支出 560.00 (65.1%).
    /// </summary>
    private static string IncomeReasonText(string subItemClause) =>
        "某县公路养护中心2022年度部门决算说明\n（一）收入支出决算总体情况\n2022年度收入总计860.00万元，支出总计860.00万元。\n"
        + "（二）收入决算情况\n2022年度收入合计860.00万元，较上年增加120.00万元，增长16.2%，主要原因是" + subItemClause
        + "，基本支出较上年增加20.00万元。其中：财政拨款收入860.00万元，占100.0%。\n（三）支出决算情况\n"
        + "2022年度支出合计860.00万元，其中：基本支出300.00万元，占34.9%；项目支出560.00万元，占65.1%。\n";

    [Theory]
    [InlineData("项目经费收入中公路养护补助较上年增加100.00万元")]
    [InlineData("财政拨款收入中专项经费比上年增加100.00万元")]
    [InlineData("项目资金中农村客运补贴同比增加100.00万元")]
    public void ChangesInAnIncomeReason_ThatTheModelCannotHold_AreLocatedNotes(string subItemClause)
    {
        var (read, errors) = ReadWithErrors(IncomeReasonText(subItemClause));
        Assert.Equal("120.00", At(read, "/narrative/income/total/change/amount"));
        Assert.Equal("300.00", At(read, "/narrative/expenditure/basic/amount"));

        // 基本支出 +20.00 is the income for basic spending, never 基本支出's own change in the expenditure section.
        Assert.Null(At(read, "/narrative/expenditure/basic/change/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "20.00" or "100.00");
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("in the reason of an income change", StringComparison.Ordinal)
            && n.MessageZh.Contains("20.00", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("a sub-item inside a part", StringComparison.Ordinal)
            && n.MessageZh.Contains("100.00", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public void AnExpenditureReason_StillPlacesItsExpenditureItems()
    {
        // Only an income change's reason is guarded: "支出合计增加 120.00，主要原因是基本支出增加 20.00" is 基本支出's change
        // (300.00 now, 280.00 before), as before this round.
        var (read, _) = ReadWithErrors("某县公路养护中心2022年度部门决算说明\n（三）支出决算情况\n"
            + "2022年度支出合计860.00万元，较上年增加120.00万元，增长16.2%，主要原因是基本支出较上年增加20.00万元。"
            + "其中：基本支出300.00万元，占34.9%；项目支出560.00万元，占65.1%。\n");
        Assert.Equal("20.00", At(read, "/narrative/expenditure/basic/change/amount"));
    }

    [Theory]
    [InlineData("项目经费收入中农村客运企业补贴", true)]
    [InlineData("基本支出中人员经费", true)]
    [InlineData("专项资金中设备购置", true)]
    [InlineData("财政拨款收入", false)]      // a part, not a sub-item
    [InlineData("其中人员经费", false)]      // 其中 is a list word, not "part 中 sub-item"
    [InlineData("项目经费收入中", false)]    // nothing named after 中
    [InlineData("城中村改造", false)]        // 中 inside a name, after no part
    public void NamesSubItem_NeedsAPartThenZhongThenAName(string name, bool expected)
        => Assert.Equal(expected, NarrativeReader.NamesSubItem(name));

    // ---- Family 2: the 一般公共预算 part of the appropriation income ----

    [Theory]
    [InlineData("一般公共预算财政拨款本年收入1200.00万元，比上年增加100.00万元；")]
    [InlineData("一般公共预算财政拨款收入1200.00万元，较上年增加100.00万元；")]
    public void GeneralBudgetIncome_IsItsOwnMember_NeverTheTotal(string incomeClause)
    {
        // 1500.00 = 1200.00 + 300.00 and its change 300.00 = 100.00 + 200.00; 1400.00 = 1100.00 + 300.00 and 200.00 =
        // 100.00 + 100.00. Rates: 300/1200 = 25%, 200/1200 = 16.7% → 17, 100/1000 = 10%, 200/100 = 200%, 100/200 = 50%.
        var (read, errors) = ReadWithErrors("某县人民检察院2019年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n"
            + "本部门2019年度财政拨款本年收入1500.00万元，比2018年度增加300.00万元，增长25%；本年支出1400.00万元，增加200.00万元，"
            + "增长17%。具体情况如下：\n" + incomeClause + "本年支出1100.00万元，比上年增加100.00万元，增长10%。\n"
            + "政府性基金预算财政拨款本年收入300.00万元，比上年增加200.00万元，增长200%；本年支出300.00万元，比上年增加100.00万元，"
            + "增长50%。\n");
        Assert.Equal("1500.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("1100.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("300.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));

        // Schema 1.5 has the 一般公共预算 income (before: a located note): 1200.00 and its change 100.00 are its own, never
        // the 财政拨款 total's (which keeps 1500.00 and 300.00), and FA1213 holds (1200.00 ≤ 1500.00).
        Assert.Equal("1200.00", At(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("100.00", At(read, "/narrative/appropriation/generalBudgetIncome/change/amount"));
        Assert.Equal("300.00", At(read, "/narrative/appropriation/change/amount"));
        Assert.Empty(errors);
    }
}
