using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 33's families (issue 8, session 35), on invented texts of our own wording and numbers: a project's budget
/// after the last 三公 item (F1, false FA1107 / FA2201), "收入总计中本年收入" read as the total restated (F2, false FA8003), a
/// reason naming the budget comparison after a sentence with both comparisons (W1), and a statement's final amount stated
/// before its budget (M1, a planted wrong completion rate went unchecked).
/// </summary>
public class BlindRoundThirtyThreeFixTests
{
    // ---- F1: a project's budget in a later paragraph --------------------------------------------------------------

    private const string ProjectAfterThreePublic = "某市档案馆2023年度部门决算说明\n\n"
        + "2023年度“三公”经费支出决算3.20万元，比上年减少0.40万元，下降11.11%，主要是压减公务用车使用。"
        + "公务用车购置及运行维护费2.00万元，比上年减少0.40万元，主要是车辆老化报废。公务接待费1.20万元，与上年持平。\n\n"
        + "本馆对3个项目开展了绩效自评。其中，{0}20.00万元，执行18.00万元，预算执行率90.00%，完成了年度目标。\n";

    /// <summary>
    /// The project's budget, execution and rate are the project's: 公务接待费 keeps no budget (before, 20.00 became its budget
    /// and FA2201 computed 1.20 / 20.00 = 6.00% against 90.00%), the budget is a located note, and no Error is reported.
    /// </summary>
    [Theory]
    [InlineData("档案数字化项目全年预算")]
    [InlineData("馆藏档案修复工程年初预算为")]
    [InlineData("数字档案馆建设项目全年预算数")]
    [InlineData("档案数字化项目预算")]
    public void ProjectBudget_InALaterParagraph_NeverCompletesTheLastThreePublicItem(string projectBudget)
    {
        var (read, diagnostics) = Read(Fill(ProjectAfterThreePublic, projectBudget));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1.20", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/budget"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/budget"));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.ProjectLineFigure.Zh);
    }

    /// <summary>The project a budget label names: 项目 or 工程 after two characters at least, never 项目支出 or a bare 项目.</summary>
    [Theory]
    [InlineData("妇女儿童维权服务项目全年预算", "妇女儿童维权服务项目")]
    [InlineData("道路提升工程年初预算为", "道路提升工程")]
    [InlineData("项目支出年初预算", null)]
    [InlineData("项目预算", null)]
    [InlineData("公务接待费预算", null)]
    [InlineData("财政拨款支出年初预算为", null)]
    public void ProjectNameOfBudget_NamesOnlyAProject(string label, string? expected)
        => Assert.Equal(expected, NarrativeReader.ProjectNameOfBudget(label));

    // ---- F2: "收入总计中本年收入" ---------------------------------------------------------------------------------

    private const string GrandTotalsWithParts = "某区政协办公室2021年度部门决算说明 一、收入支出决算总体情况说明 "
        + "2021年度收入总计600.00万元，支出总计600.00万元。收入总计{0}本年收入560.00万元，均为财政拨款收入，年初结转和结余{1}万元；"
        + "支出总计{0}本年支出540.00万元，年末结转和结余60.00万元。";

