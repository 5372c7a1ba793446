using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Cli;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (fix44): blind round 44's false findings, as families of our own invented texts — an unnumbered run-in heading
/// closed by '。' that names a section ("财政拨款支出决算情况。…", "国有资产占用情况。…") opens it (before: its 一般公共预算
/// change went to the overall 收入总计, a false FA2104); a table read from text whose 款 row is missing gives FA5002 as a
/// Warning (the row may be the reader's loss), still an Error from a report JSON; a web trail's last link
/// ("首页 &gt; 信息公开 &gt; 部门决算") states no report kind, so 本单位 in a text titled 单位决算 is no FA8004; "变动原因：…"
/// after an income decrease and an expenditure increase covers both (it names the changes).
/// </summary>
public sealed class BlindFortyFourFixesSessionFortySevenTests : CliTestBase
{
    public BlindFortyFourFixesSessionFortySevenTests()
        : base("finacct-fix44-")
    {
    }

    private const string Title = "某市统计局2023年度部门决算说明\n\n";

    /// <summary>The overview paragraph of the run-in texts: its own change 50.00 / 1500.00 = 3.33%, with its reason.</summary>
    private const string Overview = "收入支出决算总体情况。2023年度收入总计1600.00万元，支出总计1600.00万元。本年收入1450.00万元，"
        + "比上年减少50.00万元，下降3.33%，主要原因是项目支出减少。\n\n";

