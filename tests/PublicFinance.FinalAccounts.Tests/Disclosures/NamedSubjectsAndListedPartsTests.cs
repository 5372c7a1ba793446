using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The false Errors of the blind test's round 27 (excerpts A), by family, on invented texts of their own: a change whose
/// sentence names the year's income or expenditure is that figure's, never the grand total's (F1); parts of a fund's spending
/// by revenue source and SME contracts of one purchase kind named by a leading clause are parts, never the whole stated
/// again (F2); vehicle kinds listed after the count (一是…；二是…, or a kind that is no …用车) are read or withdrawn, never
/// summed short (F3); a heading of both 三公 and 机关运行经费 lets each sentence's subject choose its section (F4). Every
/// text is consistent, so no Error may be raised on it.
/// </summary>
public sealed class NamedSubjectsAndListedPartsTests
{
    private const string Title = "某县某局2022年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况\n2022年度收入总计1200.00万元，支出总计1200.00万元。"
        + "本年收入合计1150.00万元，本年支出合计1100.00万元，年末结转和结余100.00万元。\n";

    private static (DisclosureReadResult Read, string[] Errors) Read(string text)
    {
        var (read, diagnostics) = TextReading.Read(text);
        return (read, TextReading.Errors(diagnostics));
    }

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    private static bool Noted(DisclosureReadResult read, string zhStart)
        => read.Notes.Any(n => n.MessageZh.StartsWith(zhStart, StringComparison.Ordinal));

    // ---- F1. The change of the figure its sentence names ----

