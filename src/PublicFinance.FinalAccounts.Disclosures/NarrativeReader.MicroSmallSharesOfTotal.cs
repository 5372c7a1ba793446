using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (prose62, blind round 58 t06 and t09; rounds 45 t08, 46 t10, 54 t08, 55 t07 are written so too): the template's
/// sentence "授予中小企业合同金额253.17万元，占（政府采购支出总额的）89.41%，其中授予小微企业合同金额186.42万元，占65.84%" — the 小微
/// share's base is not written, and session 34 kept it a note (it may be of the SME contracts, <see cref="MicroSmallShareWithoutBase"/>).
/// Written right after the SME contracts' own share of the total, in the same sentence and opened by 其中, the bare share
/// continues that share's base (the 财政部 template writes "其中授予小微企业合同金额…，占政府采购支出总额的…%"): it is read as
/// the 小微 contracts' share of the procurement total (rule FA2006) — only when it agrees with that base (the stated amounts'
/// quotient within the interval of percentages that round to it, <see cref="Percent.Interval"/>). A bare share that does not
/// agree may be of the SME contracts and stays the located note: this reading never makes an Error of its own.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Places a bare share after the 小微 contracts as their share of the procurement total when the sentence wrote the SME
    /// contracts' share of the total just before it ("中小企业…，占…%，其中…小微…") and the figure agrees with that base; false
    /// otherwise (the caller keeps its note).
    /// </summary>
    private bool MicroSmallBareShareOfTotal(NumberToken token, SourceSpan span, ClauseView clause)
    {
        var t = clause.Sentence.Text;
        if (token.Value < 0 || !ReferenceEquals(t, currentSentence) || clause.Start <= currentSentenceFrom
            || !SmeShareOfTotalBefore(t.Substring(currentSentenceFrom, clause.Start - currentSentenceFrom))
            || HeldAmount("procurement/microSmallContracts") is not { } micro || HeldAmount("procurement/total") is not { } total
            || total <= 0 || !Percent.Round(token.Value, token.Decimals).Interval.Contains(micro / total * 100m))
        {
            return false;
        }

        b.Set(N + "procurement/microSmallContracts/share", PercentNode(token), span, ClaimKind.Share, clause.Text);
        subject = null;   // a further figure after it is not the 小微 contracts'
        return true;
    }

    /// <summary>
    /// Whether <paramref name="head"/>, the sentence before the 小微 share, ends "…中小企业…，占[比 | …总额的]X%，其中…小微…": the
    /// SME contracts' share of the total (its base unwritten or a 总额), then 其中 and the 小微 contracts, with no other share
    /// between.
    /// </summary>
    private static bool SmeShareOfTotalBefore(string head)
    {
        var micro = head.LastIndexOf("小微", StringComparison.Ordinal);
        var among = micro > 0 ? head.LastIndexOf("其中", micro, StringComparison.Ordinal) : -1;
        var percent = among > 0 ? head.LastIndexOf('%', among) : -1;
        var share = percent > 0 ? head.LastIndexOf('占', percent) : -1;
        var sme = share > 0 ? head.LastIndexOf("中小企业", share, StringComparison.Ordinal) : -1;
        if (sme < 0 || head.IndexOf('%', percent + 1) >= 0 || head.IndexOf("小微", sme, share - sme, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var digit = share + 1;
        while (digit < percent && !Scanner.IsDigit(head[digit]))
        {
            digit++;
        }

        var basis = head.Substring(share + 1, digit - share - 1);
        return basis is "" or "比" || basis.Contains("总额") && !basis.Contains("中小");
    }
}
