using System.Collections.Generic;
using System.Text;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Renders a table aligned by spaces with a header over two lines whose first line's cells may span columns and be set
/// left, centred or right over them (a wide character counts two; two spaces at least between columns; amounts right-
/// aligned, text left-aligned) — the layouts a 说明 copied from a PDF or typed by hand shows.
/// </summary>
internal static class AlignedHeaderText
{
    public static string Render(IReadOnlyList<TopCell> top, string[] second, string[][] rows)
    {
        var columns = second.Length;
        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            widths[c] = Math.Max(Width(second[c]), rows.Max(r => Width(r[c])));
        }

        foreach (var cell in top)
        {
            var last = cell.First + cell.Span - 1;
            var room = Enumerable.Range(cell.First, cell.Span).Sum(c => widths[c]) + (2 * (cell.Span - 1));
            widths[last] += Math.Max(0, Width(cell.Text) - room);
        }

        var x = new int[columns];
        for (var c = 1; c < columns; c++)
        {
            x[c] = x[c - 1] + widths[c - 1] + 2;
        }

        var lines = new List<string>();
        var placed = top.Select(cell =>
        {
            var start = x[cell.First];
            var end = x[cell.First + cell.Span - 1] + widths[cell.First + cell.Span - 1];
            var w = Width(cell.Text);
            var at = cell.Align switch
            {
                HeaderAlign.Left => start,
                HeaderAlign.Right => end - w,
                _ => (start + end - w) / 2,
            };
            return (At: at, cell.Text);
        });
        lines.Add(Line(placed));
        foreach (var row in new[] { second }.Concat(rows))
        {
            lines.Add(Line(row.Select((t, c) => (At: IsAmount(t) ? x[c] + widths[c] - Width(t) : x[c], Text: t))));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Line(IEnumerable<(int At, string Text)> cells)
    {
        var sb = new StringBuilder();
        var position = 0;
        foreach (var (at, text) in cells.Where(c => c.Text.Length > 0).OrderBy(c => c.At))
        {
            sb.Append(' ', Math.Max(at - position, position == 0 ? 0 : 2));
            position = Math.Max(at, position == 0 ? 0 : position + 2) + Width(text);
            sb.Append(text);
        }

        return sb.ToString();
    }

    private static bool IsAmount(string cell) => cell.Length > 0 && cell.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '-');

    private static int Width(string cell) => cell.Sum(ch => ch > 127 ? 2 : 1);
}
