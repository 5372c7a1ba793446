namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (blind round 51, t01 and t09): the sign markers (增减符号) a comparison table writes before an unsigned change
/// instead of a minus — <c>△1.30</c>, <c>▼0.74</c>, <c>▲0.88</c>, <c>↓2.10</c>, <c>↑14.3%</c>. In Chinese 决算 tables
/// <c>△</c> conventionally marks a negative number (a decrease); <c>▼</c> and <c>↓</c> mark a decrease and <c>↑</c> an
/// increase; <c>▲</c> is an increase only beside <c>▼</c> (its pair) or where a legend says so (elsewhere, as in Japanese
/// accounts, it can mark a negative number). A legend of the text — <c>表中带“△”的数字为减少数</c>, <c>“▲”表示增加，“▼”表示减少</c>
/// — overrides the convention; a marker that the text's legends give both meanings, or a lone <c>▲</c>, is ambiguous: its
/// change is read with no direction (a located claim and a note, never a finding). The meanings are read once per text.
/// </summary>
internal sealed class SignMarkers
{
    /// <summary>The markers, in the order of <see cref="meanings"/>.</summary>
    private const string Markers = "△▲▼↑↓";

    /// <summary><see cref="Markers"/> as the array <see cref="string.IndexOfAny(char[])"/> asks for, made once.</summary>
    private static readonly char[] MarkerChars = Markers.ToCharArray();

    /// <summary>A text without any marker: every cell is unmarked.</summary>
    private static readonly SignMarkers None = new([0, 0, 0, 0, 0]);

    /// <summary>Each marker's meaning in the text: -1 a decrease, +1 an increase, 0 ambiguous.</summary>
    private readonly int[] meanings;

    private SignMarkers(int[] meanings) => this.meanings = meanings;

    /// <summary>The value <see cref="SignOf(string, int, int)"/> gives a cell whose marker's meaning is ambiguous.</summary>
    public const int Ambiguous = 2;

    /// <summary>The meanings of the markers in <paramref name="text"/> (its legends, else the convention above).</summary>
    /// <param name="text">The whole text.</param>
    /// <returns>The text's marker meanings.</returns>
    public static SignMarkers Of(string text)
    {
        if (text.IndexOfAny(MarkerChars) < 0)
        {
            return None;
        }

        var present = new bool[Markers.Length];
        var said = new int[Markers.Length];   // bit 1: a legend says a decrease; bit 2: an increase
        for (var i = text.IndexOfAny(MarkerChars); i >= 0; i = NextMarker(text, i + 1))
        {
            var k = Markers.IndexOf(text[i]);
            present[k] = true;
            said[k] |= Legend(text, i);
        }

        var meanings = new int[Markers.Length];
        for (var k = 0; k < Markers.Length; k++)
        {
            meanings[k] = said[k] switch
            {
                1 => -1,
                2 => 1,
                3 => 0,
                _ => k switch
                {
                    0 or 2 or 4 => -1,   // △ ▼ ↓
                    3 => 1,              // ↑
                    _ => present[2] && !present[0] ? 1 : 0,   // ▲: an increase beside its pair ▼, else ambiguous
                },
            };
        }

        return new SignMarkers(meanings);
    }

