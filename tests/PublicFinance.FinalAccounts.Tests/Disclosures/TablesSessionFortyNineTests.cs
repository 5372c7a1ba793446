using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (tables49, blind round 45): tables as text the reader got wrong.
/// <list type="bullet">
/// <item>A 三公 table whose 决算 columns name years (<c>| 项目 | 2023年决算数 | 2022年决算数 | 增减率 |</c>): the column of the
/// report's year is this year's figure, the year before's the prior year's; any other year's column is not read — never a
/// second statement of this year's figure (FA8003).</item>
/// <item>A table flattened into a run-on line with every cell apart by one space (<c>项目 预算数 决算数 因公出国（境）费 0.00 0.00
/// …</c>): cut into its header and rows and read by its columns, not as prose whose first figure (the 预算数) is the item's.</item>
/// </list>
/// Every text is invented.
/// </summary>
public class TablesSessionFortyNineTests
{
    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>A 2024 report whose 三公 table has the given header and rows, after a sentence stating the total.</summary>
    private static string BarReport(string header, string rows, string year = "2024") =>
        "临川县图书馆" + year + "年度单位决算说明\n\n一、收入支出决算总体情况\n" + year + "年度收入总计1860.40万元，支出总计1860.40万元。\n\n"
        + "二、“三公”经费财政拨款支出情况\n" + year + "年度“三公”经费财政拨款支出12.60万元。\n"
        + header + "\n| --- | --- | --- | --- |\n" + rows
        + "\n三、机关运行经费\n" + year + "年度机关运行经费支出86.20万元。\n";

    private const string Rows2024 =
        "| 因公出国（境）费 | 0.00 | 0.00 | — |\n"
        + "| 公务用车购置费 | 0.00 | 22.40 | -100.00% |\n"
        + "| 公务用车运行维护费 | 9.30 | 10.20 | -8.82% |\n"
        + "| 公务接待费 | 3.30 | 2.90 | 13.79% |\n"
        + "| 合计 | 12.60 | 35.50 | -64.51% |\n";

