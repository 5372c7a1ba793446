namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>预算绩效管理情况: counts and totals of evaluations, findings, and the evaluation tables.</summary>
public sealed record PerformanceStatement
{
    /// <summary>Number of department-wide self-evaluations (整体支出绩效自评表 N 个).</summary>
    public int? OverallEvaluationCount { get; init; }

    /// <summary>Their full-year budget (全年预算总额).</summary>
    public Amount? OverallBudget { get; init; }

    /// <summary>Their execution (实际执行总额).</summary>
    public Amount? OverallExecuted { get; init; }

    /// <summary>Number of evaluated projects (预算绩效评价项目 N 个), including classified ones.</summary>
    public int? ProjectEvaluationCount { get; init; }

    /// <summary>Their full-year budget (全年预算数).</summary>
    public Amount? ProjectBudget { get; init; }

    /// <summary>Their execution (全年执行数).</summary>
    public Amount? ProjectExecuted { get; init; }

    /// <summary>
    /// The funds the evaluated projects cover (涉及资金…万元; schema 1.4), as stated — kept apart from
    /// <see cref="ProjectBudget"/> and <see cref="ProjectExecuted"/>, since the text does not say which of the two it is.
    /// </summary>
    public Amount? ProjectFunds { get; init; }

    /// <summary>
    /// The department's self-evaluation score stated in the narrative (自评得分 95.5 分, 综合评分 … 分; schema 1.4), in points.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is negative (a score has no sign).</exception>
    public Quantity? SelfEvaluationScore
    {
        get;
        init => field = Unsigned.Checked(value, nameof(SelfEvaluationScore), Messages.ScoreNegative);
    }

    /// <summary>取得的成效, as written.</summary>
    public string? Achievements { get; init; }

    /// <summary>发现的问题及原因, as written.</summary>
    public string? Problems { get; init; }

    /// <summary>下一步改进措施, as written.</summary>
    public string? Improvements { get; init; }

    /// <summary>The published self-evaluation tables (绩效自评表).</summary>
    public IReadOnlyList<PerformanceEvaluation> Evaluations
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<PerformanceEvaluation>();

    /// <summary>
    /// Whether <see cref="Evaluations"/> lists every evaluation or a selection of them (所列范围: 全部 / 部分; schema 1.8).
    /// Absent (null) means all, as before 1.8. On a <see cref="Performance.EvaluationsListed.Selection"/> the rules that take the list as
    /// the whole (FA3009's sums, FA3010's counts, FA3011's sum of the evaluations) do not apply; each evaluation's own
    /// figures are checked as always.
    /// </summary>
    public EvaluationsListed? EvaluationsListed { get; init; }

    /// <summary>
    /// The number of evaluated projects by grade as the 说明 states it (评价结果为“优”的项目 N 个、“良”的项目 M 个; schema 1.9), in
    /// written order: FA3012 compares their sum with <see cref="ProjectEvaluationCount"/>.
    /// </summary>
    public IReadOnlyList<GradeCount> GradeCounts
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<GradeCount>();

    /// <summary>
    /// What <see cref="GradeCounts"/> covers (schema 1.9): <see cref="Performance.GradeCountsCover.All"/> when the text states
    /// the breakdown as the whole (其中 … / 分别为 …), so that a sum other than <see cref="ProjectEvaluationCount"/> is an Error;
    /// <see cref="Performance.GradeCountsCover.Some"/> or absent (some grades only, or not said): only a sum above it is
    /// reported, as a Warning.
    /// </summary>
    public GradeCountsCover? GradeCountsCover { get; init; }

    /// <summary>
    /// The average of the evaluated projects' scores (项目平均得分 93.6 分; schema 1.9), in points — a figure of the projects,
    /// never the department's own <see cref="SelfEvaluationScore"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is negative (a score has no sign).</exception>
    public Quantity? AverageProjectScore
    {
        get;
        init => field = Unsigned.Checked(value, nameof(AverageProjectScore), Messages.ScoreNegative);
    }

    /// <summary>
    /// The stated evaluation coverage (评价覆盖率; schema 1.11): the share of <see cref="EvaluationCoverageBase"/> the evaluated
    /// projects cover ("占一般公共预算项目支出总额的100%", "项目自评覆盖率100%"), in percent. With <see cref="ProjectFunds"/> and a base
    /// the report holds a figure of, rule FA3013 checks it as a ratio; a coverage above 100% is an Error of the same rule.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is negative (a share has no sign).</exception>
    public Percent? EvaluationCoverage
    {
        get;
        init => field = Unsigned.Checked(value, nameof(EvaluationCoverage), Messages.EvaluationCoverageNegative);
    }

    /// <summary>
    /// What <see cref="EvaluationCoverage"/> is a share of (schema 1.11): the 一般公共预算 project expenditure, the project
    /// expenditure, all projects, or <see cref="Performance.EvaluationCoverageBase.Unknown"/> when the text does not say.
    /// </summary>
    public EvaluationCoverageBase? EvaluationCoverageBase { get; init; }

    /// <summary>
    /// The evaluations beyond the self-evaluations the 说明 states (重点绩效评价, 部门评价, 财政评价; schema 1.11), in written order:
    /// their projects, funds, score and grade (rule FA3014: a score within 0–100, a grade of the score's band).
    /// </summary>
    public IReadOnlyList<KeyEvaluation> KeyEvaluations
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<KeyEvaluation>();
}
