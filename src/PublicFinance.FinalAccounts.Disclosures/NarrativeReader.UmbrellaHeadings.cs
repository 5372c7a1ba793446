namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 29, blind round 29 (F1): a section heading run into the text closes the subject before it. "十、其他重要事项的情况说明
/// （一）机关运行经费支出情况 2025年度本部门机关运行经费支出402.37万元，比2024年度减少22.73万元…" on one line (a paragraph of its
/// own, the tail of a one-line page, or after "…"): the umbrella heading (其他重要事项, 部门概况…) names no section of its own, so
/// the paragraph stayed in the 支出决算 section before it, the 机关运行经费 amount was a note and its change went to the last
/// item read there, 项目支出 (a false FA2104 and FA2106). As on a line of its own (<see cref="OpensUmbrella"/>), the umbrella
/// heading now leaves the section, and its bracketed sub-heading of a subject section (三公, 机关运行经费, 政府采购, 国有资产)
/// enters that section, so the figures after them are the subject's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether a heading opens a part whose own subsections (or subjects) say where the reader is — 部门概况, 单位概况,
    /// 部门决算情况说明, 目录, 其他重要事项 (<see cref="OtherMattersHeading"/>), 基本情况 — so it leaves the section before it.
    /// </summary>
    private static bool OpensUmbrella(string text)
        => text.Contains("部门概况") || text.Contains("单位概况") || text.Contains("部门决算情况说明") || text.Contains("目录")
            || OtherMattersHeading(text) || text.Contains("基本情况");

    /// <summary>
    /// The body after a top-level numbered heading at the start of <paramref name="paragraph"/> whose words
    /// (<paramref name="heading"/>) name no section but open an umbrella part (<see cref="OpensUmbrella"/>): the section is
    /// left, as the heading on a line of its own leaves it; null when the heading is bracketed (a sub-heading names its part
    /// only by a section key) or no umbrella.
    /// </summary>
    private Fragment? UmbrellaHeadingBody(Fragment paragraph, string heading, bool bracketed, int bodyStart)
    {
        if (bracketed || !OpensUmbrella(heading))
        {
            return null;
        }

        Enter(Section.None);
        return paragraph.Slice(bodyStart, paragraph.Length);
    }

    /// <summary>
    /// Whether a bracketed heading followed by its text on the same line ("（一）机关运行经费支出情况 本部门…") may be entered: its
    /// words end in 情况说明 or 情况 and name a subject section — 三公, 机关运行经费, 政府采购 or 国有资产, whose figures no
    /// statement section holds — and the reader is not under 其他需要说明的事项 or 绩效 (their sub-headings have rules of their
    /// own), nor before any section (its subject then gives the section, and the paragraph may go on to the next subject). A
    /// bracketed statement heading ("（一）基本支出决算情况 …") stays as it was: it may be the current section's part.
    /// </summary>
    private bool MatterSubheading(string heading, bool bracketed)
        => bracketed && section is not (Section.Other or Section.Performance or Section.None)
            && (heading.EndsWith("情况说明", StringComparison.Ordinal) || heading.EndsWith("情况", StringComparison.Ordinal))
            && SectionKeyIndex.FirstIn(heading) is var key and >= 0
            && SectionKeys[key].Section is Section.ThreePublic or Section.OperatingExpenses or Section.Procurement or Section.Assets;
}
