using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (narr45b; issue 8, blind round 41): income and expenditure splits inside the funds' paragraphs
/// (<c>N.IncomeAndClasses</c>), the 财政拨款 heading written 财政拨款收入支出决算情况, the funds' parts named without 收入, the
/// spending of one source on one purpose (<c>N.FundSourceParts</c>) and the class name 农林水事务支出 of the 2014 template.
/// Invented texts of our own wording.
/// </summary>
public class IncomeAndClassesSessionFortyFiveTests
{
    private const string Head = "青石镇人民政府2023年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况\n2023年度收、支总计均为2100.00万元。本年收入1960.00万元，年初结转和结余"
        + "140.00万元；本年支出1980.00万元，年末结转和结余120.00万元。\n";

    private const string Appropriation = "二、财政拨款收入支出决算情况\n";

    private const string GeneralBudget = "三、一般公共预算财政拨款支出决算情况\n";

    private const string IncomeSentence = "本年财政拨款收入1950.00万元，其中一般公共预算财政拨款1500.00万元，政府性基金预算财政拨款"
        + "450.00万元；另有其他收入10.00万元，为房屋出租收入。\n";

    // ---- The 财政拨款 heading and its income sentence (round 41 t02) ----

    /// <summary>
    /// Under "财政拨款收入支出决算情况" (not the 支出 section): the appropriation's income, its two fund parts named without 收入
    /// (of the whole's flow) and, after 另有, the department's 其他收入.
    /// </summary>
    [Fact]
    public void AppropriationIncome_WithFundPartsAndOtherIncome_IsPlaced()
    {
        var (read, diagnostics) = Read(Head + Overview + Appropriation + IncomeSentence);

        Assert.Equal("1950.00", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("450.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("10.00", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>Near miss: 其他收入 without 另有 stays a note, and is never the fund named before it.</summary>
    [Fact]
    public void OtherIncome_WithoutBesides_IsNotPlacedAnywhere()
    {
        var (read, _) = Read(Head + Overview + Appropriation + IncomeSentence.Replace("另有其他收入", "其他收入"));

        Assert.Null(JsonAt(read, "/narrative/income/otherIncome"));
        Assert.Equal("450.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("could not place: 其他收入", StringComparison.Ordinal));
    }

    /// <summary>
    /// Near miss: a fund's part named without 收入 and no whole 财政拨款 amount before it in its sentence is no income.
    /// </summary>
    [Fact]
    public void FundPart_WithoutAWholeBeforeIt_IsNotPlaced()
    {
        var (read, _) = Read(Head + Overview + Appropriation + "一般公共预算财政拨款1500.00万元，政府性基金预算财政拨款450.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome"));
    }

    /// <summary>
    /// Near miss: fund parts after a carry-over that follows the whole 财政拨款支出 are the carry-over's, never the funds'
    /// expenditure (no FA8006 between the whole and them).
    /// </summary>
    [Fact]
    public void FundParts_AfterACarryOver_AreNotTheExpenditures()
    {
        var (read, diagnostics) = Read(Head + Overview + Appropriation
            + "本年财政拨款支出1970.00万元，年末结转和结余120.00万元，其中一般公共预算70.00万元、政府性基金预算50.00万元。\n");

        Assert.Equal("1970.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearExpenditure"));
        Assert.DoesNotContain("FA8006", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// The heading words: 财政拨款 with 收入支出决算情况 (or 收支决算情况) is the 财政拨款 section; near miss: 支出决算情况 alone is the
    /// 支出 section, where a 财政拨款收入 is not the appropriation's.
    /// </summary>
    [Theory]
    [InlineData("二、财政拨款收入支出决算情况\n", "1950.00")]
    [InlineData("二、财政拨款收支决算情况\n", "1950.00")]
    [InlineData("二、支出决算情况\n", null)]
    public void Heading_SaysWhoseIncomeItIs(string heading, string? expected)
    {
        var (read, _) = Read(Head + Overview + heading + "本年财政拨款收入1950.00万元。\n");

        Assert.Equal(expected, JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
    }

    // ---- The department's 基本/项目 split in the 一般公共预算 section (round 41 t02, t06, t08) ----

    /// <summary>
    /// "本年基本支出 A 万元，项目支出 B 万元；基本支出中人员经费 P 万元，公用经费 Q 万元" in the 一般公共预算 section, A + B the
    /// department's 本年支出 and not the section's total: the department's split and 基本支出's parts.
    /// </summary>
    [Fact]
    public void YearSplit_ThatAddsUpToTheYearsExpenditure_IsTheDepartments()
    {
        var (read, diagnostics) = Read(Head + Overview + GeneralBudget
            + "2023年度一般公共预算财政拨款支出1480.00万元，比上年增加80.00万元，增长5.71%，主要是村级运转经费增加。"
            + "本年基本支出1210.00万元，项目支出770.00万元；基本支出中人员经费1050.00万元，公用经费160.00万元。\n");

        Assert.Equal("1210.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("770.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("1050.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("160.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a split a cent off the department's 本年支出 is no one's (the notes it was).</summary>
    [Fact]
    public void YearSplit_ThatDoesNotAddUp_StaysNotes()
    {
        var (read, _) = Read(Head + Overview + GeneralBudget + "2023年度一般公共预算财政拨款支出1480.00万元。"
            + "本年基本支出1210.00万元，项目支出770.01万元。\n");

        Assert.Null(JsonAt(read, "/narrative/expenditure/basic"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project"));
    }

    /// <summary>
    /// The section's total is the department's 本年支出 (no other fund spent): its 项目支出 part is the department's too; near
    /// miss: with totals that differ it stays a note.
    /// </summary>
    [Theory]
    [InlineData("1980.00", "770.00")]
    [InlineData("1480.00", null)]
    public void ProjectPart_OfAWholeThatIsTheYears_IsTheDepartments(string whole, string? project)
    {
        var basic = decimal.Parse(whole, System.Globalization.CultureInfo.InvariantCulture) - 770.00m;
        var (read, diagnostics) = Read(Head + Overview + GeneralBudget
            + $"2023年度一般公共预算财政拨款支出{whole}万元，其中：基本支出{basic:0.00}万元，项目支出770.00万元。\n");

        Assert.Equal(project, JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal($"{basic:0.00}", JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "人员经费 P 万元、公用经费 Q 万元" after the section's 基本支出 with no word tying them to it: its parts when P + Q is that
    /// 基本支出; near miss: a sum that differs leaves both notes.
    /// </summary>
    [Theory]
    [InlineData("1050.00", "160.00", true)]
    [InlineData("1050.00", "150.00", false)]
    public void PersonnelAndPublic_ThatAddUpToTheSectionsBasic_AreItsParts(string personnel, string pub, bool placed)
    {
        var (read, diagnostics) = Read(Head + Overview + GeneralBudget
            + "2023年度一般公共预算财政拨款支出1480.00万元，其中基本支出1210.00万元，项目支出270.00万元。"
            + $"分经济分类看，人员经费{personnel}万元、公用经费{pub}万元。\n");

        Assert.Equal(placed ? personnel : null, JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal(placed ? pub : null, JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>The department's split is placed exactly when its parts add up to the year's 本年支出 as written.</summary>
    [Property(MaxTest = 25)]
    public bool YearSplit_PlacedExactlyWhenItAddsUp(PositiveInt a, bool adds)
    {
        var basic = 1m + (a.Get % 190000) / 100m;
        var project = 1980.00m - basic + (adds ? 0m : 0.01m);
        var (read, diagnostics) = Read(Head + Overview + GeneralBudget + "2023年度一般公共预算财政拨款支出1480.00万元。"
            + $"本年基本支出{basic:0.00}万元，项目支出{project:0.00}万元。\n");
        var placed = JsonAt(read, "/narrative/expenditure/project/amount");
        return (adds ? placed == $"{project:0.00}" && JsonAt(read, "/narrative/expenditure/basic/amount") == $"{basic:0.00}"
            : placed is null && JsonAt(read, "/narrative/expenditure/basic") is null) && RuleIds(diagnostics, Severity.Error).Length == 0;
    }

    // ---- Another fund's 财政拨款支出 in the 一般公共预算 section (round 41 t10) ----

    /// <summary>
    /// A sentence of the 一般公共预算 section that opens with the 政府性基金 expenditure named in full: the fund's; near misses:
    /// another year's, and one inside a sentence (not its subject), stay notes.
    /// </summary>
    [Theory]
    [InlineData("政府性基金预算财政拨款支出420.00万元，为农村公路建设支出。", "420.00")]
    [InlineData("2023年度政府性基金预算财政拨款支出420.00万元。", "420.00")]
    [InlineData("上年政府性基金预算财政拨款支出420.00万元。", null)]
    [InlineData("本年还有项目，政府性基金预算财政拨款支出420.00万元。", null)]
    public void OtherFundsExpenditure_OpeningASentence_IsThatFunds(string sentence, string? expected)
    {
        var (read, _) = Read(Head + GeneralBudget + "2023年度一般公共预算财政拨款支出1480.00万元。" + sentence + "\n");

        Assert.Equal(expected, JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
    }

    // ---- A fund's spending by source and purpose (round 41 t09) ----

    /// <summary>
    /// "专项债券安排的X支出 A 万元，彩票公益金安排的Y支出 B 万元" after the fund's total: parts by source, which the model has no
    /// member for — located notes that say so, not a second value of the fund's total (no "another basis" conflict).
    /// </summary>
    [Fact]
    public void FundSpendingBySourceAndPurpose_IsANoteOfAPart()
    {
        var (read, diagnostics) = Read(Head + "四、政府性基金预算财政拨款支出决算情况\n2023年度政府性基金预算财政拨款支出980.00万元，其中："
            + "地方政府专项债券安排的中心小学扩建支出800.00万元，彩票公益金安排的养老服务支出180.00万元。\n");

        Assert.Equal("980.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("a part of the fund's spending", StringComparison.Ordinal)));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("800.00", StringComparison.Ordinal));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a classification item written with its level marks is still an item, not a source's part.</summary>
    [Fact]
    public void ItemWithLevelMarks_IsNotASourcesPart()
    {
        var (read, _) = Read(Head + "四、政府性基金预算财政拨款支出决算情况\n2023年度政府性基金预算财政拨款支出800.00万元。具体为：\n"
            + "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）800.00万元。\n");

        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("a part of the fund's spending", StringComparison.Ordinal));
    }

    // ---- Classes one per line after a heading line (round 41 t04) ----

    /// <summary>
    /// The 2014 class name 农林水事务支出 (213) on the first line after "按支出功能分类：": all four classes are read, the list
    /// complete.
    /// </summary>
    [Fact]
    public void ClassesOnePerLine_WithThe2014Name_AreAllRead()
    {
        var (read, diagnostics) = Read("青石区农牧局2014年度部门决算说明\n三、公共财政预算拨款支出决算情况\n"
            + "2014年度公共财政预算拨款支出600.00万元，按支出功能分类：\n农林水事务支出500.00万元，\n社会保障和就业支出50.00万元，\n"
            + "医疗卫生与计划生育支出20.00万元，\n住房保障支出30.00万元。\n");

        Assert.Equal("500.00", JsonAt(read, "/narrative/generalBudget/classes/0/amount"));
        Assert.Equal("213", JsonAt(read, "/narrative/generalBudget/classes/0/code"));
        Assert.Equal("30.00", JsonAt(read, "/narrative/generalBudget/classes/3/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }
}
