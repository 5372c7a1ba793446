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
            given |= NamedRowReason(fragment, text, from, clauseEnd, items);
            from = clauseEnd;
        }

        return given;
    }

    /// <summary>One clause of <see cref="NamedRowReasons"/>.</summary>
    private bool NamedRowReason(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        string? pointer = null;
        var nameEnd = -1;
        foreach (var (_, item) in items)
        {
            if (b.FindString(item, "name") is not { Length: >= 2 } name)
            {
                continue;
            }

            var at = text.IndexOf(name + "(项)", start, end - start, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            if (pointer is not null)
            {
                return false;   // two rows named in one clause: whose reason it is is not certain
            }

            (pointer, nameEnd) = (item, at + name.Length + 3);
        }

        if (pointer is null || !b.Has(pointer + "/budget") || b.Has(pointer + "/budget", "reason")
            || Way(text, nameEnd, end) is not { } above || FinalAboveBudget(pointer) != above
            || ReasonAfter(text, nameEnd, end) is not { } reasonAt)
        {
            return false;
        }

        var reason = text.Substring(reasonAt, end - reasonAt).TrimEnd(';', '。').Trim();
        if (reason.Length < 2)
        {
            return false;
        }

        b.SetUnder(pointer + "/budget", "reason", DraftNode.Of(reason), b.Span(fragment, reasonAt, end));
        return true;
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

    /// <summary>Whether the item's final amount is above its budget (null when either is not read or they are equal).</summary>
    private bool? FinalAboveBudget(string pointer)
    {
        if (b.FindString(pointer, "amount") is not { } finalText || b.FindString(pointer + "/budget", "budgetAmount") is not { } budgetText
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
