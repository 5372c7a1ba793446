namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Where the figures of the text start (a number with a money, percent, count or area unit), gathered block by block
/// as the blocks stream past, for the count of figures no claim starts at (<see cref="Unplaced"/>): one bit per
/// position of the normalised text, made at the first figure — no block, string or list kept per figure.
/// </summary>
internal sealed class FigureStarts
{
    private readonly int length;

    /// <summary>One bit per position: <see cref="words"/> words of an array rented from the shared pool (<see cref="Release"/>).</summary>
    private ulong[]? bits;

    /// <summary>The words of <see cref="bits"/> in use (a rented array may be longer).</summary>
    private int words;

    /// <summary>Starts met a second time (none in a text split into disjoint blocks; kept so the count stays exact).</summary>
    private List<int>? repeated;

    /// <summary>The figures recorded (repeats included).</summary>
    private int count;

    /// <param name="length">The length of the normalised text.</param>
    public FigureStarts(int length)
    {
        this.length = length;
    }

    /// <summary>
    /// Records the start of every figure of <paramref name="block"/>: every number <see cref="Scanner.Next"/> finds
    /// with a unit after it. The numbers are delimited here as the scanner delimits them, and the unit after a number
    /// is decided here as the scanner decides it (<see cref="HasUnit(string, int, int)"/>); only a number of 29 digits
    /// or more (which the scanner may refuse as beyond <c>decimal</c>) is handed to the scanner — from its first
    /// character, so that it decides it exactly as in a scan of the whole block. No figure costs a digit string or a
    /// decimal parse, and the block is read where it is (<see cref="Fragment.Source"/>): a table row's string is not
    /// cut out of the text for this count (the row's view stays a view; a reader that needs its text makes it).
    /// </summary>
    public void Add(Block block)
    {
        var content = block.Content;
        var s = content.Source;
        var begin = content.SourceStart;
        var end = begin + content.Length;
        if (!AnyUnitStart(s, begin, end))
        {
            return;   // no unit, so no figure
        }

        var i = begin;
        while (i < end)
        {
            // A number starts at a digit or at a sign right before one, so the next start is the next digit or the sign
            // just before it: the loop jumps there (a vectorised search on .NET) instead of testing every character.
            var digit = NextDigit(s, i, end);
            if (digit < 0)
            {
                return;
            }

            i = digit > i && StartsNumber(s, begin, end, digit - 1) ? digit - 1 : digit;
            var start = i;
            i = NumberEnd(s, begin, end, i);
            var j = i;
            while (j < end && s[j] == ' ')
            {
                j++;
            }

            if (j == end || !IsUnitStart(s[j]))
            {
                continue;   // the scanner gives no unit here (UnitAt looks at s[j] only) and goes on from i
            }

            if (Digits(s, start, i) < MaxSureDigits)
            {
                // At most 30 characters (the scanner skips longer numbers) and below decimal's limit (it parses): the
                // scanner gives a token here, and a unit exactly when HasUnit says so. It goes on after the unit, this
                // loop after the number: the unit's characters start no number, so both meet the same numbers next.
                if (HasUnit(s, j, end))
                {
                    Add(content.At(start - begin));
                }

                continue;
            }

            var next = start;
            if (!Scanner.NextIn(s, begin, end, ref next, out var token))
            {
                return;
            }

            if (token.Unit != FigureUnit.None)
            {
                Add(content.At(token.Start - begin));
            }

            i = next;
        }
    }

    /// <summary>
    /// <see cref="Add(Block)"/> read from the numbers of the block's paragraph when <paramref name="paragraph"/> holds
    /// them (the block's whole string, filled by the pipeline for a prose block): the same starts — the numbers are
    /// <see cref="Scanner.Next"/>'s over that string, the figures those with a unit — without a scan of its own.
    /// </summary>
    public void Add(Block block, Tokens.ParagraphFigures paragraph)
    {
        var content = block.Content;
        if (!ReferenceEquals(paragraph.Text, content.Source) || content.SourceStart != 0 || content.Length != content.Source.Length)
        {
            Add(block);
            return;
        }

        foreach (var figure in paragraph.Figures)
        {
            if (figure.Unit != FigureUnit.None)
            {
                Add(content.At(figure.Start));
            }
        }
    }

    /// <summary>
    /// Numbers with fewer digits than this are always read by the scanner (at most 28 digits, a point and a sign are
    /// at most its 30 characters, and 28 digits before the point are below <c>decimal.MaxValue</c>).
    /// </summary>
    private const int MaxSureDigits = 29;

