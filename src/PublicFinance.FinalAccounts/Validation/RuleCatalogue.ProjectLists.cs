namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The identity of schema 1.12's named projects of 项目支出 (FA1216): the projects a 说明 lists under its 项目支出 (项目支出主要包括 /
/// 具体包括：A …万元，B …万元，…，其他项目 …万元) add up to at most the 项目支出, and to it when the list closes with 其他项目.
/// </summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> ProjectListRules()
    {
        // 项目支出 ≥ Σ listed projects: a list of the main projects (主要包括) leaves the others unstated — unknown, not zero —
        // so the listed amounts are a lower bound of the 项目支出 (spec §4.8a), an Error only when they exceed it beyond
        // rounding. 其他项目 / 其余项目, the residual entry, closes the list: stated, the items and it add up to the 项目支出
        // (a rounding-sized difference an Info). No list, or no 项目支出: not applicable. Not a prior-year sum: a 说明 names
        // this year's projects, and FA2107 rebuilding last year's 项目支出 from a wildcard list would need the index (the
        // catalogue decides the sample from the typed model alone).
        yield return Rule("FA1216", RuleCategory.Narrative, Severity.Error,
                "说明：项目支出所列项目之和不大于项目支出（列至其他项目时相等）",
                "Narrative: the projects listed under the project expenditure add up to at most it (to it when the list closes "
                + "with the other projects)",
                "项目支出 ≥ 所列各项目金额之和；列出其他项目（其余项目）时 项目支出 = 各项目金额 + 其他项目",
                NarrativeBasis + "; domain §4.2")
            .Checks(PartsSum(NarrativeExpenditure + "project/amount", NarrativeExpenditure + "otherProjects",
                NarrativeExpenditure + "projectItems/*/amount?", NarrativeExpenditure + "otherProjects?")
                with { WhenAbsent = AbsentFigures.NotApplicable, PriorYear = false });
    }
}
