using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 35 (issue 8), on invented texts of our own wording and numbers: a share with its base written inline
/// ("占本年支出合计 X 万元的 Y%"), the parts of the 支出 section's all-funds 基本支出, a reason written after a ';' of a list
/// of changes, and a change in percentage points whose unit word is cut.
/// </summary>
public class InlineSharesPartsAndReasonsTests
{
    private const string Title = "某县文化中心2020年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况\n2020年度本年收入合计1300.00万元，本年支出合计1300.00万元。\n";

    // ---- a share with its base inline -------------------------------------------------------------------------------

    /// <summary>
    /// "财政拨款支出 1234.56 万元，占本年支出合计 1300.00 万元的 94.97%" (1234.56 / 1300.00 = 94.966 → 94.97): the share is the
    /// 财政拨款 expenditure's with the basis written, and the base is the year's expenditure (placed when no overview stated it,
    /// the same figure when one did). Before, the base was "another kind" and the percentage "could not be placed".
    /// </summary>
    [Theory]
    [InlineData("", "占本年支出合计1300.00万元的94.97%", "本年支出合计")]
    [InlineData("", "占本年支出合计1300.00万元的比重为94.97%", "本年支出合计")]
    [InlineData("", "占支出合计1300.00万元的比例是94.97%", "支出合计")]
    [InlineData(Overview, "占本年支出合计1300.00万元的94.97%", "本年支出合计")]
    [InlineData(Overview, "占全年支出总额1300.00万元的94.97%", "全年支出总额")]
    public void ShareWithItsBaseInline_IsReadWithThatBase(string overview, string share, string basis)
    {
        var (read, diagnostics) = Read(Title + overview + "二、财政拨款支出决算情况说明\n2020年度财政拨款支出1234.56万元，" + share + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("94.97", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/share"));
        Assert.Equal(basis, JsonAt(read, "/narrative/appropriation/currentYearExpenditure/shareBasis"));
        Assert.Equal("1300.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.False(Noted(read, "share written inline"));
        Assert.False(Noted(read, "could not place"));
    }

    private const string Parts = Title + "三、支出决算情况说明\n2020年度本年支出合计1300.00万元，其中：基本支出1040.00万元，占本年支出合计"
        + "1300.00万元的{0}%；项目支出260.00万元，占本年支出合计1300.00万元的比重为20.00%。\n";

    /// <summary>
    /// The parts of the 支出 section with the year's expenditure as their inline base are the shares FA2002 checks: 1040.00 /
    /// 1300.00 = 80.00% and 260.00 / 1300.00 = 20.00% pass; a wrong 82.00% is one FA2002 Error on the 基本支出's share.
    /// </summary>
    [Theory]
    [InlineData("80.00", false)]
    [InlineData("82.00", true)]
    public void PartsSharesWithTheYearsExpenditureInline_AreChecked(string basicShare, bool wrong)
    {
        var (read, diagnostics) = Read(Parts.Replace("{0}", basicShare, StringComparison.Ordinal));
        Assert.Equal(basicShare, JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal("本年支出合计", JsonAt(read, "/narrative/expenditure/project/shareBasis"));
        var errors = RuleIds(diagnostics, Severity.Error);
        Assert.Equal(wrong ? ["FA2002"] : [], errors);
        Assert.Equal(wrong ? 1 : 0,
            diagnostics.Count(d => d.Severity == Severity.Error && d.Pointers.Contains("/narrative/expenditure/basic/share")));
    }

    /// <summary>
    /// A share of another base than the one its rule divides by is a note, never the rule's share: the 支出 section's 基本支出
    /// "占财政拨款支出 1100.00 万元的 94.55%" (FA2002 divides by 本年支出合计: 1040 / 1300 = 80%, a false Error) and the
    /// 一般公共预算 total "占财政拨款支出 1000.00 万元的比重为 90.00%" (FA2003 divides by 本年支出合计 too). The base, this year's
    /// 财政拨款支出, is placed.
    /// </summary>
    [Theory]
    [InlineData("三、支出决算情况说明\n2020年度本年支出合计1300.00万元，其中：基本支出1040.00万元，占财政拨款支出1100.00万元的94.55%。\n",
        "/narrative/expenditure/basic", "1100.00")]
    [InlineData("四、一般公共预算财政拨款支出决算情况说明\n2020年度一般公共预算财政拨款支出900.00万元，占财政拨款支出1000.00万元的比重为90.00%。\n",
        "/narrative/generalBudget/total", "1000.00")]
    public void ShareOfAnotherBaseInline_IsANote(string body, string owner, string appropriation)
    {
        var (read, diagnostics) = Read(Title + body);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, owner + "/share"));
        Assert.Equal(appropriation, JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.True(Noted(read, "A share of another base"));
    }

    /// <summary>
    /// A base that names no model figure ("占全县文化事业经费 5000.00 万元的…"), or the year's expenditure with another value than
    /// the one stated (1350.00 beside 1300.00), is a located note; the 财政拨款 share (no rule divides it) keeps its basis as
    /// written (1234.56 / 5000.00 = 24.69%).
    /// </summary>
    [Theory]
    [InlineData("", "占全县文化事业经费5000.00万元的24.69%", "全县文化事业经费", null)]
    [InlineData(Overview, "占本年支出合计1350.00万元的91.45%", "本年支出合计", "1300.00")]
    public void ShareWithAnUnknownBaseInline_NotesTheBase(string overview, string share, string basis, string? expenditure)
    {
        var (read, diagnostics) = Read(Title + overview + "二、财政拨款支出决算情况说明\n2020年度财政拨款支出1234.56万元，" + share + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(basis, JsonAt(read, "/narrative/appropriation/currentYearExpenditure/shareBasis"));
        Assert.Equal(expenditure, JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.True(Noted(read, "The base of a share written inline"));
    }

    /// <summary>
    /// "占年初预算 1000.00 万元的 90.00%" is a completion rate, not a share (blind-pages-27 t09's shape, which the session-34
    /// draft lost): the budget is the figure's budget (900 / 1000 = 90%), no share and no base note.
    /// </summary>
    [Fact]
    public void BudgetAfterThe占_IsNoShareBase()
    {
        var (read, diagnostics) = Read(Title + "四、一般公共预算财政拨款支出决算情况说明\n"
            + "2020年度一般公共预算财政拨款支出900.00万元，占年初预算1000.00万元的90.00%，完成年初预算的90.00%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1000.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/share"));
        Assert.False(Noted(read, "share written inline"));
    }

    /// <summary>
    /// Without its amount too: "一般公共预算财政拨款支出 900.00 万元，占财政拨款支出的比重为 90.00%" is no FA2003 share (which
    /// divides by 本年支出合计 1300.00: 69.23%, a false Error on main) but a note; "占本年支出合计的比重为 69.23%" is FA2003's and
    /// passes.
    /// </summary>
    [Theory]
    [InlineData("占财政拨款支出的比重为90.00%", null)]
    [InlineData("占本年支出合计的比重为69.23%", "69.23")]
    public void ShareNamingAnotherBaseWithoutItsAmount_IsANote(string share, string? placed)
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n2020年度本年支出合计1300.00万元。\n"
            + "四、一般公共预算财政拨款支出决算情况说明\n2020年度一般公共预算财政拨款支出900.00万元，" + share + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(placed, JsonAt(read, "/narrative/generalBudget/total/share"));
        Assert.Equal(placed is null, Noted(read, "A share of another base"));
    }

    // ---- the all-funds 基本支出's parts -------------------------------------------------------------------------------

    /// <summary>
    /// "基本支出 1040.00 万元…，包括人员经费 800.00 万元、公用经费 240.00 万元" in the 支出 section (800 + 240 = 1040): the parts
    /// of all funds' 基本支出 — since schema 1.7 (session 36) their own members <c>expenditure/basicPersonnel</c> and
    /// <c>basicPublic</c>, never the model's 一般公共预算财政拨款 人员经费 / 公用经费 (<c>basicExpenditure</c>); no Error (FA1214
    /// holds). Session 35 made them notes; before that, "an amount the reader could not place".
    /// </summary>
    [Theory]
    [InlineData("基本支出1040.00万元，占80.00%，包括人员经费800.00万元、公用经费240.00万元；项目支出260.00万元，占20.00%。")]
    [InlineData("基本支出1040.00万元，占80.00%，其中：人员经费800.00万元，公用经费240.00万元；项目支出260.00万元，占20.00%。")]
    [InlineData("基本支出1040.00万元，主要包括人员经费800.00万元和公用经费240.00万元。项目支出260.00万元。")]
    [InlineData("基本支出1040.00万元，分别为人员经费800.00万元、公用经费240.00万元；项目支出260.00万元。")]
    [InlineData("基本支出1040.00万元，项目支出260.00万元。基本支出中，人员经费800.00万元，公用经费240.00万元。")]
    public void AllFundsBasicParts_AreTheirOwnMembersNotTheAppropriationsParts(string body)
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n2020年度本年支出合计1300.00万元，其中：" + body + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1040.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("240.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure"));
        Assert.False(Noted(read, "could not place"));
        Assert.Equal("1.7", read.Report.SchemaVersion);
    }

    /// <summary>Under the 一般公共预算财政拨款 基本支出 heading the same parts are still the model's (FA1206: 800 + 240 = 1040).</summary>
    [Fact]
    public void BasicPartsUnderTheirHeading_AreStillRead()
    {
        var (read, diagnostics) = Read(Title + "五、一般公共预算财政拨款基本支出决算情况说明\n"
            + "2020年度一般公共预算财政拨款基本支出1040.00万元，其中：人员经费800.00万元，公用经费240.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("800.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("240.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel"));
    }

    // ---- a reason after a ';' -----------------------------------------------------------------------------------------

    private const string ThreePublic = Title + "三、“三公”经费财政拨款支出决算情况说明\n2020年度“三公”经费财政拨款支出12.00万元，比上年减少"
        + "3.00万元。其中：公务用车运行维护费8.00万元，比上年减少2.00万元；公务接待费4.00万元，比上年减少1.00万元{0}\n";

    /// <summary>
    /// "…运行维护费…减少 2.00 万元；公务接待费…减少 1.00 万元，主要是压减接待批次": the reason closes the reception's part and is
    /// the reception's only; the vehicles' decrease has none (FA2106 Warning on it). Before, both moved the same way and the
    /// reason spread to the vehicles across the ';'.
    /// </summary>
    [Theory]
    [InlineData("，主要是压减接待批次。")]
    [InlineData("，主要原因是压减接待批次。")]
    [InlineData("，原因是压减接待批次。")]
    public void ReasonAfterASemicolonPart_IsThatPartsOnly(string reason)
    {
        var (read, diagnostics) = Read(ThreePublic.Replace("{0}", reason, StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("压减接待批次。", JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/vehicleOperation/change/reason"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2106" && d.Severity == Severity.Warning
            && d.Pointers.Contains("/narrative/threePublic/vehicleOperation/change"));
    }

    /// <summary>
    /// A reason after a ';' of its own ("…；主要原因是…", no figure between) or in a sentence of its own explains every change
    /// of the list, as before: both items keep it, and no FA2106.
    /// </summary>
    [Theory]
    [InlineData("；主要原因是厉行节约。")]
    [InlineData("。主要原因是厉行节约。")]
    public void ReasonOfItsOwnAfterTheList_ExplainsEveryChange(string reason)
    {
        var (read, diagnostics) = Read(ThreePublic.Replace("{0}", reason, StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("厉行节约。", JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.Equal("厉行节约。", JsonAt(read, "/narrative/threePublic/vehicleOperation/change/reason"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
    }

    /// <summary>One clause of two changes before the reason ("收入增加…，支出增加…，主要原因是…", no ';'): both keep it.</summary>
    [Fact]
    public void ReasonAfterOneClauseOfTwoChanges_ExplainsBoth()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况\n2020年度本年收入合计1300.00万元，比上年增加100.00万元，本年支出"
            + "合计1300.00万元，比上年增加120.00万元，主要原因是新增文化惠民项目。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("新增文化惠民项目。", JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.Equal("新增文化惠民项目。", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    // ---- points with the unit word cut ------------------------------------------------------------------------------

    /// <summary>
    /// "比上年提高 2.3 百分点" (no 个) and "下降 2.3 个百分" (点 cut) are a share's change in points: a located note each, as
    /// "2.3 个百分点" is — before, dropped without a word. The shares themselves are read (80.00, 20.00).
    /// </summary>
    [Theory]
    [InlineData("比上年提高2.3百分点", "比上年下降2.3个百分")]
    [InlineData("较上年上升 2.3 百分点", "比上年下降2.3个百分点")]
    public void PointsWithTheUnitWordCut_AreNotes(string first, string second)
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n2020年度本年支出合计1300.00万元，其中：基本支出1040.00万元，占80.00%，"
            + first + "；项目支出260.00万元，占20.00%，" + second + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("80.00", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/expenditure/project/share"));
        const string Points = "A change of a share in percentage points";
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.StartsWith(Points, StringComparison.Ordinal)));
    }

    /// <summary>"百分之" / "百分比" after a number are no points: "2.3百分比" gives no points note.</summary>
    [Fact]
    public void PercentWordsAfterANumber_AreNoPoints()
    {
        var (read, _) = Read(Title + "三、支出决算情况说明\n2020年度本年支出合计1300.00万元，其中：基本支出1040.00万元，占80.00%，"
            + "比上年提高2.3百分比。\n");
        Assert.False(Noted(read, "percentage points"));
    }
}
