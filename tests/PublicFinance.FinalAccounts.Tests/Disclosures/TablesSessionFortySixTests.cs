using System.Globalization;
using System.Text;
using System.Text.Json;
using PublicFinance.FinalAccounts.Serialization;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (tables46, blind round 42's table families), on invented texts of our own wording and numbers: a coded
/// 功能分类 table whose code and name sit in separate cells, whose 类 and 款 rows carry no figures and whose unit is declared
/// nowhere (年初预算 / 调整预算 / 决算数 / 完成调整预算%, with tab, bar or space-aligned cells); and a one-cell-per-line 三公
/// table whose run opens with its title and unit cells. Each with near misses that must stay unread.
/// </summary>
public class TablesSessionFortySixTests
{
    /// <summary>An item row of the invented coded table: code, name, 年初预算, 调整预算, 决算数, 完成调整预算%.</summary>
    public sealed record CodedItem(string Code, string Name, decimal Initial, decimal Adjusted, decimal Final)
    {
        /// <summary>The completion rate against the adjusted budget, as a table writes it.</summary>
        public decimal Rate => Math.Round(Final * 100m / Adjusted, 2, MidpointRounding.AwayFromZero);
    }

    private static readonly CodedItem[] Items =
    [
        new("2130101", "行政运行", 300.00m, 320.00m, 310.40m),
        new("2130104", "事业运行", 200.00m, 230.00m, 223.10m),
        new("2130122", "农业生产发展", 450.00m, 640.00m, 610.00m),
        new("2080505", "机关事业单位基本养老保险缴费支出", 50.00m, 60.00m, 60.00m),
    ];

    private static string F(decimal d) => d.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>
    /// A 一般公共预算 section stating its total in prose, then the coded table: 类 and 款 rows without figures, the items,
    /// and a 合计 whose 决算 is <paramref name="tableTotal"/> (the items' sum when null). <paramref name="separator"/> is a
    /// tab, <c>|</c> or two spaces; <paramref name="header"/> replaces the header row's cells.
    /// </summary>
    private static string CodedText(IReadOnlyList<CodedItem> items, string separator, string? tableTotal = null, string? header = null)
    {
        var initial = items.Sum(i => i.Initial);
        var adjusted = items.Sum(i => i.Adjusted);
        var final = items.Sum(i => i.Final);
        var rate = Math.Round(final * 100m / adjusted, 2, MidpointRounding.AwayFromZero);
        string Row(params string[] cells) => separator switch
        {
            "|" => "| " + string.Join(" | ", cells) + " |\n",
            "  " => (cells[0].Length == 0 ? "        " : string.Empty) + string.Join("  ", cells.Where(c => c.Length > 0)) + "\n",
            _ => string.Join(separator, cells) + "\n",
        };
        var sb = new StringBuilder("某县农业农村局2022年度部门决算说明\n一、一般公共预算财政拨款支出决算情况说明\n")
            .Append(CultureInfo.InvariantCulture, $"2022年度一般公共预算财政拨款支出{F(final)}万元，年初预算{F(initial)}万元，")
            .Append(CultureInfo.InvariantCulture, $"调整预算{F(adjusted)}万元，完成调整预算的{F(rate)}%。具体如下：\n")
            .Append(header ?? Row("科目编码", "科目名称", "年初预算", "调整预算", "决算数", "完成调整预算%"));
        string? lastClass = null;
        foreach (var item in items)
        {
            var cls = item.Code.Substring(0, 3);
            if (cls != lastClass)
            {
                sb.Append(Row(cls, cls == "213" ? "农林水支出" : "社会保障和就业支出", "", "", "", ""));
                lastClass = cls;
            }

            sb.Append(Row(item.Code, item.Name, F(item.Initial), F(item.Adjusted), F(item.Final), F(item.Rate)));
        }

        sb.Append(Row("", "合计", F(initial), F(adjusted), tableTotal ?? F(final), F(rate)))
            .Append("二、“三公”经费支出决算情况说明\n本单位2022年度无“三公”经费支出。\n");
        return sb.ToString();
    }

    /// <summary>
    /// The report's items of <paramref name="part"/> (一般公共预算 by default) by code: 决算, budget kind, budget and
    /// completion rate, as written (also session 47's <c>TextTablesSessionFortySevenTests</c>).
    /// </summary>
    internal static Dictionary<string, (string? Amount, string? Kind, string? Budget, string? Rate)> ItemsByCode(
        PublicFinance.FinalAccounts.Model.FinalAccountsReport report, string part = "generalBudget")
    {
        using var doc = JsonDocument.Parse(FinalAccountsJson.Serialize(report));
        var found = new Dictionary<string, (string?, string?, string?, string?)>();
        if (!doc.RootElement.TryGetProperty("narrative", out var n) || !n.TryGetProperty(part, out var g)
            || !g.TryGetProperty("items", out var items))
        {
            return found;
        }

        static string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
        foreach (var item in items.EnumerateArray())
        {
            var budget = item.TryGetProperty("budget", out var b) ? b : default;
            found[S(item, "code") ?? ""] = (S(item, "amount"),
                budget.ValueKind == JsonValueKind.Object ? S(budget, "kind") : null,
                budget.ValueKind == JsonValueKind.Object ? S(budget, "budgetAmount") : null,
                budget.ValueKind == JsonValueKind.Object ? S(budget, "completionRate") : null);
        }

        return found;
    }

    /// <summary>
    /// The coded table with no unit declared and figureless 类/款 rows, as tab, bar or space-aligned cells: its 合计 equals
    /// the prose's total, so each item is read at its code — 决算, the 调整预算 as its full-year budget (the rate names that
    /// basis) and the rate; the 年初 cell is a located note, never a second budget. No Error.
    /// </summary>
    [Theory]
    [InlineData("\t")]
    [InlineData("|")]
    [InlineData("  ")]
    public void CodedTable_WithoutUnit_ReadsEveryItem(string separator)
    {
        var (read, diagnostics) = Read(CodedText(Items, separator));

        Assert.Empty(Errors(diagnostics));
        var items = ItemsByCode(read.Report);
        Assert.Equal(4, items.Count);
        Assert.Equal(("310.40", "fullYear", "320.00", "97.00"), items["2130101"]);
        Assert.Equal(("610.00", "fullYear", "640.00", "95.31"), items["2130122"]);
        Assert.Equal(("60.00", "fullYear", "60.00", "100.00"), items["2080505"]);
        Assert.Equal("农业生产发展", JsonAt(read, "/narrative/generalBudget/items/2/name"));
        Assert.True(Noted(read, "A budget of the other basis"));
        Assert.False(Noted(read, "aligned by spaces"));   // the space-aligned table was read: no "not read" note
    }

    /// <summary>
    /// Near miss: the 合计's 决算 differs from the prose's total (1203.60 against 1203.50): the unit is not vouched for, so
    /// no row is read (nothing guessed).
    /// </summary>
    [Theory]
    [InlineData("\t")]
    [InlineData("|")]
    public void CodedTable_TotalNotTheProses_StaysUnread(string separator)
    {
        var (read, diagnostics) = Read(CodedText(Items, separator, tableTotal: "1203.60"));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
    }

    /// <summary>With 单位：万元 declared, the figureless 类 and 款 rows no longer close the table: every item is read.</summary>
    [Fact]
    public void CodedTable_DeclaredUnit_HeadingRowsDoNotCloseIt()
    {
        var text = CodedText(Items, "\t").Replace("具体如下：\n", "具体如下（单位：万元）：\n", StringComparison.Ordinal);

        var (read, _) = Read(text);

        Assert.Equal(4, ItemsByCode(read.Report).Count);
    }

    /// <summary>Near miss: the header is a prose line naming the columns; the rows under it are read by no table.</summary>
    [Fact]
    public void CodedTable_HeaderInProse_IsNoTable()
    {
        var text = CodedText(Items, "\t", header: "下表列示科目编码、科目名称、年初预算、调整预算、决算数和完成调整预算%。\n");

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(ItemsByCode(read.Report));
    }

    /// <summary>
    /// Near misses in rows: a code whose name contradicts the catalogue (2130104, 事业运行 in the catalogue, named
    /// 行政运行, 2130101's name) is a located note, and a row whose code is no 功能分类 code (21301050, eight digits)
    /// places nothing; the other rows are read.
    /// </summary>
    [Fact]
    public void CodedTable_RowsTheCatalogueDoesNotVouchFor_PlaceNothing()
    {
        CodedItem[] items =
        [
            Items[0],
            new("2130104", "行政运行", 200.00m, 230.00m, 223.10m),
            new("21301050", "其他事务", 450.00m, 640.00m, 610.00m),
            Items[3],
        ];

        var (read, diagnostics) = Read(CodedText(items, "\t"));

        Assert.Empty(Errors(diagnostics));
        var found = ItemsByCode(read.Report);
        Assert.Equal(("310.40", "fullYear", "320.00", "97.00"), found["2130101"]);
        Assert.False(found.ContainsKey("2130104"));
        Assert.False(found.ContainsKey("21301050"));
        Assert.DoesNotContain(found.Values, v => v.Amount is "223.10" or "610.00");
        Assert.True(Noted(read, "but the catalogue names it"));
    }

    /// <summary>
    /// For any such table (1–6 catalogue items in order, random amounts, tab or bar cells, no unit declared), every cell
    /// lands at its item and column: 决算, the adjusted budget as the full-year budget, and the rate.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property CodedTable_EveryCellLandsAtItsItem()
    {
        CodedItem[] pool =
        [
            new("2080505", "机关事业单位基本养老保险缴费支出", 0, 1, 0),
            new("2130101", "行政运行", 0, 1, 0),
            new("2130104", "事业运行", 0, 1, 0),
            new("2130122", "农业生产发展", 0, 1, 0),
        ];
        var gen =
            from take in Gen.Choose(1, pool.Length)
            from cents in Gen.ArrayOf(Gen.Choose(10_000, 99_999_999), pool.Length * 2)
            from factors in Gen.ArrayOf(Gen.Choose(50, 150), pool.Length)
            from bar in Gen.Elements(true, false)
            select (take, cents, factors, bar);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var items = pool.Take(t.take).Select((p, i) => p with
            {
                Initial = t.cents[i * 2] / 100m, Adjusted = t.cents[(i * 2) + 1] / 100m,
                Final = Math.Round((decimal)t.cents[(i * 2) + 1] * t.factors[i] / 10_000m, 2, MidpointRounding.AwayFromZero),
            }).ToList();
            var text = CodedText(items, t.bar ? "|" : "\t");
            var found = ItemsByCode(Read(text).Read.Report);
            var ok = found.Count == items.Count && items.All(i => found.TryGetValue(i.Code, out var f)
                && f == (F(i.Final), "fullYear", F(i.Adjusted), F(i.Rate)));
            return ok.Label(text);
        });
    }

    // ---- The one-cell-per-line 三公 table with its title and unit cells ----

    /// <summary>
    /// A coded 功能分类 table one cell per line (its 合计 806.20), then the 三公 table one cell per line opening with its
    /// title and unit cells; blank cells are lone <c> |</c> lines. <paramref name="overseas"/> are the 因公出国 row's three
    /// cells; <paramref name="extraRow"/> is put before 公务接待费.
    /// </summary>
    private static string CellText(string overseas = " |\n |\n |\n", string extraRow = "", string unit = "单位：万元 |\n")
        => "某市园林绿化局2022年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n"
            + "2022年度一般公共预算财政拨款支出806.20万元，年初预算780.00万元，完成年初预算的103.36%。\n"
            + "功能分类支出明细（单位：万元） |\n科目编码 |\n科目名称 |\n年初预算 |\n决算数 |\n完成率 |\n"
            + "2120101 |\n行政运行 |\n430.00 |\n446.20 |\n103.77% |\n2120104 |\n城管执法 |\n350.00 |\n360.00 |\n102.86% |\n"
            + " |\n合计 |\n780.00 |\n806.20 |\n103.36% |\n行政运行决算数大于年初预算，主要原因是人员增加。\n"
            + "六、“三公”经费支出决算情况\n“三公”经费支出决算表 |\n" + unit + "项目 |\n年初预算数 |\n决算数 |\n上年决算数 |\n"
            + "合计 |\n24.00 |\n20.60 |\n22.30 |\n因公出国（境）费 |\n" + overseas + "公务用车购置费 |\n |\n |\n |\n"
            + "公务用车运行维护费 |\n18.00 |\n16.10 |\n17.20 |\n" + extraRow + "公务接待费 |\n6.00 |\n4.50 |\n5.10 |\n"
            + "注：空白单元格表示该项支出为零。\n"
            + "2022年度“三公”经费支出20.60万元，完成年初预算的85.83%，较上年减少1.70万元，下降7.62%，主要是压减公务用车运行费用。\n";

    private const string Tp = "/narrative/threePublic/";

    /// <summary>
    /// The title and unit cells no longer pass for columns: each item's 年初预算数 is its budget, 决算数 its amount; the
    /// total's 上年 is its prior year (the prose gives the direction); the blank rows place nothing; the coded table's 合计
    /// (806.20) is never the 三公 total. No Error.
    /// </summary>
    [Fact]
    public void ThreePublicCellTable_WithTitleAndUnitCells_IsReadByColumn()
    {
        var (read, diagnostics) = Read(CellText());

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("20.60", JsonAt(read, Tp + "total/amount"));
        Assert.Equal("24.00", JsonAt(read, Tp + "total/budget/budgetAmount"));
        Assert.Equal("22.30", JsonAt(read, Tp + "total/change/priorYearAmount"));
        Assert.Equal("18.00", JsonAt(read, Tp + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("16.10", JsonAt(read, Tp + "vehicleOperation/amount"));
        Assert.Equal("6.00", JsonAt(read, Tp + "reception/budget/budgetAmount"));
        Assert.Equal("4.50", JsonAt(read, Tp + "reception/amount"));
        Assert.Null(JsonAt(read, Tp + "overseasTravel/budget"));
        Assert.Null(JsonAt(read, Tp + "vehiclePurchase/budget"));
        Assert.Equal("806.20", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.False(Noted(read, "blank cells were lost"));
    }

    /// <summary>
    /// A blank cell is a blank, never a shift: 因公出国 with only its 决算 written (blank, 2.00, blank) has that amount and
    /// no budget or prior year; the next rows keep their own columns.
    /// </summary>
    [Fact]
    public void ThreePublicCellTable_BlankCells_AreNoShift()
    {
        var (read, _) = Read(CellText(overseas: " |\n2.00 |\n |\n").Replace("合计 |\n24.00 |\n20.60 |", "合计 |\n24.00 |\n22.60 |",
            StringComparison.Ordinal));

        Assert.Equal("2.00", JsonAt(read, Tp + "overseasTravel/amount"));
        Assert.Null(JsonAt(read, Tp + "overseasTravel/budget"));
        Assert.Null(JsonAt(read, Tp + "overseasTravel/change"));
        Assert.Equal("18.00", JsonAt(read, Tp + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("16.10", JsonAt(read, Tp + "vehicleOperation/amount"));
        Assert.Equal("4.50", JsonAt(read, Tp + "reception/amount"));
    }

    /// <summary>Near miss: a row whose label names no 三公 item (办公费) places nothing; the rows around it are read.</summary>
    [Fact]
    public void ThreePublicCellTable_UnknownLabel_PlacesNothing()
    {
        var (read, diagnostics) = Read(CellText(extraRow: "办公费 |\n3.00 |\n2.70 |\n2.90 |\n"));

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(read.Claims, c => c.Value is "2.70" or "3.00" && c.Pointer.StartsWith(Tp, StringComparison.Ordinal));
        Assert.Equal("6.00", JsonAt(read, Tp + "reception/budget/budgetAmount"));
        Assert.Equal("16.10", JsonAt(read, Tp + "vehicleOperation/amount"));
    }
}
