namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The locations a <see cref="PointerTemplate"/> expanded to, with the list indices bound on the way (模板展开结果): a
/// reusable buffer, so that expanding a template for every row allocates nothing. Not thread-safe; one per evaluation.
/// </summary>
internal sealed class Expansions
{
    /// <summary>
    /// A buffer with more room than this (entries) is not kept for reuse: a table of about a million rows, more than a
    /// report JSON within the reader's 16 MiB can hold (about 40 MB kept per such buffer). It was 130,000 rows, and a
    /// larger table then grew new buffers in every evaluation: 158,416 rows allocated 194 MB per validation against
    /// 28.5 MB for 118,812 (docs/performance.md, "Validator, session 8").
    /// </summary>
    private const int MaxKeptCapacity = 1 << 20;

    private const int SparesPerThread = 4;

    // Each thread keeps a few emptied buffers: an evaluation over every row of a large table then reuses the room of the
    // previous one instead of growing new arrays (large-object-heap allocations that a linear-time run should not make).
    [ThreadStatic]
    private static Expansions?[]? spares;

    private readonly List<FactPointer> locations = [];
    private readonly List<int> indexStarts = [];
    private readonly List<int> elements = [];
    private int[] indices = new int[16];
    private int indexCount;

    /// <summary>Number of locations.</summary>
    public int Count => locations.Count;

    /// <summary>The location and its indices at a position.</summary>
    /// <param name="position">Zero-based position.</param>
    /// <returns>The location and the indices bound for it.</returns>
    public (FactPointer Location, int[] Indices) this[int position] => (locations[position], IndicesOf(position).ToArray());

    /// <summary>The location at a position.</summary>
    /// <param name="position">Zero-based position.</param>
    /// <returns>The location.</returns>
    public FactPointer LocationAt(int position) => locations[position];

    /// <summary>The indices bound for the location at a position.</summary>
    /// <param name="position">Zero-based position.</param>
    /// <returns>The indices (valid until the buffer changes).</returns>
    public ReadOnlySpan<int> IndicesOf(int position)
    {
        var start = indexStarts[position];
        var end = position + 1 < indexStarts.Count ? indexStarts[position + 1] : indexCount;
        return new ReadOnlySpan<int>(indices, start, end - start);
    }

    /// <summary>
    /// The node the template's last part was resolved from for the location at a position: the list element its last
    /// wildcard bound (the root for a template without one); -1 below an absent element.
    /// </summary>
    /// <param name="position">Zero-based position.</param>
    /// <returns>The node.</returns>
    public int ElementAt(int position) => elements[position];

    /// <summary>An empty buffer: one this thread gave back, or a new one.</summary>
    /// <returns>The buffer; give it back with <see cref="Return"/> when done (not required).</returns>
    public static Expansions Rent()
    {
        var kept = spares;
        if (kept is not null)
        {
            for (var i = 0; i < kept.Length; i++)
            {
                if (kept[i] is { } spare)
                {
                    kept[i] = null;
                    return spare;
                }
            }
        }

        return new Expansions();
    }

    /// <summary>Gives a buffer back for reuse on this thread (emptied; it must not be used afterwards).</summary>
    /// <param name="buffer">The buffer.</param>
    public static void Return(Expansions buffer)
    {
        buffer.Clear();
        if (buffer.locations.Capacity > MaxKeptCapacity)
        {
            return;
        }

        var kept = spares ??= new Expansions?[SparesPerThread];
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] is null)
            {
                kept[i] = buffer;
                return;
            }
        }
    }

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        locations.Clear();
        indexStarts.Clear();
        elements.Clear();
        indexCount = 0;
    }

    /// <summary>Adds a location with its indices.</summary>
    /// <param name="location">The location.</param>
    /// <param name="bound">The indices bound for it.</param>
    /// <param name="element">The node the last part was resolved from (-1 below an absent element).</param>
    public void Add(FactPointer location, ReadOnlySpan<int> bound, int element)
    {
        locations.Add(location);
        elements.Add(element);
        indexStarts.Add(indexCount);
        if (indexCount + bound.Length > indices.Length)
        {
            Array.Resize(ref indices, Math.Max(indices.Length * 2, indexCount + bound.Length));
        }

        bound.CopyTo(new Span<int>(indices, indexCount, bound.Length));
        indexCount += bound.Length;
    }
}
