using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 55 (tables55): tables as text in a Word document converted by pandoc — simple tables (a header row, a dashed rule
/// of one run of dashes per column, rows aligned with spaces, a closing dashed rule), in our own invented texts: 项 tables
/// with other column orders and budgets, names padded with full-width spaces, a last column too narrow for its figures
/// (<c>4640.62 97.59%</c>), and 三公 tables.
/// </summary>
public sealed class TablesSessionFiftyFiveTests
{
    /// <summary>Items of our invented 文化馆 (code, name as the catalogue names it).</summary>
    private static readonly (string Code, string Name)[] Items =
    [
        ("2070101", "行政运行"), ("2070102", "一般行政管理事务"), ("2070109", "群众文化"),
        ("2080505", "机关事业单位基本养老保险缴费支出"), ("2101101", "行政单位医疗"), ("2210201", "住房公积金"),
    ];

    private static string Plain(decimal v) => PlainMoney((long)(v * 100m));

    private static string Rate(decimal final, decimal budget) => PercentOf((long)(final * 100m), (long)(budget * 100m));

    /// <summary>The display width of <paramref name="s"/> (a CJK or full-width character takes two columns).</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u2E80' ? 2 : 1);

    /// <summary>
    /// A pandoc simple table of <paramref name="rows"/> (header first): each column as wide as its widest cell, text cells
    /// left-aligned (padded with full-width spaces when <paramref name="fullWidthPadding"/>), figures right-aligned, the
    /// columns apart by <paramref name="gap"/> spaces, a dashed rule under the header and after the last row, indented by
    /// two spaces. When <paramref name="narrowLast"/>, the last row's last two cells are apart by one space only.
    /// </summary>
    private static string Pandoc(List<string[]> rows, int gap = 3, bool fullWidthPadding = false, bool narrowLast = false)
    {
        var columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => Width(r[c])) + 2).ToArray();
        string Line(string[] cells, bool narrow)
        {
            var sb = new StringBuilder("  ");
            for (var c = 0; c < columns; c++)
            {
                var cell = cells[c];
                var pad = widths[c] - Width(cell);
                var figure = cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-');
                if (c > 0)
                {
                    sb.Append(narrow && c == columns - 1 ? " " : new string(' ', gap));
                }

                if (figure)
                {
                    sb.Append(' ', narrow && c == columns - 1 ? 0 : pad).Append(cell);
                }
                else
                {
                    sb.Append(cell).Append(fullWidthPadding && c < columns - 1 ? new string('\u3000', pad / 2) : new string(' ', pad));
                }
            }

            return sb.ToString().TrimEnd() + "\n";
        }

        var rule = "  " + string.Join(" ", widths.Select(w => new string('-', w + gap - 1))) + "\n";
        var table = new StringBuilder(Line(rows[0], false)).Append(rule);
        for (var k = 1; k < rows.Count; k++)
        {
            table.Append(Line(rows[k], narrowLast && k == rows.Count - 1));
        }

        return table.Append(rule).ToString();
    }

    /// <summary>The rows (header first) of a 项 table: <paramref name="budgetWord"/> then 决算数 then 执行率, or 决算数 first.</summary>
    private static List<string[]> ItemRows((decimal Budget, decimal Final)[] figures, string budgetWord, bool finalFirst = false,
        string? wrongRate = null)
    {
        var rows = new List<string[]>
        {
            finalFirst ? ["科目编码", "科目名称", "决算数", budgetWord, "执行率"] : ["科目编码", "科目名称", budgetWord, "决算数", "执行率"],
        };
        for (var i = 0; i < figures.Length; i++)
        {
            var (budget, final) = figures[i];
            var rate = i == 1 && wrongRate is not null ? wrongRate : Rate(final, budget);
            rows.Add(finalFirst
                ? [Items[i].Code, Items[i].Name, Plain(final), Plain(budget), rate + "%"]
                : [Items[i].Code, Items[i].Name, Plain(budget), Plain(final), rate + "%"]);
        }

        var (b, f) = (figures.Sum(x => x.Budget), figures.Sum(x => x.Final));
        rows.Add(finalFirst ? ["", "合计", Plain(f), Plain(b), Rate(f, b) + "%"] : ["", "合计", Plain(b), Plain(f), Rate(f, b) + "%"]);
        return rows;
    }

    /// <summary>
    /// A 一般公共预算 section (its total stated, the unit declared before the table) with the table under it and
    /// <paramref name="after"/> right after the table.
    /// </summary>
    private static string Section((decimal Budget, decimal Final)[] figures, string table, string after = "", string unit = "万元")
        => "东川区文化馆2023年度部门决算说明\n=================================\n\n"
            + "**五、一般公共预算财政拨款支出决算情况。**"
            + $"2023年度一般公共预算财政拨款支出{Plain(figures.Sum(f => f.Final))}万元。项级科目情况如下（单位：{unit}）：\n\n"
            + table + "\n" + after + "\n本年无政府性基金预算财政拨款支出。\n";

    /// <summary>The (code, budget, final, rate) the report gives each item, in order, and the 一般公共预算 total's.</summary>
    private static string ItemsRead(DisclosureReadResult read, int count, string budget = "budget")
        => string.Join(";", Enumerable.Range(0, count + 1).Select(i =>
        {
            var at = i < count ? $"/narrative/generalBudget/items/{i}" : "/narrative/generalBudget/total";
            return $"{JsonAt(read, at + "/code")}/{JsonAt(read, at + $"/{budget}/budgetAmount")}/{JsonAt(read, at + "/amount")}"
                + $"/{JsonAt(read, at + $"/{budget}/completionRate")}";
        }));

    private static string Expected((decimal Budget, decimal Final)[] figures)
    {
        var items = figures.Select((f, i) => $"{Items[i].Code}/{Plain(f.Budget)}/{Plain(f.Final)}/{Rate(f.Final, f.Budget)}");
        var (b, t) = (figures.Sum(x => x.Budget), figures.Sum(x => x.Final));
        return string.Join(";", items) + $";/{Plain(b)}/{Plain(t)}/{Rate(t, b)}";
    }

    private static readonly (decimal, decimal)[] Figures =
        [(520.00m, 508.36m), (86.00m, 71.40m), (1342.50m, 1338.07m), (96.00m, 97.28m)];

    /// <summary>
    /// A pandoc 项 table (年初预算 | 决算数 | 执行率, or 决算数 first) reads to every item's code, budget, final and rate and
    /// the 合计 — with space or full-width-space padding, and with the 合计's last two figures apart by one space. At the base
    /// the dashed rule under the header ended the table: nothing was read.
    /// </summary>
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    [InlineData(false, false, true)]
    public void PandocItemTable_ReadsEveryRow(bool fullWidthPadding, bool narrowLast, bool finalFirst)
    {
        var table = Pandoc(ItemRows(Figures, "年初预算", finalFirst), 3, fullWidthPadding, narrowLast);
        var (read, diagnostics) = Read(Section(Figures, table));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(Expected(Figures), ItemsRead(read, Figures.Length));
    }

    /// <summary>
    /// A 调整预算 column: each row's rate is checked against its final and budget; a wrong one (77.03 % for 83.02 %) is FA2201
    /// on that item's rate, an Error located at the row.
    /// </summary>
    [Fact]
    public void PandocItemTable_WrongRate_IsAnError()
    {
        var table = Pandoc(ItemRows(Figures, "调整预算", wrongRate: "77.03"), 4, fullWidthPadding: true, narrowLast: true);
        var (_, diagnostics) = Read(Section(Figures, table));
        Assert.Equal(["FA2201 /narrative/generalBudget/items/1/budget/completionRate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>The same table without the wrong rate has no Error at all.</summary>
    [Fact]
    public void PandocItemTable_RightRates_NoError()
    {
        var table = Pandoc(ItemRows(Figures, "调整预算"), 4, fullWidthPadding: true, narrowLast: true);
        var (read, diagnostics) = Read(Section(Figures, table));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("71.40", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("83.02", JsonAt(read, "/narrative/generalBudget/items/1/budget/completionRate"));
    }

    /// <summary>A 三公 table (预算数 | 决算数 | 上年决算数, or 决算数 | 预算数) in pandoc's layout reads by column.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PandocThreePublicTable_ReadsByColumn(bool finalFirst)
    {
        string[] Row(string label, string budget, string final, string prior)
            => finalFirst ? [label, final, budget, prior] : [label, budget, final, prior];
        var rows = new List<string[]>
        {
            Row("项目", "预算数", "决算数", "上年决算数"),
            Row("合计", "16.50", "12.86", "14.02"),
            Row("因公出国（境）费", "0.00", "0.00", "0.00"),
            Row("公务用车购置费", "0.00", "0.00", "0.00"),
            Row("公务用车运行维护费", "12.00", "9.73", "10.15"),
            Row("公务接待费", "4.50", "3.13", "3.87"),
        };
        var text = "东川区文化馆2023年度部门决算说明\n=================================\n\n"
            + "**七、一般公共预算财政拨款“三公”经费支出决算情况。**\n\n" + Pandoc(rows, 4)
            + "\n2023年度“三公”经费支出12.86万元，主要是按规定压减公务接待。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("12.86", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("16.50", JsonAt(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("9.73", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("12.00", JsonAt(read, "/narrative/threePublic/vehicleOperation/budget/budgetAmount"));
        Assert.Equal("3.13", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("4.50", JsonAt(read, "/narrative/threePublic/reception/budget/budgetAmount"));
    }

    /// <summary>
    /// Under a below-threshold scope (<c>执行率低于95%的项目：</c>), a clause that opens with a row's name and a reason marker
    /// gives that row its reason (no FA2206 on it) — only a row whose completion is below the threshold (群众文化, at 99.67 %,
    /// takes no reason from it, and 一般行政管理事务, at 83.02 % and not named, still warns).
    /// </summary>
    [Theory]
    [InlineData("一般行政管理事务主要原因是部分培训改为线上举办", true)]
    [InlineData("一般行政管理事务原因是部分培训改为线上举办；群众文化主要是演出场次按实际结算", true)]
    [InlineData("群众文化主要原因是演出场次按实际结算", false)]
    public void ScopedNamedRow_TakesTheReason(string clauses, bool given)
    {
        var table = Pandoc(ItemRows(Figures, "年初预算"), 3, fullWidthPadding: true);
        var (read, diagnostics) = Read(Section(Figures, table, $"执行率低于95%的项目：{clauses}。\n"));
        Assert.Empty(Errors(diagnostics));
        var reason = JsonAt(read, "/narrative/generalBudget/items/1/budget/reason");
        Assert.Equal(given ? "部分培训改为线上举办" : null, reason);
        Assert.DoesNotContain("演出", JsonAt(read, "/narrative/generalBudget/items/2/budget/reason") ?? string.Empty,
            StringComparison.Ordinal);
        Assert.Equal(!given, Of(diagnostics, Severity.Warning).Contains("FA2206 /narrative/generalBudget/items/1/budget"));
    }

    /// <summary>The simple table's rule: runs of three dashes or more apart by spaces, two runs at least, nothing else.</summary>
    [Theory]
    [InlineData("---------- ------------ --------", true)]
    [InlineData("---   ----", true)]
    [InlineData("----------------", false)]
    [InlineData("- - - -", false)]
    [InlineData("--- -- ---", false)]
    [InlineData("---|---|---", false)]
    [InlineData("--- 合计 ---", false)]
    [InlineData("+------+------+", false)]
    public void SimpleTableRule_IsOnlyDashRunsApartBySpaces(string line, bool expected)
        => Assert.Equal(expected, SimpleTableRuleLine.Is(line, 0, line.Length));

    /// <summary>
    /// Space-aligned cells: decimal figures and percentages apart by one space are cells of their own; whole numbers, words
    /// and a figure beside a word stay one cell.
    /// </summary>
    [Theory]
    [InlineData("合计    4755.24    4640.62 97.59%", "合计|4755.24|4640.62|97.59%")]
    [InlineData("行政运行  1,208.50 1,190.00 -1.53%", "行政运行|1,208.50|1,190.00|-1.53%")]
    [InlineData("车辆数量  12 15", "车辆数量|12 15")]
    [InlineData("公务接待  3.13 万元", "公务接待|3.13 万元")]
    [InlineData("其他 支出  2.00  1.50", "其他 支出|2.00|1.50")]
    [InlineData("增减  1.5.2 3.00", "增减|1.5.2 3.00")]
    public void SpaceCells_FiguresApartByOneSpace_AreCells(string row, string expected)
    {
        var cells = new List<(int Start, int End)>();
        BlockClassifier.SpaceCells(row, 0, row.Length, cells);
        Assert.Equal(expected, string.Join("|", cells.Select(c => row.Substring(c.Start, c.End - c.Start))));
    }

    private static Gen<(decimal, decimal)[]> FiguresGen =>
        from n in Gen.Choose(2, Items.Length)
        from cents in Gen.ArrayOf(Gen.Choose(1_000, 900_000), n * 2)
        select Enumerable.Range(0, n).Select(i => (cents[2 * i] / 100m, cents[2 * i + 1] / 100m)).ToArray();

    /// <summary>
    /// Property: a generated pandoc 项 table (any gap, padding, narrow last row, column order) reads to its rows exactly, with
    /// no Error, and twice the same.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property PandocItemTable_ReadsItsRows()
    {
        var gen = from figures in FiguresGen
                  from gap in Gen.Choose(2, 6)
                  from fullWidth in Gen.Elements(true, false)
                  from narrow in Gen.Elements(true, false)
                  from finalFirst in Gen.Elements(true, false)
                  select (figures, gap, fullWidth, narrow, finalFirst);
        return Prop.ForAll(gen.ToArbitrary(), g =>
        {
            var (figures, gap, fullWidth, narrow, finalFirst) = g;
            var text = Section(figures, Pandoc(ItemRows(figures, "年初预算", finalFirst), gap, fullWidth, narrow));
            var (read, diagnostics) = Read(text);
            var (again, _) = Read(text);
            return Errors(diagnostics).Length == 0 && ItemsRead(read, figures.Length) == Expected(figures)
                && ItemsRead(again, figures.Length) == ItemsRead(read, figures.Length);
        });
    }
}
