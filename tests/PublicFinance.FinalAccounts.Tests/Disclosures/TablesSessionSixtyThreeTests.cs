using System.Text;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 63 (tbl63; blind round 59 t04's and t06's layouts — our own invented 少年宫 and 公共就业服务站 texts, none copied):
/// <list type="bullet">
/// <item>a space-aligned 支出决算表 in 元 (类 and 项 rows, blank 项目支出 cells, the 合计 at the bottom) followed at once by the
/// next numbered heading of the 说明 (<c>五、“三公”经费支出情况：</c>) — the heading was taken as a row and the table not read;</item>
/// <item>a transposed 三公 table (the items are columns, rows 预算数 / 决算数) whose header's first line sets three names one
/// space apart, under its title right after the 三公 heading — the title moved the reader into the tables part (the prose
/// after it was not read) and the header's first line was prose (the budgets were not read).</item>
/// </list>
/// </summary>
public sealed class TablesSessionSixtyThreeTests
{
    /// <summary>Display width of a line as a layout print sets it (CJK and full-width characters two columns).</summary>
    private static int Width(string s)
    {
        var w = 0;
        foreach (var c in s)
        {
            w += c >= '\u2E80' && c <= '\uA4CF' || c >= '\uFF00' && c <= '\uFF60' || c == '\u3000' || c is '“' or '”' ? 2 : 1;
        }

        return w;
    }

