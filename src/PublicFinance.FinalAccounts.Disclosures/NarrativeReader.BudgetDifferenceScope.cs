using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (precise54; blind rounds 49 t01, t02 and 50 t01): the general budget section states which budget differences
/// it explains. "决算数与年初预算差异较大的项目说明：A（项）…，主要是…；B（项）…" explains the items whose difference it calls large
/// (差异/差距/偏差/变动/变化较大的项目 or 科目); "执行率低于95%的项目为…，主要原因是…" explains those beyond a threshold it states.
/// Before, every other item whose 决算 differs from its budget warned that no reason is given (FA2206 ×12 on one text), and
/// so did the total. The text's own scope is now modelled, not the rule silenced:
/// <list type="bullet">
/// <item>With a stated threshold X (低于/不足/未达到/小于 X% below 100): an item (or the total) whose completion, 决算 / 预算, is
/// at least X % and below 100 % is within what the text says needs no account; one beyond it, or above 100 %, still warns.</item>
/// <item>With "较大" only, the items the text explains (those whose comparison has a reason) are its measure of large: an item
/// whose difference is no larger than the smallest of them — in rate (|决算 / 预算 − 1|) or in amount (|决算 − 预算|) — is within
/// the scope; an item larger on both measures than every one the text explains is large by the text's own yardstick and still
/// warns. No item explained, no scope. The total is explained by the differences the text explains item by item (as
/// <c>GeneralBudgetPartsExplainTotal</c> decides when the items are read).</item>
/// </list>
/// A comparison within the scope takes the scope's words as its reason (the model has no member for "within the stated scope";
/// as with 基本持平, the reason keeps the text's words), with one located note for the scope.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a difference before 较大的 ("差异较大的项目").</summary>
    private static readonly string[] ScopeDifferenceWords = ["差异", "差距", "偏差", "变动", "变化"];

    /// <summary>The words before a threshold that bound the items explained from below ("执行率低于95%的项目").</summary>
    private static readonly string[] BelowThresholdWords = ["低于", "不足", "未达到", "未达", "小于"];

    /// <summary>The words of a scope statement's items, after 较大的 or X%的.</summary>
    private static readonly string[] ScopeItemWords = ["项目", "科目"];

    /// <summary>The words of the scope's head (from the sentence's start to its 项目 / 科目), or null when none was seen.</summary>
    private string? budgetScopeWords;

    /// <summary>The scope's span.</summary>
    private SourceSpan budgetScopeSpan;

    /// <summary>The scope's stated threshold (in %), or 0 for "较大" only.</summary>
    private decimal budgetScopeThreshold;

    /// <summary>
    /// Records a scope statement of the general budget section's budget differences in <paramref name="paragraph"/> (the first
    /// of the text; see the type's summary): a head with no figure but its threshold, ending in 项目 / 科目, a reason after it.
    /// </summary>
    private void BudgetDifferenceScope(Fragment paragraph)
    {
        if (section != Section.GeneralBudget || budgetScopeWords is not null)
        {
            return;
        }

        var t = paragraph.Text;
        var at = t.IndexOf("较大的", StringComparison.Ordinal);
        if (at >= 2 && ScopeItemEnd(t, at + 3, at) is var end && end > 0 && EndsWithAny(t, at, ScopeDifferenceWords))
        {
            ScopeFound(paragraph, end, 0m);
            return;
        }

        var percent = t.IndexOf("%的", StringComparison.Ordinal);
        if (percent > 0 && ScopeItemEnd(t, percent + 2, -1) is var close && close > 0 && ThresholdBefore(t, percent) is var bound
            && bound > 0m && bound < 100m)
        {
            ScopeFound(paragraph, close, bound);
        }
    }

    /// <summary>
    /// The end of 项目 / 科目 at <paramref name="at"/> of <paramref name="t"/> when a scope head closes there (a colon, a comma,
    /// 为 / 有 / 说明 / 如下 after it), its sentence holds no figure before <paramref name="digitFreeTo"/> (none looked at when
    /// negative: a threshold's own figure is looked at by <see cref="ThresholdBefore"/>) and a reason follows; 0 otherwise.
    /// </summary>
    private static int ScopeItemEnd(string t, int at, int digitFreeTo)
    {
        foreach (var word in ScopeItemWords)
        {
            if (string.CompareOrdinal(t, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            var end = at + word.Length;
            var next = end;
            var listed = false;   // "…的项目为A（项）、B（项）…": the list follows 为 / 有 without a mark
            foreach (var filler in (ReadOnlySpan<string>)["说明如下", "情况说明", "说明", "如下", "主要有", "为", "有"])
            {
                if (string.CompareOrdinal(t, next, filler, 0, filler.Length) == 0)
                {
                    next += filler.Length;
                    listed = filler is "主要有" or "为" or "有";
                    break;
                }
            }

            return next < t.Length && (listed || t[next] is '：' or ':' or '，' or ',')
                && (digitFreeTo < 0 || !HasDigitIn(t, SentenceStart(t, at), digitFreeTo))
                && (t.IndexOf("原因", next, StringComparison.Ordinal) > 0 || t.IndexOf("主要是", next, StringComparison.Ordinal) > 0)
                ? end
                : 0;
        }

        return 0;
    }

    /// <summary>The start of the sentence of <paramref name="t"/> that holds <paramref name="at"/>.</summary>
    private static int SentenceStart(string t, int at)
    {
        var start = at;
        while (start > 0 && t[start - 1] is not ('。' or '；' or ';'))
        {
            start--;
        }

        return start;
    }

    /// <summary>The threshold X of "低于X%" ending at the '%' at <paramref name="percent"/> of <paramref name="t"/>, or 0.</summary>
    private static decimal ThresholdBefore(string t, int percent)
    {
        var start = percent;
        while (start > 0 && (char.IsDigit(t[start - 1]) || t[start - 1] == '.'))
        {
            start--;
        }

        return start < percent && EndsWithAny(t, start, BelowThresholdWords)
            && !HasDigitIn(t, SentenceStart(t, start), start)
            && decimal.TryParse(t.Substring(start, percent - start), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0m;
    }

    /// <summary>Keeps the scope whose head ends at <paramref name="end"/> of <paramref name="paragraph"/>.</summary>
    private void ScopeFound(Fragment paragraph, int end, decimal threshold)
    {
        var start = SentenceStart(paragraph.Text, end - 1);
        budgetScopeWords = b.Raw(paragraph, start, end).Trim();
        budgetScopeSpan = b.Span(paragraph, start, end);
        budgetScopeThreshold = threshold;
    }

    /// <summary>
    /// After the last block: gives the scope's words as the reason of each general budget comparison within it (see the
    /// type's summary), the total's too, with one note for the scope.
    /// </summary>
    private void PlaceScopedBudgetDifferences()
    {
        if (budgetScopeWords is not { } words)
        {
            return;
        }

        var items = b.Find(GeneralBudgetItems) is { Kind: DraftKind.Array } list ? list : null;
        var count = items?.Count ?? 0;
        var smallestRate = decimal.MaxValue;
        var smallestAmount = decimal.MaxValue;
        var explained = 0;
        for (var i = 0; i < count; i++)
        {
            foreach (var leaf in (ReadOnlySpan<string>)["budget", "secondBudget"])
            {
                if (Difference(items!.At(i), leaf, out var rate, out var amount, out var reason) && reason)
                {
                    explained++;
                    smallestRate = Math.Min(smallestRate, Math.Abs(rate - 100m));
                    smallestAmount = Math.Min(smallestAmount, Math.Abs(amount));
                }
            }
        }

        var placed = 0;
        for (var i = 0; i < count; i++)
        {
            foreach (var leaf in (ReadOnlySpan<string>)["budget", "secondBudget"])
            {
                if (Difference(items!.At(i), leaf, out var rate, out var amount, out var reason) && !reason
                    && (budgetScopeThreshold > 0m ? rate >= budgetScopeThreshold && rate < 100m
                        : explained > 0 && (Math.Abs(rate - 100m) <= smallestRate || Math.Abs(amount) <= smallestAmount)))
                {
                    b.SetUnder(GeneralBudgetItems + "/" + i.ToString(CultureInfo.InvariantCulture) + "/" + leaf, "reason",
                        DraftNode.Of(words), budgetScopeSpan);
                    placed++;
                }
            }
        }

        if (b.Find(N + "generalBudget/total") is { } total)
        {
            foreach (var leaf in (ReadOnlySpan<string>)["budget", "secondBudget"])
            {
                if (Difference(total, leaf, out var rate, out _, out var reason) && !reason
                    && (budgetScopeThreshold > 0m ? rate >= budgetScopeThreshold && rate < 100m : explained > 0 || count == 0))
                {
                    b.SetUnder(N + "generalBudget/total/" + leaf, "reason", DraftNode.Of(words), budgetScopeSpan);
                    placed++;
                }
            }
        }

        if (placed > 0)
        {
            Note(budgetScopeSpan, DisclosureMessages.WithinStatedBudgetScope, words);
        }
    }

    /// <summary>
    /// Whether the figure <paramref name="owner"/> has a <paramref name="leaf"/> comparison whose 决算 (its final, or the
    /// figure's amount) differs from its stated budget: then its completion <paramref name="rate"/> (in %), its signed
    /// difference <paramref name="amount"/> and whether it has a reason.
    /// </summary>
    private static bool Difference(DraftNode owner, string leaf, out decimal rate, out decimal amount, out bool reason)
    {
        rate = 0m;
        amount = 0m;
        reason = false;
        if (owner.Member(leaf) is not { } comparison
            || comparison.Member("budgetAmount") is not { Kind: DraftKind.String } stated
            || !TryDecimal(stated.Text, out var budget) || budget <= 0m
            || (comparison.Member("finalAmount") ?? owner.Member("amount")) is not { Kind: DraftKind.String } written
            || !TryDecimal(written.Text, out var final) || final == budget)
        {
            return false;
        }

        rate = final / budget * 100m;
        amount = final - budget;
        reason = comparison.Member("reason") is { Kind: DraftKind.String } r && r.Text.Length > 0;
        return true;
    }
}
