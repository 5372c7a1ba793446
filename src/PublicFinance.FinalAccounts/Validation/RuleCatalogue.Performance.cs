namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Performance self-evaluations declared as relations (绩效自评, FA3001–FA3004); the grading rules are code.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> PerformanceRules()
    {
        const RuleCategory Category = RuleCategory.Performance;

        yield return Rule("FA3001", Category, Severity.Error,
                "绩效自评分值合计为 100",
                "Self-evaluation weights add up to 100",
                "预算执行分值 + Σ 指标分值 = 100（或所列总分值）",
                "domain §5.1, §5.2")
            .Checks(Sum(Evaluations + "totalWeight", Evaluations + "funds/*/weight?", Evaluations + "indicators/*/weight")
                with { TotalDefault = 100m, WhenAbsent = AbsentFigures.NotApplicable });
        yield return Rule("FA3002", Category, Severity.Error,
                "得分不超过分值",
                "A score does not exceed its weight",
                "得分 ≤ 分值（每项指标及预算执行）",
                "domain §5.3")
            .Checks(
                LessOrEqual(Evaluations + "funds/*/score", Evaluations + "funds/*/weight", AbsentFigures.NotApplicable),
                LessOrEqual(Evaluations + "indicators/*/score", Evaluations + "indicators/*/weight", AbsentFigures.NotApplicable));
        yield return Rule("FA3003", Category, Severity.Error,
                "总分等于各项得分之和",
                "The total score equals the sum of the scores",
                "总分 = 预算执行得分 + Σ 指标得分",
                "domain §5.2")
            .Checks(Sum(Evaluations + "totalScore", Evaluations + "funds/*/score?", Evaluations + "indicators/*/score")
                with { WhenAbsent = AbsentFigures.NotApplicable });
        yield return Rule("FA3004", Category, Severity.Error,
                "预算执行率等于执行数除以预算数",
                "Execution rate equals executed over budget",
                "执行率 = 全年执行数 / 全年预算数 × 100",
                "domain §5.3")
            .Checks(Ratio(Evaluations + "funds/*/executionRate", Evaluations + "funds/*/executed", Evaluations + "funds/*/fullYearBudget")
                with { DenominatorFallback = Evaluations + "funds/*/initialBudget" });
    }
}
