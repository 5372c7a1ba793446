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

    /// <summary>Records the start of every figure of <paramref name="block"/>.</summary>
    public void Add(Block block)
    {
        var content = block.Content;
        var next = 0;
        while (Scanner.Next(content.Text, ref next, out var token))
        {
            if (token.Unit != FigureUnit.None)
            {
                Add(content.At(token.Start));
            }
        }
    }

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
