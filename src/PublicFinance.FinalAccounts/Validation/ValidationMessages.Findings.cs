using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Performance;
using static PublicFinance.FinalAccounts.Validation.ValidationContext;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The findings of the code rules (代码规则的诊断信息), as <c>(Zh, En)</c> pairs: the messages of a failed check and the
/// labels (校验名称) a sum or ratio check names in its message. Grouped by the rule file that reports them.
/// </summary>
/// <remarks>
/// A method here runs only when a finding is made (the checks that hold format nothing), so a message may join lists
/// and format figures freely.
/// </remarks>
internal static partial class ValidationMessages
{
    // ---- AcrossYearRules (FA7001–FA7003) ---------------------------------------------------------------------

    /// <summary>FA7001: the previous report given is not of the year before.</summary>
    /// <param name="previousYear">The previous report's year.</param>
    /// <param name="expectedYear">This report's year minus one.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) PreviousReportWrongYear(int? previousYear, int? expectedYear) => (
        $"上年报告的年度为 {previousYear}，不是 {expectedYear}，跨年度检查无法进行。",
        $"The previous report is for {previousYear}, not {expectedYear}; the across-year checks cannot run.");

    /// <summary>FA7001's check label.</summary>
    public static readonly (string Zh, string En) OpeningEqualsLastClosing = (
        "本年年初结转和结余应等于上年年末结转和结余",
        "This year's opening carry-over should equal last year's closing carry-over");

    /// <summary>FA7002's check label.</summary>
    public static readonly (string Zh, string En) StatedPriorYearEqualsLastYear = (
        "说明所述上年数应等于上年决算报告的数字",
        "The stated prior-year figure should equal last year's report");

    /// <summary>FA7003's check label for a figure stated as unchanged (持平).</summary>
    public static readonly (string Zh, string En) UnchangedEqualsLastYear = (
        "表述为持平，本年数应等于上年决算报告的数字",
        "Stated as unchanged: this year's figure should equal last year's");

    /// <summary>FA7003's check label for a stated change amount (增减额).</summary>
    public static readonly (string Zh, string En) ChangeFromLastYear = (
        "本年数应等于上年决算报告的数字加减所述增减额",
        "This year's figure should equal last year's figure plus or minus the stated change");

    /// <summary>FA7003's check label for a stated rate of change (增减率).</summary>
    public static readonly (string Zh, string En) RateFromBothReports = (
        "增减率应等于按两年报告重算的结果",
        "The rate of change should equal the one recomputed from both reports");

    // ---- PriorYearRules (FA2107) ------------------------------------------------------------------------------

    /// <summary>FA2107's check label.</summary>
    public static readonly (string Zh, string En) PriorYearReconstruction = (
        "由增减额推算的上年数：合计应等于各项之和",
        "Prior-year figures reconstructed from the stated changes: the total should equal the sum of the items");

    // ---- PerformanceRules (FA3005–FA3014) ---------------------------------------------------------------------

    /// <summary>FA3005: an execution score (预算执行得分) that the execution rate and the weight do not give.</summary>
    /// <param name="score">The stated score.</param>
    /// <param name="weight">The weight (分值).</param>
    /// <param name="expected">The score the rate gives.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ExecutionScore(Quantity score, Quantity weight, DecimalInterval expected) => (
        $"预算执行得分 {score}，按执行率 × 分值 {weight}（执行率超过 100% 按 100% 计）应为 {ShowRange(expected)}。",
        $"The execution score is {score}; execution rate × weight {weight} (capped at 100%) gives {ShowRange(expected)}.");

    /// <summary>FA3006: an indicator that meets its target yet loses marks.</summary>
    /// <param name="name">The indicator's name.</param>
    /// <param name="actual">The actual value as written.</param>
    /// <param name="target">The target as written.</param>
    /// <param name="score">The score.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) IndicatorMetButDocked(
        string? name, string? actual, string? target, Quantity score, Quantity weight) => (
        $"指标“{name}”实际完成值 {actual} 达到年度指标值 {target}，却只得 {score} 分（分值 {weight}）。",
        $"Indicator \"{name}\": the actual {actual} meets the target {target}, yet it scores {score} of {weight}.");

    /// <summary>FA3006: an indicator that misses its target yet keeps full marks.</summary>
    /// <param name="name">The indicator's name.</param>
    /// <param name="actual">The actual value as written.</param>
    /// <param name="target">The target as written.</param>
    /// <param name="score">The score.</param>
    /// <param name="weight">The weight.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) IndicatorMissedButFull(
        string? name, string? actual, string? target, Quantity score, Quantity weight) => (
        $"指标“{name}”实际完成值 {actual} 未达到年度指标值 {target}，却得满分 {score}（分值 {weight}）。",
        $"Indicator \"{name}\": the actual {actual} misses the target {target}, yet it keeps full marks {score} of {weight}.");

    /// <summary>A grade and its band of total scores as FA3007's message writes them, e.g. <c>良（80–90）</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The Chinese grade with its band.</returns>
    private static string GradeBand(PerformanceGrade grade) => grade switch
    {
        PerformanceGrade.Excellent => "优（90–100）",
        PerformanceGrade.Good => "良（80–90）",
        PerformanceGrade.Fair => "中（60–80）",
        _ => "差（<60）",
    };

    /// <summary>FA3007: a total score outside its grade's band.</summary>
    /// <param name="total">The total score.</param>
    /// <param name="grade">The stated grade.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) GradeMismatch(Quantity total, PerformanceGrade grade) => (
        $"总分 {total} 与等级 {GradeBand(grade)} 不符。",
        $"The total score {total} does not match the grade {grade}.");

    /// <summary>FA3008's check label (with the evaluation's name as its detail).</summary>
    public static readonly (string Zh, string En) FundLinesAddUp = (
        "项目资金：年度资金总额应等于各资金来源之和",
        "Project funds: the total should equal its sources");

    /// <summary>FA3009's check label.</summary>
    public static readonly (string Zh, string En) ProjectTotalsAddUp = (
        "项目支出绩效自评：评价项目资金合计应等于各公开项目与涉密项目之和",
        "Project evaluations: the evaluated total should equal the disclosed and classified projects");

    /// <summary>FA3010: a stated number of project evaluations other than the tables disclosed plus the classified.</summary>
    /// <param name="stated">The stated number.</param>
    /// <param name="disclosed">The disclosed project tables.</param>
    /// <param name="classified">The classified projects.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ProjectEvaluationCount(int stated, int disclosed, int classified) => (
        $"称开展项目支出绩效自评 {stated} 个，但公开自评表 {disclosed} 个、涉密项目 {classified} 个。",
        $"{stated} project evaluations are stated, but {disclosed} are disclosed and {classified} classified.");

    /// <summary>FA3010: a stated number of overall evaluations other than the tables disclosed.</summary>
    /// <param name="stated">The stated number.</param>
    /// <param name="disclosed">The disclosed overall tables.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) OverallEvaluationCount(int stated, int disclosed) => (
        $"称开展部门整体支出绩效自评 {stated} 个，但公开自评表 {disclosed} 个。",
        $"{stated} overall evaluations are stated, but {disclosed} are disclosed.");

    /// <summary>FA3011: evaluated project funds other than the project expenditure.</summary>
    /// <param name="evaluated">The funds the evaluations cover.</param>
    /// <param name="expenditure">The project expenditure.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ProjectCoverage(decimal evaluated, decimal expenditure) => (
        $"绩效自评覆盖的项目资金 {Show(evaluated)} 与项目支出 {Show(expenditure)} 不等（差额 {Show(expenditure - evaluated)}）；若未全覆盖，请说明。",
        $"The project funds covered by self-evaluations, {Show(evaluated)}, differ from project expenditure {Show(expenditure)} "
        + $"(by {Show(expenditure - evaluated)}); explain if coverage is partial.");

    /// <summary>FA3012: the projects counted by grade, stated as the whole breakdown, add up to another number.</summary>
    /// <param name="sum">The sum of the grade counts.</param>
    /// <param name="stated">The stated number of evaluated projects.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) GradeCountsOtherThanEvaluated(long sum, int stated) => (
        $"各评价等级的项目个数合计 {sum} 个，与开展绩效自评的项目 {stated} 个不等。",
        $"The projects counted by grade add up to {sum}, not to the {stated} evaluated projects.");

    /// <summary>FA3012: the projects counted by grade, not said to be the whole breakdown, exceed the evaluated.</summary>
    /// <param name="sum">The sum of the grade counts.</param>
    /// <param name="stated">The stated number of evaluated projects.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) GradeCountsAboveEvaluated(long sum, int stated) => (
        $"各评价等级的项目个数合计 {sum} 个，多于开展绩效自评的项目 {stated} 个（所列等级未必完整，至多为警告）。",
        $"The projects counted by grade add up to {sum}, more than the {stated} evaluated projects "
        + "(the grades listed may not be all of them: at most a warning).");

    /// <summary>FA3013: a stated evaluation coverage above 100%.</summary>
    /// <param name="coverage">The stated coverage.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) EvaluationCoverageAbove100(Percent coverage) => (
        $"评价覆盖率 {coverage} 超过100%。",
        $"The evaluation coverage {coverage} is above 100%.");

    /// <summary>FA3013: a stated evaluation coverage other than the evaluated funds' share of its base.</summary>
    /// <param name="coverage">The stated coverage.</param>
    /// <param name="funds">The evaluated projects' funds.</param>
    /// <param name="whole">The base's figure.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) EvaluationCoverageRatio(Percent coverage, Amount funds, Amount whole) => (
        $"评价覆盖率 {coverage} 与涉及资金 {funds} 占口径 {whole} 的比例不符（涉及资金是预算数还是执行数未载明，至多为警告）。",
        $"The evaluation coverage {coverage} is not the share of the evaluated funds {funds} in its base {whole} "
        + "(whether the funds are budgets or spending is not stated: at most a warning).");

    /// <summary>FA3014: a key evaluation's score above 100.</summary>
    /// <param name="score">The stated score.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) KeyEvaluationScoreAbove100(Quantity score) => (
        $"重点评价得分 {score} 超过100分。",
        $"The key evaluation's score {score} is above 100.");

    /// <summary>FA3014: a key evaluation's grade that is not the grade of its score's band.</summary>
    /// <param name="score">The stated score.</param>
    /// <param name="grade">The stated grade.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) KeyEvaluationGradeMismatch(Quantity score, PerformanceGrade grade) => (
        $"重点评价得分 {score} 与等级 {GradeBand(grade)} 不符。",
        $"The key evaluation's score {score} does not match the grade {grade}.");

    // ---- FactRules (FA1109, FA5003, FA5004) -------------------------------------------------------------------

    /// <summary>FA1109: an item the narrative lists that is no row of the basic expenditure table.</summary>
    /// <param name="item">The item as listed.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ListedItemNotARow(string item) => (
        $"说明列出的“{item}”在基本支出决算表中没有对应科目。",
        $"\"{item}\" is listed in the narrative but is not a row of the basic expenditure table.");

    /// <summary>FA1109: an item the narrative lists whose row is zero.</summary>
    /// <param name="item">The item as listed.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) ListedItemZero(string item) => (
        $"说明列出的“{item}”在基本支出决算表中为 0（不涉及的科目不应列出）。",
        $"\"{item}\" is listed in the narrative but is 0 in the basic expenditure table (items not incurred are not listed).");

    /// <summary>FA5003: a functional code's name other than the catalogue's.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name as stated.</param>
    /// <param name="year">The report's year, or null when unknown (any year's names).</param>
    /// <param name="expected">The catalogue's name, or empty.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) FunctionalNameMismatch(FunctionalCode code, string name, int? year, string expected) => (
        $"科目 {code} 的名称“{name}”与 {year?.ToString(CultureInfo.InvariantCulture) ?? "任一"} 年科目名称“{expected}”不符。",
        $"The name \"{name}\" of code {code} does not match the {year?.ToString(CultureInfo.InvariantCulture) ?? "any year's"} "
        + $"catalogue name \"{expected}\".");

    /// <summary>FA5004: an economic code's name other than the catalogue's.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name as stated.</param>
    /// <param name="expected">The catalogue's name, or empty.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) EconomicNameMismatch(EconomicCode code, string name, string expected) => (
        $"经济分类 {code} 的名称“{name}”与科目名称“{expected}”不符。",
        $"The name \"{name}\" of economic code {code} does not match the catalogue name \"{expected}\".");

    // ---- CorrespondenceRules (FA1014) -------------------------------------------------------------------------

    /// <summary>FA1014's check label: a functional ↔ economic correspondence.</summary>
    /// <param name="nameZh">The correspondence's Chinese name.</param>
    /// <param name="nameEn">Its English name.</param>
    /// <param name="functional">The functional codes.</param>
    /// <param name="economic">The economic codes.</param>
    /// <returns>The label.</returns>
    public static (string Zh, string En) CorrespondenceAgrees(
        string nameZh, string nameEn, IEnumerable<string> functional, IEnumerable<string> economic)
    {
        var f = string.Join("+", functional);
        var e = string.Join("+", economic);
        return ($"{nameZh}：一般公共预算财政拨款基本支出功能分类 {f} 应等于经济分类 {e}",
            $"{nameEn}: basic expenditure of functional {f} should equal economic {e}");
    }

    // ---- PresenceRules (FA6101–FA6103) ------------------------------------------------------------------------

    /// <summary>FA6101: a required table missing from a complete disclosure.</summary>
    /// <param name="nameZh">The table's Chinese name.</param>
    /// <param name="nameEn">Its English name.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableMissing(string nameZh, string nameEn) => (
        $"缺少公开表：{nameZh}。完整的决算公开应包含该表，无数据时保留空表并注明“本表无数据”。",
        $"The table is missing: {nameEn}. A complete disclosure includes it; without data it is kept empty with a no-data statement.");

    /// <summary>FA6101: a required table that is there without figures and without a no-data statement.</summary>
    /// <param name="nameZh">The table's Chinese name.</param>
    /// <param name="nameEn">Its English name.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) BlankTable(string nameZh, string nameEn) => (
        $"{nameZh}没有数字，也没有“本表无数据”的说明。",
        $"{nameEn} has no figures and no statement that it has no data.");

    /// <summary>FA6101's note for a narrative-only input: the tables not given and the rules that therefore could not run.</summary>
    /// <param name="namesZh">The tables' Chinese names.</param>
    /// <param name="namesEn">Their English names.</param>
    /// <param name="rules">The ids of the rules that need them.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TablesNotInInput(
        IEnumerable<string> namesZh, IEnumerable<string> namesEn, IEnumerable<string> rules)
    {
        var ids = new List<string>(rules);
        return (
            $"输入中没有以下公开表（说明所附表格未随输入提供，不是公开缺项）：{string.Join("、", namesZh)}。因此以下规则无法检查：{string.Join("、", ids)}。",
            $"The input does not hold these tables (published as attachments to the narrative, not missing from the disclosure): "
            + $"{string.Join("; ", namesEn)}. These rules could therefore not run: {string.Join(", ", ids)}.");
    }

    /// <summary>FA6102: a required narrative section missing (declared scope).</summary>
    /// <param name="nameZh">The section's Chinese name.</param>
    /// <param name="nameEn">Its English name.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) SectionMissing(string nameZh, string nameEn) => (
        $"说明缺少“{nameZh}”部分。",
        $"The narrative lacks the section “{nameEn}”.");

    /// <summary>FA6103: a required detail a present section does not state (declared scope).</summary>
    /// <param name="sectionZh">The section's Chinese name.</param>
    /// <param name="sectionEn">Its English name.</param>
    /// <param name="detailZh">The detail's Chinese name.</param>
    /// <param name="detailEn">Its English name.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) DetailMissing(string sectionZh, string sectionEn, string detailZh, string detailEn) => (
        $"“{sectionZh}”部分未说明{detailZh}。",
        $"The section “{sectionEn}” does not state: {detailEn}.");

    /// <summary>FA6102/FA6103's note with an inferred scope: the parts not found, which the reader may have missed.</summary>
    /// <param name="namesZh">The parts' Chinese names.</param>
    /// <param name="namesEn">Their English names.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) NotFoundInInput(IEnumerable<string> namesZh, IEnumerable<string> namesEn) => (
        $"输入中未找到：{string.Join("、", namesZh)}。原文若有这些内容，可能是读取时未能识别；声明输入范围（scope = narrative 或 complete）后缺项才作为问题报告。",
        $"Not found in the input: {string.Join("; ", namesEn)}. If the document has them they may not have been recognised; "
        + "declare the input scope (narrative or complete) to report absent parts as findings.");
}
