using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Validation.ValidationContext;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Performance self-evaluation scoring (绩效自评).</summary>
/// <remarks>
/// The rules walk the fact index's nodes (<see cref="ReportFacts.NodesOfType{T}"/>) and make pointer text only for a
/// finding or a "could not run" entry; the figures of a sum carry their node (<see cref="FactPointer"/>), so a check that
/// holds writes no pointer (docs/performance.md, validation).
/// </remarks>
internal static class PerformanceRules
{
    private const string FundsMember = "funds";
    private static readonly string[] FundColumns = ["initialBudget", "fullYearBudget", "executed"];

    /// <summary>The pointer text of a member of a node (for a finding).</summary>
    private static string At(ReportFacts facts, int node, string member) => JsonPointer.Child(facts.PointerOf(node), member);

    /// <summary>The location of <c>funds/{index}/{member}</c> below an evaluation's funds list (the member may be absent).</summary>
    private static FactPointer FundLocation(ReportFacts facts, int funds, int index, string member)
    {
        var line = facts.Element(funds, index);
        var node = facts.Member(line, member);
        return node >= 0 ? FactPointer.At(facts, node) : FactPointer.Below(facts, line, "/" + JsonPointer.Escape(member));
    }

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

    public static void ExecutionScore(ValidationContext context)
    {
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<FundLine>())
        {
            var line = (FundLine)facts.ValueOf(node)!;
            if (line.Weight is not { } weight || line.Score is not { } score)
            {
                context.NotApplicable();
                continue;
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
                context.CouldNotRun(At(facts, node, "executionRate"));
                continue;
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
                continue;
            }

            context.Fail(
                $"预算执行得分 {score}，按执行率 × 分值 {weight}（执行率超过 100% 按 100% 计）应为 {ShowRange(expected)}。",
                $"The execution score is {score}; execution rate × weight {weight} (capped at 100%) gives {ShowRange(expected)}.",
                new[] { At(facts, node, "score"), At(facts, node, rateMember), At(facts, node, "weight") }, s, expected);
        }
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

    private static string NormalizeUnit(string? unit) => (unit ?? string.Empty).Trim().Replace("％", "%");

