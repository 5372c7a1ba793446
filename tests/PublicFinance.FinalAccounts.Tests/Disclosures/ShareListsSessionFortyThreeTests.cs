using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (shares43, issue 8, blind round 40): shares stated respectively after a list of amounts — "占…的比重分别为 a%、b%",
/// "占比分别为", "所占比重分别为", "分别占 a%、b%和c%" with no base (the section's whole), the Traditional "分別佔", and a listed
/// amount's bracketed parts that are no listed amounts — each share on its listed figure in order, only when as many shares as
/// amounts are written and the base is the one the share rule checks; otherwise every share a note. And a 三公 budget broken
/// down by item before the actuals: the 其中 items after the 年初预算 are the items' budgets, the 全年实际支出 after them the
/// total's amount. All texts are invented.
/// </summary>
public class ShareListsSessionFortyThreeTests
{
    private const string Head = "某县档案馆2024年度部门决算说明\n";

    private const string GeneralBudgetHead = Head + "四、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n"
        + "2024年度一般公共预算财政拨款支出500.00万元，比上年增加20.00万元，增长4.17%。主要原因是人员增加。\n（二）结构情况\n";

    private const string ThreeClasses = "一般公共服务支出300.00万元、教育支出150.00万元、住房保障支出50.00万元，";

    private const string Classes = "/narrative/generalBudget/classes/";

    private const string ThreePublicHead = Head + "七、财政拨款“三公”经费支出决算情况说明\n";

    private const string ThreePublic = "/narrative/threePublic/";

    private static readonly string[] ClassNames =
        ["一般公共服务支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "农林水支出", "住房保障支出"];

    private static readonly string[] RespectiveWordings =
        ["占一般公共预算财政拨款支出的比重分别为", "分别占", "分别占一般公共预算财政拨款支出的", "占比分别为", "所占比重分别为"];

    /// <summary>Each wording of shares stated respectively puts each share on its listed class, in order.</summary>
    [Theory]
    [InlineData("占一般公共预算财政拨款支出的比重分别为60.00%、30.00%、10.00%。")]
    [InlineData("分别占60.00%、30.00%和10.00%。")]
    [InlineData("占比分别为60.00%、30.00%、10.00%。")]
    [InlineData("所占比重分别为60.00%、30.00%和10.00%。")]
    [InlineData("分别占一般公共预算财政拨款支出的比重为60.00%、30.00%、10.00%。")]
    public void SharesStatedRespectively_GoEachOnItsClass(string shares)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + ThreeClasses + shares + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("60.00", JsonAt(read, Classes + "0/share"));
        Assert.Equal("30.00", JsonAt(read, Classes + "1/share"));
        Assert.Equal("10.00", JsonAt(read, Classes + "2/share"));
        Assert.False(Noted(read, "respectively"));
    }

