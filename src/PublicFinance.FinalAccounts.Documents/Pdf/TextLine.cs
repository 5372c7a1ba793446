namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>A line of text built from glyphs that share a baseline band, left to right.</summary>
internal sealed class TextLine
{
    public TextLine(int page, List<Glyph> glyphs)
    {
        Page = page;
        Glyphs = glyphs;
        Top = glyphs.Min(g => g.Top);
        Bottom = glyphs.Max(g => g.Bottom);
        Left = glyphs.Min(g => g.Left);
        Right = glyphs.Max(g => g.Right);
        Text = Join(glyphs, keepGaps: true);
    }

    public int Page { get; }

    public List<Glyph> Glyphs { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Left { get; }

    public double Right { get; }

    public string Text { get; }

    /// <summary>Groups glyphs into lines (top to bottom) by vertical overlap of their centres.</summary>
    public static List<TextLine> Build(int page, IEnumerable<Glyph> glyphs)
    {
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double bandTop = 0, bandBottom = 0;
        foreach (var g in glyphs.OrderBy(g => g.CenterY).ThenBy(g => g.Left))
        {
            if (current.Count > 0 && g.CenterY > bandBottom - (bandBottom - bandTop) * 0.25)
            {
                lines.Add(new TextLine(page, [.. current.OrderBy(x => x.Left)]));
                current = new List<Glyph>();
            }

            if (current.Count == 0)
            {
                bandTop = g.Top;
                bandBottom = g.Bottom;
            }

            current.Add(g);
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(page, [.. current.OrderBy(x => x.Left)]));
        }

        return lines;
    }

    /// <summary>Joins glyphs left to right; with <paramref name="keepGaps"/> a wide gap becomes one space.</summary>
    public static string Join(IReadOnlyList<Glyph> glyphs, bool keepGaps)
    {
        var sb = new StringBuilder(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (keepGaps && i > 0)
            {
                var gap = glyphs[i].Left - glyphs[i - 1].Right;
                if (gap > System.Math.Max(glyphs[i].Height, glyphs[i - 1].Height) * 0.9)
                {
                    sb.Append(' ');
                }
            }

            sb.Append(glyphs[i].Text);
        }

        return sb.ToString();
    }
}
