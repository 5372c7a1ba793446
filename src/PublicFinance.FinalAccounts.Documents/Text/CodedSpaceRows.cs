namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Blind round 24 (B), family m3: a space-aligned 类 / 款 / 项 table as <c>pdftotext -layout</c> writes it (按类款项分列的空格对齐表),
/// whose columns do not line up — the header set with wide characters, the amounts with narrow ones, the names indented per
/// level, the 合计 label spread as "合    计". <see cref="SpaceAlignedRows"/> finds no regular columns there, so the table was a
/// note. Read here by the order of the cells on each line instead of their positions, only when that order leaves nothing to
/// guess: the header is exactly 类, 款, 项, one name column (科目名称 / 项目 / 名称) and one or more amount columns; every row is
/// its codes (2 or 3 digits, each standing nearest to one of 类 / 款 / 项 under both character widths, in that order), one name
/// (several cells only when they join into 合计 / 总计) and exactly one amount per amount column — a row with a blank amount
/// cannot be placed without the alignment, so the table stays a note — unless the columns are aligned (session 60,
/// <see cref="BlankCells"/>).
/// </summary>
internal static partial class CodedSpaceRows
{
    /// <summary>The rows read by cell order, the header first; null when a line does not fit the shape above.</summary>
    public static List<TextTableGrids.Cell[]>? Read(List<string> lines, int count)
    {
        if (count < 2)
        {
            return null;
        }

        var header = Tokens(lines[0]);
        if (header.Count < 5 || header[0].Text != "类" || header[1].Text != "款" || header[2].Text != "项"
            || !IsNameHeader(header[3].Text) || header.Skip(4).Any(t => t.Text.Any(char.IsAsciiDigit)))
        {
            return null;
        }

        var amounts = header.Count - 4;
        var rows = new List<TextTableGrids.Cell[]> { header.Select(t => new TextTableGrids.Cell(t.Text, 1, t.From + 1)).ToArray() };
        var parents = new TextTableGrids.Cell?[2];
        var shortRows = new List<(int Row, int Line, List<(string Text, int From)> Amounts)>();
        for (var k = 1; k < count; k++)
        {
            if (Row(lines[0], lines[k], k, amounts, out var given) is not { } row)
            {
                return null;
            }

            Inherit(row, parents);
            rows.Add(row);
            if (given.Count < amounts)
            {
                shortRows.Add((rows.Count - 1, k, given));
            }
        }

        return shortRows.Count == 0 || BlankCells.Place(lines, rows, shortRows, amounts) ? rows : null;
    }

    /// <summary>
    /// The codes of the rows above a 款 or 项 row written alone ("     03   政府办公厅…" under "201   一般公共服务支出"), as a
    /// layout print leaves them: the 类 cell (and for a 项 the 款 cell) spans down, so the row's blank parent cells are that
    /// cell — its text and place. A 款 without a 类 above, or a 项 without a 款 under the current 类, keeps its blanks (the
    /// code alone is no code, and the row is not read).
    /// </summary>
    private static void Inherit(TextTableGrids.Cell[] row, TextTableGrids.Cell?[] parents)
    {
        if (row[0].Text.Length > 0)
        {
            parents[0] = row[0];
            parents[1] = null;
        }
        else if (row[1].Text.Length > 0 && parents[0] is { } cls)
        {
            row[0] = cls;
        }

        if (row[1].Text.Length > 0)
        {
            parents[1] = row[0].Text.Length > 0 ? row[1] : null;
        }
        else if (row[2].Text.Length > 0 && parents[0] is { } cls && parents[1] is { } sec)
        {
            (row[0], row[1]) = (cls, sec);
        }
    }

    private static bool IsNameHeader(string text)
        => text.Contains("名称", StringComparison.Ordinal) || text is "项目" or "科目";

