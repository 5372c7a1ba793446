using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The families of the session 23 blind texts that engineer B fixes, each on invented texts of its own (several wordings,
/// not the blind texts): a wrong change that blamed the correct rate (F4, rule FA2104), a reason in the sentence after its
/// change (W1), a comparison with a budget figure read as a year-over-year change (W2), a <c>|</c> table of the 一般公共预算
/// classes (M1), 人员经费/公用经费 on lines of their own after 其中, 多支出/少支出 as a direction, and a heading with its text on
/// one line.
/// </summary>
public class BlindRoundTwentyThreeBTests
{
    private const string Expenditure = "某市某局2021年度部门决算说明\n三、支出决算情况说明\n";

    private const string Income = "某县某卫生院2021年度部门决算说明\n二、收入决算情况说明\n";

    private const string GeneralBudget = "某区某委2024年度部门决算\n五、一般公共预算财政拨款支出决算情况\n";

    // ---- F4: with both years stated, the rate is checked against 本年数 − 上年数 ----

    /// <summary>
    /// The change is written wrong, the rate right. Increase: 2,468.50 − 2,210.00 = 258.50 (written 285.50), 258.50 / 2,210.00 =
    /// 11.697% → 11.70%. Decrease: 2,034.00 − 1,830.40 = 203.60 (written 230.60), 203.60 / 2,034.00 = 10.0098% → 10.01%. One
    /// Error, FA2105 on the stated change (its first pointer since session 24); the rate is not blamed (before: FA2104
    /// recomputed it from the wrong change, 285.50 / 2,210.00 = 12.92%).
    /// </summary>
    [Theory]
    [InlineData("本年支出合计2,468.50万元，比上年2,210.00万元增加285.50万元，增长11.70%，主要是人员经费增加。")]
    [InlineData("本年支出合计2,468.50万元，与2020年度决算数2,210.00万元相比，增加285.50万元，增长11.70%，主要是新增项目。")]
    [InlineData("本年支出合计1,830.40万元，较上年的2,034.00万元减少230.60万元，下降10.01%，主要是压减一般性支出。")]
    [InlineData("本年支出合计1,830.40万元，比上年2,034.00万元减少230.60万元，下降10.01%，主要是项目完工。")]
    public void AWrongChange_DoesNotBlameTheCorrectRate(string sentence)
    {
        var (read, diagnostics) = Read(Expenditure + sentence + "\n");
        Assert.NotNull(At(read, "/narrative/expenditure/total/change/priorYearAmount"));
        Assert.Equal(["FA2105 /narrative/expenditure/total/change/amount"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The control: the change is right and the rate wrong — 258.50 / 2,468.50 = 10.47% is computed on this year's figure, not
    /// on the prior year's 2,210.00 (11.70%): FA2104 alone.
    /// </summary>
    [Theory]
    [InlineData("本年支出合计2,468.50万元，比上年2,210.00万元增加258.50万元，增长10.47%，主要是人员经费增加。")]
    [InlineData("本年支出合计2,468.50万元，与2020年度决算数2,210.00万元相比，增加258.50万元，增长10.47%，主要是新增项目。")]
    public void AWrongRate_IsStillFA2104(string sentence)
    {
        var (_, diagnostics) = Read(Expenditure + sentence + "\n");
        Assert.Equal(["FA2104 /narrative/expenditure/total/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// For any prior and current figure (an increase), a change written off by any non-zero amount and the rate rounded from
    /// (本年 − 上年) / 上年: FA2104 never fires, FA2105 always does.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyWrongChange_LeavesACorrectRateAlone(PositiveInt priorCents, PositiveInt growthCents, NonZeroInt offBy)
    {
        var prior = 100m + priorCents.Get % 900_000 / 100m;
        var current = prior + 1m + growthCents.Get % 500_000 / 100m;
        var written = current - prior + (offBy.Get % 50 == 0 ? 1 : offBy.Get % 50);   // off by 1 to 49 万元: past rounding
        if (written <= 0m)
        {
            return true;   // not a wrong change of this direction
        }

        var rate = Math.Round((current - prior) / prior * 100m, 2, MidpointRounding.AwayFromZero);
        var text = string.Format(CultureInfo.InvariantCulture,
            "本年支出合计{0:0.00}万元，比上年{1:0.00}万元增加{2:0.00}万元，增长{3:0.00}%，主要是人员增加。", current, prior, written, rate);
        var (_, diagnostics) = Read(Expenditure + text + "\n");
        var errors = Of(diagnostics, Severity.Error);
        return !errors.Any(e => e.StartsWith("FA2104", StringComparison.Ordinal))
            && errors.Contains("FA2105 /narrative/expenditure/total/change/amount");
    }

    // ---- W1: a reason that opens the sentence after its change ----

    /// <summary>
    /// 812.40 − 48.20 = 764.20 and 48.20 / 764.20 = 6.307% → 6.31%: the change is consistent, its reason is the next sentence
    /// (four markers), so no FA2106 Warning; 300.00 + 512.40 = 812.40, 300.00 / 812.40 = 36.93%, 512.40 / 812.40 = 63.07%.
    /// </summary>
    [Theory]
    [InlineData("主要是")]
    [InlineData("主要系")]
    [InlineData("主要由于")]
    [InlineData("是由于")]
    public void AReasonInTheNextSentence_IsTheChanges(string marker)
    {
        var (read, diagnostics) = Read(Income + "本年收入合计812.40万元，比上年增加48.20万元，增长6.31%。" + marker
            + "门诊和住院人次增加。具体为：财政拨款收入300.00万元，占本年收入合计的36.93%；事业收入512.40万元，占本年收入合计的63.07%。\n");
        Assert.Contains("住院人次增加", JsonAt(read, "/narrative/income/total/change/reason") ?? "", StringComparison.Ordinal);
        Assert.Empty(Of(diagnostics, Severity.Warning));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "主要是财政拨款收入 500.00 万元" after a change says what the figure consists of, not why it changed (no direction word in
    /// it): not taken as the reason.
    /// </summary>
    [Fact]
    public void AComposition_InTheNextSentence_IsNoReason()
    {
        var (read, _) = Read(Income + "本年收入合计812.40万元，比上年增加48.20万元，增长6.31%。主要是财政拨款收入500.00万元。\n");
        Assert.Equal("48.20", At(read, "/narrative/income/total/change/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/total/change/reason"));
    }

    /// <summary>A reason sentence after a sentence with no change explains nothing there: it is not given to a change.</summary>
    [Fact]
    public void ALeadingMarker_WithoutAChangeBefore_PlacesNoReason()
    {
        var (read, diagnostics) = Read(Income + "本年收入合计812.40万元。主要是门诊和住院人次增加。\n");
        Assert.Null(JsonAt(read, "/narrative/income/total/change/reason"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- W2: a difference from a budget figure named in the comparison ----

    /// <summary>
    /// 6,800.00 − 584.70 = 6,215.30 and 6,215.30 / 6,800.00 = 91.401% → 91.40%: the 584.70 is the difference from the budget the
    /// comparison names with its figure — no year-over-year change (before: a change with no reason, a false FA2106).
    /// </summary>
    [Theory]
    [InlineData("比2024年初预算数6,800.00万元减少584.70万元，完成年初预算的91.40%", "initial")]
    [InlineData("较年初预算6,800.00万元减少584.70万元，完成年初预算的91.40%", "initial")]
    [InlineData("比调整预算数6,800.00万元减少584.70万元，完成调整预算的91.40%", "fullYear")]
    public void ADifferenceFromANamedBudgetFigure_IsNoChange(string comparison, string kind)
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出6,215.30万元，" + comparison
            + "，主要是部分项目按进度拨付。\n");
        const string Total = "/narrative/generalBudget/total/";
        Assert.Null(At(read, Total + "change/amount"));
        Assert.Equal("584.70", At(read, Total + "budget/difference"));
        Assert.Equal("6800.00", At(read, Total + "budget/budgetAmount"));
        Assert.Equal(kind, JsonAt(read, Total + "budget/kind"));
        Assert.Empty(Of(diagnostics, Severity.Warning));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>The control: "比上年 X 万元减少 Y 万元" is still the year-over-year change (584.70 / 6,800.00 = 8.598% → 8.60%).</summary>
    [Fact]
    public void ADifferenceFromThePriorYearsFigure_IsStillAChange()
    {
        var (read, diagnostics) = Read(GeneralBudget + "2024年度一般公共预算财政拨款支出6,215.30万元，比上年6,800.00万元减少584.70万元，"
            + "下降8.60%，主要是部分项目按进度拨付。\n");
        Assert.Equal("584.70", At(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Equal("6800.00", At(read, "/narrative/generalBudget/total/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "完成全年预算（调整预算）4,500.00 万元的 96.00%" names its budget in a bracket: the budget and its rate are the full-year
    /// one (4,320.00 / 4,500.00 = 96.00%), and the initial budget after it (another kind) is not merged into it — before, the
    /// rate went to the initial budget and, once its difference was read, FA2203 saw 96.00% beside "above the budget".
    /// </summary>
    [Theory]
    [InlineData("完成全年预算（调整预算）4,500.00万元的96.00%")]
    [InlineData("完成全年预算数（调整预算数）4,500.00万元的96.00%")]
    public void ABracketedBudgetName_KeepsItsBudget(string completion)
    {
        var (read, diagnostics) = Read("某街道2023年度部门决算\n二、收入支出决算总体情况说明\n本年支出合计4,320.00万元，" + completion
            + "，比年初预算4,000.00万元增加320.00万元，主要是年中追加项目资金。\n");
        Assert.Equal("4500.00", At(read, "/narrative/overall/budget/budgetAmount"));
        Assert.Equal("96.00", At(read, "/narrative/overall/budget/completionRate"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- M1: a '|' table of the 一般公共预算 classes ----

    /// <summary>
    /// Four classes: budgets 800.00 + 600.00 + 500.00 + 250.00 = 2,150.00, finals 772.40 + 561.90 + 478.00 + 234.00 = 2,046.30
    /// (the prose's total); 772.40 / 800.00 = 96.55%, 561.90 / 600.00 = 93.65%, 478.00 / 500.00 = 95.60%, 234.00 / 250.00 =
    /// 93.60%, 2,046.30 / 2,150.00 = 95.18%.
    /// </summary>
    private static string ClassTable(string header, string rule, string total) =>
        GeneralBudget + "2024年度一般公共预算财政拨款支出全年预算为2,150.00万元，决算为2,046.30万元，完成全年预算的95.18%，"
        + "主要是部分项目结余收回。分类情况如下表（单位：万元）：\n\n"
        + header + "\n" + rule + "\n"
        + "| 一般公共服务支出 | 800.00 | 772.40 | 96.55 |\n"
        + "| 教育支出 | 600.00 | 561.90 | 93.65 |\n"
        + "| 农林水支出 | 500.00 | 478.00 | 95.60 |\n"
        + "| 住房保障支出 | 250.00 | 234.00 | 93.60 |\n"
        + "| 合计 | 2,150.00 | " + total + " | 95.18 |\n\n"
        + "六、“三公”经费财政拨款支出决算情况\n2024年度“三公”经费财政拨款支出0万元。\n";

    /// <summary>The table's classes are read with their budgets; a consistent table gives no Error.</summary>
    [Theory]
    [InlineData("| 功能分类（类） | 调整预算数 | 决算数 | 完成率（%） |", "|---|---|---|---|", "fullYear")]
    [InlineData("| 支出功能分类科目（类） | 全年预算数 | 决算数 | 完成预算% |", "|:---|---:|---:|---:|", "fullYear")]
    [InlineData("功能分类科目（类级） | 年初预算数 | 决算数 | 完成率", "--- | --- | --- | ---", "initial")]
    public void AClassTable_IsReadAsTheClasses(string header, string rule, string kind)
    {
        var (read, diagnostics) = Read(ClassTable(header, rule, "2,046.30"));
        const string Classes = "/narrative/generalBudget/classes/";
        Assert.Equal("一般公共服务支出", JsonAt(read, Classes + "0/name"));
        Assert.Equal("561.90", At(read, Classes + "1/amount"));
        Assert.Equal("600.00", At(read, Classes + "1/budget/budgetAmount"));
        Assert.Equal("93.65", At(read, Classes + "1/budget/completionRate"));
        Assert.Equal(kind, JsonAt(read, Classes + "1/budget/kind"));
        Assert.Equal("234.00", At(read, Classes + "3/amount"));
        Assert.Null(JsonAt(read, Classes + "4"));
        Assert.Empty(Errors(diagnostics));   // (with 年初 beside the prose's 全年 budget, the 合计's budget is not placed)
    }

    /// <summary>
    /// A 合计 of 2,064.30 (two digits swapped) beside the prose's 2,046.30, which the classes add up to: one Error — the same
    /// figure stated twice — at the table's 合计.
    /// </summary>
    [Theory]
    [InlineData("| 功能分类（类） | 调整预算数 | 决算数 | 完成率（%） |", "|---|---|---|---|")]
    [InlineData("| 支出功能分类科目（类） | 全年预算数 | 决算数 | 完成预算% |", "|:---|---:|---:|---:|")]
    public void AWrongTotalRow_IsOneError(string header, string rule)
    {
        var (_, diagnostics) = Read(ClassTable(header, rule, "2,064.30"));
        Assert.Equal(["FA8003 /narrative/generalBudget/total/amount"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Without the prose's total, the 合计 is the total: the classes' 2,046.30 against the written 2,064.30 is still an Error
    /// on the total.
    /// </summary>
    [Fact]
    public void AWrongTotalRow_WithoutAProseTotal_IsStillFound()
    {
        var text = ClassTable("| 功能分类（类） | 调整预算数 | 决算数 | 完成率（%） |", "|---|---|---|---|", "2,064.30")
            .Replace("2024年度一般公共预算财政拨款支出全年预算为2,150.00万元，决算为2,046.30万元，完成全年预算的95.18%，主要是部分项目结余收回。",
                string.Empty, StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Equal("2064.30", At(read, "/narrative/generalBudget/total/amount"));
        Assert.NotEmpty(Errors(diagnostics));
    }

    /// <summary>
    /// Tables that are not the class table are left alone: a header with prior-year columns, a header naming no 类, and the same
    /// table under the 三公 heading.
    /// </summary>
    [Theory]
    [InlineData("| 功能分类（类） | 上年决算数 | 本年决算数 | 增减率（%） |")]
    [InlineData("| 项目 | 调整预算数 | 决算数 | 完成率（%） |")]
    [InlineData("| 功能分类（类） | 预算数 | 决算数 | 完成率（%） |")]
    public void OtherTables_AreNotReadAsClasses(string header)
    {
        var (read, _) = Read(ClassTable(header, "|---|---|---|---|", "2,046.30"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes"));
    }

    // ---- 人员经费/公用经费 on lines of their own after 其中 ----

    /// <summary>1,020.00 + 230.00 = 1,250.00: the pair is read, the 款 items stay notes (the model has no field for them).</summary>
    [Theory]
    [InlineData("其中：\n人员经费1,020.00万元，主要包括：基本工资400.00万元、津贴补贴300.00万元。\n公用经费230.00万元。")]
    [InlineData("其中：\n人员经费1,020.00万元；\n公用经费230.00万元，主要包括：办公费80.00万元、差旅费40.00万元。")]
    public void ThePersonnelAndPublicPair_OnLinesOfTheirOwn_IsRead(string lines)
    {
        var (read, diagnostics) = Read("某市某局2021年度部门决算\n四、一般公共预算财政拨款基本支出决算情况\n"
            + "2021年度一般公共预算财政拨款基本支出1,250.00万元，" + lines + "\n");
        Assert.Equal("1250.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("1020.00", At(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("230.00", At(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- 多支出 / 少支出 ----

    /// <summary>1,046.80 − 980.00 = 66.80 and 66.80 / 980.00 = 6.816% → 6.82%; 980.00 − 913.20 = 66.80, the same rate.</summary>
    [Theory]
    [InlineData("本年支出合计1,046.80万元，比上年980.00万元多支出66.80万元，增长6.82%。", "increase")]
    [InlineData("本年支出合计913.20万元，比上年980.00万元少支出66.80万元，下降6.82%。", "decrease")]
    [InlineData("本年支出合计1,046.80万元，较上年980.00万元多支出了66.80万元，增长6.82%。", "increase")]
    public void MoreOrLessSpent_IsADirection(string sentence, string direction)
    {
        var (read, diagnostics) = Read(Expenditure + sentence + "\n");
        Assert.Equal(direction, JsonAt(read, "/narrative/expenditure/total/change/direction"));
        Assert.Equal("66.80", At(read, "/narrative/expenditure/total/change/amount"));
        Assert.Equal("980.00", At(read, "/narrative/expenditure/total/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- a heading and its text on one line ----

    /// <summary>
    /// 300.00 / 860.00 = 34.88%, 560.00 / 860.00 = 65.116% → 65.12%: the heading enters its section and the text after it is
    /// read (Simplified and Traditional, a space or ':' after the heading).
    /// </summary>
    [Theory]
    [InlineData("五、一般公共预算财政拨款支出决算情况说明 2020年度一般公共预算财政拨款支出860.00万元，占本年支出合计的90.53%。"
        + "按支出功能分类科目（类级）：一般公共服务支出300.00万元，占34.88%；农林水支出560.00万元，占65.12%。")]
    [InlineData("五、一般公共預算財政撥款支出決算情況說明 2020年度一般公共預算財政撥款支出860.00萬元，佔本年支出合計的90.53%。"
        + "按支出功能分類科目（類級）：一般公共服務支出300.00萬元，佔34.88%；農林水支出560.00萬元，佔65.12%。")]
    [InlineData("五、一般公共预算财政拨款支出决算情况说明：2020年度一般公共预算财政拨款支出860.00万元。"
        + "按支出功能分类科目（类级）：一般公共服务支出300.00万元，占34.88%；农林水支出560.00万元，占65.12%。")]
    public void AHeadingWithItsTextOnOneLine_EntersItsSection(string line)
    {
        var (read, diagnostics) = Read("某乡人民政府2020年度部门决算公开说明\n" + line + "\n");
        Assert.Equal("860.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("560.00", At(read, "/narrative/generalBudget/classes/1/amount"));
        Assert.Equal("65.12", At(read, "/narrative/generalBudget/classes/1/share"));
        Assert.Empty(Errors(diagnostics));
    }
}
