namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 54's precision changes (precise54: a stated scope of budget differences, 款 changes).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The general budget section states which budget differences it explains ("差异较大的项目", "执行率低于95%的项目"): the
    /// comparisons within that scope take its words as their reason.
    /// </summary>
    public static readonly (string Zh, string En) WithinStatedBudgetScope = (
        "文中说明了所解释的预决算差异范围（如“差异较大的项目”“执行率低于95%的项目”）：差异不超过文中已说明各项（或在所述界限以内）的科目及合计，以该范围的文字作为原因读入；超出者仍要求说明原因。",
        "The text states which budget differences it explains (\"the items whose difference is large\", \"the items executed "
            + "below 95 %\"): the items (and the total) whose difference is no larger than those it explains, or within the stated "
            + "bound, take the scope's words as their reason; a difference beyond it still asks for one.");

    /// <summary>A 款 line's change whose 项 lines add up to it and each give their reason: the 项's reasons are the 款's.</summary>
    public static readonly (string Zh, string En) SectionChangeExplainedByItems = (
        "款级科目的增减未单独说明原因，但其下各项合计与之相符且各自说明了原因：以各项的原因作为该款增减的原因；该款见本条文字。",
        "A category (kuan) line's change has no reason of its own, but the item (xiang) lines after it add up to it and each "
            + "give their reason: their reasons are read as the category's; the category is named in this note.");
}
