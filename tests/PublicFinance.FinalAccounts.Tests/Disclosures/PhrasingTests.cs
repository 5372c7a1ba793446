using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>One test per phrasing variant real disclosures use, written from synthetic sentences.</summary>
public class PhrasingTests
{
    internal static DisclosureReadResult Read(string heading, string body, string title = "# 测试局 2023 年度部门决算公开说明") =>
        DisclosureReader.Read(title + "\n\n## " + heading + "\n\n" + body + "\n");

    private static NarrativeSections N(DisclosureReadResult r) => r.Report.Narrative!;

    private static Amount A(string s) => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Percent P(string s) => Percent.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    // ---- title, units, numbers --------------------------------------------------------------------------------

    [Fact]
    public void Title_GivesNameYearAndKind()
    {
        var r = Read("一、收入决算情况说明", "本年收入 10.00 万元。", "# 某某县教育局（单位）2022 年度单位决算公开说明");
        Assert.Equal("某某县教育局", r.Report.Entity.Name);
        Assert.Equal(2022, r.Report.Entity.FiscalYear);
        Assert.Equal(ReportKind.Unit, r.Report.Entity.Kind);
    }

    [Theory]
    [InlineData("本年收入 3,653.30 万元。", "3653.30")]
    [InlineData("本年收入 3653.30 万元。", "3653.30")]
    [InlineData("本年收入3,653.30万元。", "3653.30")]
    [InlineData("本年收入 ３，６５３．３０万元。", "3653.30")]
    [InlineData("本年收入 3654 万元。", "3654")]
    [InlineData("本年收入 0.123456 万元。", "0.123456")]
    [InlineData("本年收入 0.00 万,其中财政拨款收入 0.00 万。", "0.00")]
    [InlineData("本年收入 36,533,000.00 元。", "3653.300000")]
    [InlineData("本年收入 1.5000 亿元。", "15000")]
    [InlineData("本年收入 1.23456 亿元。", "12345.6")]
    public void Amounts_InEveryWriting(string sentence, string expected)
    {
        var r = Read("二、收入决算情况说明", sentence);
        Assert.Equal(expected, N(r).Income!.Total!.Amount.ToString());
    }

