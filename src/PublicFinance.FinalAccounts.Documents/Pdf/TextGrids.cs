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
    private const double MaxGapInLineHeights = 2.5;
    private const double MaxRowPitchInLineHeights = 6;
    private const double RowPitchSlack = 1.3;
    private const double SpaceShare = 0.2;
    private const double WrapShare = 0.8;

    private static readonly string[] HeaderWords = ["项目", "科目", "合计", "决算数", "预算数", "金额", "支出", "收入", "编码", "名称"];

    /// <summary>A run of glyphs without a wide gap: one cell's text on one line.</summary>
    internal readonly record struct Word(string Text, double Left, double Right)
    {
        public double Center => (Left + Right) / 2;
    }

    /// <summary>A rule-less table that ran to the foot of its page, which the next page may continue.</summary>
    internal sealed class Carry
    {
        /// <summary>The page the table ended on.</summary>
        public required int Page { get; init; }

        /// <summary>The column ranges.</summary>
        public required List<(double Left, double Right)> Zones { get; init; }

        /// <summary>The header lines as printed (whitespace removed), to recognise a repeated header.</summary>
        public required List<string> Header { get; init; }

        /// <summary>The data words so far (the amounts of a continuation must align with them).</summary>
        public required List<List<Word>> Data { get; init; }
    }

    /// <summary>
    /// Finds the rule-less tables among a page's free lines, removes their header and data lines from
    /// <paramref name="lines"/> (the caption lines stay in the narrative, as for ruled tables) and returns their grids.
    /// </summary>
    public static List<RawGrid> Find(List<TextLine> lines, int page, List<DocumentNote> notes)
        => Find(lines, page, notes, double.MaxValue, null, out _);

    /// <summary>
    /// As <see cref="Find(List{TextLine}, int, List{DocumentNote})"/>, and continues <paramref name="carried"/> — a table
    /// that ran to the foot of the previous page — with the data lines at the top of this page (after a repeated header
    /// or none) when they fall into its columns and align with its amounts; <paramref name="carry"/> is the table that
    /// runs to the foot of this page, if any.
    /// </summary>
    public static List<RawGrid> Find(List<TextLine> lines, int page, List<DocumentNote> notes, double pageHeight, Carry? carried,
        out Carry? carry)
    {
        var grids = new List<RawGrid>();
        carry = null;
        var i = 0;
        if (carried is not null && carried.Page == page - 1 && Continue(lines, page, pageHeight, carried) is { } continued)
        {
            grids.Add(continued.Grid);
            carry = continued.Carry;
            i = continued.Next;
        }

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
            while (firstData < lines.Count && firstData - headerStart <= MaxHeaderLines && !HasAmount(lines[firstData])
                && !IsCaption(lines[firstData].Text))
            {
                firstData++;
            }

            if (firstData >= lines.Count || !HasAmount(lines[firstData]) || firstData == headerStart)
            {
                if (BlankFundTable(lines, start, headerStart, page) is { } blank)
                {
                    grids.Add(blank);
                }

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
            carry = EndsPage(lines, end, pageHeight)
                ? new Carry { Page = page, Zones = Zones(lines, firstData, end),
                    Header = lines.GetRange(headerStart, firstData - headerStart).ConvertAll(l => TableAssembler.Compact(l.Text)),
                    Data = lines.GetRange(firstData, end - firstData).ConvertAll(Words) }
                : null;
            lines.RemoveRange(headerStart, end - headerStart);
            i = headerStart;
        }

        return grids;
    }

    /// <summary>
    /// A 政府性基金 / 国有资本经营 table printed without ruling lines and without data (session 29): under its caption, header
    /// lines without any amount and, within <see cref="MaxHeaderLines"/> lines, its statement (本表无数据, 故本表为空表). Its
    /// columns are not divided (no amount aligns them): the grid holds the header lines as one cell, located at the first,
    /// and the statement as the line below it — the table is found, declared empty with its statement, and no figure is read.
    /// Null for any other block.
    /// </summary>
    private static RawGrid? BlankFundTable(List<TextLine> lines, int captionStart, int headerStart, int page)
    {
        var kind = NineTables.Kind(TitleOf(lines[captionStart..headerStart].First(l => IsCaption(l.Text)
            && NineTables.Kind(TitleOf(l.Text)) != PublishedTableKind.None).Text));
        if (kind is not (PublishedTableKind.GovernmentFund or PublishedTableKind.StateCapital) || headerStart >= lines.Count)
        {
            return null;
        }

        for (var k = headerStart; k < lines.Count && k - headerStart <= MaxHeaderLines; k++)
        {
            var text = TableAssembler.Compact(lines[k].Text);
            if (HasAmount(lines[k]) || IsCaption(lines[k].Text))
            {
                return null;
            }

            // The header names the fund table's columns; a 注/说明 line before the statement is a ruled table's footnote
            // (the title of a ruled table stays among the lines, and a template's instruction may follow its 注).
            if (k > headerStart && TableAssembler.IsEmptyStatement(text) && lines[headerStart..k].Exists(l => IsFundHeader(l.Text)))
            {
                var first = lines[headerStart];
                var grid = new RawGrid(1, 1)
                {
                    Page = page,
                    Location = new CellLocation { Page = page, X = Math.Round(first.Left, 1), Y = Math.Round(first.Top, 1) },
                };
                for (var c = captionStart; c < headerStart; c++)
                {
                    grid.Above.Add(lines[c].Text);
                }

                AddCell(grid, 0, 0, 1, string.Join(" ", lines[headerStart..k].Select(l => l.Text)), first.Left, first.Top, page);
                grid.Below.Add(lines[k].Text);
                return grid;
            }

            if (text.StartsWith("注", StringComparison.Ordinal) || text.StartsWith("说明", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A header line of a fund table: it names 科目 and a carry-over or a year's column (年初, 本年收入, 本年支出).</summary>
    private static bool IsFundHeader(string line)
    {
        var text = TableAssembler.Compact(line);
        return text.Contains("科目", StringComparison.Ordinal) && (text.Contains("年初", StringComparison.Ordinal)
            || text.Contains("本年收入", StringComparison.Ordinal) || text.Contains("本年支出", StringComparison.Ordinal));
    }

    /// <summary>The column ranges of a block's data lines (a leading 合计/总计 label does not join the label columns).</summary>
    private static List<(double Left, double Right)> Zones(List<TextLine> lines, int firstData, int end)
        => Zones(lines.GetRange(firstData, end - firstData).Select(Words)
            .SelectMany(ws => ws.Where((w, k) => !(k == 0 && IsTotalLabel(w.Text)))));

    /// <summary>Whether nothing but the page's foot (page number, running footer: the bottom 8 %) follows line <paramref
    /// name="end"/>.</summary>
    private static bool EndsPage(List<TextLine> lines, int end, double pageHeight)
        => pageHeight < double.MaxValue && lines.Skip(end).All(l => l.Top > pageHeight * 0.92);

    /// <summary>
    /// The continuation of <paramref name="carried"/> at the top of this page: after the running header (top 8 %), the
    /// previous header repeated line for line or no header at all, then data lines (the first with an amount) whose
    /// words each fall inside one carried column and whose amounts align with the carried ones. Anything else: null.
    /// </summary>
    private static (RawGrid Grid, Carry? Carry, int Next)? Continue(List<TextLine> lines, int page, double pageHeight, Carry carried)
    {
        // The running-header band (top 8 %), except a row of the table itself: a page whose top margin is narrower than
        // the band starts the continued rows inside it (session 29: LibreOffice's 2 cm margin; the first row was lost).
        var k = 0;
        while (k < lines.Count && lines[k].Bottom < pageHeight * 0.08
            && !(HasAmount(lines[k]) && Words(lines[k]).TrueForAll(w => Inside(carried.Zones, w))))
        {
            k++;
        }

        var headerStart = k;
        var h = 0;
        while (k < lines.Count && h < carried.Header.Count && !HasAmount(lines[k])
            && TableAssembler.Compact(lines[k].Text) == carried.Header[h])
        {
            k++;
            h++;
        }

        if ((h != 0 && h != carried.Header.Count) || k >= lines.Count || !HasAmount(lines[k]) || IsCaption(lines[k].Text))
        {
            return null;
        }

        var end = DataEnd(lines, k);
        var data = lines.GetRange(k, end - k).ConvertAll(Words);
        var zones = carried.Zones;
        if (!data.TrueForAll(ws => ws.TrueForAll(w => Inside(zones, w))) || !Aligned([.. carried.Data, .. data], zones))
        {
            return null;
        }

        var dataLines = lines.GetRange(k, end - k);
        if (RowGroups(data, dataLines, zones) is not { } groups)
        {
            return null;
        }

        var grid = new RawGrid(groups.Count, zones.Count)
        {
            Page = page,
            ColumnEdges = zones.Select(z => z.Left).Append(zones[^1].Right).ToArray(),
            Location = new CellLocation { Page = page, X = Math.Round(zones[0].Left, 1), Y = Math.Round(lines[k].Top, 1) },
        };
        AddDataRows(grid, 0, groups, zones, page);
        Carry? next = EndsPage(lines, end, pageHeight)
            ? new Carry { Page = page, Zones = zones, Header = carried.Header, Data = [.. carried.Data, .. data] } : null;
        lines.RemoveRange(headerStart, end - headerStart);
        return (grid, next, headerStart);
    }

    /// <summary>Whether a word lies within one column (between the middles of the gaps beside it).</summary>
    private static bool Inside(List<(double Left, double Right)> zones, Word w)
    {
        var z = ZoneOf(zones, w.Center);
        var from = z == 0 ? double.MinValue : (zones[z - 1].Right + zones[z].Left) / 2;
        var to = z == zones.Count - 1 ? double.MaxValue : (zones[z].Right + zones[z + 1].Left) / 2;
        return w.Left >= from && w.Right <= to;
    }

    /// <summary>
    /// The printed rows of a data block. A line with no number whose words stand only in columns without amounts (the
    /// label columns), closer to the line above than rows are to each other (under 0.8 of the usual pitch between
    /// lines with amounts), is the wrapped text of the row above (科目名称 over two lines); one as close above a line with
    /// amounts leads that row (a name centred over three lines). Null — the block is not a table — when a label line is that
    /// close to both rows, or when there are label lines, no two consecutive lines with amounts to measure the pitch, and
    /// the lines do not all stand at one pitch (label rows with blank amounts at one pitch stay rows, as before).
    /// </summary>
    private static List<List<(Word Word, TextLine Line)>>? RowGroups(List<List<Word>> data, List<TextLine> dataLines,
        List<(double Left, double Right)> zones)
    {
        var amountZones = data.SelectMany(ws => ws).Where(w => IsAmount(w.Text)).Select(w => ZoneOf(zones, w.Center)).ToHashSet();
        var pitches = new List<double>();
        for (var d = 1; d < data.Count; d++)
        {
            if (data[d].Exists(w => IsAmount(w.Text)) && data[d - 1].Exists(w => IsAmount(w.Text)))
            {
                pitches.Add(dataLines[d].Top - dataLines[d - 1].Top);
            }
        }

        pitches.Sort();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 0;
        if (pitch == 0 && !EvenlySpaced(dataLines) && data.Exists(IsLabelOnly))
        {
            return null; // label lines, no two consecutive lines with amounts to measure the pitch, uneven lines: not guessed
        }

        bool IsLabelOnly(List<Word> words)
            => words.Count > 0 && words.TrueForAll(w => !TableAssembler.IsNumber(w.Text) && !amountZones.Contains(ZoneOf(zones, w.Center)));

        var groups = new List<List<(Word, TextLine)>>();
        List<(Word, TextLine)>? leading = null;
        for (var d = 0; d < data.Count; d++)
        {
            var labelOnly = IsLabelOnly(data[d]);
            var wrapped = d > 0 && labelOnly && dataLines[d].Top - dataLines[d - 1].Top < pitch * WrapShare;
            // Session 29: a name wrapped over three lines with its amounts on the middle one (cells centred vertically) has a
            // label line tight ABOVE the amounts; it leads the row below. Tight to both sides: whose it is is a guess — null.
            var leads = labelOnly && d + 1 < data.Count && data[d + 1].Exists(w => IsAmount(w.Text))
                && dataLines[d + 1].Top - dataLines[d].Top < pitch * WrapShare;
            if (leads)
            {
                if (wrapped && leading is null)
                {
                    return null;
                }

                (leading ??= []).AddRange(data[d].Select(w => (w, dataLines[d])));
                continue;
            }

            if (!wrapped || leading is not null)
            {
                groups.Add(leading ?? []);
                leading = null;
            }

            groups[^1].AddRange(data[d].Select(w => (w, dataLines[d])));
        }

        return groups;
    }

    /// <summary>Whether the lines stand at one pitch (within <see cref="EdgeTolerance"/>): every line a row of its own.</summary>
    private static bool EvenlySpaced(List<TextLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1), (a, b) => b.Top - a.Top).ToList();
        return gaps.Count == 0 || gaps.Max() - gaps.Min() <= EdgeTolerance;
    }

    /// <summary>One grid row per printed row from <paramref name="firstRow"/> on; a cell's wrapped lines joined without a space.</summary>
    private static void AddDataRows(RawGrid grid, int firstRow, List<List<(Word Word, TextLine Line)>> groups,
        List<(double Left, double Right)> zones, int page)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            var texts = new string[zones.Count];
            foreach (var (w, _) in groups[g])
            {
                var z = ZoneOf(zones, w.Center);
                texts[z] = texts[z] is null ? w.Text : texts[z] + w.Text;
            }

            var top = groups[g].Count > 0 ? groups[g][0].Line.Top : 0;
            for (var c = 0; c < zones.Count; c++)
            {
                AddCell(grid, firstRow + g, c, 1, texts[c] ?? string.Empty, zones[c].Left, top, page);
            }
        }
    }

    private static DocumentNote RejectedNote(string title, TextLine caption, int page)
        => DocumentMessages.RuleLessTableRejected(title,
            new CellLocation { Page = page, X = Math.Round(caption.Left, 1), Y = Math.Round(caption.Top, 1) });

    /// <summary>
    /// The first line after <paramref name="firstData"/> that no longer belongs to the data block: a line further below the
    /// one above than 2.5 line heights — or, in a table printed with airy rows (cell padding, a fixed row height: session 29),
    /// further than the table's own row pitch allows (<see cref="RowPitch"/>) —, a paragraph line or a caption.
    /// </summary>
    private static int DataEnd(List<TextLine> lines, int firstData)
    {
        var end = firstData + 1;
        var width = lines[firstData].Right - lines[firstData].Left;
        var rowPitch = RowPitch(lines, firstData);
        while (end < lines.Count)
        {
            var line = lines[end];
            var previous = lines[end - 1];
            var words = Words(line);
            var height = Math.Max(line.Bottom - line.Top, previous.Bottom - previous.Top);
            var tooFar = line.Top - previous.Top > Math.Max(height * MaxGapInLineHeights, rowPitch * RowPitchSlack);
            var paragraph = words.Count == 1 && !HasNumber(line) && words[0].Right - words[0].Left > width * 0.4;
            if (tooFar || paragraph || IsCaption(line.Text))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>
    /// The row pitch of a table printed with airy rows, set by its first two data lines: both hold amounts, both are rows of
    /// the same words' kind (no caption, no paragraph), and the second stands at most <see cref="MaxRowPitchInLineHeights"/>
    /// line heights below the first; else 0 (only the line-height rule applies). Session 29: LibreOffice prints an HTML
    /// table with <c>border=0</c> at about 3.7 line heights a row, so every such table ended after its 合计 row and was lost
    /// without a note.
    /// </summary>
    private static double RowPitch(List<TextLine> lines, int firstData)
    {
        if (firstData + 1 >= lines.Count)
        {
            return 0;
        }

        var first = lines[firstData];
        var second = lines[firstData + 1];
        var height = Math.Max(first.Bottom - first.Top, second.Bottom - second.Top);
        var pitch = second.Top - first.Top;
        return HasAmount(second) && !IsCaption(second.Text) && pitch > 0 && pitch <= height * MaxRowPitchInLineHeights
            && Words(second).Count >= 2 ? pitch : 0;
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
        var zones = Zones(lines, firstData, end);
        if (zones.Count < 2 || !Aligned(data, zones))
        {
            return null;
        }

        header = lines.GetRange(headerStart, firstData - headerStart).Select(l => Words(l, zones)).ToList();

        if (RowGroups(data, lines.GetRange(firstData, end - firstData), zones) is not { } groups)
        {
            return null;
        }

        var rows = header.Count + groups.Count;
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

        AddDataRows(grid, header.Count, groups, zones, page);
        return grid;
    }

    /// <summary>
    /// Header cells, bottom line first: a word takes the column under its centre; on an upper line a word standing
    /// above lower header cells is a group (本年支出 over 合计/基本支出/项目支出) and also takes the free neighbouring
    /// columns that have header cells below, each going to the nearest group; a word with nothing below spans down.
    /// Two words of one header line in one column mean the header does not align: false.
    /// </summary>
    private static bool HeaderCells(RawGrid grid, List<List<Word>> header, List<(double Left, double Right)> zones, List<TextLine> lines,
        int headerStart)
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
                cell.Location = new CellLocation { Page = grid.Page, X = Math.Round(zones[z].Left, 1),
                    Y = Math.Round(lines[headerStart + h].Top, 1), Row = h + 1, Column = z + 1 };
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
            if (Spread(words.Select(w => w.Right)) > EdgeTolerance && Spread(words.Select(w => w.Left)) > EdgeTolerance
                && Spread(words.Select(w => w.Center)) > EdgeTolerance)
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
    private static List<Word> Words(TextLine line) => Words(line, null);

    /// <summary>
    /// Splits a line at gaps wider than the glyph height, and — for a header line over known columns — a word that reaches
    /// from one column into another also at its narrower gaps (spaces: over <see cref="SpaceShare"/> of the glyph height);
    /// if two of its parts then stand in one column, the header does not align and the block stays a note.
    /// Session 29: names of narrow columns set close together (<c>财政拨款收入 其他收入</c>, <c>基本支出 项目支出 经营支出</c>)
    /// were one word, so one column took the joined name and its neighbour none — the other column's amounts were then
    /// read under the wrong name (a false FA1102, FA0302). The glyphs of one name sit closer than a space, so a name
    /// centred over several columns (本年支出) is not cut.
    /// </summary>
    private static List<Word> Words(TextLine line, List<(double Left, double Right)>? zones)
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
            var right = part.Max(g => g.Right);
            if (zones is not null && ZoneOf(zones, part[0].Left) != ZoneOf(zones, right))
            {
                words.AddRange(SplitAtSpaces(part));
            }
            else
            {
                words.Add(new Word(TextLine.Join(part, keepGaps: false), part[0].Left, right));
            }

            from = k;
        }

        return words;
    }

    /// <summary>
    /// A header word reaching over two columns, cut at its spaces (gaps over <see cref="SpaceShare"/> of the glyph height).
    /// </summary>
    private static IEnumerable<Word> SplitAtSpaces(List<Glyph> glyphs)
    {
        var from = 0;
        for (var k = 1; k <= glyphs.Count; k++)
        {
            if (k < glyphs.Count && glyphs[k].Left - glyphs[k - 1].Right <= Math.Max(glyphs[k].Height, glyphs[k - 1].Height) * SpaceShare)
            {
                continue;
            }

            var part = glyphs.GetRange(from, k - from);
            yield return new Word(TextLine.Join(part, keepGaps: false), part[0].Left, part.Max(g => g.Right));
            from = k;
        }
    }

    private static bool HasNumber(TextLine line) => Words(line).Exists(w => TableAssembler.IsNumber(w.Text));

    private static bool HasAmount(TextLine line) => Words(line).Exists(w => IsAmount(w.Text));

    private static bool IsAmount(string text)
        => TableAssembler.IsNumber(text) && (text.Contains('.', StringComparison.Ordinal) || text.Contains(',', StringComparison.Ordinal));

    private static bool IsTotalLabel(string text)
        => text.StartsWith("合计", StringComparison.Ordinal) || text.StartsWith("总计", StringComparison.Ordinal);

    /// <summary>A caption line: a title (ends in 表, or 表（…）), a table code (公开01表) or the unit (单位：万元).</summary>
    private static bool IsCaption(string text)
    {
        var t = TableAssembler.Compact(text);
        return t.Length is > 0 and <= 60
            && (t.EndsWith("表", StringComparison.Ordinal) || t.StartsWith("单位", StringComparison.Ordinal)
            || t.StartsWith("金额单位", StringComparison.Ordinal) || TableAssembler.TableCode(t).Code is not null
            || ((t.EndsWith("）", StringComparison.Ordinal) || t.EndsWith(")", StringComparison.Ordinal))
                && (t.Contains("表（", StringComparison.Ordinal) || t.Contains("表(", StringComparison.Ordinal))));
    }

    private static string TitleOf(string text) => TableAssembler.TableCode(TableAssembler.Compact(text)).Remainder;
}
