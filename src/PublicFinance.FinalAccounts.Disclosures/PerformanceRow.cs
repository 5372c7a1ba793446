namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// One row of a 绩效自评表 as <see cref="PerformanceTableReader"/> reads it: the row's original text once and each cell
/// a trimmed range of it, with the first <see cref="Width"/> characters of each cell without white space kept for the
/// header words — so that a row is decided without a string per cell. Reused from row to row.
/// </summary>
internal sealed class PerformanceRow
{
    /// <summary>How many characters of a cell without white space are kept; longer than every header word.</summary>
    public const int Width = 16;

    private string raw = string.Empty;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] compactLengths = new int[16];
    private char[] prefixes = new char[16 * Width];
    private char[] plain = new char[64];

    /// <summary>The number of cells.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Splits a row at its tabs (or at its '|' when it has no tab) as the normalised text shows them; each cell is the
    /// original text behind it, trimmed. A '|' row's empty first cell (before its leading '|') is not a cell.
    /// </summary>
    /// <param name="original">The original characters behind the row, one for each character of <paramref name="normalized"/>.</param>
    /// <param name="normalized">The row's normalised text.</param>
    public void Split(string original, string normalized) => Split(original, 0, normalized);

    /// <summary>
    /// Splits a row as <see cref="Split(string, string)"/> does, its original characters being
    /// <paramref name="original"/>[<paramref name="originalStart"/>, originalStart + normalized.Length): the row is read
    /// in the original text itself, not in a copy of it.
    /// </summary>
    /// <param name="original">The string that holds the original characters behind the row.</param>
    /// <param name="originalStart">Where they start in it.</param>
    /// <param name="normalized">The row's normalised text.</param>
    public void Split(string original, int originalStart, string normalized)
        => Split(original, originalStart, normalized, 0, normalized.Length);

    /// <summary>
    /// Splits a row as <see cref="Split(string, int, string)"/> does, its normalised text being
    /// <paramref name="normalized"/>[<paramref name="normalizedStart"/>, normalizedStart + <paramref name="length"/>): a
    /// view of the row (<see cref="Fragment.Source"/>), so that the row's string need not be cut out.
    /// </summary>
    /// <param name="original">The string that holds the original characters behind the row.</param>
    /// <param name="originalStart">Where they start in it.</param>
    /// <param name="normalized">The string that holds the row's normalised text.</param>
    /// <param name="normalizedStart">Where the row starts in it.</param>
    /// <param name="length">The row's length.</param>
    public void Split(string original, int originalStart, string normalized, int normalizedStart, int length)
    {
        raw = original;
        Count = 0;
        var separator = normalized.IndexOf('\t', normalizedStart, length) >= 0 ? '\t' : '|';
        var start = 0;
        while (true)
        {
            // the next separator by the runtime's search, not a test of every character (session 19)
            var at = normalized.IndexOf(separator, normalizedStart + start, length - start);
            var i = at < 0 ? length : at - normalizedStart;
            Add(originalStart + start, originalStart + i);
            if (at < 0)
            {
                break;
            }

            start = i + 1;
        }

        if (separator == '|' && Count > 0 && ends[0] == starts[0])
        {
            RemoveFirst();
        }
    }

    private void Add(int start, int end)
    {
        while (start < end && WhiteSpace.Is(raw[start]))
        {
            start++;
        }

        while (end > start && WhiteSpace.Is(raw[end - 1]))
        {
            end--;
        }

        if (Count == starts.Length)
        {
            Array.Resize(ref starts, Count * 2);
            Array.Resize(ref ends, Count * 2);
            Array.Resize(ref compactLengths, Count * 2);
            Array.Resize(ref prefixes, Count * 2 * Width);
        }

        var n = 0;
        for (var k = start; k < end; k++)
        {
            var c = raw[k];
            if (!WhiteSpace.Is(c))
            {
                if (n < Width)
                {
                    prefixes[(Count * Width) + n] = c;
                }

                n++;
            }
        }

        starts[Count] = start;
        ends[Count] = end;
        compactLengths[Count] = n;
        Count++;
    }

    private void RemoveFirst()
    {
        Array.Copy(starts, 1, starts, 0, Count - 1);
        Array.Copy(ends, 1, ends, 0, Count - 1);
        Array.Copy(compactLengths, 1, compactLengths, 0, Count - 1);
        Array.Copy(prefixes, Width, prefixes, 0, (Count - 1) * Width);
        Count--;
    }

    /// <summary>
    /// Whether a cell without white space starts with one of <paramref name="firstCharacters"/>: when none does, no cell is
    /// a word starting with one of them, and the row need not be asked for those words one by one (session 19).
    /// </summary>
    /// <param name="firstCharacters">The characters the words asked for start with.</param>
    public bool AnyCellStartsWith(string firstCharacters)
    {
        for (var i = 0; i < Count; i++)
        {
            if (compactLengths[i] > 0 && firstCharacters.IndexOf(prefixes[i * Width]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether cell <paramref name="index"/> exists and is not blank.</summary>
    public bool IsFilled(int index) => index >= 0 && index < Count && ends[index] > starts[index];

    /// <summary>The cell's text, trimmed (empty when there is no such cell).</summary>
    public string Text(int index) => IsFilled(index) ? raw.Substring(starts[index], ends[index] - starts[index]) : string.Empty;

    /// <summary>The cell's text without white space (empty when there is no such cell).</summary>
    public string CompactText(int index)
    {
        if (!IsFilled(index))
        {
            return string.Empty;
        }

        var length = compactLengths[index];
        if (length == ends[index] - starts[index])
        {
            return raw.Substring(starts[index], length);
        }

        if (length <= Width)
        {
            return new string(prefixes, index * Width, length);
        }

        var chars = new char[length];
        var n = 0;
        for (var k = starts[index]; k < ends[index]; k++)
        {
            if (!WhiteSpace.Is(raw[k]))
            {
                chars[n++] = raw[k];
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The cell's <see cref="CompactText(int)"/>, or <paramref name="same"/> itself when that text is equal to it: a
    /// column that repeats its text row after row (一级指标, 二级指标) keeps one string, not a copy per row.
    /// </summary>
    /// <param name="index">The cell.</param>
    /// <param name="same">The text the cell may repeat.</param>
    public string CompactText(int index, string same)
    {
        if (!IsFilled(index) || compactLengths[index] != same.Length)
        {
            return CompactText(index);
        }

        var k = 0;
        for (var c = starts[index]; c < ends[index]; c++)
        {
            if (WhiteSpace.Is(raw[c]))
            {
                continue;
            }

            if (raw[c] != same[k++])
            {
                return CompactText(index);
            }
        }

        return same;
    }

    /// <summary>
    /// The cell as a figure is read from it: without white space and without ',' or '，'; empty when the cell is
    /// missing, blank or a dash ("-", "—", "--", "/", "——"). Valid until the next call.
    /// </summary>
    public ReadOnlySpan<char> Plain(int index)
    {
        if (!IsFilled(index))
        {
            return default;
        }

        if (plain.Length < ends[index] - starts[index])
        {
            plain = new char[ends[index] - starts[index]];
        }

        var n = 0;
        for (var k = starts[index]; k < ends[index]; k++)
        {
            var c = raw[k];
            if (c is not (',' or '，') && !WhiteSpace.Is(c))
            {
                plain[n++] = c;
            }
        }

        var text = plain.AsSpan(0, n);
        return IsDash(text) ? default : text;
    }

    private static bool IsDash(ReadOnlySpan<char> text)
        => text.SequenceEqual("-".AsSpan()) || text.SequenceEqual("—".AsSpan()) || text.SequenceEqual("--".AsSpan())
            || text.SequenceEqual("/".AsSpan()) || text.SequenceEqual("——".AsSpan());

    /// <summary>The first cell in [from, to) that is not blank, or -1.</summary>
    public int FirstFilled(int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Count); i++)
        {
            if (ends[i] > starts[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last cell before <paramref name="to"/> that is not blank, or -1.</summary>
    public int LastFilled(int to)
    {
        for (var i = Math.Min(to, Count) - 1; i >= 0; i--)
        {
            if (ends[i] > starts[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first cell that is <paramref name="word"/> once its white space is removed, or -1.</summary>
    public int FindExact(string word)
    {
        for (var i = 0; i < Count; i++)
        {
            if (compactLengths[i] == word.Length && StartsWith(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first cell that is one of <paramref name="words"/> once its white space is removed, or -1.</summary>
    public int FindExact(string[] words)
    {
        for (var i = 0; i < Count; i++)
        {
            foreach (var word in words)
            {
                if (compactLengths[i] == word.Length && StartsWith(i, word))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The first cell that starts with one of the words given once its white space is removed, or -1.</summary>
    public int FindStart(string word, string? second = null, string? third = null)
    {
        for (var i = 0; i < Count; i++)
        {
            if (StartsWith(i, word) || (second is not null && StartsWith(i, second)) || (third is not null && StartsWith(i, third)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether cell <paramref name="index"/> without white space starts with <paramref name="word"/>.</summary>
    private bool StartsWith(int index, string word)
    {
        if (compactLengths[index] < word.Length)
        {
            return false;
        }

        if (word.Length <= Width)
        {
            return prefixes.AsSpan(index * Width, word.Length).SequenceEqual(word.AsSpan());
        }

        return CompactText(index).StartsWith(word, StringComparison.Ordinal);
    }
}
