namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 56 (blind round 52 t02): a table pasted as comma-separated values (CSV, 逗号分隔表格) — a header line
/// <c>项目,2018年决算数,2017年决算数,增减额,增减率</c>, then rows with as many fields, a cell with a thousands separator in
/// double quotes (<c>"1,204.36"</c>), an empty field for a blank cell (<c>合计,,1469.61,…</c>). Such rows were prose: their
/// commas read as clause marks, the quoted cells as unplaced figures, a table's 合计 never checked against its rows.
/// <see cref="Tabulate(string, string, OffsetMap)"/> rewrites the separator commas of such a run of lines as tabs and
/// the quotes as spaces, one
/// character for one (so every position maps back to the original as before), and the lines are then read as the tab
/// rows they are. A run is a table only when it is one: a header of at least three fields, none of them a number, and at
/// least one row after it with exactly as many fields, each row holding a number field; no field longer than
/// <see cref="MaxField"/> characters and none with a sentence mark (。 ;). A sentence of prose typed with ASCII commas ends
/// in a sentence mark or has fields of words with figures inside them, so it is never such a run; a full-width comma
/// (，, normalised to ',') is never a separator: the comma must be ASCII in the original.
/// </summary>
internal static class CsvTableLines
{
    /// <summary>The longest field of a CSV table row, in characters.</summary>
    private const int MaxField = 40;

    /// <summary>The longest header field of a CSV table, in characters.</summary>
    private const int MaxHeaderField = 20;

    /// <summary>
    /// <paramref name="text"/> with every CSV table's separators rewritten as tabs and its quotes as spaces, the text being its
    /// own original (the lines of a plain text as the published-document reader takes its tables from them).
    /// </summary>
    /// <param name="text">The text.</param>
    public static string Tabulate(string text) =>
        text.IndexOf(',') < 0 ? text : Tabulate(text, text, OffsetMap.Shifted(0, text.Length));

    /// <summary>
    /// The normalised <paramref name="text"/> with every CSV table's separators rewritten as tabs and its quotes as spaces;
    /// <paramref name="text"/> itself when it holds none (most texts: no ASCII comma in the original at all).
    /// </summary>
    /// <param name="original">The original text (its commas and quotes decide what is a separator).</param>
    /// <param name="text">The normalised text.</param>
    /// <param name="origin">The original position of each normalised character.</param>
    public static string Tabulate(string original, string text, OffsetMap origin)
    {
        if (original.IndexOf(',') < 0 || text.IndexOf('\n') < 0)
        {
            return text;
        }

        var separators = new List<int>();
        var quotes = new List<int>();
        var header = -1;
        var headerEnd = 0;
        var headerFields = 0;
        var lineStart = 0;
        var rows = 0;
        while (lineStart < text.Length)
        {
            var next = text.IndexOf('\n', lineStart);
            next = next < 0 ? text.Length : next;
            var lineEnd = next > lineStart && text[next - 1] == '\r' ? next - 1 : next;
            var fields = Fields(original, text, origin, lineStart, lineEnd, out var numbers, out var headerLike);
            if (header >= 0 && fields == headerFields && numbers > 0)
            {
                rows++;
                if (rows == 1)
                {
                    Mark(original, text, origin, header, headerEnd, separators, quotes);
                }

                Mark(original, text, origin, lineStart, lineEnd, separators, quotes);
            }
            else
            {
                (header, headerEnd, headerFields, rows) = headerLike && fields >= 3 ? (lineStart, lineEnd, fields, 0) : (-1, 0, 0, 0);
            }

            lineStart = next + 1;
        }

        if (separators.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var at in separators)
        {
            chars[at] = '\t';
        }

        foreach (var at in quotes)
        {
            chars[at] = ' ';
        }

        return new string(chars);
    }

    /// <summary>
    /// The number of fields of the line [<paramref name="s"/>, <paramref name="e"/>) read as CSV (0 when it is none: no
    /// ASCII comma, a tab, an unclosed quote, a field too long or with a sentence mark), how many of them are a number, and
    /// whether the line can be a header (every field filled, short and no number).
    /// </summary>
    private static int Fields(
        string original, string text, OffsetMap origin, int s, int e, out int numbers, out bool headerLike)
    {
        numbers = 0;
        headerLike = true;
        var fields = 0;
        var wordy = 0;
        var at = s;
        while (true)
        {
            var (start, end, next) = Field(original, text, origin, at, e);
            if (next < 0 || end - start > MaxField || HasSentenceMark(text, start, end))
            {
                headerLike = false;
                return 0;
            }

            fields++;
            var number = IsNumber(text, start, end);
            numbers += number ? 1 : 0;
            headerLike &= !number && end > start && end - start <= MaxHeaderField;
            wordy += text.IndexOfAny(Digits, start, end - start) < 0 ? 1 : 0;
            if (next >= e)
            {
                break;
            }

            at = next + 1;
        }

        if (fields < 2)
        {
            headerLike = false;
            return 0;
        }

        headerLike &= wordy * 2 >= fields;   // a header names its columns in words: at most half of them with a year

        return fields;
    }