    /// <summary>
    /// An amount in 亿元 with fewer than four decimals is known only to 10 万元 or coarser (1.5亿元: to the nearest 1,000
    /// 万元), which no figure of the report can say: not placed (a note), rather than placed as exact to the 万元.
    /// </summary>
    [Theory]
    [InlineData("本年收入 1.5 亿元。")]
    [InlineData("本年收入 1.234 亿元。")]
    public void Amounts_InYiYuan_CoarserThanTheWanYuan_AreNotPlaced(string sentence)
    {
        var r = Read("二、收入决算情况说明", sentence);
        Assert.Null(r.Report.Narrative?.Income?.Total);
        Assert.Contains(r.Notes, n => n.MessageEn.EndsWith(DisclosureMessages.CoarserThanTheReport.En, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（金额单位：万元）", "3653.30")]
    [InlineData("金额单位：元", "0.365330")]
    public void DocumentUnit_AppliesToBareFigures(string declaration, string expected)
    {
        var r = Read("二、收入决算情况说明", declaration + "\n\n本年收入 3,653.30，其中：财政拨款收入 3,593.65，占 98.37%；其他收入 59.65，占 1.63%。");
        Assert.Equal(expected, N(r).Income!.Total!.Amount.ToString());
        Assert.Equal(P("98.37"), N(r).Income!.FiscalAppropriation!.Share);
    }

    [Fact]
    public void YuanInAWanYuanDocument_IsConvertedExactly_WithAnInfoFinding()
    {
        var r = Read("二、收入决算情况说明", "本年收入 36,533,000.00 元。");
        Assert.Equal(3653.3m, N(r).Income!.Total!.Amount.Value);
        Assert.Contains(r.TextFindings, f => f.RuleId == "FA8005" && f.Severity == Severity.Info);
    }

    [Theory]
    [InlineData("占 98.37%", "98.37")]
    [InlineData("占98.37 %", "98.37")]
    [InlineData("占 98.37％", "98.37")]
    [InlineData("占 1,055.4%", "1055.4")]
    [InlineData("占 100%", "100")]
    public void Percentages_InEveryWriting(string share, string expected)
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，其中：财政拨款收入 98.37 万元，" + share + "。");
        Assert.Equal(expected, N(r).Income!.FiscalAppropriation!.Share!.Value.ToString().TrimEnd('%'));
    }

    [Fact]
    public void SignedValues_AndFullWidthMinus()
    {
        var r = Read("四、财政拨款收入支出决算总体情况说明", "财政拨款收入总计 90.00 万元。与年初预算相比，年初预算数 100.00 万元，决算数 90.00 万元，预决算差异率－10.00%，主要原因是：项目延期。");
        Assert.Equal(-10.00m, N(r).Appropriation!.Budget!.VarianceRate!.Value.Value);
        Assert.Equal("项目延期。", N(r).Appropriation!.Budget!.Reason);
    }

    [Fact]
    public void TraditionalCharacters_AreRead()
    {
        var r = Read("二、收入決算情況說明", "本年收入 100.00 萬元，其中：財政撥款收入 90.00 萬元，占 90.00%。");
        Assert.Equal(A("90.00"), N(r).Income!.FiscalAppropriation!.Amount);
    }

    [Fact]
    public void NotComparable_RatesAreLeftOut()
    {
        foreach (var rate in new[] { "增长--%", "增长 --", "基数为0，不可比" })
        {
            var r = Read("九、财政拨款“三公”经费支出决算情况说明", "“三公”经费支出 10.00 万元，比上年增加 10.00 万元，" + rate + "，主要原因是：新增出访。");
            var change = N(r).ThreePublic!.Total!.Change!;
            Assert.Equal(ChangeDirection.Increase, change.Direction);
            Assert.Null(change.Rate);
        }
    }

    // ---- totals and carry-overs --------------------------------------------------------------------------------

    [Theory]
    [InlineData("2023 年度收入总计 100.00 万元。")]
    [InlineData("2023 年度总收入 100.00 万元。")]
    [InlineData("2023 年度收、支总计均为 100.00 万元。")]
    [InlineData("2023 年度收、支总计各是 100.00、100.00 万元。")]
    public void IncomeGrandTotal_Phrasings(string sentence)
    {
        var r = Read("一、收入支出决算总体情况说明", sentence);
        Assert.Equal(A("100.00"), N(r).Overall!.IncomeGrandTotal!.Amount);
    }

    [Fact]
    public void BothGrandTotals_FromOneSentence()
    {
        var r = Read("一、收入支出决算总体情况说明", "2023 年度收、支总计各是 100.00、98.00 万元。");
        Assert.Equal(A("98.00"), N(r).Overall!.ExpenditureGrandTotal!.Amount);
    }

    [Theory]
    [InlineData("本年收入合计")]
    [InlineData("收入合计")]
    [InlineData("本年收入")]
    public void CurrentYearIncome_Phrasings(string label)
    {
        var r = Read("一、收入支出决算总体情况说明", "收入总计 100.00 万元，其中：" + label + " 90.00 万元，年初结转和结余 10.00 万元。");
        Assert.Equal(A("90.00"), N(r).Overall!.CurrentYearIncome!.Amount);
    }

    [Theory]
    [InlineData("年初结转和结余")]
    [InlineData("上年结转和结余")]
    [InlineData("年初结转结余")]
    public void CarryOver_Phrasings(string label)
    {
        var r = Read("一、收入支出决算总体情况说明", "收入总计 100.00 万元，其中：本年收入合计 90.00 万元，" + label + " 10.00 万元。");
        Assert.Equal(A("10.00"), N(r).Overall!.OpeningCarryOver!.Amount);
    }

    [Theory]
    [InlineData("使用非财政拨款结余（含专用结余）")]
    [InlineData("使用非财政拨款结余")]
    public void NonAppropriationBalance_Phrasings(string label)
    {
        var r = Read("一、收入支出决算总体情况说明", "收入总计 100.00 万元，其中：本年收入合计 90.00 万元，" + label + " 5.00 万元，年初结转和结余 5.00 万元。");
        Assert.Equal(A("5.00"), N(r).Overall!.UseOfNonAppropriationBalance!.Amount);
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("比上年增加 10.00 万元，增长 11.11%", ChangeDirection.Increase)]
    [InlineData("比上年增加 10.00 万元，上升 11.11%", ChangeDirection.Increase)]
    [InlineData("同比增长 10.00 万元，增长 11.11%", ChangeDirection.Increase)]
    [InlineData("比去年增加 10.00 万元，增长 11.11%", ChangeDirection.Increase)]
    [InlineData("较上年减少 10.00 万元，下降 9.09%", ChangeDirection.Decrease)]
    [InlineData("比上年减少 10.00 万元，降低 9.09%", ChangeDirection.Decrease)]
    public void Change_Phrasings(string phrase, ChangeDirection direction)
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，" + phrase + "，主要原因是：业务调整。");
        var change = N(r).Income!.Total!.Change!;
        Assert.Equal(direction, change.Direction);
        Assert.Equal(A("10.00"), change.Amount);
        Assert.NotNull(change.Rate);
        Assert.Equal("业务调整。", change.Reason);
    }

    [Fact]
    public void PriorYearAmount_ThenChange()
    {
        var r = Read("九、财政拨款“三公”经费支出决算情况说明", "“三公”经费支出 90.00 万元，比上年累计支出 100.00 万元减少 10.00 万元，下降 10.00%，主要原因是：压减。");
        var change = N(r).ThreePublic!.Total!.Change!;
        Assert.Equal(A("100.00"), change.PriorYearAmount);
        Assert.Equal(A("10.00"), change.Amount);
        Assert.Equal(ChangeDirection.Decrease, change.Direction);
    }

    [Theory]
    [InlineData("与上年持平")]
    [InlineData("比上年持平")]
    [InlineData("与上年相比无增减变化")]
    public void Unchanged_Phrasings(string phrase)
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，" + phrase + "。");
        Assert.Equal(ChangeDirection.Unchanged, N(r).Income!.Total!.Change!.Direction);
    }

