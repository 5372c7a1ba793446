using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (tables43, blind round 43 t02 and t04): structure tables written as text (结构表: 项目 | 决算数 | 占比), with a
/// Markdown alignment row or not, read row by row to the field each label names, with its share when the table's whole is
/// the share's base; and a tab table's 占比 header over the next row's amount, which is no share without % (FA8002). Every
/// text is invented.
/// </summary>
public class StructureTablesSessionFortySixTests
{
    private const string N = "/narrative/";

    /// <summary>A 说明 whose overview holds <paramref name="tables"/> and then <paramref name="prose"/>.</summary>
    private static string Text(string tables, string prose = "") =>
        "某镇人民政府2023年度部门决算公开说明\n\n一、部门基本情况\n本镇负责辖区内的经济社会事务管理。\n\n二、收入支出决算总体情况\n"
        + "2023年度收入总计2460.00万元，支出总计2460.00万元。\n\n" + tables + "\n" + prose;

    private static string IncomeTable(string rule = "| :--- | ---: | ---: |") =>
        "| 收入项目 | 决算数（万元） | 占比 |\n" + rule + "\n"
        + "| 一般公共预算财政拨款收入 | 1500.00 | 62.50% |\n"
        + "| 政府性基金预算财政拨款收入 | 840.00 | 35.00% |\n"
        + "| 其他收入 | 60.00 | 2.50% |\n"
        + "| 本年收入合计 | 2400.00 | 100% |\n"
        + "| 年初结转和结余 | 60.00 | |\n";

    private const string ExpenditureTable =
        "| 支出项目 | 决算数（万元） | 占比 |\n|:--|--:|--:|\n"
        + "| 基本支出 | 720.00 | 30.00% |\n"
        + "| 项目支出 | 1680.00 | 70.00% |\n"
        + "| 本年支出合计 | 2400.00 | 100% |\n"
        + "| 年末结转和结余 | 60.00 | |\n";

