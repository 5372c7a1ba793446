using System.Collections.Generic;
using System.Linq;

namespace PublicFinance.FinalAccounts.Validation;

public static partial class RuleCatalogue
{
    private const string T8 = "/tables/governmentFund/";
    private const string T9 = "/tables/stateCapital/";
    private const string NO = "/narrative/overall/";
    private const string NI = "/narrative/income/";
    private const string NE = "/narrative/expenditure/";
    private const string NA = "/narrative/appropriation/";
    private const string NG = "/narrative/generalBudget/";
    private const string NB = "/narrative/basicExpenditure/";
    private const string N3 = "/narrative/threePublic/";
    private const string NP = "/narrative/procurement/";

    private static MatchRelation Match(string id, string left, string leftValue, string right, string rightValue, RelationComparison comparison = RelationComparison.Equal) =>
        new() { RuleId = id, Left = left, LeftValue = leftValue, Right = right, RightValue = rightValue, Comparison = comparison };

    private static InequalityRelation Le(string id, string lesser, string greater) => new() { RuleId = id, Lesser = lesser, Greater = greater };

    private static RatioRelation Ratio(string id, string percent, string numerator, string denominator) =>
        new() { RuleId = id, Percent = percent, Numerator = numerator, Denominator = denominator };

    private static IEnumerable<IValidationRule> BetweenTableRules()
    {
        const string BetweenTablesBasis = "domain §2.2 ";
        var c = RuleCategory.BetweenTables;
        var e = Severity.Error;
        var w = Severity.Warning;

        yield return Rule(D("FA1001", c, e, "总表本年收入合计等于收入决算表合计", "Summary current-year income equals the income table total",
                "T1 本年收入合计 = T2 合计.本年收入合计", BetweenTablesBasis + "X-1"),
            Eq("FA1001", T1I + "currentYearTotal", T2 + "total/total"));
        yield return Rule(D("FA1002", c, e, "总表各项收入等于收入决算表对应列", "Summary income rows equal the income table's columns",
                "T1 三类财政拨款收入之和 = T2 财政拨款收入；上级补助、事业、经营、附属单位上缴、其他收入逐列相等", BetweenTablesBasis + "X-2"),
            Sum("FA1002", T2 + "total/fiscalAppropriation", T1I + "generalBudgetAppropriation", T1I + "governmentFundAppropriation", T1I + "stateCapitalAppropriation"),
            Eq("FA1002", T1I + "superiorSubsidy", T2 + "total/superiorSubsidy"),
            Eq("FA1002", T1I + "serviceIncome", T2 + "total/serviceIncome"),
            Eq("FA1002", T1I + "businessIncome", T2 + "total/businessIncome"),
            Eq("FA1002", T1I + "affiliatedRemittance", T2 + "total/affiliatedRemittance"),
            Eq("FA1002", T1I + "otherIncome", T2 + "total/otherIncome"));
        yield return Rule(D("FA1003", c, e, "总表本年支出合计等于支出决算表合计", "Summary current-year expenditure equals the expenditure table total",
                "T1 本年支出合计 = T3 合计.本年支出合计", BetweenTablesBasis + "X-3"),
            Eq("FA1003", T1E + "currentYearTotal", T3 + "total/total"));
        yield return Rule(D("FA1004", c, e, "总表各功能分类支出等于支出决算表对应类", "Summary functional classes equal the expenditure table's class rows",
                "T1 每一类 = T3 同一类的本年支出合计", BetweenTablesBasis + "X-4"),
            Match("FA1004", T1E + "classes", "amount", T3 + "rows", "total"));
        yield return Rule(D("FA1005", c, e, "收入决算表财政拨款收入等于财政拨款总表本年收入合计", "Income table appropriation equals the appropriation summary's current-year income",
                "T2 合计.财政拨款收入 = T4 本年收入合计", BetweenTablesBasis + "X-5"),
            Eq("FA1005", T2 + "total/fiscalAppropriation", T4I + "currentYearTotal"));
        yield return Rule(D("FA1006", c, e, "财政拨款总表三类收入等于总表对应收入", "Appropriation summary income rows equal the summary table's",
                "T4 一般公共预算／政府性基金／国有资本经营 = T1 对应收入行", BetweenTablesBasis + "X-6"),
            Eq("FA1006", T4I + "generalBudget", T1I + "generalBudgetAppropriation"),
            Eq("FA1006", T4I + "governmentFund", T1I + "governmentFundAppropriation"),
            Eq("FA1006", T4I + "stateCapital", T1I + "stateCapitalAppropriation"));
        yield return Rule(D("FA1007", c, e, "财政拨款总表一般公共预算列等于一般公共预算财政拨款支出决算表", "Appropriation summary general-budget column equals the general-budget expenditure table",
                "T4 一般公共预算财政拨款列（本年支出合计及各类）= T5 合计及各类", BetweenTablesBasis + "X-7"),
            Eq("FA1007", T4E + "currentYearTotal/generalBudget", T5 + "total/total"),
            Match("FA1007", T4E + "classes", "generalBudget", T5 + "rows", "total"));
        yield return Rule(D("FA1008", c, e, "一般公共预算基本支出等于基本支出决算表合计", "General-budget basic expenditure equals the basic expenditure table total",
                "T5 合计.基本支出 = T6 人员经费合计 + 公用经费合计", BetweenTablesBasis + "X-8"),
            Eq("FA1008", T5 + "total/basic", T6 + "total"));
        yield return Rule(D("FA1009", c, e, "财政拨款总表政府性基金列等于政府性基金预算财政拨款表", "Appropriation summary government-fund column equals the government-fund table",
                "T4 政府性基金列 = T8（本年收入、本年支出、年初年末结转和结余、各类）", BetweenTablesBasis + "X-9"),
            Eq("FA1009", T4I + "governmentFund", T8 + "total/income"),
            Eq("FA1009", T4E + "currentYearTotal/governmentFund", T8 + "total/expenditureTotal"),
            Eq("FA1009", T4I + "openingCarryOver/governmentFund", T8 + "total/openingCarryOver"),
            Eq("FA1009", T4E + "closingCarryOver/governmentFund", T8 + "total/closingCarryOver"),
            Match("FA1009", T4E + "classes", "governmentFund", T8 + "rows", "expenditureTotal"));
        yield return Rule(D("FA1010", c, e, "财政拨款总表国有资本经营列等于国有资本经营预算财政拨款表", "Appropriation summary state-capital column equals the state-capital table",
                "T4 国有资本经营列 = T9（本年收入、本年支出、年初年末结转和结余、各类）", BetweenTablesBasis + "X-10"),
            Eq("FA1010", T4I + "stateCapital", T9 + "total/income"),
            Eq("FA1010", T4E + "currentYearTotal/stateCapital", T9 + "total/expenditureTotal"),
            Eq("FA1010", T4I + "openingCarryOver/stateCapital", T9 + "total/openingCarryOver"),
            Eq("FA1010", T4E + "closingCarryOver/stateCapital", T9 + "total/closingCarryOver"),
            Match("FA1010", T4E + "classes", "stateCapital", T9 + "rows", "expenditureTotal"));
        yield return Rule(D("FA1011", c, w, "一般公共预算财政拨款支出不超过全部资金支出", "General-budget spending does not exceed all-funds spending",
                "T5 基本支出 ≤ T3 基本支出；T5 项目支出 ≤ T3 项目支出（同一科目）", BetweenTablesBasis + "X-11"),
            Match("FA1011", T5 + "rows", "basic", T3 + "rows", "basic", RelationComparison.LessOrEqual),
            Match("FA1011", T5 + "rows", "project", T3 + "rows", "project", RelationComparison.LessOrEqual));
        yield return Rule(D("FA1012", c, w, "财政拨款结转和结余不超过全部结转和结余", "Appropriation balances do not exceed all balances",
                "T4 年末财政拨款结转和结余 ≤ T1 年末结转和结余；T4 年初 ≤ T1 年初", BetweenTablesBasis + "X-12"),
            Le("FA1012", T4E + "closingCarryOver/total", T1E + "closingCarryOver"),
            Le("FA1012", T4I + "openingCarryOver/total", T1I + "openingCarryOver"));
    }