    /// <summary>
    /// One body line as 类, 款, 项, name and amount cells, or null. <paramref name="given"/> are the line's amounts (text and
    /// first character): one per amount column, or fewer (session 60: a row with blank cells, whose amount cells are then
    /// left blank here and placed by <see cref="BlankCells"/>).
    /// </summary>
    private static TextTableGrids.Cell[]? Row(string headerLine, string line, int index, int amounts,
        out List<(string Text, int From)> given)
    {
        var tokens = Tokens(line);
        var cells = new TextTableGrids.Cell[4 + amounts];
        given = [];
        var first = line.Length - line.TrimStart().Length + 1;
        for (var c = 0; c < 3; c++)
        {
            cells[c] = new TextTableGrids.Cell(string.Empty, index + 1, first);
        }

        var t = 0;
        var lastLevel = -1;
        while (t < tokens.Count && tokens[t].Text.Length is 2 or 3 && tokens[t].Text.All(char.IsAsciiDigit))
        {
            var level = Level(headerLine, line, tokens[t].From);
            if (level < 0 || (lastLevel >= 0 && level != lastLevel + 1) || (level == 0) != (tokens[t].Text.Length == 3))
            {
                return null;   // codes out of order or skipping a level, or a 类 code that is not 3 digits (款 and 项 are 2)
            }

            cells[level] = new TextTableGrids.Cell(tokens[t].Text, index + 1, tokens[t].From + 1);
            lastLevel = level;
            t++;
        }

        var amountStart = tokens.Count;
        while (amountStart > t + 1 && tokens.Count - amountStart < amounts && IsAmount(tokens[amountStart - 1].Text))
        {
            amountStart--;
        }

        if (amountStart == tokens.Count || tokens.Skip(t).Take(amountStart - t).Any(n => IsAmount(n.Text)))
        {
            return null;
        }

        var name = string.Concat(tokens.Skip(t).Take(amountStart - t).Select(n => n.Text));
        if (amountStart - t > 1 && name.Replace(" ", string.Empty, StringComparison.Ordinal) is not ("合计" or "总计"))
        {
            return null;   // two name cells that are not a spread 合计: the line is not guessed at
        }

        cells[3] = new TextTableGrids.Cell(name.Replace(" ", string.Empty, StringComparison.Ordinal), index + 1, tokens[t].From + 1);
        given = tokens.GetRange(amountStart, tokens.Count - amountStart);
        for (var a = 0; a < amounts; a++)
        {
            cells[4 + a] = given.Count == amounts
                ? new TextTableGrids.Cell(given[a].Text, index + 1, given[a].From + 1)
                : new TextTableGrids.Cell(string.Empty, index + 1, line.Length + 1);
        }

        return lastLevel < 0 && name.Length == 0 ? null : cells;
    }

    /// <summary>
    /// Which of 类 (0), 款 (1), 项 (2) a code starting at character <paramref name="from"/> stands under: the header cell nearest
    /// to it, the same under narrow and wide characters and strictly nearer than the others; −1 (no level) otherwise.
    /// </summary>
    private static int Level(string headerLine, string line, int from)
    {
        var found = -2;
        foreach (var wide in new[] { true, false })
        {
            var header = Tokens(headerLine);
            var x = Display(line, from, wide);
            var distances = Enumerable.Range(0, 3).Select(c => Math.Abs(Display(headerLine, header[c].From, wide) - x)).ToArray();
            var nearest = Array.IndexOf(distances, distances.Min());
            if (distances.Count(d => d == distances[nearest]) > 1 || (found != -2 && found != nearest))
            {
                return -1;
            }

            found = nearest;
        }

        return found;
    }

    private static bool IsAmount(string text) => text.Any(char.IsAsciiDigit) && Amount.TryParse(text, out _);

    /// <summary>The display position of character <paramref name="index"/> of a line (wide characters two columns when
    /// <paramref name="wide"/>).</summary>
    private static int Display(string line, int index, bool wide)
    {
        var x = 0;
        for (var i = 0; i < index && i < line.Length; i++)
        {
            x += wide && IsWide(line[i]) ? 2 : 1;
        }

        return x;
    }

    private static bool IsWide(char ch)
        => ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' or '\u3000';

    /// <summary>The cells of a line: runs of text apart by two or more blanks (a single space stays inside a cell).</summary>
    private static List<(string Text, int From)> Tokens(string line)
    {
        var tokens = new List<(string, int)>();
        var i = 0;
        while (i < line.Length)
        {
            if (IsBlank(line[i]))
            {
                i++;
                continue;
            }

            var from = i;
            while (i < line.Length && !(IsBlank(line[i]) && (i + 1 >= line.Length || IsBlank(line[i + 1]) || line[i] != ' ')))
            {
                i++;
            }

            tokens.Add((line[from..i].TrimEnd(), from));
        }

        return tokens;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';
}
