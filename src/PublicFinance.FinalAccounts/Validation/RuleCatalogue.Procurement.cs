namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Government procurement stated in the narrative (政府采购, FA4101–FA4104).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> ProcurementRules()
    {
        const RuleCategory Category = RuleCategory.Procurement;

        yield return Rule("FA4101", Category, Severity.Error,
                "政府采购金额等于货物、工程、服务之和",
                "Procurement total equals goods plus works plus services",
                "政府采购支出总额 = 货物 + 工程 + 服务",
                "domain §4.4, §2.3 十一(二)")
            .Checks(PriorYearSum(NarrativeProcurement + "total/amount",
                NarrativeProcurement + "goods/amount", NarrativeProcurement + "works/amount", NarrativeProcurement + "services/amount"));
        yield return Rule("FA4102", Category, Severity.Error,
                "小微企业合同金额 ≤ 中小企业合同金额 ≤ 采购总额",
                "Micro/small ≤ SME ≤ total procurement",
                "小微 ≤ 中小企业 ≤ 政府采购支出总额",
                "domain §4.4")
            .Checks(
                LessOrEqual(NarrativeProcurement + "microSmallContracts/amount", NarrativeProcurement + "smeContracts/amount"),
                LessOrEqual(NarrativeProcurement + "smeContracts/amount", NarrativeProcurement + "total/amount"));

        // Schema 1.4: the SME contracts by purchase kind. A kind stated only as a share (the central template's
        // 货物采购授予中小企业合同金额占货物支出金额的…%) has no amount, so the sum could not run — never a guessed part.
        yield return Rule("FA4103", Category, Severity.Error,
                "授予中小企业合同金额等于货物、工程、服务之和",
                "SME contracts equal their goods, works and services parts",
                "授予中小企业合同金额 = 货物 + 工程 + 服务（中小企业部分）",
                "domain §4.4")
            .Checks(Sum(NarrativeProcurement + "smeContracts/amount", NarrativeProcurement + "smeGoods/amount",
                NarrativeProcurement + "smeWorks/amount", NarrativeProcurement + "smeServices/amount"));
        yield return Rule("FA4104", Category, Severity.Error,
                "每类采购授予中小企业合同金额 ≤ 该类采购金额",
                "The SME part of each purchase kind ≤ that kind's procurement",
                "货物（中小企业）≤ 货物；工程（中小企业）≤ 工程；服务（中小企业）≤ 服务",
                "domain §4.4")
            .Checks(
                LessOrEqual(NarrativeProcurement + "smeGoods/amount", NarrativeProcurement + "goods/amount", AbsentFigures.NotApplicable),
                LessOrEqual(NarrativeProcurement + "smeWorks/amount", NarrativeProcurement + "works/amount", AbsentFigures.NotApplicable),
                LessOrEqual(NarrativeProcurement + "smeServices/amount", NarrativeProcurement + "services/amount",
                    AbsentFigures.NotApplicable));
    }
}
