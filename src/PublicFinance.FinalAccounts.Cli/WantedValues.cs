using System.Buffers;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Where the values at some JSON Pointers (and only those, with their ancestors) start in strict UTF-8 JSON, found by
/// one pass over the bytes: a container on no wanted path is skipped by looking for its closing bracket outside
/// strings, not tokenized (tokenizing what is skipped was most of locating a report's findings, docs/performance.md).
/// </summary>
internal static class WantedValues
{
    private static readonly SearchValues<byte> StringEnds = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnds = SearchValues.Create(",}] \t\r\n"u8);

    /// <summary>
    /// The pointer and byte offset of every wanted value in document order, as the reader-based locator finds them;
    /// null when the bytes are not the strict JSON this pass reads (comments, trailing commas, malformed), for which
    /// the caller takes the reader's pass. <paramref name="wanted"/> holds every wanted pointer's ancestors too.
    /// </summary>
    public static List<(string Pointer, long Offset)>? TryLocate(ReadOnlySpan<byte> utf8, HashSet<string> wanted)
    {
        var offsets = new List<(string Pointer, long Offset)>();
        var at = SkipSpace(utf8, utf8.StartsWith("\uFEFF"u8) ? 3 : 0);
        if (at >= utf8.Length)
        {
            return null;
        }

        var end = wanted.Contains(string.Empty) ? Visit(utf8, at, WantedNode.Tree(wanted), offsets) : Skip(utf8, at);
        return end >= 0 && SkipSpace(utf8, end) == utf8.Length ? offsets : null;
    }

    /// <summary>Records the value at <paramref name="at"/> and descends into the wanted members; the offset after it, or −1.</summary>
    private static int Visit(ReadOnlySpan<byte> utf8, int at, WantedNode node, List<(string, long)> offsets)
    {
        offsets.Add((node.Pointer, at));
        var open = utf8[at];
        if (open != (byte)'{' && open != (byte)'[')
        {
            return Skip(utf8, at);
        }

        var isArray = open == (byte)'[';
        var close = isArray ? (byte)']' : (byte)'}';
        var i = SkipSpace(utf8, at + 1);
        if (i < utf8.Length && utf8[i] == close)
        {
            return i + 1;
        }

        for (var index = 0; i < utf8.Length; index++)
        {
            WantedNode? child;
            if (isArray)
            {
                child = node.Element(index);
            }
            else
            {
                // The member name is matched as bytes against the wanted names (no string made for every member).
                var nameEnd = utf8[i] == (byte)'"' ? EndOfString(utf8, i) : -1;
                if (nameEnd < 0 || !node.TryMember(utf8[(i + 1)..(nameEnd - 1)], out child))
                {
                    return -1;
                }

                i = SkipSpace(utf8, nameEnd);
                if (i >= utf8.Length || utf8[i] != (byte)':')
                {
                    return -1;
                }

                i = SkipSpace(utf8, i + 1);
            }

            i = i >= utf8.Length ? -1 : child is not null ? Visit(utf8, i, child, offsets) : Skip(utf8, i);
            i = i < 0 ? utf8.Length : SkipSpace(utf8, i);
            if (i < utf8.Length && utf8[i] == close)
            {
                return i + 1;
            }

            if (i >= utf8.Length || utf8[i] != (byte)',')
            {
                return -1;
            }

            i = SkipSpace(utf8, i + 1);
        }

        return -1;
    }

    /// <summary>The offset after the value at <paramref name="at"/> (a container to its matching bracket), or −1.</summary>
    private static int Skip(ReadOnlySpan<byte> utf8, int at)
    {
        var first = utf8[at];
        if (first == (byte)'"')
        {
            return EndOfString(utf8, at);
        }

        if (first != (byte)'{' && first != (byte)'[')
        {
            var length = utf8[at..].IndexOfAny(ScalarEnds);
            return length == 0 ? -1 : length < 0 ? utf8.Length : at + length;
        }

        return JsonContainerSkip.End(utf8, at);   // 64 bytes at a time (a report is tens of thousands of bytes)
    }

    /// <summary>The offset after the closing quote of the string opening at <paramref name="quote"/>, or −1.</summary>
    private static int EndOfString(ReadOnlySpan<byte> utf8, int quote)
    {
        for (var i = quote + 1; i < utf8.Length;)
        {
            var next = utf8[i..].IndexOfAny(StringEnds);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (utf8[i] == (byte)'"')
            {
                return i + 1;
            }

            i += 2;   // an escape: the backslash and the character it escapes (never the closing quote)
        }

        return -1;
    }

    private static int SkipSpace(ReadOnlySpan<byte> utf8, int at)
    {
        while (at < utf8.Length && utf8[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }
}