    /// <summary>
    /// "收入总计中本年收入 560.00 万元" is 本年收入合计, a part of 收入总计 (600.00 = 560.00 + 40.00), and "支出总计中本年支出 540.00
    /// 万元" 本年支出合计 (600.00 = 540.00 + 60.00): never the grand totals restated (before, two false FA8003 "此处为 560.00，
    /// 前文为 600.00", and 560.00 was lost).
    /// </summary>
    [Theory]
    [InlineData("中")]
    [InlineData("中的")]
    public void GrandTotalThenZhong_StatesItsPart(string word)
    {
        var (read, diagnostics) = Read(Fill(GrandTotalsWithParts, word, "40.00"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("600.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Equal("560.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("540.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// The parts are checked now: 560.00 + 50.00 = 610.00 above 600.00 is FA1201 (an Error: an unstated 使用非财政拨款结余
    /// can only add to the parts, spec §4.8a; 30.00, short of the total by 10.00, is no longer one), and no FA8003.
    /// </summary>
    [Fact]
    public void GrandTotalThenZhong_PartsThatDoNotAddUp_AreReported()
    {
        var (_, diagnostics) = Read(Fill(GrandTotalsWithParts, "中", "50.00"));

        Assert.Contains("FA1201", RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA8003", RuleIds(diagnostics, Severity.Error));
    }

    // ---- W1: a reason naming the budget comparison after both comparisons -------------------------------------------

    /// <summary>
    /// "…完成年初预算 5.00 万元的 80.00%，比上年减少 0.50 万元，下降 11.11%。决算数小于预算数的主要原因是…": the reason names the
    /// budget comparison and is its reason (no FA2206); it names no year-on-year change, so the total's change keeps its
    /// FA2106 Warning (a named reason covers only the comparison it names).
    /// </summary>
    [Theory]
    [InlineData("决算数小于预算数的主要原因是：厉行节约，压减会议和接待支出。")]
    [InlineData("决算数小于预算数，主要是厉行节约，压减会议和接待支出。")]
    public void ReasonNamingTheBudget_ExplainsTheBudgetOnly(string reason)
    {
        var (read, diagnostics) = Read("某县统计局2022年度部门决算说明\n\n一般公共预算财政拨款“三公”经费支出情况说明\n"
            + "2022年度“三公”经费支出决算4.00万元，完成年初预算5.00万元的80.00%，比上年减少0.50万元，下降11.11%。" + reason + "\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("厉行节约，压减会议和接待支出。", JsonAt(read, "/narrative/threePublic/total/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.DoesNotContain("FA2206", RuleIds(diagnostics, Severity.Warning));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2106" && d.Severity == Severity.Warning
            && d.Pointers.Contains("/narrative/threePublic/total/change"));
    }

    // ---- M1: the final amount before its budget ---------------------------------------------------------------------

    private const string AmountBudgetRate = "某县水务局2023年度部门决算说明\n\n2.财政拨款支出决算情况\n"
        + "本部门2023年度财政拨款支出820.00万元，年初预算800.00万元，完成年初预算的{0}%。\n"
        + "（1）一般公共预算财政拨款支出500.00万元，年初预算480.00万元，完成年初预算的{1}%。\n"
        + "（2）政府性基金预算财政拨款支出320.00万元，年初预算320.00万元，完成年初预算的100.00%。\n";

    /// <summary>
    /// The amount stated first is the budget's final: 820.00 / 800.00 = 102.50%, 500.00 / 480.00 = 104.17%, 320.00 / 320.00
    /// = 100.00% — each fund line's budget and rate are its own (before they were notes).
    /// </summary>
    [Fact]
    public void AmountThenBudget_TheAmountIsTheFinal()
    {
        var (read, diagnostics) = Read(Fill(AmountBudgetRate, "102.50", "104.17"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("820.00", JsonAt(read, "/narrative/appropriation/budget/finalAmount"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("102.50", JsonAt(read, "/narrative/appropriation/budget/completionRate"));
        Assert.Equal("480.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/generalBudget/total/budget/finalAmount"));
        Assert.Equal("104.17", JsonAt(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("320.00", JsonAt(read, "/narrative/governmentFund/budget/budgetAmount"));
        Assert.Equal("320.00", JsonAt(read, "/narrative/governmentFund/budget/finalAmount"));
        Assert.Equal("100.00", JsonAt(read, "/narrative/governmentFund/budget/completionRate"));
    }

    /// <summary>
    /// A wrong rate is reported where it stands: 820.00 / 800.00 is 102.50%, not 112.50%; 500.00 / 480.00 is 104.17%, not
    /// 114.17% — FA2201 on each.
    /// </summary>
    [Fact]
    public void AmountThenBudget_AWrongRate_IsFA2201()
    {
        var (_, diagnostics) = Read(Fill(AmountBudgetRate, "112.50", "114.17"));

        Assert.Contains(diagnostics, d => d.RuleId == "FA2201" && d.Severity == Severity.Error
            && d.Pointers.Contains("/narrative/appropriation/budget/completionRate"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2201" && d.Severity == Severity.Error
            && d.Pointers.Contains("/narrative/generalBudget/total/budget/completionRate"));
    }

    /// <summary>Income is left as it was: "财政拨款收入 X 万元，年初预算 Y 万元" gives the budget no final amount.</summary>
    [Fact]
    public void IncomeThenBudget_GivesNoFinal()
    {
        var (read, _) = Read("某县水务局2023年度部门决算说明\n\n2.财政拨款支出决算情况\n"
            + "本部门2023年度财政拨款收入820.00万元，年初预算800.00万元，完成年初预算的102.50%。\n");

        Assert.Null(JsonAt(read, "/narrative/appropriation/budget/finalAmount"));
    }

    // ---- M4: 财政拨款支出 restated under a 一般公共预算 heading ---------------------------------------------------------

    private const string RestatedUnderGeneralBudget = "某县林业局2019年度部门决算说明\n一、财政拨款收入支出决算总体情况说明\n"
        + "2019年度财政拨款收入总计900.0万元，其中：本年财政拨款收入850.0万元，上年结转50.0万元。"
        + "财政拨款支出总计900.0万元，其中：本年财政拨款支出820.0万元，年末结转和结余80.0万元。\n"
        + "二、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n"
        + "{0}财政拨款支出{1}万元，比上年减少40.0万元，下降4.7%。主要是退耕还林补助到期。\n";

    /// <summary>
    /// "2019年度财政拨款支出 820.0 万元" under the 一般公共预算 heading is the 财政拨款 expenditure read before (820.0): its change
    /// (40.0, 40.0 / 860.0 = 4.65% → 4.7%) and reason are that figure's (before, the amount was a note and the change lost).
    /// </summary>
    [Theory]
    [InlineData("2019年度")]
    [InlineData("本年")]
    [InlineData("")]
    public void AppropriationRestated_UnderGeneralBudgetHeading_KeepsItsChange(string year)
    {
        var (read, diagnostics) = Read(Fill(RestatedUnderGeneralBudget, year, "820.0"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("decrease", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/direction"));
        Assert.Equal("40.0", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/amount"));
        Assert.Equal("4.7", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total"));
    }

    /// <summary>Another amount (790.0, not the 820.0 read) is not the figure restated: it stays a note, its change unplaced.</summary>
    [Fact]
    public void AnotherAmount_UnderGeneralBudgetHeading_StaysANote()
    {
        var (read, diagnostics) = Read(Fill(RestatedUnderGeneralBudget, "2019年度", "790.0"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change"));
        Assert.Equal("820.0", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
    }

    private static string Fill(string format, params object[] values)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
