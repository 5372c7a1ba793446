namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The identities of the schema 1.10 members (FA1215, FA2010): the 一般公共预算 fund's carry-over stated in the 财政拨款 section,
/// and the 小微 contracts' stated share of the SME contracts.
/// </summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> SchemaTenRules()
    {
        // Per fund, 年末 = 年初 + 本年收入 − 本年支出 (domain §2.1 T4-7, FA0407 on the table). In the 说明 the 政府性基金 and
        // 国有资本经营 funds have statements of their own, whose identity FA1204 (grand totals stated) and FA1212 (not) check;
        // the 一般公共预算 fund's four figures are spread: its carry-overs and its income on the 财政拨款 statement (schema 1.10,
        // 1.5), its expenditure the 一般公共预算 total. A sum of the engine's (the intervals of the written decimals: a rounding
        // difference is an Info). Checked only when all four are stated: any absent, not applicable (whenAbsent), as FA1213.
        yield return Rule("FA1215", RuleCategory.Narrative, Severity.Error,
                "说明：一般公共预算财政拨款年末结转和结余等于年初结转和结余加本年收入减本年支出",
                "Narrative: the general budget's closing balance equals its opening balance plus income minus expenditure",
                "一般公共预算财政拨款 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（政府性基金、国有资本经营见 FA1204、FA1212）",
                NarrativeBasis + "; domain §2.1 T4-7")
            .Checks(Sum(NarrativeAppropriation + "generalBudgetClosingCarryOver/amount",
                NarrativeAppropriation + "generalBudgetOpeningCarryOver/amount", NarrativeAppropriation + "generalBudgetIncome/amount",
                "-" + NarrativeGeneralBudget + "total/amount") with { WhenAbsent = AbsentFigures.NotApplicable });

        // The 小微 contracts' share of the SME contracts (占授予中小企业合同金额的…%): a stated figure of its own, beside the
        // share of the procurement total that FA2006 checks; judged as the other shares (the interval of the written decimals,
        // a rounding-sized difference an Info, a truncated percentage an Info under AllowTruncatedPercentages).
        yield return Rule("FA2010", RuleCategory.Share, Severity.Error,
                "授予小微企业合同金额占授予中小企业合同金额的比例",
                "Share of the micro/small contracts in the SME contracts",
                "占比 = 授予小微企业合同金额 / 授予中小企业合同金额 × 100",
                "domain §4.4")
            .Checks(Ratio(NarrativeProcurement + "microSmallShareOfSme", NarrativeProcurement + "microSmallContracts/amount",
                NarrativeProcurement + "smeContracts/amount"));
    }
}
