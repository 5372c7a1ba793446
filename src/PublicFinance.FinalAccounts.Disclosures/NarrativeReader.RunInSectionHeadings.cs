namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (fix44, blind round 44 t10): a paragraph opened by an unnumbered run-in heading closed by '。' that names a
/// section — "财政拨款支出决算情况。2024年度一般公共预算财政拨款支出…，比上年减少…", "国有资产占用情况。截至…资产总额…". Only
/// numbered headings so closed were entered (<see cref="OneLineHeading"/>, family m2) and 绩效's (<see cref="PerformanceRunInHeading"/>);
/// an unnumbered one left the reader in the section an earlier paragraph's subject gave, so its figures were that section's
/// (a 一般公共预算 change attached to the overall 收入总计: a false FA2104) or unplaced. Such a heading is entered as the
/// numbered form is, and the text after it is read as the paragraph.
/// </summary>
/// <remarks>
/// Precision first: the heading is the paragraph's first words up to '。' — at most <see cref="RunInHeadingLength"/>
/// characters, no digit, clause mark, space, bracket or quote — ending in 情况 / 情况说明 (<see cref="SentenceHeading"/>) and
/// holding a section key (<see cref="SectionKeys"/>), with text after it; words that say something of the section
/// (无…, 本部门…, 我单位…) are a sentence, not a heading. Never under 其他需要说明的事项 (nor a subject entered from it) nor
/// in 绩效: their sub-items have rules of their own. A '。' inside a paragraph is never a heading's end here.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest the words of an unnumbered run-in heading may be ("财政拨款收入支出决算总体情况说明": 16).</summary>
    private const int RunInHeadingLength = 20;

    /// <summary>
    /// The text after an unnumbered run-in section heading at the start of <paramref name="paragraph"/> ("国有资产占用情况。截至…"),
    /// once its section is entered; null (nothing done) when the paragraph does not open with one.
    /// </summary>
    private Fragment? RunInSectionHeading(Fragment paragraph)
    {
        if (returnsToOther)
        {
            return null;
        }

        var text = paragraph.Text;
        var end = -1;
        for (var i = 0; i < text.Length && i <= RunInHeadingLength; i++)
        {
            var c = text[i];
            if (c == '。')
            {
                end = i;
                break;
            }

            if (!RunInHeadingChar(c) || i == 0 && (c is '本' or '我' || BlockClassifier.IsChineseNumeral(c)))
            {
                return null;
            }
        }

        if (end < 4 || end + 1 >= text.Length || RunInHeadingSection(text.Substring(0, end)) is not { } target)
        {
            return null;
        }

        if (target != section)
        {
            Enter(target);
            bracketSection = null;
            sectionInferred = true;   // as a subject's: a later paragraph without a heading may still infer its own
        }

        return paragraph.Slice(end + 1, paragraph.Length).Trim() is { Length: > 0 } body ? body : null;
    }

    /// <summary>
    /// Whether <paramref name="c"/> may stand in a run-in heading's words: no digit, clause mark, space, bracket, 无 (a
    /// statement of absence) nor a figure's unit mark.
    /// </summary>
    private static bool RunInHeadingChar(char c)
        => !(c is ',' or ';' or ':' or ' ' or '\u3000' or '(' or ')' or '、' or '。' or '无' or '元' or '%' or '％' || Scanner.IsDigit(c));

    /// <summary>
    /// The section the words of a run-in heading name (<paramref name="heading"/>, before its '。'), or null: they end in
    /// 情况 / 情况说明 outside 其他需要说明的事项 and 绩效 (<see cref="SentenceHeading"/>) and hold a key of <see cref="SectionKeys"/>.
    /// </summary>
    private Section? RunInHeadingSection(string heading)
        => SentenceHeading(heading, closedBySentence: true) && SectionKeyIndex.FirstIn(heading) is var key and >= 0
            ? SectionKeys[key].Section : null;

    /// <summary>
    /// Adds to <paramref name="cuts"/> the run-in headings that a join of lines ran into the paragraph before: heading words
    /// closed by '。' right after a figure's unit ("…年末结转和结余114.61万元财政拨款支出决算情况。2020年度…" — the paragraph before
    /// had no sentence end, so the splitter joined the next one to it as a sentence broken by a page). Only after a unit
    /// (元, %): a sentence's end (。) inside a paragraph never opens a section here. The piece from the heading on is read as
    /// a paragraph of its own (<see cref="RunInSectionHeading"/>).
    /// </summary>
    private void JoinedRunInHeadings(string text, ref List<InlineCut>? cuts)
    {
        if (text.Length < 8)
        {
            return;   // no figure, heading and text after it fit
        }

        for (var stop = text.IndexOf('。', 6); stop > 0 && stop + 1 < text.Length; stop = text.IndexOf('。', stop + 1))
        {
            var start = stop;
            while (start > 0 && stop - start < RunInHeadingLength && RunInHeadingChar(text[start - 1]))
            {
                start--;
            }

            if (start < 2 || stop - start < 4 || text[start - 1] is not ('元' or '%' or '％') || text[start] is '本' or '我'
                || !(Scanner.IsDigit(text[start - 2]) || text[start - 2] is '万' or '亿')
                || RunInHeadingSection(text.Substring(start, stop - start)) is null)
            {
                continue;
            }

            (cuts ??= []).Add(new(start, -1, start));
        }
    }
}
