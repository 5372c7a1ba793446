#if NET9_0_OR_GREATER
using System.Collections.Concurrent;
using System.Threading;
#endif

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The member names of the draft (草稿成员名) cut out of pointers — "overall", "incomeGrandTotal", "change", "amount" … —
/// made once for the process (<see cref="Shared"/>) and given again for every read: a pointer's last token or a missing
/// container's name was a new string each time a value or a container was placed (a few hundred a read). The cache is keyed
/// by the token's characters (no string made to ask), holds at most <see cref="Limit"/> names of at most
/// <see cref="MaxLength"/> characters (the contract's names are shorter; a longer token, or one after the cache is full, is
/// cut as before, so no text can make it hold more than a few hundred kilobytes), and is shared by threads: a name found is
/// equal to the one that would have been cut out, two threads adding one at once both get a string of the same text, and a
/// slot is claimed before a name is added, so the cache never holds more than its limit.
/// </summary>
internal sealed class DraftNames
{
    /// <summary>How many names the shared cache keeps (the contract's member names and list indexes fit many times over).</summary>
    internal const int Limit = 4096;

    /// <summary>The longest name kept (the contract's longest member names are about 30 characters).</summary>
    internal const int MaxLength = 40;

#if NET9_0_OR_GREATER
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private readonly int limit;

    /// <summary>How many names are held or being added (counted beside the dictionary: its own count takes all its locks).</summary>
    private int count;
#endif

    /// <summary>Creates an empty cache that keeps at most <paramref name="limit"/> names (tests make their own).</summary>
    /// <param name="limit">The most names kept.</param>
    internal DraftNames(int limit)
    {
#if NET9_0_OR_GREATER
        this.limit = limit;
        bySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The process's cache, used by every read.</summary>
    internal static DraftNames Shared { get; } = new(Limit);

    /// <summary>How many names the cache holds (none before .NET 9, which has no look-up by characters: every name is cut).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance data on .NET 9 and later.")]
#if NET9_0_OR_GREATER
    internal int Count => names.Count;
#else
    internal int Count => 0;
#endif

    /// <summary>
    /// The text of <paramref name="pointer"/>[<paramref name="start"/>, <paramref name="end"/>) as a string, from the
    /// shared cache.
    /// </summary>
    /// <param name="pointer">The pointer the name is written in.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where it ends.</param>
    /// <returns>A string equal to <c>pointer.Substring(start, end - start)</c>.</returns>
    public static string Of(string pointer, int start, int end) => Shared.Name(pointer, start, end);

    /// <summary>The text of <paramref name="pointer"/>[<paramref name="start"/>, <paramref name="end"/>) as a string.</summary>
    /// <param name="pointer">The pointer the name is written in.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where it ends.</param>
    /// <returns>A string equal to <c>pointer.Substring(start, end - start)</c>.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance data on .NET 9 and later.")]
    internal string Name(string pointer, int start, int end)
    {
        if (start == 0 && end == pointer.Length)
        {
            return pointer;
        }

#if NET9_0_OR_GREATER
        if (end - start > MaxLength)
        {
            return pointer.Substring(start, end - start);
        }

        if (bySpan.TryGetValue(pointer.AsSpan(start, end - start), out var known))
        {
            return known;
        }

        var name = pointer.Substring(start, end - start);
        if (Volatile.Read(ref count) < limit)
        {
            // Claim a slot first, give it back when over the limit or when another thread added the same name.
            if (Interlocked.Increment(ref count) > limit || !names.TryAdd(name, name))
            {
                Interlocked.Decrement(ref count);
            }
        }

        return name;
#else
        return pointer.Substring(start, end - start);
#endif
    }
}
