using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Generated tables for the header-join risks (round three): a space-aligned table whose parent spans k columns, set left,
/// centred or right over them, with or without a short parent over 科目编码 科目名称 on its left, is read with each cell
/// under its own column or not read at all (a note) — never with a column taken by the wrong parent; a tab table in which
/// a row lost an inner cell is never read with that row shifted.
/// </summary>
public class TextTableHeaderJoinPropertyTests
{
    private static readonly string[] Children = ["合计", "基本支出", "项目支出", "经营支出", "上缴上级支出"];

    private static readonly string[] Names = ["行政运行", "一般行政管理事务", "住房公积金", "其他支出", "事业运行"];

    /// <summary>A generated table: its parent's children (k of them), how the parent is set, whether 项目 spans the code and
    /// name, and the data rows (a 合计 row, then coded rows with blank cells).</summary>
    public sealed record SpacedTable(string[] Children, HeaderAlign Align, bool Grouped, string[][] Rows);

    private static string[][] DataRows(int columns, int count, int[] cents, bool[] blanks) =>
        [.. Enumerable.Range(0, count).Select(r => (string[])[r == 0 ? string.Empty : (2010301 + r).ToString(CultureInfo.InvariantCulture),
            r == 0 ? "合计" : Names[r % Names.Length],
            .. Enumerable.Range(0, columns).Select(c => blanks[(r * columns) + c] && r > 0
                ? string.Empty
                : (cents[(r * columns) + c] / 100m).ToString("0.00", CultureInfo.InvariantCulture))])];

    private static Arbitrary<SpacedTable> SpacedTables() =>
        (from k in Gen.Choose(2, 4)
         from offset in Gen.Choose(0, 1)
         from align in Gen.Elements(HeaderAlign.Left, HeaderAlign.Centre, HeaderAlign.Right)
         from grouped in Gen.Elements(true, false)
         from count in Gen.Choose(2, 6)
         from cents in Gen.Choose(0, 99_999_99).ArrayOf(count * k)
         from blanks in Gen.Elements(true, false, false).ArrayOf(count * k)
         select new SpacedTable(Children.Skip(offset).Take(k).ToArray(), align, grouped, DataRows(k, count, cents, blanks)))
        .ToArbitrary();

    private static string Text(SpacedTable t)
    {
        List<TopCell> top = t.Grouped
            ? [new TopCell("项目", 0, 2, HeaderAlign.Left)]
            : [new TopCell("科目编码", 0, 1, HeaderAlign.Left), new TopCell("科目名称", 1, 1, HeaderAlign.Left)];
        top.Add(new TopCell("本年支出", 2, t.Children.Length, t.Align));
        string[] second = t.Grouped ? ["科目编码", "科目名称", .. t.Children] : ["", "", .. t.Children];
        return "前言\n\n支出决算表\n单位：万元\n" + AlignedHeaderText.Render(top, second, t.Rows) + "注：本表反映支出情况。\n";
    }

    [Property(MaxTest = 300)]
    public Property SpaceAlignedParent_LeftCentredOrRight_IsReadUnderItsOwnColumns_OrIsANote()
        => Prop.ForAll(SpacedTables(), t =>
        {
            var text = Text(t);
            var document = PublishedDocumentReader.ReadText(text, "t.txt");
            string[] expected = [t.Grouped ? "项目/科目编码" : "科目编码", t.Grouped ? "项目/科目名称" : "科目名称",
                .. t.Children.Select(c => "本年支出/" + c)];
            if (document.Tables.Count == 0)
            {
                // Not read: a note says so; a left-aligned parent with nothing to share its columns with is always read.
                return (document.Notes.Count == 1 && (t.Grouped || t.Align != HeaderAlign.Left)).Label("not read\n" + text);
            }

            var read = document.Tables[0];
            var cells = read.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray();
            return (read.Columns.SequenceEqual(expected) && cells.Length == t.Rows.Length
                && cells.Zip(t.Rows).All(p => p.First.SequenceEqual(p.Second))).Label(string.Join(",", read.Columns) + "\n" + text);
        });

