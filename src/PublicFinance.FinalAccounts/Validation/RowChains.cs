using System.Buffers;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Rows grouped by a code key (按代码键分组的行), in the order they were added: one chain of entries per key through two
/// arrays rented from the pool (the row and the next entry), and a dictionary of each key's first and last entry — instead
/// of a <c>List&lt;int&gt;</c> per key (the hierarchy's parents, the roll-up's code prefixes). Give it back with
/// <see cref="Dispose"/>. Not thread-safe; one per evaluation.
/// </summary>
internal sealed class RowChains : IDisposable
{
    private readonly Dictionary<long, (int First, int Last)> heads = [];
    private int[] rows;
    private int[] next;
    private int count;

    /// <summary>Makes room for <paramref name="capacity"/> entries (more are added by growing).</summary>
    /// <param name="capacity">The expected number of entries.</param>
    public RowChains(int capacity)
    {
        rows = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        next = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
    }

    /// <summary>Adds a row at the end of a key's chain.</summary>
    /// <param name="key">The key (<see cref="CodeKeys"/>).</param>
    /// <param name="row">The row.</param>
    public void Add(long key, int row)
    {
        if (count == rows.Length)
        {
            Grow();
        }

        var entry = count++;
        rows[entry] = row;
        next[entry] = -1;
        if (heads.TryGetValue(key, out var head))
        {
            next[head.Last] = entry;
            heads[key] = (head.First, entry);
        }
        else
        {
            heads[key] = (entry, entry);
        }
    }

    /// <summary>The first entry of a key's chain, or -1 when no row has the key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry (<see cref="RowAt"/>, <see cref="NextOf"/>), or -1.</returns>
    public int First(long key) => heads.TryGetValue(key, out var head) ? head.First : -1;

    /// <summary>The row of an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The row.</returns>
    public int RowAt(int entry) => rows[entry];

    /// <summary>The entry after <paramref name="entry"/> in its key's chain, or -1 at the end.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The next entry, or -1.</returns>
    public int NextOf(int entry) => next[entry];

    /// <summary>Gives the arrays back to the pool.</summary>
    public void Dispose()
    {
        if (rows.Length == 0)
        {
            return;
        }

        ArrayPool<int>.Shared.Return(rows);
        ArrayPool<int>.Shared.Return(next);
        rows = next = [];
        count = 0;
        heads.Clear();
    }

    private void Grow()
    {
        var size = rows.Length * 2;
        var grownRows = ArrayPool<int>.Shared.Rent(size);
        var grownNext = ArrayPool<int>.Shared.Rent(size);
        Array.Copy(rows, grownRows, count);
        Array.Copy(next, grownNext, count);
        ArrayPool<int>.Shared.Return(rows);
        ArrayPool<int>.Shared.Return(next);
        rows = grownRows;
        next = grownNext;
    }
}