    /// <summary>The last class joined by 和 / 及 ("…、教育支出 150.00 万元和住房保障支出 50.00 万元") is a listed class too.</summary>
    [Theory]
    [InlineData("和")]
    [InlineData("及")]
    [InlineData("以及")]
    public void LastClassAfterAConjunction_IsListed(string conjunction)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + $"一般公共服务支出300.00万元、教育支出150.00万元{conjunction}住房保障支出50.00万元，"
            + "分别占60.00%、30.00%和10.00%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("住房保障支出", JsonAt(read, Classes + "2/name"));
        Assert.Equal("50.00", JsonAt(read, Classes + "2/amount"));
        Assert.Equal("10.00", JsonAt(read, Classes + "2/share"));
    }

    /// <summary>The named base is kept as the share's basis ("…的比重分别为" without its share words).</summary>
    [Fact]
    public void NamedBase_IsTheSharesBasis()
    {
        var (read, _) = Read(GeneralBudgetHead + ThreeClasses + "占一般公共预算财政拨款支出的比重分别为60.00%、30.00%、10.00%。\n");

        Assert.Equal("一般公共预算财政拨款支出", JsonAt(read, Classes + "2/shareBasis"));
    }

    /// <summary>The twin: one share written wrong (35.00% for 150.00 / 500.00) is an FA2004 Error on that class alone.</summary>
    [Fact]
    public void OneWrongShare_IsAnErrorOnItsOwnClass()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead + ThreeClasses + "占一般公共预算财政拨款支出的比重分别为60.00%、35.00%、10.00%。\n");

        Assert.Equal(["FA2004 " + Classes + "1/share"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses, each share a note and no class holding one: three classes but two shares; shares of another base (本年支出,
    /// not the 一般公共预算 total the rule checks); no base named and the section's whole not stated.
    /// </summary>
    [Theory]
    [InlineData(GeneralBudgetHead + ThreeClasses + "分别占60.00%、40.00%。\n")]
    [InlineData(GeneralBudgetHead + ThreeClasses + "占本年支出的比重分别为30.00%、15.00%、5.00%。\n")]
    [InlineData(Head + "四、一般公共预算财政拨款支出决算情况说明\n" + ThreeClasses + "分别占60.00%、30.00%、10.00%。\n")]
    public void SharesThatDoNotPair_AreNotes(string text)
    {
        var (read, diagnostics) = Read(text);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        for (var k = 0; k < 3; k++)
        {
            Assert.Null(JsonAt(read, Classes + k + "/share"));
        }

        Assert.True(Noted(read, "respectively"));
    }

    /// <summary>
    /// The Traditional 分別佔 after an income list whose first amount has its fund parts in brackets: the bracketed parts are
    /// no listed amounts, so two amounts pair with two shares of 本年收入.
    /// </summary>
    [Fact]
    public void TraditionalRespectiveShares_SkipBracketedParts()
    {
        var (read, diagnostics) = Read(Head + "二、收入決算情況說明\n本年收入1000.00萬元，其中：財政撥款收入800.00萬元（一般公共預算撥款700.00萬元、"
            + "政府性基金預算撥款100.00萬元），其他收入200.00萬元，分別佔本年收入的80.00%和20.00%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("80.00", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/income/otherIncome/share"));
    }

    /// <summary>"占比分别为" after an expenditure list headed by its whole: the shares of 基本支出 and 项目支出.</summary>
    [Fact]
    public void ShareWordBeforeRespectively_AfterAHeadedList()
    {
        var (read, diagnostics) = Read(Head + "三、支出决算情况说明\n本年支出900.00万元，其中：基本支出600.00万元，项目支出300.00万元，"
            + "占比分别为66.67%、33.33%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("66.67", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("33.33", JsonAt(read, "/narrative/expenditure/project/share"));
    }

    /// <summary>
    /// A fund part's share of 本年收入 stated respectively goes where a single one would: held, and a note when the year's
    /// income is not all 财政拨款 (FA2007's base is the 财政拨款 income); the other income's share is placed.
    /// </summary>
    [Fact]
    public void FundPartSharesOfTheYearsIncome_AreNotesWhenIncomeIsNotAllAppropriation()
    {
        var (read, diagnostics) = Read(Head + "二、收入决算情况说明\n本年收入1000.00万元，其中：一般公共预算财政拨款收入700.00万元，"
            + "政府性基金预算财政拨款收入200.00万元，其他收入100.00万元，分别占本年收入的70.00%、20.00%、10.00%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal("10.00", JsonAt(read, "/narrative/income/otherIncome/share"));
    }

    /// <summary>n classes with n shares written right, in any wording: each share on its class, in order, and no Error.</summary>
    [Property(MaxTest = 25)]
    public bool NSharesOnNClasses_EachOnItsOwnInOrder(PositiveInt seed, NonEmptyArray<PositiveInt> values)
    {
        var n = Math.Clamp(values.Get.Length, 2, 5);
        var amounts = new decimal[n];
        for (var k = 0; k < n; k++)
        {
            amounts[k] = values.Get[k % values.Get.Length].Get % 5_000 + 10m + k;
        }

        var total = amounts.Sum();
        var list = string.Join("、", Enumerable.Range(0, n).Select(k => $"{ClassNames[k]}{amounts[k]:0.00}万元"));
        var shares = amounts.Select(a => Math.Round(a / total * 100m, 2, MidpointRounding.AwayFromZero)).ToArray();
        var wording = RespectiveWordings[seed.Get % RespectiveWordings.Length];
        var text = Head + "四、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n"
            + $"2024年度一般公共预算财政拨款支出{total:0.00}万元。\n（二）结构情况\n"
            + list + "，" + wording + string.Join("、", shares.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture) + "%")) + "。\n";
        var (read, diagnostics) = Read(text);
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && Enumerable.Range(0, n)
                .All(k => JsonAt(read, Classes + k + "/share") == shares[k].ToString("0.00", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A 三公 budget broken down by item before the actuals: the items are the items' budgets (never their amounts), and the
    /// 全年实际支出 after the list is the total's amount with its change.
    /// </summary>
    [Fact]
    public void ThreePublicBudgetBreakdown_ItemsAreBudgets_ActualIsTheTotal()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "2024年度“三公”经费年初预算20.00万元，其中因公出国（境）费10.00万元、"
            + "公务用车购置及运行维护费6.00万元、公务接待费4.00万元。全年实际支出5.20万元，比上年增加0.80万元，增长18.18%。主要原因是公务接待增加。\n"
            + "因公出国（境）费0万元。公务用车购置及运行维护费4.10万元，其中公务用车购置费0万元、公务用车运行维护费4.10万元。公务接待费1.10万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("5.20", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("0.80", JsonAt(read, ThreePublic + "total/change/amount"));
        Assert.Equal("18.18", JsonAt(read, ThreePublic + "total/change/rate"));
        Assert.Equal("20.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("10.00", JsonAt(read, ThreePublic + "overseasTravel/budget/budgetAmount"));
        Assert.Equal("0", JsonAt(read, ThreePublic + "overseasTravel/amount"));
        Assert.Equal("6.00", JsonAt(read, ThreePublic + "vehiclesSubtotal/budget/budgetAmount"));
        Assert.Equal("4.10", JsonAt(read, ThreePublic + "vehiclesSubtotal/amount"));
        Assert.Equal("4.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Equal("1.10", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("initial", JsonAt(read, ThreePublic + "reception/budget/kind"));
    }

    /// <summary>A 全年预算 breakdown gives the items budgets of that kind; "支出决算" after it is the total's amount.</summary>
    [Fact]
    public void FullYearBudgetBreakdown_KeepsItsKind()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "2024年度“三公”经费全年预算20.00万元，其中因公出国（境）费10.00万元、"
            + "公务用车购置及运行维护费6.00万元、公务接待费4.00万元。支出决算5.20万元。\n因公出国（境）费0万元。公务用车购置及运行维护费"
            + "4.10万元。公务接待费1.10万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("5.20", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("fullYear", JsonAt(read, ThreePublic + "overseasTravel/budget/kind"));
        Assert.Equal("10.00", JsonAt(read, ThreePublic + "overseasTravel/budget/budgetAmount"));
    }

    /// <summary>
    /// Planted twins: actual items that do not add up to the actual total (3.00 + 4.00 + 2.00 ≠ 10.00) are still an FA1207
    /// Error — with no budget, and with the list after the final amount that follows a budget.
    /// </summary>
    [Theory]
    [InlineData("2024年度“三公”经费支出10.00万元，其中")]
    [InlineData("2024年度“三公”经费年初预算20.00万元，支出决算10.00万元，其中")]
    public void ActualItemsThatDoNotAdd_StillAnError(string lead)
    {
        var (read, diagnostics) = Read(ThreePublicHead + lead + "因公出国（境）费3.00万元、公务用车购置及运行维护费4.00万元、公务接待费2.00万元。\n");

        Assert.Contains("FA1207 " + ThreePublic + "total/amount", Of(diagnostics, Severity.Error));
        Assert.Equal("3.00", JsonAt(read, ThreePublic + "overseasTravel/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "overseasTravel/budget/budgetAmount"));
    }

    /// <summary>Near miss: an amount after the breakdown that is no actual spending (一般公共预算 …) is not the 三公 total.</summary>
    [Fact]
    public void OtherFigureAfterBreakdown_IsNotTheTotal()
    {
        var (read, _) = Read(ThreePublicHead + "2024年度“三公”经费年初预算20.00万元，其中因公出国（境）费10.00万元、"
            + "公务用车购置及运行维护费6.00万元、公务接待费4.00万元。公务接待费1.10万元。\n");

        Assert.Null(JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("1.10", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("4.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
    }
}
