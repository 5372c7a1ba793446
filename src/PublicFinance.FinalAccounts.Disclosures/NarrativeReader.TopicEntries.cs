namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (issue 8, blind round 46 t10): a numbered entry whose label before ':' is a topic's name — "1) 机关运行经费：
/// 2018年度本部门机关运行经费支出…", "(2)政府采购：…", "③国有资产占用：…", "4.预算绩效：…" — is that topic's section, whatever
/// its numbering style and whatever heading it stands under. Under "Ⅹ. 其他重要事项" (a line no heading rule took) the reader
/// stayed in the 三公 section before it, and every amount of the four entries was "an amount the reader could not place".
/// The label decides the section only when it is short, holds no digit or clause mark, and names a topic section (三公,
/// 机关运行经费, 政府采购, 国有资产, 绩效) by a key of <see cref="SectionKeys"/>; an entry of the glossary (名词解释) or of the
/// tables is a term's definition, and an entry whose label names no topic leaves the reading as it was.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The most characters a topic entry's label has ("国有资产占用情况说明" has 10).</summary>
    private const int TopicEntryLabelMax = 14;

    /// <summary>
    /// Enters the topic section a numbered entry at the start of <paramref name="text"/> names by its label
    /// (<see cref="TopicEntrySection"/>), outside the glossary and the tables; the section so entered was inferred (a figure
    /// whose label names another section may still go there).
    /// </summary>
    private void TopicEntry(string text)
    {
        if (section is Section.Glossary or Section.Tables || TopicEntrySection(text) is not { } topic)
        {
            return;
        }

        if (topic != section)
        {
            Enter(topic);
        }

        sectionInferred = true;
    }

    /// <summary>
    /// The topic section (三公, 机关运行经费, 政府采购, 国有资产, 绩效) a numbered entry at the start of <paramref name="text"/>
    /// names by its label: a number (<see cref="TopicEntryNumberEnd(string)"/>), a label of at most <see cref="TopicEntryLabelMax"/>
    /// characters with no digit or clause mark, then ':' and a text that is no definition (指, 是指); null for anything else.
    /// </summary>
    internal static Section? TopicEntrySection(string text)
    {
        var at = TopicEntryNumberEnd(text);
        for (var start = 1; at <= 0 && start <= TitleBeforeEntryMax && start < text.Length; start++)
        {
            if (text[start - 1] is '。' or ',' or ';' or ':' or '，' or '；' or '：')
            {
                break;   // a clause before the number: no title line joined to an entry
            }

            at = EntryAfterTitle(text, start);
        }

        if (at <= 0)
        {
            return null;
        }

        while (at < text.Length && text[at] is ' ' or '\u3000')
        {
            at++;
        }

        var colon = -1;
        for (var i = at; i < text.Length && i <= at + TopicEntryLabelMax; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (c is '。' or ',' or ';' or '、' or '，' or '；' or '：' || Scanner.IsDigit(c))
            {
                return null;
            }
        }

        if (colon <= at || colon + 1 >= text.Length || text[colon + 1] == '指'
            || string.CompareOrdinal(text, colon + 1, "是指", 0, 2) == 0)
        {
            return null;
        }

        var label = text.Substring(at, colon - at);
        return SectionKeyIndex.FirstIn(label) is var key and >= 0
            && (SectionKeys[key].Section is Section.ThreePublic or Section.OperatingExpenses or Section.Procurement or Section.Assets
                || SectionKeys[key].Section == Section.Performance && PerformanceTopicLabel(label))
            ? SectionKeys[key].Section
            : null;
    }

    /// <summary>
    /// Whether a label naming 绩效 is the 绩效 topic's own (预算绩效, 预算绩效管理情况, 绩效管理, 绩效自评): it holds 预算绩效 or
    /// starts with 绩效. "4. 部门整体支出绩效情况：…" (blind 26 c04) is an outcome narrative under 其他重要事项 — its 3.2万亩 of
    /// irrigated land is no figure of the 绩效 section — and stays where it is.
    /// </summary>
    private static bool PerformanceTopicLabel(string label)
        => label.Contains("预算绩效", StringComparison.Ordinal) || label.StartsWith("绩效", StringComparison.Ordinal);

    /// <summary>
    /// Where the label of an entry starting at <paramref name="start"/> after a title line joined to it begins ("Ⅹ. 其他重要事项
    /// 1) 机关运行经费：…", "Ⅲ. 其他事项1) 机关运行经费：…" — the title no heading rule took, joined with or without a space), or 0:
    /// the number must start there (a digit, a bracket, a circled number or a Chinese numeral), not continue one before it.
    /// </summary>
    private static int EntryAfterTitle(string text, int start)
    {
        var first = text[start];
        var before = text[start - 1];
        if (!(Scanner.IsDigit(first) || first == '(' || first is >= '\u2460' and <= '\u2473' || BlockClassifier.IsChineseNumeral(first))
            || Scanner.IsDigit(before) || BlockClassifier.IsChineseNumeral(before) || before is '(' or '.')
        {
            return 0;
        }

        var entry = TopicEntryNumberEnd(text, start);   // in place: no copy of the paragraph's rest at each start tried
        return entry > 0 ? start + entry : 0;
    }

    /// <summary>The most characters of a title joined before a topic entry.</summary>
    private const int TitleBeforeEntryMax = 24;

    /// <summary>
    /// Where the list number at the start of <paramref name="text"/> ends, or 0 when it starts with none: "1)", "1.", "1、",
    /// "(1)", "(一)", "一、" or a circled number (①…⑳). A number of more than two digits, or "1." before a digit (a decimal), is
    /// none.
    /// </summary>
    internal static int TopicEntryNumberEnd(string text) => TopicEntryNumberEnd(text, 0);

    /// <summary>
    /// <see cref="TopicEntryNumberEnd(string)"/> of the rest of <paramref name="text"/> from <paramref name="start"/>, read in
    /// place (session 52: the rest was copied at every start tried, a paragraph's length each time): the number's length from
    /// <paramref name="start"/>, or 0.
    /// </summary>
    internal static int TopicEntryNumberEnd(string text, int start)
    {
        if (text.Length - start < 3)
        {
            return 0;
        }

        var first = text[start];
        if (first is >= '\u2460' and <= '\u2473')
        {
            return 1;
        }

        if (first == '(')
        {
            var bracketed = AfterNumerals(text, start + 1, static c => Scanner.IsDigit(c) || BlockClassifier.IsChineseNumeral(c),
                static c => c == ')');
            return bracketed > 0 && bracketed - start <= 5 ? bracketed - start : 0;
        }

        if (BlockClassifier.IsChineseNumeral(first))
        {
            var numeral = AfterNumerals(text, start, BlockClassifier.IsChineseNumeral, static c => c == '、');
            return numeral > 0 ? numeral - start : 0;
        }

        var end = AfterNumerals(text, start, Scanner.IsDigit, static c => c is ')' or '.' or '、');
        return end > 0 && end - start <= 3 && !(text[end - 1] == '.' && end < text.Length && Scanner.IsDigit(text[end]))
            ? end - start
            : 0;
    }
}
