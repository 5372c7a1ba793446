namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), f5: a web copy that runs the whole 说明 into one long line, each numbered heading inside it
/// (“…其中：人员经费400.00万元，公用经费100.00万元。 七、“三公”经费财政拨款支出决算情况说明 2021年度“三公”经费…”). Only the
/// line's first heading was seen (<see cref="OneLineHeading"/>): the later ones never entered their sections and their words
/// became the label of the next figure (the 三公 change landed on 公用经费: a false FA2104; 21 figures lost). The paragraph
/// is cut before every numbered heading of a known section that follows a sentence's end (。；) or a figure, and each piece
/// is read as a paragraph of its own, so the heading enters its section and its words are never part of a label.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Reads <paramref name="paragraph"/> as several paragraphs when numbered headings stand inside it (true: done); false
    /// when it has none (read it as it is).
    /// </summary>
    private bool InlineHeadingPieces(Fragment paragraph)
    {
        var text = paragraph.Text;
        List<InlineCut>? cuts = null;
        if (text.Length >= 40 && text.IndexOf('、') >= 0)
        {
            for (var i = text.IndexOf('、', 2); i > 0; i = text.IndexOf('、', i + 1))
            {
                var start = i;
                while (start > 0 && BlockClassifier.IsChineseNumeral(text[start - 1]))
                {
                    start--;
                }

                if (start < i && start > 0 && InlineHeadingAt(text, start, i + 1))
                {
                    (cuts ??= []).Add(new(start, -1, start));
                }
            }
        }

        MarkedInlineHeadings(text, ref cuts);   // session 35: "…。 （二）支出决算情况 …", "【收入决算情况】…"
        PartInlineHeadings(text, ref cuts);   // session 36: "…。第三部分 名词解释 1.…" (InlinePartHeadings)
        JoinedRunInHeadings(text, ref cuts);   // session 47: "…114.61万元财政拨款支出决算情况。…" (RunInSectionHeadings)
        if (cuts is null)
        {
            return false;
        }

        cuts.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var from = 0;
        foreach (var cut in cuts)
        {
            if (cut.Start < from)
            {
                continue;   // inside the heading before (no two marks overlap, but never read a piece twice)
            }

            if (cut.Start > from && paragraph.Slice(from, cut.Start).Trim() is { Length: > 0 } piece)
            {
                Paragraph(piece);
            }

            if (cut.HeadingEnd > 0)
            {
                Heading(paragraph.Slice(cut.Start, cut.HeadingEnd));   // as the heading on a line of its own
            }

            from = cut.Body;
        }

        if (from < text.Length)
        {
            Paragraph(paragraph.Slice(from, text.Length));
        }

        return true;
    }

    /// <summary>
    /// Whether a numbered heading starts at <paramref name="start"/> (its words from <paramref name="words"/>): white space
    /// before it, and before that a sentence's end (。；) or a figure's unit (%, 元); its words, up to a space or ：
    /// within 40 characters, hold no digit or clause mark, end in 情况说明 / 情况 or hold 决算, and name a known section; and no
    /// amount follows them (an item of a list with its figure is no heading).
    /// </summary>
    private static bool InlineHeadingAt(string text, int start, int words) => InlineHeadingWordsEnd(text, start, words, false) > 0;

    /// <summary>
    /// <see cref="InlineHeadingAt"/>'s test, returning where the heading's words end (the space, ':' or — with
    /// <paramref name="sentenceEnds"/>, for a bracketed heading — '。' after them), or 0 when no heading starts there.
    /// </summary>
    private static int InlineHeadingWordsEnd(string text, int start, int words, bool sentenceEnds)
    {
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000')
        {
            before--;
        }

        if (before < 0 || before == start - 1 && text[before] is not ('。' or ';' or '；'))
        {
            return 0;   // a numbered list item inside a sentence ("分别为：一、…"), not a heading
        }

        if (text[before] is not ('。' or ';' or '；' or '%' or '％' or '元' or '…'))   // …: sections left out (blind 29, F1)
        {
            // A bare number is no figure's end: "发布日期：2025-09-12 一、收入支出决算总体情况" is a web page's head, whose
            // title the whole line still gives.
            return 0;
        }

        var end = -1;
        for (var i = words; i < text.Length && i < words + 40; i++)
        {
            var c = text[i];
            if (c is ' ' or ':' or '\u3000' || sentenceEnds && c == '。')
            {
                end = i;
                break;
            }

            if (c is ',' or ';' or '。' or '，' or '；' || Scanner.IsDigit(c))
            {
                return 0;
            }
        }

        if (end <= words + 1 || end + 1 >= text.Length)
        {
            return 0;
        }

        var figure = end + 1;
        while (figure < text.Length && (Scanner.IsDigit(text[figure]) || text[figure] is '.' or ','))
        {
            figure++;
        }

        if (figure > end + 1 && figure < text.Length && text[figure] is '万' or '元' or '亿' or '%' or '％')
        {
            return 0;   // "二、住房保障支出情况 50.00万元": an item of a list with its amount, not a heading over a text
        }

        return HeadingWordsNameSection(text.Substring(words, end - words)) || RestatedSectionHeading(text, words, end) ? end : 0;
    }

    /// <summary>
    /// Whether the words of an inline heading name a section: they end in 情况说明 / 情况 or hold 决算, and hold a section key,
    /// 其他重要事项 (blind 29, F1) or the words of a 财政拨款 结构 heading (session 35: "四、财政拨款支出决算结构情况 2024年度…").
    /// </summary>
    private static bool HeadingWordsNameSection(string heading)
        => (heading.EndsWith("情况说明", StringComparison.Ordinal) || heading.EndsWith("情况", StringComparison.Ordinal)
                || heading.IndexOf("决算", StringComparison.Ordinal) >= 0)
            && (SectionKeyIndex.FirstIn(heading) >= 0 || OtherMattersHeading(heading) || StructureHeadingWords(heading));
}
