using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (tbl62a, blind round 49 t02): a table of 功能分类 items aligned by spaces whose rows carry <b>no code</b> — the
/// 类, 款 and 项 are told by their <b>indentation</b> (缩进列示): header <c>科目名称   调整预算   决算数   执行率</c>, rows
/// <c>合计   27,674.00   26,890.86   97.17%</c>, <c>农林水支出   25,690.00 …</c> at the line's start (a 类), <c>  农业农村   …</c>
/// two places in (a 款), <c>    行政运行   …</c> four places in (a 项). No header named a code column, so the coded item table
/// (<see cref="CodedItemTableRow"/>) never opened and the table was only the note of
/// <see cref="DisclosureMessages.SpaceAlignedClassTableNotRead"/>. Now a space-aligned header whose first cell is 科目名称 (or
/// 功能分类科目名称, 科目) and names no code column is read as <c>科目编码 | 科目名称 | …</c>, the columns decided by
/// <see cref="CodedHeader"/> as for any coded table; each row below it is read as its coded row (<c>2130101 | 行政运行 | …</c>),
/// the code the catalogue's one code of the row's level with that name under the row above it of the level above: a row at
/// the line's start is a 类 (or the 合计), the first deeper indentation under a 类 is the 款 level, the first deeper still
/// under a 款 the 项 level. The code's digits are mapped to the name's first character. What is not certain is not read: a
/// row at another indentation ends the table (passed on as written, it does not line up with the header); a name the
/// catalogue does not know at its level under its parent, or knows more than once, is a located note
/// (<see cref="DisclosureMessages.IndentedRowNotCoded"/>) and its row — and the rows under it — place nothing. A 款 row
/// places nothing either (the model's items are 项; it only gives the 项 under it their parent).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The header words of an indented table's name column (its first cell).</summary>
    private static readonly string[] IndentedNameWords = ["科目名称", "功能分类科目名称", "科目"];

    /// <summary>Whether the open coded item table is an indented one read by <see cref="IndentedRowAsRead"/>.</summary>
    private bool indentedCodes;

    /// <summary>The indentation of the open indented table's 款 rows and 项 rows (-1: not yet seen).</summary>
    private int indentedSectionAt = -1, indentedItemAt = -1;

    /// <summary>The 类 and 款 of the indented table's rows above (default: none, or a row whose code was not found).</summary>
    private FunctionalCode indentedClass, indentedSection;

    /// <summary>
    /// The row as the coded item table reads it when it is an indented table's header or row (its code cell added); null
    /// when it is neither (the row goes on to <see cref="CodedRowAsRead"/>'s other readings).
    /// </summary>
    private Fragment? IndentedRowAsRead(Fragment row)
    {
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (codedColumns is null)
        {
            indentedCodes = false;
            if (!IsIndentedHeader(text, from, to))
            {
                return null;
            }

            indentedCodes = true;
            (indentedSectionAt, indentedItemAt) = (-1, -1);
            (indentedClass, indentedSection) = (default, default);
            return IndentedRow(row, text, from, string.Empty, JoinedCodeWords);
        }

        if (!indentedCodes || text.IndexOf('|', from, to - from) >= 0 || text.IndexOf('\t', from, to - from) >= 0)
        {
            return null;
        }

        TextTableReader.CellRanges(text, from, to, codedCells);
        var (ns, ne) = codedCells.Count > 0 ? codedCells[0] : (0, 0);
        var name = WithoutSpaces(text.Substring(ns, ne - ns));
        var indent = Indentation(row);
        if (codedCells.Count < 2 || HasDigit(name) || indent < 0)
        {
            return null;   // not a row of this table: as written it does not line up, and the table ends
        }

        if (indent == 0 && name is "合计" or "总计")
        {
            return IndentedRow(row, text, from, string.Empty, null);
        }

        if (IndentedCode(indent, name) is not { } code)
        {
            return null;   // an indentation of no level: the table ends
        }

        if (code.IsDefault)
        {
            Note(b.Span(row, 0, row.Length), DisclosureMessages.IndentedRowNotCoded, row.Text);
            return IndentedRow(row, text, from, string.Empty, null);   // no code: the row places nothing
        }

        // A 款 row only gives its 项 their parent: the model's items are 项 (a 款 among them is FA6105's "not broken down to
        // 项"), and its figures are its 项's sum.
        return IndentedRow(row, text, from, code.Level == FunctionalLevel.Section ? string.Empty : code.Value, null);
    }

    /// <summary>
    /// The code of a row at <paramref name="indent"/> named <paramref name="name"/>: its 类, 款 or 项 (default when the
    /// catalogue has no one code of it under the rows above); null when the indentation is of no level of the table.
    /// </summary>
    private FunctionalCode? IndentedCode(int indent, string name)
    {
        if (indent == 0)
        {
            var classes = Named(name, FunctionalLevel.Class, NoCodes);
            indentedClass = classes.Count == 1 ? classes[0] : default;
            indentedSection = default;
            return indentedClass;
        }

        if (indent == indentedSectionAt || indentedSectionAt < 0 && indentedItemAt < 0)
        {
            indentedSectionAt = indent;
            var sections = indentedClass.IsDefault ? NoCodes : Named(name, FunctionalLevel.Section, [indentedClass]);
            indentedSection = sections.Count == 1 ? sections[0] : default;
            return indentedSection;
        }

        if (indent > indentedSectionAt && (indent == indentedItemAt || indentedItemAt < 0))
        {
            indentedItemAt = indent;
            var items = indentedSection.IsDefault ? NoCodes : Named(name, FunctionalLevel.Item, [indentedSection]);
            return items.Count == 1 ? items[0] : default;
        }

        return null;
    }

    /// <summary>
    /// Whether a space-aligned row is an indented table's header: its first cell a name column's words, two cells at least
    /// after it, none naming a code column (a coded table's header is read as written).
    /// </summary>
    private bool IsIndentedHeader(string text, int from, int to)
    {
        if (text.IndexOf("科目", from, to - from, StringComparison.Ordinal) < 0 || text.IndexOf('|', from, to - from) >= 0
            || text.IndexOf('\t', from, to - from) >= 0)
        {
            return false;   // most rows: no 科目 in them, no cell split
        }

        TextTableReader.CellRanges(text, from, to, codedCells);
        if (codedCells.Count < 3 || Array.IndexOf(IndentedNameWords, Compact(0)) < 0)
        {
            return false;
        }

        for (var k = 1; k < codedCells.Count; k++)
        {
            if (Array.IndexOf(CellCodeWords, Compact(k)) >= 0 || Array.IndexOf(SplitCodeWords, Compact(k)) >= 0)
            {
                return false;
            }
        }

        return true;

        string Compact(int k) => WithoutSpaces(text.Substring(codedCells[k].Start, codedCells[k].End - codedCells[k].Start));
    }

    /// <summary>
    /// The number of spaces between the row's line start and its first character (-1 when something else stands before it
    /// on its line).
    /// </summary>
    private int Indentation(Fragment row)
    {
        var text = b.Text;
        var at = row.At(0);
        var i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n' ? at - i : -1;
    }

    /// <summary>
    /// The bar row of <see cref="codedCells"/> with a code cell before them: <paramref name="words"/> (a header's) or
    /// <paramref name="code"/>'s digits, mapped to the row's first character.
    /// </summary>
    private Fragment IndentedRow(Fragment row, string text, int from, string code, string? words)
    {
        splitCells.Clear();
        splitCells.Add((codedCells[0].Start, codedCells[0].Start, words ?? code));
        foreach (var (s, e) in codedCells)
        {
            splitCells.Add((s, WithoutTableUnit(text, s, e), null));
        }

        return RewrittenRow(row, text, from, 1);
    }
}
