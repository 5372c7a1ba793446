namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Government procurement stated in the narrative (政府采购, FA4101–FA4102).</summary>
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
    }
}
