using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 33 (issue 8, blind rounds 29 and 30): (J / F9) a scraped page on one line that opens with its title, then the page's
/// date, source, counters and type-size switch, then the 说明's headings — the title's unit and year are read without the page's
/// words, and the sections after it as usual; (H) a text without any heading whose paragraphs state the totals, the 一般公共预算
/// expenditure, its 基本支出, 三公, 机关运行经费, 政府采购 and vehicles — each paragraph's figures go to the section its subject
/// names. Every text is invented and consistent; expected values in the comments.
/// </summary>
public sealed class OneLineTitlesAndUnheadedTextsTests
{
    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    /// <summary>The body after the page's words: totals 500 up 50 (11.11 %), 三公 12.00 at 80 % of its budget, 机关运行经费 30 down 2.</summary>
    private const string Body = "一、部门基本情况 本部门主要职责是负责全县水资源管理。 二、收入支出决算总体情况说明 "
        + "2023年度收入总计500.00万元，支出总计500.00万元，与上年相比增加50.00万元，增长11.11%，主要原因是人员增加。 "
        + "三、“三公”经费支出决算情况说明 2023年度“三公”经费财政拨款支出决算为12.00万元，完成年初预算的80.00%，决算数小于预算数的主要原因是厉行节约。 "
        + "四、机关运行经费支出情况说明 2023年度本部门机关运行经费支出30.00万元，比上年减少2.00万元，下降6.25%，主要原因是压减办公费。\n";

