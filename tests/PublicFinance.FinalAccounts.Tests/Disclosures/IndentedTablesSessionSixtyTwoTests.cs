using System.Text;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 62 (tbl62a; blind round 49 t02's layout — our own invented 水利局 text, none copied): a space-aligned table of
/// 一般公共预算 items with no code column, whose 类, 款 and 项 are told by indentation (0, 2 and 4 spaces), with 类 and 款
/// subtotal rows and the columns 调整预算 / 决算数 / 执行率. At the base it was only a note ("not read"); now each 项 row is
/// read as its coded row (the code found by the catalogue under the row above), each 类 row as its class with its budget,
/// the 合计 as the total. Near misses: a name the catalogue does not know is a note and places nothing (nor its 项), a row
/// at an indentation of no level ends the table, a table with no indentation reads no item, a 款 row places nothing.
/// </summary>
public sealed class IndentedTablesSessionSixtyTwoTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private const string Classes = "/narrative/generalBudget/classes/";

    /// <summary>The rows: indentation, name, 调整预算, 决算数, 执行率 (each rate the final over the budget, rounded).</summary>
    private static readonly (int Indent, string Name, string Budget, string Final, string Rate)[] Rows =
    [
        (0, "农林水支出", "2,255.00", "2,202.09", "97.65%"),
        (2, "水利", "2,255.00", "2,202.09", "97.65%"),
        (4, "行政运行", "620.00", "604.18", "97.45%"),
        (4, "一般行政管理事务", "85.00", "79.46", "93.48%"),
        (4, "水利工程运行与维护", "1,310.00", "1,286.55", "98.21%"),
        (4, "防汛", "240.00", "231.90", "96.63%"),
        (0, "社会保障和就业支出", "134.00", "132.76", "99.07%"),
        (2, "行政事业单位养老支出", "134.00", "132.76", "99.07%"),
        (4, "机关事业单位基本养老保险缴费支出", "96.00", "95.12", "99.08%"),
        (4, "机关事业单位职业年金缴费支出", "38.00", "37.64", "99.05%"),
        (0, "卫生健康支出", "42.00", "41.27", "98.26%"),
        (2, "行政事业单位医疗", "42.00", "41.27", "98.26%"),
        (4, "行政单位医疗", "42.00", "41.27", "98.26%"),
        (0, "住房保障支出", "70.00", "69.85", "99.79%"),
        (2, "住房改革支出", "70.00", "69.85", "99.79%"),
        (4, "住房公积金", "70.00", "69.85", "99.79%"),
    ];

    /// <summary>
    /// An invented 水利局 说明 with the indented table; <paramref name="edit"/> changes the text (a planted cell, a near miss).
    /// </summary>
    private static string IndentedText(Func<string, string>? edit = null)
    {
        var sb = new StringBuilder("某县水利局2022年度部门决算说明\n\n一、部门基本情况\n县水利局内设5个股室，年末实有人员36人。\n\n")
            .Append("二、一般公共预算财政拨款支出决算情况\n")
            .Append("2022年度一般公共预算财政拨款支出2,445.97万元，调整预算2,501.00万元，预算执行率97.80%。\n")
            .Append("一般公共预算财政拨款支出明细（单位：万元）\n")
            .Append(Line(0, "科目名称", "调整预算", "决算数", "执行率"))
            .Append(Line(0, "合计", "2,501.00", "2,445.97", "97.80%"));
        foreach (var (indent, name, budget, final, rate) in Rows)
        {
            sb.Append(Line(indent, name, budget, final, rate));
        }

        sb.Append("注：表中科目按类、款、项逐级缩进列示。\n\n三、其他重要事项的情况说明\n本年度无其他需要说明的事项。\n");
        var text = sb.ToString();
        return edit is null ? text : edit(text);
    }

    /// <summary>A row: its indentation, the name padded to 36 characters, the three figures set flush right.</summary>
    private static string Line(int indent, string name, string budget, string final, string rate)
        => (new string(' ', indent) + name).PadRight(36) + budget.PadLeft(12) + final.PadLeft(12) + rate.PadLeft(10) + "\n";

    /// <summary>The index of the item coded <paramref name="code"/> in the report's 一般公共预算 items (-1: none).</summary>
    private static int ItemAt(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read, string code)
    {
        for (var i = 0; i < 40; i++)
        {
            if (JsonAt(read, Items + i + "/code") is not { } found)
            {
                return -1;
            }

            if (found == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each 项 row is its item with budget, final and rate; each 类 its class with its budget; the 合计 the total.</summary>
    [Fact]
    public void IndentedTable_ReadsEachLevel()
    {
        var (read, diagnostics) = Read(IndentedText());
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(RuleIds(diagnostics, Severity.Warning), id => id == "FA6105");
        Assert.False(Noted(read, "This table of functional classes aligned by spaces"));
        Assert.Equal("2445.97", JsonAt(read, "/narrative/generalBudget/total/amount"));
        var items = new[] { "2130301", "2130302", "2130306", "2130314", "2080505", "2080506", "2101101", "2210201" };
        foreach (var code in items)
        {
            Assert.True(ItemAt(read, code) >= 0, code);
        }

        var flood = ItemAt(read, "2130314");
        Assert.Equal("231.90", JsonAt(read, Items + flood + "/amount"));
        Assert.Equal("240.00", JsonAt(read, Items + flood + "/budget/budgetAmount"));
        Assert.Equal("96.63", JsonAt(read, Items + flood + "/budget/completionRate"));
        var pension = ItemAt(read, "2080506");
        Assert.Equal("37.64", JsonAt(read, Items + pension + "/amount"));

        // The 款 rows place nothing (21303, 20805 …): only 项 are items.
        Assert.Equal(-1, ItemAt(read, "21303"));
        Assert.Equal(-1, ItemAt(read, "20805"));
        Assert.Equal("213", JsonAt(read, Classes + "0/code"));
        Assert.Equal("2202.09", JsonAt(read, Classes + "0/amount"));
        Assert.Equal("2255.00", JsonAt(read, Classes + "0/budget/budgetAmount"));
    }

    /// <summary>A planted 执行率 (防汛 96.36 for 96.63) is exactly one Error, the completion rate's FA2201.</summary>
    [Fact]
    public void IndentedTable_PlantedRate_IsOneError()
    {
        var (_, diagnostics) = Read(IndentedText(t => t.Replace("231.90    96.63%", "231.90    96.36%")));
        Assert.Equal(["FA2201"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The prose lists the classes first: a 类 row stating the same amount gives the listed class its budget (no second
    /// class, no restatement note).
    /// </summary>
    [Fact]
    public void IndentedTable_ClassListedBefore_GetsItsBudget()
    {
        var (read, diagnostics) = Read(IndentedText(t => t.Replace("预算执行率97.80%。\n",
            "预算执行率97.80%。其中：农林水支出2,202.09万元，社会保障和就业支出132.76万元，卫生健康支出41.27万元，住房保障支出69.85万元。\n")));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("213", JsonAt(read, Classes + "0/code"));
        Assert.Equal("2255.00", JsonAt(read, Classes + "0/budget/budgetAmount"));
        Assert.Equal("97.65", JsonAt(read, Classes + "0/budget/completionRate"));
        Assert.Equal("134.00", JsonAt(read, Classes + "1/budget/budgetAmount"));
        Assert.Null(JsonAt(read, Classes + "4/code"));
        Assert.False(Noted(read, "restated"));
    }

    /// <summary>
    /// A 项 name the catalogue does not know under its 款 is a note and places nothing; a 款 it does not know places none
    /// of its 项 either (their code is not guessed). The rows of the other classes are read; no Error.
    /// </summary>
    [Fact]
    public void IndentedTable_UnknownName_IsANote()
    {
        var (read, diagnostics) = Read(IndentedText(t => t.Replace("    防汛", "    河道清淤")
            .Replace("  行政事业单位医疗", "  事业单位卫生保障")));
        Assert.Empty(Errors(diagnostics));
        Assert.True(Noted(read, "has no single code of its level"));
        Assert.Equal(-1, ItemAt(read, "2130314"));
        Assert.Equal(-1, ItemAt(read, "2101101"));
        Assert.True(ItemAt(read, "2080505") >= 0);
        Assert.True(ItemAt(read, "2210201") >= 0);
    }

    /// <summary>A row at an indentation of no level (three spaces) ends the table: the rows before it are read, none after.</summary>
    [Fact]
    public void IndentedTable_OddIndentation_EndsTheTable()
    {
        var (read, diagnostics) = Read(IndentedText(t => t.Replace("    住房公积金", "   住房公积金")));
        Assert.Empty(Errors(diagnostics));
        Assert.True(ItemAt(read, "2130314") >= 0);
        Assert.True(ItemAt(read, "2101101") >= 0);
        Assert.Equal(-1, ItemAt(read, "2210201"));
    }

    /// <summary>The same table with no indentation: the 款 and 项 names are no 类, so no item is read (notes), no Error.</summary>
    [Fact]
    public void UnindentedTable_ReadsNoItem()
    {
        var (read, diagnostics) = Read(IndentedText(t => t.Replace("\n    ", "\n").Replace("\n  ", "\n")));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Items + "0/code"));
    }
}
