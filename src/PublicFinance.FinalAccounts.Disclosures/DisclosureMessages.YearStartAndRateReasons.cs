namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 53's precision changes (precise53: changes within the year, reasons of a bare rate level).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A change against the start of the same year ("年末…较年初增加 X 万元"): not a change on last year.</summary>
    public static readonly (string Zh, string En) ChangeAgainstYearStart = (
        "与年初相比的增减（年末较年初）：是年度内的变化，不是与上年相比的增减，未作为上年比较读入。",
        "A change against the start of the same year (year end against year start): a change within the year, not a change "
            + "on last year; it was not read as a year-over-year change.");

    /// <summary>
    /// A reason after a bare completion-rate relation ("执行率低于100%，系…") that names no figure: given to the section total's
    /// budget comparison that goes that way.
    /// </summary>
    public static readonly (string Zh, string En) ReasonOfBareRateRelation = (
        "未写主体的执行率说明（如“执行率低于100%，系…”）：作为本部分合计数与预算差异（方向一致、尚无原因）的原因读入。",
        "A reason after a completion-rate relation that names no figure (\"the rate is below 100 %, because …\"): read as the "
            + "reason of the section total's budget difference that goes that way and had none.");
}
