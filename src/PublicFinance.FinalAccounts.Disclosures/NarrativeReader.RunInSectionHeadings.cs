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

            if (c is ',' or ';' or ':' or ' ' or '\u3000' or '(' or ')' or '、' or '“' or '”' or '"' or '无' || Scanner.IsDigit(c)
                || i == 0 && (c is '本' or '我' || BlockClassifier.IsChineseNumeral(c)))
            {
                return null;
            }
        }

        if (end < 4 || end + 1 >= text.Length)
        {
            return null;
        }

        var heading = text.Substring(0, end);
        if (!SentenceHeading(heading, closedBySentence: true) || SectionKeyIndex.FirstIn(heading) is not (var key and >= 0))
        {
            return null;
        }

        var target = SectionKeys[key].Section;
        if (target != section)
        {
            Enter(target);
            bracketSection = null;
        }

        return paragraph.Slice(end + 1, paragraph.Length).Trim() is { Length: > 0 } body ? body : null;
    }
}
