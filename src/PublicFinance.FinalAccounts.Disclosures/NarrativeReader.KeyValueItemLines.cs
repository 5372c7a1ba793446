namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 46, t08): the coded 功能分类 table written as key–value lines, one item a line —
/// <c>科目编码：2040501；科目名称：行政运行；年初预算：4850.00；决算数：4812.36；决算数为年初预算的99.22%</c>. Each pair is
/// <c>键：值</c>, the pairs cut by <c>；</c>, a tab, or a <c>，</c> before a key; a pair without a colon is the 完成率 written as
/// a phrase (<c>决算数为年初预算的99.22%</c>, <c>完成年初预算的99.22%</c>) when it names its basis or says 完成率/执行率.
/// The line is read only when it is certain: one code key and one name key (<see cref="CellCodeWords"/>,
/// <see cref="CellNameWords"/>), a valid code, each other key once and a number as its value, and the keys as columns accepted
/// by <see cref="CodedHeader"/> (决算 once, only 年初 / 调整 budgets and 完成率 besides, a known unit) — so each value keeps the
/// column meaning of its own key, whatever the keys' order. It is then laid out as the bar table it stands for (a header of its
/// keys, then <c>|2040501|行政运行|4850.00|4812.36|99.22%|</c>, every character mapped to the line) and read by
/// <see cref="CodedItemTableRow"/>: the item, its budget and 完成率 checks and the 说明 under the lines are the bar table's.
/// Only in the 一般公共预算, 政府性基金 and 国有资本经营 sections; a line that is not certain is read as a paragraph, as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The colons that end a key (half-width and full-width), searched once per piece.</summary>
    private static readonly char[] KeyColons = [':', '：'];

    /// <summary>The longest line taken as a key–value item line.</summary>
    private const int MaxKeyValueLine = 160;

    /// <summary>The header words (joined by '|') of the key–value lines whose columns are open, or null.</summary>
    private string? keyValueHeader;

    /// <summary>The pairs of the line being read (scratch): each key as written, without spaces, and its value.</summary>
    private readonly List<(string Key, Fragment Value)> keyValuePairs = [];

    /// <summary>
    /// A block as a key–value item line (see the type). True when it was read here (not again as a paragraph).
    /// </summary>
    private bool KeyValueItemLine(Block block)
    {
        var line = block.Content;
        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital)
            || block.Kind is not (BlockKind.Prose or BlockKind.Cell or BlockKind.TableRow) || line.Length > MaxKeyValueLine
            || line.Text.IndexOf(':') < 0 && line.Text.IndexOf('：') < 0 || !KeyValuePairs(line))
        {
            keyValueHeader = null;
            return false;
        }

        Fragment? code = null;
        Fragment? name = null;
        var columns = new List<string>();
        var values = new List<Fragment>();
        foreach (var (key, value) in keyValuePairs)
        {
            var isCode = Array.IndexOf(CellCodeWords, key) >= 0;
            var isName = Array.IndexOf(CellNameWords, key) >= 0;
            if (isCode && code is null && value.Length is 5 or 7 && AllDigits(value.Text, 0, value.Length))
            {
                code = value;
            }
            else if (isName && name is null && value.Length >= 2 && !HasDigit(value.Text))
            {
                name = value;
            }
            else if (isCode || isName || columns.Contains(key) || value.Length == 0
                || !IsSentenceNumber(value.Text, 0, value.Length))
            {
                keyValueHeader = null;
                return false;   // a key twice, a code that is none, words where a figure should be: not read here
            }
            else
            {
                columns.Add(key);
                values.Add(value);
            }
        }

        if (code is null || name is null || columns.Count == 0)
        {
            keyValueHeader = null;
            return false;
        }

        var header = string.Join("|", columns);
        if (codedColumns is null || header != keyValueHeader)
        {
            codedColumns = null;
            CodedHeaderOf(columns, line.At(0));
            if (codedColumns is not { } opened || opened.Count != columns.Count)
            {
                codedColumns = null;
                keyValueHeader = null;
                return false;
            }

            keyValueHeader = header;
        }

        values.Insert(0, name);
        values.Insert(0, code);
        CodedItemTableRow(BarRow(values, false));
        return true;
    }

    /// <summary>
    /// Cuts <paramref name="line"/> into <see cref="keyValuePairs"/>: pieces between <c>;</c>, tabs, and a <c>,</c> that a
    /// key word (no digit) follows; each piece <c>键:值</c>, or a 完成率 phrase (<see cref="RatePhraseKey"/>). False when a
    /// piece is neither.
    /// </summary>
    private bool KeyValuePairs(Fragment line)
    {
        keyValuePairs.Clear();
        var text = line.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var cut = i == text.Length || text[i] is ';' or '；' or '\t'
                || text[i] is ',' or '，' && i + 1 < text.Length && !Scanner.IsDigit(text[i + 1]);
            if (!cut)
            {
                continue;
            }

            var piece = line.Slice(start, i).Trim();
            start = i + 1;
            var words = piece.Text.TrimEnd('。', '.');
            if (words.Length == 0)
            {
                continue;
            }

            var colon = words.IndexOfAny(KeyColons);
            if (colon > 0)
            {
                keyValuePairs.Add((WithoutSpaces(words.Substring(0, colon)), piece.Slice(colon + 1, words.Length).Trim()));
            }
            else if (colon < 0 && RatePhraseKey(words, out var valueAt) is { } key)
            {
                keyValuePairs.Add((key, piece.Slice(valueAt, words.Length).Trim()));
            }
            else
            {
                return false;
            }
        }

        return keyValuePairs.Count >= 3;
    }

    /// <summary>
    /// The column word of a 完成率 written as a phrase whose value ends it ("决算数为年初预算的99.22%" → 完成年初预算%,
    /// "完成调整预算的101.30%" → 完成调整预算%, "执行率98.50%" → 完成率), with where its value starts; null when the phrase
    /// is no rate of a named basis or of 完成率/执行率.
    /// </summary>
    private static string? RatePhraseKey(string words, out int valueAt)
    {
        valueAt = words.Length;
        if (words.Length < 2 || words[words.Length - 1] != '%')
        {
            return null;
        }

        while (valueAt > 0 && (Scanner.IsDigit(words[valueAt - 1]) || words[valueAt - 1] is '.' or '%'))
        {
            valueAt--;
        }

        var head = WithoutSpaces(words.Substring(0, valueAt)).TrimEnd('的', '为');
        return valueAt == words.Length - 1 || head.Length == 0 ? null
            : head.EndsWith("年初预算", StringComparison.Ordinal) ? "完成年初预算%"
            : head.EndsWith("调整预算", StringComparison.Ordinal) || head.EndsWith("全年预算", StringComparison.Ordinal)
                ? "完成调整预算%"
            : head is "完成率" or "执行率" or "预算完成率" or "预算执行率" ? "完成率"
            : null;
    }
}
