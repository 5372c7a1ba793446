using System.Buffers;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The set of paragraph digests a read has seen (段落摘要集合: section, sub-heading digest, length, digest — the key of
/// <c>NarrativeReader.RepeatsAParagraph</c>), answering <see cref="Add"/> exactly as a <c>HashSet</c> of the same
/// tuples does, in an open-addressing table rented from the shared array pool: after the first reads of a thread a read
/// allocates nothing for it (a <c>HashSet</c> grew through five arrays of entries and buckets on the seed, ≈ 6 KB a
/// read; docs/performance.md "Reader, session 24: the hot spots"). <see cref="Release"/> gives the table back.
/// </summary>
internal sealed class DigestSet
{
    /// <summary>The first table's size (a power of two): the seed keeps 57 digests, the Shanghai texts 29.</summary>
    internal const int FirstCapacity = 128;

    private Slot[]? slots;
    private int mask;

    /// <summary>The number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds a key; true when it was not held (as <c>HashSet.Add</c>). Keys are equal when all four parts are.
    /// </summary>
    /// <param name="section">The section the paragraph is in.</param>
    /// <param name="subheading">The digest of the last sub-heading.</param>
    /// <param name="length">The paragraph's length without white space.</param>
    /// <param name="digest">The paragraph's digest.</param>
    public bool Add(Section section, ulong subheading, int length, ulong digest)
    {
        if (slots is null)
        {
            slots = Rent(FirstCapacity);
            mask = FirstCapacity - 1;
        }
        else if (2 * (Count + 1) > slots.Length)
        {
            Grow();
        }

        var key = new Slot(section, subheading, length, digest);
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (!slot.Used)
            {
                slot = key;
                Count++;
                return true;
            }

            if (slot.Equals(key))
            {
                return false;
            }
        }
    }

    /// <summary>Gives the table back to the pool; the set is empty afterwards (and may be used again).</summary>
    public void Release()
    {
        if (slots is not null)
        {
            ArrayPool<Slot>.Shared.Return(slots);
            slots = null;
            Count = 0;
        }
    }

    /// <summary>Doubles the table, every key moved to its place in the larger one.</summary>
    private void Grow()
    {
        var old = slots!;
        slots = Rent(old.Length * 2);
        mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Used)
            {
                var i = Home(slot);
                while (slots[i].Used)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = slot;
            }
        }

        ArrayPool<Slot>.Shared.Return(old);
    }

    /// <summary>A table of exactly <paramref name="size"/> empty slots' room (the pool may give more: only the first
    /// <paramref name="size"/> are used and cleared).</summary>
    private static Slot[] Rent(int size)
    {
        var table = ArrayPool<Slot>.Shared.Rent(size);
        if (table.Length != size)
        {
            ArrayPool<Slot>.Shared.Return(table);
            table = new Slot[size];   // the shared pool rents powers of two: not reached
        }

        Array.Clear(table, 0, size);
        return table;
    }

    /// <summary>The slot a key is looked for first: its parts mixed, wrapping (the digests are FNV-1a: low bits well spread).</summary>
    private int Home(in Slot key)
    {
        unchecked
        {
            var h = key.Digest ^ (key.Subheading * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)key.Length << 17) ^ (ulong)key.Section;
            return (int)(h ^ (h >> 29)) & mask;
        }
    }

    /// <summary>One key, or an empty slot (<see cref="Used"/> false).</summary>
    private readonly struct Slot(Section section, ulong subheading, int length, ulong digest)
    {
        public ulong Subheading { get; } = subheading;

        public ulong Digest { get; } = digest;

        public int Length { get; } = length;

        public Section Section { get; } = section;

        public bool Used { get; } = true;

        public bool Equals(in Slot other)
            => Digest == other.Digest && Subheading == other.Subheading && Length == other.Length && Section == other.Section;
    }
}