    [Fact]
    public void LeftAlignedParent_WhoseTextEndsWhereItsSecondColumnStarts_IsReadUnderItsOwnColumns()
    {
        // The case the property found (replay 8441339347477691297,1734182628833487615): 本年支出 (8 wide) is set left over
        // 合计 (column 6 wide) and 基本支出, so its text ends exactly where 基本支出 starts — no gap. Before, the two columns
        // merged into one (two cells of the header's second line in one column) and the table was neither read nor right.
        // The coded row is all blank but for its code and name.
        string[][] rows = [["", "合计", "431.56", "99381.13"], ["2010302", "一般行政管理事务", "", ""]];
        var t = new SpacedTable(["合计", "基本支出"], HeaderAlign.Left, false, rows);
        var text = Text(t);
        // 本年支出 takes display positions 28–35 (wide characters two each) and 基本支出 starts at 36.
        Assert.Contains("科目编码  科目名称          本年支出\n                            合计    基本支出\n", text, StringComparison.Ordinal);
        var document = PublishedDocumentReader.ReadText(text, "t.txt");

        Assert.Empty(document.Notes);
        var read = Assert.Single(document.Tables);
        Assert.Equal(["科目编码", "科目名称", "本年支出/合计", "本年支出/基本支出"], read.Columns);
        Assert.Equal(rows, read.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray());
    }

    /// <summary>
    /// A generated tab table and how it lost inner cells: one inner cell (the name or an amount, blank or not) removed from one
    /// row of a text that keeps its trailing tabs (some row's last cell is blank), or every run of tabs collapsed into one and
    /// the line ends trimmed (each inner blank cell lost, as some pastes do).
    /// </summary>
    public sealed record DamagedTable(string[][] Rows, int Row, int Cell, bool Collapsed);

    private static Arbitrary<DamagedTable> DamagedTables() =>
        (from k in Gen.Choose(2, 4)
         from count in Gen.Choose(2, 6)
         from cents in Gen.Choose(0, 99_999_99).ArrayOf(count * k)
         from blanks in Gen.Elements(true, false, false).ArrayOf(count * k)
         from row in Gen.Choose(0, count - 1)
         from cell in Gen.Choose(1, k)
         from blankLast in Gen.Choose(1, count - 1)
         from collapsed in Gen.Elements(true, false)
         let rows = DataRows(k, count, cents, blanks)
         select new DamagedTable(
             [["科目编码", "科目名称", .. Children.Take(k)], .. collapsed ? rows : rows.Select((r, i) => i == blankLast ? [.. r[..^1], ""] : r)],
             row + 1, cell, collapsed))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property TabRowThatLostAnInnerCell_IsNeverReadShifted()
        => Prop.ForAll(DamagedTables(), t =>
        {
            var damaged = t.Rows.Select((r, i) => i == t.Row && !t.Collapsed ? [.. r[..t.Cell], .. r[(t.Cell + 1)..]] : r).ToArray();
            var lines = damaged.Select(r => string.Join('\t', r));
            if (t.Collapsed)
            {
                lines = lines.Select(l => Regex.Replace(l, "\t+", "\t").TrimEnd('\t'));
            }

            var text = "支出决算表\n单位：万元\n" + string.Join('\n', lines) + "\n注：本表反映支出情况。\n";
            var document = PublishedDocumentReader.ReadText(text, "t.txt");
            if (document.Tables.Count == 0)
            {
                return (document.Notes.Count == 1).Label("not read, no note\n" + text);
            }

            // Read: every cell stands in its own column as generated (a row padded with blanks only where it was blank).
            var read = document.Tables[0];
            var truth = t.Rows.Skip(1).ToArray();
            var cells = read.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray();
            return (cells.Length == truth.Length && cells.Zip(truth).All(p => p.First.SequenceEqual(p.Second))).Label(text);
        });
}
