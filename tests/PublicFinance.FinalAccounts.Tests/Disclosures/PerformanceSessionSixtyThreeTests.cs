using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 63 (perf63; our own invented 疾控中心 and 林业局 texts, none copied from the blind rounds): the space-aligned
/// 项目支出绩效自评表 of session 62 taken up again. A table whose cells are two spaces apart (not aligned to the header) with
/// its fund lines indented under a label column (<c>项目资金（万元）  年初预算数 …</c>, then <c>  年度资金总额  …  10  …  9.7</c>):
/// the fund line carries the 预算执行率 indicator's weight and score, which the 总分 counts. And a title on its own line over
/// rows one space apart (a pdftotext -raw text): its figures are one project's, never the evaluated projects' totals.
/// </summary>
public sealed class PerformanceSessionSixtyThreeTests
{
    private const string Evaluation = "/performance/evaluations/0/";

    /// <summary>The invented 说明: a table two spaces apart; <paramref name="total"/> is the 总分 as printed.</summary>
    private static string Text(string total = "95.4", string fundIndent = "  ")
        => "某县疾病预防控制中心2022年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县疾病预防控制中心为县卫生健康局所属公益一类事业单位。\n\n"
            + "二、项目绩效自评情况\n"
            + "本单位对重大传染病防控项目开展绩效自评，自评结果见下表。\n\n"
            + "重大传染病防控项目支出绩效自评表\n"
            + "项目名称  重大传染病防控\n"
            + "主管部门  某县卫生健康局  实施单位  某县疾病预防控制中心\n"
            + "项目资金（万元）    年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
            + fundIndent + "年度资金总额  640.00  712.50  690.40  10  96.90%  9.7\n"
            + fundIndent + "其中：当年财政拨款  640.00  712.50  690.40  —  —  —\n"
            + "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施\n"
            + "产出指标  数量指标  重点人群筛查人数  ≥5000人  5320人  20  20  \n"
            + "  质量指标  疫情报告及时率  ≥98%  96.5%  20  18.7  个别网络直报延迟\n"
            + "效益指标  社会效益指标  传染病发病率  较上年下降  下降0.8个百分点  30  29  \n"
            + "满意度指标  服务对象满意度指标  群众满意度  ≥90%  88.0%  20  18  \n"
            + "总分          100  " + total + "\n\n"
            + "三、其他需要说明的事项\n本单位无其他需要说明的事项。\n";

    /// <summary>The indented fund line is the fund line: its budgets, rate, weight and score; the 总分 adds up; no Error.</summary>
    [Fact]
    public void IndentedFundLine_CarriesWeightAndScore()
    {
        var (read, diagnostics) = Read(Text());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("重大传染病防控", JsonAt(read, Evaluation + "name"));
        Assert.Equal("年度资金总额", JsonAt(read, Evaluation + "funds/0/label"));
        Assert.Equal("640.00", JsonAt(read, Evaluation + "funds/0/initialBudget"));
        Assert.Equal("712.50", JsonAt(read, Evaluation + "funds/0/fullYearBudget"));
        Assert.Equal("690.40", JsonAt(read, Evaluation + "funds/0/executed"));
        Assert.Equal("10", JsonAt(read, Evaluation + "funds/0/weight"));
        Assert.Equal("96.90", JsonAt(read, Evaluation + "funds/0/executionRate"));
        Assert.Equal("9.7", JsonAt(read, Evaluation + "funds/0/score"));
        Assert.Equal("currentYearAppropriation", JsonAt(read, Evaluation + "funds/1/kind"));
        Assert.Null(JsonAt(read, Evaluation + "funds/1/weight"));
        Assert.Equal("100", JsonAt(read, Evaluation + "totalWeight"));
        Assert.Equal("95.4", JsonAt(read, Evaluation + "totalScore"));
    }

    /// <summary>
    /// Near miss: an indicator row indented under the 一级指标 column keeps its blank first cell (its 一级指标 the row's
    /// above, the indented cell the 二级指标) — the fund line's mending does not take the blank from a row that needs it.
    /// </summary>
    [Fact]
    public void IndentedIndicatorRow_KeepsItsBlankFirstCell()
    {
        var (read, _) = Read(Text());
        Assert.Equal("产出指标", JsonAt(read, Evaluation + "indicators/1/level1"));
        Assert.Equal("质量指标", JsonAt(read, Evaluation + "indicators/1/level2"));
        Assert.Equal("疫情报告及时率", JsonAt(read, Evaluation + "indicators/1/name"));
        Assert.Equal("18.7", JsonAt(read, Evaluation + "indicators/1/score"));
        Assert.Equal("20", JsonAt(read, Evaluation + "indicators/1/weight"));
    }

    /// <summary>The fund lines not indented read the same (the layout the tab and '|' forms have).</summary>
    [Fact]
    public void FundLineNotIndented_ReadsTheSame()
    {
        var (read, diagnostics) = Read(Text(fundIndent: string.Empty));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("10", JsonAt(read, Evaluation + "funds/0/weight"));
        Assert.Equal("9.7", JsonAt(read, Evaluation + "funds/0/score"));
    }

    /// <summary>A 总分 that is not the sum (fund line's score included) is exactly one Error, FA3003 at the total score.</summary>
    [Fact]
    public void WrongTotal_IsOneFA3003()
    {
        var (read, diagnostics) = Read(Text(total: "92.4"));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
        Assert.Contains(diagnostics, d => d.RuleId == "FA3003" && d.Pointers.Contains(Evaluation + "totalScore"));
    }

