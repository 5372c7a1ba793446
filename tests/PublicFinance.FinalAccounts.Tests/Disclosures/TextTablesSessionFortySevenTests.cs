using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (tables47, blind round 43 t07's family), on invented texts of our own wording and numbers: a coded 功能分类
/// table whose header is written over two lines (年初 / 预算数, 调整 / 预算数, 决算 / 数, 完成调整 / 预算%), aligned by spaces
/// (the second line's blank cells lost), or as tab or <c>|</c> cells. Each with near misses that must stay unread: a second
/// line whose cells stand under no column or under the wrong one, a second line that makes a column no reader knows, and a
/// paragraph between the two lines.
/// </summary>
public class TextTablesSessionFortySevenTests
{
    /// <summary>An item row of the invented table: code, name, 年初预算, 调整预算, 决算数.</summary>
    public sealed record Item(string Code, string Name, decimal Initial, decimal Adjusted, decimal Final)
    {
        /// <summary>The completion rate against the adjusted budget, as a table writes it.</summary>
        public decimal Rate => Math.Round(Final * 100m / Adjusted, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The layouts of the table's cells.</summary>
    public enum Layout
    {
        /// <summary>Columns aligned by spaces (CJK characters two columns wide); blank cells are spaces.</summary>
        Spaces,

        /// <summary>Cells apart by tabs, blank cells kept.</summary>
        Tabs,

        /// <summary>Markdown-like <c>|</c> cells, blank cells kept.</summary>
        Bars,
    }

    private static readonly Item[] Items =
    [
        new("2010301", "行政运行", 412.00m, 425.50m, 421.36m),
        new("2010302", "一般行政管理事务", 56.00m, 61.20m, 58.75m),
        new("2010399", "其他政府办公厅（室）及相关机构事务支出", 120.00m, 134.80m, 130.02m),
        new("2080505", "机关事业单位基本养老保险缴费支出", 36.00m, 38.40m, 38.40m),
        new("2210201", "住房公积金", 28.00m, 29.10m, 28.96m),
    ];

    private static string F(decimal d) => d.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>The display width of a text: CJK and full-width characters two columns, others one.</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u2E80' && c <= '\uA4CF' || c >= '\uFF00' && c <= '\uFF60' ? 2 : 1);

    /// <summary>A cell padded with spaces to <paramref name="width"/> display columns, on the left when right-aligned.</summary>
    private static string Pad(string s, int width, bool right)
        => right ? new string(' ', Math.Max(0, width - Width(s))) + s : s + new string(' ', Math.Max(0, width - Width(s)));

    /// <summary>One row of the table in <paramref name="layout"/>: code, name, then the four right-aligned figure columns.</summary>
    private static string Row(Layout layout, params string[] cells) => layout switch
    {
        Layout.Tabs => string.Join("\t", cells) + "\n",
        Layout.Bars => "| " + string.Join(" | ", cells) + " |\n",
        _ => (Pad(cells[0], 10, right: false) + Pad(cells[1], 50, right: false)
            + string.Concat(cells.Skip(2).Select(c => Pad(c, 12, right: true)))).TrimEnd() + "\n",
    };

    /// <summary>
    /// A 一般公共预算 section stating its total in prose, then the coded table under a two-line header with the unit declared:
    /// the items and a 合计 whose 决算 is <paramref name="tableTotal"/> (the items' sum when null). <paramref name="lower"/>
    /// replaces the header's second line (as written, with its line end); <paramref name="between"/> goes between the lines;
    /// the prose states <paramref name="proseTotal"/>, else the table's 合计.
    /// </summary>
    private static string TableText(
        IReadOnlyList<Item> items, Layout layout, string? tableTotal = null, string? lower = null, string between = "",
        string? proseTotal = null)
    {
        var initial = items.Sum(i => i.Initial);
        var adjusted = items.Sum(i => i.Adjusted);
        var final = tableTotal ?? F(items.Sum(i => i.Final));
        var rate = Math.Round(decimal.Parse(final, CultureInfo.InvariantCulture) * 100m / adjusted, 2, MidpointRounding.AwayFromZero);
        var sb = new StringBuilder("某市档案馆2021年度部门决算说明\n（二）一般公共预算财政拨款支出决算情况\n")
            .Append(CultureInfo.InvariantCulture, $"2021年度一般公共预算财政拨款支出{proseTotal ?? final}万元。各科目支出如下（单位：万元）：\n")
            .Append(Row(layout, "科目编码", "科目名称", "年初", "调整", "决算", "完成调整"))
            .Append(between)
            .Append(lower ?? Row(layout, "", "", "预算数", "预算数", "数", "预算%"));
        foreach (var item in items)
        {
            sb.Append(Row(layout, item.Code, item.Name, F(item.Initial), F(item.Adjusted), F(item.Final), F(item.Rate)));
        }

        return sb.Append(Row(layout, "", "合计", F(initial), F(adjusted), final, F(rate)))
            .Append("\n（三）“三公”经费支出决算情况\n本单位2021年度无“三公”经费支出。\n").ToString();
    }

    private static Dictionary<string, (string? Amount, string? Kind, string? Budget, string? Rate)> ItemsByCode(
        PublicFinance.FinalAccounts.Model.FinalAccountsReport report, string part = "generalBudget")
        => TablesSessionFortySixTests.ItemsByCode(report, part);

    /// <summary>
    /// The two-line header in each layout: every item is read at its code — 决算, the 调整预算 as its full-year budget (the rate
    /// names that basis) and the rate —, the 合计 is the section's total with its budget, and no Error; the space-aligned
    /// table gives no "not read" note.
    /// </summary>
    [Theory]
    [InlineData(Layout.Spaces)]
    [InlineData(Layout.Tabs)]
    [InlineData(Layout.Bars)]
    public void TwoLineHeader_ReadsEveryItem(Layout layout)
    {
        var (read, diagnostics) = Read(TableText(Items, layout));

        Assert.Empty(Errors(diagnostics));
        var items = ItemsByCode(read.Report);
        Assert.Equal(5, items.Count);
        Assert.Equal(("421.36", "fullYear", "425.50", "99.03"), items["2010301"]);
        Assert.Equal(("130.02", "fullYear", "134.80", "96.45"), items["2010399"]);
        Assert.Equal(("38.40", "fullYear", "38.40", "100.00"), items["2080505"]);
        Assert.Equal("住房公积金", JsonAt(read, "/narrative/generalBudget/items/4/name"));
        Assert.Equal("677.49", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("689.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.False(Noted(read, "aligned by spaces"));
    }

    /// <summary>
    /// A 合计 one cent off its items (677.50 in the table and the prose, the items 677.49): the table is read all the same,
    /// and no Error is given (the items' sum against the 合计 is not checked: the model does not know the items are all).
    /// </summary>
    [Theory]
    [InlineData(Layout.Spaces)]
    [InlineData(Layout.Tabs)]
    public void TwoLineHeader_RoundingSizedTotal_IsNoError(Layout layout)
    {
        var (read, diagnostics) = Read(TableText(Items, layout, tableTotal: "677.50"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("677.50", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal(5, ItemsByCode(read.Report).Count);
    }

    /// <summary>
    /// The table's 合计 (678.39) against the prose's total (677.49): a table claim, so the difference is FA8008 (table
    /// against text, a Warning), not FA8003 (the same figure stated twice, an Error).
    /// </summary>
    [Fact]
    public void TwoLineHeader_TotalAgainstProse_IsTableAgainstText()
    {
        var (_, diagnostics) = Read(TableText(Items, Layout.Spaces, tableTotal: "678.39", proseTotal: "677.49"));

        Assert.Empty(Errors(diagnostics));
        Assert.Contains("FA8008", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// Near miss: the second line's cells stand one column to the left (预算数 under 科目名称's end and between columns): no
    /// column is guessed, nothing is read, and the space-aligned table's note stays.
    /// </summary>
    [Fact]
    public void SecondLineUnderOtherColumns_StaysUnread()
    {
        var lower = new string(' ', 40) + "预算数" + new string(' ', 6) + "预算数" + new string(' ', 6) + "数" + new string(' ', 6) + "预算%\n";
        var (read, diagnostics) = Read(TableText(Items, Layout.Spaces, lower: lower));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
        Assert.True(Noted(read, "aligned by spaces"));
    }

    /// <summary>Near miss: the second line makes columns the coded table does not have (年初上年数): nothing is read.</summary>
    [Theory]
    [InlineData(Layout.Spaces)]
    [InlineData(Layout.Tabs)]
    public void SecondLineUnknownColumn_StaysUnread(Layout layout)
    {
        var (read, diagnostics) = Read(TableText(Items, layout, lower: Row(layout, "", "", "上年数", "预算数", "数", "预算%")));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
    }

    /// <summary>Near miss: a paragraph between the two header lines — they are no header together; nothing is read.</summary>
    [Fact]
    public void ParagraphBetweenTheLines_StaysUnread()
    {
        var (read, diagnostics) = Read(TableText(Items, Layout.Tabs, between: "注：下表按调整预算列示。\n"));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
    }

    /// <summary>Near miss: the first line alone with rows right under it (年初, 决算: no column known) stays unread.</summary>
    [Fact]
    public void FirstLineAlone_StaysUnread()
    {
        var text = TableText(Items, Layout.Tabs, lower: string.Empty);
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
    }

    /// <summary>
    /// For any such table (1–5 catalogue items, random amounts, each layout), every cell reads back at its item and column
    /// — 决算, the adjusted budget as the full-year budget, the rate — and no Error is given.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property TwoLineHeader_EveryCellReadsBack()
    {
        var gen =
            from take in Gen.Choose(1, Items.Length)
            from cents in Gen.ArrayOf(Gen.Choose(10_000, 99_999_999), Items.Length * 2)
            from factors in Gen.ArrayOf(Gen.Choose(50, 150), Items.Length)
            from layout in Gen.Elements(Layout.Spaces, Layout.Tabs, Layout.Bars)
            select (take, cents, factors, layout);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var items = Items.Take(t.take).Select((p, i) => p with
            {
                Initial = t.cents[i * 2] / 100m,
                Adjusted = t.cents[(i * 2) + 1] / 100m,
                Final = Math.Round((decimal)t.cents[(i * 2) + 1] * t.factors[i] / 10_000m, 2, MidpointRounding.AwayFromZero),
            }).ToList();
            var text = TableText(items, t.layout);
            var (read, diagnostics) = Read(text);
            var found = ItemsByCode(read.Report);
            var ok = found.Count == items.Count && Errors(diagnostics).Length == 0 && items.All(i => found.TryGetValue(i.Code, out var f)
                && f == (F(i.Final), "fullYear", F(i.Adjusted), F(i.Rate)));
            return ok.Label(text);
        });
    }

    // ---- A coded table under the 政府性基金 heading with no unit declared (blind round 43 t02's family) ----

    private static readonly Item[] FundItems =
    [
        new("2120802", "土地开发支出", 860.00m, 0m, 842.35m),
        new("2120804", "农村基础设施建设支出", 240.00m, 0m, 231.60m),
        new("2296004", "用于教育事业的彩票公益金支出", 18.00m, 0m, 16.20m),
    ];

    /// <summary>
    /// A 政府性基金 section stating the fund's 支出 (<paramref name="prose"/>, the items' sum when null) and no unit for the
    /// table, then the Markdown table with its alignment row, a 合计 row only when <paramref name="withTotal"/>, and a
    /// paragraph after it.
    /// </summary>
    private static string FundText(string? prose = null, bool withTotal = false, string statement = "政府性基金预算财政拨款支出")
    {
        static decimal Rate(Item i) => Math.Round(i.Final * 100m / i.Initial, 2, MidpointRounding.AwayFromZero);
        var final = F(FundItems.Sum(i => i.Final));
        var sb = new StringBuilder("某街道办事处2023年度部门决算说明\n三、政府性基金预算财政拨款支出决算情况\n")
            .Append(CultureInfo.InvariantCulture, $"2023年度{statement}{prose ?? final}万元，年初预算1118.00万元。具体如下：\n")
            .Append("| 科目编码 | 科目名称 | 年初预算 | 决算数 | 完成率 |\n| --- | --- | ---: | ---: | ---: |\n");
        foreach (var i in FundItems)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {i.Code} | {i.Name} | {F(i.Initial)} | {F(i.Final)} | {F(Rate(i))}% |\n");
        }

        if (withTotal)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| | 合计 | 1118.00 | {final} | 97.51% |\n");
        }

        return sb.Append("\n土地开发支出主要用于片区土地整理。\n四、“三公”经费支出决算情况\n本单位2023年度无“三公”经费支出。\n").ToString();
    }

    /// <summary>
    /// No unit declared and no 合计 row: the items' 决算 cells add up exactly to the fund's 支出 the prose stated, so each
    /// item is read at its code under 政府性基金 — 决算, 年初预算 and 完成率 — with no Error.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FundTable_WithoutUnit_AddingUpToTheProse_IsRead(bool withTotal)
    {
        var (read, diagnostics) = Read(FundText(withTotal: withTotal));

        Assert.Empty(Errors(diagnostics));
        var items = ItemsByCode(read.Report, "governmentFund");
        Assert.Equal(3, items.Count);
        Assert.Equal(("842.35", "initial", "860.00", "97.95"), items["2120802"]);
        Assert.Equal(("231.60", "initial", "240.00", "96.50"), items["2120804"]);
        Assert.Equal(("16.20", "initial", "18.00", "90.00"), items["2296004"]);
    }

    /// <summary>Near miss: the prose's 支出 is 0.01 off the rows' sum: the unit is not vouched for, nothing is read.</summary>
    [Fact]
    public void FundTable_NotAddingUp_StaysUnread()
    {
        var (read, diagnostics) = Read(FundText(prose: "1090.16"));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report, "governmentFund"));
    }

    /// <summary>Near miss: the prose states the fund's income, not its 支出: no total vouches for the unit; nothing is read.</summary>
    [Fact]
    public void FundTable_NoStatedExpenditure_StaysUnread()
    {
        var (read, diagnostics) = Read(FundText(statement: "政府性基金预算财政拨款收入"));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report, "governmentFund"));
    }
}
