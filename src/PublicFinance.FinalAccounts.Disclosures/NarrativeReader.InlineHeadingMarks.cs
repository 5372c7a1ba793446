namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8, blind round 32 family 4): headings inside a text scraped onto one line that are not numbered "一、".
/// A bracketed heading after a sentence's end ("…万元。 （二）支出决算情况 本年支出合计…", "…。（二）支出决算情况。本年…") and a
/// heading in 【】 ("【收入决算情况说明】本年收入合计…", at the paragraph's start or after a sentence) were read as words of the
/// next figure's label: the section was never entered, its figures were unplaced or another section's. A short line, or one
/// with fewer than three headings in order, is not cut by <see cref="WebPageText"/>, so the paragraph reader cuts it: the
/// heading is read as a heading line (<see cref="Heading"/>, with the rules of a bracketed heading on its own line: a
/// sub-heading enters only a part of its section) and the text after it as a paragraph. Only where certain: the words name a
/// section (<see cref="HeadingWordsNameSection"/>), hold no digit nor clause mark, and no amount follows them; a bracketed
/// mark inside a sentence ("主要原因：（一）…；（二）…", "一是…") is never cut.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest the words of a heading in 【】 may be.</summary>
    private const int LenticularHeadingLength = 40;

    /// <summary>
    /// One cut of a paragraph at an inline heading: where the heading starts (<paramref name="Start"/>), where its words end
    /// (<paramref name="HeadingEnd"/>, -1 when the piece from <paramref name="Start"/> is read whole as a paragraph that opens
    /// with its heading) and where the text after it starts (<paramref name="Body"/>).
    /// </summary>
    private readonly record struct InlineCut(int Start, int HeadingEnd, int Body);

    /// <summary>
    /// Adds to <paramref name="cuts"/> the bracketed ("(二)…") and 【】 headings inside <paramref name="text"/>
    /// (<see cref="BracketedInlineHeading"/>, <see cref="LenticularInlineHeading"/>).
    /// </summary>
    private static void MarkedInlineHeadings(string text, ref List<InlineCut>? cuts)
    {
        for (var i = text.IndexOf('(', 1); i > 0; i = text.IndexOf('(', i + 1))
        {
            if (BracketedInlineHeading(text, i) is { } cut)
            {
                (cuts ??= []).Add(cut);
            }
        }

        for (var i = text.IndexOf('【'); i >= 0; i = text.IndexOf('【', i + 1))
        {
            if (LenticularInlineHeading(text, i) is { } cut)
            {
                (cuts ??= []).Add(cut);
            }
        }
    }

    /// <summary>
    /// A bracketed heading at <paramref name="at"/> ("(二)支出决算情况" then a space, ':' or '。'), inside the paragraph after a
    /// sentence's end (。；) or, past white space, a figure's unit (<see cref="InlineHeadingWordsEnd"/>); null when none.
    /// </summary>
    private static InlineCut? BracketedInlineHeading(string text, int at)
    {
        var close = AfterNumerals(text, at + 1, BlockClassifier.IsChineseNumeral, static c => c == ')');
        if (close == 0)
        {
            return null;
        }

        var end = InlineHeadingWordsEnd(text, at, close, sentenceEnds: true);
        return end > 0 ? new InlineCut(at, end, BodyAfter(text, end + 1)) : null;
    }

    /// <summary>
    /// A heading in 【】 at <paramref name="at"/> ("【收入决算情况说明】"): at the paragraph's start or after white space or a
    /// sentence's end (。；), its words within <see cref="LenticularHeadingLength"/> characters, with no digit nor clause mark,
    /// naming a section (<see cref="HeadingWordsNameSection"/>), and text after it; null when none.
    /// </summary>
    private static InlineCut? LenticularInlineHeading(string text, int at)
    {
        if (at > 0 && text[at - 1] is not (' ' or '\u3000' or '。' or ';' or '；'))
        {
            return null;
        }

        var close = text.IndexOf('】', at + 1);
        if (close < 0 || close - at - 1 > LenticularHeadingLength || close - at < 3)
        {
            return null;
        }

        for (var i = at + 1; i < close; i++)
        {
            if (text[i] is ',' or ';' or '。' or '，' or '；' or ':' || Scanner.IsDigit(text[i]))
            {
                return null;
            }
        }

        var body = BodyAfter(text, close + 1);
        return body < text.Length && HeadingWordsNameSection(text.Substring(at + 1, close - at - 1))
            ? new InlineCut(at, close + 1, body) : null;
    }

    /// <summary>The first index at or after <paramref name="from"/> that is not white space nor ':' (a heading's text).</summary>
    private static int BodyAfter(string text, int from)
    {
        while (from < text.Length && text[from] is ' ' or '\u3000' or ':')
        {
            from++;
        }

        return from;
    }
}
