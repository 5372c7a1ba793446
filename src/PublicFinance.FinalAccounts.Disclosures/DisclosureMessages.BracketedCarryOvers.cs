namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of session 39's carry-overs in brackets beside a total (blind round 36's family F): the reader's part of the
/// catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "本年收入合计 X 万元（含上年结转 Y 万元）" or "收入总计 X 万元（另有上年结转 Y 万元）": the words contradict the members'
    /// definitions (本年收入 holds no carry-over, 收入总计 holds it), so which figure the writer meant is not certain.
    /// </summary>
    public static (string Zh, string En) CarryOverBesideTotalUncertain => (
        "括号中的上年结转与其前的合计口径不符（本年收入不含结转，收入总计已含结转）：无法确定所指，未读入，作为带位置的陈述保留。",
        "The bracketed carry-over does not fit the total before it (the year's income holds no carry-over, the grand total "
            + "holds it): what the writer meant is not certain, so it is not read; kept as a located note.");
}
