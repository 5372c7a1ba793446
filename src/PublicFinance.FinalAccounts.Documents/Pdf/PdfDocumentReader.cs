using PublicFinance.FinalAccounts.Documents.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// Reads a PDF: glyphs with positions (PdfPig), ruling lines into table grids, the remaining glyphs into lines in
/// reading order, running headers, footers and page numbers removed, paragraphs separated by vertical gaps.
/// </summary>
internal static class PdfDocumentReader
{
    /// <summary>The fraction of the page height at the top and at the bottom where running headers and footers live.</summary>
    private const double MarginBand = 0.08;

    public static PublishedDocument Read(byte[] bytes, string name)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var encrypted = e.GetType().Name.Contains("Encrypt", StringComparison.Ordinal)
                || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);
            throw encrypted
                ? DocumentMessages.EncryptedPdf(name, e)
                : DocumentMessages.UnreadablePdf(name, e);
        }

        using (document)
        {
            var notes = new List<DocumentNote>();
            var pages = new List<PageContent>();
            int count;
            try
            {
                count = document.NumberOfPages;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw DocumentMessages.DamagedPageTree(name, e);
            }

            CidFontPrograms.Hide(document); // composite fonts' glyph programs: parsed in full by PdfPig, used by nothing here
            TextGrids.Carry? carry = null; // a rule-less table running to the foot of the previous page
            for (var p = 1; p <= count; p++)
            {
                try
                {
                    pages.Add(ReadPage(document.GetPage(p), p, notes, ref carry));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    notes.Add(DocumentMessages.PageSkipped(p, e));
                }
            }

            if (count > 0 && pages.Count == 0)
            {
                throw DocumentMessages.NoReadablePage(name);
            }

            RemoveRunningLines(pages);
            var text = Narrative(pages);
            OrphanedTableTitles.Attach([.. pages.Select(p => p.Lines)], [.. pages.Select(p => p.Grids)]);
            var grids = pages.SelectMany(p => p.Grids).ToList();
            var tables = TableAssembler.Assemble(grids, name);
            if (pages.Count > 0 && pages.All(p => p.Lines.Count == 0 && p.Grids.Count == 0))
            {
                notes.Add(DocumentMessages.NoTextLayer());
            }

            return new PublishedDocument { Name = name, Kind = DocumentKind.Pdf, Text = text, Tables = tables, Notes = notes,
                PageCount = count };
        }
    }

    private sealed class PageContent
    {
        public required int Number { get; init; }

        public required double Height { get; init; }

        public required List<TextLine> Lines { get; init; }

        public required List<RawGrid> Grids { get; init; }
    }

    private static PageContent ReadPage(Page page, int number, List<DocumentNote> notes, ref TextGrids.Carry? carry)
    {
        // Rotated pages (/Rotate 90, or a landscape text matrix) are turned upright first.
        var orientation = PageOrientation.Of(page);
        var height = orientation.UprightHeight;
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }
            // Advance-based geometry: the baseline start and end order glyphs reliably (ink boxes of punctuation and
            // of flat characters such as 一 do not); the height comes from the point size.
            var rect = letter.BoundingBox;
            var size = letter.PointSize is > 2 and < 100 ? letter.PointSize : Math.Max(rect.Height, 4);
            var start = orientation.Apply(letter.StartBaseLine);
            var end = orientation.Apply(letter.EndBaseLine);
            var left = Math.Min(start.X, end.X);
            var right = Math.Max(start.X, end.X);
            if (right - left < 0.1)
            {
                right = left + Math.Max(letter.Width, size * 0.5);
            }

            var baseline = height - start.Y;
            var top = baseline - size * 0.8;
            var bottom = baseline + size * 0.2;
            glyphs.Add(new Glyph(letter.Value, left, right, Math.Min(top, bottom), Math.Max(top, bottom)));
        }

        var frames = RulingGrids.Find(Segments(page, height, orientation), number);
        var cellGlyphs = new Dictionary<RawCell, List<Glyph>>();
        var free = new List<Glyph>();
        foreach (var g in glyphs)
        {
            var placed = false;
            foreach (var frame in frames)
            {
                if (RulingGrids.Place(frame, g, cellGlyphs))
                {
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                free.Add(g);
            }
        }

        foreach (var (cell, list) in cellGlyphs)
        {
            var cellLines = TextLine.Build(number, list);
            cell.Text = string.Concat(cellLines.Select(l => TextLine.Join(l.Glyphs, keepGaps: false)));
            cell.Lines.AddRange(cellLines.Select(l => l.Text));
        }

        var lines = TextLine.Build(number, free);

        // Lines just above a frame are its caption (title, 单位); lines below it up to the next frame its notes.
        var grids = new List<RawGrid>();
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var previousBottom = i > 0 ? frames[i - 1].Bottom : 0;
            var nextTop = i + 1 < frames.Count ? frames[i + 1].Top : double.MaxValue;
            foreach (var line in lines)
            {
                if (line.Bottom <= frame.Top + 1 && line.Top >= previousBottom && frame.Top - line.Bottom < 150 && Overlaps(line, frame))
                {
                    frame.Grid.Above.Add(line.Text);
                }
                else if (line.Top >= frame.Bottom - 1 && line.Bottom <= nextTop && line.Top - frame.Bottom < 60)
                {
                    frame.Grid.Below.Add(line.Text);
                }
            }

            grids.Add(frame.Grid);
        }

        // Tables printed without ruling lines: only under a recognised title, with a recognised header and aligned rows.
        var textGrids = TextGrids.Find(lines, number, notes, height, carry, out carry);
        if (textGrids.Count > 0)
        {
            grids = [.. grids.Concat(textGrids).OrderBy(g => g.Location?.Y ?? 0)];
        }

        return new PageContent { Number = number, Height = height, Lines = lines, Grids = grids };
    }

    private static bool Overlaps(TextLine line, RulingGrids.Frame frame) => line.Right >= frame.Left - 20 && line.Left <= frame.Right + 20;

    private static List<Segment> Segments(Page page, double height, PageOrientation orientation)
    {
        void Add(List<Segment> segments, PdfPoint a, PdfPoint b, double height)
            => AddUpright(segments, orientation.Apply(a), orientation.Apply(b), height);

        var segments = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                PdfPoint? start = null;
                PdfPoint? current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            Add(segments, line.From, line.To, height);
                            current = line.To;
                            start ??= line.From;
                            break;
                        case PdfSubpath.Close when start is { } s && current is { } c:
                            Add(segments, c, s, height);
                            current = s;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                    }
                }
            }
        }

        return segments;
    }

    private static void AddUpright(List<Segment> segments, PdfPoint a, PdfPoint b, double height)
    {
        if (Math.Abs(a.Y - b.Y) < 1.0)
        {
            segments.Add(new Segment(true, height - (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) < 1.0)
        {
            segments.Add(new Segment(false, (a.X + b.X) / 2, height - Math.Max(a.Y, b.Y), height - Math.Min(a.Y, b.Y)));
        }
    }

    /// <summary>Removes page numbers and lines repeated in the top or bottom band of many pages (running headers/footers).</summary>
    private static void RemoveRunningLines(List<PageContent> pages)
    {
        bool InBand(PageContent page, TextLine line) => line.Bottom < page.Height * MarginBand || line.Top > page.Height * (1 - MarginBand);
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Where(l => InBand(page, l)).Select(l => Shape(l.Text)).Distinct())
            {
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var threshold = Math.Max(3, pages.Count * 0.3);
        foreach (var page in pages)
        {
            page.Lines.RemoveAll(l => InBand(page, l) && (IsPageNumber(l.Text) || counts[Shape(l.Text)] >= threshold));
        }
    }

    /// <summary>The line with digits replaced, so "第 3 页" and "第 4 页" have one shape.</summary>
    private static string Shape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }

            sb.Append(char.IsDigit(ch) ? '#' : ch);
        }

        return sb.ToString();
    }

    /// <summary>"3", "- 3 -", "第3页", "3/25", "第 3 页 共 25 页", "Page 3".</summary>
    internal static bool IsPageNumber(string text)
    {
        var t = Shape(text).Replace("Page", string.Empty, StringComparison.OrdinalIgnoreCase);
        var digits = t.Count(c => c == '#');
        if (digits == 0 || digits > 8)
        {
            return false;
        }

        return t.All(c => c is '#' or '-' or '—' or '–' or '/' or '第' or '页' or '共' or '(' or ')' or '（' or '）' or '·' or '.');
    }

    /// <summary>The narrative: lines in reading order, a blank line at a paragraph gap, a form feed between pages.</summary>
    private static string Narrative(List<PageContent> pages)
    {
        var sb = new StringBuilder();
        foreach (var page in pages)
        {
            if (sb.Length > 0)
            {
                sb.Append('\f');
            }

            var lines = page.Lines;
            var pitch = Pitch(lines);
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0 && lines[i].Top - lines[i - 1].Top > pitch * 1.6)
                {
                    sb.Append('\n');
                }

                sb.Append(lines[i].Text).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static double Pitch(List<TextLine> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i].Top - lines[i - 1].Top;
            if (gap > 1)
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return 20;
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    internal static string Format(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
