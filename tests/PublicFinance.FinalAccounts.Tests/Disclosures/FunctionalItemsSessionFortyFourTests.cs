using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (classes44, issue 8; blind round 40 t07, t04, t02): a sentence led by a fund's expenditure 按功能分类 lists that
/// fund's items outside its section (a page scraped onto one line reads it in the overview), and the 人员经费 / 公用经费 split
/// of a 基本支出 stated under a fund's heading — the 一般公共预算's to <c>basicExpenditure</c>, the department's restated in the
/// 财政拨款 section to <c>expenditure</c>, a fund's own differing 基本支出 never on the department's fields. Invented texts.
/// </summary>
public class FunctionalItemsSessionFortyFourTests
{
    private const string Head = "某市档案局2021年度部门决算公开说明\n一、收入支出决算总体情况\n2021年度收入总计1000.00万元，支出总计1000.00万元。"
        + "本年收入1000.00万元，全部为一般公共预算财政拨款收入。本年支出1000.00万元，其中基本支出700.00万元，项目支出300.00万元。\n";

    private const string Items = "/narrative/generalBudget/items/";

    private const string Classes = "/narrative/generalBudget/classes/";

    private const string NoPlace = "no list for it";

    /// <summary>
    /// The list led by 一般公共预算财政拨款支出按功能分类 in the overview, on lines of its own or scraped onto one line: each item
    /// (a code after its level path, a 类 with its code after the mark) goes to the 一般公共预算 lists, with no Error.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GeneralBudgetLedList_InTheOverview_FillsTheFundsLists(bool oneLine)
    {
        var text = Head + "一般公共预算财政拨款支出按功能分类：一般公共服务支出（类）档案事务（款）行政运行（项）（2012601）610.00万元，"
            + "一般公共服务支出（类）统计信息事务（款）行政运行（项）（2010501）240.00万元，社会保障和就业支出（类）（208）90.00万元，"
            + "住房保障支出（类）（221）60.00万元。\n基本支出中，人员经费600.00万元，公用经费100.00万元。\n";
        var (read, diagnostics) = Read(oneLine ? text.Replace("\n", " ", StringComparison.Ordinal) + "\n" : text);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("2012601", JsonAt(read, Items + "0/code"));
        Assert.Equal("610.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("档案事务", JsonAt(read, Items + "0/sectionName"));
        Assert.Equal("2010501", JsonAt(read, Items + "1/code"));
        Assert.Equal("240.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("208", JsonAt(read, Classes + "0/code"));
        Assert.Equal("90.00", JsonAt(read, Classes + "0/amount"));
        Assert.Equal("221", JsonAt(read, Classes + "1/code"));
        Assert.Equal("60.00", JsonAt(read, Classes + "1/amount"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));   // the next sentence is the overview's
        Assert.False(Noted(read, NoPlace));
    }

    /// <summary>
    /// Without codes: the code comes from the catalogue when the 类/款/项 names resolve (统计信息事务 → 2010501); a 项 name the
    /// catalogue does not know, or a bare 行政运行（项） (one in many 款), is an entry without a code and a note saying so.
    /// </summary>
    [Fact]
    public void LevelNamesWithoutCodes_TakeTheCatalogueCodeOnlyWhenTheyResolve()
    {
        var (read, diagnostics) = Read(Head + "２０２１年度一般公共预算财政拨款支出按功能分类：一般公共服务支出（类）统计信息事务（款）行政运行（项）"
            + "６１０．００万元；一般公共服务支出（类）统计信息事务（款）普查专项业务（项）２４０．００万元；行政运行（项）９０．００万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("2010501", JsonAt(read, Items + "0/code"));
        Assert.Equal("610.00", JsonAt(read, Items + "0/amount"));
        Assert.Null(JsonAt(read, Items + "1/code"));
        Assert.Equal("普查专项业务", JsonAt(read, Items + "1/name"));
        Assert.Equal("240.00", JsonAt(read, Items + "1/amount"));
        Assert.Null(JsonAt(read, Items + "2/code"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("not found in the catalogue", StringComparison.Ordinal)));
    }

    /// <summary>A list led by 财政拨款支出 按功能分类 (all funds' appropriation) fills the 财政拨款 section's items.</summary>
    [Fact]
    public void AppropriationLedList_FillsTheAppropriationItems()
    {
        var (read, diagnostics) = Read(Head + "2021年度财政拨款支出按功能分类如下：一般公共服务支出（类）档案事务（款）行政运行（项）（2012601）"
            + "610.00万元，住房保障支出（类）（221）60.00万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("2012601", JsonAt(read, "/narrative/appropriation/items/0/code"));
        Assert.Equal("610.00", JsonAt(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("221", JsonAt(read, "/narrative/appropriation/items/1/code"));
        Assert.Null(JsonAt(read, Items + "0/code"));
    }

    /// <summary>
    /// Near misses, left as the note "no list for it": a lead naming no fund (the department's expenditure of all funds), a lead
    /// with the fund's total before the list, and the fund named only inside the list.
    /// </summary>
    [Theory]
    [InlineData("按支出功能分类科目：一般公共服务支出（类）档案事务（款）行政运行（项）（2012601）610.00万元，住房保障支出（类）（221）60.00万元。")]
    [InlineData("一般公共预算财政拨款支出1000.00万元，按功能分类：一般公共服务支出（类）档案事务（款）行政运行（项）（2012601）610.00万元。")]
    [InlineData("支出按功能分类：一般公共预算财政拨款中一般公共服务支出（类）档案事务（款）行政运行（项）（2012601）610.00万元。")]
    public void ListWithoutAFundLead_StaysTheNote(string sentence)
    {
        var (read, diagnostics) = Read(Head + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, Items + "0/amount"));
        Assert.Null(JsonAt(read, Classes + "0/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0/amount"));
        Assert.True(Noted(read, NoPlace));
    }

    private const string GeneralBudgetSection = "二、一般公共预算财政拨款支出情况\n一般公共预算财政拨款支出900.00万元，其中：基本支出650.00万元，"
        + "项目支出250.00万元。";

    /// <summary>
    /// The 一般公共预算's 基本支出 split (the parts after 基本支出中, or in a sentence opening with 基本支出): its parts go to
    /// <c>basicExpenditure</c>, never to the department's <c>expenditure/basicPersonnel</c>; the 项目支出 part stays a note.
    /// </summary>
    [Theory]
    [InlineData("基本支出中人员经费560.00万元，公用经费90.00万元。")]
    [InlineData("基本支出650.00万元，其中人员经费560.00万元，公用经费90.00万元。")]
    [InlineData("基本支出包括人员经费560.00万元和公用经费90.00万元。")]
    public void GeneralBudgetBasicSplit_GoesToTheFundsBasicExpenditure(string split)
    {
        var (read, diagnostics) = Read(Head + GeneralBudgetSection + split + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("650.00", JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("560.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Equal("700.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
    }

    /// <summary>
    /// Near misses in the 一般公共预算 section: a 人员经费 of the prior year or of the budget, and a part before any 基本支出 was
    /// placed, are not the split.
    /// </summary>
    [Theory]
    [InlineData(GeneralBudgetSection + "基本支出中上年人员经费560.00万元。", "personnel")]
    [InlineData(GeneralBudgetSection + "基本支出中人员经费预算560.00万元。", "personnel")]
    [InlineData("二、一般公共预算财政拨款支出情况\n人员经费560.00万元，公用经费90.00万元。", "personnel")]
    public void NotTheSplit_IsNotPlaced(string text, string member)
    {
        var (read, diagnostics) = Read(Head + text + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/" + member + "/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
    }

    /// <summary>The planted twin: a split that does not add up to its 基本支出 is an Error (the reading is certain).</summary>
    [Fact]
    public void GeneralBudgetSplitThatDoesNotAdd_IsAnError()
    {
        var (_, diagnostics) = Read(Head + GeneralBudgetSection + "基本支出中人员经费560.00万元，公用经费80.00万元。\n");

        Assert.NotEmpty(RuleIds(diagnostics, Severity.Error));
    }

    private const string AppropriationSection = "三、财政拨款支出决算情况说明\n2021年度财政拨款支出950.00万元。";

    /// <summary>
    /// In the 财政拨款 section, a sentence opening with a 基本支出 equal to the department's restates it: its parts are the
    /// department's (<c>expenditure/basicPersonnel</c>, <c>basicPublic</c>), a description between them allowed.
    /// </summary>
    [Fact]
    public void DepartmentBasicRestated_SplitsTheDepartmentsBasic()
    {
        var (read, diagnostics) = Read(Head + AppropriationSection + "基本支出700.00万元，其中人员经费610.00万元，主要包括基本工资、"
            + "津贴补贴等；公用经费90.00万元，主要包括办公费、印刷费等。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("610.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.False(Noted(read, "could not place: 基本支出"));
    }

    /// <summary>
    /// Near miss: the 财政拨款 section's 基本支出 differs from the department's — a fund's own figure: nothing of it or its parts
    /// lands on the department's fields, and no FA8003 is raised between the two 基本支出.
    /// </summary>
    [Fact]
    public void FundsOwnBasic_NeverLandsOnTheDepartments()
    {
        var (read, diagnostics) = Read(Head + AppropriationSection + "基本支出650.00万元，其中人员经费560.00万元，公用经费90.00万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("700.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
    }

    /// <summary>
    /// Property: for any split of the 一般公共预算 基本支出 (p + q), the parts are read as written into <c>basicExpenditure</c>,
    /// the department's fields stay empty, and no Error is raised.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyGeneralBudgetSplit_StaysTheFunds(PositiveInt a, PositiveInt b)
    {
        var p = (a.Get % 40000 + 1) / 100m;
        var q = (b.Get % 40000 + 1) / 100m;
        var text = Head + $"二、一般公共预算财政拨款支出情况\n一般公共预算财政拨款支出{p + q + 100m:0.00}万元，其中：基本支出{p + q:0.00}万元，"
            + $"项目支出100.00万元。基本支出中人员经费{p:0.00}万元，公用经费{q:0.00}万元。\n";
        var (read, diagnostics) = Read(text);
        return JsonAt(read, "/narrative/basicExpenditure/personnel/amount") == $"{p:0.00}"
            && JsonAt(read, "/narrative/basicExpenditure/public/amount") == $"{q:0.00}"
            && JsonAt(read, "/narrative/expenditure/basicPersonnel/amount") is null
            && RuleIds(diagnostics, Severity.Error).Length == 0;
    }
}
