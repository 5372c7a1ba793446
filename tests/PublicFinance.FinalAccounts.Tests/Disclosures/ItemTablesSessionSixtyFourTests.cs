using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 64 (tbl64; the layouts of blind rounds 58 t07, 59 t05 and 60 t09 — our own invented 水文站 and 档案局 texts, none
/// copied): a 项 comparison table under a corner header (<c>项目|2018年决算数|2017年决算数|增减额|增减率（%）</c>) whose rows write
/// the item's code and name in one cell (<c>2130313 水文测报</c> or <c>水文测报（2130313）</c>) — with bars without outer pipes,
/// tabs or outer pipes, in 万元 or 千元 — read as the
/// 一般公共预算 items with their prior year and change, the 合计 as the total's prior year, and the sentence under the table
/// that explains each row's change by name giving each its reason; a coded table whose rate column is <c>决算为预算的%</c>.
/// Near misses: a budget table (预算数 / 决算数 / 完成率) gives no prior year; year columns that are not the text's year and
/// the year before are not read; the same table under the all-funds 支出 heading places no item; a sentence that restates
/// a change otherwise gives no reason.
/// </summary>
public sealed class ItemTablesSessionSixtyFourTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private const string Total = "/narrative/generalBudget/total/";

    /// <summary>The rows (code, name, 2018, 2017, change, rate) of the invented 水文站's comparison table.</summary>
    private static readonly string[][] Rows =
    [
        ["2130313", "水文测报", "312.40", "286.50", "25.90", "9.04"],
        ["2130306", "水利工程运行与维护", "58.60", "72.00", "-13.40", "-18.61"],
        ["2080505", "机关事业单位基本养老保险缴费支出", "24.30", "21.60", "2.70", "12.50"],
        ["2101102", "事业单位医疗", "9.80", "9.80", "0.00", "0.00"],
        ["2210201", "住房公积金", "15.20", "14.40", "0.80", "5.56"],
    ];

    /// <summary>The sentence under the table that explains each row's change by name.</summary>
    private const string Reasons = "其中：水文测报增加25.90万元，主要原因是新建自动雨量站投入运行；水利工程运行与维护减少13.40万元，主要原因是堤防维修项目完工；"
        + "机关事业单位基本养老保险缴费支出增加2.70万元，主要原因是缴费基数调整；事业单位医疗与2017年持平；住房公积金增加0.80万元，主要原因是缴存基数调整。\n";

    /// <summary>
    /// An invented 水文站 说明 whose 一般公共预算 section holds the comparison table written by <paramref name="table"/> (its
    /// header cells and rows as lists of cells), followed by <paramref name="after"/>.
    /// </summary>
    private static string Text(Func<string[], string> line, string header = "项目|2018年决算数|2017年决算数|增减额|增减率（%）",
        string heading = "三、一般公共预算财政拨款支出决算情况", string after = Reasons, Func<string[], string>? label = null,
        string unit = "单位：万元", string[][]? rows = null, string total = "420.30|404.30|16.00|3.96",
        string statement = "2018年度一般公共预算财政拨款支出420.30万元，比上年增加16.00万元，增长3.96%。")
    {
        label ??= r => r[0] + " " + r[1];
        var sb = new StringBuilder("某县水文站2018年度单位决算说明\n一、单位基本情况\n本站为县水利局所属公益一类事业单位，年末实有在职人员22人。\n")
            .Append("二、收入支出决算总体情况\n2018年度本年收入合计436.80万元，本年支出合计430.10万元。\n")
            .Append(heading).Append('\n')
            .Append(statement).Append("具体情况见下表：\n")
            .Append("一般公共预算财政拨款支出决算对比表\n").Append(unit).Append('\n')
            .Append(line(header.Split('|')))
            .Append(line(["合计", .. total.Split('|')]));
        foreach (var r in rows ?? Rows)
        {
            sb.Append(line([label(r), .. r.Skip(2)]));
        }

        return sb.Append(after).Append("四、“三公”经费支出情况\n2018年度“三公”经费支出3.20万元。\n").ToString();
    }

    private static string Frameless(string[] cells) => string.Join("|", cells) + "\n";

    private static string Tabbed(string[] cells) => string.Join("\t", cells) + "\n";

    private static string Piped(string[] cells) => "| " + string.Join(" | ", cells) + " |\n";

    /// <summary>Asserts the rows read with their prior years, changes and reasons, and no Error.</summary>
    private static void AssertRead(DisclosureReadResult read, List<Diagnostic> diagnostics, bool reasons = true)
    {
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130313", JsonAt(read, Items + "0/code"));
        Assert.Equal("312.40", JsonAt(read, Items + "0/amount"));
        Assert.Equal("286.50", JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("25.90", JsonAt(read, Items + "0/change/amount"));
        Assert.Equal("9.04", JsonAt(read, Items + "0/change/rate"));
        Assert.Equal("decrease", JsonAt(read, Items + "1/change/direction"));
        Assert.Equal("13.40", JsonAt(read, Items + "1/change/amount"));
        Assert.Equal("18.61", JsonAt(read, Items + "1/change/rate"));
        Assert.Equal("9.80", JsonAt(read, Items + "3/amount"));
        Assert.Null(JsonAt(read, Items + "3/change/direction"));
        Assert.Equal("2210201", JsonAt(read, Items + "4/code"));
        Assert.Equal("404.30", JsonAt(read, Total + "change/priorYearAmount"));
        Assert.Equal("16.00", JsonAt(read, Total + "change/amount"));
        if (reasons)
        {
            Assert.Equal("新建自动雨量站投入运行", JsonAt(read, Items + "0/change/reason"));
            Assert.Equal("堤防维修项目完工", JsonAt(read, Items + "1/change/reason"));
            Assert.Equal("缴存基数调整", JsonAt(read, Items + "4/change/reason"));
            Assert.Null(JsonAt(read, Total + "change/reason"));
        }
    }

    /// <summary>Bars without outer pipes (round 59 t05's layout): every row read, the sentence's reasons each its row's.</summary>
    [Fact]
    public void FramelessBars_RowsRead()
    {
        var (read, diagnostics) = Read(Text(Frameless));
        AssertRead(read, diagnostics);
    }

    /// <summary>Tab-separated rows read the same.</summary>
    [Fact]
    public void Tabs_RowsRead()
    {
        var (read, diagnostics) = Read(Text(Tabbed));
        AssertRead(read, diagnostics);
    }

    /// <summary>Outer pipes, the header 上年决算 / 比上年增减 / 增长率 and the name with its code in brackets.</summary>
    [Fact]
    public void OuterPipes_NameWithCode_RowsRead()
    {
        var (read, diagnostics) = Read(Text(Piped, header: "科目|本年决算|上年决算|比上年增减|增长率（%）", label: r => r[1] + "（" + r[0] + "）"));
        AssertRead(read, diagnostics);
    }

    /// <summary>A 千元 table in a 万元 text: the cells are converted exactly (3124.0 千元 = 312.40 万元).</summary>
    [Fact]
    public void QianYuanTable_InWanYuanText_Converted()
    {
        string[][] rows = [["2130313", "水文测报", "3124.0", "2865.0", "259.0", "9.04"]];
        var (read, diagnostics) = Read(Text(Frameless, unit: "单位：千元", rows: rows, total: "4203.0|4043.0|160.0|3.96",
            after: string.Empty));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("312.40", JsonAt(read, Items + "0/amount"));
        Assert.Equal("286.50", JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("25.90", JsonAt(read, Items + "0/change/amount"));
    }

    /// <summary>A planted rate (9.40 for 25.90 / 286.50 = 9.04%) is found at its row's rate, and nothing else is.</summary>
    [Fact]
    public void PlantedRate_IsNamed()
    {
        string[][] rows = [["2130313", "水文测报", "312.40", "286.50", "25.90", "9.40"], .. Rows.Skip(1)];
        var (_, diagnostics) = Read(Text(Frameless, rows: rows));
        var named = diagnostics.Where(d => d.Severity is Severity.Error or Severity.Warning
            && d.Pointers.Any(p => p.StartsWith(Items + "0/change", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(named);
        Assert.All(Errors(diagnostics), e => Assert.Contains("9.40", e, StringComparison.Ordinal));
    }

    /// <summary>Near miss: a budget table (年初预算数 / 决算数 / 完成率) with joined rows gives budgets, never a prior year.</summary>
    [Fact]
    public void BudgetColumns_NoPriorYear()
    {
        string[][] rows = [["2130313", "水文测报", "320.00", "312.40", "97.63"]];
        var (read, diagnostics) = Read(Text(Frameless, header: "项目|年初预算数|决算数|完成率（%）", rows: rows,
            total: "430.00|420.30|97.74", after: string.Empty));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("320.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("97.63", JsonAt(read, Items + "0/budget/completionRate"));
    }

    /// <summary>Near miss: a bare 预算数 column (年初 or 全年 not known) beside 决算数: the table is not read.</summary>
    [Fact]
    public void BareBudgetColumn_NotRead()
    {
        string[][] rows = [["2130313", "水文测报", "320.00", "312.40", "97.63"]];
        var (read, diagnostics) = Read(Text(Frameless, header: "项目|预算数|决算数|完成率（%）", rows: rows,
            total: "430.00|420.30|97.74", after: string.Empty));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Items + "0/code"));
    }

    /// <summary>Near miss: year columns that are not the text's year and the one before are not read as this year and the last.</summary>
    [Fact]
    public void OtherYears_NotRead()
    {
        var (read, diagnostics) = Read(Text(Frameless, header: "项目|2016年决算数|2015年决算数|增减额|增减率（%）", after: string.Empty));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Items + "0/code"));
        Assert.Null(JsonAt(read, Total + "change/priorYearAmount"));
    }

    /// <summary>Near miss: the same table under the all-funds 支出决算 heading places no 一般公共预算 item.</summary>
    [Fact]
    public void AllFundsSection_NoItem()
    {
        var (read, diagnostics) = Read(Text(Frameless, heading: "三、支出决算情况", after: string.Empty));
        Assert.Null(JsonAt(read, Items + "0/code"));
        Assert.DoesNotContain(diagnostics, d => d.Pointers.Any(p => p.Contains("/generalBudget/", StringComparison.Ordinal)));
    }

    /// <summary>Near miss: a sentence that restates a row's change otherwise gives no row its reason.</summary>
    [Fact]
    public void ReasonsRestatingOtherwise_NotGiven()
    {
        var (read, diagnostics) = Read(Text(Frameless, after: Reasons.Replace("增加25.90万元", "增加25.00万元")));
        Assert.Equal("286.50", JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Null(JsonAt(read, Items + "1/change/reason"));
        Assert.DoesNotContain(Errors(diagnostics), e => e.StartsWith("FA2104", StringComparison.Ordinal)
            && !e.Contains("25.00", StringComparison.Ordinal));
    }

    /// <summary>
    /// A coded table whose rate column is 决算为预算的% (round 60 t09's layout: outer pipes, the 项 names indented in their
    /// cells): its rows give each item its budget and completion rate, the 类 rows the classes.
    /// </summary>
    [Fact]
    public void FinalAsShareOfBudget_IsTheCompletionRate()
    {
        var text = new StringBuilder("某市档案局2017年度部门决算说明\n一、部门基本情况\n年末实有人员31人。\n")
            .Append("二、一般公共预算财政拨款支出决算情况\n2017年度一般公共预算财政拨款支出612.40万元，完成年初预算630.00万元的97.21%。\n")
            .Append("一般公共预算财政拨款支出决算明细表（单位：万元）\n")
            .Append("| 功能分类科目编码 | 科目名称 | 年初预算 | 决算 | 决算为预算的% |\n")
            .Append("|  | 合计 | 630.00 | 612.40 | 97.21 |\n")
            .Append("| 201 | 一般公共服务支出 | 630.00 | 612.40 | 97.21 |\n")
            .Append("| 2012601 |   行政运行 | 480.00 | 471.20 | 98.17 |\n")
            .Append("| 2012604 |   档案馆 | 150.00 | 141.20 | 94.13 |\n")
            .Append("三、“三公”经费支出决算情况\n2017年度“三公”经费支出2.10万元。\n")
            .ToString();
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2012601", JsonAt(read, Items + "0/code"));
        Assert.Equal("480.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("98.17", JsonAt(read, Items + "0/budget/completionRate"));
        Assert.Equal("94.13", JsonAt(read, Items + "1/budget/completionRate"));
        Assert.Equal("612.40", JsonAt(read, "/narrative/generalBudget/classes/0/amount"));
    }
}
