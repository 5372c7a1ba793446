namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8): a part heading inside a line scraped onto one line — "…主要原因是压减办公经费。第三部分 名词解释
/// 1.财政拨款收入：…", "…万元。第三部分 其他重要事项的情况说明 （一）机关运行经费支出情况 2023年度机关运行经费支出 25.00 万元…".
/// Session 35 cut the numbered, bracketed and 【】 forms (<see cref="InlineHeadingPieces"/>, <see cref="MarkedInlineHeadings"/>);
/// "第N部分" was not cut, so the part's first section was never entered and its figures were read as the section before
/// (机关运行经费 25.00 as "another kind" of the 支出 total, its change and reason lost). The paragraph is now cut before
/// "第N部分" after a sentence's end (。；), the part's words read as a heading line (as on a line of its own) and the rest as a
/// paragraph. Only where certain: the words (≤ 40 characters, no clause mark) name a section or say 决算 / 说明 / 名词解释 / 概况 / 重要事项 /
/// 附件, and text follows them; "第三部分" inside a sentence is never cut.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest the words of a part heading ("第二部分 2023年度部门决算情况说明") may be.</summary>
    private const int PartHeadingWordsLength = 40;

    /// <summary>Words that make a part heading's words a heading of the 说明 besides a section's name.</summary>
    private static readonly string[] PartHeadingWords = ["决算", "说明", "名词解释", "概况", "重要事项", "附件", "附表"];

    /// <summary>Adds to <paramref name="cuts"/> the "第N部分" headings inside <paramref name="text"/> after a sentence's end.</summary>
    private static void PartInlineHeadings(string text, ref List<InlineCut>? cuts)
    {
        if (text.Length < 8)
        {
            return;   // no sentence, "第N部分" and words after it fit in fewer characters
        }

        for (var i = text.IndexOf("部分", 2, StringComparison.Ordinal); i > 0; i = text.IndexOf("部分", i + 2, StringComparison.Ordinal))
        {
            if (PartInlineHeading(text, i) is { } cut)
            {
                (cuts ??= []).Add(cut);
            }
        }
    }

    /// <summary>
    /// The part heading whose "部分" stands at <paramref name="part"/> ("第三部分 名词解释 …"): "第" and Chinese numerals before it,
    /// a sentence's end (。；) before that (white space between allowed), its words after it up to a space, ':' or '。'; null
    /// when none.
    /// </summary>
    private static InlineCut? PartInlineHeading(string text, int part)
    {
        var start = part;
        while (start > 0 && BlockClassifier.IsChineseNumeral(text[start - 1]))
        {
            start--;
        }

        if (start == part || start < 2 || text[start - 1] != '第')
        {
            return null;
        }

        start--;
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000')
        {
            before--;
        }

        if (before < 0 || text[before] is not ('。' or ';' or '；'))
        {
            return null;   // "第三部分" inside a sentence, or at the paragraph's start (read as it is)
        }

        var words = part + 2;
        while (words < text.Length && text[words] is ' ' or '\u3000' or ':')
        {
            words++;
        }

        var end = -1;
        for (var i = words; i < text.Length && i <= words + PartHeadingWordsLength; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u3000' or ':' or '。')
            {
                end = i;
                break;
            }

            if (c is ',' or ';' or '，' or '；' or '、' or '(' or ')')
            {
                return null;
            }
        }

        if (end < words + 2)
        {
            return null;
        }

        var heading = text.Substring(words, end - words);
        if (!HeadingWordsNameSection(heading) && !HasAny(heading, PartHeadingWords))
        {
            return null;
        }

        var body = BodyAfter(text, text[end] == '。' ? end + 1 : end);
        return body < text.Length ? new InlineCut(start, end, body) : null;
    }
}