    /// <summary>
    /// A title on its own line over rows one space apart, after a paragraph that counts the evaluated projects: the rows'
    /// figures (an indicator's <c>≥15万亩</c>) are one project's — never /performance/projectBudget, and no FA3011 Warning.
    /// </summary>
    [Fact]
    public void RowsUnderTitle_AreNoProjectsTotal()
    {
        const string Forestry = "某县林业局2023年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县林业局负责全县林业资源保护和生态修复工作。\n\n"
            + "二、支出决算情况\n"
            + "2023年度支出总计3200.00万元，其中基本支出1100.00万元，项目支出2100.00万元。\n\n"
            + "三、绩效自评情况\n"
            + "本局对6个项目开展了绩效自评，涉及资金2100.00万元。\n\n"
            + "附件2 森林资源管护项目支出绩效自评表\n"
            + "项目名称 森林资源管护\n"
            + "主管部门 某县林业局 实施单位 某县林业局\n"
            + "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            + "年度资金总额 820.00 860.00 842.80 10 98.00% 9.8\n"
            + "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            + "产出指标 数量指标 管护面积 ≥15万亩 15.6万亩 40 40\n"
            + "效益指标 生态效益指标 森林覆盖率 ≥62% 62.4% 30 30\n"
            + "满意度指标 服务对象满意度指标 林农满意度 ≥90% 93% 20 19.5\n"
            + "总分 100 99.3\n";
        var (read, diagnostics) = Read(Forestry);
        Assert.Equal("2100.00", JsonAt(read, "/performance/projectFunds"));
        Assert.Null(JsonAt(read, "/performance/projectBudget"));
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w.StartsWith("FA3011", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Invented 司法所 text: a '|' 绩效自评表 under a title naming no project (<c>项目支出绩效自评表</c>), no 项目名称 row;
    /// <paramref name="before"/> is the line just before the title, <paramref name="nameRow"/> an optional name row.
    /// </summary>
    private static string PipeText(string before, string nameRow = "")
        => "某区司法局2023年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某区司法局负责全区法治宣传和社区矫正工作。\n\n"
            + "二、预算绩效情况说明\n"
            + before + "\n"
            + "项目支出绩效自评表\n"
            + nameRow
            + "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n"
            + "| 产出指标 | 数量指标 | 法治讲座场次 | ≥120场 | 134场 | 30 | 30.0 |\n"
            + "| 产出指标 | 质量指标 | 矫正对象再犯罪率 | ≤0.2% | 0.1% | 30 | 29.5 |\n"
            + "| 效益指标 | 社会效益指标 | 群众法治意识提升 | 有所提升 | 明显提升 | 20 | 19.0 |\n"
            + "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94.2% | 20 | 18.8 |\n"
            + "| 总分 |  |  |  |  | 100 | 97.3 |\n\n"
            + "三、其他需要说明的事项\n本部门无其他需要说明的事项。\n";

    /// <summary>The line before names the one project self-evaluated: the table is that project's, every indicator read.</summary>
    [Fact]
    public void UnnamedTable_TakesTheProjectOfTheLineBefore()
    {
        var (read, diagnostics) = Read(PipeText("本局对社区矫正教育帮扶项目开展了绩效自评，项目资金86.40万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("社区矫正教育帮扶项目", JsonAt(read, Evaluation + "name"));
        Assert.Equal("法治讲座场次", JsonAt(read, Evaluation + "indicators/0/name"));
        Assert.Equal("29.5", JsonAt(read, Evaluation + "indicators/1/score"));
        Assert.Equal("0.1", JsonAt(read, Evaluation + "indicators/1/actual/value"));
        Assert.Equal("97.3", JsonAt(read, Evaluation + "totalScore"));
        Assert.Equal("100", JsonAt(read, Evaluation + "totalWeight"));
    }

    /// <summary>
    /// Near misses: a line naming a group of projects, one naming no self-evaluation, and one stating the project's score (read
    /// by the prose reader: the table would count it twice) name no table — its evaluation is dropped, as before (a note).
    /// </summary>
    [Theory]
    [InlineData("本局对社区矫正教育帮扶等3个项目开展了绩效自评，项目资金186.40万元。")]
    [InlineData("社区矫正教育帮扶项目全年预算86.40万元。")]
    [InlineData("本局对社区矫正教育帮扶项目开展了绩效自评，自评得分97.3分。")]
    public void UnnamedTable_LineBeforeNamingNoOneProject_NamesNothing(string before)
    {
        var (read, diagnostics) = Read(PipeText(before));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluation + "indicators/0/name"));
        Assert.Null(JsonAt(read, "/performance/evaluations/1/indicators/0/name"));
    }

    /// <summary>A name row in the table is the name, never the line before's.</summary>
    [Fact]
    public void NameRow_IsTheName()
    {
        var (read, _) = Read(PipeText("本局对社区矫正教育帮扶项目开展了绩效自评，项目资金86.40万元。", "| 项目名称 | 法治宣传教育 |\n"));
        Assert.Equal("法治宣传教育", JsonAt(read, Evaluation + "name"));
        Assert.Equal("97.3", JsonAt(read, Evaluation + "totalScore"));
    }
}
