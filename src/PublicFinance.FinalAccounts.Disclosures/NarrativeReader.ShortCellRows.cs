namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (tables59, blind round 55 t04): the 一般公共预算财政拨款支出决算表 one cell per line as <c>pdftotext</c> without
/// <c>-layout</c> gives it, its title and unit on the lines before the header (<c>一般公共预算财政拨款支出决算表</c> /
/// <c>单位：万元</c> / <c>科目编码</c> / … — the splitter joins them into one paragraph), and its empty cells dropped: a row of
/// an item paid only as 基本支出 is <c>2130201</c> / <c>行政运行</c> / <c>689.24</c> / <c>689.24</c>, one figure short of the
/// header's 合计 | 基本支出 | 项目支出. The coded table of one cell per line (<see cref="CodedCellLine"/>) waited for a third
/// figure, took the next row's code for it and dropped the table. Now:
/// <list type="bullet">
/// <item>a table title before the header words (words ending in 表, no sentence mark, a unit declaration after it or not)
/// is passed over as a unit line is (<see cref="TableTitleBefore"/>);</item>
/// <item>a row with fewer figures than columns, at least two, is read when it is certain what it holds: the header's
/// first column is the 合计 and every other is a 基本支出 / 项目支出 split (left unread), every figure of the row has a
/// decimal point (so the next line's code is no figure of it), and the first figure is exactly the sum of the others (the
/// dropped cells are blank) — then the row ends where the next row's code (or 合计) starts, or where the table ends, and its
/// code, name and 合计 are read (<see cref="ReadShortCellRow"/>); which split column a figure was under is not guessed.</item>
/// </list>
/// A short row that is not certain is not read, as before (the table then ends at the next code).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the row being gathered, with fewer figures than the open table's columns (at least two), can be read as a
    /// short row (see the type's remarks).
    /// </summary>
    private bool ShortCellRowReadable()
    {
        var first = cellRowIsTotal ? 1 : 2;
        var figures = cellRow.Count - first;
        if (figures < 2 || figures >= cellColumns || codedColumns is not { } columns || columns.Count != cellColumns
            || columns[0] != SentenceColumn.Current)
        {
            return false;
        }

        for (var k = 1; k < columns.Count; k++)
        {
            if (columns[k] != SentenceColumn.Skip)
            {
                return false;
            }
        }

        var whole = 0m;
        var parts = 0m;
        for (var k = first; k < cellRow.Count; k++)
        {
            var text = cellRow[k].Text;
            if (text.IndexOf('.') < 0
                || !decimal.TryParse(
                    text, System.Globalization.NumberStyles.AllowThousands | System.Globalization.NumberStyles.AllowDecimalPoint,
                    System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            if (k == first)
            {
                whole = value;
            }
            else
            {
                parts += value;
            }
        }

        return whole == parts;
    }

    /// <summary>
    /// Reads the short row being gathered as the bar row of its code, name and 合计, its split columns blank
    /// (<c>|2130201|行政运行|689.24|-|-|</c>); the row is then cleared.
    /// </summary>
    private void ReadShortCellRow()
    {
        var keep = cellRowIsTotal ? 2 : 3;
        cellRow.RemoveRange(keep, cellRow.Count - keep);
        var row = BarRow(cellRow, cellRowIsTotal, cellColumns - 1);
        cellRow.Clear();
        CodedItemTableRow(row);
    }

    /// <summary>
    /// Whether <paramref name="words"/> (the words before the first header word, without spaces) are a table's title,
    /// perhaps followed by its unit declaration — <c>一般公共预算财政拨款支出决算表</c>, <c>表6一般公共预算财政拨款支出决算表单位:万元</c>:
    /// the title ends in 表, is 3 to 40 characters long and has no sentence mark; the unit after it, if any, is a unit
    /// declaration only.
    /// </summary>
    private static bool TableTitleBefore(string words)
    {
        var unit = words.IndexOf("单位:", StringComparison.Ordinal);
        var title = words;
        if (unit >= 0)
        {
            var from = unit >= 2 && string.CompareOrdinal(words, unit - 2, "金额", 0, 2) == 0 ? unit - 2 : unit;
            from = from >= 1 && words[from - 1] == '(' ? from - 1 : from;
            if (!UnitDeclarationOnly(words.Substring(from)))
            {
                return false;
            }

            title = words.Substring(0, from);
        }

        return title.Length is >= 3 and <= 40 && title[title.Length - 1] == '表' && title.IndexOfAny(TitleStops, 0, title.Length) < 0;
    }

    /// <summary>
    /// Whether the heading <paramref name="text"/>, which would enter the tables part (<paramref name="target"/>), is the
    /// title of the current section's own table — <c>一般公共预算财政拨款支出决算表</c> under the 一般公共预算 heading, after
    /// <c>…分项目情况见下表。</c> (a table title on its own line is a heading): a title of at most 40 characters ending in 表
    /// (or in 表 and a bracket, <c>表二 公共财政预算拨款支出决算表（按功能分类项级科目）</c>, round 56 t04) that names the section
    /// (one of its <see cref="SectionKeys"/>) in the 一般公共预算, 政府性基金 or 国有资本经营 section. The reader then stays in the
    /// section, so that the table under it is read as the section's (<see cref="CodedCellLine"/>, <see cref="CodedHeader"/>).
    /// </summary>
    private bool TableTitleInItsSection(string text, Section target)
    {
        if (target != Section.Tables || text.Length > 40 || text.Length == 0 || !EndsAsTableTitle(text)
            || section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital or Section.ThreePublic))
        {
            return false;
        }

        foreach (var (keys, owner) in SectionKeys)
        {
            if (owner != section)
            {
                continue;
            }

            foreach (var key in keys)
            {
                if (text.Contains(key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a title ends in 表, or in 表 and one bracketed remark (<c>…决算表（按功能分类项级科目）</c>).</summary>
    private static bool EndsAsTableTitle(string text)
    {
        if (text[text.Length - 1] == '表')
        {
            return true;
        }

        var open = text.LastIndexOfAny(['（', '(']);
        return text[text.Length - 1] is '）' or ')' && open > 0 && text[open - 1] == '表';
    }

    /// <summary>The marks no table title holds (<see cref="TableTitleBefore"/>).</summary>
    private static readonly char[] TitleStops = ['。', ',', ';', ':', '，', '；', '：'];
}
