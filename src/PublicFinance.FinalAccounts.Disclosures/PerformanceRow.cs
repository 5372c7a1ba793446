namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// One row of a 绩效自评表 as <see cref="PerformanceTableReader"/> reads it: the row's original text once and each cell
/// a trimmed range of it, with the first <see cref="Width"/> characters of each cell without white space kept for the
/// header words — so that a row is decided without a string per cell. Reused from row to row.
/// </summary>
internal sealed partial class PerformanceRow
{
    /// <summary>How many characters of a cell without white space are kept; longer than every header word.</summary>
    public const int Width = 16;

    private string raw = string.Empty;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] compactLengths = new int[16];
    private char[] prefixes = new char[16 * Width];
    private char[] plain = new char[64];

    /// <summary>The first characters of the cells that are not blank, as a set of 64 bits (a character's low six bits).</summary>
    private ulong firstCharacterSet;

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
        firstCharacterSet = 0;
        var separator = normalized.IndexOf('\t', normalizedStart, length) >= 0 ? '\t'
            : normalized.IndexOf('|', normalizedStart, length) >= 0 ? '|' : ' ';
        SpaceSeparated = separator == ' ';

        // One pass over the row (session 36): each character is asked whether it is the separator (in the normalised
        // text) and, in the original text, whether it is white space, so each cell's trimmed range, its length without
        // white space and its first characters come out of the pass — no search per cell, no second loop per cell.
        var row = normalized.AsSpan(normalizedStart, length);
        var text = original.AsSpan(originalStart, length);
        var first = -1;
        var last = -1;
        var n = 0;
        EnsureRoom();
        for (var k = 0; k < row.Length; k++)
        {
            if (row[k] == separator && (separator != ' ' || SpaceRunAt(row, ref k, first)))
            {
                Close(originalStart, k, first, last, n);
                first = last = -1;
                n = 0;
                continue;
            }

            var c = text[k];
            if (WhiteSpace.Is(c))
            {
                continue;
            }

            if (first < 0)
            {
                first = k;
            }

            last = k;
            if (n < Width)
            {
                prefixes[(Count * Width) + n] = c;
            }

            n++;
        }

        Close(originalStart, length, first, last, n);
        if (separator != '\t' && Count > 0 && ends[0] == starts[0])
        {
            RemoveFirst();
        }
    }

    /// <summary>
    /// Session 56 (blind round 52 t06): in a row without tab or '|' — a 绩效自评表 whose columns are aligned with spaces, as
    /// a transcription with full-width spaces (<c>年度资金总额　　260.00　　236.60</c>, normalised to spaces) writes it — the
    /// cells are apart by runs of two spaces or more (<see cref="BlockClassifier.IsSpaceAlignedRow"/>): whether a run
    /// starts at <paramref name="k"/> after a cell's text, which then moves to the run's last space. One space stays inside
    /// its cell; the row's leading spaces are no separator.
    /// </summary>
    private static bool SpaceRunAt(ReadOnlySpan<char> row, ref int k, int first)
    {
        if (first < 0 || k + 1 >= row.Length || row[k + 1] != ' ')
        {
            return false;
        }

        while (k + 1 < row.Length && row[k + 1] == ' ')
        {
            k++;
        }

        return true;
    }

    /// <summary>
    /// Ends the cell that ends before row character <paramref name="end"/>: its first and last characters that are not
    /// white space (-1: none; the cell is then the empty range at its end), its length without white space.
    /// </summary>
    private void Close(int originalStart, int end, int first, int last, int compactLength)
        => Close(first < 0 ? originalStart + end : originalStart + first, first < 0 ? originalStart + end : originalStart + last + 1,
            compactLength);

    /// <summary>Ends the cell being read: its trimmed range and its length without white space.</summary>
    private void Close(int start, int end, int compactLength)
    {
        starts[Count] = start;
        ends[Count] = end;
        compactLengths[Count] = compactLength;
        if (compactLength > 0)
        {
            firstCharacterSet |= 1UL << (prefixes[Count * Width] & 63);
        }

        Count++;
        EnsureRoom();
    }

    /// <summary>Room for one more cell (its prefix written while it is read, before it is closed).</summary>
    private void EnsureRoom()
    {
        if (Count == starts.Length)
        {
            Array.Resize(ref starts, Count * 2);
            Array.Resize(ref ends, Count * 2);
            Array.Resize(ref compactLengths, Count * 2);
            Array.Resize(ref prefixes, Count * 2 * Width);
        }
    }

    /// <summary>
    /// Splits a row as the reader split it before session 36 — a search for each separator, then each cell trimmed and
    /// its characters without white space counted in a second loop — kept as the oracle the one-pass
    /// <see cref="Split(string, int, string, int, int)"/> is tested against (<c>ReaderSpeedSessionThirtySixTests</c>).
    /// </summary>
    internal void SplitBySearch(string original, int originalStart, string normalized, int normalizedStart, int length)
    {
        raw = original;
        Count = 0;
        firstCharacterSet = 0;
        var separator = normalized.IndexOf('\t', normalizedStart, length) >= 0 ? '\t' : '|';
        var start = 0;
        while (true)
        {
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

        EnsureRoom();
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

        Close(start, end, n);
    }

    private void RemoveFirst()
    {
        Array.Copy(starts, 1, starts, 0, Count - 1);
        Array.Copy(ends, 1, ends, 0, Count - 1);
        Array.Copy(compactLengths, 1, compactLengths, 0, Count - 1);
        Array.Copy(prefixes, Width, prefixes, 0, (Count - 1) * Width);
        Count--;   // the cell removed was blank: it added nothing to firstCharacterSet
    }

    /// <summary>
    /// Whether a cell without white space starts with one of <paramref name="firstCharacters"/>: when none does, no cell is
    /// a word starting with one of them, and the row need not be asked for those words one by one (session 19).
    /// </summary>
    /// <param name="firstCharacters">The characters the words asked for start with.</param>
    public bool AnyCellStartsWith(string firstCharacters)
    {
        // The cells' first characters as a 64-bit set, made by the split (session 36): a row none of whose first
        // characters shares a bit with the ones asked for is answered without a search per cell.
        var asked = 0UL;
        foreach (var c in firstCharacters)
        {
            asked |= 1UL << (c & 63);
        }

        if ((asked & firstCharacterSet) == 0)
        {
            return false;
        }

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

    /// <summary>
    /// Session 59: whether cell <paramref name="index"/> without white space holds <paramref name="word"/> within its first
    /// <see cref="Width"/> characters (a header cell such as <c>年度预算数/分值</c> naming two things).
    /// </summary>
    public bool Contains(int index, string word)
    {
        if (index < 0 || index >= Count || word.Length == 0)
        {
            return false;
        }

        var kept = Math.Min(compactLengths[index], Width);
        return kept >= word.Length && prefixes.AsSpan(index * Width, kept).IndexOf(word.AsSpan()) >= 0;
    }

    /// <summary>Whether cell <paramref name="index"/> without white space starts with <paramref name="word"/>.</summary>
    public bool StartsWith(int index, string word)
    {
        if (compactLengths[index] < word.Length)
        {
            return false;
        }

        // Most cells differ from a word at their first character (session 36): asked before the comparison of spans.
        if (word.Length > 0 && prefixes[index * Width] != word[0])
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
