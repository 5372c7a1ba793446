using System;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A run of normalised text with the normalised index of each of its characters. Slices share their parent's index
/// map (an offset into it), so splitting a paragraph into sentences and clauses copies only the text. The map is
/// kept as runs (<see cref="OffsetMap"/>): a line's fragment is one run, a joined paragraph one run per line.
/// </summary>
internal sealed class Fragment
{
    private readonly OffsetMap map;
    private readonly int offset;

    public Fragment(string text, int[] map)
        : this(text, OffsetMap.From(map), 0)
    {
    }

    public Fragment(string text, OffsetMap map)
        : this(text, map, 0)
    {
    }

    /// <summary>
    /// A fragment whose character <c>i</c> is position <c>offset + i</c> of <paramref name="map"/>: a line of the
    /// normalised text shares the one identity map of the whole text (no map of its own per line).
    /// </summary>
    public Fragment(string text, OffsetMap map, int offset)
    {
        Text = text;
        this.map = map;
        this.offset = offset;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Normalised-text index of character <paramref name="i"/> (<see cref="Length"/> gives the end).</summary>
    public int At(int i) => map[offset + i];

    /// <summary>Whether characters [start, end) are consecutive positions of the normalised text.</summary>
    public bool IsContiguous(int start, int end) => map.IsContiguous(offset + start, offset + end);

    public Fragment Slice(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        end = Math.Max(start, Math.Min(end, Text.Length));
        if (start == 0 && end == Text.Length)
        {
            return this;   // immutable: the whole fragment is itself (a long paragraph is not copied again)
        }

        return new Fragment(Text.Substring(start, end - start), map, offset + start);
    }

    public Fragment Trim()
    {
        var s = 0;
        var e = Text.Length;
        while (s < e && char.IsWhiteSpace(Text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(Text[e - 1]))
        {
            e--;
        }

        return Slice(s, e);
    }

    public override string ToString() => Text;
}
