using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The recall families of the session 21 blind texts, on invented texts of their own: the 财政拨款支出 total and its class
/// list (m0/m1), the vehicle costs split inline (m5) and a project's 绩效自评 written as prose (m4). Each family has a
/// consistent text (no finding) and one wrong figure that gives exactly the expected Error.
/// </summary>
public class BlindRoundTwentyOneBTests
{
    /// <summary>The text read, and its Errors as <c>"rule pointer"</c>.</summary>
    private static (DisclosureReadResult Read, string[] Errors) Read(string text)
    {
        var (read, diagnostics) = TextReading.Read(text);
        return (read, Of(diagnostics, Severity.Error));
    }

    private const string Appropriation = "/narrative/appropriation/";

    // ---- m0/m1: "YYYY年度财政拨款支出 X 万元，其中：…支出 Y 万元，占 Z%" ----

    [Theory]
    [InlineData("四、财政拨款支出决算情况说明", "2022年度财政拨款支出1350.40万元，其中：")]
    [InlineData("（四）财政拨款支出情况", "2022年度财政拨款支出1350.40万元，其中：")]
    [InlineData("三、财政拨款支出决算情况", "本年度财政拨款支出1350.40万元，具体为：")]
    [InlineData("（三）财政拨款支出情况", "财政拨款支出1350.40万元，主要用于以下方面：")]
    public void TheAppropriationTotal_AndItsClasses_ArePlaced(string heading, string lead)
    {
        // 900.20 + 450.20 = 1350.40; 900.20 / 1350.40 = 66.66%, 450.20 / 1350.40 = 33.34%.
        var (read, errors) = Read("某镇人民政府2022年度部门决算说明\n" + heading + "\n" + lead
            + "一般公共服务支出900.20万元，占66.66%；农林水支出450.20万元，占33.34%。\n");
        Assert.Equal("1350.40", At(read, Appropriation + "currentYearExpenditure/amount"));
        Assert.Equal("900.20", At(read, Appropriation + "items/0/amount"));
        Assert.Equal("66.66", At(read, Appropriation + "items/0/share"));
        Assert.Equal("450.20", At(read, Appropriation + "items/1/amount"));
        Assert.Empty(errors);
    }

