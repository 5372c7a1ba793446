namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8, blind round 31's M8): the share beside the contracts awarded to micro and small enterprises
/// (授予小微企业合同金额). The model's share (FA2006) is of the procurement total, but texts write the 小微 share of the SME
/// contracts too ("其中授予小微企业合同金额 153.60 万元，占授予中小企业合同金额的 59.91%"), and a bare "占 59.91%" after "其中"
/// may be either. A share of no written base is a located note (before, it was read as of the total: a false FA2006 Error
/// when it was of the SME contracts); one of the SME base was a note already; one of the total written as such is read.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether the subject is the contracts awarded to micro and small enterprises.</summary>
    private bool MicroSmallShare => section == Section.Procurement && subject is { } s
        && s.EndsWith("procurement/microSmallContracts", StringComparison.Ordinal);

    /// <summary>
    /// Whether a share of the 小微 contracts names no base (<paramref name="label"/> has 占 at <paramref name="at"/> and no
    /// "…的" after it, at <paramref name="de"/>): "占 59.91%", "占比 59.91%" — its base may be the SME contracts.
    /// </summary>
    private bool MicroSmallShareWithoutBase(string label, int at, int de) => MicroSmallShare && !(at >= 0 && de > at + 1);
}
