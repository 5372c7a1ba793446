using PublicFinance.FinalAccounts.Model.Performance;
using static PublicFinance.FinalAccounts.Validation.ValidationContext;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Performance self-evaluation scoring (绩效自评).</summary>
/// <remarks>
/// The rules walk the typed model (<c>report.Performance.Evaluations</c>, their funds and indicators: the only places the
/// contract puts these records) and make pointer text only for a finding or a "could not run" entry (<see cref="RecordPlace"/>);
/// a sum is passed by its printed values first and its figures are located only when it does not pass that way (session
/// 24: no rule here reads the fact index). One implementation each since session 25: the index paths they were compared
/// with are gone, their outcomes pinned (CodeRuleOutcomesTests).
/// </remarks>
internal static class PerformanceRules
{
    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return CodeRule.Declare(
            "FA3005", RuleCategory.Performance, Severity.Warning,
            "预算执行得分与执行率一致", "The execution score follows the execution rate",
            "得分 = 分值 × min(执行率, 100%)（部分地区按档次计分）",
            "domain §5.3",
            ExecutionScore);

        yield return CodeRule.Declare(
            "FA3006", RuleCategory.Performance, Severity.Warning,
            "指标完成情况与得分一致", "Indicator scores agree with whether targets were met",
            "实际值达到指标值却扣分，或未达到却得满分",
            "domain §5.3",
            IndicatorScoring);

        yield return CodeRule.Declare(
            "FA3007", RuleCategory.Performance, Severity.Error,
            "评价等级与总分一致", "The grade matches the total score",
            "优 ≥ 90，良 80–90，中 60–80，差 < 60",
            "domain §5.4",
            Grade);

        yield return CodeRule.Declare(
            "FA3008", RuleCategory.Performance, Severity.Error,
            "项目资金总额等于各资金来源之和", "Project funds total equals its sources",
            "年度资金总额 = 本年财政拨款 + 上年结转 + 其他资金（或 上级 + 本级 + 其他），年初预算、全年预算、执行数各列",
            "domain §5.2",
            FundLines);

        yield return CodeRule.Declare(
            "FA3009", RuleCategory.Performance, Severity.Error,
            "评价项目资金合计等于公开项目与涉密项目之和", "Evaluated project funds equal disclosed plus classified projects",
            "项目自评资金合计 = Σ 公开项目自评表年度资金总额 + 涉密项目资金",
            "domain §9",
            ProjectTotals);

        yield return CodeRule.Declare(
            "FA3010", RuleCategory.Performance, Severity.Warning,
            "自评项目个数与公开的自评表一致", "The stated number of evaluations matches the disclosed tables",
            "项目自评个数 = 公开项目自评表个数 + 涉密项目个数；部门整体自评个数 = 公开整体自评表个数",
            "domain §9",
            EvaluationCounts);

        yield return CodeRule.Declare(
            "FA3011", RuleCategory.Performance, Severity.Warning,
            "项目自评覆盖全部项目支出", "Project evaluations cover all project expenditure",
            "项目自评资金合计（有执行数时按执行数，否则按预算数）= 项目支出（未全覆盖时应说明）",
            "domain §9",
            ProjectCoverage);

        yield return CodeRule.Declare(
            "FA3012", RuleCategory.Performance, Severity.Error,
            "各评价等级项目个数之和等于评价项目个数", "The projects counted by grade add up to the evaluated projects",
            "Σ 各等级项目个数 = 开展绩效自评的项目个数（说明称其中/分别时；所列等级不完整时仅核对不超过）",
            "domain §5.4",
            GradeCounts);

        yield return CodeRule.Declare(
            "FA3013", RuleCategory.Performance, Severity.Error,
            "评价覆盖率等于评价项目资金占所称口径的比例且不超过100%",
            "The evaluation coverage is the evaluated funds' share of its base, at most 100%",
            "覆盖率 ≤ 100%；覆盖率 = 涉及资金 / 口径（项目支出、一般公共预算项目支出）× 100（口径未载明或无此数不核对）",
            "domain §9",
            EvaluationCoverage);