    private static IEnumerable<IValidationRule> NarrativeRules()
    {
        const string TableNarrativeBasis = "domain §2.3";
        var c = RuleCategory.TableNarrative;
        var e = Severity.Error;
        var w = Severity.Warning;

        yield return Rule(D("FA1101", c, e, "说明“收入支出决算总体情况”与总表一致", "Narrative overall figures equal the summary table",
                "收入／支出总计、本年收入／支出合计、结转和结余 = T1", TableNarrativeBasis + " 一"),
            Eq("FA1101", NO + "incomeGrandTotal/amount", T1I + "grandTotal"),
            Eq("FA1101", NO + "currentYearIncome/amount", T1I + "currentYearTotal"),
            Eq("FA1101", NO + "useOfNonAppropriationBalance/amount", T1I + "useOfNonAppropriationBalance"),
            Eq("FA1101", NO + "openingCarryOver/amount", T1I + "openingCarryOver"),
            Eq("FA1101", NO + "expenditureGrandTotal/amount", T1E + "grandTotal"),
            Eq("FA1101", NO + "currentYearExpenditure/amount", T1E + "currentYearTotal"),
            Eq("FA1101", NO + "balanceDistribution/amount", T1E + "balanceDistribution"),
            Eq("FA1101", NO + "closingCarryOver/amount", T1E + "closingCarryOver"));
        yield return Rule(D("FA1102", c, e, "说明“收入决算情况”与收入决算表一致", "Narrative income figures equal the income tables",
                "本年收入合计及各来源 = T1／T2", TableNarrativeBasis + " 二"),
            Eq("FA1102", NI + "total/amount", T2 + "total/total"),
            Eq("FA1102", NI + "fiscalAppropriation/amount", T2 + "total/fiscalAppropriation"),
            Eq("FA1102", NI + "superiorSubsidy/amount", T2 + "total/superiorSubsidy"),
            Eq("FA1102", NI + "serviceIncome/amount", T2 + "total/serviceIncome"),
            Eq("FA1102", NI + "businessIncome/amount", T2 + "total/businessIncome"),
            Eq("FA1102", NI + "affiliatedRemittance/amount", T2 + "total/affiliatedRemittance"),
            Eq("FA1102", NI + "otherIncome/amount", T2 + "total/otherIncome"));
        yield return Rule(D("FA1103", c, e, "说明“支出决算情况”与支出决算表一致", "Narrative expenditure figures equal the expenditure table",
                "本年支出合计、基本支出、项目支出等 = T3 合计行", TableNarrativeBasis + " 三"),
            ExpenditureColumns.Select(x => Eq("FA1103", NE + x + "/amount", T3 + "total/" + x)));
        yield return Rule(D("FA1104", c, e, "说明“财政拨款收入支出决算总体情况”与财政拨款总表一致", "Narrative appropriation figures equal the appropriation summary",
                "财政拨款收入／支出总计、本年收入／支出、年初／年末结转和结余 = T4", TableNarrativeBasis + " 四"),
            Eq("FA1104", NA + "incomeGrandTotal/amount", T4I + "grandTotal"),
            Eq("FA1104", NA + "currentYearIncome/amount", T4I + "currentYearTotal"),
            Eq("FA1104", NA + "openingCarryOver/amount", T4I + "openingCarryOver/total"),
            Eq("FA1104", NA + "expenditureGrandTotal/amount", T4E + "grandTotal/total"),
            Eq("FA1104", NA + "currentYearExpenditure/amount", T4E + "currentYearTotal/total"),
            Eq("FA1104", NA + "closingCarryOver/amount", T4E + "closingCarryOver/total"));
        yield return Rule(D("FA1105", c, e, "说明“一般公共预算财政拨款支出决算情况”与一般公共预算支出表一致", "Narrative general-budget figures equal the general-budget expenditure table",
                "一般公共预算财政拨款支出、各类、各项 = T5", TableNarrativeBasis + " 五"),
            Eq("FA1105", NG + "total/amount", T5 + "total/total"),
            Match("FA1105", NG + "classes", "amount", T5 + "rows", "total"),
            Match("FA1105", NG + "items", "amount", T5 + "rows", "total"));
        yield return Rule(D("FA1106", c, e, "说明“基本支出决算情况”与基本支出决算表一致", "Narrative basic expenditure equals the basic expenditure table",
                "基本支出、人员经费、公用经费 = T6", TableNarrativeBasis + " 六"),
            Eq("FA1106", NB + "total/amount", T6 + "total"),
            Eq("FA1106", NB + "personnel/amount", T6 + "personnelTotal"),
            Eq("FA1106", NB + "public/amount", T6 + "publicTotal"));
        yield return Rule(D("FA1107", c, e, "说明“三公”经费与“三公”经费表一致", "Narrative \"three public\" figures equal the table",
                "各项决算数 = T7 决算数；各项预算数 = T7 预算数", TableNarrativeBasis + " 七"),
            ThreePublicItems.Select(x => Eq("FA1107", N3 + x + "/amount", T7 + "final/" + x))
                .Concat(ThreePublicItems.Select(x => Eq("FA1107", N3 + x + "/budget/budgetAmount", T7 + "budget/" + x))));
        yield return Rule(D("FA1108", c, e, "说明政府性基金、国有资本经营预算部分与 T8／T9 一致", "Narrative government-fund and state-capital figures equal their tables",
                "本年收入、本年支出、年初／年末结转和结余、各项 = T8／T9", TableNarrativeBasis + " 八／九"),
            new[] { ("/narrative/governmentFund/", T8), ("/narrative/stateCapital/", T9) }.SelectMany(p => new Relation[]
            {
                Eq("FA1108", p.Item1 + "currentYearIncome/amount", p.Item2 + "total/income"),
                Eq("FA1108", p.Item1 + "currentYearExpenditure/amount", p.Item2 + "total/expenditureTotal"),
                Eq("FA1108", p.Item1 + "openingCarryOver/amount", p.Item2 + "total/openingCarryOver"),
                Eq("FA1108", p.Item1 + "closingCarryOver/amount", p.Item2 + "total/closingCarryOver"),
                Match("FA1108", p.Item1 + "items", "amount", p.Item2 + "rows", "expenditureTotal"),
            }));

        var n = RuleCategory.Narrative;
        const string NarrativeBasis = "domain §2.3, §6";
        yield return Rule(D("FA1201", n, e, "说明：收入总计与支出总计各自的构成及二者相等", "Narrative: grand totals add up and are equal",
                "收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出 + 结余分配 + 年末结转和结余；收入总计 = 支出总计", NarrativeBasis),
            PriorSum("FA1201", NO + "incomeGrandTotal/amount", NO + "currentYearIncome/amount", NO + "useOfNonAppropriationBalance/amount?", NO + "openingCarryOver/amount"),
            PriorSum("FA1201", NO + "expenditureGrandTotal/amount", NO + "currentYearExpenditure/amount", NO + "balanceDistribution/amount?", NO + "closingCarryOver/amount"),
            Eq("FA1201", NO + "incomeGrandTotal/amount", NO + "expenditureGrandTotal/amount"));
        yield return Rule(D("FA1202", n, e, "说明：本年收入合计等于各来源之和", "Narrative: current-year income equals its sources",
                "本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入（未披露的来源不计）", NarrativeBasis),
            PriorSum("FA1202", NI + "total/amount", NI + "fiscalAppropriation/amount", NI + "superiorSubsidy/amount?", NI + "serviceIncome/amount?",
                NI + "businessIncome/amount?", NI + "affiliatedRemittance/amount?", NI + "otherIncome/amount?"));
        yield return Rule(D("FA1203", n, e, "说明：本年支出合计等于各性质支出之和", "Narrative: current-year expenditure equals its kinds",
                "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（未披露的不计）", NarrativeBasis),
            PriorSum("FA1203", NE + "total/amount", NE + "basic/amount", NE + "project/amount", NE + "remittedToSuperior/amount?", NE + "business/amount?", NE + "subsidyToAffiliates/amount?"));
        yield return Rule(D("FA1204", n, e, "说明：财政拨款（及政府性基金、国有资本经营）收支总计的构成及相等", "Narrative: appropriation grand totals add up and are equal",
                "收入总计 = 年初结转和结余 + 本年收入；支出总计 = 本年支出 + 年末结转和结余；收入总计 = 支出总计", NarrativeBasis),
            new[] { NA, "/narrative/governmentFund/", "/narrative/stateCapital/" }.SelectMany(s => new Relation[]
            {
                PriorSum("FA1204", s + "incomeGrandTotal/amount", s + "openingCarryOver/amount", s + "currentYearIncome/amount"),
                PriorSum("FA1204", s + "expenditureGrandTotal/amount", s + "currentYearExpenditure/amount", s + "closingCarryOver/amount"),
                Eq("FA1204", s + "incomeGrandTotal/amount", s + "expenditureGrandTotal/amount"),
            }));
        yield return Rule(D("FA1205", n, e, "说明：一般公共预算财政拨款支出等于各类之和，各类等于其下各项之和", "Narrative: general-budget spending equals its classes, each class its items",
                "一般公共预算财政拨款支出 = Σ 类；类 = Σ 其下项", NarrativeBasis),
            PriorSum("FA1205", NG + "total/amount", NG + "classes/*/amount"),
            new RollupRelation { RuleId = "FA1205", Parents = NG + "classes", Children = NG + "items", Value = "amount", PriorYear = true });
        yield return Rule(D("FA1206", n, e, "说明：基本支出等于人员经费加公用经费", "Narrative: basic expenditure equals personnel plus public expenses",
                "基本支出 = 人员经费 + 公用经费", NarrativeBasis),
            PriorSum("FA1206", NB + "total/amount", NB + "personnel/amount", NB + "public/amount"));
        yield return Rule(D("FA1207", n, e, "说明：“三公”经费合计等于各项之和", "Narrative: \"three public\" total equals its items",
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；公务用车 = 购置费 + 运行维护费（决算数与预算数）", NarrativeBasis),
            PriorSum("FA1207", N3 + "total/amount", N3 + "overseasTravel/amount", N3 + "vehiclesSubtotal/amount", N3 + "reception/amount"),
            PriorSum("FA1207", N3 + "vehiclesSubtotal/amount", N3 + "vehiclePurchase/amount", N3 + "vehicleOperation/amount"),
            Sum("FA1207", N3 + "total/budget/budgetAmount", N3 + "overseasTravel/budget/budgetAmount", N3 + "vehiclesSubtotal/budget/budgetAmount", N3 + "reception/budget/budgetAmount"),
            Sum("FA1207", N3 + "total/budget/budgetAmount", N3 + "overseasTravel/budget/budgetAmount", N3 + "vehiclePurchase/budget/budgetAmount", N3 + "vehicleOperation/budget/budgetAmount", N3 + "reception/budget/budgetAmount"),
            Sum("FA1207", N3 + "vehiclesSubtotal/budget/budgetAmount", N3 + "vehiclePurchase/budget/budgetAmount", N3 + "vehicleOperation/budget/budgetAmount"));
        yield return Rule(D("FA1208", n, e, "说明：各部分之间的同一数字一致", "Narrative: the same figure agrees across sections",
                "总体本年收入 = 收入合计；总体本年支出 = 支出合计；财政拨款本年收入 = 财政拨款收入；财政拨款本年支出 = 一般公共预算 + 政府性基金 + 国有资本经营支出；财政拨款预决算对比的决算数 = 本年支出", NarrativeBasis),
            Eq("FA1208", NO + "currentYearIncome/amount", NI + "total/amount"),
            Eq("FA1208", NO + "currentYearExpenditure/amount", NE + "total/amount"),
            Eq("FA1208", NA + "currentYearIncome/amount", NI + "fiscalAppropriation/amount"),
            Sum("FA1208", NA + "currentYearExpenditure/amount", NG + "total/amount", "/narrative/governmentFund/currentYearExpenditure/amount?", "/narrative/stateCapital/currentYearExpenditure/amount?"),
            Eq("FA1208", NA + "budget/finalAmount", NA + "currentYearExpenditure/amount"));
        yield return Rule(D("FA1209", n, w, "说明：部分不超过整体", "Narrative: a part does not exceed its whole",
                "一般公共预算基本支出 ≤ 全部基本支出；一般公共预算财政拨款支出 ≤ 本年支出合计；机关运行经费 ≤ 公用经费", "domain §2.2 X-11, §4.2"),
            Le("FA1209", NB + "total/amount", NE + "basic/amount"),
            Le("FA1209", NG + "total/amount", NE + "total/amount"),
            Le("FA1209", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount", NB + "public/amount"));

        var s = RuleCategory.Share;
        const string ShareBasis = "domain §6 占比";
        yield return Rule(D("FA2001", s, e, "收入来源占比", "Shares of income sources",
                "占比 = 来源 / 本年收入合计 × 100", ShareBasis),
            IncomeColumns.Skip(1).Select(x => Ratio("FA2001", NI + x + "/share", NI + x + "/amount", NI + "total/amount")));
        yield return Rule(D("FA2002", s, e, "各性质支出占比", "Shares of kinds of spending",
                "占比 = 基本／项目／… 支出 / 本年支出合计 × 100", ShareBasis),
            ExpenditureColumns.Skip(1).Select(x => Ratio("FA2002", NE + x + "/share", NE + x + "/amount", NE + "total/amount")));
        yield return Rule(D("FA2003", s, e, "一般公共预算财政拨款支出占本年支出合计的比例", "General-budget spending as a share of current-year expenditure",
                "占比 = 一般公共预算财政拨款支出 / 本年支出合计 × 100", ShareBasis + " 五(一)"),
            Ratio("FA2003", NG + "total/share", NG + "total/amount", NE + "total/amount"));
        yield return Rule(D("FA2004", s, e, "一般公共预算财政拨款各类支出占比", "Shares of the general-budget classes",
                "占比 = 类 / 一般公共预算财政拨款支出 × 100", ShareBasis + " 五(二)"),
            Ratio("FA2004", NG + "classes/*/share", NG + "classes/*/amount", NG + "total/amount"));
        yield return Rule(D("FA2005", s, e, "“三公”经费各项占比", "Shares of the \"three public\" items",
                "占比 = 项目决算数 / “三公”经费合计决算数 × 100", ShareBasis + " 七(二)"),
            ThreePublicItems.Skip(1).Select(x => Ratio("FA2005", N3 + x + "/share", N3 + x + "/amount", N3 + "total/amount")));
        yield return Rule(D("FA2006", s, e, "授予中小企业、小微企业合同金额占比", "Shares of contracts awarded to SMEs and micro/small enterprises",
                "占比 = 合同金额 / 政府采购支出总额 × 100（两者都以总额为分母）", "domain §4.4"),
            Ratio("FA2006", NP + "smeContracts/share", NP + "smeContracts/amount", NP + "total/amount"),
            Ratio("FA2006", NP + "microSmallContracts/share", NP + "microSmallContracts/amount", NP + "total/amount"),
            Ratio("FA2006", NP + "goods/share", NP + "goods/amount", NP + "total/amount"),
            Ratio("FA2006", NP + "works/share", NP + "works/amount", NP + "total/amount"),
            Ratio("FA2006", NP + "services/share", NP + "services/amount", NP + "total/amount"));

        var p = RuleCategory.Procurement;
        yield return Rule(D("FA4101", p, e, "政府采购金额等于货物、工程、服务之和", "Procurement total equals goods plus works plus services",
                "政府采购支出总额 = 货物 + 工程 + 服务", "domain §4.4, §2.3 十一(二)"),
            PriorSum("FA4101", NP + "total/amount", NP + "goods/amount", NP + "works/amount", NP + "services/amount"));
        yield return Rule(D("FA4102", p, e, "小微企业合同金额 ≤ 中小企业合同金额 ≤ 采购总额", "Micro/small ≤ SME ≤ total procurement",
                "小微 ≤ 中小企业 ≤ 政府采购支出总额", "domain §4.4"),
            Le("FA4102", NP + "microSmallContracts/amount", NP + "smeContracts/amount"),
            Le("FA4102", NP + "smeContracts/amount", NP + "total/amount"));
    }
}