    /// <summary>Cells set at display columns: each (text, end column) flush right, the first (start column) flush left.</summary>
    private static string Set(params (string Text, int At, bool Right)[] cells)
    {
        var sb = new StringBuilder();
        foreach (var (text, at, right) in cells)
        {
            var start = right ? at - Width(text) : at;
            var pad = Math.Max(start - Width(sb.ToString()), sb.Length == 0 ? 0 : 2);
            sb.Append(' ', pad).Append(text);
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>A row of the 支出决算表: code at 0, name at 10 (项 at 12), then amounts ending at columns 62, 80, 98.</summary>
    private static string ExpenditureRow(string code, string name, params string[] amounts)
    {
        var cells = new List<(string, int, bool)>();
        if (code.Length > 0)
        {
            cells.Add((code, 0, false));
        }

        cells.Add((name, code.Length == 7 ? 12 : 10, false));
        for (var k = 0; k < amounts.Length; k++)
        {
            cells.Add((amounts[k], 62 + 18 * k, true));
        }

        return Set([.. cells]);
    }

    /// <summary>
    /// An invented 少年宫 说明 in 元 with its space-aligned 支出决算表; <paramref name="educationItem"/> is the 2050299 row's
    /// 本年支出合计 (3351204.60 = 2391842.15 + 959362.45 when right); <paramref name="afterTable"/> is what follows the 合计 row.
    /// </summary>
    private static string ExpenditureText(string educationItem = "3351204.60", string afterTable = "五、“三公”经费支出情况：\n")
    {
        var sb = new StringBuilder("某市少年宫2017年度单位决算\n\n一、单位基本情况：\n少年宫为市教育局所属公益一类事业单位，年末实有在职人员28人。\n")
            .Append("二、收入支出决算总体情况：\n2017年度本年收入合计3912460.30元，本年支出合计3892614.05元。\n")
            .Append("三、支出决算情况：\n本年支出合计3892614.05元，其中：基本支出2933251.60元，占75.35%；项目支出959362.45元，占24.65%。\n")
            .Append("支出决算表\n")
            .Append(Set(("单位：元", 98, true)))
            .Append(Set(("科目编码", 0, false), ("科目名称", 10, false), ("本年支出合计", 62, true), ("基本支出", 80, true),
                ("项目支出", 98, true)))
            .Append(ExpenditureRow("205", "教育支出", "3351204.60", "2391842.15", "959362.45"))
            .Append(ExpenditureRow("2050299", "其他普通教育支出", educationItem, "2391842.15", "959362.45"))
            .Append(ExpenditureRow("208", "社会保障和就业支出", "302461.87", "302461.87"))
            .Append(ExpenditureRow("2080505", "机关事业单位基本养老保险缴费支出", "302461.87", "302461.87"))
            .Append(ExpenditureRow("221", "住房保障支出", "238947.58", "238947.58"))
            .Append(ExpenditureRow("2210201", "住房公积金", "238947.58", "238947.58"))
            .Append(ExpenditureRow(string.Empty, "合计", "3892614.05", "2933251.60", "959362.45"))
            .Append(afterTable)
            .Append("2017年度“三公”经费支出18420.00元，其中：公务接待费18420.00元。\n")
            .Append("六、国有资产占用情况：\n截至2017年12月31日，少年宫资产总额9864210.37元。\n");
        return sb.ToString();
    }

    private const string Expenditure = "/tables/expenditure/";

    /// <summary>
    /// The table under which the next heading follows at once is read: its rows by code with blank 项目支出 cells zero, the
    /// bottom 合计 the total, in 元; no Error.
    /// </summary>
    [Fact]
    public void SpaceExpenditureTable_HeadingRightAfter_IsRead()
    {
        var (report, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(ExpenditureText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3892614.05", JsonAt(report, Expenditure + "total/total"));
        Assert.Equal("2050299", JsonAt(report, Expenditure + "rows/1/code"));
        Assert.Equal("3351204.60", JsonAt(report, Expenditure + "rows/1/total"));
        Assert.Equal("302461.87", JsonAt(report, Expenditure + "rows/3/basic"));
        Assert.Equal("0.00", JsonAt(report, Expenditure + "rows/3/project"));
        Assert.Equal("yuan", JsonAt(report, Expenditure + "unit"));
        Assert.Null(JsonAt(report, Expenditure + "rows/6/code"));
    }

    /// <summary>
    /// A planted 项 cell (two digits swapped: 3315204.60) whose 基本 + 项目 do not sum is exactly one Error, FA0301 on that row:
    /// the 合计 closes (基本 + 项目), so the columns the table does not print are zero.
    /// </summary>
    [Fact]
    public void SpaceExpenditureTable_PlantedRow_IsNamed()
    {
        var (_, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(ExpenditureText("3315204.60"));
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["FA0301"], RuleIds(diagnostics, Severity.Error));
        Assert.Equal(Expenditure + "rows/1/total", errors[0].Pointers[0]);
    }

    /// <summary>The same table with a blank line before the heading was read before and still is (the same rows).</summary>
    [Fact]
    public void SpaceExpenditureTable_BlankLineBeforeHeading_Unchanged()
    {
        var (report, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(
            ExpenditureText(afterTable: "\n五、“三公”经费支出情况：\n"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3351204.60", JsonAt(report, Expenditure + "rows/1/total"));
    }

    /// <summary>
    /// Near miss: a numbered line right under the rows that another row follows (not a sentence) is no heading that ends the
    /// table: it stays a row, spreads over the code and name columns, and the table is not read (a note, no figure, no Error).
    /// </summary>
    [Fact]
    public void SpaceExpenditureTable_NumberedLineBeforeARow_NotAnEnd()
    {
        var (report, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(ExpenditureText(
            afterTable: "五、“三公”经费支出情况：\n" + ExpenditureRow("229", "其他支出", "0.00", "0.00")));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, Expenditure + "total/total"));
    }

    /// <summary>The two header lines of the transposed 三公 table, as a layout print sets them.</summary>
    private static string ThreePublicHeader(string travel = "因公出国（境）费")
        => Set(("合计 " + travel + " 公务用车购置及运行维护费", 16, false), ("公务接待费", 96, false))
            + Set(("小计", 54, false), ("公务用车购置费", 60, false), ("公务用车运行费", 76, false));

    /// <summary>A basis row: the label, then the six amounts ending at 20, 36, 58, 74, 90, 102.</summary>
    private static string ThreePublicRow(string label, params string[] amounts)
    {
        var ends = new[] { 20, 36, 58, 74, 90, 102 };
        var cells = new List<(string, int, bool)> { (label, 0, false) };
        for (var k = 0; k < amounts.Length; k++)
        {
            cells.Add((amounts[k], ends[k], true));
        }

        return Set([.. cells]);
    }

    /// <summary>
    /// An invented 公共就业服务站 说明 whose 三公 section opens with the table's title and the transposed table, the prose after it;
    /// <paramref name="receptionRate"/> is the 公务接待费's stated completion rate (1.26 / 1.80 = 70.00% when right).
    /// </summary>
    private static string ThreePublicText(string receptionRate = "70.00", string header = "")
        => new StringBuilder("某县公共就业服务站2023年度部门决算\n\n一、部门基本情况\n服务站内设3个股室，年末实有人员21人。\n\n")
            .Append("二、“三公”经费财政拨款支出决算情况说明\n“三公”经费财政拨款支出决算表\n")
            .Append(Set(("单位：万元", 100, true)))
            .Append(header.Length > 0 ? header : ThreePublicHeader())
            .Append(ThreePublicRow("预算数", "7.80", "0.00", "6.00", "0.00", "6.00", "1.80"))
            .Append(ThreePublicRow("决算数", "6.41", "0.00", "5.15", "0.00", "5.15", "1.26"))
            .Append("2023年度“三公”经费财政拨款支出决算6.41万元，完成预算的82.18%，较上年减少0.52万元，下降7.50%。其中：因公出国（境）费")
            .Append("0.00万元；公务用车购置及运行维护费5.15万元，完成预算的85.83%，较上年减少0.31万元；公务接待费1.26万元，完成预算的")
            .Append(receptionRate).Append("%，较上年减少0.21万元，共接待5批次31人次。\n")
            .Append("三、政府采购支出情况说明\n本年度无政府采购支出。\n")
            .ToString();

    private const string Three = "/narrative/threePublic/";

    /// <summary>The table gives each item its budget; the prose after it is read (finals, rates, changes); no Error.</summary>
    [Fact]
    public void TransposedThreePublic_TwoLineHeader_GivesBudgets()
    {
        var (read, diagnostics) = Read(ThreePublicText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("7.80", JsonAt(read, Three + "total/budget/budgetAmount"));
        Assert.Equal("6.00", JsonAt(read, Three + "vehiclesSubtotal/budget/budgetAmount"));
        Assert.Equal("6.00", JsonAt(read, Three + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("1.80", JsonAt(read, Three + "reception/budget/budgetAmount"));
        Assert.Equal("6.41", JsonAt(read, Three + "total/amount"));
        Assert.Equal("82.18", JsonAt(read, Three + "total/budget/completionRate"));
        Assert.Equal("0.52", JsonAt(read, Three + "total/change/amount"));
        Assert.Equal("70.00", JsonAt(read, Three + "reception/budget/completionRate"));
        Assert.Equal("1.26", JsonAt(read, Three + "reception/amount"));
    }

    /// <summary>
    /// A planted 公务接待费 rate (72.00 for 1.26 / 1.80 = 70.00, beyond what the two amounts' rounding allows) is exactly one
    /// Error, FA2201 on the reception's budget comparison — the table's 预算数 is its base.
    /// </summary>
    [Fact]
    public void TransposedThreePublic_PlantedRate_IsOneError()
    {
        var (_, diagnostics) = Read(ThreePublicText("72.00"));
        Assert.Equal(["FA2201"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A rate off in its last digits but within the amounts' rounding (70.40: 1.26 / 1.80 may be 1.265 / 1.795 = 70.47%) is no
    /// Error: the table's budget does not make the check stricter than the figures allow.
    /// </summary>
    [Fact]
    public void TransposedThreePublic_RateWithinRounding_NoError()
    {
        var (_, diagnostics) = Read(ThreePublicText("70.40"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: a first header line with a word that names no 三公 item (其他费用 for 因公出国（境）费) is no header line: the
    /// budgets are not read (no cell is guessed), the prose still is; no Error.
    /// </summary>
    [Fact]
    public void TransposedThreePublic_UnknownHeaderWord_NoBudget()
    {
        var (read, diagnostics) = Read(ThreePublicText(header: ThreePublicHeader("其他费用")));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Three + "reception/budget/budgetAmount"));
        Assert.Null(JsonAt(read, Three + "total/budget/budgetAmount"));
        Assert.Equal("1.26", JsonAt(read, Three + "reception/amount"));
    }

    /// <summary>
    /// Near miss: the 一般公共预算 table's title under the 三公 heading names another section: the reader goes to the tables
    /// part as before, and the 三公 prose after it is not read as the section's.
    /// </summary>
    [Fact]
    public void OtherTableTitleUnderThreePublicHeading_LeavesTheSection()
    {
        var text = ThreePublicText().Replace("“三公”经费财政拨款支出决算表\n", "一般公共预算财政拨款支出决算表\n", StringComparison.Ordinal);
        var (read, _) = Read(text);
        Assert.Null(JsonAt(read, Three + "total/budget/completionRate"));
    }
}
