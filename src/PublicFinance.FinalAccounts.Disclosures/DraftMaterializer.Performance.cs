using System.Collections.Generic;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Performance management and self-evaluations (预算绩效) of <see cref="DraftMaterializer"/>.</summary>
internal sealed partial class DraftMaterializer
{
    private PerformanceStatement? Performance(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var s = new PerformanceStatement();
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            s = node.NameAt(i) switch
            {
                "overallEvaluationCount" => s with { OverallEvaluationCount = Count(v) },
                "overallBudget" => s with { OverallBudget = Amt(v) },
                "overallExecuted" => s with { OverallExecuted = Amt(v) },
                "projectEvaluationCount" => s with { ProjectEvaluationCount = Count(v) },
                "projectBudget" => s with { ProjectBudget = Amt(v) },
                "projectExecuted" => s with { ProjectExecuted = Amt(v) },
                "achievements" => s with { Achievements = Str(v) },
                "problems" => s with { Problems = Str(v) },
                "improvements" => s with { Improvements = Str(v) },
                "evaluations" => s with { Evaluations = List(v, Evaluation)! },
                _ => Fail<PerformanceStatement>() ?? s,
            };
        }

        return s;
    }

    private PerformanceEvaluation? Evaluation(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        EvaluationKind? kind = null;
        string? name = null, department = null, unit = null, goal = null, outcome = null;
        IReadOnlyList<FundLine>? funds = null;
        IReadOnlyList<PerformanceIndicator>? indicators = null;
        Quantity? totalWeight = null, totalScore = null;
        PerformanceGrade? grade = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "kind":
                    kind = EnumValue<EvaluationKind>(v);
                    break;
                case "name":
                    name = NonEmpty(v);
                    break;
                case "department":
                    department = Str(v);
                    break;
                case "implementingUnit":
                    unit = Str(v);
                    break;
                case "funds":
                    funds = List(v, Fund);
                    break;
                case "expectedGoal":
                    goal = Str(v);
                    break;
                case "actualOutcome":
                    outcome = Str(v);
                    break;
                case "indicators":
                    indicators = List(v, Indicator);
                    break;
                case "totalWeight":
                    totalWeight = Qty(v, unsigned: true);
                    break;
                case "totalScore":
                    totalScore = Qty(v, unsigned: true);
                    break;
                case "grade":
                    grade = EnumValue<PerformanceGrade>(v);
                    break;
                default:
                    return Fail<PerformanceEvaluation>();
            }
        }

        return kind is { } k && name is not null
            ? new PerformanceEvaluation
            {
                Kind = k,
                Name = name,
                Department = department,
                ImplementingUnit = unit,
                Funds = funds!,
                ExpectedGoal = goal,
                ActualOutcome = outcome,
                Indicators = indicators!,
                TotalWeight = totalWeight,
                TotalScore = totalScore,
                Grade = grade,
            }
            : Fail<PerformanceEvaluation>();
    }

    private FundLine? Fund(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        FundLineKind? kind = null;
        string? label = null;
        Amount? initial = null, fullYear = null, executed = null;
        Quantity? weight = null, score = null;
        Percent? rate = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "kind":
                    kind = EnumValue<FundLineKind>(v);
                    break;
                case "label":
                    label = NonEmpty(v);
                    break;
                case "initialBudget":
                    initial = Amt(v);
                    break;
                case "fullYearBudget":
                    fullYear = Amt(v);
                    break;
                case "executed":
                    executed = Amt(v);
                    break;
                case "weight":
                    weight = Qty(v, unsigned: true);
                    break;
                case "executionRate":
                    rate = Pct(v);
                    break;
                case "score":
                    score = Qty(v, unsigned: true);
                    break;
                default:
                    return Fail<FundLine>();
            }
        }

        return kind is { } k && label is not null
            ? new FundLine
            {
                Kind = k,
                Label = label,
                InitialBudget = initial,
                FullYearBudget = fullYear,
                Executed = executed,
                Weight = weight,
                ExecutionRate = rate,
                Score = score,
            }
            : Fail<FundLine>();
    }

    private PerformanceIndicator? Indicator(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? level1 = null, level2 = null, name = null, basis = null, note = null;
        IndicatorValue? target = null, actual = null;
        Quantity? weight = null, score = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "level1":
                    level1 = Str(v);
                    break;
                case "level2":
                    level2 = Str(v);
                    break;
                case "name":
                    name = NonEmpty(v);
                    break;
                case "target":
                    target = IndicatorValue(v);
                    break;
                case "targetBasis":
                    basis = Str(v);
                    break;
                case "actual":
                    actual = IndicatorValue(v);
                    break;
                case "weight":
                    weight = Qty(v, unsigned: true);
                    break;
                case "score":
                    score = Qty(v, unsigned: true);
                    break;
                case "deviationNote":
                    note = Str(v);
                    break;
                default:
                    return Fail<PerformanceIndicator>();
            }
        }

        return level1 is not null && level2 is not null && name is not null
            ? new PerformanceIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Target = target,
                TargetBasis = basis,
                Actual = actual,
                Weight = weight,
                Score = score,
                DeviationNote = note,
            }
            : Fail<PerformanceIndicator>();
    }

    /// <summary>
    /// An indicator value the reader parsed: kept as it is when the JSON round trip would give it back unchanged (its
    /// strings are text, its comparator a defined member, its number in the contract's figure form); otherwise the JSON
    /// path decides.
    /// </summary>
    private IndicatorValue? IndicatorValue(DraftNode node)
    {
        if (node.Kind != DraftKind.Indicator || node.Indicator is not { } value || value.Text is null)
        {
            return Fail<IndicatorValue>();
        }

        if (!IsText(value.Text) || (value.Unit is { } unit && !IsText(unit))
            || (value.Comparator is { } c && !EnumNames<Comparator>.IsDefined(c)))
        {
            return Fail<IndicatorValue>();
        }

        if (value.Value is { } number)
        {
            // The figure as the contract writes it and reads it back: the same value and written decimals, or give up.
            if (!TryFigure(number.ToString(), unsigned: false, out var read) || Quantity.FromDecimal(read) != number)
            {
                return Fail<IndicatorValue>();
            }
        }

        return value;
    }
}
