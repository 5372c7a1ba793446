namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (blind-complete-26 c03): a 绩效自评表 title on its own line is a heading (session 62, <see cref="BlockClassifier"/>),
/// so the lines under it are read in the 绩效 section — and when they are no table rows (a pdftotext -raw text, one space between
/// cells), their figures came into the sentences with the 项目 group of the paragraphs before still open: an indicator's
/// <c>≥12万个</c> became the evaluated projects' budget (/performance/projectBudget, a false FA3011). The rows under such a title
/// are one project's, never the evaluated projects' totals: the title closes the group (an amount is then a located note).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Closes the 项目 / 整体 group of the 绩效 sentences at a 绩效自评表 title (see the type's summary).</summary>
    private void PerformanceTableTitleSeen(Fragment heading)
    {
        if (PerformanceTableReader.IsTitle(heading.Text))
        {
            performanceGroup = null;
        }
    }
}
