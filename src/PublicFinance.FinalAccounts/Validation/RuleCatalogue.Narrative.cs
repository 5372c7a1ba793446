namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Identities inside the narrative (说明内部的勾稽关系, FA1201–FA1209).</summary>
public static partial class RuleCatalogue
{
    /// <summary>Where the narrative's own identities come from.</summary>
    private const string NarrativeBasis = "domain §2.3, §6";

    private static IEnumerable<IValidationRule> NarrativeRules()
    {
        const RuleCategory Category = RuleCategory.Narrative;

        yield return Rule("FA1201", Category, Severity.Error,
                "说明：收入总计与支出总计各自的构成及二者相等",
                "Narrative: grand totals add up and are equal",
                "收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出 + 结余分配 + 年末结转和结余；收入总计 = 支出总计"
                + "（未写使用非财政拨款结余、结余分配时，其余各项是总计的下限：只有所列之和大于总计才不成立）",
                NarrativeBasis)
            .Checks(
                // Session 37: an unstated 使用非财政拨款结余 or 结余分配 is unknown, not 0, and can only be ≥ 0 (spec §4.8a).
                PartsSum(NarrativeOverall + "incomeGrandTotal/amount", null, NarrativeOverall + "currentYearIncome/amount",
                    NarrativeOverall + "useOfNonAppropriationBalance/amount?", NarrativeOverall + "openingCarryOver/amount"),
                PartsSum(NarrativeOverall + "expenditureGrandTotal/amount", null, NarrativeOverall + "currentYearExpenditure/amount",
                    NarrativeOverall + "balanceDistribution/amount?", NarrativeOverall + "closingCarryOver/amount"),
                Equal(NarrativeOverall + "incomeGrandTotal/amount", NarrativeOverall + "expenditureGrandTotal/amount"));
        yield return Rule("FA1202", Category, Severity.Error,
                "说明：本年收入合计等于各来源之和",
                "Narrative: current-year income equals its sources",
                "本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入（未列全来源且未写其他收入时，未写的来源未知而非 0：所列之和不大于合计）",
                NarrativeBasis)
            .Checks(PartsSum(NarrativeIncome + "total/amount", NarrativeIncome + "otherIncome/amount",
                [NarrativeIncome + "fiscalAppropriation/amount", .. IncomeColumns.Skip(2).Select(x => NarrativeIncome + x + "/amount?")]));
        yield return Rule("FA1203", Category, Severity.Error,
                "说明：本年支出合计等于各性质支出之和",
                "Narrative: current-year expenditure equals its kinds",
                "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（未披露的不计）",
                NarrativeBasis)
            // Session 37: the three kinds beside 基本支出 and 项目支出 stay read as none when unstated (spec §4.8a, which parts).
            .Checks(PriorYearSum(NarrativeExpenditure + "total/amount",
                [
                    NarrativeExpenditure + "basic/amount", NarrativeExpenditure + "project/amount",
                    .. ExpenditureColumns.Skip(3).Select(x => NarrativeExpenditure + x + "/amount?"),
                ]));
        yield return Rule("FA1204", Category, Severity.Error,
                "说明：财政拨款（及政府性基金、国有资本经营）收支总计的构成及相等",
                "Narrative: appropriation grand totals add up and are equal",
                "收入总计 = 年初结转和结余 + 本年收入；支出总计 = 本年支出 + 年末结转和结余；收入总计 = 支出总计",
                NarrativeBasis)
            .Checks(new[] { NarrativeAppropriation, NarrativeGovernmentFund, NarrativeStateCapital }.SelectMany(s => new Relation[]
            {
                PriorYearSum(s + "incomeGrandTotal/amount", s + "openingCarryOver/amount", s + "currentYearIncome/amount"),
                PriorYearSum(s + "expenditureGrandTotal/amount", s + "currentYearExpenditure/amount", s + "closingCarryOver/amount"),
                Equal(s + "incomeGrandTotal/amount", s + "expenditureGrandTotal/amount"),
            }));
        yield return Rule("FA1205", Category, Severity.Error,
                "说明：一般公共预算财政拨款支出等于各类之和，各类等于其下各项之和",
                "Narrative: general-budget spending equals its classes, each class its items",
                "一般公共预算财政拨款支出 = Σ 类；类 = Σ 其下列出的项（列出其项的款按其项计，不重复计入）",
                NarrativeBasis)
            .Checks(
                PriorYearSum(NarrativeGeneralBudget + "total/amount", NarrativeGeneralBudget + "classes/*/amount"),
                new RollupRelation
                {
                    RuleId = Unstamped,
                    Parents = NarrativeGeneralBudget + "classes",
                    Children = NarrativeGeneralBudgetItems,
                    Value = "amount",
                    PriorYear = true,
                });
        yield return Rule("FA1206", Category, Severity.Error,
                "说明：基本支出等于人员经费加公用经费",
                "Narrative: basic expenditure equals personnel plus public expenses",
                "基本支出 = 人员经费 + 公用经费",
                NarrativeBasis)
            .Checks(PriorYearSum(NarrativeBasicExpenditure + "total/amount",
                NarrativeBasicExpenditure + "personnel/amount", NarrativeBasicExpenditure + "public/amount"));
        yield return Rule("FA1207", Category, Severity.Error,
                "说明：“三公”经费合计等于各项之和",
                "Narrative: \"three public\" total equals its items",
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车 = 购置费 + 运行维护费（决算数与预算数）",
                NarrativeBasis)
            .Checks(
                PriorYearSum(ThreePublicFinal("total"),
                    ThreePublicFinal("overseasTravel"), ThreePublicFinal("vehiclesSubtotal"), ThreePublicFinal("reception")),
                PriorYearSum(ThreePublicFinal("vehiclesSubtotal"),
                    ThreePublicFinal("vehiclePurchase"), ThreePublicFinal("vehicleOperation")),
                Sum(ThreePublicBudget("total"),
                    ThreePublicBudget("overseasTravel"), ThreePublicBudget("vehiclesSubtotal"), ThreePublicBudget("reception")),
                Sum(ThreePublicBudget("total"), ThreePublicBudget("overseasTravel"),
                    ThreePublicBudget("vehiclePurchase"), ThreePublicBudget("vehicleOperation"), ThreePublicBudget("reception")),
                Sum(ThreePublicBudget("vehiclesSubtotal"), ThreePublicBudget("vehiclePurchase"), ThreePublicBudget("vehicleOperation")));
        yield return Rule("FA1208", Category, Severity.Error,
                "说明：各部分之间的同一数字一致",
                "Narrative: the same figure agrees across sections",
                "总体本年收入 = 收入合计；总体本年支出 = 支出合计；财政拨款本年收入 = 财政拨款收入；"
                + "财政拨款本年支出 = 一般公共预算 + 政府性基金 + 国有资本经营支出（未提及的基金未知而非 0：总数高于所列各项时不适用）；"
                + "财政拨款预决算对比的决算数 = 本年支出",
                NarrativeBasis)
            .Checks(
                Equal(NarrativeOverall + "currentYearIncome/amount", NarrativeIncome + "total/amount"),
                Equal(NarrativeOverall + "currentYearExpenditure/amount", NarrativeExpenditure + "total/amount"),
                Equal(NarrativeAppropriation + "currentYearIncome/amount", NarrativeIncome + "fiscalAppropriation/amount"),
                AppropriationByFund(),
                Equal(NarrativeAppropriation + "budget/finalAmount", NarrativeAppropriation + "currentYearExpenditure/amount"),
                Equal(NarrativeAppropriation + "secondBudget/finalAmount", NarrativeAppropriation + "currentYearExpenditure/amount"));
        yield return Rule("FA1209", Category, Severity.Warning,
                "说明：部分不超过整体",
                "Narrative: a part does not exceed its whole",
                "一般公共预算基本支出 ≤ 全部基本支出；一般公共预算财政拨款支出 ≤ 本年支出合计；机关运行经费 ≤ 公用经费",
                "domain §2.2 X-11, §4.2")
            .Checks(
                LessOrEqual(NarrativeBasicExpenditure + "total/amount", NarrativeExpenditure + "basic/amount"),
                LessOrEqual(NarrativeGeneralBudget + "total/amount", NarrativeExpenditure + "total/amount"),
                LessOrEqual(
                    "/narrative/operatingExpenses/administrativeOperatingExpenses/amount", NarrativeBasicExpenditure + "public/amount"));
    }

    /// <summary>The final amount (决算数) of a “三公” item stated in the narrative.</summary>
    private static string ThreePublicFinal(string item) => NarrativeThreePublic + item + "/amount";

    /// <summary>The budget amount (预算数) of a “三公” item stated in the narrative.</summary>
    private static string ThreePublicBudget(string item) => NarrativeThreePublic + item + "/budget/budgetAmount";
}
