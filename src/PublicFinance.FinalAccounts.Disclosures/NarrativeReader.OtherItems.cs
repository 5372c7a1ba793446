using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 48 (blind round 44, t08 and t10; schema 1.13): the residual entry after the general budget's items — "…；其他科目
/// 638.28万元", "其余科目合计1038.44万元，主要为…" — is <c>generalBudget/otherItems</c>, the spending of the 项 the list does not
/// name; FA1219 then compares the items and it with the section's total. Read only in the 一般公共预算 section, once items
/// were read, and only under a label that is the residual itself (其他科目, 其余科目, with 合计 / 支出 / 为 after): "其他支出"
/// or "其他科目的预算" is not one.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names of the residual entry (the label's words before its tail).</summary>
    private static readonly string[] OtherItemsNames = ["其他科目", "其余科目", "其他各科目", "其余各科目"];

    /// <summary>The words that may follow the residual's name before its figure, longest first, each taken off once.</summary>
    private static readonly string[] OtherItemsTails = ["为", "共计", "共", "合计", "支出", "决算数", "决算"];

    /// <summary>
    /// Reads the amount <paramref name="token"/> as the general budget's residual entry when its label names it (see the class
    /// remarks); true when placed.
    /// </summary>
    private bool OtherItemsEntry(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (section != Section.GeneralBudget || !b.Has(N + "generalBudget", "items") || b.Has(N + "generalBudget", "otherItems")
            || !IsOtherItemsLabel(Trimmed(label)))
        {
            return false;
        }

        var node = AmountNode(token, span);
        if (node.Kind != DraftKind.String || ReferenceEquals(node, DraftNode.Unplaceable)
            || ReferenceEquals(node, DraftNode.BeyondTheContract) || ReferenceEquals(node, DraftNode.Approximate))
        {
            return false;   // the figure path notes why it is not placed
        }

        b.Set(N + "generalBudget/otherItems", node, span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="label"/> is one of <see cref="OtherItemsNames"/>, with tails of <see cref="OtherItemsTails"/>.
    /// </summary>
    internal static bool IsOtherItemsLabel(string label)
    {
        var rest = label.Trim();
        foreach (var tail in OtherItemsTails)
        {
            if (rest.EndsWith(tail, StringComparison.Ordinal))
            {
                rest = rest.Substring(0, rest.Length - tail.Length);
            }
        }

        return Array.IndexOf(OtherItemsNames, rest) >= 0;
    }
}
