using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (issue 8; blind rounds 39 and 40): the funds' parts. A change that names one fund's flow is that flow's
/// (<c>N.FundNamedChanges</c>), a carry-over's fund parts are placed only when they add up to it and in more wordings
/// (<c>N.FundCarryOverSums</c>), the 一般公共预算 item of a numbered list beside another fund's item is the part
/// (<c>N.FundIncomeListItems</c>), and the funds' shares written 分别占 with no base are placed only when the year's income is
/// all 财政拨款 (<c>N.FundListShares</c>). Invented texts of our own wording.
/// </summary>
public class FundPartsSessionFortyFourTests
{
    private const string Head = "某镇2024年度部门决算说明\n";

    private const string Appropriation = "四、财政拨款收入支出决算总体情况说明\n";

    private const string Overview = "一、收入支出决算总体情况说明\n";

    private const string Income = "二、收入决算情况说明\n";

    private const string FundChange = "/narrative/governmentFund/currentYearExpenditure/change";

    private const string GeneralShare = "/narrative/appropriation/generalBudgetIncome/share";

    private const string FundShare = "/narrative/governmentFund/currentYearIncome/share";

    // ---- A change that names one fund's flow (round 39 t02) ----

    /// <summary>
    /// A fund's paragraph states its flows, then "政府性基金预算财政拨款支出较上年增加…": the change, its rate and its reason are
    /// the fund's expenditure's, not the whole 财政拨款's.
    /// </summary>
    [Fact]
    public void ChangeNamingTheFundsExpenditure_IsThatExpenditures()
    {
        var (read, diagnostics) = Read(Head + Appropriation
            + "1、政府性基金预算。上年结转40.00万元，本年收入520.00万元，本年支出530.00万元，结转下年30.00万元。"
            + "政府性基金预算财政拨款支出较上年度增加106.00万元，增长25.00%，主要是新建集镇排水管网。\n"
            + "2、一般公共预算。本年收入880.00万元，本年支出870.00万元。\n");

        Assert.Equal("530.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("106.00", JsonAt(read, FundChange + "/amount"));
        Assert.Equal("25.00", JsonAt(read, FundChange + "/rate"));
        Assert.Equal("increase", JsonAt(read, FundChange + "/direction"));
        Assert.Contains("排水管网", JsonAt(read, FundChange + "/reason"), StringComparison.Ordinal);
        Assert.Null(JsonAt(read, "/narrative/appropriation/change"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>The same for the 国有资本经营 income stated before in the section, and for the 一般公共预算 total.</summary>
    [Theory]
    [InlineData("国有资本经营预算财政拨款收入600.00万元。国有资本经营预算财政拨款收入比上年减少60.00万元，下降9.09%。",
        "/narrative/stateCapital/currentYearIncome/change", "60.00", "9.09")]
    [InlineData("一般公共预算财政拨款支出900.00万元，政府性基金预算财政拨款支出100.00万元。2024年一般公共预算财政拨款支出同比增加"
        + "50.00万元，增长5.88%。", "/narrative/generalBudget/total/change", "50.00", "5.88")]
    public void ChangeNamingAFundsFlow_StatedBefore_IsThatFlows(string sentence, string change, string amount, string rate)
    {
        var (read, _) = Read(Head + Appropriation + sentence + "\n");

        Assert.Equal(amount, JsonAt(read, change + "/amount"));
        Assert.Equal(rate, JsonAt(read, change + "/rate"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change"));
    }

    /// <summary>
    /// Near miss: the fund's expenditure is not stated before its change — the change and its rate are notes, never the whole
    /// 财政拨款's change.
    /// </summary>
    [Fact]
    public void ChangeOfAFundsUnstatedFlow_IsANote()
    {
        var (read, _) = Read(Head + Appropriation + "2024年度财政拨款收入支出总计1400.00万元。"
            + "政府性基金预算财政拨款支出较上年增加106.00万元，增长25.00%，主要是新建集镇排水管网。\n");

        Assert.Null(JsonAt(read, "/narrative/appropriation/change"));
        Assert.Null(JsonAt(read, FundChange));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("whose amount was not stated before", StringComparison.Ordinal)));
    }

    /// <summary>The labels that name one fund's flow before their comparison, and near misses that name none.</summary>
    [Theory]
    [InlineData("政府性基金预算财政拨款支出较上年度增加", "/narrative/governmentFund/currentYearExpenditure")]
    [InlineData("2024年度国有资本经营预算收入比上年减少", "/narrative/stateCapital/currentYearIncome")]
    [InlineData("本年一般公共预算财政拨款收入同比增加", "/narrative/appropriation/generalBudgetIncome")]
    [InlineData("一般公共预算拨款支出较上年增加", "/narrative/generalBudget/total")]
    [InlineData("财政拨款支出较上年增加", null)]
    [InlineData("政府性基金预算财政拨款项目支出较上年增加", null)]
    [InlineData("政府性基金预算财政拨款城乡社区支出较上年增加", null)]
    [InlineData("较上年增加", null)]
    [InlineData("政府性基金预算财政拨款支出增加", null)]
    public void NamedFundFlow_OnlyAFundsNameAndItsFlow(string label, string? field)
        => Assert.Equal(field, NarrativeReader.NamedFundFlow(label));

    /// <summary>
    /// The 功能分类 items of a paragraph headed 政府性基金预算 are the fund's items; near misses: a 类 alone (the funds' lists
    /// hold 款 and 项 only) and the items of a paragraph headed 一般公共预算 stay in the 财政拨款 list.
    /// </summary>
    [Theory]
    [InlineData("1、政府性基金预算。本年支出530.00万元。按功能分类：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）"
        + "征地和拆迁补偿支出（项）530.00万元。", "/narrative/governmentFund/items/0/amount")]
    [InlineData("1、政府性基金预算。本年支出530.00万元。按功能分类：城乡社区支出（类）530.00万元。",
        "/narrative/appropriation/items/0/amount")]
    [InlineData("2、一般公共预算。本年支出530.00万元。按功能分类：农林水支出（类）农业农村（款）行政运行（项）530.00万元。",
        "/narrative/appropriation/items/0/amount")]
    public void ItemsOfAFundsParagraph_AreThatFundsItems(string paragraph, string pointer)
    {
        var (read, _) = Read(Head + Appropriation + paragraph + "\n");

        Assert.Equal("530.00", JsonAt(read, pointer));
    }

    // ---- A carry-over's fund parts (round 40 t04, t06, t08) ----

    /// <summary>
    /// Each wording of a carry-over split by fund that adds up: the 政府性基金 / 国有资本经营 part on the fund's carry-over, the
    /// 一般公共预算 part a note (no field of it in the model).
    /// </summary>
    [Theory]
    [InlineData("上年结转100.00万元（一般公共预算40.00万元，政府性基金60.00万元）。",
        "/narrative/governmentFund/openingCarryOver/amount", "60.00")]
    [InlineData("年初结转和结余100.00万元，其中一般公共预算40.00万元和政府性基金60.00万元。",
        "/narrative/governmentFund/openingCarryOver/amount", "60.00")]
    [InlineData("年初结转和结余100.00万元，包括一般公共预算40.00万元、国有资本经营预算60.00万元。",
        "/narrative/stateCapital/openingCarryOver/amount", "60.00")]
    [InlineData("年末结转和结余70.00万元，其中：一般公共预算结转和结余20.00万元，政府性基金结转和结余50.00万元。",
        "/narrative/governmentFund/closingCarryOver/amount", "50.00")]
    [InlineData("年末结转和结余70.00万元，其中政府性基金预算财政拨款50.00万元。",
        "/narrative/governmentFund/closingCarryOver/amount", "50.00")]
    public void CarryOverSplitByFund_ThatAddsUp_IsPlaced(string sentence, string pointer, string value)
    {
        var (read, diagnostics) = Read(Head + Overview + "2024年度收入总计1000.00万元，其中本年收入900.00万元。" + sentence + "\n");

        Assert.Equal(value, JsonAt(read, pointer));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("do not add up", StringComparison.Ordinal));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: parts that do not add up to the carry-over are no split — every part is a note.</summary>
    [Theory]
    [InlineData("上年结转100.00万元（一般公共预算40.00万元，政府性基金50.00万元）。", 2)]
    [InlineData("年末结转和结余70.00万元，其中一般公共预算20.00万元、政府性基金45.00万元、国有资本经营预算4.00万元。", 3)]
    public void CarryOverSplitThatDoesNotAdd_StaysNotes(string sentence, int parts)
    {
        var (read, _) = Read(Head + Overview + "2024年度收入总计1000.00万元，其中本年收入900.00万元。" + sentence + "\n");

        Assert.Null(JsonAt(read, "/narrative/governmentFund"));
        Assert.Null(JsonAt(read, "/narrative/stateCapital"));
        Assert.Equal(parts, read.Notes.Count(n => n.MessageEn.Contains("do not add up", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Property: a carry-over split into a 一般公共预算 and a 政府性基金 part places the fund's part exactly when the parts add
    /// up to the carry-over, and a split never raises an Error.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool CarryOverSplit_PlacedExactlyWhenItAddsUp(PositiveInt a, PositiveInt b, bool adds)
    {
        var general = (a.Get % 100000) / 100m;
        var fund = (b.Get % 100000) / 100m;
        var total = general + fund + (adds ? 0m : 0.01m);
        var (read, diagnostics) = Read(Head + Overview + $"2024年度收入总计{900m + total:0.00}万元，其中本年收入900.00万元。"
            + $"上年结转{total:0.00}万元（一般公共预算{general:0.00}万元，政府性基金{fund:0.00}万元）。\n");
        var placed = JsonAt(read, "/narrative/governmentFund/openingCarryOver/amount");
        return (adds ? placed == $"{fund:0.00}" : placed is null) && RuleIds(diagnostics, Severity.Error).Length == 0;
    }

    // ---- The 一般公共预算 item of a numbered list (round 40 t06) ----

    /// <summary>
    /// "1.一般公共预算财政拨款收入 A 万元。" on its own line, with "2.政府性基金预算财政拨款收入 B 万元。" on the next: A is the
    /// part's income, never the whole 财政拨款收入.
    /// </summary>
    [Fact]
    public void GeneralBudgetListItem_BesideAnotherFundsItem_IsThePart()
    {
        var (read, _) = Read(Head + Overview + "（一）收入总计1100.00万元。包括：\n1.一般公共预算财政拨款收入800.00万元。\n"
            + "2.政府性基金预算财政拨款收入200.00万元。\n3.上年结转和结余100.00万元。\n");

        Assert.Equal("800.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation"));
    }

    /// <summary>The same list written on one line after 包括： — the list mark no longer hides the part's name.</summary>
    [Fact]
    public void GeneralBudgetListItem_AfterIncludesOnOneLine_IsThePart()
    {
        var (read, _) = Read(Head + Overview + "（一）收入总计1100.00万元。包括：1.一般公共预算财政拨款收入800.00万元。"
            + "2.政府性基金预算财政拨款收入200.00万元。3.上年结转和结余100.00万元。\n");

        Assert.Equal("800.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation"));
    }

    /// <summary>Near miss: the next item is no fund's income (事业收入) — the 一般公共预算 item is read as before.</summary>
    [Fact]
    public void GeneralBudgetListItem_BesideNoOtherFund_IsAsBefore()
    {
        var (read, _) = Read(Head + Overview + "（一）收入总计1100.00万元。包括：\n1.一般公共预算财政拨款收入800.00万元。\n"
            + "2.事业收入200.00万元。\n3.上年结转和结余100.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
    }

    // ---- The funds' shares written 分别占 with no base (round 40 t06, t08) ----

    /// <summary>
    /// "本年收入 T 万元，全部为财政拨款收入。其中一般公共预算…A、政府性基金…B，分别占 a% 和 b%": the two bases are one figure, so
    /// the shares are the parts' — also when the parts were stated before (a restatement) in the overview.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("一、收入支出决算总体情况说明\n（一）收入总计1000.00万元。包括：\n1.一般公共预算财政拨款收入750.00万元。\n"
        + "2.政府性基金预算财政拨款收入250.00万元。\n")]
    public void SharesWithNoBase_OfAllAppropriationIncome_ArePlaced(string before)
    {
        var (read, diagnostics) = Read(Head + before + Income + "本年收入1000.00万元，全部为财政拨款收入。其中一般公共预算财政拨款收入"
            + "750.00万元、政府性基金预算财政拨款收入250.00万元，分别占75.00%和25.00%。\n");

        Assert.Equal("1000.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("75.00", JsonAt(read, GeneralShare));
        Assert.Equal("25.00", JsonAt(read, FundShare));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A list led by a whole written without its figure: 财政拨款收入中 is the shares' base (placed), 收入总计中 another whole (notes).
    /// </summary>
    [Theory]
    [InlineData("财政拨款收入中，", "75.00")]
    [InlineData("收入总计中，", null)]
    public void SharesAfterAWholeWithoutItsFigure_FollowThatWhole(string lead, string? share)
    {
        var (read, diagnostics) = Read(Head + Income + "本年收入1000.00万元，其中事业收入100.00万元。" + lead + "一般公共预算财政拨款收入"
            + "675.00万元、政府性基金预算财政拨款收入225.00万元，分别占75.00%和25.00%。\n");

        Assert.Equal(share, JsonAt(read, GeneralShare));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: two possible bases of another value (本年收入 1000 beside 财政拨款收入 800), a list whose count of shares
    /// differs, and a share of 本年收入 when part of it is 其他收入 — no share on the parts (notes), and no Error.
    /// </summary>
    [Theory]
    [InlineData("本年收入1000.00万元，其中财政拨款收入800.00万元。其中一般公共预算财政拨款收入600.00万元、政府性基金预算财政拨款收入"
        + "200.00万元，分别占60.00%和20.00%。")]
    [InlineData("本年收入800.00万元，全部为财政拨款收入。其中一般公共预算财政拨款收入600.00万元、政府性基金预算财政拨款收入"
        + "200.00万元，分别占75.00%、25.00%和0.00%。")]
    [InlineData("本年收入1000.00万元，其中：一般公共预算财政拨款收入600.00万元，政府性基金预算财政拨款收入200.00万元，其他收入"
        + "200.00万元，分别占本年收入的60.00%、20.00%、20.00%。")]
    public void SharesWhoseBaseIsNotCertain_AreNotes(string sentence)
    {
        var (read, diagnostics) = Read(Head + Income + sentence + "\n");

        Assert.Null(JsonAt(read, GeneralShare));
        Assert.Null(JsonAt(read, FundShare));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Property: shares with no base after "本年收入 T，其中财政拨款收入 F" are placed exactly when F = T (the one base), and never
    /// raise an Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool SharesWithNoBase_PlacedExactlyWhenTheBasesAgree(PositiveInt a, PositiveInt b, bool allAppropriation)
    {
        var general = 1m + (a.Get % 100000) / 100m;
        var fund = 1m + (b.Get % 100000) / 100m;
        var appropriation = general + fund;
        var total = appropriation + (allAppropriation ? 0m : 10m);
        var generalShare = Math.Round(general / appropriation * 100m, 2);
        var (read, diagnostics) = Read(Head + Income + $"本年收入{total:0.00}万元，其中财政拨款收入{appropriation:0.00}万元。"
            + $"其中一般公共预算财政拨款收入{general:0.00}万元、政府性基金预算财政拨款收入{fund:0.00}万元，"
            + $"分别占{generalShare:0.00}%和{100m - generalShare:0.00}%。\n");
        var placed = JsonAt(read, GeneralShare);
        return (allAppropriation ? placed == $"{generalShare:0.00}" : placed is null)
            && RuleIds(diagnostics, Severity.Error).Length == 0;
    }
}
