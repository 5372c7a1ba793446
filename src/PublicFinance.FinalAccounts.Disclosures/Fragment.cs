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

    /// <summary>The text; for a view until its text is first asked for, the whole text it is a view of.</summary>
    private string source;

    /// <summary>The length of the text, or for a view not yet cut out its complement (<c>~length</c>).</summary>
    private int length;

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
        source = text;
        length = text.Length;
        this.map = map;
        this.offset = offset;
    }

    /// <summary>
    /// A view of <paramref name="text"/>[<paramref name="start"/>, start + <paramref name="count"/>) on the text's
    /// identity map (<paramref name="identity"/> maps every position to itself): its <see cref="Text"/> is cut out only
    /// when first asked for, so a table row that the readers decide on its range alone (most rows of most texts)
    /// costs no string. As small as any fragment: the view's start is its offset into the identity map.
    /// </summary>
    public Fragment(string text, int start, int count, OffsetMap identity)
    {
        source = text;
        length = ~count;
        map = identity;
        offset = start;
    }

    public string Text
    {
        get
        {
            if (length < 0)
            {
                source = source.Substring(offset, ~length);
                length = ~length;
            }

            return source;
        }
    }

    public int Length => length < 0 ? ~length : length;

    /// <summary>
    /// The string the fragment's characters are in: <see cref="Text"/>, or for a view whose text was not asked for the
    /// whole text it is a view of (the characters are <c>Source[SourceStart + i]</c>, 0 ≤ i &lt; <see cref="Length"/>).
    /// Read it with <see cref="SourceStart"/>, before anything asks for <see cref="Text"/>.
    /// </summary>
    public string Source => source;

    /// <summary>Where the fragment's first character is in <see cref="Source"/> (0 once its text is made).</summary>
    public int SourceStart => length < 0 ? offset : 0;

    /// <summary>Normalised-text index of character <paramref name="i"/> (<see cref="Length"/> gives the end).</summary>
    public int At(int i) => map[offset + i];

    /// <summary>Whether characters [start, end) are consecutive positions of the normalised text.</summary>
    public bool IsContiguous(int start, int end) => map.IsContiguous(offset + start, offset + end);

    public Fragment Slice(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Length));
        end = Math.Max(start, Math.Min(end, Length));
        if (start == 0 && end == Length)
        {
            return this;   // immutable: the whole fragment is itself (a long paragraph is not copied again)
        }

        if (length < 0)
        {
            return new Fragment(source, offset + start, end - start, map);   // a view of a view: no text cut out
        }

        return new Fragment(source.Substring(start, end - start), map, offset + start);
    }

    public Fragment Trim()
    {
        var s = 0;
        var e = Length;
        var from = SourceStart;
        while (s < e && char.IsWhiteSpace(source[from + s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(source[from + e - 1]))
        {
            e--;
        }

        return Slice(s, e);
    }

    public override string ToString() => Text;
}