    /// <summary>The digits in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static int Digits(string s, int start, int end)
    {
        var digits = 0;
        for (var k = start; k < end; k++)
        {
            digits += Scanner.IsDigit(s[k]) ? 1 : 0;
        }

        return digits;
    }

    /// <summary>
    /// Whether the scanner's <c>UnitAt</c> finds a unit at <paramref name="j"/> (a unit start, spaces already skipped):
    /// 万元 亿元 千元 万 (not 万人 万张 万份 万次) 元 (not 元/) % 平方米 and the count words, each of whose first characters is
    /// a count word of its own (人 批 台 个 辆 次 套 项 家 间), and 名 of persons (not 名称 名单 名次…), in the view of
    /// <paramref name="s"/> that ends at <paramref name="end"/> (nothing after it is looked at). <c>FigureStartsTests</c>
    /// checks it against the scanner.
    /// </summary>
    internal static bool HasUnit(string s, int j, int end)
    {
        var next = j + 1 < end ? s[j + 1] : '\0';
        return s[j] switch
        {
            '万' => next is not ('人' or '张' or '份' or '次'),
            '亿' or '千' => next == '元',
            '元' => next != '/',
            '平' => Scanner.Starts(s, j, "平方米", end),
            '名' => Scanner.IsPersonsMing(next),
            _ => IsUnitStart(s[j]),
        };
    }

    /// <summary>
    /// Whether a unit's first character (<see cref="IsUnitStart"/>) is in [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    private static bool AnyUnitStart(string s, int from, int to)
    {
#if NET
        return System.MemoryExtensions.IndexOfAny(System.MemoryExtensions.AsSpan(s, from, to - from), UnitStarts) >= 0;
#else
        for (var k = from; k < to; k++)
        {
            if (IsUnitStart(s[k]))
            {
                return true;
            }
        }

        return false;
#endif
    }

#if NET
    private static readonly System.Buffers.SearchValues<char> UnitStarts = System.Buffers.SearchValues.Create("万亿千元%平人批台个辆次套项家间名");
#endif

    /// <summary>The index of the first ASCII digit in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    private static int NextDigit(string s, int from, int end)
    {
#if NET
        var at = System.MemoryExtensions.IndexOfAnyInRange(System.MemoryExtensions.AsSpan(s, from, end - from), '0', '9');
        return at < 0 ? -1 : from + at;
#else
        for (var k = from; k < end; k++)
        {
            if (Scanner.IsDigit(s[k]))
            {
                return k;
            }
        }

        return -1;
#endif
    }

    /// <summary>
    /// Whether a number starts at <paramref name="i"/> of the view [<paramref name="begin"/>, <paramref name="end"/>) of
    /// <paramref name="s"/> (as in the view's own string): a digit, or a sign before one that ends no number.
    /// </summary>
    internal static bool StartsNumber(string s, int begin, int end, int i)
    {
        var c = s[i];
        return Scanner.IsDigit(c)
            || ((c == '-' || c == '+') && i + 1 < end && Scanner.IsDigit(s[i + 1])
                && (i == begin || (!Scanner.IsDigit(s[i - 1]) && s[i - 1] != '.')));
    }

