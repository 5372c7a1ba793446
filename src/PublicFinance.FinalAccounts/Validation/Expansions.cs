using System;
using System.Collections.Generic;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The locations a <see cref="PointerTemplate"/> expanded to, with the list indices bound on the way (模板展开结果): a
/// reusable buffer, so that expanding a template for every row allocates nothing. Not thread-safe; one per evaluation.
/// </summary>
internal sealed class Expansions
{
    private readonly List<FactPointer> locations = [];
    private readonly List<int> indexStarts = [];
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

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        locations.Clear();
        indexStarts.Clear();
        indexCount = 0;
    }

    /// <summary>Adds a location with its indices.</summary>
    /// <param name="location">The location.</param>
    /// <param name="bound">The indices bound for it.</param>
    public void Add(FactPointer location, ReadOnlySpan<int> bound)
    {
        locations.Add(location);
        indexStarts.Add(indexCount);
        if (indexCount + bound.Length > indices.Length)
        {
            Array.Resize(ref indices, Math.Max(indices.Length * 2, indexCount + bound.Length));
        }

        bound.CopyTo(new Span<int>(indices, indexCount, bound.Length));
        indexCount += bound.Length;
    }
}
