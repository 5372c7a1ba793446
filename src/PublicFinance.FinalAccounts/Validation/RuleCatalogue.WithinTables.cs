namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Identities inside each of the nine tables (表内勾稽关系, FA0101–FA0804).</summary>
public static partial class RuleCatalogue
{
    /// <summary>Where the within-table identities are listed (domain §2.1, followed by the identity's number).</summary>
    private const string WithinTableBasis = "domain §2.1 ";

    private static IEnumerable<IValidationRule> WithinTableRules()
    {
        const RuleCategory Category = RuleCategory.WithinTable;

        yield return Rule("FA0101", Category, Severity.Error,
                "收入支出决算总表：本年收入合计等于各项收入之和",
                "Summary table: current-year income equals the sum of the income rows",
                "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入"
                + " + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
                WithinTableBasis + "T1-1")
            .Checks(Sum(Table1Income + "currentYearTotal",
                Table1Income + "generalBudgetAppropriation", Table1Income + "governmentFundAppropriation",
                Table1Income + "stateCapitalAppropriation", Table1Income + "superiorSubsidy", Table1Income + "serviceIncome",
                Table1Income + "businessIncome", Table1Income + "affiliatedRemittance", Table1Income + "otherIncome"));
        yield return Rule("FA0102", Category, Severity.Error,
                "收入支出决算总表：收入总计等于本年收入合计加结余和结转",
                "Summary table: income grand total equals current-year income plus balances used and carried over",
                "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
                WithinTableBasis + "T1-2")
            .Checks(Sum(Table1Income + "grandTotal",
                Table1Income + "currentYearTotal", Table1Income + "useOfNonAppropriationBalance", Table1Income + "openingCarryOver"));
        yield return Rule("FA0103", Category, Severity.Error,
                "收入支出决算总表：本年支出合计等于各功能分类支出之和",
                "Summary table: current-year expenditure equals the sum of the functional classes",
                "本年支出合计 = Σ 功能分类类级支出",
                WithinTableBasis + "T1-3")
            .Checks(Sum(Table1Expenditure + "currentYearTotal", Table1Expenditure + "classes/*/amount"));
        yield return Rule("FA0104", Category, Severity.Error,
                "收入支出决算总表：支出总计等于本年支出合计加结余分配和年末结转和结余",
                "Summary table: expenditure grand total equals current-year expenditure plus balance distribution and closing balances",
                "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
                WithinTableBasis + "T1-4")
            .Checks(Sum(Table1Expenditure + "grandTotal",
                Table1Expenditure + "currentYearTotal", Table1Expenditure + "balanceDistribution", Table1Expenditure + "closingCarryOver"));
        yield return Rule("FA0105", Category, Severity.Error,
                "收入支出决算总表：收入总计等于支出总计",
                "Summary table: income grand total equals expenditure grand total",
                "收入总计 = 支出总计",
                WithinTableBasis + "T1-5")
            .Checks(Equal(Table1Income + "grandTotal", Table1Expenditure + "grandTotal"));

        yield return Rule("FA0201", Category, Severity.Error,
                "收入决算表：每行本年收入合计等于各来源之和",
                "Income table: each row's total equals the sum of its sources",
                "本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
                WithinTableBasis + "T2-1")
            .Checks(
                Sum(Table2Income + "rows/*/total", [.. IncomeColumns.Skip(1).Select(x => Table2Income + "rows/*/" + x)]),
                Sum(Table2Income + "total/total", [.. IncomeColumns.Skip(1).Select(x => Table2Income + "total/" + x)]));
        yield return Rule("FA0202", Category, Severity.Error,
                "收入决算表：类等于其下款之和，款等于其下项之和",
                "Income table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）",
                WithinTableBasis + "T2-2")
            .Checks(Hierarchy(Table2Income + "rows", IncomeColumns));
        yield return Rule("FA0203", Category, Severity.Error,
                "收入决算表：合计行等于各类之和",
                "Income table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）",
                WithinTableBasis + "T2-3")
            .Checks(IncomeColumns.Select(x => ClassTotal(Table2Income + "total/", Table2Income + "rows/", x)));

        yield return Rule("FA0301", Category, Severity.Error,
                "支出决算表：每行本年支出合计等于各性质支出之和",
                "Expenditure table: each row's total equals the sum of its kinds of spending",
                "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
                WithinTableBasis + "T3-1")
            .Checks(
                Sum(Table3Expenditure + "rows/*/total", [.. ExpenditureColumns.Skip(1).Select(x => Table3Expenditure + "rows/*/" + x)]),
                Sum(Table3Expenditure + "total/total", [.. ExpenditureColumns.Skip(1).Select(x => Table3Expenditure + "total/" + x)]));
        yield return Rule("FA0302", Category, Severity.Error,
                "支出决算表：类等于其下款之和，款等于其下项之和",
                "Expenditure table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）",
                WithinTableBasis + "T3-2")
            .Checks(Hierarchy(Table3Expenditure + "rows", ExpenditureColumns));
        yield return Rule("FA0303", Category, Severity.Error,
                "支出决算表：合计行等于各类之和",
                "Expenditure table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）",
                WithinTableBasis + "T3-3")
            .Checks(ExpenditureColumns.Select(x => ClassTotal(Table3Expenditure + "total/", Table3Expenditure + "rows/", x)));

        yield return Rule("FA0401", Category, Severity.Error,
                "财政拨款收入支出决算总表：本年收入合计等于三类财政拨款之和",
                "Appropriation summary: current-year income equals the three kinds of appropriation",
                "本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款",
                WithinTableBasis + "T4-1")
            .Checks(Sum(Table4Income + "currentYearTotal", [.. AppropriationKinds.Select(f => Table4Income + f)]));
        yield return Rule("FA0402", Category, Severity.Error,
                "财政拨款收入支出决算总表：支出各行合计等于三类财政拨款之和",
                "Appropriation summary: each expenditure row's total equals its three kinds of appropriation",
                "合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款",
                WithinTableBasis + "T4-2")
            .Checks(new[] { "classes/*/", "currentYearTotal/", "closingCarryOver/", "grandTotal/" }.Select(row =>
                Sum(Table4Expenditure + row + "total", [.. AppropriationKinds.Select(f => Table4Expenditure + row + f)])));
        yield return Rule("FA0403", Category, Severity.Error,
                "财政拨款收入支出决算总表：年初财政拨款结转和结余等于其三个分项之和",
                "Appropriation summary: opening appropriation balances equal their three parts",
                "年初财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算",
                WithinTableBasis + "T4-3")
            .Checks(Sum(Table4Income + "openingCarryOver/total",
                [.. AppropriationKinds.Select(f => Table4Income + "openingCarryOver/" + f)]));
        yield return Rule("FA0404", Category, Severity.Error,
                "财政拨款收入支出决算总表：收入总计等于本年收入合计加年初结转和结余",
                "Appropriation summary: income grand total equals current-year income plus opening balances",
                "收入总计 = 本年收入合计 + 年初财政拨款结转和结余",
                WithinTableBasis + "T4-4")
            .Checks(Sum(Table4Income + "grandTotal", Table4Income + "currentYearTotal", Table4Income + "openingCarryOver/total"));
        yield return Rule("FA0405", Category, Severity.Error,
                "财政拨款收入支出决算总表：支出总计等于本年支出合计加年末结转和结余",
                "Appropriation summary: expenditure grand total equals current-year expenditure plus closing balances",
                "支出总计 = 本年支出合计 + 年末财政拨款结转和结余（每一列）",
                WithinTableBasis + "T4-5")
            .Checks(FundColumns.Select(x => Sum(Table4Expenditure + "grandTotal/" + x,
                Table4Expenditure + "currentYearTotal/" + x, Table4Expenditure + "closingCarryOver/" + x)));
        yield return Rule("FA0406", Category, Severity.Error,
                "财政拨款收入支出决算总表：收入总计等于支出总计",
                "Appropriation summary: income grand total equals expenditure grand total",
                "收入总计 = 支出总计（合计列）",
                WithinTableBasis + "T4-6")
            .Checks(Equal(Table4Income + "grandTotal", Table4Expenditure + "grandTotal/total"));
        yield return Rule("FA0407", Category, Severity.Error,
                "财政拨款收入支出决算总表：各类资金年末结转和结余等于年初加收入减支出",
                "Appropriation summary: per fund, closing balance equals opening plus income minus expenditure",
                "年末_f = 年初_f + 本年收入_f − 本年支出_f（f = 一般公共预算、政府性基金、国有资本经营）",
                WithinTableBasis + "T4-7")
            .Checks(AppropriationKinds.Select(f => Sum(Table4Expenditure + "closingCarryOver/" + f,
                Table4Income + "openingCarryOver/" + f, Table4Income + f, "-" + Table4Expenditure + "currentYearTotal/" + f)));
        yield return Rule("FA0408", Category, Severity.Error,
                "财政拨款收入支出决算总表：本年支出合计等于各功能分类之和",
                "Appropriation summary: current-year expenditure equals the sum of the functional classes",
                "本年支出合计 = Σ 功能分类类级支出（每一列）",
                "domain §1.3 T4 layout")
            .Checks(FundColumns.Select(x => Sum(Table4Expenditure + "currentYearTotal/" + x, Table4Expenditure + "classes/*/" + x)));

        yield return Rule("FA0501", Category, Severity.Error,
                "一般公共预算财政拨款支出决算表：合计等于基本支出加项目支出",
                "General-budget expenditure table: total equals basic plus project",
                "合计 = 基本支出 + 项目支出（每一行）",
                WithinTableBasis + "T5-1")
            .Checks(
                Sum(Table5GeneralBudget + "rows/*/total", Table5GeneralBudget + "rows/*/basic", Table5GeneralBudget + "rows/*/project"),
                Sum(Table5GeneralBudget + "total/total", Table5GeneralBudget + "total/basic", Table5GeneralBudget + "total/project"));
        yield return Rule("FA0502", Category, Severity.Error,
                "一般公共预算财政拨款支出决算表：类等于其下款之和，款等于其下项之和",
                "General-budget expenditure table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）",
                WithinTableBasis + "T5-2")
            .Checks(Hierarchy(Table5Rows, BasicProject));
        yield return Rule("FA0503", Category, Severity.Error,
                "一般公共预算财政拨款支出决算表：合计行等于各类之和",
                "General-budget expenditure table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）",
                WithinTableBasis + "T5-2")
            .Checks(BasicProject.Select(x => ClassTotal(Table5GeneralBudget + "total/", Table5GeneralBudget + "rows/", x)));

        yield return Rule("FA0601", Category, Severity.Error,
                "基本支出决算表：经济分类类等于其下款之和",
                "Basic expenditure table: each economic class equals the sum of its sections",
                "类（301、302、303、310…）= Σ 其下款",
                WithinTableBasis + "T6-1")
            .Checks(Hierarchy(Table6Rows, "amount"));
        yield return Rule("FA0602", Category, Severity.Error,
                "基本支出决算表：人员经费合计等于 301 加 303",
                "Basic expenditure table: personnel total equals 301 plus 303",
                "人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助",
                WithinTableBasis + "T6-2")
            .Checks(new SumRelation
            {
                RuleId = Unstamped,
                Total = Table6Basic + "personnelTotal",
                Items = [new SumTerm { Pointer = Table6Basic + "rows/*/amount", Codes = ["301", "303"] }],
            });
        yield return Rule("FA0603", Category, Severity.Error,
                "基本支出决算表：公用经费合计等于其余经济分类类之和",
                "Basic expenditure table: public-expense total equals the other economic classes",
                "公用经费合计 = 302 商品和服务支出 + 310 资本性支出（+ 307、309、399 等）",
                WithinTableBasis + "T6-3")
            .Checks(new SumRelation
            {
                RuleId = Unstamped,
                Total = Table6Basic + "publicTotal",
                Items = [new SumTerm { Pointer = Table6Basic + "rows/*/amount", CodeLength = 3, ExcludeCodes = ["301", "303"] }],
            });
        yield return Rule("FA0604", Category, Severity.Error,
                "基本支出决算表：基本支出合计等于人员经费加公用经费",
                "Basic expenditure table: total equals personnel plus public expenses",
                "基本支出 = 人员经费合计 + 公用经费合计",
                WithinTableBasis + "T6-4")
            .Checks(Sum(Table6Basic + "total", Table6Basic + "personnelTotal", Table6Basic + "publicTotal"));

        yield return Rule("FA0701", Category, Severity.Error,
                "“三公”经费表：合计等于三项之和",
                "\"Three public\" table: total equals its three items",
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（预算数、决算数）",
                WithinTableBasis + "T7-1")
            .Checks(BudgetAndFinal.Select(s => Sum(Table7ThreePublic + s + "total",
                Table7ThreePublic + s + "overseasTravel",
                Table7ThreePublic + s + "vehiclesSubtotal",
                Table7ThreePublic + s + "reception")));
        yield return Rule("FA0702", Category, Severity.Error,
                "“三公”经费表：公务用车小计等于购置费加运行维护费",
                "\"Three public\" table: vehicle subtotal equals purchase plus operation",
                "小计 = 公务用车购置费 + 公务用车运行维护费（预算数、决算数）",
                WithinTableBasis + "T7-2")
            .Checks(BudgetAndFinal.Select(s => Sum(Table7ThreePublic + s + "vehiclesSubtotal",
                Table7ThreePublic + s + "vehiclePurchase", Table7ThreePublic + s + "vehicleOperation")));

        yield return Rule("FA0801", Category, Severity.Error,
                "政府性基金／国有资本经营预算财政拨款表：本年支出合计等于基本支出加项目支出",
                "Fund tables: current-year expenditure equals basic plus project",
                "本年支出合计 = 基本支出 + 项目支出（每一行）",
                WithinTableBasis + "T8-1")
            .Checks(FundTables.SelectMany(t => new[]
            {
                Sum(t + "rows/*/expenditureTotal", t + "rows/*/basic", t + "rows/*/project"),
                Sum(t + "total/expenditureTotal", t + "total/basic", t + "total/project"),
            }));
        yield return Rule("FA0802", Category, Severity.Error,
                "政府性基金／国有资本经营预算财政拨款表：年末结转和结余等于年初加收入减支出",
                "Fund tables: closing balance equals opening plus income minus expenditure",
                "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出合计（每一行）",
                WithinTableBasis + "T8-2")
            .Checks(FundTables.SelectMany(t => new[]
            {
                Sum(t + "rows/*/closingCarryOver", t + "rows/*/openingCarryOver", t + "rows/*/income", "-" + t + "rows/*/expenditureTotal"),
                Sum(t + "total/closingCarryOver", t + "total/openingCarryOver", t + "total/income", "-" + t + "total/expenditureTotal"),
            }));
        yield return Rule("FA0803", Category, Severity.Error,
                "政府性基金／国有资本经营预算财政拨款表：类等于其下款之和，款等于其下项之和",
                "Fund tables: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）",
                WithinTableBasis + "T8-3")
            .Checks(FundTables.Select(t => Hierarchy(t + "rows", FundTableColumns)));
        yield return Rule("FA0804", Category, Severity.Error,
                "政府性基金／国有资本经营预算财政拨款表：合计行等于各类之和",
                "Fund tables: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）",
                WithinTableBasis + "T8-3")
            .Checks(FundTables.SelectMany(t => FundTableColumns.Select(x => ClassTotal(t + "total/", t + "rows/", x))));
    }
}
