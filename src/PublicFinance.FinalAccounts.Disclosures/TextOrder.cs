using System.Buffers;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Puts a read's claims and findings in text order (按文本顺序): sorted by where they start (line, then column), ties in
/// the order given — what <c>OrderBy</c> and <c>ThenBy</c> give. Each item's start is asked for once and packed with its
/// index into one 64-bit key (line, column, index), so the sort is the runtime's sort of plain integers: no comparer, no
/// delegate call per comparison (session 19; the comparer calling the span delegate twice per comparison was ≈ 3 % of a
/// seed read). A start or a count too large for the packing (never in a text of <see cref="DisclosureReader.MaxLength"/>
/// characters with fewer than 2^18 items) is sorted by a comparer over the same keys.
/// </summary>
internal static class TextOrder
{
    /// <summary>Bits of the packed key for the index (the lowest), the column and the line (the highest).</summary>
    private const int IndexBits = 18;
    private const int ColumnBits = 23;
    private const int LineBits = 64 - IndexBits - ColumnBits;

    /// <summary>
    /// The items in text order: the list itself when it is in order already and <paramref name="copy"/> is false (nothing
    /// adds to it once the read is made), else a new array of them.
    /// </summary>
    /// <param name="items">The items, usually already in text order.</param>
    /// <param name="span">Where an item is.</param>
    /// <param name="copy">Whether the result must be an array of its own (the list is given back after the read).</param>
    public static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, Func<T, SourceSpan> span, bool copy)
    {
        var n = items.Count;
        var keys = ArrayPool<ulong>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var sorted = true;
            var packs = n <= 1 << IndexBits;
            for (var k = 0; k < n; k++)
            {
                var s = span(items[k]);
                packs &= s.StartLine >= 0 && s.StartColumn >= 0 && s.StartLine < 1 << LineBits && s.StartColumn < 1 << ColumnBits;
                keys[k] = Place(s.StartLine, s.StartColumn);
                sorted &= k == 0 || keys[k] >= keys[k - 1];
            }

            if (sorted)
            {
                return copy ? Copy(items) : items;
            }

            var result = new T[n];
            if (packs)
            {
                for (var k = 0; k < n; k++)
                {
                    // line and column back from the place (both known to fit), then packed above the index
                    var line = (ulong)(unchecked((uint)(keys[k] >> 32)) ^ 0x80000000u);
                    var column = (ulong)(unchecked((uint)keys[k]) ^ 0x80000000u);
                    keys[k] = (line << (ColumnBits + IndexBits)) | (column << IndexBits) | (uint)k;
                }

                Array.Sort(keys, 0, n);
                for (var k = 0; k < n; k++)
                {
                    result[k] = items[(int)(keys[k] & ((1UL << IndexBits) - 1))];
                }

                return result;
            }

            var order = ArrayPool<int>.Shared.Rent(n);
            for (var k = 0; k < n; k++)
            {
                order[k] = k;
            }

            Array.Sort(order, 0, n, new ByPlace(keys));
            for (var k = 0; k < n; k++)
            {
                result[k] = items[order[k]];
            }

            ArrayPool<int>.Shared.Return(order);
            return result;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>A start as one number ordered as the pair (line, then column; signed, as they compare).</summary>
    private static ulong Place(int line, int column)
        => unchecked(((ulong)(uint)(line ^ int.MinValue) << 32) | (uint)(column ^ int.MinValue));

    private static T[] Copy<T>(IReadOnlyList<T> items)
    {
        var same = new T[items.Count];
        for (var k = 0; k < same.Length; k++)
        {
            same[k] = items[k];
        }

        return same;
    }

    /// <summary>Orders indices by their keys, then by index (a stable sort); used only when a key does not pack.</summary>
    private sealed class ByPlace(ulong[] keys) : IComparer<int>
    {
        public int Compare(int a, int b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b);
    }
}
