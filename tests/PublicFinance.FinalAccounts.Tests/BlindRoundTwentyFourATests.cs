using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The false-Error, false-Warning and silent-drop families of the session 24 blind texts that blindfixa fixed, on invented
/// texts of their own (several wordings each; none is a copy of the blind texts): a signed or 负-prefixed rate is a decrease
/// (fe1), the 总计 rows 用事业基金弥补收支差额 and 结余分配 written in the income and expenditure parts, and a grand total whose
/// sentence states a part the reader cannot place (fe2), several evaluated projects in 绩效 prose (fe3), a reason opened by
/// 由于 / 得益于 / 受…影响 (fw1), and a share change in 个百分点 or a change in 倍 (m8). Each consistent text raises no Error;
/// where the reading has a place, the figure is asserted there, and the controls show the checks still fail when they should.
/// </summary>
public class BlindRoundTwentyFourATests
{
    // ---- fe1: 负增长 and a signed rate are a decrease ----

    private const string IncomeHead = "某县文化馆2019年度部门决算说明\n一、收入支出决算总体情况说明\n2019年度收入总计900.00万元，支出总计900.00万元。\n"
        + "二、收入决算情况说明\n";

    /// <summary>
    /// 900.00 this year against 1000.00 the year before: a decrease of 100.00, 10.0 % (100 / 1000). Every wording states the
    /// rate as a decrease — 负增长, a negative rate after 增长 / 增幅 / 增长率 — so the change is a decrease with rate 10.0 and
    /// FA2103 (amount and rate in one direction) holds. Before: 负增长 was an increase (a false FA2103 Error), and "-10.0" a
    /// signed rate the contract refused (dropped, the direction left an increase).
    /// </summary>
    [Theory]
    [InlineData("比上年减少100.00万元，负增长10.0%")]
    [InlineData("同比负增长10.0%，减少100.00万元")]
    [InlineData("较上年增长-10.0%，减少100.00万元")]
    [InlineData("比上年减少100.00万元，增幅为-10.0%")]
    [InlineData("比上年减少100.00万元，增长率为-10.0%")]
    public void ANegativeRate_IsADecrease(string change)
    {
        var (read, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，" + change + "，主要原因是项目资金减少。其中：财政拨款收入900.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("10.0", At(read, "/narrative/income/total/change/rate"));
        Assert.Equal("100.00", At(read, "/narrative/income/total/change/amount"));
        var stated = read.Report.Narrative!.Income!.Total!.Change!;
        Assert.Equal(ChangeDirection.Decrease, stated.Direction);
        Assert.True(stated.RateDirection is null or ChangeDirection.Decrease);
    }

    [Fact]
    public void ANegativeAmountAfterAnIncreaseWord_IsADecrease()
    {
        // "增加-100.00万元" is a decrease of 100.00 (prior 1000.00; 100 / 1000 = 10.0 %).
        var (read, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，比上年增加-100.00万元，下降10.0%，主要原因是项目资金减少。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("100.00", At(read, "/narrative/income/total/change/amount"));
        Assert.Equal(ChangeDirection.Decrease, read.Report.Narrative!.Income!.Total!.Change!.Direction);
    }

    [Theory]
    [InlineData("比上年下降-10.0%")]
    [InlineData("较上年减少-100.00万元")]
    public void ANegativeFigureAfterADecreaseWord_IsANote(string change)
    {
        // The sign and the word contradict (or repeat) each other: the figure is not placed, a located note says why, and no
        // rule weighs a guessed direction.
        var (read, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，" + change + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, "/narrative/income/total/change/rate"));
        Assert.Null(At(read, "/narrative/income/total/change/amount"));
        Assert.True(Noted(read, "negative figure after a decrease word"));
    }

    [Fact]
    public void ARealContradictionBetweenClauses_IsStillAnError()
    {
        // Control: "减少 100.00 万元，增长 10.0%" states two directions in two clauses — the text's own contradiction (FA2103).
        var (_, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，比上年减少100.00万元，增长10.0%，主要原因是项目资金减少。\n");
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA2103", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("负增长", -1)]
    [InlineData("同比负增长", -1)]
    [InlineData("增长", 1)]
    [InlineData("负债增加", 1)]
    [InlineData("比上年减少", -1)]
    public void TheLexicon_ReadsNegativeGrowthAsADecrease(string label, int sign)
        // 负 right before 增长/增加 turns it; 负债增加 is an increase of a liability (负 not adjacent).
        => Assert.Equal(sign, PublicFinance.FinalAccounts.Disclosures.Statements.Lexicon.Direction(label));

    // ---- fe2: 用事业基金弥补收支差额 and 结余分配 in the income and expenditure parts ----

    private const string Totals = "某市检测中心2018年度单位决算说明\n（一）收入支出决算总体情况\n2018年度收入总计1200.00万元，支出总计1200.00万元。\n";

    /// <summary>
    /// 收入总计 1200.00 = 收入合计 1050.00 + 用事业基金弥补收支差额 50.00 + 年初结转和结余 100.00; 支出总计 1200.00 = 本年支出合计 1000.00 +
    /// 结余分配 20.00 + 年末结转和结余 180.00. Both rows are placed at the overview's members, so FA1210 holds (before: each was a
    /// note and FA1210 failed on both sides by exactly that row).
    /// </summary>
    [Theory]
    [InlineData("另有用事业基金弥补收支差额50.00万元", "结余分配20.00万元，系按规定提取的职工福利基金")]
    [InlineData("用事业基金弥补收支差额50.00万元", "本年结余分配20.00万元")]
    [InlineData("使用非财政拨款结余（含专用结余）50.00万元", "结余分配20.00万元")]
    public void TheGrandTotalRows_ArePlacedFromTheirParts(string use, string distribution)
    {
        var (read, diagnostics) = Read(Totals + "（二）收入决算情况\n2018年度收入合计1050.00万元，其中：财政拨款收入900.00万元，事业收入150.00万元。"
            + use + "，年初结转和结余100.00万元。\n（三）支出决算情况\n2018年度本年支出合计1000.00万元，其中基本支出700.00万元，"
            + "项目支出300.00万元。" + distribution + "；年末结转和结余180.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("50.00", At(read, "/narrative/overall/useOfNonAppropriationBalance/amount"));
        Assert.Equal("20.00", At(read, "/narrative/overall/balanceDistribution/amount"));
    }

    [Fact]
    public void AWrongRowBesideItsParts_IsStillAnError()
    {
        // Control: with 年末结转和结余 written 170.00 (the truth 180.00), 1000.00 + 20.00 + 170.00 = 1190.00 ≠ 1200.00: FA1210.
        var (_, diagnostics) = Read(Totals + "（二）收入决算情况\n2018年度收入合计1050.00万元。另有用事业基金弥补收支差额50.00万元，"
            + "年初结转和结余100.00万元。\n（三）支出决算情况\n2018年度本年支出合计1000.00万元。结余分配20.00万元；年末结转和结余170.00万元。\n");
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA1210", StringComparison.Ordinal));
    }

    [Fact]
    public void TheInstitutionFundBalance_IsNoRowOfTheGrandTotal()
    {
        // "事业基金余额 132.48 万元" is a balance (another engineer's member), never 用事业基金弥补收支差额.
        var (read, _) = Read(Totals + "（二）收入决算情况\n2018年度收入合计1050.00万元，年末事业基金余额132.48万元。\n");
        Assert.Null(At(read, "/narrative/overall/useOfNonAppropriationBalance/amount"));
        Assert.Null(At(read, "/narrative/overall/balanceDistribution/amount"));
    }

    /// <summary>
    /// A part of the grand total the reader cannot place, in the total's own sentence ("动用专项储备 40.00 万元"): 1000.00 = 900.00
    /// + 40.00 + 60.00 holds in the text, but read without the 40.00 it would be a false FA1201 (the overview states 本年收入)
    /// or FA1210 (it does not). The side's carry-over is withdrawn with a note, so no identity of that side runs; the other
    /// side is still checked.
    /// </summary>
    [Theory]
    [InlineData("收入总计1000.00万元，包括本年收入900.00万元、动用专项储备40.00万元、年初结转和结余60.00万元。支出总计1000.00万元。")]
    [InlineData("收入总计1000.00万元，其中本年收入合计900.00万元，调入资金40.00万元，上年结转结余60.00万元；支出总计1000.00万元。")]
    [InlineData("收入总计1000.00万元，其中调入资金40.00万元、年初结转和结余60.00万元。支出总计1000.00万元。")]
    public void AGrandTotalWithAnUnplacedPart_IsNotCheckedAgainstItsParts(string overview)
    {
        var (read, diagnostics) = Read("某县示范中心2020年度部门决算说明\n一、收入支出决算总体情况说明\n2020年度" + overview + "\n"
            + "二、收入决算情况说明\n本年收入合计900.00万元，其中：财政拨款收入900.00万元。\n三、支出决算情况说明\n"
            + "本年支出合计850.00万元，其中：基本支出600.00万元，项目支出250.00万元。年末结转和结余150.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA121", StringComparison.Ordinal));
        Assert.True(Noted(read, "states a part the reader could not place"));
        Assert.Null(read.Report.Narrative!.Overall!.OpeningCarryOver);
        Assert.Equal("150.00", read.Report.Narrative.Overall.ClosingCarryOver!.Amount.ToString());
    }

    [Fact]
    public void AGrandTotalWithoutAnUnplacedPart_IsStillChecked()
    {
        // Control: 950.00 + 60.00 = 1010.00 above 1000.00 with every part placed: FA1201 still fails (an unstated
        // 使用非财政拨款结余 could only add to the parts, spec §4.8a), and nothing is withdrawn.
        var (read, diagnostics) = Read("某县示范中心2020年度部门决算说明\n一、收入支出决算总体情况说明\n2020年度收入总计1000.00万元，"
            + "包括本年收入950.00万元、年初结转和结余60.00万元。支出总计1000.00万元。\n");
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA1201", StringComparison.Ordinal));
        Assert.Equal("60.00", read.Report.Narrative!.Overall!.OpeningCarryOver!.Amount.ToString());
    }

    // ---- fe3: several evaluated projects in 绩效 prose ----

    private const string Spending = "某区街道办事处2024年度部门决算说明\n一、支出决算情况说明\n本年支出合计600.00万元，其中基本支出400.00万元，"
        + "项目支出200.00万元。\n二、项目支出绩效情况说明\n";

    /// <summary>
    /// Two projects, each its own record (118.00 + 82.00 = 200.00 = 项目支出): no "same figure stated twice" (FA8003) weighs one
    /// project's budget against the other's, and FA3011 no longer compares the first project's 118.00 alone with 200.00
    /// (before: titles ending in 经费 / 补助 / 资金 were no project, and their figures went to the one /performance slot).
    /// </summary>
    [Theory]
    [InlineData("（一）社区养老服务补助。", "（二）背街小巷保洁经费。")]
    [InlineData("（一）老年助餐补贴。", "（二）社区治理专项资金。")]
    [InlineData("1.河道清淤工程。", "2.垃圾分类驿站运维经费。")]
    public void SeveralProjects_AreEachTheirOwnEvaluation(string first, string second)
    {
        var (read, diagnostics) = Read(Spending + "本部门对2个项目开展了绩效自评，涉及资金200.00万元，占本部门项目支出的100.0%。\n"
            + first + "项目年初预算120.00万元，全年执行数118.00万元，预算执行率为98.3%。自评得分95分，评价等级为“优”。\n"
            + second + "年初预算80.00万元，执行82.00万元，执行率102.5%。自评得分91分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA3011", StringComparison.Ordinal));
        Assert.Equal(2, read.Report.Performance!.Evaluations.Count);
        Assert.Equal("118.00", At(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Equal("82.00", At(read, "/performance/evaluations/1/funds/0/executed"));
        Assert.Equal("95", At(read, "/performance/evaluations/0/totalScore"));
        Assert.Null(read.Report.Performance.ProjectBudget);
    }

    [Fact]
    public void APartialListOfProjects_IsASelection()
    {
        // Control: 3 projects evaluated, 2 described — a partial list. Since session 42 (schema 1.8) both are written, marked
        // a selection, so that FA3009/FA3010 do not weigh them as the whole (before: none written, a note); nothing goes to
        // the department's one slot either.
        var (read, diagnostics) = Read(Spending + "本部门对3个项目开展了绩效自评。\n（一）社区养老服务补助。年初预算120.00万元，执行数118.00万元。\n"
            + "（二）背街小巷保洁经费。年初预算80.00万元，执行数62.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA3009" or "FA3010");
        Assert.Equal(2, read.Report.Performance!.Evaluations.Count);
        Assert.Equal(
            PublicFinance.FinalAccounts.Model.Performance.EvaluationsListed.Selection, read.Report.Performance.EvaluationsListed);
        Assert.Equal("62.00", At(read, "/performance/evaluations/1/funds/0/executed"));
        Assert.Null(read.Report.Performance.ProjectBudget);
        Assert.False(Noted(read, "describes 2 in prose"));
    }

    [Theory]
    [InlineData("部门整体支出绩效情况")]
    [InlineData("项目支出绩效自评结果")]
    public void ATitleOfTheDepartmentOrTheReport_IsNoProject(string title)
        // "（一）部门整体支出绩效情况。" names the department's whole, not one project's funds.
        => Assert.Empty(Read(Spending + "（一）" + title + "。年初预算200.00万元，执行数200.00万元。\n").Read.Report.Performance?.Evaluations ?? []);

    [Fact]
    public void AnotherProjectsFigureInAParagraph_IsANote()
    {
        // Paragraphs that are no numbered entries, after "对2个项目开展了绩效自评": the first budget is the slot's, the second —
        // different — another project's (a note, never FA8003 "80.00 vs 120.00").
        var (read, diagnostics) = Read(Spending + "本部门对2个项目开展了绩效自评，项目年初预算120.00万元。另一项目年初预算80.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.True(Noted(read, "most likely another project's"));
    }

    // ---- fw1: a reason opened by 由于 / 得益于 / 受…影响 ----

    /// <summary>
    /// 1000.00 against 1100.00: a decrease of 100.00, 9.1 % (100 / 1100 = 9.09). The clause after the rate opens with 由于,
    /// 得益于 or 受…影响 and is the change's reason, so FA2106 (a change gives its reason) holds.
    /// </summary>
    [Theory]
    [InlineData("，由于项目资金减少。", "项目资金减少")]
    [InlineData("，得益于支出结构优化。", "支出结构优化")]
    [InlineData("，受疫情影响培训项目压缩。", "受疫情影响培训项目压缩")]
    public void AReasonOpenedByAReasonWord_IsTheChangesReason(string tail, string reason)
    {
        var (read, diagnostics) = Read("某县林业局2019年度部门决算说明\n二、收入决算情况说明\n本年收入合计1000.00万元，比上年减少100.00万元，减幅9.1%"
            + tail + "其中：财政拨款收入1000.00万元。\n");
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA2106", StringComparison.Ordinal));
        Assert.StartsWith(reason, read.Report.Narrative!.Income!.Total!.Change!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AReasonWordBeforeItsConsequence_IsLeftToThatReading()
    {
        // "由于…，因此…" is a reason before its consequence (ReasonBeforeConsequence); a bare word without a change before it
        // opens nothing ("由于" at the start of a sentence with no direction word).
        Assert.Equal(-1, ClauseReasonAt("本年收入减少100.00万元,由于项目资金减少,因此收入下降"));
        Assert.Equal(-1, ClauseReasonAt("本年收入1000.00万元,由于项目资金减少"));
        Assert.Equal(-1, ClauseReasonAt("本年收入减少100.00万元,受理业务增加"));
        Assert.Equal(15, ClauseReasonAt("本年收入减少100.00万元,由于项目资金减少"));   // the 由 after the comma
    }

    private static int ClauseReasonAt(string sentence) => NarrativeReader.ClauseReasonWordAt(sentence, 0, sentence.Length, out _);

    // ---- m8: a share change in 个百分点, a change in 倍 ----

    [Theory]
    [InlineData("比上年下降0.5个百分点")]
    [InlineData("较上年提高1.2个百分点")]
    [InlineData("同比减少0.5 个百分点")]
    public void AShareChangeInPoints_IsANote(string change)
    {
        // The model has no member for a share's change: a located note (before: dropped silently); the share itself stays.
        var (read, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，其中：财政拨款收入882.00万元，占收入合计的98.0%，" + change
            + "；其他收入18.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("98.0", At(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.True(Noted(read, "percentage points"));
    }

    [Theory]
    [InlineData("比上年增长1.2倍")]
    [InlineData("是上年的2.2倍")]
    [InlineData("较上年增加 1.2 倍")]
    public void AChangeInMultiples_IsANote(string change)
    {
        // 增长 1.2 倍 is strictly +120 %, 是…的 2.2 倍 the same change; texts write one for the other, and 1.2 倍 has no percentage
        // of the precision written: no rate is placed, a note says why (before: dropped silently).
        var (read, diagnostics) = Read(IncomeHead + "本年收入合计900.00万元，" + change + "，主要原因是项目资金增加。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, "/narrative/income/total/change/rate"));
        Assert.True(Noted(read, "multiples"));
    }
}