    [Fact]
    public void AClassList_IsKept_WhenAnItemFollowsInTheNextSentence()
    {
        // m1: "农林水支出中，水利（款）…（项）Y 万元" after the class list must not drop the list.
        var (read, errors) = Read("某市水务局2016年度部门决算公开\n（四）财政拨款支出情况\n"
            + "2016年度财政拨款支出3150.00万元，其中：农林水支出2950.00万元，占93.65%；住房保障支出200.00万元，占6.35%。"
            + "农林水支出中，水利（款）水土保持（项）1200.00万元，主要用于坡耕地治理。\n");
        Assert.Equal("3150.00", At(read, Appropriation + "currentYearExpenditure/amount"));
        Assert.Equal("2950.00", At(read, Appropriation + "items/0/amount"));
        Assert.Equal("93.65", At(read, Appropriation + "items/0/share"));
        Assert.Equal("200.00", At(read, Appropriation + "items/1/amount"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("一般公共预算财政拨款支出")]
    [InlineData("政府性基金预算财政拨款支出")]
    [InlineData("国有资本经营预算财政拨款支出")]
    public void OneFundsPart_IsNeverTheWholeAppropriation(string part)
    {
        // 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营: a part alone is not the total (a note, nothing placed).
        var (read, _) = Read("某县农业农村局2020年度部门决算\n三、财政拨款支出决算情况\n2020年度" + part + "420.00万元。\n");
        Assert.Null(At(read, Appropriation + "currentYearExpenditure/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("one budget's part", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1350.40", false)]   // the total equals the 一般公共预算 section's (no 政府性基金 or 国资 spending)
    [InlineData("1305.40", true)]    // a wrong total: FA1208 (1305.40 < 1350.40: no unmentioned fund can close that gap)
    [InlineData("1530.40", false)]   // session 33: 1530.40 − 1350.40 may be an unmentioned fund (unknown, not 0): no Error
    public void AWrongAppropriationTotal_GivesFA1208(string total, bool wrong)
    {
        var (_, errors) = Read("某镇人民政府2022年度部门决算说明\n四、财政拨款支出情况\n2022年度财政拨款支出" + total
            + "万元，其中：一般公共服务支出900.20万元；农林水支出450.20万元。\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2022年度一般公共预算财政拨款支出1350.40万元。\n");
        if (wrong)
        {
            Assert.Equal(["FA1208 /narrative/appropriation/currentYearExpenditure/amount"], errors);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    // ---- m5: 公务用车购置及运行维护费 X 万元（购置费 A 万元，运行维护费 B 万元） ----

    private const string ThreePublic = "/narrative/threePublic/";

    [Theory]
    [InlineData("公务用车购置及运行维护费8.40万元（购置费0万元，运行维护费8.40万元）")]
    [InlineData("公务用车购置及运行费8.40万元，其中购置费0万元、运行费8.40万元")]
    [InlineData("公务用车购置及运行维护费8.40万元（其中：购置费0万元，运行维护费8.40万元）")]
    public void TheVehicleSplit_WrittenInline_IsPlaced(string vehicles)
    {
        // 1.20 + 8.40 + 2.10 = 11.70.
        var (read, errors) = Read("某区文化馆2022年度部门决算\n四、“三公”经费财政拨款支出情况\n"
            + "2022年度“三公”经费财政拨款支出11.70万元。其中：因公出国（境）费1.20万元；" + vehicles + "；公务接待费2.10万元。\n");
        Assert.Equal("8.40", At(read, ThreePublic + "vehiclesSubtotal/amount"));
        Assert.Equal("0", At(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("8.40", At(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("8.40", false)]
    [InlineData("6.40", true)]   // 0 + 6.40 ≠ 8.40 beyond the rounding slack: FA1207 on the vehicle subtotal
    public void AWrongVehicleSplit_GivesFA1207(string operation, bool wrong)
    {
        var (_, errors) = Read("某区文化馆2022年度部门决算\n四、“三公”经费财政拨款支出情况\n"
            + "2022年度“三公”经费财政拨款支出11.70万元。其中：因公出国（境）费1.20万元；公务用车购置及运行维护费8.40万元（购置费0万元，"
            + "运行维护费" + operation + "万元）；公务接待费2.10万元。\n");
        if (wrong)
        {
            Assert.Equal(["FA1207 /narrative/threePublic/vehiclesSubtotal/amount"], errors);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    // ---- m4: a project's 绩效自评 written as prose ----

    private const string Evaluation = "/performance/evaluations/0/";

    private const string ScoredProject = "第三部分 项目支出绩效自评情况\n"
        + "（一）校园安全改造项目。全年预算数500.00万元，执行数480.00万元，预算执行率96.00%，该项指标分值10分，得分9.6分。"
        + "产出指标分值50分，得分46分；效益指标分值30分，得分27分；满意度指标分值10分，得分9分。项目自评总分91.6分，评价等级为“优”。\n";

    [Fact]
    public void AScoredProjectInProse_IsReadAsAnEvaluation()
    {
        // 480.00 / 500.00 = 96.00%; 10 + 50 + 30 + 10 = 100; 9.6 + 46 + 27 + 9 = 91.6 (≥ 90: 优).
        var (read, errors) = Read("某职业学院2022年度部门决算公开\n" + ScoredProject);
        Assert.Equal("500.00", At(read, Evaluation + "funds/0/fullYearBudget"));
        Assert.Equal("480.00", At(read, Evaluation + "funds/0/executed"));
        Assert.Equal("96.00", At(read, Evaluation + "funds/0/executionRate"));
        Assert.Equal("10", At(read, Evaluation + "funds/0/weight"));
        Assert.Equal("9.6", At(read, Evaluation + "funds/0/score"));
        Assert.Equal("50", At(read, Evaluation + "indicators/0/weight"));
        Assert.Equal("27", At(read, Evaluation + "indicators/1/score"));
        Assert.Equal("91.6", At(read, Evaluation + "totalScore"));
        var evaluation = Assert.Single(read.Report.Performance!.Evaluations);
        Assert.Equal("校园安全改造项目", evaluation.Name);
        Assert.Equal(PublicFinance.FinalAccounts.Model.Performance.PerformanceGrade.Excellent, evaluation.Grade);
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], evaluation.Indicators.Select(i => i.Level1));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("预算执行率96.00%", "预算执行率94.00%", "FA3004 /performance/evaluations/0/funds/0/executionRate")]
    // 56 > 50 (FA3002) and 101.6 ≠ 91.6 (FA3003): both hold with the score at 46, and FA3002 names it, so FA3003 is its
    // linked Warning (rules spec §5.1).
    [InlineData("得分46分", "得分56分", "FA3002 /performance/evaluations/0/indicators/0/score")]
    [InlineData("得分27分", "得分37分", "FA3002 /performance/evaluations/0/indicators/1/score")]   // 37 > 30
    public void AWrongProseFigure_GivesTheExpectedError(string right, string wrong, string expected)
    {
        var (_, errors) = Read("某职业学院2022年度部门决算公开\n" + ScoredProject.Replace(right, wrong, StringComparison.Ordinal));
        Assert.Contains(expected, errors);
    }

    [Theory]
    [InlineData("本部门对2022年度城乡环卫一体化服务项目开展了绩效自评，项目年初预算1,200.00万元，全年执行1,152.00万元，执行率96%。",
        "城乡环卫一体化服务项目", null, "1200.00")]
    [InlineData("2021年度本部门对老旧小区物业管理补贴项目开展绩效自评，项目资金260.00万元，全年支出260.00万元，执行率100%。",
        "老旧小区物业管理补贴项目", "260.00", null)]
    [InlineData("（二）学生资助项目。全年预算数1450.00万元，执行数1450.00万元，预算执行率100%，得分10分；产出指标得分48分。",
        "学生资助项目", "1450.00", null)]
    public void OtherProseWordings_AreRead(string paragraph, string name, string? fullYear, string? initial)
    {
        var (read, errors) = Read("某局2022年度部门决算\n八、预算绩效情况说明\n" + paragraph + "\n");
        var evaluation = Assert.Single(read.Report.Performance!.Evaluations);
        Assert.Equal(name, evaluation.Name);
        Assert.Equal(fullYear, At(read, Evaluation + "funds/0/fullYearBudget"));
        Assert.Equal(initial, At(read, Evaluation + "funds/0/initialBudget"));
        Assert.Empty(errors);
    }

    [Fact]
    public void AScoreAlone_IsNotATotalOfNothing()
    {
        // "自评得分 94 分" with no parts: FA3003 has no indicator score to sum and cannot run (a sum over an empty list is
        // missing, not zero: spec §4.1), so since blind round 24 the total is placed with its grade (FA3007 weighs them) and
        // no Error is raised.
        var (read, errors) = Read("某局2022年度部门决算\n八、预算绩效情况说明\n本部门对2022年度城市道路保洁项目开展了绩效自评，"
            + "项目年初预算300.00万元，全年执行288.00万元，执行率96%，自评得分94分，等级为优。\n");
        Assert.Equal("94", At(read, Evaluation + "totalScore"));
        Assert.Equal("288.00", At(read, Evaluation + "funds/0/executed"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("本部门对林木良种选育等5个科研项目开展了绩效自评，项目资金620.00万元，全年支出600.00万元。")]   // a group, not one project
    [InlineData("本部门对农村饮水安全项目开展了绩效自评，覆盖项目资金150.00万元。")]   // one fund figure only
    public void AGroupOrAFigureAlone_IsNotAnEvaluation(string paragraph)
    {
        var (read, _) = Read("某局2022年度部门决算\n八、预算绩效情况说明\n" + paragraph + "\n");
        Assert.Empty(read.Report.Performance?.Evaluations ?? []);
    }

    [Fact]
    public void ProseOfSomeOfTheStatedProjects_IsASelection()
    {
        // "对 3 个项目开展了绩效自评" but one described: a partial list. Since session 42 (schema 1.8) it is read, marked a
        // selection, so FA3009/FA3010 do not check it as the whole (before: none read, a note).
        var (read, errors) = Read("某职业学院2022年度部门决算公开\n第三部分 项目支出绩效自评情况\n学校对3个项目开展了绩效自评。\n"
            + ScoredProject.Substring(ScoredProject.IndexOf('\n', StringComparison.Ordinal) + 1));
        Assert.Single(read.Report.Performance!.Evaluations);
        Assert.Equal(
            PublicFinance.FinalAccounts.Model.Performance.EvaluationsListed.Selection, read.Report.Performance.EvaluationsListed);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("describes 1 in prose", StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}