    /// <summary>The income table's rows land at their fields; 其他收入's share is of the year's income (the 100% row).</summary>
    [Theory]
    [InlineData("| :--- | ---: | ---: |")]
    [InlineData("|---|---|---|")]
    [InlineData("| --- | --- | --- |")]
    [InlineData("|:--|--:|--:|")]
    [InlineData("")]
    public void IncomeRows_LandAtTheirFields_WhateverTheAlignmentRow(string rule)
    {
        var table = rule.Length == 0 ? IncomeTable().Replace("| :--- | ---: | ---: |\n", string.Empty) : IncomeTable(rule);
        var (read, diagnostics) = Read(Text(table));

        Assert.Equal("1500.00", JsonAt(read, N + "appropriation/generalBudgetIncome/amount"));
        Assert.Equal("840.00", JsonAt(read, N + "governmentFund/currentYearIncome/amount"));
        Assert.Equal("60.00", JsonAt(read, N + "income/otherIncome/amount"));
        Assert.Equal("2.50", JsonAt(read, N + "income/otherIncome/share"));
        Assert.Equal("2400.00", JsonAt(read, N + "overall/currentYearIncome/amount"));
        Assert.Equal("60.00", JsonAt(read, N + "overall/openingCarryOver/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Empty(Of(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// A fund's part of the year's income that is not all 财政拨款 (其他收入 beside it): its share is of the year's income,
    /// not the model's base (财政拨款收入): a note, as the prose's.
    /// </summary>
    [Fact]
    public void FundPartShares_OfAYearIncomeNotAllAppropriation_AreNotes()
    {
        var (read, _) = Read(Text(IncomeTable()));

        Assert.Null(JsonAt(read, N + "appropriation/generalBudgetIncome/share"));
        Assert.Null(JsonAt(read, N + "governmentFund/currentYearIncome/share"));
        Assert.True(Noted(read, "A share of another base"));
    }

    /// <summary>When the year's income is all 财政拨款 (the three funds' parts add up to it), their shares are placed.</summary>
    [Fact]
    public void FundPartShares_OfAYearIncomeAllAppropriation_ArePlaced()
    {
        const string Table = "| 收入项目 | 决算数（万元） | 占比 |\n| :--- | ---: | ---: |\n"
            + "| 一般公共预算财政拨款收入 | 1560.00 | 65.00% |\n"
            + "| 政府性基金预算财政拨款收入 | 840.00 | 35.00% |\n"
            + "| 国有资本经营预算财政拨款收入 | 0.00 | 0.00% |\n"
            + "| 本年收入合计 | 2400.00 | 100.00% |\n";
        var (read, diagnostics) = Read(Text(Table));

        Assert.Equal("65.00", JsonAt(read, N + "appropriation/generalBudgetIncome/share"));
        Assert.Equal("35.00", JsonAt(read, N + "governmentFund/currentYearIncome/share"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The expenditure table: 基本支出 and 项目支出 with their shares of the year's expenditure, the total, the carry-over.</summary>
    [Fact]
    public void ExpenditureRows_LandAtTheirFields()
    {
        var (read, diagnostics) = Read(Text(ExpenditureTable));

        Assert.Equal("720.00", JsonAt(read, N + "expenditure/basic/amount"));
        Assert.Equal("30.00", JsonAt(read, N + "expenditure/basic/share"));
        Assert.Equal("1680.00", JsonAt(read, N + "expenditure/project/amount"));
        Assert.Equal("70.00", JsonAt(read, N + "expenditure/project/share"));
        Assert.Equal("2400.00", JsonAt(read, N + "overall/currentYearExpenditure/amount"));
        Assert.Equal("60.00", JsonAt(read, N + "overall/closingCarryOver/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Under the 支出 heading (its 合计 row is that section's total, FA2002's base) a wrong share in the table is an Error;
    /// the right ones raise nothing.
    /// </summary>
    [Fact]
    public void AWrongShareInTheTable_IsReported()
    {
        var table = "三、支出决算情况\n" + ExpenditureTable.Replace("| 年末结转和结余 | 60.00 | |\n", string.Empty);
        var wrong = table.Replace("30.00%", "32.00%").Replace("70.00%", "68.00%");
        var (_, good) = Read(Text(table));
        var (_, bad) = Read(Text(wrong));

        Assert.Empty(Of(good, Severity.Error));
        Assert.Contains("FA2002 /narrative/expenditure/basic/share", Of(bad, Severity.Error));
        Assert.Contains("FA2002 /narrative/expenditure/project/share", Of(bad, Severity.Error));
    }

    /// <summary>A table whose total disagrees with its rows still reports it (the rows are the total's parts).</summary>
    [Fact]
    public void ATotalThatDisagreesWithItsRows_IsReported()
    {
        var wrong = ExpenditureTable.Replace("| 本年支出合计 | 2400.00 |", "| 本年支出合计 | 2440.00 |");
        var (_, diagnostics) = Read(Text(wrong));

        Assert.NotEmpty(Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a row whose label names no figure of the section places nothing and is a located note.</summary>
    [Fact]
    public void AnUnknownLabel_PlacesNothing_AndIsNoted()
    {
        var table = ExpenditureTable.Replace("| 项目支出 | 1680.00 | 70.00% |", "| 专项业务经费 | 1680.00 | 70.00% |");
        var (read, _) = Read(Text(table));

        Assert.Null(JsonAt(read, N + "expenditure/project/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("专项业务经费", StringComparison.Ordinal)
            && n.MessageEn.Contains("structure table", StringComparison.Ordinal));
        Assert.Equal("720.00", JsonAt(read, N + "expenditure/basic/amount"));
    }

    /// <summary>Near miss: a share column without % under a header without (%) places the amounts, not the shares.</summary>
    [Fact]
    public void AShareColumnWithoutPercent_PlacesNoShare()
    {
        var table = ExpenditureTable.Replace("30.00%", "30.00").Replace("70.00%", "70.00");
        var (read, _) = Read(Text(table));

        Assert.Equal("720.00", JsonAt(read, N + "expenditure/basic/amount"));
        Assert.Null(JsonAt(read, N + "expenditure/basic/share"));
        Assert.True(Noted(read, "has no %"));
    }

    /// <summary>The same column with (%) in its header: its cells are percentages.</summary>
    [Fact]
    public void AShareColumnMarkedPercentInItsHeader_PlacesTheShares()
    {
        var table = ExpenditureTable.Replace("| 占比 |", "| 占比（%） |").Replace("30.00%", "30.00").Replace("70.00%", "70.00");
        var (read, _) = Read(Text(table));

        Assert.Equal("30.00", JsonAt(read, N + "expenditure/basic/share"));
        Assert.Equal("70.00", JsonAt(read, N + "expenditure/project/share"));
    }

    /// <summary>Near miss: a header with another column (上年数) is no structure table: nothing is placed from its rows.</summary>
    [Fact]
    public void AHeaderWithAnotherColumn_IsNoStructureTable()
    {
        var table = "| 支出项目 | 决算数（万元） | 占比 | 备注 |\n|---|---|---|---|\n| 基本支出 | 720.00 | 30.00% | 人员 |\n";
        var (read, _) = Read(Text(table));

        Assert.Null(JsonAt(read, N + "expenditure/basic/amount"));
    }

    /// <summary>
    /// A structure table in 元 in a 万元 report (tab cells, thousands separators): its amounts are converted exactly, and the
    /// header's 占比 over the next row's amount is no share without % (no FA8002); with no 合计 row the shares are notes.
    /// </summary>
    [Fact]
    public void AYuanTabTable_RaisesNoShareWithoutPercent()
    {
        var table = "支出项目\t决算数（元）\t占比\n基本支出\t7,200,000.00\t30.00%\n项目支出\t16,800,000.00\t70.00%\n";
        var (read, diagnostics) = Read(Text(table));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8002");
        Assert.Equal("720.000000", JsonAt(read, N + "expenditure/basic/amount"));
        Assert.Null(JsonAt(read, N + "expenditure/basic/share"));   // no 合计 or 100% row: the shares' whole is not known
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>Control: a share without % in prose is still FA8002.</summary>
    [Fact]
    public void AShareWithoutPercentInProse_IsStillReported()
    {
        var (_, diagnostics) = Read(Text(string.Empty, "本年支出合计2400.00万元，其中基本支出720.00万元，占30.00，项目支出1680.00万元。\n"));

        Assert.Contains(diagnostics, d => d.RuleId == "FA8002");
    }

    /// <summary>
    /// Property: any structure table of 基本支出 and 项目支出 (amounts in 万元, shares of the total rounded to two places) has
    /// its rows land at their fields with their shares, and raises no Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyStructureTable_RowsLandAtTheirFields(PositiveInt basicCents, PositiveInt projectCents)
    {
        var basic = 1m + (basicCents.Get % 500_000) / 100m;
        var project = 1m + (projectCents.Get % 500_000) / 100m;
        var total = basic + project;
        var basicShare = Math.Round(basic / total * 100m, 2, MidpointRounding.AwayFromZero);
        var projectShare = Math.Round(project / total * 100m, 2, MidpointRounding.AwayFromZero);
        string F(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
        var table = "| 支出项目 | 决算数（万元） | 占比 |\n| :--- | ---: | ---: |\n"
            + $"| 基本支出 | {F(basic)} | {F(basicShare)}% |\n| 项目支出 | {F(project)} | {F(projectShare)}% |\n"
            + $"| 本年支出合计 | {F(total)} | 100% |\n";
        var (read, diagnostics) = Read(Text(table));
        return JsonAt(read, N + "expenditure/basic/amount") == F(basic)
            && JsonAt(read, N + "expenditure/basic/share") == F(basicShare)
            && JsonAt(read, N + "expenditure/project/amount") == F(project)
            && JsonAt(read, N + "expenditure/project/share") == F(projectShare)
            && JsonAt(read, N + "overall/currentYearExpenditure/amount") == F(total)
            && Of(diagnostics, Severity.Error).Length == 0;
    }
}
