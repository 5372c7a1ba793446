using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// Tables printed without ruling lines (无框线表格): columns from text alignment. A block is taken as a table only
/// when a recognised table title (one of the nine or a table published beside them) is followed by header lines that
/// name columns (项目, 合计, 决算数 …) and by data lines whose words fall into columns — x ranges that stay empty
/// through every data line — with the amounts of each column sharing their right, left or centre edge. Anything
/// less stays narrative, with a note when a recognised title was followed by amounts.
/// </summary>
internal static class TextGrids
{
    private const int MaxCaptionLines = 3;
    private const int MaxHeaderLines = 4;
    private const double EdgeTolerance = 1.5;

    private static readonly string[] HeaderWords = ["项目", "科目", "合计", "决算数", "预算数", "金额", "支出", "收入", "编码", "名称"];

    /// <summary>A run of glyphs without a wide gap: one cell's text on one line.</summary>
    private readonly record struct Word(string Text, double Left, double Right)
    {
        public double Center => (Left + Right) / 2;
    }

    /// <summary>
    /// Finds the rule-less tables among a page's free lines, removes their header and data lines from
    /// <paramref name="lines"/> (the caption lines stay in the narrative, as for ruled tables) and returns their grids.
    /// </summary>
    public static List<RawGrid> Find(List<TextLine> lines, int page, List<DocumentNote> notes)
    {
        var grids = new List<RawGrid>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsCaption(lines[i].Text) || NineTables.Kind(TitleOf(lines[i].Text)) == PublishedTableKind.None)
            {
                i++;
                continue;
            }

            var title = TitleOf(lines[i].Text);
            var start = i;
            while (start > 0 && i - start < MaxCaptionLines - 1 && IsCaption(lines[start - 1].Text))
            {
                start--; // 公开01表 above the title
            }

            var headerStart = i + 1;
            while (headerStart < lines.Count && headerStart - i <= MaxCaptionLines && IsCaption(lines[headerStart].Text))
            {
                headerStart++;
            }

            var firstData = headerStart;
            // Data starts at the first line with an amount (decimals or thousands separators): page numbers in a table
            // of contents and the 注 of a blank table never start one.
            while (firstData < lines.Count && firstData - headerStart <= MaxHeaderLines && !HasAmount(lines[firstData]) && !IsCaption(lines[firstData].Text))
            {
                firstData++;
            }

            if (firstData >= lines.Count || !HasAmount(lines[firstData]) || firstData == headerStart)
            {
                i = headerStart;
                continue;
            }

            var end = DataEnd(lines, firstData);
            var grid = Build(lines, start, headerStart, firstData, end, page);
            if (grid is null)
            {
                // A note only where a reviewer would see a table: amounts on two or more lines.
                if (lines.Skip(firstData).Take(end - firstData).Count(HasAmount) >= 2)
                {
                    notes.Add(RejectedNote(title, lines[start], page));
                }

                i = end;
                continue;
            }

