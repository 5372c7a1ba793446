namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (fam40, issue 8): a completion rate (完成率) worded without its budget because the budget amount was stated
/// just before it in the same sentence — "与年初预算 520.00 万元相比，完成 105.65%", "较年初预算 35.00 万元，完成 87.14%",
/// "年初预算为 480.00 万元，决算完成率 104.17%". The budget amount was read (the budget comparison of the sentence's subject:
/// a total, a fund, a 功能分类 item, a 三公 item), but the bare 完成 / 完成率 clause names no budget, so its rate was "a
/// percentage the reader could not place". It is now that comparison's <c>completionRate</c> when the last figure the reader
/// placed is the open comparison's <c>budgetAmount</c>, written in this sentence before the rate with the amount right after
/// its budget word (预算 X, 预算为 X, 预算数 X). "与年初预算相比，完成 Y%" (no amount in the sentence) and a rate after another
/// figure stay the note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that may stand before the bare 完成 of a rate (the comparison's own words, the final's name).</summary>
    private static readonly string[] CompletionLeads = ["相比较", "相比", "对比", "决算", "预算", "支出", "执行"];

    /// <summary>Words that may close the bare 完成 / 完成率 before its figure.</summary>
    private static readonly string[] CompletionTails = ["为", "了", "达", "是", ":"];

    /// <summary>Words that may stand between a budget word and its amount (预算为 X, 预算数 X, 预算数为 X).</summary>
    private static readonly string[] BudgetAmountJoins = ["数为", "数是", "为", "是", "数", ":"];

    /// <summary>
    /// Whether the percentage labelled <paramref name="label"/> is the completion rate of the budget amount stated just
    /// before it in the same sentence (see the type's summary).
    /// </summary>
    private bool RateOfTheBudgetJustStated(ClauseView clause, string label)
    {
        if (budget is null || !IsBareCompletion(Trimmed(label)) || b.Claims.Count == 0
            || !ReferenceEquals(clause.Sentence.Text, currentSentence) || clause.Start <= currentSentenceFrom)
        {
            return false;
        }

        // Session 45: "年初预算 X 万元，决算 Y 万元，完成 Z%" — the comparison's final (its finalAmount, and the subject's amount
        // it also sets) may stand between the budget and the rate.
        var back = b.Claims.Count - 1;
        while (back > 0 && back >= b.Claims.Count - 2 && FinalAfterBudget(b.Claims[back]))
        {
            back--;
        }

        var last = b.Claims[back];

        if (last.Kind != ClaimKind.BudgetAmount || !string.Equals(last.Pointer, budget + "/budgetAmount", StringComparison.Ordinal))
        {
            return false;   // another figure came between (a difference, a change, a share): the rate may be of it
        }

        var at = currentSentence.IndexOf(last.Text, currentSentenceFrom, clause.Start - currentSentenceFrom, StringComparison.Ordinal);
        return at >= 0 && BudgetWordBeforeAmount(currentSentence, at, at + last.Text.Length);
    }

    /// <summary>
    /// Whether <paramref name="claim"/> is the open comparison's final amount (<c>finalAmount</c>, "年初预算 1580.00 万元，决算
    /// 1627.35 万元，完成 103.00%") or its subject's amount: the final of the same comparison may stand between its budget and the
    /// bare rate, which is then still final / budget (session 45). Any other figure between (a difference, a change, a share)
    /// stops it.
    /// </summary>
    private bool FinalAfterBudget(Claim claim)
    {
        if (budget is null || claim.Kind is not (ClaimKind.FinalAmount or ClaimKind.Amount))
        {
            return false;
        }

        var pointer = claim.Pointer;
        if (claim.Kind == ClaimKind.FinalAmount)
        {
            return pointer.Length == budget.Length + "/finalAmount".Length && pointer.StartsWith(budget, StringComparison.Ordinal)
                && pointer.EndsWith("/finalAmount", StringComparison.Ordinal);
        }

        // The subject's own amount: the budget's parent + "/amount" ("…/items/0/budget" → "…/items/0/amount").
        var parent = budget.LastIndexOf('/');
        return parent > 0 && pointer.Length == parent + "/amount".Length
            && string.CompareOrdinal(pointer, 0, budget, 0, parent) == 0 && pointer.EndsWith("/amount", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> (the budget amount's clause) has a
    /// budget word with its amount right after it (预算 520.00, 预算为 480.00, 预算数 35.00): the amount is the budget, not a
    /// difference from it ("比年初预算增加 20.00 万元").
    /// </summary>
    private static bool BudgetWordBeforeAmount(string t, int from, int to)
    {
        for (var at = t.IndexOf("预算", from, to - from, StringComparison.Ordinal); at >= 0 && at < to;
             at = at + 2 < to ? t.IndexOf("预算", at + 2, to - at - 2, StringComparison.Ordinal) : -1)
        {
            var next = at + 2;
            while (next < to && WhiteSpace.Is(t[next]))
            {
                next++;
            }

            foreach (var join in BudgetAmountJoins)
            {
                if (Scanner.Starts(t, next, join, to))
                {
                    next += join.Length;
                    break;
                }
            }

            while (next < to && WhiteSpace.Is(t[next]))
            {
                next++;
            }

            if (next < to && Scanner.IsDigit(t[next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="label"/> names the final as a share of the budget — "决算数占预算数的", "决算占年初预算的",
    /// "支出决算数占调整预算数的" (session 45): a completion rate (final / budget), not a share of another figure. The words
    /// after 占 are a budget word and 的 only; before 占, the final (决算 / 决算数) ends the label's last clause.
    /// </summary>
    internal static bool IsFinalShareOfBudget(string label)
    {
        var end = label.Length;
        while (end > 0 && char.IsWhiteSpace(label[end - 1]))
        {
            end--;
        }

        var at = end > 0 ? label.LastIndexOf('占', end - 1) : -1;
        if (at < 2 || label[end - 1] != '的' || !IsShareBudgetWord(label, at + 1, end - 1))
        {
            return false;   // session 46: asked of every share's label in the 支出 sections; the label is no longer copied
        }

        var before = at;
        while (before > 0 && char.IsWhiteSpace(label[before - 1]))
        {
            before--;
        }

        return EndsWithAt(label, before, "决算") || EndsWithAt(label, before, "决算数");
    }

    /// <summary>The budget words that may stand between 占 and 的 in a final's share of its budget.</summary>
    private static readonly string[] ShareBudgetWords =
        ["预算", "预算数", "年初预算", "年初预算数", "调整预算", "调整预算数", "全年预算", "全年预算数"];

    /// <summary>
    /// Whether [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> is one of <see cref="ShareBudgetWords"/>.
    /// </summary>
    private static bool IsShareBudgetWord(string text, int s, int e)
    {
        foreach (var word in ShareBudgetWords)
        {
            if (word.Length == e - s && string.CompareOrdinal(text, s, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> ends at <paramref name="end"/> of <paramref name="text"/>.</summary>
    private static bool EndsWithAt(string text, int end, string word)
        => end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary><see cref="IsFinalShareOfBudget"/> as session 45 wrote it (the label trimmed and cut): the tests' oracle.</summary>
    internal static bool IsFinalShareOfBudgetPlain(string label)
    {
        var end = label.TrimEnd();
        var at = end.LastIndexOf('占');
        if (at < 2 || !end.EndsWith("的", StringComparison.Ordinal))
        {
            return false;
        }

        var budgetWords = end.Substring(at + 1, end.Length - at - 2);
        if (budgetWords is not ("预算" or "预算数" or "年初预算" or "年初预算数" or "调整预算" or "调整预算数" or "全年预算" or "全年预算数"))
        {
            return false;
        }

        var before = end.Substring(0, at).TrimEnd();
        return before.EndsWith("决算", StringComparison.Ordinal) || before.EndsWith("决算数", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="label"/> (trimmed) is only a bare completion — 完成, 完成率, 决算完成率为, 相比完成 — with no budget,
    /// share, change or other figure named: the words of <see cref="CompletionLeads"/> before it and of
    /// <see cref="CompletionTails"/> after it.
    /// </summary>
    internal static bool IsBareCompletion(string label)
    {
        var start = 0;
        var end = label.Length;
        while (start < end && label[start] is ',' or '，' or ' ')
        {
            start++;
        }

        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var lead in CompletionLeads)
            {
                if (Scanner.Starts(label, start, lead, end))
                {
                    start += lead.Length;
                    stripped = true;
                }
            }

            while (start < end && label[start] is ',' or '，' or ' ')
            {
                start++;
                stripped = true;
            }
        }

        foreach (var tail in CompletionTails)
        {
            if (end - start > tail.Length && string.CompareOrdinal(label, end - tail.Length, tail, 0, tail.Length) == 0)
            {
                end -= tail.Length;
                break;
            }
        }

        var rest = label.AsSpan(start, end - start);
        return rest.SequenceEqual("完成".AsSpan()) || rest.SequenceEqual("完成率".AsSpan());
    }
}