    /// <summary>The t04 family: the 2024 column is the amount, the 2023 column the prior year; no FA8003.</summary>
    [Fact]
    public void YearNamedColumns_AreThisYearAndThePriorYear()
    {
        var (read, diagnostics) = Read(BarReport("| 项目 | 2024年决算数 | 2023年决算数 | 增减率 |", Rows2024));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("9.30", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("10.20", JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "vehicleOperation/change/direction"));
        Assert.Equal("0.00", JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("22.40", JsonAt(read, ThreePublic + "vehiclePurchase/change/priorYearAmount"));
        Assert.Equal("3.30", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("2.90", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Equal("12.60", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("35.50", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
    }

    /// <summary>The prior year's column first: this year's figures are still read from the column of the report's year.</summary>
    [Fact]
    public void YearNamedColumns_InEitherOrder()
    {
        var swapped = string.Join("\n", Rows2024.TrimEnd('\n').Split('\n').Select(line =>
        {
            var cells = line.Split('|');
            (cells[2], cells[3]) = (cells[3], cells[2]);
            return string.Join("|", cells);
        })) + "\n";
        var (read, diagnostics) = Read(BarReport("| 项目 | 2023年决算数 | 2024年决算数 | 增减率 |", swapped));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("9.30", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("10.20", JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
        Assert.Equal("12.60", JsonAt(read, ThreePublic + "total/amount"));
    }

    /// <summary>A tab table with the years as 2024年 / 2023年 决算 columns: the same reading.</summary>
    [Fact]
    public void YearNamedColumns_InATabTable()
    {
        var tab = Rows2024.Replace("| ", string.Empty).Replace(" |", "\t").Replace("\t\n", "\n");
        var text = BarReport("项目\t2024年度决算\t2023年度决算\t增减率", tab).Replace("| --- | --- | --- | --- |\n", string.Empty);
        var (read, diagnostics) = Read(text);

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Equal("3.30", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("2.90", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
    }

    /// <summary>A column naming a year that is neither the report's nor the one before is not read (not this year's).</summary>
    [Fact]
    public void AnotherYearsColumn_IsNotRead()
    {
        var (read, diagnostics) = Read(BarReport("| 项目 | 2024年决算数 | 2021年决算数 | 增减率 |", Rows2024));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Equal("9.30", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
    }

    /// <summary>A table of two other years (an appendix of the years before) places nothing as this year's figure.</summary>
    [Fact]
    public void TwoOtherYearsColumns_PlaceNoAmount()
    {
        var (read, diagnostics) = Read(BarReport("| 项目 | 2022年决算数 | 2021年决算数 | 增减率 |", Rows2024));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
    }

    /// <summary>
    /// Any generated 三公 table with a prior-year column (either order) never gives FA8003 and reads this year's figures
    /// from this year's column.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool AGeneratedTableWithAPriorYearColumn_ReadsThisYearsColumn(PositiveInt[] cents, bool priorFirst)
    {
        var values = Enumerable.Range(0, 6).Select(i => cents.Length > i ? cents[i].Get % 100000 : 100 + i).ToArray();
        string Money(int c) => (c / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var (operation, reception) = (values[0], values[1]);
        var (operationBefore, receptionBefore) = (values[2] == operation ? operation + 1 : values[2],
            values[3] == reception ? reception + 1 : values[3]);
        string Row(string label, int now, int then)
        {
            var rate = then == 0 ? "—" : ((now - then) * 100m / then).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            var (first, second) = priorFirst ? (then, now) : (now, then);
            return $"| {label} | {Money(first)} | {Money(second)} | {rate} |\n";
        }

        var header = priorFirst ? "| 项目 | 2023年决算数 | 2024年决算数 | 增减率 |" : "| 项目 | 2024年决算数 | 2023年决算数 | 增减率 |";
        var rows = Row("公务用车运行维护费", operation, operationBefore) + Row("公务接待费", reception, receptionBefore)
            + Row("合计", operation + reception, operationBefore + receptionBefore);
        var text = BarReport(header, rows).Replace("支出12.60万元", "支出" + Money(operation + reception) + "万元");
        var (read, diagnostics) = Read(text);
        return !diagnostics.Any(d => d.RuleId == "FA8003")
            && JsonAt(read, ThreePublic + "vehicleOperation/amount") == Money(operation)
            && JsonAt(read, ThreePublic + "reception/amount") == Money(reception)
            && JsonAt(read, ThreePublic + "total/amount") == Money(operation + reception);
    }

    /// <summary>A one-line page with a 三公 table flattened into it, cells apart by one space.</summary>
    private static string FlatPage(string table, string reception) =>
        "首页 > 信息公开 > 部门决算 青溪县司法局2016年度部门决算公开说明 发布时间：2017-08-21 一、收入支出决算总体情况 "
        + "2016年度收入总计2410.60万元，支出总计2410.60万元。本年收入2380.00万元，本年支出2366.40万元。 "
        + "二、“三公”经费支出情况 表：2016年度“三公”经费财政拨款支出情况（单位：万元） " + table
        + " 2016年度“三公”经费支出24.20万元，完成预算的80.67%。公务接待费" + reception + "万元，主要用于上级调研接待。 "
        + "三、政府采购情况 2016年度政府采购支出总额312.50万元，其中货物类112.50万元，服务类200.00万元。 打印本页 关闭窗口";

    private const string FlatTable = "项目 预算数 决算数 因公出国（境）费 0.00 0.00 公务用车购置及运行费 20.00 18.60 "
        + "其中：公务用车购置费 0.00 0.00 公务用车运行维护费 20.00 18.60 公务接待费 10.00 5.60 合计 30.00 24.20";

    /// <summary>The t06 family: the 决算 column is each item's amount, the 预算数 its budget; no FA1207.</summary>
    [Fact]
    public void FlattenedTable_IsReadByItsColumns()
    {
        var (read, diagnostics) = Read(FlatPage(FlatTable, "5.60"));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1207");
        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("18.60", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("20.00", JsonAt(read, ThreePublic + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("5.60", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("10.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Equal("24.20", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("30.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
    }

    /// <summary>The prose's figure for an item that differs from the flattened table's is reported (the t06 planted error).</summary>
    [Fact]
    public void FlattenedTable_AgainstTheProse_IsReported()
    {
        var (_, diagnostics) = Read(FlatPage(FlatTable, "6.50"));

        Assert.Contains(diagnostics, d => d.Severity >= Severity.Warning && d.Pointers.Any(p => p.StartsWith(ThreePublic + "reception")));
    }

    /// <summary>Words after 项目 that name no column the readers know cut nothing: the line stays prose.</summary>
    [Theory]
    [InlineData("项目 名称 金额 因公出国（境）费 0.00 0.00 公务接待费 10.00 5.60 合计 30.00 24.20")]
    [InlineData("项目 预算数 决算数 公务接待费 10.00 5.60")]
    [InlineData("项目 预算数 决算数 公务接待费 10.00 5.60 7.00 合计 30.00 24.20")]
    public void NearMisses_AreNotCut(string table)
    {
        var pieces = new List<(int Start, int End)>();
        var text = "二、“三公”经费支出情况 表（单位：万元） " + table + " 2016年度“三公”经费支出24.20万元。";
        Assert.False(PublicFinance.FinalAccounts.Disclosures.InlineSpaceTable.Cut(text, 0, text.Length, pieces));
    }

    /// <summary>Any budget and final of a flattened 三公 table: the final is the item's amount, the budget its budget.</summary>
    [Property(MaxTest = 25)]
    public bool AFlattenedTable_ReadsEachColumn(PositiveInt budgetCents, PositiveInt finalCents)
    {
        string Money(int c) => (c / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var (budget, final) = (budgetCents.Get % 100000, finalCents.Get % 100000);
        var table = $"项目 预算数 决算数 公务用车运行维护费 20.00 18.60 公务接待费 {Money(budget)} {Money(final)} "
            + $"合计 {Money(2000 + budget)} {Money(1860 + final)}";
        var (read, diagnostics) = Read(FlatPage(table, Money(final)).Replace("24.20万元", Money(1860 + final) + "万元"));
        return JsonAt(read, ThreePublic + "reception/amount") == Money(final)
            && JsonAt(read, ThreePublic + "reception/budget/budgetAmount") == Money(budget)
            && !diagnostics.Any(d => d.RuleId == "FA1207");
    }
}
