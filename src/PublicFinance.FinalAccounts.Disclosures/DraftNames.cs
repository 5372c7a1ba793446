#if NET9_0_OR_GREATER
using System.Collections.Concurrent;
#endif

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The member names of the draft (草稿成员名) cut out of pointers — "overall", "incomeGrandTotal", "change", "amount" … —
/// made once for the process and given again for every read: a pointer's last token or a missing container's name was a
/// new string each time a value or a container was placed (a few hundred a read). The cache is keyed by the token's
/// characters (no string made to ask), holds at most <see cref="Limit"/> names of at most <see cref="MaxLength"/>
/// characters (the contract's names are shorter; a longer token, or one after the cache is full, is cut as before, so no
/// text can make it hold more than a few hundred kilobytes), and is shared by threads: a name found is equal to the one
/// that would have been cut out, and two threads adding one at once both get a string of the same text.
/// </summary>
internal static class DraftNames
{
    /// <summary>How many names are kept (the contract's member names and list indexes fit many times over).</summary>
    internal const int Limit = 4096;

    /// <summary>The longest name kept (the contract's longest member names are about 30 characters).</summary>
    internal const int MaxLength = 40;

#if NET9_0_OR_GREATER
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many names <see cref="Names"/> holds (counted beside it: its own count takes all its locks).</summary>
    private static int count;
#endif

    /// <summary>The text of <paramref name="pointer"/>[<paramref name="start"/>, <paramref name="end"/>) as a string.</summary>
    /// <param name="pointer">The pointer the name is written in.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where it ends.</param>
    /// <returns>A string equal to <c>pointer.Substring(start, end - start)</c>.</returns>
    public static string Of(string pointer, int start, int end)
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

        if (BySpan.TryGetValue(pointer.AsSpan(start, end - start), out var known))
        {
            return known;
        }

        var name = pointer.Substring(start, end - start);
        if (System.Threading.Volatile.Read(ref count) < Limit && Names.TryAdd(name, name))
        {
            System.Threading.Interlocked.Increment(ref count);
        }

        return name;
#else
        return pointer.Substring(start, end - start);
#endif
    }
}