    /// <summary>
    /// "财政拨款支出决算情况。2023年度一般公共预算财政拨款支出…，比上年减少…" after an overview whose section was inferred: the
    /// heading opens the 财政拨款 section, so the 一般公共预算 total and its change (40.00 / 1240.00 = 3.23%) are that section's,
    /// never the overall 收入总计's (before: FA2104 with the base 1600.00 + 40.00).
    /// </summary>
    [Fact]
    public void RunInAppropriationHeading_OpensItsSection()
    {
        var (read, diagnostics) = Read(Title + Overview
            + "财政拨款支出决算情况。2023年度一般公共预算财政拨款支出1200.00万元，比上年减少40.00万元，下降3.23%，主要原因是压减会议费。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("1200.00", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Equal("3.23", JsonAt(read, "/narrative/generalBudget/total/change/rate"));
        Assert.Equal("50.00", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/change/amount"));
    }

    /// <summary>
    /// The overview paragraph without a final 。 (the splitter joins the next paragraph to it as a broken sentence: "…结余
    /// 150.00万元财政拨款支出决算情况。…"): the heading run in after the figure's unit still opens its section.
    /// </summary>
    [Fact]
    public void RunInHeadingJoinedAfterAFigure_OpensItsSection()
    {
        var (read, diagnostics) = Read(Title
            + "收入支出决算总体情况。2023年度收入总计1600.00万元，支出总计1600.00万元。本年收入1450.00万元，比上年减少50.00万元，"
            + "下降3.33%，主要原因是项目支出减少。年末结转和结余150.00万元\n\n"
            + "财政拨款支出决算情况。2023年度一般公共预算财政拨款支出1200.00万元，比上年减少40.00万元，下降3.23%，主要原因是压减会议费。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("40.00", JsonAt(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/change/amount"));
    }

    /// <summary>
    /// The twin: the same text with a wrong rate (40.00 / 1240.00 = 3.23%, written 4.23%) is an FA2104 on the section's total.
    /// </summary>
    [Fact]
    public void RunInAppropriationHeading_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(Title + Overview
            + "财政拨款支出决算情况。2023年度一般公共预算财政拨款支出1200.00万元，比上年减少40.00万元，下降4.23%，主要原因是压减会议费。\n");

        Assert.Equal(["FA2104 /narrative/generalBudget/total/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>"国有资产占用情况。截至…资产总额…" after a 政府采购 paragraph: the heading opens 国有资产, so the total is read.</summary>
    [Fact]
    public void RunInAssetsHeading_OpensItsSection()
    {
        var (read, diagnostics) = Read(Title + Overview
            + "政府采购支出情况。2023年度政府采购支出总额80.00万元，其中货物30.00万元、服务50.00万元。\n\n"
            + "国有资产占用情况。截至2023年12月31日，资产总额900.00万元，其中流动资产300.00万元、固定资产600.00万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("900.00", JsonAt(read, "/narrative/assets/totalValue"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/procurement/total/amount"));
    }

    /// <summary>
    /// Near misses: a section's words closed by '。' inside a paragraph (after a sentence) are no heading, nor are words that
    /// say something of the section (本单位…情况。, 无…情况。) nor a first sentence longer than a heading: the reader stays where the
    /// heading line put it, and no figure after them becomes 国有资产's.
    /// </summary>
    [Theory]
    [InlineData("本年收入1450.00万元，比上年减少50.00万元，下降3.33%，主要原因是项目支出减少。国有资产占用情况。资产总额900.00万元。")]
    [InlineData("本单位国有资产占用情况。资产总额900.00万元。")]
    [InlineData("无国有资产占用情况。资产总额900.00万元。")]
    [InlineData("与上年相比本年度国有资产规模变化较大的情况。资产总额900.00万元。")]
    public void SectionWordsThatAreNoRunInHeading_OpenNothing(string paragraph)
    {
        var (read, _) = Read(Title + "一、收入支出决算总体情况说明\n" + paragraph + "\n");

        Assert.Null(JsonAt(read, "/narrative/assets/totalValue"));
    }

    /// <summary>
    /// A web page's trail ("首页 &gt; 信息公开 &gt; 部门决算") before the title "某市公证处2023年度单位决算公开": the trail names the
    /// site's menu, the title the report's kind — a unit's, whose 本单位 is its right word (no FA8004).
    /// </summary>
    [Fact]
    public void WebTrailNamingDepartmentReports_DoesNotMakeAUnitsReportADepartments()
    {
        var (read, diagnostics) = Read("首页 > 信息公开 > 财政资金 > 部门决算\n某市公证处2023年度单位决算公开\n"
            + "一、单位基本情况\n本单位实行财务独立核算，下设3个科室。\n二、收入支出决算总体情况\n"
            + "2023年度收入总计500.00万元，支出总计500.00万元。\n");

        Assert.DoesNotContain("FA8004", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("unit", JsonAt(read, "/entity/kind"));
    }

    /// <summary>The twin: the same trail before a title that says 部门决算, and 本单位 in a text of several units: FA8004 stays.</summary>
    [Fact]
    public void WebTrail_DepartmentTitle_UnitWordStillWarned()
    {
        var (_, diagnostics) = Read("首页 > 信息公开 > 财政资金 > 部门决算\n某市司法局2023年度部门决算公开\n"
            + "一、部门基本情况\n本部门决算包括局机关及所属3个事业单位。本单位实行财务独立核算。\n二、收入支出决算总体情况\n"
            + "2023年度收入总计500.00万元，支出总计500.00万元。\n");

        Assert.Contains("FA8004", RuleIds(diagnostics, Severity.Warning));
    }

    private const string OverallHead = "某市体育局2023年度部门决算说明\n一、收入支出决算总体情况说明\n";

    /// <summary>
    /// "变动原因：…" after an income decrease (45.00 / 945.00 = 4.76%) and an expenditure increase (5.00 / 895.00 = 0.56%) in
    /// one sentence: the marker names the changes, so it covers both (before: the income change had none, a false FA2106).
    /// </summary>
    [Theory]
    [InlineData("变动原因：")]
    [InlineData("变化原因是")]
    public void ChangesNamingReason_CoversOppositeChanges(string marker)
    {
        var (read, diagnostics) = Read(OverallHead
            + "2023年度本年收入合计900.00万元，与上年相比减少45.00万元，降幅4.76%；本年支出合计900.00万元，与上年相比增加5.00万元，"
            + $"增幅0.56%。{marker}上年收到的场馆维修资金在本年集中支出。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("上年收到的场馆维修资金在本年集中支出。", JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.Equal("上年收到的场馆维修资金在本年集中支出。", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    /// <summary>
    /// Near misses: a bare "主要原因是…" after opposite changes, and a 变动原因 that names one side (支出), stay the expenditure
    /// change's: the income change is still warned.
    /// </summary>
    [Theory]
    [InlineData("主要原因是上年收到的场馆维修资金在本年集中支出。")]
    [InlineData("变动原因：支出增加是因为场馆维修。")]
    public void ReasonThatDoesNotNameTheChanges_StaysTheLastOnes(string reason)
    {
        var (read, diagnostics) = Read(OverallHead
            + "2023年度本年收入合计900.00万元，与上年相比减少45.00万元，降幅4.76%；本年支出合计900.00万元，与上年相比增加5.00万元，"
            + "增幅0.56%。" + reason + "\n");

        Assert.Contains("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.NotNull(JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    private static FinalAccountsReport CodedReport(params string[] codes)
        => PublicFinance.FinalAccounts.Tests.Validation.ParentLevelListedTests.Report(codes);

    private static Validator Fa5002(bool fromText)
        => Validator.Default.WithOptions(ValidationOptions.Default with { TablesReadFromText = fromText }).WithRules("FA5002");

    /// <summary>
    /// 款 20101 listed, 2010301's 款 20103 not: from a report JSON an Error as ever; from a table read from text a Warning
    /// that says why (the parent's row may not have been read).
    /// </summary>
    [Fact]
    public void MissingParent_FromText_IsAWarning_FromJson_AnError()
    {
        var report = CodedReport("201", "20101", "2010101", "2010301");

        var fromJson = Assert.Single(Fa5002(false).Validate(report).Diagnostics, d => d.RuleId == "FA5002");
        var fromText = Assert.Single(Fa5002(true).Validate(report).Diagnostics, d => d.RuleId == "FA5002");

        Assert.Equal(Severity.Error, fromJson.Severity);
        Assert.Equal(Severity.Warning, fromText.Severity);
        Assert.Equal(fromJson.Pointers, fromText.Pointers);
        Assert.Contains("至多为警告", fromText.MessageZh, StringComparison.Ordinal);
    }

    /// <summary>
    /// Over random code sets: read from text, FA5002 fails on exactly the same codes as from JSON, and never as an Error.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property FromText_SameFailures_NeverAnError()
    {
        var codes = Gen.Elements("201", "20101", "2010101", "2010102", "20103", "2010301", "208", "20805", "2080505", "2080506")
            .ArrayOf().Select(a => a.Distinct().ToArray());
        return Prop.ForAll(codes.ToArbitrary(), set =>
        {
            var report = CodedReport(set);
            var json = Fa5002(false).Validate(report).Diagnostics.Where(d => d.RuleId == "FA5002").ToList();
            var text = Fa5002(true).Validate(report).Diagnostics.Where(d => d.RuleId == "FA5002").ToList();
            return json.Select(d => d.Pointers[0]).SequenceEqual(text.Select(d => d.Pointers[0]))
                && text.All(d => d.Severity == Severity.Warning);
        });
    }

    /// <summary>
    /// <c>finacct check</c> on a 说明 text with a bar table that lists 款 22102 but not 款 20103 above 2010301: a Warning.
    /// </summary>
    [Fact]
    public void Cli_TextTableWithoutAParentRow_WarnsOnly()
    {
        const string Table = """
            示例单位2023年度部门决算

            一般公共预算财政拨款支出决算表 公开05表
            单位：万元
            | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
            |  | 合计 | 95.00 | 70.00 | 25.00 |
            | 201 | 一般公共服务支出 | 70.00 | 60.00 | 10.00 |
            | 2010301 | 行政运行 | 70.00 | 60.00 | 10.00 |
            | 221 | 住房保障支出 | 25.00 | 10.00 | 15.00 |
            | 22102 | 住房改革支出 | 25.00 | 10.00 | 15.00 |
            | 2210201 | 住房公积金 | 25.00 | 10.00 | 15.00 |
            """;
        var (_, output, _) = Run("check", WriteFile("说明.txt", Table), "--format", "json");

        var diagnostics = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == "FA5002").ToList();
        Assert.Equal("warning", Assert.Single(diagnostics).GetProperty("severity").GetString());
    }
}
