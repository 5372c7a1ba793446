using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 31 (F3): a change the text itself calls 基本持平 ("比上年增加 2 万元，与上年基本持平") is stated as not material,
/// and the text gives that as its account of the change: it is the change's stated reason, so FA2106 does not ask for
/// another. The model has no member for "called level"; the reason keeps the text's words.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Records the 基本持平 clause <paramref name="text"/> as the reason of <paramref name="change"/> (which has its direction
    /// already), unless the change has a reason or the rest of the sentence gives one ("…，基本持平，主要原因是…": that
    /// reason is read as before).
    /// </summary>
    /// <param name="clause">The 基本持平 clause.</param>
    /// <param name="change">The change's pointer.</param>
    /// <param name="text">The clause's text.</param>
    /// <param name="span">The clause's span.</param>
    private void RoughlyLevelAsReason(ClauseView clause, string change, string text, SourceSpan span)
    {
        var sentence = clause.Sentence.Text;
        if (b.Has(change, "reason") || sentence.IndexOf("原因", clause.End, StringComparison.Ordinal) >= 0
            || sentence.IndexOf("由于", clause.End, StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var reason = text.Trim().TrimStart('，', ',', '；', ';').TrimEnd('。', '，', ',', '；', ';').Trim();
        if (reason.Length > 0)
        {
            b.SetUnder(change, "reason", DraftNode.Of(reason), span);
        }
    }
}