    /// <summary>
    /// The field from <paramref name="at"/>: its content (inside its quotes when quoted) and the position of the separator
    /// comma after it (<paramref name="e"/> at the line's end); next is -1 when the line is no CSV line there (a tab, an
    /// unclosed quote, a quoted field not followed by a separator).
    /// </summary>
    private static (int Start, int End, int Next) Field(string original, string text, OffsetMap origin, int at, int e)
    {
        if (at < e && IsAscii(original, text, origin, at, '"'))
        {
            var close = at + 1;
            while (close < e && !(text[close] == '"'))
            {
                close++;
            }

            if (close >= e || !IsAscii(original, text, origin, close, '"'))
            {
                return (at, at, -1);
            }

            return close + 1 == e || IsSeparator(original, text, origin, close + 1) ? (at + 1, close, close + 1) : (at, at, -1);
        }

        var k = at;
        while (k < e && !IsSeparator(original, text, origin, k))
        {
            if (text[k] is '\t' or '"')
            {
                return (at, at, -1);
            }

            k++;
        }

        return k < e && IsThousandsComma(text, at, e, k) ? (at, at, -1) : (at, k, k);
    }

    /// <summary>
    /// Whether the comma at <paramref name="k"/> of a field from <paramref name="at"/> reads as a thousands separator: one to
    /// three digits before it (not after a decimal point) and exactly three after it (<c>1,316.40</c>). A CSV file quotes such
    /// a cell; unquoted, it is prose typed with ASCII commas (<c>收入1,316.40万元</c>), so the line is no CSV row.
    /// </summary>
    private static bool IsThousandsComma(string text, int at, int e, int k)
    {
        var digits = k;
        while (digits > at && Scanner.IsDigit(text[digits - 1]))
        {
            digits--;
        }

        return k - digits is >= 1 and <= 3 && !(digits > at && text[digits - 1] == '.') && Scanner.IsGroupComma(text, at, e, k);
    }

    /// <summary>Marks the separators and quotes of the CSV line [<paramref name="s"/>, <paramref name="e"/>) to rewrite.</summary>
    private static void Mark(string original, string text, OffsetMap origin, int s, int e, List<int> separators, List<int> quotes)
    {
        var at = s;
        while (true)
        {
            var (start, end, next) = Field(original, text, origin, at, e);
            if (start > at)
            {
                quotes.Add(start - 1);
                quotes.Add(end);
            }

            if (next >= e)
            {
                return;
            }

            separators.Add(next);
            at = next + 1;
        }
    }

    /// <summary>Whether the normalised character at <paramref name="at"/> is a comma typed as ASCII ','.</summary>
    private static bool IsSeparator(string original, string text, OffsetMap origin, int at) => IsAscii(original, text, origin, at, ',');

    /// <summary>Whether the normalised character at <paramref name="at"/> is <paramref name="c"/>, typed so in the original.</summary>
    private static bool IsAscii(string original, string text, OffsetMap origin, int at, char c) =>
        text[at] == c && original[origin[at]] == c;

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) holds a sentence mark (。 ; ! ?).</summary>
    private static bool HasSentenceMark(string text, int s, int e) => text.IndexOfAny(SentenceMarks, s, e - s) >= 0;

    /// <summary>The ASCII digits (a header field without one is a word).</summary>
    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>The sentence marks no CSV field holds (normalised).</summary>
    private static readonly char[] SentenceMarks = ['。', ';', '!', '?'];

    /// <summary>Whether the field [<paramref name="s"/>, <paramref name="e"/>) is one number, a leading sign allowed.</summary>
    private static bool IsNumber(string text, int s, int e)
    {
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        if (s < e && text[s] is '-' or '+')
        {
            s++;
        }

        return s < e && Scanner.IsDigit(text[s]) && CellNumber.Is(text, s, e);
    }
}
