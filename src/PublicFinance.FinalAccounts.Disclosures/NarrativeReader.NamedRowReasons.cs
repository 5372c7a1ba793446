namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (blind round 46 t08): the 说明 under a coded item table (or its key–value lines) that names the rows' items by
/// name, not by code — "公共安全支出中，案件审判（项）支出1365.72万元，超过年初预算，系全年新收案件数量上升…；案件执行（项）未达到年初预算，
/// 系部分…跨年度结算。". <see cref="CodedNote"/> looked for "(代码)" only, so both reasons were notes and FA2206 asked for them.
/// Each clause (cut at ';') that names exactly one row's item as "名称(项)" and says which way it differs from its budget
/// gives that item's budget its reason — only when the way agrees with the row (超过/高于 a final above its budget,
/// 未达到/低于/小于 one below), so a reason of "below budget" never explains an item above it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that say a final amount is above its budget.</summary>
    private static readonly string[] RowAboveBudgetWords = ["超过", "超出", "高于", "大于", "多于"];

    /// <summary>The words that say a final amount is below its budget.</summary>
    private static readonly string[] RowBelowBudgetWords = ["未达到", "未达", "低于", "小于", "少于", "未完成"];

    /// <summary>The marks after the way that open a named row's reason, besides <see cref="CodedReasonMarkers"/>.</summary>
    private static readonly string[] NamedReasonOpeners = [",系", ",主要系", ",因", ",主要因"];

    /// <summary>
    /// The reasons of the rows' items the sentence [<paramref name="start"/>, <paramref name="end"/>) names by name, one a
    /// clause; true when one was given.
    /// </summary>
    private bool NamedRowReasons(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        var given = false;
        for (var from = start; from < end;)
        {
            var stop = text.IndexOf(';', from, end - from);
            var clauseEnd = stop < 0 ? end : stop + 1;
            given |= NamedRowReason(fragment, text, from, clauseEnd, items)
                || ScopedRowReason(fragment, text, from, clauseEnd, items);   // session 55: "低于95%的项目：A主要原因是…"
            from = clauseEnd;
        }

        return given;
    }

    /// <summary>
    /// One clause of <see cref="NamedRowReasons"/>. Session 53: a clause may name several rows as a list —
    /// "人大会议(项)、一般行政管理事务(项)决算数小于年初预算数,主要是…" — the names one after another with only 、, 和 or 及 between
    /// them: the reason is each one's when every one of them differs from its budget the way the clause says (else none's);
    /// and a clause that names the 调整预算 (全年预算) of a row read with a 年初预算 and a second, 调整 budget gives that second
    /// budget its reason.
    /// </summary>
    private bool NamedRowReason(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        var named = new List<(int At, int End, string Pointer)>();
        foreach (var (_, item) in items)
        {
            if (b.FindString(item, "name") is not { Length: >= 2 } name)
            {
                continue;
            }

            var at = text.IndexOf(name + "(项)", start, end - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                named.Add((at, at + name.Length + 3, item));
            }
        }

        named.Sort((x, y) => x.At.CompareTo(y.At));
        for (var k = 1; k < named.Count; k++)
        {
            if (!IsNameListJoint(text, named[k - 1].End, named[k].At))
            {
                return false;   // two rows named apart in one clause: whose reason it is is not certain
            }
        }

        if (named.Count == 0)
        {
            return false;
        }

        var nameEnd = named[named.Count - 1].End;
        if (Way(text, nameEnd, end) is not { } above || ReasonAfter(text, nameEnd, end) is not { } reasonAt)
        {
            return false;
        }

        var budgets = new List<string>(named.Count);
        foreach (var (_, _, pointer) in named)
        {
            if (NamedBudget(pointer, text, nameEnd, end) is not { } budgetPointer
                || FinalAboveBudget(pointer, budgetPointer) != above)
            {
                return false;
            }

            budgets.Add(budgetPointer);
        }

        var reason = text.Substring(reasonAt, end - reasonAt).TrimEnd(';', '。').Trim();
        if (reason.Length < 2 || budgets.TrueForAll(p => b.Has(p, "reason")))
        {
            return false;
        }

        foreach (var budgetPointer in budgets.Where(p => !b.Has(p, "reason")))
        {
            b.SetUnder(budgetPointer, "reason", DraftNode.Of(reason), b.Span(fragment, reasonAt, end));
        }

        return true;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) only joins two names of a list (、 和 及 与).</summary>
    private static bool IsNameListJoint(string text, int from, int to)
        => to - from == 1 && text[from] is '、' or '和' or '及' or '与';

    /// <summary>
    /// The budget of the row at <paramref name="pointer"/> the clause speaks of: its budget, or (session 53) its second
    /// budget when the clause names 调整预算 or 全年预算 and the row's budget is its 年初预算; null when the row has no such
    /// budget.
    /// </summary>
    private string? NamedBudget(string pointer, string text, int start, int end)
    {
        var budgetAt = text.IndexOf("预算", start, end - start, StringComparison.Ordinal);
        var adjusted = budgetAt - 2 >= start && (string.CompareOrdinal(text, budgetAt - 2, "调整", 0, 2) == 0
            || string.CompareOrdinal(text, budgetAt - 2, "全年", 0, 2) == 0);
        var budget = pointer + "/budget";
        if (!adjusted || b.FindString(budget, "kind") != "initial")
        {
            return b.Has(budget) ? budget : null;
        }

        var second = pointer + "/secondBudget";
        return b.Has(second) ? second : null;
    }

    /// <summary>Whether the clause says above (true) or below (false) its budget, or null when it says neither or both.</summary>
    private static bool? Way(string text, int start, int end)
    {
        var budgetAt = text.IndexOf("预算", start, end - start, StringComparison.Ordinal);
        if (budgetAt < 0)
        {
            return null;
        }

        var above = HasAnyIn(text, start, budgetAt, RowAboveBudgetWords);
        var below = HasAnyIn(text, start, budgetAt, RowBelowBudgetWords);
        return above == below ? null : above;
    }

    /// <summary>
    /// Whether the item's final amount is above the budget at <paramref name="budgetPointer"/> (null when either is not read
    /// or they are equal).
    /// </summary>
    private bool? FinalAboveBudget(string pointer, string budgetPointer)
    {
        if (b.FindString(pointer, "amount") is not { } finalText || b.FindString(budgetPointer, "budgetAmount") is not { } budgetText
            || !TextChecks.TryParseAmount(finalText, out var final) || !TextChecks.TryParseAmount(budgetText, out var budgetAmount)
            || final == budgetAmount)
        {
            return null;
        }

        return final > budgetAmount;
    }

    /// <summary>Where the reason after the clause's way starts (after its marker), or null.</summary>
    private static int? ReasonAfter(string text, int start, int end)
    {
        var best = -1;
        var length = 0;
        foreach (var marker in CodedReasonMarkers)
        {
            Earliest(marker);
        }

        foreach (var marker in NamedReasonOpeners)
        {
            Earliest(marker);
        }

        return best < 0 ? null : best + length;

        void Earliest(string marker)
        {
            var at = text.IndexOf(marker, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best || at == best && marker.Length > length))
            {
                (best, length) = (at, marker.Length);
            }
        }
    }
}
