using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 60 (r57fix, blind round 57's findings; our own invented 档案馆 and 图书馆 texts). A space-aligned 三公 table
/// <c>项目  预算数  决算数  决算比预算增减</c>: at the base its fourth column (决算 − 预算, negative) was a second 决算 column, so
/// each row's amount was stated twice with two values (three false FA8003 in t02). And a 收入决算表 one cell per line
/// (<c>815.75 |</c>) printing only 本年收入合计 | 财政拨款收入 | 其他收入: its rows were read but no row's sum could run (the
/// unprinted sources were absent), so a planted row went unreported; they are zero now when the 合计 row closes.
/// </summary>
public sealed class RoundFiftySevenSessionSixtyTests
{
    /// <summary>An invented 档案馆 三公 table (hundredths of a 万元) with its 决算比预算增减 column, then one prose sentence.</summary>
    internal static string ThreePublicText(long vehicleBudget, long vehicle, long receptionBudget, long reception)
    {
        var budget = vehicleBudget + receptionBudget;
        var total = vehicle + reception;
        return "某县档案馆2021年度单位决算公开说明\n\n"
            + "一、单位基本情况\n"
            + "某县档案馆为县委办公室所属公益一类事业单位，负责全县档案的收集、保管和利用工作。\n\n"
            + "二、“三公”经费支出情况\n"
            + "2021年“三公”经费预算与决算对比表\n"
            + "                                                    单位：万元\n"
            + "项目                              预算数    决算数  决算比预算增减\n"
            + Row("合计", budget, total)
            + "因公出国（境）费\n"
            + "公务用车购置费\n"
            + Row("公务用车运行维护费", vehicleBudget, vehicle)
            + Row("公务接待费", receptionBudget, reception)
            + $"2021年“三公”经费决算{PlainMoney(total)}万元。\n";
    }

    /// <summary>A row: the label, the budget, the final and the signed difference, apart by runs of spaces.</summary>
    private static string Row(string label, long budget, long final)
    {
        var difference = final - budget;
        return label.PadRight(30) + "    " + PlainMoney(budget) + "    " + PlainMoney(final) + "    "
            + (difference < 0 ? "-" + PlainMoney(-difference) : PlainMoney(difference)) + "\n";
    }

    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>The difference column is the budget difference with its relation; each row's 决算 stays its amount; no Error.</summary>
    [Fact]
    public void BudgetDifferenceColumn_IsTheDifference_NotASecondFinal()
    {
        var (read, diagnostics) = Read(ThreePublicText(630, 542, 320, 243));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("7.85", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("9.50", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("1.65", JsonAt(read, ThreePublic + "total/budget/difference"));
        Assert.Equal("finalBelowBudget", JsonAt(read, ThreePublic + "total/budget/relation"));
        Assert.Equal("5.42", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("0.88", JsonAt(read, ThreePublic + "vehicleOperation/budget/difference"));
        Assert.Equal("2.43", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("0.77", JsonAt(read, ThreePublic + "reception/budget/difference"));
    }

    /// <summary>Whatever the budgets and finals, the difference column never becomes an amount and raises no Error.</summary>
    [Property(MaxTest = 40)]
    public Property BudgetDifferenceColumn_NeverAnAmount()
    {
        var amounts = Gen.Choose(100, 90_000).Select(v => (long)v);
        return Prop.ForAll(Gen.Four(amounts).ToArbitrary(), t =>
        {
            var (vb, v, rb, r) = t;
            var (read, diagnostics) = Read(ThreePublicText(vb, v, rb, r));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, ThreePublic + "vehicleOperation/amount") == PlainMoney(v)
                && JsonAt(read, ThreePublic + "reception/amount") == PlainMoney(r)
                && JsonAt(read, ThreePublic + "total/amount") == PlainMoney(v + r);
        });
    }

    /// <summary>An invented 图书馆 收入决算表 one cell per line ending in " |" (a blank cell a lone "|").</summary>
    internal static string IncomeText(string total, string rowTotal, string classTotal)
    {
        string[] header = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"];
        string[][] rows =
        [
            ["合计", total, "428.66", "14.20"],
            ["207", "文化旅游体育与传媒支出", classTotal, "398.16", "14.20"],
            ["2070104", "图书馆", rowTotal, "398.16", "14.20"],
            ["221", "住房保障支出", "30.50", "30.50", ""],
            ["2210201", "住房公积金", "30.50", "30.50", ""],
        ];
        var sb = new StringBuilder("某县图书馆2022年度单位决算\n\n一、收入支出决算情况\n收入决算表\n单位：万元\n");
        foreach (var h in header)
        {
            sb.Append(h).Append(" |\n");
        }

        sb.Append("|\n");
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                sb.Append(cell.Length == 0 ? "|\n" : cell + " |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    internal static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    private const string Income = "/tables/income/";

    /// <summary>The 合计 row closes (442.86 = 428.66 + 14.20): the unprinted sources are zero; the clean table raises no Error.</summary>
    [Fact]
    public void CellPerLineIncomeTable_ClosingTotal_UnprintedSourcesAreZero()
    {
        var (report, diagnostics) = ReadDocument(IncomeText("442.86", "412.36", "412.36"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("412.36", JsonAt(report, Income + "rows/1/total"));
        Assert.Equal("0.00", JsonAt(report, Income + "rows/1/serviceIncome"));
        Assert.Equal("0.00", JsonAt(report, Income + "total/superiorSubsidy"));
    }

    /// <summary>The planted row (421.36 for 398.16 + 14.20 = 412.36) is exactly one Error, FA0201 on that row.</summary>
    [Fact]
    public void CellPerLineIncomeTable_PlantedRow_IsOneError()
    {
        var (_, diagnostics) = ReadDocument(IncomeText("442.86", "421.36", "412.36"));
        Assert.Equal(["FA0201"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss: a 合计 row that does not close (451.86 ≠ 428.66 + 14.20: a source column is not printed) keeps the unprinted
    /// sources absent — no row's sum is checked, no Error.
    /// </summary>
    [Fact]
    public void CellPerLineIncomeTable_OpenTotal_NoSumIsGuessed()
    {
        var (report, diagnostics) = ReadDocument(IncomeText("451.86", "421.36", "421.36"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, Income + "rows/1/serviceIncome"));
    }
}
