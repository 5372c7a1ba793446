using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Session 45 (tables45, blind round 41 t06 and t08): two header shapes that kept a pasted table from being read at all.
/// A side-by-side 收入支出决算总表 aligned by spaces whose first line names its two sides only (收入 over the left half, 支出
/// set anywhere over the right: 表头分组行), a tab or <c>|</c> table with a column that is blank on every line (an empty
/// spacer column of the export, 空列), and a table introduced at the end of a prose line instead of titled (…如下：, 引出表).
/// </summary>
internal static partial class TextTableGrids
{
    /// <summary>
    /// Whether a line names only the two sides of a side-by-side summary table: 收入 then 支出 (收入项目 / 支出项目 too), apart
    /// by a run of spaces, nothing else. Such a line says which half is which — the columns below say it as well (the
    /// mapping finds each side by its own 项目 column) — so where it is set over no column of the half it names, it is left
    /// out rather than the table.
    /// </summary>
    internal static bool IsSideGroupLine(string line)
    {
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && HasSpaceGap(line) && words[0] is "收入" or "收入项目" && words[1] is "支出" or "支出项目";
    }

    /// <summary>
    /// The rows without the columns that are blank on every line, header lines included, when every row has the same
    /// number of cells (a column no line writes anything in names nothing and holds nothing: dropping it loses no text,
    /// and a header joined over it would otherwise have a column named by no header line). The first column is kept (a
    /// table's label column is never dropped); rows of different widths are left as they are (which cell a short row lost
    /// is not known).
    /// </summary>
    private static List<Cell[]> WithoutBlankColumns(List<Cell[]> rows)
    {
        var columns = rows[0].Length;
        if (columns < 3 || !rows.TrueForAll(r => r.Length == columns))
        {
            return rows;
        }

        var kept = Enumerable.Range(0, columns)
            .Where(c => c == 0 || rows.Exists(r => TableAssembler.Compact(r[c].Text).Length > 0))
            .ToArray();
        return kept.Length == columns || kept.Length < 2 ? rows : rows.ConvertAll(r => Array.ConvertAll(kept, c => r[c]));
    }

    /// <summary>
    /// The name of one of the nine tables that a prose line introduces as its last clause, the table's rows right under it
    /// (“…。收入支出决算总表如下（单位：万元）：”, session 45, blind round 39 t09): the line ends in 如下, an optional 单位 bracket
    /// and a colon, and the words of the last clause before 如下 end in 表 and name one of the nine; null for any other line.
    /// </summary>
    internal static string? IntroducedTitle(string line)
    {
        if (!line.Contains('表') || !line.Contains("如下", StringComparison.Ordinal))
        {
            return null;   // most lines: no look at their words
        }

        var compact = TableAssembler.Compact(line);
        if (compact.Length < 10 || !(compact.EndsWith('：') || compact.EndsWith(':')))
        {
            return null;
        }

        var body = compact[..^1];
        if (body.EndsWith('）') || body.EndsWith(')'))
        {
            var open = body.LastIndexOfAny(['（', '(']);
            if (open < 0 || UnitCaption(body[open..]) is null)
            {
                return null;
            }

            body = body[..open];
        }

        if (!body.EndsWith("如下", StringComparison.Ordinal))
        {
            return null;
        }

        body = body[..^2];
        var clause = body[(body.LastIndexOfAny(['。', '，', '；', ',', ';', '：', ':']) + 1)..];
        return clause.Length is >= 5 and <= 40 && TextDocumentReader.IsTitle(clause) ? clause : null;
    }

    /// <summary>
    /// Reads the table introduced by the prose line at <paramref name="at"/> (<see cref="IntroducedTitle"/>) when its header
    /// follows at once (blank lines between only) in <c>|</c> or tab cells, as a titled table is read: into
    /// <paramref name="grids"/>, or a note when the rows are irregular; returns the line to go on from, or null when the line
    /// introduces no such table.
    /// </summary>
    private static int? IntroducedTable(List<string> lines, int at, List<RawGrid> grids, List<DocumentNote> notes)
    {
        if (IntroducedTitle(lines[at]) is not { } title)
        {
            return null;
        }

        var start = SkipBlank(lines, at + 1);
        if (start >= lines.Count || !(lines[start].Contains('|') || lines[start].Contains('\t')))
        {
            return null;
        }

        List<string> above = UnitCaption(TableAssembler.Compact(lines[at])) is { } unit ? [title, unit] : [title];
        var end = ReadUntitled(lines, at, start, title, above, grids, notes);
        return Math.Max(end, at + 1);
    }
}
