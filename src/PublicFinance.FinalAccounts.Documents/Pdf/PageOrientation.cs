using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>
/// How a page's text runs in PDF user space (页面方向): a landscape table is often printed on a portrait page turned by
/// <c>/Rotate 90</c>, or drawn with a rotated text matrix. The dominant baseline direction of the glyphs gives the
/// quarter turns that make the text run left to right, and every point is mapped into that upright space, so the
/// layout (lines, ruling lines, grids) never sees rotated coordinates.
/// </summary>
/// <param name="QuarterTurns">0: text runs +x (upright); 1: +y; 2: −x; 3: −y.</param>
/// <param name="Width">The right edge of the page box in user space.</param>
/// <param name="Height">The top edge of the page box in user space.</param>
internal readonly record struct PageOrientation(int QuarterTurns, double Width, double Height)
{
    /// <summary>The page height in the upright space (the width when the text runs along y).</summary>
    public double UprightHeight => QuarterTurns is 1 or 3 ? Width : Height;

    /// <summary>The orientation by majority of the glyphs' baseline directions; upright when there are none.</summary>
    public static PageOrientation Of(Page page)
    {
        var votes = new int[4];
        foreach (var letter in page.Letters)
        {
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (Math.Abs(dx) < 0.01 && Math.Abs(dy) < 0.01)
            {
                continue;
            }

            votes[Math.Abs(dx) >= Math.Abs(dy) ? (dx > 0 ? 0 : 2) : (dy > 0 ? 1 : 3)]++;
        }

        var best = 0;
        for (var q = 1; q < 4; q++)
        {
            if (votes[q] > votes[best])
            {
                best = q;
            }
        }

        return best == 0 ? new PageOrientation(0, page.Width, page.Height)
            : new PageOrientation(best, page.MediaBox.Bounds.Right, page.MediaBox.Bounds.Top);
    }

    /// <summary>The point in the upright space (y up, text along +x).</summary>
    public PdfPoint Apply(PdfPoint p) => QuarterTurns switch
    {
        1 => new PdfPoint(p.Y, Width - p.X),
        2 => new PdfPoint(Width - p.X, Height - p.Y),
        3 => new PdfPoint(Height - p.Y, p.X),
        _ => p,
    };
}
