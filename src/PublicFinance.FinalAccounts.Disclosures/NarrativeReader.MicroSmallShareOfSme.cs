using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (schema 1.10, blind round 41's t01, t02, t05 and t09): the share of the contracts awarded to micro and small
/// enterprises in the SME contracts — "其中授予小微企业合同金额 431.08 万元，占授予中小企业合同金额的 72.05%" — is a figure of its
/// own, <c>procurement/microSmallShareOfSme</c> (rule FA2010), no longer a note (session 34 kept it one, for want of a field:
/// the model's <c>microSmallContracts/share</c> is of the procurement total, FA2006). A bare share after the 小微 amount
/// ("其中授予小微企业合同金额 118.20 万元，占比 82.57%", "…，占 69.51%") may be of either base; it is read as the share of the SME
/// contracts only when the SME contracts and the procurement total were read with the same value (all procurement went to
/// SMEs), so that the two bases are one; otherwise it stays the located note it was. The share of another figure (为中小企业预留
/// 采购份额 30.80 万元，占比 29.96%: the reserved share, whose subject is not the 小微 contracts) is not read here.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The procurement statement's member of the 小微 share of the SME contracts (schema 1.10).</summary>
    private const string MicroSmallShareOfSmeField = N + "procurement/microSmallShareOfSme";

    /// <summary>
    /// Places a percentage whose base (<paramref name="label"/> from 占 at <paramref name="at"/>) names the SME contracts
    /// (中小企业合同, not a 预留 share) when the subject is the 小微 contracts (true: placed); false otherwise.
    /// </summary>
    private bool MicroSmallShareOfSme(NumberToken token, string label, int at, SourceSpan span, ClauseView clause)
    {
        if (!MicroSmallShare || label.IndexOf("中小企业合同", at, StringComparison.Ordinal) < 0
            || label.IndexOf("预留", at, StringComparison.Ordinal) >= 0 || label.IndexOf("小微", at, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        return PlaceMicroSmallShareOfSme(token, span, clause);
    }

    /// <summary>
    /// Places a share of no written base after the 小微 contracts when the SME contracts and the procurement total hold the
    /// same value (the two bases are one; true: placed); false otherwise (the caller keeps its note).
    /// </summary>
    private bool MicroSmallBareShareOfSme(NumberToken token, SourceSpan span, ClauseView clause)
        => b.Find(N + "procurement/smeContracts/amount") is { } sme && b.Find(N + "procurement/total/amount") is { } total
            && DraftNode.SameValue(sme, total) && PlaceMicroSmallShareOfSme(token, span, clause);

    /// <summary>Sets the 小微 share of the SME contracts (a share has no sign: a negative one is not placed).</summary>
    private bool PlaceMicroSmallShareOfSme(NumberToken token, SourceSpan span, ClauseView clause)
    {
        if (token.Value < 0)
        {
            return false;
        }

        subject = null;   // a change or a further share after it is not the 小微 contracts'
        b.Set(MicroSmallShareOfSmeField, PercentNode(token), span, ClaimKind.Share, clause.Text);
        return true;
    }
}