    [Fact]
    public void ZeroIncrease_IsRead_AsStated_AndTheValidatorAsksFor持平()
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，比上年增加 0.00 万元，增长 0%。");
        Assert.Equal(ChangeDirection.Increase, N(r).Income!.Total!.Change!.Direction);
        Assert.Contains(Validator.Default.Validate(r.Report, r.Sources).Diagnostics, d => d.RuleId == "FA2102");
    }

    // ---- budget comparisons ------------------------------------------------------------------------------------

    [Fact]
    public void CompletionRate_Phrasings()
    {
        var a = Read("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出 90.00 万元，完成预算 90.00%。");
        Assert.Equal(P("90.00"), N(a).GeneralBudget!.Total!.Budget!.CompletionRate);
        var b = Read("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出 90.00 万元，完成全年预算 100.00 万元的 90.00%。");
        Assert.Equal(P("90.00"), N(b).GeneralBudget!.Total!.Budget!.CompletionRate);
        Assert.Equal(A("100.00"), N(b).GeneralBudget!.Total!.Budget!.BudgetAmount);
        Assert.Equal(BudgetKind.FullYear, N(b).GeneralBudget!.Total!.Budget!.Kind);
    }

    [Fact]
    public void AboveBudget_WithDifference()
    {
        var r = Read("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出 110.00 万元。决算数大于预算数 10.00 万元，主要原因是：追加项目。");
        var budget = N(r).GeneralBudget!.Total!.Budget!;
        Assert.Equal(BudgetRelation.FinalAboveBudget, budget.Relation);
        Assert.Equal(A("10.00"), budget.Difference);
        Assert.Equal("追加项目。", budget.Reason);
    }

    [Fact]
    public void BelowInitialBudget_WithDifference()
    {
        var r = Read("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出 90.00 万元，较年初预算数减少 10.00 万元，主要原因是：项目延期。");
        var budget = N(r).GeneralBudget!.Total!.Budget!;
        Assert.Equal(BudgetRelation.FinalBelowBudget, budget.Relation);
        Assert.Equal(A("10.00"), budget.Difference);
        Assert.Null(N(r).GeneralBudget!.Total!.Change);
    }

    [Fact]
    public void ItemBudget_ShanghaiStyle()
    {
        var r = Read("五、一般公共预算财政拨款支出决算情况说明",
            "1. 社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位职业年金缴费支出(项)。年初预算为 274.82 万元，支出决算为 257.14 万元，完成年初预算的 93.57%。决算数小于预算数的主要原因是：人员变动。");
        var item = Assert.Single(N(r).GeneralBudget!.Items);
        Assert.Equal("2080506", item.Code!.Value.Value);
        Assert.Equal(A("257.14"), item.Amount);
        Assert.Equal(A("274.82"), item.Budget!.BudgetAmount);
        Assert.Equal(P("93.57"), item.Budget.CompletionRate);
        Assert.Equal(BudgetRelation.FinalBelowBudget, item.Budget.Relation);
    }

    // ---- 三公 names ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("公务用车购置及运行维护费")]
    [InlineData("公务用车购置及运行费")]
    [InlineData("公车购置及运行费")]
    public void VehicleSubtotal_Names(string name)
    {
        var r = Read("九、财政拨款“三公”经费支出决算情况说明", "“三公”经费支出 30.00 万元，其中：" + name + "支出 20.00 万元，占 66.67%。");
        Assert.Equal(A("20.00"), N(r).ThreePublic!.VehiclesSubtotal!.Amount);
    }

    [Theory]
    [InlineData("因公出国（境）费")]
    [InlineData("因公出国（境）经费")]
    [InlineData("因公出国（境）费用")]
    public void OverseasTravel_Names(string name)
    {
        var r = Read("九、财政拨款“三公”经费支出决算情况说明", "“三公”经费支出 30.00 万元，其中：" + name + "支出 10.00 万元，占 33.33%。");
        Assert.Equal(A("10.00"), N(r).ThreePublic!.OverseasTravel!.Amount);
    }

    [Fact]
    public void ThreePublicCounts()
    {
        var r = Read("九、财政拨款“三公”经费支出决算情况说明",
            "全年安排因公出国（境）团组 3 个，累计 12 人次。公务用车购置数 1 辆，公务用车保有量 8 辆。国内公务接待 20 批次，150 人次，其中：外宾接待 2 批次，10 人次。");
        var t = N(r).ThreePublic!;
        Assert.Equal((3, 12, 1, 8, 20, 150, 2, 10), (t.OverseasDelegations, t.OverseasPersonTrips, t.VehiclesPurchased, t.VehiclesHeld,
            t.DomesticReceptionBatches, t.DomesticReceptionPersonTrips, t.ForeignReceptionBatches, t.ForeignReceptionPersonTrips));
    }

    // ---- layout ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("## 二、收入决算情况说明")]
    [InlineData("二、收入决算情况说明")]
    [InlineData("(二)收入决算情况说明")]
    [InlineData("**二、收入决算情况说明**")]
    [InlineData("第二部分 收入决算情况说明")]
    public void SectionHeading_Variants(string heading)
    {
        var r = DisclosureReader.Read("# 测试局 2023 年度部门决算公开说明\n\n" + heading + "\n\n本年收入 100.00 万元，其中：财政拨款收入 90.00 万元，占 90.00%。\n");
        Assert.Equal(A("90.00"), N(r).Income!.FiscalAppropriation!.Amount);
    }

    [Fact]
    public void SentencesAndWordsBrokenAcrossLines_AreJoined()
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，其中：财政拨\n\n款收入 90.00 万元，占\n90.00%；其他收入 10.00\n万元，占 10.00%。");
        Assert.Equal(A("90.00"), N(r).Income!.FiscalAppropriation!.Amount);
        Assert.Equal(A("10.00"), N(r).Income!.OtherIncome!.Amount);
        var claim = r.Claims.Single(c => c.Pointer == "/narrative/income/otherIncome/amount");
        Assert.Equal(8, claim.Span.StartLine);   // "10.00" at the end of line 8, "万元" at the start of line 9
        Assert.Equal(9, claim.Span.EndLine);
    }

    [Fact]
    public void AStrayTab_InProse_DoesNotMakeATableRow()
    {
        var r = Read("二、收入决算情况说明", "本年收入\t100.00 万元，其中：财政拨款收入 90.00 万元，占 90.00%。");
        Assert.Equal(A("100.00"), N(r).Income!.Total!.Amount);
    }

    [Fact]
    public void WindowsLineEndingsAndBom_KeepPositions()
    {
        var r = DisclosureReader.Read("\uFEFF# 测试局 2023 年度部门决算公开说明\r\n\r\n## 二、收入决算情况说明\r\n\r\n本年收入 100.00 万元。\r\n");
        var claim = r.Claims.Single(c => c.Pointer == "/narrative/income/total/amount");
        Assert.Equal(new SourceSpan(5, 6, 5, 14), claim.Span);   // "100.00 万元"
    }

    [Fact]
    public void BoldMarkup_IsIgnored()
    {
        var r = Read("六、一般公共预算财政拨款基本支出决算情况说明", "基本支出 100.00 万元，其中：**人员经费 80.00 万元**，包括：基本工资、津贴补贴。**公用经费 20.00 万元**，包括：办公费。");
        var basic = N(r).BasicExpenditure!;
        Assert.Equal((A("100.00"), A("80.00"), A("20.00")), (basic.Total!.Amount, basic.Personnel!.Amount, basic.Public!.Amount));
        Assert.Equal(new[] { "基本工资", "津贴补贴" }, basic.PersonnelItems);
        Assert.Equal(new[] { "办公费" }, basic.PublicItems);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("|")]
    public void PerformanceTables_TabOrPipeSeparated(string sep)
    {
        string Row(params string[] cells) => sep == "|" ? "| " + string.Join(" | ", cells) + " |" : string.Join("\t", cells);
        var table = string.Join("\n", new[]
        {
            "项目支出绩效自评表",
            Row("项目名称", "测试项目", "", "", "", "", "", ""),
            Row("项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            Row("", "年度资金总额", "10.00", "8.00", "8.00", "10", "100.00%", "10.00 分"),
            Row("", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
            Row("年度绩效指标完成情况", "产出指标", "数量指标", "培训人次", ">=100 人次", "=120 人次", "90", "90"),
            Row("总分", "", "", "", "", "", "100", "100.00 分"),
        });
        var r = Read("十一、预算绩效情况说明", table);
        var e = Assert.Single(r.Report.Performance!.Evaluations);
        Assert.Equal("测试项目", e.Name);
        Assert.Equal(A("8.00"), e.Funds[0].FullYearBudget);
        Assert.Equal(P("100.00"), e.Funds[0].ExecutionRate);
        Assert.Equal("培训人次", e.Indicators[0].Name);
        Assert.Equal(120m, e.Indicators[0].Actual!.Value!.Value.Value);
        Assert.Equal("100.00", e.TotalScore!.Value.ToString());
    }

    // ---- text checks -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("本年收入 XX 万元。")]
    [InlineData("本年收入 100.00 万元，比上年增加（减少）10.00 万元。")]
    [InlineData("本年收入 100.00 万元，比上年减增加 10.00 万元。")]
    [InlineData("××局本年收入 100.00 万元。")]
    public void TemplateResidue_IsAnError(string sentence)
    {
        var r = Read("二、收入决算情况说明", sentence);
        var finding = Assert.Single(r.TextFindings, f => f.RuleId == "FA8001");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(5, finding.Span!.Value.StartLine);
    }

    [Fact]
    public void ShareWithoutPercent_IsAWarning()
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，其中：财政拨款收入 90.00 万元，占 90.00，其他收入 10.00 万元，占 10.00%。");
        Assert.Contains(r.TextFindings, f => f.RuleId == "FA8002");
    }

    [Fact]
    public void SameFigureStatedTwiceDifferently_IsAnError_WithBothPlaces()
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元。\n\n本年收入 101.00 万元。");
        var finding = Assert.Single(r.TextFindings, f => f.RuleId == "FA8003");
        Assert.Contains("5:", finding.MessageZh);
        Assert.Equal(7, finding.Span!.Value.StartLine);
        Assert.Equal(A("100.00"), N(r).Income!.Total!.Amount);
    }

    [Fact]
    public void UnitWordingInADepartmentReport_IsAWarning()
    {
        var r = Read("二、收入决算情况说明", "本单位本年收入 100.00 万元。");
        Assert.Contains(r.TextFindings, f => f.RuleId == "FA8004");
    }

    [Fact]
    public void MagnitudeOutlier_IsAWarning()
    {
        var r = Read("二、收入决算情况说明", "本年收入 100.00 万元，其中：财政拨款收入 90.00 万元，上级补助收入 1.00 万元，事业收入 2.00 万元，经营收入 3.00 万元，其他收入 40000000.00 万元。");
        Assert.Contains(
            r.TextFindings,
            f => f.RuleId == "FA8005" && f.Severity == Severity.Warning && f.Pointers[0] == "/narrative/income/otherIncome/amount");
    }
}
