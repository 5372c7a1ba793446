namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41 t10): a top-level heading that is only its topic's name, with no heading word
/// (情况, 说明, 决算), written on one line with its text as a scraped page joins them — "七、机关运行经费 2021年度机关运行经费
/// 支出 142.36 万元，与上年持平", "八、政府采购 本年度政府采购支出…". <see cref="OneLineHeading"/> took a heading only when its
/// words ended in 情况 / 情况说明 or held 决算, so the paragraph stayed in the section before (三公) and its figure was "an
/// amount the reader could not place". Now a heading closed by a space whose words are a topic section's name and end
/// with that name's last word (…经费, …采购, …资产, …资产占用, …绩效) is such a heading too: the section is entered and only the
/// text after it is read. Bracketed headings ("（二）…") and headings closed by ':' or '。' keep their own rules.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The last words of a topic section's name written as its whole heading.</summary>
    private static readonly string[] TopicNameEnds = ["经费", "采购", "资产", "占用", "绩效"];

    /// <summary>The most characters such a heading has ("“三公”经费财政拨款支出" is not one: it ends in 支出).</summary>
    private const int TopicNameHeadingMax = 16;

    /// <summary>
    /// Whether <paramref name="heading"/> (the words after "七、" up to a space) is a topic section's name alone: at most
    /// <see cref="TopicNameHeadingMax"/> characters, ending with a word of <see cref="TopicNameEnds"/>, holding a key of
    /// <see cref="SectionKeys"/> of a topic section (三公, 机关运行经费, 政府采购, 国有资产, 绩效).
    /// </summary>
    private static bool TopicNameHeading(string heading)
    {
        if (heading.Length > TopicNameHeadingMax || EndsWithAny(heading, TopicNameEnds) is null
            || SectionKeyIndex.FirstIn(heading) is not (var key and >= 0))
        {
            return false;
        }

        return SectionKeys[key].Section is Section.ThreePublic or Section.OperatingExpenses or Section.Procurement or Section.Assets
            or Section.Performance;
    }
}
