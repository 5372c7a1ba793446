namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 42 (perf42): a 绩效 paragraph opened by an unnumbered run-in heading — "预算绩效管理情况。根据预算绩效管理要求，本部门组织
/// 对…开展绩效自评，共涉及项目14个…" — after paragraphs whose sections were inferred from their subjects ("国有资产占用情况。截至…").
/// The inference keeps the section it found (only a paragraph of no section infers one), so the 绩效 paragraph was read as
/// 国有资产's and its count, funds and scores were lost. Such a heading now enters the 绩效 section, and its body is read.
/// </summary>
/// <remarks>
/// Precision first: the heading is the paragraph's first words up to '。' or ':' — at most 14 characters, no digit, comma or
/// bracket or numeral (numbered headings are <see cref="OneLineHeading"/>'s) — holding 绩效 and ending in 情况 / 情况说明, with a
/// body after it; it is not taken under 其他需要说明的事项 nor in a subject entered from it (their sub-items have rules of their
/// own: "（二）绩效评价情况：" there goes back to the notes) nor inside the 绩效 section.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The body after a run-in 绩效 heading ("预算绩效管理情况。…"), or null.</summary>
    private Fragment? PerformanceRunInHeading(Fragment paragraph)
    {
        if (section is Section.Performance or Section.Other || returnsToOther)
        {
            return null;
        }

        var text = paragraph.Text;
        var end = -1;
        for (var i = 0; i < text.Length && i <= 14; i++)
        {
            if (text[i] is '。' or ':')
            {
                end = i;
                break;
            }

            if (text[i] is ',' or ';' or ' ' or '(' or ')' || Scanner.IsDigit(text[i])
                || i == 0 && BlockClassifier.IsChineseNumeral(text[i]))
            {
                return null;
            }
        }

        if (end < 4 || end + 1 >= text.Length)
        {
            return null;
        }

        var heading = text.Substring(0, end);
        return heading.Contains("绩效")
            && (heading.EndsWith("情况", StringComparison.Ordinal) || heading.EndsWith("情况说明", StringComparison.Ordinal))
            ? paragraph.Slice(end + 1, paragraph.Length) : null;
    }
}
