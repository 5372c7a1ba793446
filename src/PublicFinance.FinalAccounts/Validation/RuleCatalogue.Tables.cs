using System.Collections.Generic;
using System.Linq;

namespace PublicFinance.FinalAccounts.Validation;

public static partial class RuleCatalogue
{
    private const string T1I = "/tables/summary/income/";
    private const string T1E = "/tables/summary/expenditure/";
    private const string T2 = "/tables/income/";
    private const string T3 = "/tables/expenditure/";
    private const string T4I = "/tables/appropriationSummary/income/";
    private const string T4E = "/tables/appropriationSummary/expenditure/";
    private const string T5 = "/tables/generalBudgetExpenditure/";
    private const string T6 = "/tables/basicExpenditure/";
    private const string T7 = "/tables/threePublic/";

    private static readonly string[] IncomeColumns = ["total", "fiscalAppropriation", "superiorSubsidy", "serviceIncome", "businessIncome", "affiliatedRemittance", "otherIncome"];
    private static readonly string[] ExpenditureColumns = ["total", "basic", "project", "remittedToSuperior", "business", "subsidyToAffiliates"];
    private static readonly string[] FundColumns = ["total", "generalBudget", "governmentFund", "stateCapital"];
    private static readonly string[] BasicProject = ["total", "basic", "project"];
    private static readonly string[] FundTableColumns = ["openingCarryOver", "income", "expenditureTotal", "basic", "project", "closingCarryOver"];
    private static readonly string[] ThreePublicItems = ["total", "overseasTravel", "vehiclesSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];
    private static readonly string[] FundTables = ["/tables/governmentFund/", "/tables/stateCapital/"];

    private static SumRelation ClassTotal(string id, string totalRow, string rows, string column) => new()
    {
        RuleId = id, Total = totalRow + column, Items = new[] { new SumTerm { Pointer = rows + "*/" + column, CodeLength = 3 } },
    };

    private static IEnumerable<IValidationRule> TableRules()
    {
        const string WithinTableBasis = "domain §2.1 ";
        var c = RuleCategory.WithinTable;
        var e = Severity.Error;

        yield return Rule(D("FA0101", c, e, "收入支出决算总表：本年收入合计等于各项收入之和", "Summary table: current-year income equals the sum of the income rows",
                "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入 + 国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入", WithinTableBasis + "T1-1"),
            Sum("FA0101", T1I + "currentYearTotal", T1I + "generalBudgetAppropriation", T1I + "governmentFundAppropriation", T1I + "stateCapitalAppropriation",
                T1I + "superiorSubsidy", T1I + "serviceIncome", T1I + "businessIncome", T1I + "affiliatedRemittance", T1I + "otherIncome"));
        yield return Rule(D("FA0102", c, e, "收入支出决算总表：收入总计等于本年收入合计加结余和结转", "Summary table: income grand total equals current-year income plus balances used and carried over",
                "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", WithinTableBasis + "T1-2"),
            Sum("FA0102", T1I + "grandTotal", T1I + "currentYearTotal", T1I + "useOfNonAppropriationBalance", T1I + "openingCarryOver"));
        yield return Rule(D("FA0103", c, e, "收入支出决算总表：本年支出合计等于各功能分类支出之和", "Summary table: current-year expenditure equals the sum of the functional classes",
                "本年支出合计 = Σ 功能分类类级支出", WithinTableBasis + "T1-3"),
            Sum("FA0103", T1E + "currentYearTotal", T1E + "classes/*/amount"));
        yield return Rule(D("FA0104", c, e, "收入支出决算总表：支出总计等于本年支出合计加结余分配和年末结转和结余", "Summary table: expenditure grand total equals current-year expenditure plus balance distribution and closing balances",
                "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余", WithinTableBasis + "T1-4"),
            Sum("FA0104", T1E + "grandTotal", T1E + "currentYearTotal", T1E + "balanceDistribution", T1E + "closingCarryOver"));
        yield return Rule(D("FA0105", c, e, "收入支出决算总表：收入总计等于支出总计", "Summary table: income grand total equals expenditure grand total",
                "收入总计 = 支出总计", WithinTableBasis + "T1-5"),
            Eq("FA0105", T1I + "grandTotal", T1E + "grandTotal"));

        yield return Rule(D("FA0201", c, e, "收入决算表：每行本年收入合计等于各来源之和", "Income table: each row's total equals the sum of its sources",
                "本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入", WithinTableBasis + "T2-1"),
            Sum("FA0201", T2 + "rows/*/total", [.. IncomeColumns.Skip(1).Select(x => T2 + "rows/*/" + x)]),
            Sum("FA0201", T2 + "total/total", [.. IncomeColumns.Skip(1).Select(x => T2 + "total/" + x)]));
        yield return Rule(D("FA0202", c, e, "收入决算表：类等于其下款之和，款等于其下项之和", "Income table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）", WithinTableBasis + "T2-2"),
            new HierarchyRelation { RuleId = "FA0202", Rows = T2 + "rows", Columns = IncomeColumns });
        yield return Rule(D("FA0203", c, e, "收入决算表：合计行等于各类之和", "Income table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）", WithinTableBasis + "T2-3"),
            IncomeColumns.Select(x => ClassTotal("FA0203", T2 + "total/", T2 + "rows/", x)));

        yield return Rule(D("FA0301", c, e, "支出决算表：每行本年支出合计等于各性质支出之和", "Expenditure table: each row's total equals the sum of its kinds of spending",
                "本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出", WithinTableBasis + "T3-1"),
            Sum("FA0301", T3 + "rows/*/total", [.. ExpenditureColumns.Skip(1).Select(x => T3 + "rows/*/" + x)]),
            Sum("FA0301", T3 + "total/total", [.. ExpenditureColumns.Skip(1).Select(x => T3 + "total/" + x)]));
        yield return Rule(D("FA0302", c, e, "支出决算表：类等于其下款之和，款等于其下项之和", "Expenditure table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）", WithinTableBasis + "T3-2"),
            new HierarchyRelation { RuleId = "FA0302", Rows = T3 + "rows", Columns = ExpenditureColumns });
        yield return Rule(D("FA0303", c, e, "支出决算表：合计行等于各类之和", "Expenditure table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）", WithinTableBasis + "T3-3"),
            ExpenditureColumns.Select(x => ClassTotal("FA0303", T3 + "total/", T3 + "rows/", x)));

        yield return Rule(D("FA0401", c, e, "财政拨款收入支出决算总表：本年收入合计等于三类财政拨款之和", "Appropriation summary: current-year income equals the three kinds of appropriation",
                "本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款", WithinTableBasis + "T4-1"),
            Sum("FA0401", T4I + "currentYearTotal", T4I + "generalBudget", T4I + "governmentFund", T4I + "stateCapital"));
        yield return Rule(D("FA0402", c, e, "财政拨款收入支出决算总表：支出各行合计等于三类财政拨款之和", "Appropriation summary: each expenditure row's total equals its three kinds of appropriation",
                "合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款", WithinTableBasis + "T4-2"),
            new[] { "classes/*/", "currentYearTotal/", "closingCarryOver/", "grandTotal/" }.Select(r =>
                Sum("FA0402", T4E + r + "total", T4E + r + "generalBudget", T4E + r + "governmentFund", T4E + r + "stateCapital")));
        yield return Rule(D("FA0403", c, e, "财政拨款收入支出决算总表：年初财政拨款结转和结余等于其三个分项之和", "Appropriation summary: opening appropriation balances equal their three parts",
                "年初财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算", WithinTableBasis + "T4-3"),
            Sum("FA0403", T4I + "openingCarryOver/total", T4I + "openingCarryOver/generalBudget", T4I + "openingCarryOver/governmentFund", T4I + "openingCarryOver/stateCapital"));
        yield return Rule(D("FA0404", c, e, "财政拨款收入支出决算总表：收入总计等于本年收入合计加年初结转和结余", "Appropriation summary: income grand total equals current-year income plus opening balances",
                "收入总计 = 本年收入合计 + 年初财政拨款结转和结余", WithinTableBasis + "T4-4"),
            Sum("FA0404", T4I + "grandTotal", T4I + "currentYearTotal", T4I + "openingCarryOver/total"));
        yield return Rule(D("FA0405", c, e, "财政拨款收入支出决算总表：支出总计等于本年支出合计加年末结转和结余", "Appropriation summary: expenditure grand total equals current-year expenditure plus closing balances",
                "支出总计 = 本年支出合计 + 年末财政拨款结转和结余（每一列）", WithinTableBasis + "T4-5"),
            FundColumns.Select(x => Sum("FA0405", T4E + "grandTotal/" + x, T4E + "currentYearTotal/" + x, T4E + "closingCarryOver/" + x)));
        yield return Rule(D("FA0406", c, e, "财政拨款收入支出决算总表：收入总计等于支出总计", "Appropriation summary: income grand total equals expenditure grand total",
                "收入总计 = 支出总计（合计列）", WithinTableBasis + "T4-6"),
            Eq("FA0406", T4I + "grandTotal", T4E + "grandTotal/total"));
        yield return Rule(D("FA0407", c, e, "财政拨款收入支出决算总表：各类资金年末结转和结余等于年初加收入减支出", "Appropriation summary: per fund, closing balance equals opening plus income minus expenditure",
                "年末_f = 年初_f + 本年收入_f − 本年支出_f（f = 一般公共预算、政府性基金、国有资本经营）", WithinTableBasis + "T4-7"),
            new[] { "generalBudget", "governmentFund", "stateCapital" }.Select(f =>
                Sum("FA0407", T4E + "closingCarryOver/" + f, T4I + "openingCarryOver/" + f, T4I + f, "-" + T4E + "currentYearTotal/" + f)));
        yield return Rule(D("FA0408", c, e, "财政拨款收入支出决算总表：本年支出合计等于各功能分类之和", "Appropriation summary: current-year expenditure equals the sum of the functional classes",
                "本年支出合计 = Σ 功能分类类级支出（每一列）", "domain §1.3 T4 layout"),
            FundColumns.Select(x => Sum("FA0408", T4E + "currentYearTotal/" + x, T4E + "classes/*/" + x)));

        yield return Rule(D("FA0501", c, e, "一般公共预算财政拨款支出决算表：合计等于基本支出加项目支出", "General-budget expenditure table: total equals basic plus project",
                "合计 = 基本支出 + 项目支出（每一行）", WithinTableBasis + "T5-1"),
            Sum("FA0501", T5 + "rows/*/total", T5 + "rows/*/basic", T5 + "rows/*/project"),
            Sum("FA0501", T5 + "total/total", T5 + "total/basic", T5 + "total/project"));
        yield return Rule(D("FA0502", c, e, "一般公共预算财政拨款支出决算表：类等于其下款之和，款等于其下项之和", "General-budget expenditure table: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）", WithinTableBasis + "T5-2"),
            new HierarchyRelation { RuleId = "FA0502", Rows = T5 + "rows", Columns = BasicProject });
        yield return Rule(D("FA0503", c, e, "一般公共预算财政拨款支出决算表：合计行等于各类之和", "General-budget expenditure table: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）", WithinTableBasis + "T5-2"),
            BasicProject.Select(x => ClassTotal("FA0503", T5 + "total/", T5 + "rows/", x)));

        yield return Rule(D("FA0601", c, e, "基本支出决算表：经济分类类等于其下款之和", "Basic expenditure table: each economic class equals the sum of its sections",
                "类（301、302、303、310…）= Σ 其下款", WithinTableBasis + "T6-1"),
            new HierarchyRelation { RuleId = "FA0601", Rows = T6 + "rows", Columns = new[] { "amount" } });
        yield return Rule(D("FA0602", c, e, "基本支出决算表：人员经费合计等于 301 加 303", "Basic expenditure table: personnel total equals 301 plus 303",
                "人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助", WithinTableBasis + "T6-2"),
            new SumRelation { RuleId = "FA0602", Total = T6 + "personnelTotal", Items = new[] { new SumTerm { Pointer = T6 + "rows/*/amount", Codes = new[] { "301", "303" } } } });
        yield return Rule(D("FA0603", c, e, "基本支出决算表：公用经费合计等于其余经济分类类之和", "Basic expenditure table: public-expense total equals the other economic classes",
                "公用经费合计 = 302 商品和服务支出 + 310 资本性支出（+ 307、309、399 等）", WithinTableBasis + "T6-3"),
            new SumRelation { RuleId = "FA0603", Total = T6 + "publicTotal", Items = new[] { new SumTerm { Pointer = T6 + "rows/*/amount", CodeLength = 3, ExcludeCodes = new[] { "301", "303" } } } });
        yield return Rule(D("FA0604", c, e, "基本支出决算表：基本支出合计等于人员经费加公用经费", "Basic expenditure table: total equals personnel plus public expenses",
                "基本支出 = 人员经费合计 + 公用经费合计", WithinTableBasis + "T6-4"),
            Sum("FA0604", T6 + "total", T6 + "personnelTotal", T6 + "publicTotal"));

        yield return Rule(D("FA0701", c, e, "“三公”经费表：合计等于三项之和", "\"Three public\" table: total equals its three items",
                "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（预算数、决算数）", WithinTableBasis + "T7-1"),
            new[] { "budget/", "final/" }.Select(s => Sum("FA0701", T7 + s + "total", T7 + s + "overseasTravel", T7 + s + "vehiclesSubtotal", T7 + s + "reception")));
        yield return Rule(D("FA0702", c, e, "“三公”经费表：公务用车小计等于购置费加运行维护费", "\"Three public\" table: vehicle subtotal equals purchase plus operation",
                "小计 = 公务用车购置费 + 公务用车运行维护费（预算数、决算数）", WithinTableBasis + "T7-2"),
            new[] { "budget/", "final/" }.Select(s => Sum("FA0702", T7 + s + "vehiclesSubtotal", T7 + s + "vehiclePurchase", T7 + s + "vehicleOperation")));

        yield return Rule(D("FA0801", c, e, "政府性基金／国有资本经营预算财政拨款表：本年支出合计等于基本支出加项目支出", "Fund tables: current-year expenditure equals basic plus project",
                "本年支出合计 = 基本支出 + 项目支出（每一行）", WithinTableBasis + "T8-1"),
            FundTables.SelectMany(t => new[]
            {
                Sum("FA0801", t + "rows/*/expenditureTotal", t + "rows/*/basic", t + "rows/*/project"),
                Sum("FA0801", t + "total/expenditureTotal", t + "total/basic", t + "total/project"),
            }));
        yield return Rule(D("FA0802", c, e, "政府性基金／国有资本经营预算财政拨款表：年末结转和结余等于年初加收入减支出", "Fund tables: closing balance equals opening plus income minus expenditure",
                "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出合计（每一行）", WithinTableBasis + "T8-2"),
            FundTables.SelectMany(t => new[]
            {
                Sum("FA0802", t + "rows/*/closingCarryOver", t + "rows/*/openingCarryOver", t + "rows/*/income", "-" + t + "rows/*/expenditureTotal"),
                Sum("FA0802", t + "total/closingCarryOver", t + "total/openingCarryOver", t + "total/income", "-" + t + "total/expenditureTotal"),
            }));
        yield return Rule(D("FA0803", c, e, "政府性基金／国有资本经营预算财政拨款表：类等于其下款之和，款等于其下项之和", "Fund tables: each class equals the sum of its sections, each section the sum of its items",
                "类 = Σ 款；款 = Σ 项（每一列）", WithinTableBasis + "T8-3"),
            FundTables.Select(t => new HierarchyRelation { RuleId = "FA0803", Rows = t + "rows", Columns = FundTableColumns }));
        yield return Rule(D("FA0804", c, e, "政府性基金／国有资本经营预算财政拨款表：合计行等于各类之和", "Fund tables: the total row equals the sum of the class rows",
                "合计 = Σ 类（每一列）", WithinTableBasis + "T8-3"),
            FundTables.SelectMany(t => FundTableColumns.Select(x => ClassTotal("FA0804", t + "total/", t + "rows/", x))));
    }
}
