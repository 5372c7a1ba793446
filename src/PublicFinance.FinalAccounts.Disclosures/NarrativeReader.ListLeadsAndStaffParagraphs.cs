namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 60 (prose60): two causes of whole passages left unread.
/// <list type="bullet">
/// <item>A use written as a list's lead (blind round 55 t03): "…增长6.98%，主要用于：行政运行（2130101）826.14万元；水利工程建设
/// （2130106）1412.50万元；…". 主要用于 is a purpose (<see cref="PurposeMarkers"/>), and the figures after a purpose are cut off
/// from the sentence; the items after the first '；' were read as sentences of their own, but the first, between the colon and
/// that '；', was lost with the purpose. A purpose marker followed by a colon and a figure is the lead of a list: the sentence
/// is read up to the colon, and the first item after it as a sentence of its own, as the next items are.</item>
/// <item>The overview's totals after a staff paragraph (blind round 56 t05): under "一、收入支出概况" (a heading that names no
/// section the reader knows) a first paragraph of 内设科室 and 实有人员 made the section 人员 (inferred from its subject), and
/// the next paragraph "2024年度本年收入合计4862.35万元，其中财政拨款收入…" stayed in it, unread. A paragraph that states the
/// year's income or expenditure (本年收入, 本年支出) leaves a section its subject gave it (人员, 职能) for the overview.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of the year's income and expenditure that no staff or functions paragraph states.</summary>
    private static readonly string[] YearFlowWords = ["本年收入", "本年支出"];

    /// <summary>
    /// Where the colon after the purpose marker at <paramref name="purposeAt"/> stands when a figure follows it before
    /// <paramref name="to"/> ("主要用于：行政运行（2130101）826.14万元"), or −1.
    /// </summary>
    private int PurposeListColon(string t, int purposeAt, int to)
    {
        foreach (var marker in PurposeMarkers)
        {
            if (!Scanner.Starts(t, purposeAt, marker, to))
            {
                continue;
            }

            var at = purposeAt + marker.Length;
            while (at < to && t[at] == ' ')
            {
                at++;
            }

            return at + 1 < to && t[at] == ':' && FigureIn(t, at + 1, to) ? at : -1;
        }

        return -1;
    }

    /// <summary>
    /// Whether a paragraph states the year's income or expenditure with a figure, so that it leaves a 人员 or 职能 section its
    /// subject gave it (not a heading) for the overview.
    /// </summary>
    private bool LeavesInferredStaffSection(string text)
        => sectionInferred && section is Section.Personnel or Section.Functions && ContainsFigure(text) && HasAny(text, YearFlowWords);
}