        yield return CodeRule.Declare(
            "FA3014", RuleCategory.Performance, Severity.Error,
            "重点评价得分在0至100分之间且与评价等级一致",
            "A key evaluation's score is within 0–100 and matches its grade",
            "0 ≤ 评价得分 ≤ 100；优 ≥ 90，良 80–90，中 60–80，差 < 60（重点评价、部门评价、财政评价）",
            "domain §5.4",
            KeyEvaluations);
    }

    private const string FundsMember = "funds";
    private static readonly string[] FundColumns = ["initialBudget", "fullYearBudget", "executed"];

    /// <summary>The location of <c>funds/{index}/{member}</c> of an evaluation at its place, by its pointer's text.</summary>
    private static FactPointer FundLocation(RecordPlace evaluation, int index, string member) =>
        FactPointer.Of(JsonPointer.Child(JsonPointer.Element(evaluation.At(FundsMember), index), member));

    /// <summary>Calls <paramref name="visit"/> for every evaluation of the typed model, in document order.</summary>
    private static void ForEachEvaluation(
        ValidationContext context, Action<ValidationContext, PerformanceEvaluation, RecordPlace> visit)
    {
        if (context.Report.Performance?.Evaluations is not { } evaluations)
        {
            return;
        }

        for (var e = 0; e < evaluations.Count; e++)
        {
            if (evaluations[e] is { } evaluation)
            {
                visit(context, evaluation, RecordPlace.OfEvaluation(e));
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every element of one list of every evaluation of the typed model (its fund lines or
    /// its indicators), in document order.
    /// </summary>
    private static void ForEachLine<T>(
        ValidationContext context, string list, Func<PerformanceEvaluation, IReadOnlyList<T>> lines,
        Action<ValidationContext, T, RecordPlace> visit)
        where T : class
    {
        if (context.Report.Performance?.Evaluations is not { } evaluations)
        {
            return;
        }

        for (var e = 0; e < evaluations.Count; e++)
        {
            if (evaluations[e] is not { } evaluation)
            {
                continue;
            }

            var elements = lines(evaluation);
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is { } element)
                {
                    visit(context, element, RecordPlace.InEvaluation(e, list, i));
                }
            }
        }
    }

    /// <summary>
    /// Whether the statement lists only a selection of its evaluations (schema 1.8, <see cref="EvaluationsListed.Selection"/>):
    /// the list is then not the whole that the stated counts and totals describe.
    /// </summary>
    private static bool IsSelection(PerformanceStatement performance) =>
        performance.EvaluationsListed == EvaluationsListed.Selection;

    /// <summary>The index of the first total line (合计) of an evaluation's funds, or -1.</summary>
    private static int TotalLine(PerformanceEvaluation evaluation)
    {
        for (var i = 0; i < evaluation.Funds.Count; i++)
        {
            if (evaluation.Funds[i].Kind == FundLineKind.Total)
            {
                return i;
            }
        }

        return -1;
    }

    public static void ExecutionScore(ValidationContext context) =>
        ForEachLine(context, FundsMember, static e => e.Funds, static (context, line, place) => ExecutionScore(context, line, place));

    private static void ExecutionScore(ValidationContext context, FundLine line, RecordPlace place)
    {
        if (line.Weight is not { } weight || line.Score is not { } score)
        {
            context.NotApplicable();
            return;
        }

        DecimalInterval rate;
        string rateMember;
        if (line.ExecutionRate is { } stated)
        {
            rate = context.Range(stated);
            rateMember = "executionRate";
        }
        else if (line.Executed is { } executed && (line.FullYearBudget ?? line.InitialBudget) is { } budget && budget.Value != 0m)
        {
            var r = Divide(context.Range(executed), context.Range(budget));
            rate = new DecimalInterval(SaturatingMath.Multiply(r.Lower, 100m), SaturatingMath.Multiply(r.Upper, 100m));
            rateMember = "executed";
        }
        else
        {
            context.CouldNotRun(place.At("executionRate"));
            return;
        }

        var w = context.Range(weight);
        var capped = new DecimalInterval(Math.Min(Math.Max(rate.Lower, 0m), 100m), Math.Min(Math.Max(rate.Upper, 0m), 100m));
        // Interval product (any signs: a negative weight turns the bounds around), then ÷ 100.
        var product = SaturatingMath.Multiply(w, capped);
        var expected = new DecimalInterval(product.Lower / 100m, product.Upper / 100m);
        var s = context.Range(score);
        if (s.Intersects(expected))
        {
            context.Pass();
            return;
        }

        var (zh, en) = ValidationMessages.ExecutionScore(score, weight, expected);
        context.Fail(zh, en, new[] { place.At("score"), place.At(rateMember), place.At("weight") }, s, expected);
    }

    /// <summary>Whether an actual value meets a target under its comparator.</summary>
    internal static bool Meets(Comparator comparator, decimal actual, decimal target) => comparator switch
    {
        Comparator.GreaterOrEqual => actual >= target,
        Comparator.LessOrEqual => actual <= target,
        Comparator.Equal => actual == target,
        Comparator.Greater => actual > target,
        Comparator.Less => actual < target,
        _ => false,
    };

    /// <summary>
    /// Whether two units are one once trimmed, a full-width ％ read as % — what comparing <c>Trim().Replace("％", "%")</c>
    /// of each decided, without making the two strings (the trim is the same: white space by <c>char.IsWhiteSpace</c>;
    /// the replacement maps one character to one, and neither is white space).
    /// </summary>
    internal static bool SameUnit(string? a, string? b)
    {
        var x = (a ?? string.Empty).AsSpan().Trim();
        var y = (b ?? string.Empty).AsSpan().Trim();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && HalfWidthPercent(x[i]) != HalfWidthPercent(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char HalfWidthPercent(char c) => c == '％' ? '%' : c;

    public static void IndicatorScoring(ValidationContext context) =>
        ForEachLine(
            context, "indicators", static e => e.Indicators, static (context, indicator, place) => Scoring(context, indicator, place));

    private static void Scoring(ValidationContext context, PerformanceIndicator indicator, RecordPlace place)
    {
        if (indicator.Target is not { Comparator: { } comparator, Value: { } target } targetValue ||
            indicator.Actual is not { Value: { } actual } actualValue ||
            indicator.Weight is not { } weight || indicator.Score is not { } score || weight.Value <= 0m ||
            !SameUnit(targetValue.Unit, actualValue.Unit))
        {
            context.NotApplicable();
            return;
        }

        var met = Meets(comparator, actual.Value, target.Value);
        var full = score.Value >= weight.Value;
        if (met == full)
        {
            context.Pass();
            return;
        }

        var pointers = new[] { place.At("score"), place.At("actual"), place.At("target"), place.At("weight") };
        if (met)
        {
            var (zh, en) = ValidationMessages.IndicatorMetButDocked(indicator.Name, actualValue.Text, targetValue.Text, score, weight);
            context.Fail(zh, en, pointers, null, null, score.Value - weight.Value, null);
        }
        else
        {
            var (zh, en) = ValidationMessages.IndicatorMissedButFull(indicator.Name, actualValue.Text, targetValue.Text, score, weight);
            context.Fail(zh, en, pointers);
        }
    }

    public static void Grade(ValidationContext context) =>
        ForEachEvaluation(context, static (context, e, place) => Grade(context, e, place));

    private static void Grade(ValidationContext context, PerformanceEvaluation e, RecordPlace place)
    {
        if (e.Grade is not { } grade)
        {
            context.NotApplicable();
            return;
        }

        if (e.TotalScore is not { } total)
        {
            context.CouldNotRun(place.At("totalScore"));
            return;
        }

        if (GradeHolds(context, grade, total))
        {
            context.Pass();
            return;
        }

        var (zh, en) = ValidationMessages.GradeMismatch(total, grade);
        context.Fail(zh, en, new[] { place.At("grade"), place.At("totalScore") });
    }

    /// <summary>
    /// Whether a score lies in the band of a grade (优 ≥ 90，良 80–90，中 60–80，差 &lt; 60), by the interval of its written decimals
    /// (FA3007 for the evaluation tables, FA3014 for the key evaluations).
    /// </summary>
    private static bool GradeHolds(ValidationContext context, PerformanceGrade grade, Quantity score)
    {
        var (lo, hi) = grade switch
        {
            PerformanceGrade.Excellent => (90m, 100m),
            PerformanceGrade.Good => (80m, 90m),
            PerformanceGrade.Fair => (60m, 80m),
            _ => (0m, 60m),
        };
        var r = context.Range(score);
        return grade == PerformanceGrade.Excellent ? r.Upper >= lo : r.Upper >= lo && r.Lower < hi;
    }

    private static readonly FundLineKind[] SchemeA =
        [FundLineKind.CurrentYearAppropriation, FundLineKind.PriorYearCarryOver, FundLineKind.OtherFunds];
    /// <summary>The budget of a fund line: the full-year budget, else the initial one (全年预算，否则年初预算).</summary>
    private static Amount? BudgetOf(FundLine line) => line.FullYearBudget ?? line.InitialBudget;

    private static readonly FundLineKind[] SchemeB = [FundLineKind.SuperiorFunds, FundLineKind.SameLevelFunds, FundLineKind.OtherFunds];

    public static void FundLines(ValidationContext context) =>
        ForEachEvaluation(context, static (context, e, place) => FundLines(context, e, place));

    private static void FundLines(ValidationContext context, PerformanceEvaluation e, RecordPlace place)
    {
        var totalIndex = TotalLine(e);
        var parts = 0;
        var hasA = false;
        var hasB = false;
        foreach (var f in e.Funds)
        {
            if (f.Kind == FundLineKind.Total)
            {
                continue;
            }

            parts++;
            hasA |= f.Kind is FundLineKind.CurrentYearAppropriation or FundLineKind.PriorYearCarryOver;
            hasB |= f.Kind is FundLineKind.SuperiorFunds or FundLineKind.SameLevelFunds;
        }

        if (totalIndex < 0 || parts == 0)
        {
            context.NotApplicable();
            return;
        }

        if (hasA && hasB)
        {
            context.CouldNotRun(place.At(FundsMember));
            return;
        }

        var scheme = hasB ? SchemeB : SchemeA;
        var items = RelationEvaluator.RentItems();
        foreach (var column in FundColumns)
        {
            static Amount? Get(FundLine f, string c) => c switch
            {
                "initialBudget" => f.InitialBudget,
                "fullYearBudget" => f.FullYearBudget,
                _ => f.Executed,
            };
            if (Get(e.Funds[totalIndex], column) is not { } total)
            {
                context.NotApplicable();
                continue;
            }

            // The figures unlocated first: a sum that passes by its printed values needs no location (session 24).
            items.Clear();
            for (var i = 0; i < e.Funds.Count; i++)
            {
                var f = e.Funds[i];
                if (f.Kind != FundLineKind.Total && Array.IndexOf(scheme, f.Kind) >= 0 && Get(f, column) is { } v)
                {
                    items.Add((context.Figure(default(FactPointer), v), 1));
                }
            }

            if (items.Count == 0)
            {
                context.CouldNotRun(place.At(FundsMember));
                continue;
            }

            if (ValuesFirst.PassesSum(context, context.Figure(default(FactPointer), total), items))
            {
                context.Pass();
                continue;
            }

            // Not passed by values: the same lines again, located (their pointers name them in the finding).
            var k = 0;
            for (var i = 0; i < e.Funds.Count; i++)
            {
                var f = e.Funds[i];
                if (f.Kind != FundLineKind.Total && Array.IndexOf(scheme, f.Kind) >= 0 && Get(f, column) is { } v)
                {
                    items[k++] = (context.Figure(FundLocation(place, i, column), v), 1);
                }
            }

            context.CheckSum(context.Figure(FundLocation(place, totalIndex, column), total), items,
                CheckLabel.Of(ValidationMessages.FundLinesAddUp, e.Name));
        }

        RelationEvaluator.ReturnItems(items);
    }

    /// <summary>
    /// The total lines of the project evaluations in one column, located (for a check that may record them) or not (for a
    /// values-first decision); false with the first evaluation's funds that have no such total.
    /// </summary>
    private static bool TryEvaluatedTotals(
        ValidationContext context, Func<FundLine, Amount?> column, string member, out List<(Figure, int)> items, out string? missing,
        bool located = true)
    {
        var found = new List<(Figure, int)>();
        string? absent = null;
        ForEachEvaluation(context, (context, e, place) =>
        {
            if (absent is not null || e.Kind != EvaluationKind.Project)
            {
                return;
            }

            var index = TotalLine(e);
            if (index < 0 || column(e.Funds[index]) is not { } value)
            {
                absent = place.At(FundsMember);
                return;
            }

            found.Add((context.Figure(located ? FundLocation(place, index, member) : default, value), 1));
        });
        items = found;
        missing = absent;
        return absent is null;
    }

    public static void ProjectTotals(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null)
        {
            context.CouldNotRun("/performance");
            return;
        }

        foreach (var (stated, member, classified, name) in new[]
        {
            (performance.ProjectBudget, "fullYearBudget", context.Report.ClassifiedProjects?.Budget, "projectBudget"),
            (performance.ProjectExecuted, "executed", context.Report.ClassifiedProjects?.Executed, "projectExecuted"),
        })
        {
            // A selection of the evaluations (schema 1.8) is not the whole: its totals are not the stated sum's parts.
            if (stated is not { } total || IsSelection(performance))
            {
                context.NotApplicable();
                continue;
            }

            Func<FundLine, Amount?> column = member == "executed" ? f => f.Executed : BudgetOf;
            if (!TryEvaluatedTotals(context, column, member, out var items, out var missing, located: false))
            {
                context.CouldNotRun(missing!);
                continue;
            }

            if (items.Count == 0 && classified is null)
            {
                context.CouldNotRun("/performance/evaluations");
                continue;
            }

            if (classified is { } c)
            {
                items.Add((context.Figure(default(FactPointer), c), 1));
            }

            // Passed by the printed values: no figure needs its pointer (session 24); otherwise the same figures, located.
            if (ValuesFirst.PassesSum(context, context.Figure(default(FactPointer), total), items))
            {
                context.Pass();
                continue;
            }

            TryEvaluatedTotals(context, column, member, out items, out _);
            if (classified is { } located)
            {
                items.Add((context.Figure("/classifiedProjects/" + (member == "executed" ? "executed" : "budget"), located), 1));
            }

            context.CheckSum(context.Figure("/performance/" + name, total), items, CheckLabel.Of(ValidationMessages.ProjectTotalsAddUp));
        }
    }

    public static void EvaluationCounts(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null)
        {
            context.CouldNotRun("/performance");
            return;
        }

        var projects = performance.Evaluations.Count(e => e.Kind == EvaluationKind.Project);
        var overall = performance.Evaluations.Count(e => e.Kind == EvaluationKind.DepartmentOverall);
        if (performance.Evaluations.Count == 0 || IsSelection(performance))
        {
            // No list, or a selection of the evaluations (schema 1.8): the stated counts are of all, not of the listed.
            context.NotApplicable();
            return;
        }

        if (performance.ProjectEvaluationCount is { } projectCount)
        {
            // Counts may each reach int.MaxValue (the schema's bound): add them as long.
            var classified = context.Report.ClassifiedProjects?.Count ?? 0;
            if (projectCount == (long)projects + classified)
            {
                context.Pass();
            }
            else
            {
                var (zh, en) = ValidationMessages.ProjectEvaluationCount(projectCount, projects, classified);
                var pointers = new[] { "/performance/projectEvaluationCount", "/performance/evaluations", "/classifiedProjects/count" };
                context.Fail(zh, en, pointers, null, null, (decimal)projectCount - projects - classified);
            }
        }
        else
        {
            context.NotApplicable();
        }

        if (performance.OverallEvaluationCount is { } overallCount)
        {
            if (overallCount == overall)
            {
                context.Pass();
            }
            else
            {
                var (zh, en) = ValidationMessages.OverallEvaluationCount(overallCount, overall);
                var pointers = new[] { "/performance/overallEvaluationCount", "/performance/evaluations" };
                context.Fail(zh, en, pointers, null, null, overallCount - overall);
            }
        }
        else
        {
            context.NotApplicable();
        }
    }

    public static void ProjectCoverage(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null || context.Report.Narrative?.Expenditure?.Project is not { } project)
        {
            context.CouldNotRun(performance is null ? "/performance" : "/narrative/expenditure/project/amount");
            return;
        }

        Figure evaluated;
        List<string> pointers;
        if (performance.ProjectExecuted is { } executed)
        {
            // "涉及项目预算 812.00 万元，实际执行 779.27 万元": 项目支出 is a 决算 figure, spent money — the evaluations' executed
            // amount is what covers it, not their budget (session 23: a false Warning on every such text).
            evaluated = context.Figure("/performance/projectExecuted", executed);
            pointers = new List<string> { evaluated.Pointer };
        }
        else if (performance.ProjectBudget is { } stated)
        {
            // Only a budget stated (the central template's 全年预算数): the covered funds as the text gives them.
            evaluated = context.Figure("/performance/projectBudget", stated);
            pointers = new List<string> { evaluated.Pointer };
        }
        else if (context.Report.ClassifiedProjects?.Budget is { } classified && !IsSelection(performance)
            && TryEvaluatedTotals(context, BudgetOf, "fullYearBudget", out var items, out _))
        {
            items.Add((context.Figure("/classifiedProjects/budget", classified), 1));
            var sum = items.Aggregate(DecimalInterval.Exact(0m), (acc, x) => acc + x.Item1.Range);
            evaluated = new Figure(items[0].Item1.Pointer, items.Sum(x => x.Item1.Value), sum);
            pointers = [.. items.Select(x => x.Item1.Pointer)];
        }
        else
        {
            context.NotApplicable();
            return;
        }

        var expenditure = context.Figure("/narrative/expenditure/project/amount", project.Amount);
        if (evaluated.Range.Intersects(expenditure.Range))
        {
            context.Pass();
            return;
        }

        pointers.Insert(0, expenditure.Pointer);
        var (zh, en) = ValidationMessages.ProjectCoverage(evaluated.Value, expenditure.Value);
        context.Fail(zh, en, pointers, expenditure.Range, evaluated.Range, expenditure.Value - evaluated.Value);
    }

    /// <summary>
    /// FA3012: the evaluated projects counted by grade (schema 1.9) against the stated number of evaluated projects. A breakdown
    /// stated as the whole (<see cref="PerformanceStatement.GradeCountsCover"/> all: 其中 / 分别) must add up to it exactly (an
    /// Error otherwise: both are exact integers the text states); a breakdown not said to be whole may fall short (the grades
    /// not listed), so only a sum above the number is reported, as a Warning. Not applicable without grade counts, without the
    /// number, or on a selection of the evaluations (the number then may not be the graded projects').
    /// </summary>
    public static void GradeCounts(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null)
        {
            context.CouldNotRun("/performance");
            return;
        }

        if (performance.GradeCounts.Count == 0 || performance.ProjectEvaluationCount is not { } stated || IsSelection(performance))
        {
            context.NotApplicable();
            return;
        }

        // Counts may each reach int.MaxValue (the schema's bound): add them as long.
        var sum = 0L;
        foreach (var grade in performance.GradeCounts)
        {
            sum += grade.Count;
        }

        var complete = performance.GradeCountsCover == GradeCountsCover.All;
        if (sum == stated)
        {
            context.Pass();
        }
        else if (complete)
        {
            var (zh, en) = ValidationMessages.GradeCountsOtherThanEvaluated(sum, stated);
            context.Fail(zh, en, GradeCountPointers, null, null, sum - stated);
        }
        else if (sum > stated)
        {
            var (zh, en) = ValidationMessages.GradeCountsAboveEvaluated(sum, stated);
            context.FailUncertain(zh, en, GradeCountPointers);
        }
        else
        {
            context.NotApplicable();   // some grades only: a sum below the number says nothing
        }
    }

    private static readonly string[] GradeCountPointers = ["/performance/gradeCounts", "/performance/projectEvaluationCount"];

    /// <summary>
    /// FA3013: the stated evaluation coverage (schema 1.11). Above 100% (beyond its written decimals) it is an Error. With the
    /// evaluated projects' funds (<see cref="PerformanceStatement.ProjectFunds"/>) and a base the report holds a figure of — the
    /// project expenditure (<c>narrative.expenditure.project</c>), the 一般公共预算 project expenditure (T5's total row, 项目支出
    /// column) — the share is checked as a ratio with the intervals of the written decimals; a share off beyond rounding is
    /// a Warning (whether the funds are the projects' budget or their spending, the text does not say). All projects, an
    /// unknown base, or a base without its figure: only the bound is checked. Not applicable without a stated coverage.
    /// </summary>
    public static void EvaluationCoverage(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null)
        {
            context.CouldNotRun("/performance");
            return;
        }

        if (performance.EvaluationCoverage is not { } coverage)
        {
            context.NotApplicable();
            return;
        }

        var stated = context.Range(coverage);
        if (stated.Lower > 100m)
        {
            var (zh, en) = ValidationMessages.EvaluationCoverageAbove100(coverage);
            context.Fail(zh, en, CoveragePointers, stated, DecimalInterval.Exact(100m), coverage.Value - 100m);
            return;
        }

        var (basePointer, baseAmount) = performance.EvaluationCoverageBase switch
        {
            EvaluationCoverageBase.ProjectExpenditure
                => ("/narrative/expenditure/project/amount", context.Report.Narrative?.Expenditure?.Project?.Amount),
            EvaluationCoverageBase.GeneralBudgetProjectExpenditure
                => ("/tables/generalBudgetExpenditure/total/project", context.Report.Tables?.GeneralBudgetExpenditure?.Total?.Project),
            _ => (null, null),
        };
        if (basePointer is null || baseAmount is not { } whole || performance.ProjectFunds is not { } funds)
        {
            context.Pass();
            return;
        }

        var numerator = context.Figure("/performance/projectFunds", funds);
        var denominator = context.Figure(basePointer, whole);
        if (denominator.Range.Lower <= 0m && denominator.Range.Upper >= 0m)
        {
            context.NotApplicable();
            return;
        }

        var quotient = ValidationContext.Divide(numerator.Range, denominator.Range);
        var computed = new DecimalInterval(quotient.Lower * 100m, quotient.Upper * 100m);
        if (computed.Intersects(stated))
        {
            context.Pass();
            return;
        }

        var (warnZh, warnEn) = ValidationMessages.EvaluationCoverageRatio(coverage, funds, whole);
        context.FailUncertain(warnZh, warnEn, ["/performance/evaluationCoverage", numerator.Pointer, denominator.Pointer]);
    }

    private static readonly string[] CoveragePointers = ["/performance/evaluationCoverage"];

    /// <summary>
    /// FA3014: each key evaluation's stated score (schema 1.11) lies within 0–100 (a score above 100 is an Error; a negative one
    /// the model refuses), and its stated grade is the grade of the score's band, as FA3007 judges an evaluation table's
    /// total score. Not applicable without key evaluations or without a score.
    /// </summary>
    public static void KeyEvaluations(ValidationContext context)
    {
        var performance = context.Report.Performance;
        if (performance is null)
        {
            context.CouldNotRun("/performance");
            return;
        }

        var list = performance.KeyEvaluations;
        if (list.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var evaluation = list[i];
            if (evaluation.Score is not { } score)
            {
                context.NotApplicable();
                continue;
            }

            var place = "/performance/keyEvaluations/" + i.ToString(CultureInfo.InvariantCulture) + "/";
            var range = context.Range(score);
            if (range.Lower > 100m)
            {
                var (zh, en) = ValidationMessages.KeyEvaluationScoreAbove100(score);
                context.Fail(zh, en, [place + "score"], range, DecimalInterval.Exact(100m), score.Value - 100m);
            }
            else if (evaluation.Grade is { } grade && !GradeHolds(context, grade, score))
            {
                var (zh, en) = ValidationMessages.KeyEvaluationGradeMismatch(score, grade);
                context.Fail(zh, en, [place + "grade", place + "score"]);
            }
            else
            {
                context.Pass();
            }
        }
    }
}
