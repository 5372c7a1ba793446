namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t04): a reason headed by the difference of the final figure from its budget, with no relation
/// word — "…预算数为5.50万元，执行率为74.18%，较上年度减少0.55万元，下降11.88%。决算数与预算数的差异原因：严格落实…". The
/// marker "差异原因：" was not one (only "差异原因是："), and the head "决算数与预算数的" named no relation (大于, 小于), so the
/// reason was lost and the budget reported without one (a false FA2206). The head names what the reason explains: the budget
/// comparison open in the paragraph (<c>budget</c>), never the change stated after it, which keeps its own Warning. Only a
/// change is redirected: where the reason's target is already a budget comparison (an item's adjusted budget after a list,
/// session 44's DifferingItemsReason) nothing changes. A head that says more (持平, 相比, a relation word, a figure) is read
/// as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a budget-difference head must not hold (another statement, read by its own family).</summary>
    private static readonly string[] NotABudgetDifferenceHead = ["持平", "相同", "一致", "相比", "比较", "大于", "小于", "等于", "超过"];

    /// <summary>
    /// Whether <paramref name="clause"/> (no figure) is the head of a budget-difference reason — 决算 … 与 … 预算 in that
    /// order, nothing else stated, and a reason marker right after it — and the reason target is then the open budget
    /// comparison; false (nothing changed) otherwise.
    /// </summary>
    private bool BudgetDifferenceHead(ClauseView clause)
    {
        var text = clause.Text;
        var final = text.IndexOf("决算", StringComparison.Ordinal);
        var with = final < 0 ? -1 : text.IndexOf('与', final + 2);
        var target = budget ?? (subject is { } s && b.Has(s + "/budget") ? s + "/budget" : null);
        if (with < 0 || text.IndexOf("预算", with + 1, StringComparison.Ordinal) < 0 || target is null || !b.Has(target)
            || reasonTarget is { } current && !current.EndsWith("/change", StringComparison.Ordinal)   // a budget's already
            || HasAnyIn(text, 0, text.Length, NotABudgetDifferenceHead) || HasDigitIn(text, 0, text.Length)
            || !ReasonMarkerFollows(clause.Sentence.Text, clause.End))
        {
            return false;
        }

        reasonTarget = target;
        return true;
    }

    /// <summary>Whether one of <see cref="ReasonMarkers"/> starts at <paramref name="at"/> of <paramref name="t"/>.</summary>
    private static bool ReasonMarkerFollows(string t, int at)
    {
        foreach (var marker in ReasonMarkers)
        {
            if (Scanner.Starts(t, at, marker, t.Length))
            {
                return true;
            }
        }

        return false;
    }
}
