namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (prose61, blind round 57 t06 and t09): a bracketed sub-heading that is only its topic's name, closed by '。' and
/// run into its text — "（三）国有资产。年末资产总额1286.53万元，其中固定资产974.20万元；…", "（二）机关运行经费。…". A bracketed
/// heading was entered only when its words ended in 情况 / 情况说明 (<see cref="MatterSubheading"/>), and a topic's name alone
/// only on a top-level heading closed by a space (<see cref="TopicNameHeading"/>), so the reader stayed in the section before
/// (政府采购) and the assets' total and parts were "amounts the reader could not place". Now such a sub-heading of a subject
/// section (三公, 机关运行经费, 政府采购, 国有资产) is entered as its 情况 form is, on the same conditions: not under 其他需要说明的事项
/// nor 绩效, not before any section.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="heading"/>, the words of a bracketed heading closed by '。', is a subject section's name alone
    /// (<see cref="TopicNameHeading"/>: 三公, 机关运行经费, 政府采购 or 国有资产, not 绩效) where <see cref="MatterSubheading"/> would
    /// take its 情况 form.
    /// </summary>
    private bool TopicNameSubheading(string heading, bool bracketed, bool closedBySentence)
        => bracketed && closedBySentence && MatterSubheading(heading + "情况", bracketed) && TopicNameHeading(heading);
}
