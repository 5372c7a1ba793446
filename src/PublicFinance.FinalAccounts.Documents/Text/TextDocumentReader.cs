using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Reads a plain text (纯文本) as a published document: the text stays whole as the narrative (the 说明 reader skips table
/// blocks itself), and each table of the nine pasted in it — a title line naming it (公开01表 codes and 单位 lines around
/// it are caption), then rows — becomes a located grid for <see cref="TableAssembler"/> and <see cref="NineTables"/>, as
/// a web page's tables do (<see cref="TextTableGrids"/>).
/// </summary>
internal static class TextDocumentReader
{
    /// <summary>The longest line taken for a title (a title with its code and unit).</summary>
    private const int MaxTitleLength = 80;

    public static PublishedDocument Read(string text, string name)
    {
        var grids = new List<RawGrid>();
        var notes = new List<DocumentNote>();
        if (HasTitle(text))
        {
            var lines = Lines(text);
            TextTableGrids.Find(lines, grids, notes);
            TextForms.Find(lines, grids, notes);
        }

        var tables = grids.Count == 0 ? [] : TableAssembler.Assemble(grids, name);
        return new PublishedDocument { Name = name, Kind = DocumentKind.Text, Text = text, Tables = tables, Notes = notes, PageCount = 1 };
    }

    /// <summary>Whether a line of the text names one of the nine tables or a 绩效自评表 (checked line by line without splitting the
    /// text).</summary>
    private static bool HasTitle(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length <= MaxTitleLength && line.Contains('表') && SourceText.NormaliseTableLine(line.ToString()) is var title
                && (IsTitle(title) || TextForms.IsTitle(title) || ExcerptTitle(title) is not null))
            {
                return true;
            }

            if (line.Length <= MaxTitleLength && line.Contains("基本支出", StringComparison.Ordinal)
                && TextTableGrids.SectionTableTitle(line.ToString()) is not null)
            {
                return true;   // session 41: a 说明 heading that may hold table 6 without a title (TextTableGrids.SectionTables.cs)
            }

            if (line.Contains("如下", StringComparison.Ordinal) && TextTableGrids.IntroducedTitle(line.ToString()) is not null)
            {
                return true;   // session 45: a prose line introducing one of the nine tables (TextTableGrids.SideGroupLines.cs)
            }
        }

        return false;
    }

    /// <summary>
    /// The lines of the text without their line ends, counted as the 说明 reader counts them (a line ends at <c>\n</c>; a
    /// <c>\r</c> before it is dropped), so a cell's line:column is where the reader's spans put it. A byte order mark
    /// becomes a space (it keeps its column); full-width digits and Traditional characters are normalised character for
    /// character (<see cref="SourceText.NormaliseTableLine"/>, session 48).
    /// </summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<string>();
        text = CsvTableLines.Tabulate(text);   // session 56: a table pasted as CSV is read as tab rows
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            var line = text[start..(stop > start && text[stop - 1] == '\r' ? stop - 1 : stop)];
            line = SourceText.NormaliseTableLine(line);   // session 48: "| 金額 | ２２．５０ |" as the 说明 reader sees it
            lines.Add(start == 0 && line.StartsWith('\uFEFF') ? " " + line[1..] : line);
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>
    /// Whether a line is the title of one of the nine tables: after its code (公开01表) and its 单位 part, at most 60
    /// characters ending in 表 whose kind is one of the nine.
    /// </summary>
    internal static bool IsTitle(string line)
    {
        var title = TitleOf(line);
        return title.Length is > 0 and <= 60 && title.EndsWith('表') && NineTables.Kind(title) is >= PublishedTableKind.Summary
            and <= PublishedTableKind.StateCapital;
    }

    /// <summary>The marks after a table's title that say it gives only some of its rows (摘要, 摘录, 节选, 部分).</summary>
    private static readonly string[] ExcerptMarks = ["摘要", "摘录", "节选", "部分"];

    /// <summary>
    /// The title of one of the nine tables marked as an excerpt ("收入支出决算总表（摘录）", "财政拨款支出决算表(节选)", F4 of
    /// blind round 29), without its mark; null for any other line (a title without the mark is <see cref="IsTitle"/>'s).
    /// </summary>
    internal static string? ExcerptTitle(string line)
    {
        var title = TitleOf(line);
        if (title.Length < 6 || !(title.EndsWith('）') || title.EndsWith(')')))
        {
            return null;
        }

        var open = title.LastIndexOfAny(['（', '(']);
        var inner = open < 0 ? string.Empty : title[(open + 1)..^1];
        var bare = open < 0 ? string.Empty : title[..open];
        return Array.IndexOf(ExcerptMarks, inner) >= 0 && IsTitle(bare) ? bare : null;
    }

    /// <summary>The line without white space, its table code and its 单位 part.</summary>
    internal static string TitleOf(string line)
    {
        var compact = WithoutEmphasis(TableAssembler.Compact(line));
        if (compact.Length > MaxTitleLength)
        {
            return string.Empty;
        }

        var unit = compact.IndexOf("单位", StringComparison.Ordinal);
        if (unit >= 0)
        {
            compact = compact[..TableAssembler.UnitPartStart(compact, unit)].TrimEnd('（', '(', '：', ':');   // session 59: 金额单位
        }

        var remainder = WithoutYearBracket(TableAssembler.TableCode(compact).Remainder);
        return remainder.EndsWith('表') ? remainder : BracketedTitle(remainder) ?? remainder;
    }

    /// <summary>
    /// A title without the bracket after it that names only the year it reports (收入支出决算总表（2022年度）, …表(2022年):
    /// 年度标注, session 45, blind round 41 t06) — the year is the report's, not part of the table's name; any other line
    /// is returned as it is (a bracket naming a table is <see cref="BracketedTitle"/>'s, an excerpt mark
    /// <see cref="ExcerptTitle"/>'s).
    /// </summary>
    private static string WithoutYearBracket(string compact)
    {
        if (compact.Length < 8 || !(compact.EndsWith('）') || compact.EndsWith(')')))
        {
            return compact;
        }

        var open = compact.LastIndexOfAny(['（', '(']);
        if (open < 1 || compact[open - 1] != '表')
        {
            return compact;
        }

        var inner = compact.AsSpan(open + 1, compact.Length - open - 2);
        var digits = 0;
        while (digits < inner.Length && char.IsAsciiDigit(inner[digits]))
        {
            digits++;
        }

        var rest = inner[digits..];
        return digits == 4 && (rest.SequenceEqual("年".AsSpan()) || rest.SequenceEqual("年度".AsSpan())) ? compact[..open] : compact;
    }

    /// <summary>
    /// A line without the Markdown emphasis around it (<c>**收入决算表**</c>, <c>__收入决算表__</c>, blind round 25 B, family
    /// F5: a web page's bold table title): the asterisks or underscores that open and close the line are dropped, as the
    /// title is read; a line not wrapped in them is returned as it is.
    /// </summary>
    internal static string WithoutEmphasis(string line)
    {
        var trimmed = line.AsSpan().Trim();
        var inner = trimmed.Trim('*').Trim('_');
        return inner.Length < trimmed.Length && inner.Length > 0 && trimmed[0] is '*' or '_' && trimmed[^1] is '*' or '_'
            ? inner.Trim().ToString()
            : line;
    }

    /// <summary>
    /// The table named in a bracket that ends a heading ("二、2016年度部门决算表（一般公共预算财政拨款支出决算表）": the bracket's
    /// title, blind round 24 B, family m4), or null when the line does not end in a bracket holding a name ending in 表.
    /// </summary>
    private static string? BracketedTitle(string compact)
    {
        if (!(compact.EndsWith('）') || compact.EndsWith(')')))
        {
            return null;
        }

        var open = compact.LastIndexOfAny(['（', '(']);
        var inner = open < 0 ? string.Empty : compact[(open + 1)..^1];
        return inner.Length >= 4 && inner.EndsWith('表') ? inner : null;
    }
}
