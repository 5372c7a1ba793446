using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 41): two places where a reason reached the wrong comparison once the items around it were read
/// apart. A budget-difference reason after a list of items ("…住房公积金（项）…完成调整预算的 100.00%。决算数与调整预算数存在
/// 差异的主要原因是…", t03) went to the last item, whose final equals its budget, and the one item that differs had none (a
/// false FA2206). And a reason before "；本年支出减少 X 万元，主要原因是…" swallowed that clause (t01): the expenditure's change
/// and its reason were never read, and its restatement in 支出决算情况 had no reason (a false FA2106).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The year's flows a clause may open with after a reason ("；本年支出减少…").</summary>
    private static readonly string[] YearFlowHeads = ["本年收入", "本年支出"];

    /// <summary>The words of a sentence opened by a budget-difference reason ("决算数与调整预算数存在差异的主要原因是…").</summary>
    private static readonly string[] DifferenceWords = ["差异", "差额", "不一致", "不同"];

    /// <summary>
    /// Whether the clause at <paramref name="at"/> (after a ';' inside a reason that ends at <paramref name="to"/>) states the
    /// change of the year's income or expenditure — 本年收入 or 本年支出, a direction word, then its amount — and gives it a
    /// reason of its own later: the reason before it ends at the ';' (<see cref="ReasonStop"/>).
    /// </summary>
    private static bool FlowChangeAfterReason(string t, int at, int to)
    {
        if (!StartsWithAny(t, at, to, YearFlowHeads))
        {
            return false;
        }

        var clauseEnd = ClauseEndAt(t, at, to);
        var next = at;
        return Scanner.NextIn(t, at, clauseEnd, ref next, out var first) && first.IsMoney && HasAnyIn(t, at, first.Start, Directions)
            && ReasonMarkerAt(t, clauseEnd, to, out _) >= 0;
    }

    /// <summary>
    /// A reason placed at <paramref name="target"/>, an item's budget comparison whose final equals its budget, from a
    /// sentence that opens with a budget-difference reason (no figure before the marker at <paramref name="reasonAt"/>, a
    /// word of <see cref="DifferenceWords"/>): it also goes to every item of the same list whose comparison of that kind
    /// differs and has no reason, with a note — the list's differences are what it explains.
    /// </summary>
    private void DifferingItemsReason(string target, string reasonText, SourceSpan span, string t, int from, int reasonAt)
    {
        var leafAt = target.LastIndexOf('/');
        var leaf = target.Substring(leafAt + 1);
        var indexAt = leafAt > 0 ? target.LastIndexOf('/', leafAt - 1) : -1;
        if (leaf is not ("budget" or "secondBudget") || indexAt < 0 || reasonAt <= from || FigureIn(t, from, reasonAt)
            || !HasAnyIn(t, from, reasonAt, DifferenceWords)
            || target.IndexOf("/items/", StringComparison.Ordinal) < 0
            || Differs(target.Substring(0, leafAt), leaf) is var own && own != false && !(own == true && OpensWithAbove(t, from, reasonAt)))
        {
            return;
        }

        var list = target.Substring(0, indexAt + 1);
        var items = b.Find(target.Substring(0, indexAt));
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        for (var i = 0; i < count; i++)
        {
            var item = list + i.ToString(CultureInfo.InvariantCulture);
            if (Differs(item, leaf) == true && !b.Has(item + "/" + leaf, "reason"))
            {
                b.SetUnder(item + "/" + leaf, "reason", DraftNode.Of(reasonText), span);
                Note(span, DisclosureMessages.ReasonOfDifferingItem, b.FindString(item, "name") ?? item);
            }
        }
    }

    /// <summary>
    /// Session 49 (reasons49): whether the head [<paramref name="from"/>, <paramref name="reasonAt"/>) of a budget-difference
    /// reason opens with 以上 or 上述 ("以上决算数与年初预算数的差异，主要是…" after a list of 项): it names the list's
    /// differences, not only the last item's, so it is the reason of every differing item of the list without one, even when
    /// the last item (its target) differs too. Before, only the last item took it (false FA2206 on the others).
    /// </summary>
    private static bool OpensWithAbove(string t, int from, int reasonAt)
    {
        Trimmed(t, from, reasonAt, out var start, out _);
        return StartsWithAny(t, start, reasonAt, AboveWords);
    }

    /// <summary>
    /// Whether the comparison <paramref name="leaf"/> of <paramref name="item"/> has a final (its own, else the item's
    /// amount) other than its budget amount; null when either is not stated.
    /// </summary>
    private bool? Differs(string item, string leaf)
    {
        var comparison = item + "/" + leaf;
        var final = b.FindString(comparison, "finalAmount") ?? b.FindString(item, "amount");
        return b.FindString(comparison, "budgetAmount") is { } stated && final is not null
            && decimal.TryParse(stated, NumberStyles.Number, CultureInfo.InvariantCulture, out var budgetValue)
            && decimal.TryParse(final, NumberStyles.Number, CultureInfo.InvariantCulture, out var finalValue)
            ? budgetValue != finalValue : null;
    }
}
