using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 36 (issue 8), on invented texts of our own wording and numbers: a list of parts in brackets right after a figure
/// (the 财政拨款 income's funds, 基本支出's 人员经费 / 公用经费, 项目支出's projects), a fund's class under the 一般公共预算
/// heading, "第N部分" headings inside a one-line text, and the 三公 fleet's vehicle kinds.
/// </summary>
public class BracketedPartsAndPartHeadingsTests
{
    private const string Title = "某县水务局2021年度部门决算说明\n\n";

    private const string AppropriationHeading = "一、财政拨款收入支出决算总体情况说明\n";

    // ---- the 财政拨款 income's fund parts in brackets ------------------------------------------------------------------

    /// <summary>
    /// "本年财政拨款收入 3300.00 万元（一般公共预算… 2900.00 万元，政府性基金… 400.00 万元），比上年增加 120.00 万元，增长 3.77%":
    /// each part goes to its fund (2900 + 400 = 3300), and the change after the bracket is read whole (the section's statement
    /// change, as without a bracket: 120 / 3180 = 3.774% → 3.77). Before, both parts were "could not place" and the rate "of
    /// another kind".
    /// </summary>
    [Theory]
    [InlineData("（一般公共预算财政拨款2900.00万元，政府性基金预算财政拨款400.00万元）")]
    [InlineData("（其中：一般公共预算拨款2900.00万元、政府性基金预算拨款400.00万元）")]
    [InlineData("（一般公共预算财政拨款收入2900.00万元；政府性基金预算财政拨款收入400.00万元）")]
    [InlineData("（公共财政预算拨款2900.00万元，政府性基金拨款400.00万元）")]
    public void AppropriationIncomeFundsInBrackets_AreItsParts(string bracket)
    {
        var (read, diagnostics) = Read(Title + AppropriationHeading + "2021年度本年财政拨款收入3300.00万元" + bracket
            + "，比上年增加120.00万元，增长3.77%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2900.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("400.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("120.00", JsonAt(read, "/narrative/appropriation/change/amount"));
        Assert.Equal("3.77", JsonAt(read, "/narrative/appropriation/change/rate"));
        Assert.False(Noted(read, "another kind"));
        Assert.False(Noted(read, "could not place"));
        Assert.False(Noted(read, "bracketed list"));
    }

    /// <summary>
    /// The parts are figures the rules check: 一般公共预算 3000.00 above the income of 2900.00 is FA1213's Error (the
    /// 一般公共预算 part is at most the whole), read from the bracket as from a sentence of its own.
    /// </summary>
    [Fact]
    public void AppropriationIncomePartAboveTheWhole_IsFA1213()
    {
        var (read, diagnostics) = Read(Title + AppropriationHeading
            + "2021年度本年财政拨款收入2900.00万元（一般公共预算财政拨款3000.00万元，政府性基金预算财政拨款100.00万元）。\n");
        Assert.Equal("3000.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Contains("FA1213", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// In the 收入 section the 财政拨款收入's 政府性基金 part has its member (as "其中：政府性基金预算财政拨款收入 X" had) and, since
    /// session 43, the 一般公共预算 part its member too (<c>appropriation/generalBudgetIncome</c>, as in the 财政拨款 section and
    /// as "其中：一般公共预算财政拨款收入 X" has had since session 40; before, a note); the share after the bracket is the 财政拨款
    /// 收入's (3300 / 3500 = 94.29%).
    /// </summary>
    [Fact]
    public void IncomeSectionFundsInBrackets_KeepTheSharesAfterThem()
    {
        var (read, diagnostics) = Read(Title + "一、收入决算情况说明\n2021年度本年收入合计3500.00万元，其中：财政拨款收入3300.00万元"
            + "（一般公共预算财政拨款2900.00万元，政府性基金预算财政拨款400.00万元），占94.29%；其他收入200.00万元，占5.71%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("94.29", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("400.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("2900.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.False(Noted(read, "general-budget appropriation income is one part"));
        Assert.False(Noted(read, "A share without a figure"));
    }

    /// <summary>
    /// A bracket whose items are not the figure's known parts ("省级财政拨款", "县级财政拨款": levels, not funds) is one located note
    /// per amount; nothing is placed from it, and the share after it is still the 财政拨款收入's.
    /// </summary>
    [Theory]
    [InlineData("（省级财政拨款300.00万元，县级财政拨款3000.00万元）")]
    [InlineData("（一般公共预算财政拨款2900.00万元，上级补助400.00万元）")]
    public void BracketOfOtherItems_IsANoteForEachAmount(string bracket)
    {
        var (read, diagnostics) = Read(Title + "一、收入决算情况说明\n2021年度本年收入合计3500.00万元，其中：财政拨款收入3300.00万元"
            + bracket + "，占94.29%；其他收入200.00万元，占5.71%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("94.29", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("bracketed list", StringComparison.Ordinal)));
    }

    // ---- 基本支出 and 项目支出 -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Under the 一般公共预算财政拨款基本支出 heading the bracketed 人员经费 / 公用经费 are the model's (1750 + 250 = 2000); a wrong
    /// part (260: 1750 + 260 = 2010 ≠ 2000) is FA1206's Error, as for the same parts written after 其中.
    /// </summary>
    [Theory]
    [InlineData("（人员经费1750.00万元，公用经费250.00万元）", "250.00", false)]
    [InlineData("（其中：人员经费1750.00万元、公用经费250.00万元）", "250.00", false)]
    [InlineData("（人员经费1750.00万元，公用经费260.00万元）", "260.00", true)]
    public void BasicExpenditurePartsInBrackets_AreTheModels(string bracket, string publicExpenses, bool wrong)
    {
        var (read, diagnostics) = Read(Title + "一、一般公共预算财政拨款基本支出决算情况说明\n2021年度一般公共预算财政拨款基本支出2000.00万元"
            + bracket + "。\n");
        Assert.Equal("1750.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal(publicExpenses, JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Equal(wrong ? ["FA1206"] : [], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// In the 支出 section the 基本支出 is of all funds: its bracketed parts are schema 1.7's <c>expenditure/basicPersonnel</c> and
    /// <c>basicPublic</c> (<c>PlaceAllFundsBasicPart</c>, not the model's 一般公共预算 parts; 1800 + 300 = 2100, no FA1214), and the
    /// share written before or after the bracket is the 基本支出's (2100 / 3480 = 60.34%); the 项目支出's projects in brackets
    /// are notes, its share read after them.
    /// </summary>
    [Theory]
    [InlineData("基本支出2100.00万元，占60.34%（人员经费1800.00万元，公用经费300.00万元）；项目支出1380.00万元（其中：堤防维修项目1000.00万元，"
        + "水质监测380.00万元），占39.66%")]
    [InlineData("基本支出2100.00万元（其中人员经费1800.00万元、公用经费300.00万元），占60.34%；项目支出1380.00万元（河道整治工程1000.00万元；"
        + "水质监测项目380.00万元），占39.66%")]
    public void AllFundsBasicPartsInBrackets_AreFiguresAndProjectsNotes(string parts)
    {
        var (read, diagnostics) = Read(Title + "一、支出决算情况说明\n2021年度本年支出合计3480.00万元，其中：" + parts + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("60.34", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("39.66", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("1800.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("single project", StringComparison.Ordinal)));
        Assert.False(Noted(read, "could not place"));
    }

    // ---- a fund's class under 一般公共预算 -------------------------------------------------------------------------------

    /// <summary>
    /// "城乡社区支出（政府性基金）400.00 万元，占 12.12%" under the 一般公共预算 heading is the 政府性基金's class: not one of the
    /// section's classes (their sum stays 2500 + 400 = 2900, the total), a note for the amount and one for its share.
    /// </summary>
    [Theory]
    [InlineData("城乡社区支出（政府性基金）400.00万元，占12.12%。")]
    [InlineData("城乡社区支出(政府性基金预算)400.00万元，占比12.12%。")]
    [InlineData("其中：城乡社区支出（国有资本经营）400.00万元，占12.12%。")]
    public void FundClassUnderGeneralBudget_IsANote(string line)
    {
        var (read, diagnostics) = Read(Title + "一、一般公共预算财政拨款支出决算情况说明\n2021年度一般公共预算财政拨款支出2900.00万元。其中：农林水支出"
            + "（类）2500.00万元，占86.21%；一般公共服务支出（类）400.00万元，占13.79%。" + line + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("一般公共服务支出", JsonAt(read, "/narrative/generalBudget/classes/1/name"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/2"));
        Assert.True(Noted(read, "marked as the government fund's"));
        Assert.True(Noted(read, "The share of that class of another fund"));
        Assert.False(Noted(read, "A share without a figure"));
    }

    // ---- 第N部分 inside one line -----------------------------------------------------------------------------------------

    private const string OneLine = "某县文化馆2023年度部门决算说明\n一、收入支出决算总体情况 2023年度收入总计320.00万元，支出总计320.00万元。"
        + "二、支出决算情况 本年支出合计300.00万元，其中基本支出200.00万元，项目支出100.00万元。{0}";

    /// <summary>
    /// "…万元。第三部分 其他重要事项的情况说明 （一）机关运行经费支出情况 2023年度机关运行经费支出 25.00 万元，比上年减少 2.00 万元" on
    /// one line: the part heading is cut like the other inline forms, so 机关运行经费 is read in its section (25.00 and its
    /// change, 2 / 27 = 7.41%) instead of "another kind" of the 支出 total.
    /// </summary>
    [Theory]
    [InlineData("第三部分 其他重要事项的情况说明 （一）机关运行经费支出情况 2023年度机关运行经费支出25.00万元，比上年减少2.00万元，下降7.41%，"
        + "主要原因是压减办公经费。")]
    [InlineData("第三部分 其他重要事项的情况说明。一、机关运行经费支出情况 2023年度机关运行经费支出25.00万元，比上年减少2.00万元，下降7.41%，"
        + "主要原因是压减办公经费。")]
    [InlineData("第三部分：其他重要事项 （一）机关运行经费支出情况 2023年度机关运行经费支出25.00万元，比上年减少2.00万元，下降7.41%，"
        + "主要原因是压减办公经费。")]
    public void PartHeadingInsideALine_OpensItsSections(string part)
    {
        var (read, diagnostics) = Read(OneLine.Replace("{0}", part, StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("25.00", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("2.00", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount"));
        Assert.False(Noted(read, "another kind"));
    }

    /// <summary>
    /// "第四部分 名词解释 1.财政拨款收入：…" after a sentence is cut too (the glossary is found), while "第三部分" inside a sentence
    /// ("详见第三部分名词解释") and at the text's start are never cut: the figures before stay as they were.
    /// </summary>
    [Theory]
    [InlineData("第四部分 名词解释 1.财政拨款收入：指本级财政当年拨付的资金。2.基本支出：指为保障机构正常运转发生的支出。")]
    [InlineData("有关用语详见第三部分名词解释。")]
    public void GlossaryPartInsideALine_IsCutOnlyAfterASentence(string part)
    {
        var (read, diagnostics) = Read(OneLine.Replace("{0}", part, StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("100.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.False(Noted(read, "could not place"));
    }

    // ---- vehicle kinds in the 三公 paragraph ---------------------------------------------------------------------------

    /// <summary>
    /// "公务用车保有量为 37 辆，其中执法执勤用车 35 辆，特种专业技术用车 2 辆": 37 is the 三公 fleet, its kinds a note each — never the
    /// asset register's categories, which the 国有资产 section states for its own fleet of 40 (36 + 4): no FA4201 between the two
    /// fleets, and FA4001 (37 ≤ 40) passes.
    /// </summary>
    [Theory]
    [InlineData("公务用车保有量为37辆，其中执法执勤用车35辆，特种专业技术用车2辆。")]
    [InlineData("年末公务用车保有量37辆，其中：执法执勤用车35辆、特种专业技术用车2辆。")]
    public void ThreePublicVehicleKinds_AreNotesNotTheRegistersCategories(string held)
    {
        var (read, diagnostics) = Read(Title + "一、“三公”经费财政拨款支出决算情况说明\n2021年度“三公”经费财政拨款支出20.00万元，其中公务用车购置及"
            + "运行维护费20.00万元。截至2021年12月31日，" + held + "\n二、国有资产占用情况\n截至2021年12月31日，本部门共有车辆40辆，其中执法执勤用车36辆，"
            + "特种专业技术用车4辆。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("37", JsonAt(read, "/narrative/threePublic/vehiclesHeld"));
        Assert.Equal("40", JsonAt(read, "/narrative/assets/vehicles/count"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("asset register's fleet", StringComparison.Ordinal)));
        Assert.DoesNotContain("FA4001", RuleIds(diagnostics, Severity.Warning));
    }
}
