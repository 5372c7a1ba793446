namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A functional item's heading on a line of its own ("（一）教育支出（类）普通教育（款）小学教育（项）") starts that item as the
/// subject of the paragraph after it (a fix of the outside review of session 23, revfixa).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A heading line that names a functional entry and states no figure — "（一）教育支出（类）普通教育（款）小学教育（项）"
    /// alone, its "年初预算为…，支出决算为…" in the paragraph after it — starts that entry as the subject, as the same name at
    /// the head of the paragraph does (<see cref="TryFunctionalItem"/>): the figures after it are the item's, never the
    /// section total's (the review's false FA2201 and FA2205). A table's header row ("| 功能分类（类） | …") is none.
    /// </summary>
    private void ItemHeading(Fragment heading)
    {
        var text = heading.Text;
        if (section is Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital && text.IndexOf('|') < 0
            && !ContainsFigure(text)
            && (text.Contains("(项)") || text.Contains("(款)") || text.Contains("(类)")))
        {
            TryFunctionalItem(heading, out _);
        }
        else if (section == Section.Appropriation)
        {
            AppropriationClassLine(heading);   // Session 34 (E1): "（一）教育支出（类）" opens the 类's items (ClassOpeningLines)
        }
    }
}