    /// <summary>
    /// Under a heading of its own, "本年支出合计比2021年度的 1000.00 万元增加 100.00 万元，增长 10.00%" is the change of 本年支出
    /// 合计 (1100.00 = 1000.00 + 100.00; 100 / 1000 = 10.00 %), with its prior amount; before, it was the grand total's
    /// (1200.00: FA2105 and FA2104 were false Errors).
    /// </summary>
    [Theory]
    [InlineData("四、与上年对比情况\n2022年度本年支出合计比2021年度的1000.00万元增加100.00万元，增长10.00%。增加的主要原因是项目增加。\n")]
    [InlineData("四、与上年对比情况\n本年支出合计较2021年度的1000.00万元增加100.00万元，增长10.00%，主要是项目增加。\n")]
    public void PriorAmountOfANamedFigure_IsThatFiguresChange(string part)
    {
        var (read, errors) = Read(Title + Overview + part);

        Assert.Equal("1000.00", At(read, "/narrative/overall/currentYearExpenditure/change/priorYearAmount"));
        Assert.Equal("100.00", At(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("10.00", At(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Null(At(read, "/narrative/overall/change/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Two named changes in one sentence: each rate follows its own figure (income 1150.00 − 1000.00 = 150.00, 15.00 %;
    /// expenditure 1100.00 − 1000.00 = 100.00, 10.00 %); before, the first rate went to the grand total and the second change
    /// was lost.
    /// </summary>
    [Fact]
    public void TwoNamedChangesInOneSentence_EachTakeTheirRate()
    {
        var (read, errors) = Read(Title + Overview + "与2021年度相比，本年收入合计增加150.00万元，增长15.00%。"
            + "本年支出合计增加100.00万元，增长10.00%。\n");

        Assert.Equal("15.00", At(read, "/narrative/overall/currentYearIncome/change/rate"));
        Assert.Equal("100.00", At(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("10.00", At(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Null(At(read, "/narrative/overall/change/rate"));
        Assert.Empty(errors);
    }

    // ---- F2. Parts of a whole ----

    /// <summary>
    /// "国有土地使用权出让收入安排的支出 600.00 万元，占 85.71%；彩票公益金安排的支出 100.00 万元" are parts of the fund's 700.00
    /// (600 + 100): notes, never the fund's 本年支出 (before: the first was, and the second was FA8003, a false Error).
    /// </summary>
    [Theory]
    [InlineData("国有土地使用权出让收入安排的支出600.00万元，占85.71%；彩票公益金安排的支出100.00万元，占14.29%。")]
    [InlineData("城市基础设施配套费安排支出600.00万元；污水处理费安排的支出100.00万元。")]
    public void SpendingOfARevenueSource_IsAPartNotTheFund(string parts)
    {
        var (read, errors) = Read(Title + "四、政府性基金预算财政拨款支出决算情况\n政府性基金预算财政拨款支出700.00万元，按资金来源分为："
            + parts + "\n");

        Assert.Equal("700.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Null(At(read, "/narrative/governmentFund/currentYearExpenditure/share"));
        Assert.True(Noted(read, "某项收入来源安排的支出"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// "货物采购中，授予中小企业合同金额 300.00 万元，占货物采购支出的 75.00%" is the 货物 kind's SME part (300 / 400 = 75 %), not
    /// the SME total 500.00 stated again (before: a false FA8003).
    /// </summary>
    [Theory]
    [InlineData("货物采购中，授予中小企业合同金额300.00万元，占货物采购支出的75.00%。", "smeGoods")]
    [InlineData("在服务类采购中，授予中小企业合同金额300.00万元。", "smeServices")]
    public void SmeAmountAfterAKindScope_IsThatKindsPart(string sentence, string member)
    {
        var (read, errors) = Read(Title + "二、政府采购支出情况\n2022年度政府采购支出总额1000.00万元，其中：政府采购货物支出400.00万元、"
            + "政府采购服务支出600.00万元。授予中小企业合同金额500.00万元，占政府采购支出总额的50.00%。\n" + sentence + "\n");

        Assert.Equal("500.00", At(read, "/narrative/procurement/smeContracts/amount"));
        Assert.Equal("300.00", At(read, "/narrative/procurement/" + member + "/amount"));
        Assert.Empty(errors);
    }

    // ---- F3. Vehicle kinds listed after the count ----

    /// <summary>
    /// "共有车辆 20 辆：一是一般公务用车 3 辆；二是执法执勤用车 11 辆；三是特种专业技术用车 6 辆" lists the count's parts (3 + 11 +
    /// 6 = 20): all three kinds read (before: 一般公务用车 was taken for the count restated, and 11 + 6 = 17 was a false FA4201).
    /// </summary>
    [Fact]
    public void KindsEnumeratedAfterACountColon_AreItsParts()
    {
        var (read, errors) = Read(Title + "五、国有资产占用情况\n截至2022年12月31日，本部门共有车辆20辆：一是一般公务用车3辆；"
            + "二是执法执勤用车11辆；三是特种专业技术用车6辆。\n");

        Assert.Equal("20", At(read, "/narrative/assets/vehicles/count"));
        Assert.Equal("3", At(read, "/narrative/assets/vehicles/categories/0/count"));
        Assert.Equal("6", At(read, "/narrative/assets/vehicles/categories/2/count"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// "其中救护车 7 辆、其他特种专业技术用车 2 辆": 救护车 is none of the template's categories and no …用车, so it is a located
    /// note and the list (2 of 9) is withdrawn rather than summed short (before: FA4201 "stated 9, items sum to 2").
    /// </summary>
    [Theory]
    [InlineData("其中救护车7辆、其他特种专业技术用车2辆")]
    [InlineData("其中：救护车7辆，其他特种专业技术用车2辆")]
    public void AListedKindOfNoCategory_WithdrawsTheKinds(string kinds)
    {
        var (read, errors) = Read(Title + "五、国有资产占用情况\n截至2022年12月31日，本部门共有车辆9辆，" + kinds + "。\n");

        Assert.Equal("9", At(read, "/narrative/assets/vehicles/count"));
        Assert.Null(At(read, "/narrative/assets/vehicles/categories/0/count"));
        Assert.True(Noted(read, "车辆总数的一项"));
        Assert.Empty(errors);
    }

    // ---- F4. A heading of 三公 and 机关运行经费 ----

    /// <summary>
    /// Under "五、“三公”经费及机关运行经费情况", "机关运行经费 500.00 万元，比上年 520.00 万元减少 20.00 万元" is 机关运行经费's,
    /// not the last 三公 item's (before: 公务接待费's change, a false FA2105 against 10.00); the 三公 figures stay (30 = 20 + 10).
    /// </summary>
    [Theory]
    [InlineData("五、“三公”经费及机关运行经费情况\n")]
    [InlineData("五、三公经费和机关运行经费支出情况\n")]
    public void OperatingExpensesUnderACombinedHeading_AreTheirOwn(string heading)
    {
        var (read, errors) = Read(Title + heading + "2022年度“三公”经费财政拨款支出30.00万元，其中公务用车运行维护费20.00万元，"
            + "公务接待费10.00万元。\n机关运行经费500.00万元，比上年520.00万元减少20.00万元，主要是压减办公费。\n");

        Assert.Equal("30.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("500.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("20.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount"));
        Assert.Null(At(read, "/narrative/threePublic/reception/change/amount"));
        Assert.Empty(errors);
    }
}
