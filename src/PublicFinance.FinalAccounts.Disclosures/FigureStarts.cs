using System.Collections.Generic;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Where the figures of the text start (a number with a money, percent, count or area unit), gathered block by block
/// as the blocks stream past, for the count of figures no claim starts at (<see cref="Unplaced"/>): one bit per
/// position of the normalised text, made at the first figure — no block, string or list kept per figure.
/// </summary>
internal sealed class FigureStarts
{
    private readonly int length;
    private ulong[]? bits;

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
    /// with a unit after it. The numbers are delimited here as the scanner delimits them, and only a number with a
    /// unit's first character after it (spaces skipped) is handed to the scanner — from its first character, so that
    /// the scanner decides it exactly as in a scan of the whole block. A number with no unit after it (most of a
    /// table's cells, all of a separator line's) costs no digit string and no decimal parse.
    /// </summary>
    public void Add(Block block)
    {
        var content = block.Content;
        var s = content.Text;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            if (!StartsNumber(s, i))
            {
                i++;
                continue;
            }

            i = NumberEnd(s, i);
            var j = i;
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            if (j == s.Length || !IsUnitStart(s[j]))
            {
                continue;   // the scanner gives no unit here (UnitAt looks at s[j] only) and goes on from i
            }

            var next = start;
            if (!Scanner.Next(s, ref next, out var token))
            {
                return;
            }

            if (token.Unit != FigureUnit.None)
            {
                Add(content.At(token.Start));
            }

            i = next;
        }
    }

    /// <summary>Whether a number starts at <paramref name="i"/>: a digit, or a sign before one that ends no number.</summary>
    internal static bool StartsNumber(string s, int i)
    {
        var c = s[i];
        return Scanner.IsDigit(c)
            || ((c == '-' || c == '+') && i + 1 < s.Length && Scanner.IsDigit(s[i + 1])
                && (i == 0 || (!Scanner.IsDigit(s[i - 1]) && s[i - 1] != '.')));
    }

    /// <summary>Where the number starting at <paramref name="i"/> ends: its digits, group commas and one decimal point.</summary>
    internal static int NumberEnd(string s, int i)
    {
        if (!Scanner.IsDigit(s[i]))
        {
            i++;   // the sign
        }

        var sawDot = false;
        while (i < s.Length)
        {
            var d = s[i];
            if (Scanner.IsDigit(d))
            {
                i++;
            }
            else if (d == ',' && !sawDot && Scanner.IsGroupComma(s, i))
            {
                i += s[i + 1] == ' ' ? 2 : 1;
            }
            else if (d == '.' && !sawDot && i + 1 < s.Length && Scanner.IsDigit(s[i + 1]))
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
    /// The first characters of the scanner's units (万元, 亿元, 万, 元, %, 平方米 and the count words 人次, 批次, 台(套), 个,
    /// 人, 辆, 次, 批, 台, 套, 项, 家, 间): no unit can follow a number whose next character is none of these.
    /// </summary>
    internal static bool IsUnitStart(char c) => c is '万' or '亿' or '元' or '%' or '平' or '人' or '批' or '台' or '个' or '辆' or '次'
        or '套' or '项' or '家' or '间';

    private void Add(int position)
    {
        bits ??= new ulong[(length / 64) + 1];
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
        for (var w = 0; bits is not null && w < bits.Length; w++)
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
    /// </summary>
    public int Unplaced(ReportBuilder builder)
    {
        if (bits is null)
        {
            return 0;
        }

        var placed = Placed(builder);
        if (placed.Count == 0)
        {
            return count;   // no claim: every figure is unplaced (no position looked up)
        }

        var unplaced = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            for (var bit = 0; word != 0; bit++, word >>= 1)
            {
                if ((word & 1) != 0)
                {
                    unplaced += IsPlaced(builder, placed, (w << 6) + bit) ? 0 : 1;
                }
            }
        }

        foreach (var position in repeated ?? [])
        {
            unplaced += IsPlaced(builder, placed, position) ? 0 : 1;
        }

        return unplaced;
    }

    /// <summary>The line and column where each claim of <paramref name="builder"/> starts.</summary>
    public static HashSet<(int Line, int Column)> Placed(ReportBuilder builder)
    {
        var placed = new HashSet<(int, int)>();
        foreach (var claim in builder.Claims)
        {
            placed.Add((claim.Span.StartLine, claim.Span.StartColumn));
        }

        return placed;
    }

    private static bool IsPlaced(ReportBuilder builder, HashSet<(int Line, int Column)> placed, int position)
    {
        var span = builder.TextSpan(position, position + 1);
        return placed.Contains((span.StartLine, span.StartColumn));
    }
}