            grids.Add(grid);
            lines.RemoveRange(headerStart, end - headerStart);
            i = headerStart;
        }

        return grids;
    }

    private static DocumentNote RejectedNote(string title, TextLine caption, int page) => new()
    {
        MessageZh = "“" + title + "”似为无框线表格，但表头未识别或各行未按列对齐，按正文读取。",
        MessageEn = "“" + title + "” looks like a table without ruling lines, but its header was not recognised or its rows do not align in columns; read as narrative text.",
        Location = new CellLocation { Page = page, X = Math.Round(caption.Left, 1), Y = Math.Round(caption.Top, 1) },
    };

    /// <summary>The first line after <paramref name="firstData"/> that no longer belongs to the data block.</summary>
    private static int DataEnd(List<TextLine> lines, int firstData)
    {
        var end = firstData + 1;
        var width = lines[firstData].Right - lines[firstData].Left;
        while (end < lines.Count)
        {
            var line = lines[end];
            var previous = lines[end - 1];
            var words = Words(line);
            var tooFar = line.Top - previous.Top > Math.Max(line.Bottom - line.Top, previous.Bottom - previous.Top) * 2.5;
            var paragraph = words.Count == 1 && !HasNumber(line) && words[0].Right - words[0].Left > width * 0.4;
            if (tooFar || paragraph || IsCaption(line.Text))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>The grid of a candidate block, or null when its header is not recognised or its rows do not align.</summary>
    private static RawGrid? Build(List<TextLine> lines, int captionStart, int headerStart, int firstData, int end, int page)
    {
        var header = lines.GetRange(headerStart, firstData - headerStart).Select(Words).ToList();
        var data = lines.GetRange(firstData, end - firstData).Select(Words).ToList();
        if (!header.SelectMany(w => w).Any(w => HeaderWords.Any(k => w.Text.Contains(k, StringComparison.Ordinal))))
        {
            return null;
        }

        // Columns: x ranges covered by data words, separated by gaps that stay empty through every data line.
        // A 合计/总计 label may span the label columns, so it does not join them.
        var zones = Zones(data.SelectMany(ws => ws.Where((w, k) => !(k == 0 && IsTotalLabel(w.Text)))));
        if (zones.Count < 2 || !Aligned(data, zones))
        {
            return null;
        }

        var rows = header.Count + data.Count;
        var grid = new RawGrid(rows, zones.Count)
        {
            Page = page,
            ColumnEdges = zones.Select(z => z.Left).Append(zones[^1].Right).ToArray(),
            Location = new CellLocation { Page = page, X = Math.Round(zones[0].Left, 1), Y = Math.Round(lines[headerStart].Top, 1) },
        };
        for (var k = captionStart; k < headerStart; k++)
        {
            grid.Above.Add(lines[k].Text);
        }

        if (!HeaderCells(grid, header, zones, lines, headerStart))
        {
            return null;
        }

        for (var d = 0; d < data.Count; d++)
        {
            var r = header.Count + d;
            var line = lines[firstData + d];
            var texts = new string[zones.Count];
            foreach (var w in data[d])
            {
                var z = ZoneOf(zones, w.Center);
                texts[z] = texts[z] is null ? w.Text : texts[z] + w.Text;
            }

            for (var c = 0; c < zones.Count; c++)
            {
                AddCell(grid, r, c, 1, texts[c] ?? string.Empty, zones[c].Left, line.Top, page);
            }
        }

        return grid;
    }

    /// <summary>
    /// Header cells, bottom line first: a word takes the column under its centre; on an upper line a word standing
    /// above lower header cells is a group (本年支出 over 合计/基本支出/项目支出) and also takes the free neighbouring
    /// columns that have header cells below, each going to the nearest group; a word with nothing below spans down.
    /// Two words of one header line in one column mean the header does not align: false.
    /// </summary>
    private static bool HeaderCells(RawGrid grid, List<List<Word>> header, List<(double Left, double Right)> zones, List<TextLine> lines, int headerStart)
    {
        var n = zones.Count;
        var coveredBelow = new bool[n];
        var owners = new Word?[header.Count, n];
        for (var h = header.Count - 1; h >= 0; h--)
        {
            var own = new int[n];
            Array.Fill(own, -1);
            var words = header[h];
            for (var k = 0; k < words.Count; k++)
            {
                var z = ZoneOf(zones, words[k].Center);
                if (own[z] >= 0)
                {
                    return false;
                }

                own[z] = k;
            }

            var assigned = (int[])own.Clone();
            for (var z = 0; z < n; z++)
            {
                if (own[z] >= 0 || !coveredBelow[z])
                {
                    continue;
                }

                var left = Array.FindLastIndex(own, z, o => o >= 0);
                var right = Array.FindIndex(own, z, o => o >= 0);
                var candidates = new[] { left, right }.Where(q => q >= 0 && coveredBelow[q]).Select(q => own[q]).Distinct().ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var centre = (zones[z].Left + zones[z].Right) / 2;
                assigned[z] = candidates.OrderBy(k => Math.Max(0, Math.Max(words[k].Left - centre, centre - words[k].Right))).First();
            }

            for (var z = 0; z < n; z++)
            {
                if (assigned[z] >= 0)
                {
                    owners[h, z] = words[assigned[z]];
                }

                coveredBelow[z] |= assigned[z] >= 0;
            }
        }

        for (var h = 0; h < header.Count; h++)
        {
            for (var z = 0; z < n;)
            {
                if (grid.Slots[h, z] is not null)
                {
                    z++;
                    continue;
                }

                var word = owners[h, z];
                var span = 1;
                while (word is not null && z + span < n && owners[h, z + span] == word)
                {
                    span++;
                }

                var rowSpan = 1;
                while (word is not null && h + rowSpan < header.Count && Enumerable.Range(z, span).All(q => owners[h + rowSpan, q] is null))
                {
                    rowSpan++;
                }

                var cell = grid.Add(h, z, rowSpan, span);
                cell.Text = word?.Text ?? string.Empty;
                cell.Location = new CellLocation { Page = grid.Page, X = Math.Round(zones[z].Left, 1), Y = Math.Round(lines[headerStart + h].Top, 1), Row = h + 1, Column = z + 1 };
                z += span;
            }
        }

        return true;
    }

    private static void AddCell(RawGrid grid, int r, int c, int span, string text, double x, double y, int page)
    {
        var cell = grid.Add(r, c, 1, span);
        cell.Text = text;
        cell.Location = new CellLocation { Page = page, X = Math.Round(x, 1), Y = Math.Round(y, 1), Row = r + 1, Column = c + 1 };
    }

    /// <summary>Every column holding amounts on two or more lines has them flush right, flush left or centred.</summary>
    private static bool Aligned(List<List<Word>> data, List<(double Left, double Right)> zones)
    {
        var byZone = new List<Word>[zones.Count];
        foreach (var w in data.SelectMany(ws => ws).Where(w => IsAmount(w.Text)))
        {
            (byZone[ZoneOf(zones, w.Center)] ??= new List<Word>()).Add(w);
        }

        foreach (var words in byZone)
        {
            if (words is null || words.Count < 2)
            {
                continue;
            }

            static double Spread(IEnumerable<double> v) => v.Max() - v.Min();
            if (Spread(words.Select(w => w.Right)) > EdgeTolerance && Spread(words.Select(w => w.Left)) > EdgeTolerance && Spread(words.Select(w => w.Center)) > EdgeTolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static List<(double Left, double Right)> Zones(IEnumerable<Word> words)
    {
        var zones = new List<(double Left, double Right)>();
        foreach (var w in words.OrderBy(w => w.Left))
        {
            if (zones.Count > 0 && w.Left <= zones[^1].Right + 1)
            {
                zones[^1] = (zones[^1].Left, Math.Max(zones[^1].Right, w.Right));
            }
            else
            {
                zones.Add((w.Left, w.Right));
            }
        }

        return zones;
    }

    /// <summary>The column whose range (extended to the middle of the gaps beside it) contains x.</summary>
    private static int ZoneOf(List<(double Left, double Right)> zones, double x)
    {
        for (var z = 0; z < zones.Count - 1; z++)
        {
            if (x < (zones[z].Right + zones[z + 1].Left) / 2)
            {
                return z;
            }
        }

        return zones.Count - 1;
    }

    /// <summary>Splits a line at gaps wider than the glyph height (a column gap; letters of one cell sit closer).</summary>
    private static List<Word> Words(TextLine line)
    {
        var words = new List<Word>();
        var glyphs = line.Glyphs;
        var from = 0;
        for (var k = 1; k <= glyphs.Count; k++)
        {
            if (k < glyphs.Count && glyphs[k].Left - glyphs[k - 1].Right <= Math.Max(glyphs[k].Height, glyphs[k - 1].Height))
            {
                continue;
            }

            var part = glyphs.GetRange(from, k - from);
            words.Add(new Word(TextLine.Join(part, keepGaps: false), part[0].Left, part.Max(g => g.Right)));
            from = k;
        }

        return words;
    }

    private static bool HasNumber(TextLine line) => Words(line).Exists(w => TableAssembler.IsNumber(w.Text));

    private static bool HasAmount(TextLine line) => Words(line).Exists(w => IsAmount(w.Text));

    private static bool IsAmount(string text) => TableAssembler.IsNumber(text) && (text.Contains('.', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal));

    private static bool IsTotalLabel(string text) => text.StartsWith("合计", StringComparison.Ordinal) || text.StartsWith("总计", StringComparison.Ordinal);

    /// <summary>A caption line: a title (ends in 表, or 表（…）), a table code (公开01表) or the unit (单位：万元).</summary>
    private static bool IsCaption(string text)
    {
        var t = TableAssembler.Compact(text);
        return t.Length is > 0 and <= 60 && (t.EndsWith("表", StringComparison.Ordinal) || t.StartsWith("单位", StringComparison.Ordinal) || t.StartsWith("金额单位", StringComparison.Ordinal) || TableAssembler.TableCode(t).Code is not null
            || ((t.EndsWith("）", StringComparison.Ordinal) || t.EndsWith(")", StringComparison.Ordinal)) && (t.Contains("表（", StringComparison.Ordinal) || t.Contains("表(", StringComparison.Ordinal))));
    }

    private static string TitleOf(string text) => TableAssembler.TableCode(TableAssembler.Compact(text)).Remainder;
}