    /// <summary>
    /// Where the number starting at <paramref name="i"/> of the view [<paramref name="begin"/>, <paramref name="end"/>) of
    /// <paramref name="s"/> ends (as in the view's own string): its digits, group commas and one decimal point.
    /// </summary>
    internal static int NumberEnd(string s, int begin, int end, int i)
    {
        if (!Scanner.IsDigit(s[i]))
        {
            i++;   // the sign
        }

        var sawDot = false;
        while (i < end)
        {
            var d = s[i];
            if (Scanner.IsDigit(d))
            {
                i++;
            }
            else if (d == ',' && !sawDot && Scanner.IsGroupComma(s, begin, end, i))
            {
                i += s[i + 1] == ' ' ? 2 : 1;
            }
            else if (d == '.' && !sawDot && i + 1 < end && Scanner.IsDigit(s[i + 1]))
            {
                sawDot = true;
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// The first characters of the scanner's units (万元, 亿元, 千元, 万, 元, %, 平方米 and the count words 人次, 批次, 台(套), 个,
    /// 人, 辆, 次, 批, 台, 套, 项, 家, 间, and 名 of persons): no unit can follow a number whose next character is none of these.
    /// </summary>
    internal static bool IsUnitStart(char c) => c is '万' or '亿' or '千' or '元' or '%' or '平' or '人' or '批' or '台' or '个' or '辆' or '次'
        or '套' or '项' or '家' or '间' or '名';

    private void Add(int position)
    {
        if (bits is null)
        {
            words = (length / 64) + 1;
            bits = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
            Array.Clear(bits, 0, words);
        }

        count++;
        if (position < 0 || position > length)
        {
            (repeated ??= []).Add(position);
            return;
        }

        ref var word = ref bits[position >> 6];
        var bit = 1UL << (position & 63);
        if ((word & bit) != 0)
        {
            (repeated ??= []).Add(position);
        }

        word |= bit;
    }

    /// <summary>The positions recorded, in order, repeats after the rest (for the tests).</summary>
    internal List<int> Positions()
    {
        var positions = new List<int>();
        for (var w = 0; bits is not null && w < words; w++)
        {
            for (var bit = 0; bit < 64; bit++)
            {
                if ((bits[w] & (1UL << bit)) != 0)
                {
                    positions.Add((w << 6) + bit);
                }
            }
        }

        positions.AddRange(repeated ?? []);
        return positions;
    }

    /// <summary>
    /// The figures recorded whose start (line and column in the original) no claim of <paramref name="builder"/>
    /// starts at — as <c>builder.Span(block, token)</c> gives it: a span's start depends on its start position alone.
    /// Compared as original offsets (session 19): each claim's start is turned back into the one offset whose position
    /// it is (<see cref="SourceText.OffsetOf"/>; none, -1, for a pair no offset has), once, into a sorted array rented
    /// for the count, and each figure's start is its position's original offset — a look-up in the origin map, not a
    /// span (two origin look-ups and two line searches) per figure. A position is one offset and an offset one
    /// position, so the count is what <see cref="Placed"/>'s set of positions answers.
    /// </summary>
    public int Unplaced(ReportBuilder builder)
    {
        if (bits is null)
        {
            return 0;
        }

        var claims = builder.Claims;
        if (claims.Count == 0)
        {
            return count;   // no claim: every figure is unplaced (no position looked up)
        }

        var source = builder.Source;
        var placed = System.Buffers.ArrayPool<int>.Shared.Rent(claims.Count);
        for (var k = 0; k < claims.Count; k++)
        {
            placed[k] = source.OffsetOf(claims[k].Span.StartLine, claims[k].Span.StartColumn);
        }

        Array.Sort(placed, 0, claims.Count);
        var unplaced = 0;

        // The bits give the starts in increasing order, and their original offsets increase with them (normalisation only
        // drops characters: the origin map is increasing), so the sorted offsets are walked once beside them — a merge,
        // not a binary search per figure (session 26). Each bit is found by its trailing zeros, not one shift per position.
        var next = 0;
        for (var w = 0; w < words; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                var offset = source.StartOffset((w << 6) + TrailingZeros(word));
                while (next < claims.Count && placed[next] < offset)
                {
                    next++;
                }

                unplaced += next < claims.Count && placed[next] == offset ? 0 : 1;
            }
        }

        foreach (var position in repeated ?? [])
        {
            unplaced += IsPlaced(source, placed, claims.Count, position) ? 0 : 1;
        }

        System.Buffers.ArrayPool<int>.Shared.Return(placed);
        return unplaced;
    }

    /// <summary>
    /// Gives the bits back to the shared pool once the count has been taken (<see cref="ReadingPipeline"/>, after
    /// <see cref="Unplaced"/>): the starts are forgotten, as if none had been recorded.
    /// </summary>
    public void Release()
    {
        if (bits is not null)
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(bits);
            bits = null;
            words = 0;
        }
    }

    /// <summary>The index of the lowest set bit of <paramref name="word"/> (not 0).</summary>
    private static int TrailingZeros(ulong word)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(word);
#else
        var n = 0;
        while ((word & 1) == 0)
        {
            word >>= 1;
            n++;
        }

        return n;
#endif
    }

    /// <summary>Whether the start of <paramref name="position"/> is in the sorted offsets placed[0, count).</summary>
    private static bool IsPlaced(SourceText source, int[] placed, int count, int position)
        => Array.BinarySearch(placed, 0, count, source.StartOffset(position)) >= 0;

    /// <summary>
    /// The line and column where each claim of <paramref name="builder"/> starts (the set the oracle
    /// <see cref="ReadingPipeline.RunOnList"/> counts with).
    /// </summary>
    public static HashSet<(int Line, int Column)> Placed(ReportBuilder builder)
    {
        var placed = new HashSet<(int, int)>();
        foreach (var claim in builder.Claims)
        {
            placed.Add((claim.Span.StartLine, claim.Span.StartColumn));
        }

        return placed;
    }
}
