using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (read44): blind round 44's missed families, as invented texts of the same family with asserted values, near
/// misses and planted-error twins: (1) shares written "构成比例X%" (and 构成比重) after a figure's amount; (2) a tab table whose
/// unit is at the end of its title line ("…情况表\t\t\t\t单位：万元").
/// </summary>
public class BlindFortyFourReadingSessionFortySevenTests
{
    private const string Title = "某县文化馆2022年度部门决算说明\n";

    // ---- 1. shares written 构成比例 --------------------------------------------------------------------------------------------

    private static string IncomeShares(string service, string word = "构成比例") => Title + "一、收入决算情况说明\n"
        + "本年收入合计2400.00万元。按来源分：财政拨款收入2160.00万元，" + word + "90.00%；事业收入180.00万元，" + word + service
        + "%；其他收入60.00万元，" + word + "2.50%。\n"
        + "二、支出决算情况说明\n本年支出合计2400.00万元。按性质分：基本支出1500.00万元，" + word + "62.50%；项目支出900.00万元，"
        + word + "37.50%。\n";

    /// <summary>"财政拨款收入2160.00万元，构成比例90.00%": each income source's and each kind's share, as "占 X%" is read.</summary>
    [Fact]
    public void CompositionShares_AreTheFiguresShares()
    {
        var (read, diagnostics) = Read(IncomeShares("7.50"));

        Assert.Equal("90.00", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("7.50", JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("2.50", JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.Equal("62.50", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("37.50", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The planted twin: 事业收入 180.00 of 2400.00 is 7.50%, written 5.70% — its FA2001 Error, on its own share.</summary>
    [Fact]
    public void CompositionShares_WrongShare_IsAnError()
    {
        var (_, diagnostics) = Read(IncomeShares("5.70"));

        Assert.Contains("FA2001 /narrative/income/serviceIncome/share", Of(diagnostics, Severity.Error));
    }

    /// <summary>构成比重 and 构成比例为 are the same share words.</summary>
    [Theory]
    [InlineData("构成比重")]
    [InlineData("构成比例为")]
    [InlineData("构成比重为")]
    public void OtherCompositionWords_AreShares(string word)
    {
        var (read, _) = Read(IncomeShares("7.50", word));

        Assert.Equal("7.50", JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("37.50", JsonAt(read, "/narrative/expenditure/project/share"));
    }

    /// <summary>
    /// Near misses: a change of the share ("构成比例较上年提高2.00%") and an approximate share ("构成比例约8%") are no share of
    /// the figure.
    /// </summary>
    [Theory]
    [InlineData("事业收入180.00万元，构成比例较上年提高2.00%。")]
    [InlineData("事业收入180.00万元，构成比例约8%。")]
    public void CompositionShareNearMisses_AreNotShares(string sentence)
    {
        var (read, _) = Read(Title + "一、收入决算情况说明\n本年收入合计2400.00万元。" + sentence + "\n");

        Assert.Equal("180.00", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/serviceIncome/share"));
    }

    /// <summary>Property: "构成比例 X%" and "占本年收入的 X%" give the same share of the same figure, whatever X.</summary>
    [Property(MaxTest = 15)]
    public bool CompositionShare_ReadsAsAZhanShare(PositiveInt basisPoints)
    {
        var share = (Math.Min(basisPoints.Get, 9999) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        string Text(string word) => Title + "一、收入决算情况说明\n本年收入合计2400.00万元。事业收入180.00万元，" + word + share + "%。\n";
        var (composition, _) = Read(Text("构成比例"));
        var (zhan, _) = Read(Text("占本年收入的"));

        return JsonAt(composition, "/narrative/income/serviceIncome/share") == share
            && JsonAt(zhan, "/narrative/income/serviceIncome/share") == share;
    }

    // ---- 2. a tab table's unit at the end of its title line -----------------------------------------------------------------

    private static string FundTable(string titleLine, string fundExpenditure = "950.00") => Title
        + "五、财政拨款收入支出决算总体情况说明\n2022年度财政拨款本年收入3000.00万元，本年支出2850.00万元。详见下表：\n"
        + titleLine + "\n"
        + "项目\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余\n"
        + "一般公共预算财政拨款\t100.00\t2000.00\t1900.00\t200.00\n"
        + "政府性基金预算财政拨款\t50.00\t1000.00\t" + fundExpenditure + "\t100.00\n"
        + "合计\t150.00\t3000.00\t2850.00\t300.00\n";

    private const string TabbedTitle = "2022年度财政拨款收入支出决算总体情况表\t\t\t\t单位：万元";

    /// <summary>"…总体情况表\t\t\t\t单位：万元": the unit holds for the rows under it, and each fund's row is read.</summary>
    [Fact]
    public void UnitAtTheEndOfATabbedTitle_HoldsForTheRows()
    {
        var (read, diagnostics) = Read(FundTable(TabbedTitle));

        Assert.Equal("100.00", JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
        Assert.Equal("2000.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/appropriation/generalBudgetClosingCarryOver/amount"));
        Assert.Equal("950.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("150.00", JsonAt(read, "/narrative/appropriation/openingCarryOver/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/appropriation/closingCarryOver/amount"));
        Assert.False(Noted(read, "states the unit"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The planted twin: the prose states the 财政拨款 expenditure 2805.00 and the table's fund rows add up to 2850.00 — an Error
    /// on the prose figure, which only the table's rows can show (without the unit, nothing is read and nothing is found).
    /// </summary>
    [Fact]
    public void UnitAtTheEndOfATabbedTitle_TableAgainstProse_IsAnError()
    {
        var (_, diagnostics) = Read(FundTable(TabbedTitle).Replace("本年支出2850.00万元。", "本年支出2805.00万元。", StringComparison.Ordinal));
        var (_, unitless) = Read(FundTable("2022年度财政拨款收入支出决算总体情况表\t\t\t\t")
            .Replace("本年支出2850.00万元。", "本年支出2805.00万元。", StringComparison.Ordinal));

        Assert.Contains("FA1208 /narrative/appropriation/currentYearExpenditure/amount", Of(diagnostics, Severity.Error));
        Assert.Empty(Of(unitless, Severity.Error));
    }

    /// <summary>Near miss: the same title with no unit after its tabs declares none — the rows stay notes, nothing is read.</summary>
    [Fact]
    public void TabbedTitleWithoutUnit_ReadsNoRow()
    {
        var (read, _) = Read(FundTable("2022年度财政拨款收入支出决算总体情况表\t\t\t\t"));

        Assert.True(Noted(read, "states the unit"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
    }

    /// <summary>Near miss: a row of three written cells (a title, a word, a unit) is no title line: its unit is not declared.</summary>
    [Fact]
    public void RowOfThreeCells_IsNoTitleLine()
    {
        var (read, _) = Read(FundTable("2022年度财政拨款收入支出决算总体情况表\t\t续表\t\t单位：万元"));

        Assert.True(Noted(read, "states the unit"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
    }

    /// <summary>Property: whatever the number of tabs (1–8), the tabbed title line reads as the same line with one space.</summary>
    [Property(MaxTest = 8)]
    public bool TabbedTitle_ReadsAsASpacedTitle(PositiveInt tabs)
    {
        var title = "2022年度财政拨款收入支出决算总体情况表";
        var (tabbed, _) = Read(FundTable(title + new string('\t', 1 + tabs.Get % 8) + "单位：万元"));
        var (spaced, _) = Read(FundTable(title + " 单位：万元"));

        return JsonAt(tabbed, "/narrative") == JsonAt(spaced, "/narrative")
            && JsonAt(tabbed, "/narrative/governmentFund/currentYearExpenditure/amount") == "950.00";
    }

    // ---- 3. grand totals compared with a named prior year ---------------------------------------------------------------------

    private static string GrandTotals(string comparison) => Title + "四、财政拨款收入支出决算总体情况说明\n"
        + "2022年度财政拨款收、支总计980.50万元，" + comparison + "\n";

    /// <summary>
    /// "财政拨款收、支总计980.50万元，与2021年度决算相比减少20.50万元，降幅2.05%": the totals, and their change (before, the year
    /// was taken for a second total and "支总计" was unplaced).
    /// </summary>
    [Fact]
    public void GrandTotalsBeforeANamedPriorYear_AreRead()
    {
        var (read, diagnostics) = Read(GrandTotals("与2021年度决算相比减少20.50万元，降幅2.05%。"));

        Assert.Equal("980.50", JsonAt(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Equal("980.50", JsonAt(read, "/narrative/appropriation/expenditureGrandTotal/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/appropriation/change/direction"));
        Assert.Equal("20.50", JsonAt(read, "/narrative/appropriation/change/amount"));
        Assert.Equal("2.05", JsonAt(read, "/narrative/appropriation/change/rate"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The planted twin: 20.50 on 1001.00 is 2.05%, written 2.50% — the change's FA2104 Error.</summary>
    [Fact]
    public void GrandTotalsBeforeANamedPriorYear_WrongRate_IsAnError()
    {
        var (_, diagnostics) = Read(GrandTotals("与2021年度决算相比减少20.50万元，降幅2.50%。"));

        Assert.Contains("FA2104 /narrative/appropriation/change/rate", Of(diagnostics, Severity.Error));
    }

    /// <summary>"…，与2021年度相比，收、支总计各减少20.50万元": the comparison clause of its own opens the change.</summary>
    [Fact]
    public void GrandTotalsWithAPriorYearComparisonClause_ReadTheChange()
    {
        var (read, _) = Read(GrandTotals("与2021年度相比，收、支总计各减少20.50万元。"));

        Assert.Equal("980.50", JsonAt(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Equal("20.50", JsonAt(read, "/narrative/appropriation/change/amount"));
    }

    /// <summary>Near miss: "与2020年度相比" is no comparison with the year before 2022: its change is not the totals'.</summary>
    [Fact]
    public void GrandTotalsComparedWithAnOlderYear_KeepNoChange()
    {
        var (read, _) = Read(GrandTotals("与2020年度相比，收、支总计各减少20.50万元。"));

        Assert.Equal("980.50", JsonAt(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change/amount"));
    }

    // ---- 4. a project score table in the 绩效 part ---------------------------------------------------------------------------

    private static string ScoreTable(string firstRow, string count = "2", string header = "| 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 | 自评得分 |")
        => Title + "八、预算绩效情况说明\n2022年度本部门对" + count + "个项目开展绩效自评。项目自评情况如下：\n"
        + header + "\n| --- | --- | --- | --- | --- |\n"
        + firstRow + "\n| 非遗展演活动 | 200.00 | 180.00 | 90.00% | 88.0 |\n| 合计 | 700.00 | 630.00 | 90.00% | — |\n";

    private const string Exhibition = "| 公共文化场馆维护 | 500.00 | 450.00 | 90.00% | 92.5 |";

    private const string Evaluations = "/performance/evaluations/";

    /// <summary>Each project row is one project evaluation: its name, budget, executed amount, rate and total score.</summary>
    [Fact]
    public void ProjectScoreTable_RowsAreProjectEvaluations()
    {
        var (read, diagnostics) = Read(ScoreTable(Exhibition));

        Assert.Equal("project", JsonAt(read, Evaluations + "0/kind"));
        Assert.Equal("公共文化场馆维护", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("500.00", JsonAt(read, Evaluations + "0/funds/0/fullYearBudget"));
        Assert.Equal("450.00", JsonAt(read, Evaluations + "0/funds/0/executed"));
        Assert.Equal("90.00", JsonAt(read, Evaluations + "0/funds/0/executionRate"));
        Assert.Equal("92.5", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("非遗展演活动", JsonAt(read, Evaluations + "1/name"));
        Assert.Equal("88.0", JsonAt(read, Evaluations + "1/totalScore"));
        Assert.Null(JsonAt(read, Evaluations + "2"));
        Assert.True(Noted(read, "listed projects' sum"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The planted twin: 450.00 of 500.00 is 90.00%, written 95.00% — FA3004 on that project's rate.</summary>
    [Fact]
    public void ProjectScoreTable_WrongRate_IsAnError()
    {
        var (_, diagnostics) = Read(ScoreTable(Exhibition.Replace("90.00%", "95.00%", StringComparison.Ordinal)));

        Assert.Contains("FA3004 " + Evaluations + "0/funds/0/executionRate", Of(diagnostics, Severity.Error));
    }

    /// <summary>More projects evaluated (26) than rows: the rows are a selection.</summary>
    [Fact]
    public void ProjectScoreTable_FewerRowsThanEvaluated_AreASelection()
    {
        var (read, _) = Read(ScoreTable(Exhibition, "26"));

        Assert.Equal("selection", JsonAt(read, "/performance/evaluationsListed"));
        Assert.Equal("92.5", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>Near miss: a row with words in a figure's cell is a note; the other project is still read.</summary>
    [Fact]
    public void ProjectScoreTable_RowWithWords_IsANote()
    {
        var (read, _) = Read(ScoreTable("| 公共文化场馆维护 | 500.00 | 450.00 | 90.00% | 良好 |"));

        Assert.True(Noted(read, "not one figure each"));
        Assert.Equal("非遗展演活动", JsonAt(read, Evaluations + "0/name"));
        Assert.Null(JsonAt(read, Evaluations + "1"));
    }

    /// <summary>Near miss: a table without a score column (a budget table) is no project score table.</summary>
    [Fact]
    public void TableWithoutScoreColumn_IsNoProjectScoreTable()
    {
        var (read, _) = Read(ScoreTable(Exhibition, "2", "| 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 | 备注 |"));

        Assert.Null(JsonAt(read, Evaluations + "0/name"));
    }

    /// <summary>Near miss: outside the 绩效 part, the same table is not read as evaluations.</summary>
    [Fact]
    public void ProjectScoreTable_OutsideThePerformancePart_IsNotRead()
    {
        var (read, _) = Read(ScoreTable(Exhibition).Replace("八、预算绩效情况说明", "八、其他重要事项", StringComparison.Ordinal)
            .Replace("开展绩效自评", "开展检查", StringComparison.Ordinal));

        Assert.Null(JsonAt(read, Evaluations + "0/name"));
    }

    /// <summary>Property: whatever the executed amount, the rate written as executed over budget passes FA3004 and is placed.</summary>
    [Property(MaxTest = 12)]
    public bool ProjectScoreTable_ConsistentRate_IsReadWithoutError(PositiveInt cents)
    {
        var executed = Math.Min(cents.Get, 50000) / 100m;
        var rate = Math.Round(executed / 500.00m * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        var row = "| 公共文化场馆维护 | 500.00 | " + executed.ToString("0.00", CultureInfo.InvariantCulture) + " | " + rate + "% | 90.0 |";
        var (read, diagnostics) = Read(ScoreTable(row));

        return JsonAt(read, Evaluations + "0/funds/0/executionRate") == rate
            && !Of(diagnostics, Severity.Error).Any(e => e.StartsWith("FA3004", StringComparison.Ordinal));
    }
}
