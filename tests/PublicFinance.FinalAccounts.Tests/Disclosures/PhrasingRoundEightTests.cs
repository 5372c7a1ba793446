using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of the session-20 blind pages (issue 8), each with invented sentences of its own (not the blind texts): 项
/// lines with a classification code after a 类 list, the 类 of a 财政拨款 section without 一般公共预算, a 绩效 subsection's
/// context ended by the next numbered heading, an income heading under 其他重要事项, 增幅/减幅 as rate words, and reasons
/// opened by 原因系 or by 主要是 after a budget relation. Each text is consistent, so no Error may be raised on it.
/// </summary>
public class PhrasingRoundEightTests
{
    private const string GeneralBudgetHeading = "某县委办公室2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n";

    /// <summary>
    /// 项 lines written "名称（编码）X万元，占…，比上年…。年初预算为…，完成…%，决算数大于预算数的主要原因是…" after a 类 list: each is its
    /// own 项 of the 一般公共预算 section with its own change and budget — never the last 类's (which had taken the first line's
    /// change, budget, rate and relation, and every later line's as a second statement: FA8003). By hand: the 201 class
    /// 800.00 = 500.00 + 300.00, the 221 class 200.00 = 200.00; 20.00 / 480.00 = 4.17%, 500.00 / 480.00 = 104.17%; 30.00 /
    /// 330.00 = 9.09%, 300.00 / 320.00 = 93.75%; 200.00 / 200.00 = 100.00%.
    /// </summary>
    [Fact]
    public void CodedItemLines_AfterAClassList_AreTheirOwnItems()
    {
        var (read, diagnostics) = Read(GeneralBudgetHeading
            + "2023年度一般公共预算财政拨款支出1000.00万元。其中：一般公共服务支出（类）800.00万元，占80.00%；住房保障支出（类）200.00万元，"
            + "占20.00%。\n"
            + "行政运行（2013101）500.00万元，占50.00%，比上年增加20.00万元，增长4.17%。年初预算为480.00万元，完成年初预算的104.17%，"
            + "决算数大于预算数的主要原因是人员调资。\n"
            + "一般行政管理事务（2013102）300.00万元，占30.00%，比上年减少30.00万元，下降9.09%。年初预算为320.00万元，完成年初预算的93.75%，"
            + "决算数小于预算数的主要原因是会议压减。\n"
            + "住房公积金（2210201）200.00万元，占20.00%，与上年持平。年初预算为200.00万元，完成年初预算的100.00%，决算数等于预算数。\n");
        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(["2013101", "2013102", "2210201"], items.Select(i => i.Code!.Value.Value));
        Assert.Equal(["行政运行", "一般行政管理事务", "住房公积金"], items.Select(i => i.Name));
        const string First = "/narrative/generalBudget/items/0/";
        Assert.Equal("500.00", At(read, First + "amount"));
        Assert.Equal("20.00", At(read, First + "change/amount"));
        Assert.Equal("4.17", At(read, First + "change/rate"));
        Assert.Equal("480.00", At(read, First + "budget/budgetAmount"));
        Assert.Equal("104.17", At(read, First + "budget/completionRate"));
        Assert.Equal("人员调资", items[0].Budget!.Reason?.TrimEnd('。'));
        Assert.Equal("9.09", At(read, "/narrative/generalBudget/items/1/change/rate"));
        Assert.Equal("93.75", At(read, "/narrative/generalBudget/items/1/budget/completionRate"));

        // The classes keep only what their own clauses say.
        var classes = read.Report.Narrative.GeneralBudget.Classes;
        Assert.Equal(["201", "221"], classes.Select(c => c.Code!.Value.Value));
        Assert.All(classes, c => Assert.Null(c.Change));
        Assert.All(classes, c => Assert.Null(c.Budget));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Several coded 项 in one paragraph, each a sentence of its own after its 类: each sentence's figures are its own item's
    /// (before, the 类's). 500.00 + 300.00 = 800.00; the changes 20.00 and 30.00 are the items'.
    /// </summary>
    [Fact]
    public void CodedItems_InOneParagraph_AreEachTheirOwn()
    {
        var (read, diagnostics) = Read(GeneralBudgetHeading
            + "一般公共服务支出（类）800.00万元，比上年减少10.00万元。行政运行（2013101）500.00万元，比上年增加20.00万元。"
            + "一般行政管理事务（2013102）300.00万元，比上年减少30.00万元。\n");
        Assert.Equal("10.00", At(read, "/narrative/generalBudget/classes/0/change/amount"));
        Assert.Equal("500.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/items/0/change/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("30.00", At(read, "/narrative/generalBudget/items/1/change/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Coded 项 lines under a heading no section key names ("一般公共预算财政拨款项目支出情况", after the basic expenditure): the
    /// section there has no list for them, so each line is a note and nothing of its sentence is read — before, its share,
    /// change and reason went to 公用经费, the figure read last (FA2101, FA2103). 500.00 + 100.00 = 600.00.
    /// </summary>
    [Fact]
    public void CodedItems_WhereTheSectionHasNoList_AreNotesAndFoldIntoNothing()
    {
        var (read, diagnostics) = Read("某街道2024年度部门决算说明\n（六）一般公共预算财政拨款基本支出决算情况说明\n"
            + "2024年度一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元；公用经费100.00万元。\n"
            + "（七）一般公共预算财政拨款项目支出情况\n"
            + "党委办公厅（室）及相关机构事务（2013102）一般行政管理事务支出为120.00万元，占一般公共预算财政拨款支出的比重为12.00%，与上年持平。"
            + "住房公积金（2210201）80.00万元，比上年下降5.00%，主要原因是人员减少。\n");
        Assert.Equal("100.00", At(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Null(At(read, "/narrative/basicExpenditure/public/share"));
        Assert.Null(read.Report.Narrative!.BasicExpenditure!.Public!.Change);
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.FunctionalItemWithoutPlace.En));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>How a label names a functional item: by a code in brackets (3, 5 or 7 digits starting with 2), or by its level.</summary>
    [Theory]
    [InlineData("行政运行(2013101)", "2013101", null, null, "行政运行", "")]
    [InlineData("城乡社区管理事务(2120101)行政运行支出为", "2120101", null, "城乡社区管理事务", "行政运行", "支出为")]
    [InlineData("其中住房公积金(2210201)", "2210201", null, null, "住房公积金", "")]
    [InlineData("2024年度住房公积金(2210201)决算数为", "2210201", null, null, "住房公积金", "决算数为")]
    [InlineData("住房保障支出(221)", "221", null, null, "住房保障支出", "")]
    [InlineData("行政运行(项)", null, null, null, "行政运行", "")]
    [InlineData("政府办公厅(室)及相关机构事务(款)", null, null, null, "政府办公厅(室)及相关机构事务", "")]
    [InlineData("一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)支出", null, "一般公共服务支出", "政府办公厅(室)及相关机构事务",
        "行政运行", "支出")]
    public void AFunctionalName_IsReadFromItsLabel(string label, string? code, string? className, string? sectionName, string name,
        string rest)
    {
        Assert.True(NarrativeReader.TryFunctionalName(label, 2024, out var read));
        Assert.Equal(code, read.Code);
        Assert.Equal(className, read.ClassName);
        Assert.Equal(sectionName, read.SectionName);
        Assert.Equal(name, read.Name);
        Assert.Equal(rest, label.Substring(read.RestStart));
    }

    /// <summary>Labels that name no functional item: a year or a count in brackets, an income code, a 类 alone, no name.</summary>
    [Theory]
    [InlineData("本年支出合计(2023年)")]
    [InlineData("其他收入(1030999)")]
    [InlineData("公共安全支出(类)")]
    [InlineData("(2013101)")]
    [InlineData("项目(12)")]
    [InlineData("第3(项)")]
    public void OtherLabels_NameNoFunctionalItem(string label)
        => Assert.False(NarrativeReader.TryFunctionalName(label, 2024, out _));

    private const string AppropriationHeading = "某县公安局2015年度部门决算说明\n六、财政拨款支出决算情况\n";

    /// <summary>
    /// "财政拨款支出 X，比上年增加 Y。按功能分类：公共安全支出 A，比上年增加 B；住房保障支出 C，比上年增加 D" (no 一般公共预算): each 类 is
    /// an item of the 财政拨款 section with its own change — B and D had both been the section's change (FA8003 against Y).
    /// 420.00 + 80.00 = 500.00 and 30.00 + 10.00 = 40.00.
    /// </summary>
    [Fact]
    public void ClassesOfTheAppropriation_WithoutTheGeneralBudgetWords_HaveTheirOwnChanges()
    {
        var (read, diagnostics) = Read(AppropriationHeading + "2015年度财政拨款支出500.00万元，比上年增加40.00万元。按功能分类：公共安全支出420.00万元，"
            + "比上年增加30.00万元；住房保障支出80.00万元，比上年增加10.00万元。\n");
        var items = read.Report.Narrative!.Appropriation!.Items;
        Assert.Equal(["204", "221"], items.Select(i => i.Code!.Value.Value));
        Assert.Equal("420.00", At(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("30.00", At(read, "/narrative/appropriation/items/0/change/amount"));
        Assert.Equal("80.00", At(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("10.00", At(read, "/narrative/appropriation/items/1/change/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer.StartsWith("/narrative/appropriation/change", StringComparison.Ordinal)
            && c.Value is "30.00" or "10.00");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A class list inside the total's sentence ("其中：农林水支出（类）…") and the budget in the next sentence: the budget is the
    /// section's (1000.00 / 1250.00 = 80.00%), not the last class's (100.00 / 1250.00 would be 8.00%).
    /// </summary>
    [Fact]
    public void ABudgetAfterAClassList_IsTheSections()
    {
        var (read, diagnostics) = Read("某研究所2019年度部门决算说明\n二、财政拨款支出决算情况\n2019年度财政拨款支出1000.00万元，其中：农林水支出（类）"
            + "900.00万元，占90.00%；住房保障支出（类）100.00万元，占10.00%。年初预算为1250.00万元，支出决算完成年初预算的80.00%，"
            + "决算数小于预算数，主要原因是部分项目跨年度实施。\n");
        Assert.Equal("900.00", At(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("10.00", At(read, "/narrative/appropriation/items/1/share"));
        Assert.Equal("1250.00", At(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("80.00", At(read, "/narrative/appropriation/budget/completionRate"));
        Assert.All(read.Report.Narrative!.Appropriation!.Items, i => Assert.Null(i.Budget));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A 类 line of its own in a 财政拨款 section ("1.农林水支出（类）900.00 万元，年初预算为 1000.00 万元，完成年初预算的 90.00%"): the
    /// budget is the class's (900.00 / 1000.00 = 90.00%) — it was a note before, the section having no place for a class.
    /// </summary>
    [Fact]
    public void AClassLineOfItsOwn_KeepsItsBudget()
    {
        var (read, diagnostics) = Read(AppropriationHeading + "1.农林水支出（类）900.00万元，年初预算为1000.00万元，完成年初预算的90.00%。\n");
        Assert.Equal("1000.00", At(read, "/narrative/appropriation/items/0/budget/budgetAmount"));
        Assert.Equal("90.00", At(read, "/narrative/appropriation/items/0/budget/completionRate"));
        Assert.Null(At(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A 绩效 subsection, then "（五）事业收入情况" (inline before a ':' or a line of its own): the 事业收入 sentence is the income's,
    /// not an unplaced 绩效 amount. 500.00 − 480.00 = 20.00; 20.00 / 480.00 = 4.17%.
    /// </summary>
    [Theory]
    [InlineData("：")]
    [InlineData("\n")]
    public void ANumberedHeading_EndsThePerformanceContext(string afterHeading)
    {
        var (read, diagnostics) = Read("某中学2024年度单位决算说明\n（四）预算绩效管理情况\n本单位对8个项目开展绩效自评，资金300.00万元。\n"
            + "（五）事业收入情况" + afterHeading + "2024年度事业收入500.00万元，较上年480.00万元增加20.00万元，增长4.17%。\n");
        Assert.Equal("500.00", At(read, "/narrative/income/serviceIncome/amount"));
        Assert.Equal("20.00", At(read, "/narrative/income/serviceIncome/change/amount"));
        Assert.Equal("4.17", At(read, "/narrative/income/serviceIncome/change/rate"));
        Assert.Equal("480.00", At(read, "/narrative/income/serviceIncome/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A page whose 绩效 heading was inline, then "（五）其他需要说明的情况：…" and "（六）“三公”经费情况：…" as paragraphs: the 三公
    /// figures are read (15.00 + 6.00 = 21.00, the two others nothing), not 绩效 amounts.
    /// </summary>
    [Fact]
    public void InlineHeadingsAfterPerformance_ReachTheirSections()
    {
        var (read, diagnostics) = Read("某区民政局2023年部门决算说明\n（四）预算绩效情况说明\n组织对项目支出开展绩效自评，共涉及项目5个，资金200.00万元。\n"
            + "（五）其他需要说明的情况：本部门2023年度无政府性基金预算财政拨款收入和支出。\n"
            + "（六）“三公”经费情况：2023年度“三公”经费财政拨款支出21.00万元，其中：公务用车运行维护费15.00万元，公务接待费6.00万元，"
            + "因公出国（境）费和公务用车购置费均为0。\n");
        Assert.Equal("21.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("15.00", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("6.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "（五）收入情况" under 其他重要事项的情况说明: its sentence is the income (the subsection's heading decides, not the section).
    /// 550.00 + 50.00 = 600.00.
    /// </summary>
    [Fact]
    public void AnIncomeHeading_UnderOtherMatters_ReadsTheIncome()
    {
        var (read, diagnostics) = Read("某团市委2017年度部门决算说明\n八、其他重要事项的情况说明\n（五）收入情况\n"
            + "2017年度收入合计600.00万元，其中：财政拨款收入550.00万元，其他收入50.00万元。\n");
        Assert.Equal("600.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("550.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("50.00", At(read, "/narrative/income/otherIncome/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Which headings are the income's: ending in 收入情况 (or 收入说明), naming no fund, expenditure or 绩效.</summary>
    [Theory]
    [InlineData("(五)收入情况", true)]
    [InlineData("(二)事业收入情况:", true)]
    [InlineData("三、收入情况说明", true)]
    [InlineData("政府性基金预算财政拨款收入情况", false)]
    [InlineData("一般公共预算财政拨款收入情况", false)]
    [InlineData("收入支出决算总体情况", false)]
    [InlineData("(三)项目支出情况", false)]
    public void IncomeHeadings(string heading, bool expected) => Assert.Equal(expected, NarrativeReader.IsIncomeHeading(heading));

    /// <summary>
    /// 增幅 and 减幅 are rates of the change before them, and 原因系 opens its reason: 5.00 / 55.00 = 9.09%, 6.00 / 60.00 =
    /// 10.00%.
    /// </summary>
    [Theory]
    [InlineData("60.00", "比上年增加5.00万元，增幅9.09%", "9.09", "increase")]
    [InlineData("54.00", "比上年减少6.00万元，减幅10.00%", "10.00", "decrease")]
    [InlineData("54.00", "比上年减少6.00万元，降幅为10.00%", "10.00", "decrease")]
    public void RateWords_AreTheChangesRate(string amount, string change, string rate, string direction)
    {
        var (read, diagnostics) = Read("某团市委2017年度部门决算说明\n七、机关运行经费支出情况\n2017年度机关运行经费支出" + amount + "万元，" + change
            + "，原因系水电费、物业管理费变动。\n");
        const string Change = "/narrative/operatingExpenses/administrativeOperatingExpenses/change";
        Assert.Equal(rate, At(read, Change + "/rate"));
        var stated = read.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!.Change!;
        Assert.Equal(direction, stated.Direction.ToString(), ignoreCase: true);
        Assert.StartsWith("水电费", stated.Reason);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>The direction of a rate word at a label's end; none for other words ending in 幅 or 增减幅度.</summary>
    [Theory]
    [InlineData("增幅", "increase")]
    [InlineData("同比增幅为", "increase")]
    [InlineData("涨幅达", "increase")]
    [InlineData("减幅", "decrease")]
    [InlineData("降幅", "decrease")]
    [InlineData("增减幅度", null)]
    [InlineData("幅", null)]
    [InlineData("篇幅", null)]
    public void RateWordDirections(string label, string? expected) => Assert.Equal(expected, NarrativeReader.RateWordDirection(label));

    /// <summary>
    /// "…决算数小于预算数，完成年初预算的 90.00%，主要是…": 主要是 after a budget relation opens the reason of the budget difference
    /// (FA2206 asked for one). 45.00 / 50.00 = 90.00%.
    /// </summary>
    [Fact]
    public void MainlyAfterABudgetRelation_IsTheBudgetsReason()
    {
        var (read, diagnostics) = Read("某区2021年“三公”经费决算说明\n全区“三公”经费财政拨款支出45.00万元，年初预算为50.00万元，决算数小于预算数，"
            + "完成年初预算的90.00%，主要是严格控制公务用车运行支出。其中：公务用车运行维护费45.00万元。\n");
        Assert.StartsWith("严格控制", read.Report.Narrative!.ThreePublic!.Total!.Budget!.Reason);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A town writing its amounts in 元 that gives its population in 万人: 万人 is a count, so the document is still one in 元 and
    /// its amounts are kept as written (before, the first 万 made it a 万元 document and every amount was converted).
    /// 2,800,000.00 + 200,000.00 = 3,000,000.00.
    /// </summary>
    [Fact]
    public void APopulationInWanRen_LeavesADocumentInYuan()
    {
        var (read, diagnostics) = Read("某镇人民政府2019年度部门决算说明\n一、部门概况\n本镇常住人口约1.3万人，下设村委会12个。\n二、收入决算情况说明\n"
            + "本年收入合计3,000,000.00元，其中：财政拨款收入2,800,000.00元，其他收入200,000.00元。\n");
        Assert.Equal(PublicFinance.FinalAccounts.Values.AmountUnit.Yuan, read.Report.Unit);
        Assert.Equal("3000000.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("200000.00", At(read, "/narrative/income/otherIncome/amount"));
        Assert.Empty(Errors(diagnostics));
    }
}
