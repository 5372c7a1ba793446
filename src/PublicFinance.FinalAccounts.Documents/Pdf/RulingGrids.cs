using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// Reconstructs table grids from ruling lines: segments are grouped into connected frames; the distinct x and y
/// positions give the finest grid; a missing border between two slots merges them (merged header cells, merged
/// code cells); every glyph goes to the cell containing its centre.
/// </summary>
internal static class RulingGrids
{
    private const double Tolerance = 2.0;
    private const double MinLength = 3.0;

    /// <summary>One frame of connected rulings and its grid.</summary>
    internal sealed class Frame
    {
        public required double[] Xs { get; init; }

        public required double[] Ys { get; init; }

        public required RawGrid Grid { get; init; }

        public double Left => Xs[0];

        public double Right => Xs[^1];

        public double Top => Ys[0];

        public double Bottom => Ys[^1];

        public bool Contains(double x, double y) => x >= Left - 0.5 && x <= Right + 0.5 && y >= Top - 0.5 && y <= Bottom + 0.5;
    }

    public static List<Frame> Find(IReadOnlyList<Segment> raw, int page)
    {
        var segments = raw.Where(s => s.To - s.From >= MinLength).ToList();
        var frames = new List<Frame>();
        foreach (var group in Connected(segments))
        {
            var xs = Cluster(group.Where(s => !s.Horizontal).Select(s => s.At));
            var ys = Cluster(group.Where(s => s.Horizontal).Select(s => s.At));
            if (xs.Length < 2 || ys.Length < 2 || xs[^1] - xs[0] < 20 || ys[^1] - ys[0] < 8)
            {
                continue;
            }

            var grid = BuildGrid(group, xs, ys, page);
            frames.Add(new Frame { Xs = xs, Ys = ys, Grid = grid });
        }

        // A box around the page or around a table (one column, or enclosing another frame) is a border, not a table.
        frames.RemoveAll(f => f.Xs.Length < 3 || frames.Exists(g => !ReferenceEquals(f, g) && Encloses(f, g)));
        return [.. frames.OrderBy(f => f.Top)];
    }

    /// <summary>Whether frame <paramref name="outer"/> encloses the smaller frame <paramref name="inner"/>.</summary>
    private static bool Encloses(Frame outer, Frame inner)
        => inner.Left >= outer.Left - 1 && inner.Right <= outer.Right + 1 && inner.Top >= outer.Top - 1 && inner.Bottom <= outer.Bottom + 1
            && (inner.Right - inner.Left) * (inner.Bottom - inner.Top) < (outer.Right - outer.Left) * (outer.Bottom - outer.Top);

    private static RawGrid BuildGrid(List<Segment> segments, double[] xs, double[] ys, int page)
    {
        var rows = ys.Length - 1;
        var cols = xs.Length - 1;
        var horizontals = segments.Where(s => s.Horizontal).ToList();
        var verticals = segments.Where(s => !s.Horizontal).ToList();

        // rightBorder[r, c]: a border between column c and c + 1 in row r; bottomBorder[r, c]: between row r and r + 1.
        var rightBorder = new bool[rows, cols];
        var bottomBorder = new bool[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            var mid = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < cols; c++)
            {
                rightBorder[r, c] = c == cols - 1
                    || verticals.Exists(v => Math.Abs(v.At - xs[c + 1]) <= Tolerance && v.From <= mid && v.To >= mid);
            }
        }

        for (var c = 0; c < cols; c++)
        {
            var mid = (xs[c] + xs[c + 1]) / 2;
            for (var r = 0; r < rows; r++)
            {
                bottomBorder[r, c] = r == rows - 1
                    || horizontals.Exists(h => Math.Abs(h.At - ys[r + 1]) <= Tolerance && h.From <= mid && h.To >= mid);
            }
        }

        var grid = new RawGrid(rows, cols) { Page = page, ColumnEdges = xs,
            Location = new CellLocation { Page = page, X = Math.Round(xs[0], 1), Y = Math.Round(ys[0], 1) } };
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (grid.Slots[r, c] is not null)
                {
                    continue;
                }

                var colSpan = 1;
                while (c + colSpan - 1 < cols - 1 && !rightBorder[r, c + colSpan - 1] && grid.Slots[r, c + colSpan] is null)
                {
                    colSpan++;
                }

                var rowSpan = 1;
                while (r + rowSpan - 1 < rows - 1 && Enumerable.Range(c, colSpan).All(k => !bottomBorder[r + rowSpan - 1, k]))
                {
                    rowSpan++;
                }

                var cell = grid.Add(r, c, rowSpan, colSpan);
                cell.Location = new CellLocation { Page = page, X = Math.Round(xs[c], 1), Y = Math.Round(ys[r], 1), Row = r + 1,
                    Column = c + 1 };
            }
        }

        return grid;
    }

    /// <summary>Assigns glyphs to the cells of a frame; returns false for a glyph outside it.</summary>
    public static bool Place(Frame frame, Glyph glyph, Dictionary<RawCell, List<Glyph>> into)
    {
        if (!frame.Contains(glyph.CenterX, glyph.CenterY))
        {
            return false;
        }

        var c = Index(frame.Xs, glyph.CenterX);
        var r = Index(frame.Ys, glyph.CenterY);
        var cell = frame.Grid.Slots[r, c];
        if (cell is null)
        {
            return true;
        }

        if (!into.TryGetValue(cell, out var list))
        {
            into[cell] = list = new List<Glyph>();
        }

        list.Add(glyph);
        return true;
    }

    private static int Index(double[] edges, double v)
    {
        var i = Array.BinarySearch(edges, v);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return Math.Clamp(i, 0, edges.Length - 2);
    }

    private static double[] Cluster(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var result = new List<double>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i == sorted.Count || sorted[i] - sorted[i - 1] > Tolerance)
            {
                result.Add(sorted.Skip(start).Take(i - start).Average());
                start = i;
            }
        }

        return [.. result];
    }

    /// <summary>Groups segments that touch (within the tolerance) — one group per table frame.</summary>
    private static List<List<Segment>> Connected(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        var horizontals = Enumerable.Range(0, segments.Count).Where(i => segments[i].Horizontal).ToList();
        var verticals = Enumerable.Range(0, segments.Count).Where(i => !segments[i].Horizontal).ToList();
        foreach (var h in horizontals)
        {
            var hs = segments[h];
            foreach (var v in verticals)
            {
                var vs = segments[v];
                if (vs.At >= hs.From - Tolerance && vs.At <= hs.To + Tolerance && hs.At >= vs.From - Tolerance
                    && hs.At <= vs.To + Tolerance)
                {
                    parent[Find(h)] = Find(v);
                }
            }
        }

        // Collinear touching pieces of one line (a ruling drawn in pieces) belong together too.
        foreach (var list in new[] { horizontals, verticals })
        {
            var ordered = list.OrderBy(i => segments[i].At).ThenBy(i => segments[i].From).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var a = segments[ordered[k - 1]];
                var b = segments[ordered[k]];
                if (Math.Abs(a.At - b.At) <= Tolerance && b.From <= a.To + Tolerance)
                {
                    parent[Find(ordered[k])] = Find(ordered[k - 1]);
                }
            }
        }

        return [.. Enumerable.Range(0, segments.Count).GroupBy(Find).Select(g => g.Select(i => segments[i]).ToList())];
    }
}