    /// <summary>The index of the next marker at or after <paramref name="from"/>, or -1.</summary>
    private static int NextMarker(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsMarker(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> is one of the sign markers.</summary>
    /// <param name="c">A character.</param>
    /// <returns>True for △, ▲, ▼, ↑ and ↓.</returns>
    public static bool IsMarker(char c) => c is '△' or '▲' or '▼' or '↑' or '↓';

    /// <summary>
    /// What a legend at the marker <paramref name="at"/> says: the marker in quotes (<c>“△”</c>) and, before the clause
    /// ends (<c>，。；</c>, a line break or another marker), within 12 characters, a decrease word (减少, 下降, 负数, 降低 → 1)
    /// or an increase word (增加, 增长, 上升, 正数 → 2); 0 for a marker that is not quoted in a legend.
    /// </summary>
    private static int Legend(string text, int at)
    {
        if (at + 1 >= text.Length || text[at + 1] is not ('”' or '"' or '’' or '\'' or '」'))
        {
            return 0;
        }

        for (var i = at + 2; i < text.Length - 1 && i < at + 14; i++)
        {
            var c = text[i];
            if (c is '，' or '。' or '；' or ',' or ';' or '\n' || IsMarker(c))
            {
                return 0;
            }

            var pair = (c, text[i + 1]);
            if (pair is ('减', '少') or ('下', '降') or ('负', '数') or ('降', '低'))
            {
                return 1;
            }

            if (pair is ('增', '加') or ('增', '长') or ('上', '升') or ('正', '数'))
            {
                return 2;
            }
        }

        return 0;
    }

    /// <summary>
    /// The sign a marker gives the cell [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>: the
    /// cell, trimmed, is a marker and then a number (<c>△1.30</c>, <c>▼4.34%</c>, a space between allowed) — -1 for a
    /// decrease, +1 for an increase, <see cref="Ambiguous"/> when the marker's meaning in the text is not certain; 0 for
    /// any other cell.
    /// </summary>
    /// <param name="text">The text the cell is a range of.</param>
    /// <param name="start">The cell's first index.</param>
    /// <param name="end">The index after the cell.</param>
    /// <returns>-1, +1, <see cref="Ambiguous"/> or 0, as above.</returns>
    public int SignOf(string text, int start, int end)
    {
        if (MarkedNumberAt(text, start, end) is var k && k < 0)
        {
            return 0;
        }

        return meanings[Markers.IndexOf(text[k])] is var m && m == 0 ? Ambiguous : m;
    }

    /// <summary>The sign a marker gives the whole of <paramref name="cell"/> (see <see cref="SignOf(string, int, int)"/>).</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>-1, +1, <see cref="Ambiguous"/> or 0.</returns>
    public int SignOf(string cell) => SignOf(cell, 0, cell.Length);

    /// <summary>
    /// Whether the cell [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, trimmed, is a sign
    /// marker and then one number — whatever the marker means (a table's layout is told apart before its meanings).
    /// </summary>
    /// <param name="text">The text the cell is a range of.</param>
    /// <param name="start">The cell's first index.</param>
    /// <param name="end">The index after the cell.</param>
    /// <returns>True for <c>△1.30</c>, <c>▼ 4.34%</c>; false for anything else.</returns>
    public static bool IsMarked(string text, int start, int end) => MarkedNumberAt(text, start, end) >= 0;

    /// <summary>
    /// The index of the marker of a marked cell (the trimmed cell is a marker, optional white space and one number that
    /// ends at its last character or the one before it, a % or a unit), or -1.
    /// </summary>
    private static int MarkedNumberAt(string text, int start, int end)
    {
        while (start < end && WhiteSpace.Is(text[start]))
        {
            start++;
        }

        if (start >= end || !IsMarker(text[start]))
        {
            return -1;
        }

        var digit = start + 1;
        while (digit < end && WhiteSpace.Is(text[digit]))
        {
            digit++;
        }

        return digit < end && Scanner.IsDigit(text[digit]) && CellNumber.Is(text, digit, end) ? start : -1;
    }

    /// <summary>The number of a marked cell: the cell's range after its marker (for the readers that copy its digits).</summary>
    /// <param name="text">The text the cell is a range of.</param>
    /// <param name="start">The cell's first index.</param>
    /// <param name="end">The index after the cell.</param>
    /// <returns>The index of the number's first digit, or <paramref name="start"/> for a cell that is not marked.</returns>
    public static int NumberStart(string text, int start, int end)
    {
        var k = MarkedNumberAt(text, start, end);
        if (k < 0)
        {
            return start;
        }

        k++;
        while (k < end && WhiteSpace.Is(text[k]))
        {
            k++;
        }

        return k;
    }
}
