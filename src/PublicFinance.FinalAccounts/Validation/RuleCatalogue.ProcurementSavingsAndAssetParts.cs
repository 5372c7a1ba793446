namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The identities of schema 1.11's procurement and asset members (FA4105, FA4106, FA4204): the procurement budget against
/// the actual procurement and the stated savings (政府采购预算、实际采购金额、节约资金、节约率), and the parts of the total assets
/// (资产总额，其中：流动资产、固定资产、无形资产…).
/// </summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> ProcurementSavingsAndAssetPartsRules()
    {
        // 节约资金 = 政府采购预算 − 实际采购金额 (the procurement total): a sum of the engine's, rounding-aware (a rounding-sized
        // difference an Info); the saving unstated, not applicable; the budget or the total unstated, could not run.
        yield return Rule("FA4105", RuleCategory.Procurement, Severity.Error,
                "政府采购节约资金等于采购预算减实际采购金额",
                "Procurement savings equal the procurement budget minus the actual procurement",
                "节约资金 = 政府采购预算 − 实际采购金额（政府采购支出总额）",
                "domain §4.4")
            .Checks(Sum(NarrativeProcurement + "savings", NarrativeProcurement + "budget", "-" + NarrativeProcurement + "total/amount")
                with { WhenAbsent = AbsentFigures.NotApplicable });

        // 节约率 = 节约资金 / 政府采购预算 × 100, judged as the other rates (the interval of the written decimals: a
        // rounding-sized difference an Info, a truncated percentage an Info under AllowTruncatedPercentages).
        yield return Rule("FA4106", RuleCategory.Procurement, Severity.Error,
                "政府采购节约率等于节约资金占采购预算的比例",
                "Procurement savings rate equals the savings over the procurement budget",
                "节约率 = 节约资金 / 政府采购预算 × 100",
                "domain §4.4")
            .Checks(Ratio(NarrativeProcurement + "savingsRate", NarrativeProcurement + "savings", NarrativeProcurement + "budget"));

        // 资产总额 ≥ 流动资产 + 固定资产 + 无形资产 + 其他资产 as stated. A balance sheet has more parts (在建工程, 公共基础设施,
        // 长期投资, 政府储备物资…) that texts rarely list: an unstated part is unknown, not zero, so the stated parts are a
        // lower bound of the total (spec §4.8a) — an Error only when they exceed it beyond rounding. 其他资产, the residual
        // part, closes the list: stated, the parts must add up to the total.
        yield return Rule("FA4204", RuleCategory.Assets, Severity.Error,
                "资产总额的组成部分之和不大于资产总额（列至其他资产时相等）",
                "The parts of the total assets add up to at most the total (to the total when the other assets are stated)",
                "资产总额 ≥ 流动资产 + 固定资产 + 无形资产 + …；列出其他资产时 资产总额 = 各部分之和",
                "domain §4.5")
            .Checks(PartsSum(NarrativeAssets + "totalValue", NarrativeAssets + "otherAssetsValue",
                NarrativeAssets + "currentAssetsValue?", NarrativeAssets + "fixedAssetsValue?",
                NarrativeAssets + "intangibleAssetsValue?", NarrativeAssets + "otherAssetsValue?"));
    }
}
