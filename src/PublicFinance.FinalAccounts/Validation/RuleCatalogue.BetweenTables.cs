using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Identities between the nine tables (表间勾稽关系, FA1001–FA1013).</summary>
public static partial class RuleCatalogue
{
    /// <summary>Where the between-table identities are listed (domain §2.2, followed by the identity's number).</summary>
    private const string BetweenTablesBasis = "domain §2.2 ";

    /// <summary>FA1013: the economic codes of T6 that are “三公” items, and the T7 item each may not exceed.</summary>
    private static readonly (string Code, string Item)[] ThreePublicCodes =
        [("30212", "overseasTravel"), ("30217", "reception"), ("30231", "vehicleOperation"), ("31013", "vehiclePurchase")];

    private static IEnumerable<IValidationRule> BetweenTableRules()
    {
        const RuleCategory Category = RuleCategory.BetweenTables;

        yield return Rule("FA1001", Category, Severity.Error,
                "总表本年收入合计等于收入决算表合计",
                "Summary current-year income equals the income table total",
                "T1 本年收入合计 = T2 合计.本年收入合计",
                BetweenTablesBasis + "X-1")
            .Checks(Equal(Table1Income + "currentYearTotal", Table2Income + "total/total"));
        yield return Rule("FA1002", Category, Severity.Error,
                "总表各项收入等于收入决算表对应列",
                "Summary income rows equal the income table's columns",
                "T1 三类财政拨款收入之和 = T2 财政拨款收入；上级补助、事业、经营、附属单位上缴、其他收入逐列相等",
                BetweenTablesBasis + "X-2")
            .Checks(new[]
            {
                Sum(Table2Income + "total/fiscalAppropriation", Table1Income + "generalBudgetAppropriation",
                    Table1Income + "governmentFundAppropriation", Table1Income + "stateCapitalAppropriation"),
            }.Concat(IncomeColumns.Skip(2).Select(x => Equal(Table1Income + x, Table2Income + "total/" + x))));
        yield return Rule("FA1003", Category, Severity.Error,
                "总表本年支出合计等于支出决算表合计",
                "Summary current-year expenditure equals the expenditure table total",
                "T1 本年支出合计 = T3 合计.本年支出合计",
                BetweenTablesBasis + "X-3")
            .Checks(Equal(Table1Expenditure + "currentYearTotal", Table3Expenditure + "total/total"));
        yield return Rule("FA1004", Category, Severity.Error,
                "总表各功能分类支出等于支出决算表对应类",
                "Summary functional classes equal the expenditure table's class rows",
                "T1 每一类 = T3 同一类的本年支出合计",
                BetweenTablesBasis + "X-4")
            .Checks(MatchRows(Table1Expenditure + "classes", "amount", Table3Expenditure + "rows", "total"));
        yield return Rule("FA1005", Category, Severity.Error,
                "收入决算表财政拨款收入等于财政拨款总表本年收入合计",
                "Income table appropriation equals the appropriation summary's current-year income",
                "T2 合计.财政拨款收入 = T4 本年收入合计",
                BetweenTablesBasis + "X-5")
            .Checks(Equal(Table2Income + "total/fiscalAppropriation", Table4Income + "currentYearTotal"));
        yield return Rule("FA1006", Category, Severity.Error,
                "财政拨款总表三类收入等于总表对应收入",
                "Appropriation summary income rows equal the summary table's",
                "T4 一般公共预算／政府性基金／国有资本经营 = T1 对应收入行",
                BetweenTablesBasis + "X-6")
            .Checks(AppropriationKinds.Select(f => Equal(Table4Income + f, Table1Income + f + "Appropriation")));
        yield return Rule("FA1007", Category, Severity.Error,
                "财政拨款总表一般公共预算列等于一般公共预算财政拨款支出决算表",
                "Appropriation summary general-budget column equals the general-budget expenditure table",
                "T4 一般公共预算财政拨款列（本年支出合计及各类）= T5 合计及各类",
                BetweenTablesBasis + "X-7")
            .Checks(
                Equal(Table4Expenditure + "currentYearTotal/generalBudget", Table5GeneralBudget + "total/total"),
                MatchRows(Table4Expenditure + "classes", "generalBudget", Table5Rows, "total"));
        yield return Rule("FA1008", Category, Severity.Error,
                "一般公共预算基本支出等于基本支出决算表合计",
                "General-budget basic expenditure equals the basic expenditure table total",
                "T5 合计.基本支出 = T6 人员经费合计 + 公用经费合计",
                BetweenTablesBasis + "X-8")
            .Checks(Equal(Table5GeneralBudget + "total/basic", Table6Basic + "total"));
        yield return Rule("FA1009", Category, Severity.Error,
                "财政拨款总表政府性基金列等于政府性基金预算财政拨款表",
                "Appropriation summary government-fund column equals the government-fund table",
                "T4 政府性基金列 = T8（本年收入、本年支出、年初年末结转和结余、各类）",
                BetweenTablesBasis + "X-9")
            .Checks(FundColumnEqualsFundTable("governmentFund", Table8GovernmentFund));
        yield return Rule("FA1010", Category, Severity.Error,
                "财政拨款总表国有资本经营列等于国有资本经营预算财政拨款表",
                "Appropriation summary state-capital column equals the state-capital table",
                "T4 国有资本经营列 = T9（本年收入、本年支出、年初年末结转和结余、各类）",
                BetweenTablesBasis + "X-10")
            .Checks(FundColumnEqualsFundTable("stateCapital", Table9StateCapital));
        yield return Rule("FA1011", Category, Severity.Warning,
                "一般公共预算财政拨款支出不超过全部资金支出",
                "General-budget spending does not exceed all-funds spending",
                "T5 基本支出 ≤ T3 基本支出；T5 项目支出 ≤ T3 项目支出（同一科目）",
                BetweenTablesBasis + "X-11")
            .Checks(new[] { "basic", "project" }.Select(x =>
                MatchRows(Table5Rows, x, Table3Expenditure + "rows", x, RelationComparison.LessOrEqual)));
        yield return Rule("FA1012", Category, Severity.Warning,
                "财政拨款结转和结余不超过全部结转和结余",
                "Appropriation balances do not exceed all balances",
                "T4 年末财政拨款结转和结余 ≤ T1 年末结转和结余；T4 年初 ≤ T1 年初",
                BetweenTablesBasis + "X-12")
            .Checks(
                LessOrEqual(Table4Expenditure + "closingCarryOver/total", Table1Expenditure + "closingCarryOver"),
                LessOrEqual(Table4Income + "openingCarryOver/total", Table1Income + "openingCarryOver"));
        yield return Rule("FA1013", Category, Severity.Error,
                "基本支出中的“三公”科目不超过“三公”经费决算数",
                "\"Three public\" items of basic expenditure do not exceed the \"three public\" finals",
                "T6 30212 ≤ 三公.因公出国（境）费；30217 ≤ 公务接待费；30231 ≤ 公务用车运行维护费；31013 ≤ 公务用车购置费（决算数）",
                "domain §2.2 X-13")
            .Checks(ThreePublicCodes
                .Select(pair => Each(Table6Rows + "/*",
                    When(Any(Not(Text("code", pair.Code)), Absent(Table7Final)), Nothing),
                    Otherwise(CheckLessOrEqual("amount", Table7Final + "/" + pair.Item))) with { WhenAbsent = AbsentAnchor.Nothing })
                .Prepend(Each(string.Empty,
                    When(Absent(Table6Object), CouldNotRun(Table6Object)),
                    When(Absent(Table7Final), CouldNotRun(Table7Final)),
                    Otherwise(Nothing))));
    }

    /// <summary>FA1009/FA1010: a fund column of T4 equals the totals and the class rows of that fund's table (T8 or T9).</summary>
    private static Relation[] FundColumnEqualsFundTable(string fund, string table) =>
    [
        Equal(Table4Income + fund, table + "total/income"),
        Equal(Table4Expenditure + "currentYearTotal/" + fund, table + "total/expenditureTotal"),
        Equal(Table4Income + "openingCarryOver/" + fund, table + "total/openingCarryOver"),
        Equal(Table4Expenditure + "closingCarryOver/" + fund, table + "total/closingCarryOver"),
        MatchRows(Table4Expenditure + "classes", fund, table + "rows", "expenditureTotal"),
    ];
}
