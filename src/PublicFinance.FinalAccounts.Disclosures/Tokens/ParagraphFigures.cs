using System.Buffers;

namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// The numbers of one paragraph (段落的数字), found once when the splitter gives the paragraph and read by every pass that
/// asks for the numbers of a stretch of it — the figure count (<see cref="FigureStarts"/>) and the narrative's sentences
/// and clauses — instead of each scanning the stretch again. One object per read, refilled paragraph after paragraph:
/// its array is rented from the pool and given back by <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// The numbers are <see cref="Scanner.Next"/>'s over the paragraph's whole string. A stretch's numbers are what
/// <see cref="Scanner.NextIn"/> finds in the stretch cut out only when nothing the scanner reads can cross the stretch's
/// ends (<see cref="IsCut"/>); <see cref="TryRange"/> answers false for any other stretch (or another string), and the
/// caller scans it as before. <c>ParagraphFiguresTests</c> checks the identity on random texts and stretches.
/// </remarks>
internal sealed class ParagraphFigures : IDisposable
{
    private const int FirstCapacity = 64;

    private NumberToken[] figures = [];

    /// <summary>The string whose numbers these are (compared by reference), or null before the first fill.</summary>
    public string? Text { get; private set; }

    /// <summary>How many numbers (with a unit or without).</summary>
    public int Count { get; private set; }

    /// <summary>The numbers in text order.</summary>
    public ReadOnlySpan<NumberToken> Figures => figures.AsSpan(0, Count);

    /// <summary>The <paramref name="index"/>th number.</summary>
    public NumberToken this[int index] => figures[index];

    /// <summary>Finds the numbers of <paramref name="text"/> (the ones before are forgotten).</summary>
    public void Fill(string text)
    {
        Array.Clear(figures, 0, Count);   // a number holds its string: none is kept past its paragraph
        Count = 0;
        Text = text;
        var count = 0;
        var i = 0;
        while (Scanner.Next(text, ref i, out var token))
        {
            if (count == figures.Length)
            {
                var larger = ArrayPool<NumberToken>.Shared.Rent(Math.Max(FirstCapacity, figures.Length * 2));
                figures.AsSpan(0, count).CopyTo(larger);
                Tokenizer.Return(ref figures, clear: true);
                figures = larger;
            }

            figures[count++] = token;
        }

        Count = count;
    }

    /// <summary>
    /// The numbers [<paramref name="first"/>, <paramref name="end"/>) of the stretch [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="text"/>, with the positions of <paramref name="text"/> — exactly
    /// <c>Scanner.NextIn(text, from, to, …)</c>'s — when <paramref name="text"/> is the string filled and both ends of
    /// the stretch are cuts (<see cref="IsCut"/>); false otherwise (nothing is known of the stretch).
    /// </summary>
    public bool TryRange(string text, int from, int to, out int first, out int end)
    {
        first = end = 0;
        if (!ReferenceEquals(text, Text) || from < 0 || to > text.Length || from > to || !IsCut(text, from) || !IsCut(text, to))
        {
            return false;
        }

        first = FirstAtOrAfter(from);
        end = FirstAtOrAfter(to);
        return end == first || figures[end - 1].End <= to;   // never otherwise at a cut; kept as the contract's guard
    }

    /// <summary>The index of the first number that starts at or after <paramref name="position"/> (Count if none).</summary>
    private int FirstAtOrAfter(int position)
    {
        var lo = 0;
        var hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (figures[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Whether the scan of the whole string and the scan of a stretch ending or starting at <paramref name="p"/> read the
    /// same numbers there: <paramref name="p"/> is an end of the string, or a stop (<c>。!?,;:、</c> and their full-width
    /// forms; a comma only when it groups no digits) stands right before or at it. No number or unit holds a stop, the
    /// scanner's look-ahead past a number (a unit's next character, <c>平方米</c>, a digit group) stops at one, and a sign
    /// after a stop starts a number in both scans. A space is no cut (<c>1, 234</c> is one number; a unit may follow
    /// spaces).
    /// </summary>
    internal static bool IsCut(string text, int p)
        => p == 0 || p == text.Length || IsStop(text, p - 1) || IsStop(text, p);

    private static bool IsStop(string text, int i) => text[i] switch
    {
        '。' or '!' or '?' or ';' or ':' or '、' or '！' or '？' or '；' or '：' or '，' => true,
        ',' => !Scanner.IsGroupComma(text, i),
        _ => false,
    };

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        Array.Clear(figures, 0, Count);
        Count = 0;
        Text = null;
        Tokenizer.Return(ref figures, clear: false);
    }
}