    public static void IndicatorScoring(ValidationContext context)
    {
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<PerformanceIndicator>())
        {
            var indicator = (PerformanceIndicator)facts.ValueOf(node)!;
            if (indicator.Target is not { Comparator: { } comparator, Value: { } target } targetValue ||
                indicator.Actual is not { Value: { } actual } actualValue ||
                indicator.Weight is not { } weight || indicator.Score is not { } score || weight.Value <= 0m ||
                !string.Equals(NormalizeUnit(targetValue.Unit), NormalizeUnit(actualValue.Unit), StringComparison.Ordinal))
            {
                context.NotApplicable();
                continue;
            }

            var met = Meets(comparator, actual.Value, target.Value);
            var full = score.Value >= weight.Value;
            if (met == full)
            {
                context.Pass();
                continue;
            }

            var pointers = new[] { At(facts, node, "score"), At(facts, node, "actual"), At(facts, node, "target"), At(facts, node, "weight") };
            if (met)
            {
                context.Fail(
                    $"指标“{indicator.Name}”实际完成值 {actualValue.Text} 达到年度指标值 {targetValue.Text}，却只得 {score} 分（分值 {weight}）。",
                    $"Indicator \"{indicator.Name}\": the actual {actualValue.Text} meets the target {targetValue.Text}, yet it scores {score} of {weight}.",
                    pointers, null, null, score.Value - weight.Value, null);
            }
            else
            {
                context.Fail(
                    $"指标“{indicator.Name}”实际完成值 {actualValue.Text} 未达到年度指标值 {targetValue.Text}，却得满分 {score}（分值 {weight}）。",
                    $"Indicator \"{indicator.Name}\": the actual {actualValue.Text} misses the target {targetValue.Text}, yet it keeps full marks {score} of {weight}.",
                    pointers);
            }
        }
    }

    public static void Grade(ValidationContext context)
    {
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<PerformanceEvaluation>())
        {
            var e = (PerformanceEvaluation)facts.ValueOf(node)!;
            if (e.Grade is not { } grade)
            {
                context.NotApplicable();
                continue;
            }

            if (e.TotalScore is not { } total)
            {
                context.CouldNotRun(At(facts, node, "totalScore"));
                continue;
            }

            var (lo, hi, zh) = grade switch
            {
                PerformanceGrade.Excellent => (90m, 100m, "优（90–100）"),
                PerformanceGrade.Good => (80m, 90m, "良（80–90）"),
                PerformanceGrade.Fair => (60m, 80m, "中（60–80）"),
                _ => (0m, 60m, "差（<60）"),
            };
            var r = context.Range(total);
            var ok = grade == PerformanceGrade.Excellent ? r.Upper >= lo : r.Upper >= lo && r.Lower < hi;
            if (ok)
            {
                context.Pass();
                continue;
            }

            context.Fail($"总分 {total} 与等级 {zh} 不符。", $"The total score {total} does not match the grade {grade}.",
                new[] { At(facts, node, "grade"), At(facts, node, "totalScore") });
        }
    }

    private static readonly FundLineKind[] SchemeA = [FundLineKind.CurrentYearAppropriation, FundLineKind.PriorYearCarryOver, FundLineKind.OtherFunds];
    private static readonly FundLineKind[] SchemeB = [FundLineKind.SuperiorFunds, FundLineKind.SameLevelFunds, FundLineKind.OtherFunds];

    public static void FundLines(ValidationContext context)
    {
        var facts = context.Facts;
        var items = new List<(Figure, int)>();
        foreach (var node in facts.NodesOfType<PerformanceEvaluation>())
        {
            var e = (PerformanceEvaluation)facts.ValueOf(node)!;
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
                continue;
            }

            if (hasA && hasB)
            {
                context.CouldNotRun(At(facts, node, FundsMember));
                continue;
            }

            var scheme = hasB ? SchemeB : SchemeA;
            var funds = facts.Member(node, FundsMember);
            foreach (var column in FundColumns)
            {
                static Amount? Get(FundLine f, string c) => c switch { "initialBudget" => f.InitialBudget, "fullYearBudget" => f.FullYearBudget, _ => f.Executed };
                if (Get(e.Funds[totalIndex], column) is not { } total)
                {
                    context.NotApplicable();
                    continue;
                }

                items.Clear();
                for (var i = 0; i < e.Funds.Count; i++)
                {
                    var f = e.Funds[i];
                    if (f.Kind != FundLineKind.Total && Array.IndexOf(scheme, f.Kind) >= 0 && Get(f, column) is { } v)
                    {
                        items.Add((context.Figure(FundLocation(facts, funds, i, column), v), 1));
                    }
                }

                if (items.Count == 0)
                {
                    context.CouldNotRun(At(facts, node, FundsMember));
                    continue;
                }

                context.CheckSum(context.Figure(FundLocation(facts, funds, totalIndex, column), total), items,
                    new CheckLabel("项目资金：年度资金总额应等于各资金来源之和", "Project funds: the total should equal its sources", e.Name));
            }
        }
    }

    private static bool TryEvaluatedTotals(ValidationContext context, Func<FundLine, Amount?> column, string member, out List<(Figure, int)> items, out string? missing)
    {
        items = new List<(Figure, int)>();
        missing = null;
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<PerformanceEvaluation>())
        {
            var e = (PerformanceEvaluation)facts.ValueOf(node)!;
            if (e.Kind != EvaluationKind.Project)
            {
                continue;
            }

            var index = TotalLine(e);
            if (index < 0 || column(e.Funds[index]) is not { } value)
            {
                missing = At(facts, node, FundsMember);
                return false;
            }

            items.Add((context.Figure(FundLocation(facts, facts.Member(node, FundsMember), index, member), value), 1));
        }

        return true;
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
            if (stated is not { } total)
            {
                context.NotApplicable();
                continue;
            }

            if (!TryEvaluatedTotals(context, member == "executed" ? f => f.Executed : f => f.FullYearBudget ?? f.InitialBudget, member, out var items, out var missing))
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
                items.Add((context.Figure("/classifiedProjects/" + (member == "executed" ? "executed" : "budget"), c), 1));
            }

            context.CheckSum(context.Figure("/performance/" + name, total), items,
                "项目支出绩效自评：评价项目资金合计应等于各公开项目与涉密项目之和", "Project evaluations: the evaluated total should equal the disclosed and classified projects");
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
        if (performance.Evaluations.Count == 0)
        {
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
                context.Fail(
                    $"称开展项目支出绩效自评 {projectCount} 个，但公开自评表 {projects} 个、涉密项目 {classified} 个。",
                    $"{projectCount} project evaluations are stated, but {projects} are disclosed and {classified} classified.",
                    new[] { "/performance/projectEvaluationCount", "/performance/evaluations", "/classifiedProjects/count" }, null, null, (decimal)projectCount - projects - classified);
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
                context.Fail(
                    $"称开展部门整体支出绩效自评 {overallCount} 个，但公开自评表 {overall} 个。",
                    $"{overallCount} overall evaluations are stated, but {overall} are disclosed.",
                    new[] { "/performance/overallEvaluationCount", "/performance/evaluations" }, null, null, overallCount - overall);
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
        if (performance.ProjectBudget is { } stated)
        {
            evaluated = context.Figure("/performance/projectBudget", stated);
            pointers = new List<string> { evaluated.Pointer };
        }
        else if (context.Report.ClassifiedProjects?.Budget is { } classified && TryEvaluatedTotals(context, f => f.FullYearBudget ?? f.InitialBudget, "fullYearBudget", out var items, out _))
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
        context.Fail(
            $"绩效自评覆盖的项目资金 {Show(evaluated.Value)} 与项目支出 {Show(expenditure.Value)} 不等（差额 {Show(expenditure.Value - evaluated.Value)}）；若未全覆盖，请说明。",
            $"The project funds covered by self-evaluations, {Show(evaluated.Value)}, differ from project expenditure {Show(expenditure.Value)} (by {Show(expenditure.Value - evaluated.Value)}); explain if coverage is partial.",
            pointers, expenditure.Range, evaluated.Range, expenditure.Value - evaluated.Value);
    }
}
