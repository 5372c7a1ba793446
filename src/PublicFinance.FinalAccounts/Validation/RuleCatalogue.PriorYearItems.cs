namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Schema 1.13's figures of the general budget's classes and items (session 48): a 类, 款 or 项's prior-year amount stated with
/// no change of its own (本年决算数 X，上年决算数 Y — FA1217: a class's equals its listed items' sum, as FA1205 for this year),
/// and the residual entry that closes the list of items (其他科目 / 其余科目合计 — FA1218: the items and it add up to the
/// section's total).
/// </summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> PriorYearItemRules()
    {
        // 类上年 = Σ 其下列出的项上年, as FA1205's roll-up of this year's amounts: one level per class (a 款 whose 项 are listed is
        // counted through them), a class without a stated prior year not applicable, a listed item without one could not run.
        yield return Rule("FA1217", RuleCategory.Narrative, Severity.Error,
                "说明：各类的上年决算数等于其下各项上年决算数之和",
                "Narrative: each class's prior-year amount equals its items' prior-year amounts",
                "类上年决算数 = Σ 其下列出的项上年决算数（列出其项的款按其项计，不重复计入）",
                NarrativeBasis)
            .Checks(new RollupRelation
            {
                RuleId = Unstamped,
                Parents = NarrativeGeneralBudget + "classes",
                Children = NarrativeGeneralBudgetItems,
                Value = "priorYearAmount",
            });

        // 一般公共预算财政拨款支出 = Σ 所列各项 + 其他科目: the residual entry closes the list, so the list is the whole. Without it the
        // list may be a selection (主要支出): not applicable, never a lower bound — a list may name a 款 and its 项 both. Written
        // as 其他科目 = 总额 − Σ 各项, so that the residual is the sum's total and its absence makes the check not applicable
        // (spec §4.10 notApplicable: a total without a figure), not a could-not-run on every list without one.
        yield return Rule("FA1218", RuleCategory.Narrative, Severity.Error,
                "说明：列至其他科目时，一般公共预算财政拨款支出等于所列各项与其他科目之和",
                "Narrative: with the other items stated, general-budget spending equals the listed items plus the other items",
                "列出其他科目（其余科目合计）时 一般公共预算财政拨款支出 = Σ 所列各项 + 其他科目",
                NarrativeBasis)
            .Checks(Sum(NarrativeGeneralBudget + "otherItems", NarrativeGeneralBudget + "total/amount",
                    "-" + NarrativeGeneralBudgetItems + "/*/amount")
                with { WhenAbsent = AbsentFigures.NotApplicable });
    }
}
