using System;
using System.Collections.Generic;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model.Performance
{
    /// <summary>The kind of a performance self-evaluation table.</summary>
    public enum EvaluationKind
    {
        /// <summary>部门整体支出绩效自评表 (the department as a whole).</summary>
        DepartmentOverall = 0,

        /// <summary>项目支出绩效自评表 (one project).</summary>
        Project = 1,
    }

    /// <summary>The kind of a fund line (项目资金 / 部门资金 rows).</summary>
    public enum FundLineKind
    {
        /// <summary>年度资金总额 / 年度总资金 (total).</summary>
        Total = 0,

        /// <summary>当年财政拨款 / 本年财政拨款 (appropriations of the year).</summary>
        CurrentYearAppropriation = 1,

        /// <summary>上年结转资金 (carried over from the prior year).</summary>
        PriorYearCarryOver = 2,

        /// <summary>上级资金 (funds from the superior level).</summary>
        SuperiorFunds = 3,

        /// <summary>本级资金 (funds of this level).</summary>
        SameLevelFunds = 4,

        /// <summary>其他资金 (other funds).</summary>
        OtherFunds = 5,
    }

    /// <summary>The comparator of an indicator value (指标性质).</summary>
    public enum Comparator
    {
        /// <summary>Greater or equal, ≥ (>=, 正向).</summary>
        GreaterOrEqual = 0,

        /// <summary>Less or equal, ≤ (&lt;=, 反向).</summary>
        LessOrEqual = 1,

        /// <summary>Equal, = (等于).</summary>
        Equal = 2,

        /// <summary>Greater than, &gt;.</summary>
        Greater = 3,

        /// <summary>Less than, &lt;.</summary>
        Less = 4,
    }

    /// <summary>The grade of an evaluation (评价等级).</summary>
    public enum PerformanceGrade
    {
        /// <summary>优 (excellent, ≥ 90).</summary>
        Excellent = 0,

        /// <summary>良 (good, 80–89).</summary>
        Good = 1,

        /// <summary>中 / 合格 (fair, 60–79).</summary>
        Fair = 2,

        /// <summary>差 / 不合格 (poor, &lt; 60).</summary>
        Poor = 3,
    }

    /// <summary>
    /// An indicator value as written (年度指标值 / 实际完成值): the text, and where it is quantitative, the comparator, the
    /// number and the unit (">=4 次" → ≥, 4, 次; "=100%" → =, 100, %; "有效提升" → text only).
    /// </summary>
    public sealed record IndicatorValue
    {
        /// <summary>The value exactly as written.</summary>
        public required string Text { get; init; }

        /// <summary>The comparator, when written.</summary>
        public Comparator? Comparator { get; init; }

        /// <summary>The number, when the value is quantitative.</summary>
        public Quantity? Value { get; init; }

        /// <summary>The unit after the number (次, 万元, %, 人次), when written.</summary>
        public string? Unit { get; init; }

        /// <summary>
        /// Reads an indicator value as tables write it, tolerating spaces inserted by PDF conversion ("≤37.49 万 元").
        /// A value whose remainder contains further digits (a date range) keeps only its comparator and text.
        /// </summary>
        /// <param name="text">The cell text.</param>
        /// <returns>The value; never throws for non-null text.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static IndicatorValue Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var compact = RemoveSpaces(text);
            var i = 0;
            Comparator? comparator = null;
            if (compact.StartsWith(">=", StringComparison.Ordinal) || compact.StartsWith("＞＝", StringComparison.Ordinal))
            {
                comparator = Performance.Comparator.GreaterOrEqual;
                i = 2;
            }
            else if (compact.StartsWith("<=", StringComparison.Ordinal) || compact.StartsWith("＜＝", StringComparison.Ordinal))
            {
                comparator = Performance.Comparator.LessOrEqual;
                i = 2;
            }
            else if (compact.Length > 0)
            {
                comparator = compact[0] switch
                {
                    '≥' or '≧' => Performance.Comparator.GreaterOrEqual,
                    '≤' or '≦' => Performance.Comparator.LessOrEqual,
                    '=' or '＝' => Performance.Comparator.Equal,
                    '>' or '＞' => Performance.Comparator.Greater,
                    '<' or '＜' => Performance.Comparator.Less,
                    _ => null,
                };
                i = comparator is null ? 0 : 1;
            }

            var scan = DecimalFigure.ScanNumber(compact.AsSpan(), i);
            if (!scan.Success || scan.End == i)
            {
                return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
            }

            var unit = compact.Substring(scan.End);
            foreach (var c in unit)
            {
                if (DecimalFigure.DigitValue(c) >= 0)
                {
                    return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
                }
            }

            return new IndicatorValue
            {
                Text = text.Trim(),
                Comparator = comparator,
                Value = Quantity.Parse(compact.Substring(i, scan.End - i), System.Globalization.CultureInfo.InvariantCulture),
                Unit = unit.Length == 0 ? null : unit.Replace('％', '%'),
            };
        }

        private static string RemoveSpaces(string text)
        {
            var chars = new List<char>(text.Length);
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    chars.Add(c);
                }
            }

            return new string(chars.ToArray());
        }
    }

    /// <summary>A fund line of an evaluation table (项目资金 rows): budget, execution, weight, rate and score.</summary>
    public sealed record FundLine
    {
        /// <summary>What the line is.</summary>
        public required FundLineKind Kind { get; init; }

        /// <summary>The row label as written (年度资金总额, 其中：当年财政拨款, …).</summary>
        public required string Label { get; init; }

        /// <summary>Budget at the start of the year (年初预算数).</summary>
        public Amount? InitialBudget { get; init; }

        /// <summary>Full-year budget (全年预算数).</summary>
        public Amount? FullYearBudget { get; init; }

        /// <summary>Full-year execution (全年执行数).</summary>
        public Amount? Executed { get; init; }

        /// <summary>分值 (weight of budget execution, usually 10).</summary>
        public Quantity? Weight { get; init; }

        /// <summary>Execution rate (执行率 = 全年执行数 / 全年预算数).</summary>
        public Percent? ExecutionRate { get; init; }

        /// <summary>Score (得分).</summary>
        public Quantity? Score { get; init; }
    }

    /// <summary>A performance indicator (绩效指标) with its three-level name, target, actual, weight and score.</summary>
    public sealed record PerformanceIndicator
    {
        /// <summary>First-level indicator (一级指标: 产出指标 / 效益指标 / 满意度指标 …).</summary>
        public required string Level1 { get; init; }

        /// <summary>Second-level indicator (二级指标: 数量指标 / 质量指标 / 时效指标 / 成本指标 / 社会效益指标 …).</summary>
        public required string Level2 { get; init; }

        /// <summary>三级指标 (the indicator's own name).</summary>
        public required string Name { get; init; }

        /// <summary>年度指标值 / 预期指标值 (target).</summary>
        public IndicatorValue? Target { get; init; }

        /// <summary>指标值设定依据 (basis of the target), when the table has that column.</summary>
        public string? TargetBasis { get; init; }

        /// <summary>实际完成值 (actual).</summary>
        public IndicatorValue? Actual { get; init; }

        /// <summary>分值 / 权重 (weight).</summary>
        public Quantity? Weight { get; init; }

        /// <summary>得分 (score).</summary>
        public Quantity? Score { get; init; }

        /// <summary>偏差原因分析及改进措施 (deviation note), as written.</summary>
        public string? DeviationNote { get; init; }
    }

    /// <summary>A performance self-evaluation table (绩效自评表): department-wide or for one project.</summary>
    public sealed record PerformanceEvaluation
    {
        /// <summary>Department-wide or project.</summary>
        public required EvaluationKind Kind { get; init; }

        /// <summary>项目名称 (or 部门名称 for a department-wide table).</summary>
        public required string Name { get; init; }

        /// <summary>主管部门, when stated.</summary>
        public string? Department { get; init; }

        /// <summary>实施单位, when stated.</summary>
        public string? ImplementingUnit { get; init; }

        /// <summary>The fund lines (项目资金 / 部门资金).</summary>
        public IReadOnlyList<FundLine> Funds { get; init => field = ValueList.From(value); } = ValueList.Empty<FundLine>();

        /// <summary>年度总体目标 — 预期目标, as written.</summary>
        public string? ExpectedGoal { get; init; }

        /// <summary>年度总体目标 — 实际完成情况, as written.</summary>
        public string? ActualOutcome { get; init; }

        /// <summary>The indicators, in printed order.</summary>
        public IReadOnlyList<PerformanceIndicator> Indicators { get; init => field = ValueList.From(value); } = ValueList.Empty<PerformanceIndicator>();

        /// <summary>总分 — 分值 column (usually 100).</summary>
        public Quantity? TotalWeight { get; init; }

        /// <summary>总分 — 得分 column.</summary>
        public Quantity? TotalScore { get; init; }

        /// <summary>The stated grade (自评等级), when given.</summary>
        public PerformanceGrade? Grade { get; init; }
    }

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

        /// <summary>取得的成效, as written.</summary>
        public string? Achievements { get; init; }

        /// <summary>发现的问题及原因, as written.</summary>
        public string? Problems { get; init; }

        /// <summary>下一步改进措施, as written.</summary>
        public string? Improvements { get; init; }

        /// <summary>The published self-evaluation tables.</summary>
        public IReadOnlyList<PerformanceEvaluation> Evaluations { get; init => field = ValueList.From(value); } = ValueList.Empty<PerformanceEvaluation>();
    }
}
