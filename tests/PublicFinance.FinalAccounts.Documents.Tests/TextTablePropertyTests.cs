using System.Collections.Generic;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Tables pasted as text, generated: any text made of table-like fragments is read without an exception and every cell
/// it locates is inside the text; a generated 支出决算表 (random rows, amounts and blank cells) is read in every layout
/// row by row with the cells as written, each found again at its line:column.
/// </summary>
public class TextTablePropertyTests
{
    private static readonly string[] Fragments =
    [
        "收入支出决算总表", "一般公共预算财政拨款支出决算表", "公开01表", "单位：万元", "单位：元", "|", "\t", "  ", " ", "\n", "\n", "\r\n",
        "合计", "总计", "12.50", "0.00", "1,234.56", "201", "2010301", "项目", "决算数", "科目编码", "注：", "。", "-", "一、", "行政运行",
        "附属单位上缴收入", "\uFEFF", "\u3000",
    ];

    private static readonly string[] Names = ["行政运行", "一般行政管理事务", "住房公积金", "其他支出", "事业运行"];

    [Property(MaxTest = 300)]
    public Property AnyText_IsReadWithoutException_AndEveryCellIsInsideIt()
        => Prop.ForAll(Gen.Elements(Fragments).ArrayOf().ToArbitrary(), parts =>
        {
            var text = string.Concat(parts);
            var document = PublishedDocumentReader.ReadText(text, "t.txt");
            var lines = text.Split('\n');
            return document.Text == text && document.Tables.SelectMany(t => t.Rows).SelectMany(r => r)
                .All(c => c.Location is not { TextLine: { } line, TextColumn: { } column }
                    || (line <= lines.Length && column <= lines[line - 1].Length + 1));
        });

    private static Arbitrary<(TextLayout Layout, string[][] Rows)> Tables() =>
        (from layout in Gen.Elements(TextLayout.Pipe, TextLayout.Tab, TextLayout.Spaces, TextLayout.CellPerLine)
         from columns in Gen.Choose(2, 4)
         from count in Gen.Choose(1, 8)
         from cents in Gen.Choose(0, 99_999_99).ArrayOf(count * columns)
         from blanks in Gen.Elements(true, false, false).ArrayOf(count * columns)
         select (layout, Rows(columns, count, cents, blanks))).ToArbitrary();

    /// <summary>
    /// Header 科目编码 | 科目名称 | two to four amount columns; a 合计 row (never blank: a blank table is another case); rows
    /// with codes 2010301 + i and names; blank cells.
    /// </summary>
    private static string[][] Rows(int columns, int count, int[] cents, bool[] blanks)
    {
        string[] headers = ["本年支出合计", "基本支出", "项目支出", "经营支出"];
        List<string[]> rows = [["科目编码", "科目名称", .. headers.Take(columns)]];
        for (var r = 0; r < count; r++)
        {
            var amounts = Enumerable.Range(0, columns)
                .Select(c => blanks[r * columns + c] && r > 0
                    ? string.Empty
                    : (cents[r * columns + c] / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            rows.Add([r == 0 ? string.Empty : (2010301 + r).ToString(CultureInfo.InvariantCulture), r == 0 ? "合计" : Names[r % Names.Length],
                .. amounts]);
        }

        return [.. rows];
    }

    [Property(MaxTest = 200)]
    public Property GeneratedTable_IsReadAsWritten_AndEachCellIsAtItsLineAndColumn() => Prop.ForAll(Tables(), table =>
    {
        var (layout, rows) = table;
        var text = "前言\n\n" + TextTableFixtures.Table(layout, ["支出决算表", "单位：万元"], rows, "注：本表反映支出情况。") + "正文。\n";
        var document = PublishedDocumentReader.ReadText(text, "t.txt");
        var lines = text.Split('\n');
        if (document.Tables.Count != 1 || document.Notes.Count != 0)
        {
            return false;
        }

        var read = document.Tables[0];
        var cells = read.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToArray();
        var asWritten = read.Columns.SequenceEqual(rows[0]) && cells.Length == rows.Length - 1
            && cells.Zip(rows.Skip(1)).All(p => p.First.SequenceEqual(p.Second));
        var located = read.Rows.SelectMany(r => r).Where(c => c.Text.Length > 0)
            .All(c => lines[c.Location!.TextLine!.Value - 1][(c.Location.TextColumn!.Value - 1)..]
                .StartsWith(c.Text, StringComparison.Ordinal));
        return asWritten && located;
    });
}