    [Theory]
    [InlineData("某县水利局2023年度部门决算公开说明 发布时间：2024-09-10 10:21 来源：县水利局 浏览次数：128 字号：大 中 小 【打印】 【关闭】",
        "某县水利局2023年度部门决算公开说明")]
    [InlineData("某县水利局2023年度部门决算公开说明发布时间：2024-09-10来源：本站字号：大中小", "某县水利局2023年度部门决算公开说明")]
    [InlineData("2023年度某县水利局部门决算说明 信息来源：县水利局 发布日期：2024年9月10日 点击数：56", "2023年度某县水利局部门决算说明")]
    [InlineData("某县水利局2023年部门决算 2024-09-10 分享到：", "某县水利局2023年部门决算")]
    [InlineData("某县水利局2023年度部门决算情况说明 时间：2024-09-10 作者：办公室 阅读：35次", "某县水利局2023年度部门决算情况说明")]
    [InlineData("关于某县水利局2023年度部门决算的公开说明 发布时间：2024-09-10", "关于某县水利局2023年度部门决算的公开说明")]
    public void OneLinePage_TitleWithoutThePageWords(string head, string title)
    {
        // Before: the title kept the page's date, source and counters (or, with "阅读：35次", was not read at all: no unit), and
        // "关于" was read into the unit's name.
        var (read, diagnostics) = TextReading.Read(head + " " + Body);

        Assert.Equal("某县水利局", At(read, "/entity/name"));
        Assert.Equal("2023", At(read, "/entity/fiscalYear"));
        Assert.Equal(title, At(read, "/source/title"));
        Assert.Equal("500.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("80.00", At(read, "/narrative/threePublic/total/budget/completionRate"));
        Assert.Equal("30.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("2.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    [Fact]
    public void TitleLineWithoutPageWords_IsReadAsBefore()
    {
        // The control: a title on its own line keeps its whole text; a title whose words hold 时间 but no page word stays whole.
        var (read, _) = TextReading.Read("某县水利局2023年度部门决算说明\n\n" + Body);

        Assert.Equal("某县水利局2023年度部门决算说明", At(read, "/source/title"));
        Assert.Equal("某县水利局", At(read, "/entity/name"));
    }

    /// <summary>
    /// No heading at all. Totals 500; 一般公共预算 400.00 (86.96 % of 本年支出合计 460; up 20.00, 5.26 % from 380), its budget 380.00
    /// and final 400.00 (105.26 %); its 基本支出 360.00 = 人员经费 300.00 + 公用经费 60.00; 三公 12.00; 机关运行经费 30.00;
    /// 政府采购 20.00; vehicles 2.
    /// </summary>
    private const string Unheaded = "某县林业局2023年度部门决算说明\n"
        + "2023年度本部门收入总计500.00万元，支出总计500.00万元，与上年相比收支总计均增加50.00万元，增长11.11%，主要原因是人员增加。\n"
        + "2023年度本部门一般公共预算财政拨款支出400.00万元，占本年支出合计的86.96%，与上年相比增加20.00万元，增长5.26%，主要原因是人员增加。\n"
        + "2023年度一般公共预算财政拨款支出年初预算为380.00万元，支出决算为400.00万元，完成年初预算的105.26%，决算数大于年初预算数的主要原因是新增项目。\n"
        + "2023年度一般公共预算财政拨款基本支出360.00万元，其中：人员经费300.00万元，公用经费60.00万元。\n"
        + "2023年度“三公”经费财政拨款支出决算为12.00万元，比上年减少1.00万元，下降7.69%，主要原因是厉行节约。\n"
        + "2023年度本部门机关运行经费支出30.00万元，比上年减少2.00万元，下降6.25%，主要原因是压减办公费。\n"
        + "2023年度本部门政府采购支出总额20.00万元，其中：政府采购货物支出20.00万元。\n"
        + "截至2023年12月31日，本部门共有车辆2辆，其中：一般公务用车2辆。\n";

    [Fact]
    public void TextWithoutHeadings_EachSubjectInItsSection()
    {
        // Before: the 一般公共预算 paragraphs stayed in the overview the first paragraph gave — 380 / 400 / 105.26 % went to
        // /narrative/overall/budget (a false FA2206 there), 400.00 was a note, and 基本支出 360.00 went to the whole 本年支出's.
        var (read, diagnostics) = TextReading.Read(Unheaded);

        Assert.Equal("500.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Null(At(read, "/narrative/overall/budget/budgetAmount"));
        Assert.Equal("400.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("86.96", At(read, "/narrative/generalBudget/total/share"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Equal("380.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("105.26", At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("360.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("300.00", At(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Null(At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("30.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("20.00", At(read, "/narrative/procurement/total/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
        Assert.Empty(TextReading.Warnings(diagnostics));
    }

    [Fact]
    public void AppropriationAndFundParagraphs_WithoutHeadings()
    {
        // Totals 500; 财政拨款 收支总计 420 (up 20, 5.00 %), of which 一般公共预算 400 (up 20, 5.26 %) and 政府性基金 20. Before:
        // 420, 20 and 5.00 % were notes in the overview (another kind of figure than its 500 / 50), and 政府性基金 20 was a note.
        var (read, diagnostics) = TextReading.Read("某县林业局2023年度部门决算说明\n"
            + "2023年度本部门收入总计500.00万元，支出总计500.00万元，与上年相比收支总计均增加50.00万元，增长11.11%，主要原因是人员增加。\n"
            + "2023年度本部门财政拨款收入支出总计420.00万元，比上年增加20.00万元，增长5.00%，主要原因是人员增加。\n"
            + "2023年度本部门一般公共预算财政拨款支出400.00万元，比上年增加20.00万元，增长5.26%，主要原因是人员增加。\n"
            + "2023年度本部门政府性基金预算财政拨款支出20.00万元，主要用于城乡社区建设。\n");

        Assert.Equal("500.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("50.00", At(read, "/narrative/overall/change/amount"));
        Assert.Equal("420.00", At(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Equal("5.00", At(read, "/narrative/appropriation/change/rate"));
        Assert.Equal("400.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("20.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    [Fact]
    public void IncomeAndExpenditureParagraphsFirst_WithoutHeadings()
    {
        // No overview: 收入合计 450 = 400 + 50; 支出合计 460 = 360 + 100; the 一般公共预算 comparison 380 → 400 (105.26 %) with its
        // reason. Before, no section was open, and every figure of the first three paragraphs was a note.
        var (read, diagnostics) = TextReading.Read("某县林业局2023年度部门决算说明\n"
            + "本部门2023年度收入合计450.00万元，其中：财政拨款收入400.00万元，其他收入50.00万元。\n"
            + "本部门2023年度支出合计460.00万元，其中：基本支出360.00万元，项目支出100.00万元。\n"
            + "一般公共预算财政拨款支出年初预算为380.00万元，支出决算为400.00万元，完成年初预算的105.26%，决算数大于年初预算数的主要原因是新增项目。\n"
            + "“三公”经费财政拨款支出决算为12.00万元，比上年减少1.00万元，下降7.69%，主要原因是厉行节约。\n");

        Assert.Equal("450.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("400.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("460.00", At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("100.00", At(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("380.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("新增项目。", At(read, "/narrative/generalBudget/total/budget/reason"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
        Assert.Empty(TextReading.Warnings(diagnostics));
    }

    [Fact]
    public void OverviewOfBothFlows_NamesNoOneSection()
    {
        // "本年收入合计…，本年支出合计…" speaks of both flows: no statement section is entered from it (no figure goes to the
        // income section's members as if it were the income's paragraph alone).
        var (read, diagnostics) = TextReading.Read("某县林业局2023年度部门决算说明\n"
            + "本年收入合计450.00万元，本年支出合计460.00万元。\n");

        Assert.Null(At(read, "/narrative/expenditure/total/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    [Fact]
    public void OverviewNamingTheFund_StaysInTheOverview()
    {
        // "收入总计…，其中：一般公共预算财政拨款收入…" names the fund after the total, not as its subject: the overview keeps it.
        var (read, diagnostics) = TextReading.Read("某县林业局2023年度部门决算说明\n"
            + "2023年度本部门收入总计500.00万元，支出总计500.00万元，与上年相比收支总计均增加50.00万元，增长11.11%，主要原因是人员增加。\n"
            + "2023年度本部门收入总计500.00万元，其中：一般公共预算财政拨款收入450.00万元，其他收入50.00万元。\n");

        Assert.Equal("500.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Null(At(read, "/narrative/generalBudget/total/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }
}
