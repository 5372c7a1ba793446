using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (precise52; blind round 48): two reason families that came back in new shapes.
/// <list type="bullet">
/// <item>A reason given by reference to another figure's — "…增长7.84%，主要原因同收入", "…原因与收入增加的原因一致", "…因同上" —
/// is a reason: the change or budget comparison the sentence itself read takes the words (a false FA2106 before).</item>
/// <item>A reason stated for a class of items — "执行率低于100%的项目，主要是部分检测试剂按实际使用量结算…", "未完成预算的项目主要是…",
/// "决算数大于预算数的项目，主要原因是…" — is the reason of each item of the section's list in that class (by its stated amounts or
/// rate) that has none, never of the last item read (false FA2206 on the others before).</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a reason by reference opens with ("主要原因同收入", "原因与…一致", "因同上").</summary>
    private static readonly string[] ReferenceReasonHeads = ["原因同", "原因与", "原因和", "因同"];

    /// <summary>The words that close a "原因与…" reference.</summary>
    private static readonly string[] ReferenceReasonEnds = ["相同", "一致", "同"];

    /// <summary>
    /// Reads the end of the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> as a reason by
    /// reference (<see cref="ReferenceReasonHeads"/>, what it refers to at most twelve characters without a figure or a clause
    /// mark) for the comparison the sentence read (<see cref="reasonTarget"/> changed from <paramref name="targetBefore"/>: a
    /// change or a budget without a reason). True when it gave one.
    /// </summary>
    private bool ReferenceReason(string t, int from, int to, string? targetBefore, SourceSpan span)
    {
        if (reasonTarget is not { } target || string.Equals(target, targetBefore, StringComparison.Ordinal) || b.Has(target, "reason")
            || !(target.EndsWith("/change", StringComparison.Ordinal) || target.EndsWith("/budget", StringComparison.Ordinal)
                || target.EndsWith("/secondBudget", StringComparison.Ordinal))
            || ReferenceReasonAt(t, from, to) is not { } words)
        {
            return false;
        }

        b.SetUnder(target, "reason", DraftNode.Of(words), span);
        Note(span, DisclosureMessages.ReasonByReference, words);
        return true;
    }

    /// <summary>
    /// The reason by reference that ends [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> (after its
    /// last clause mark; only a full stop, a semicolon or blanks after it), from 主要 when written; null when there is none.
    /// </summary>
    internal static string? ReferenceReasonAt(string t, int from, int to)
    {
        var last = to;
        while (last > from && (t[last - 1] is '。' or ';' or '；' || char.IsWhiteSpace(t[last - 1])))
        {
            last--;
        }

        var clause = last;
        while (clause > from && t[clause - 1] is not (',' or '，' or '。' or ';' or '；' or ':' or '：'))
        {
            clause--;
        }

        foreach (var head in ReferenceReasonHeads)
        {
            var at = t.IndexOf(head, clause, last - clause, StringComparison.Ordinal);
            if (at < 0 || at > clause + 4)
            {
                continue;   // the reference opens its clause ("主要原因同收入", "其原因同上")
            }

            var rest = t.Substring(at + head.Length, last - at - head.Length);
            var referred = head is "原因与" or "原因和" ? WithoutReferenceEnd(rest) : rest;
            if (referred is { Length: > 0 and <= 12 } && !HasDigit(referred) && referred.IndexOfAny(['(', ')', '、']) < 0)
            {
                return t.Substring(clause, last - clause).Trim();
            }
        }

        return null;
    }

    /// <summary>"收入增加的原因一致" → "收入增加的原因": <paramref name="rest"/> without its closing word, or null without one.</summary>
    private static string? WithoutReferenceEnd(string rest)
    {
        foreach (var end in ReferenceReasonEnds)
        {
            if (rest.EndsWith(end, StringComparison.Ordinal) && rest.Length > end.Length)
            {
                return rest.Substring(0, rest.Length - end.Length);
            }
        }

        return null;
    }

    /// <summary>"100%", taken out of a class head before its digit test (a class names 100 % only as its bound).</summary>
    private static readonly string[] Hundred = ["100%"];

    /// <summary>The words of a class of items below their budget, before 的项目 ("执行率低于100%", "未完成预算").</summary>
    private static readonly string[] BelowClassWords = ["低于100%", "未达100%", "未达到100%", "不足100%", "小于100%", "未完成", "未达到",
        "小于", "低于"];

    /// <summary>The words of a class of items above their budget, before 的项目 ("执行率超过100%", "超预算").</summary>
    private static readonly string[] AboveClassWords = ["超过100%", "高于100%", "大于100%", "超预算", "超过", "高于", "大于"];

    /// <summary>
    /// Session 53: the words that make a class "the rest of" one ("执行率低于100%的其余项目", "其他未完成预算的项目"): a class reason
    /// covers every item of the class that has no reason of its own, so they change nothing but the head's wording.
    /// </summary>
    private static readonly string[] RestOfClassWords = ["其余", "其他", "其它", "剩余"];

    /// <summary>
    /// <paramref name="head"/> without the words of <see cref="RestOfClassWords"/> right before 项目 / 科目 / 项 and at its start
    /// ("…的其余项目" → "…的项目", "其他未完成预算的项目" → "未完成预算的项目").
    /// </summary>
    internal static string WithoutRestWords(string head)
    {
        foreach (var word in RestOfClassWords)
        {
            if (head.StartsWith(word, StringComparison.Ordinal))
            {
                head = head.Substring(word.Length);
            }

            foreach (var end in (ReadOnlySpan<string>)["项目", "科目", "项"])
            {
                var suffix = 1 + word.Length + end.Length;   // "的" + word + end, compared in place
                if (head.Length >= suffix && head[head.Length - suffix] == '的' && head.EndsWith(end, StringComparison.Ordinal)
                    && string.CompareOrdinal(head, head.Length - suffix + 1, word, 0, word.Length) == 0)
                {
                    head = head.Substring(0, head.Length - word.Length - end.Length) + end;
                }
            }
        }

        return head;
    }

    /// <summary>The words that close a class of items ("…的项目，主要是…").</summary>
    private static readonly string[] ItemClassEnds = ["的项目", "的科目", "的项"];

    /// <summary>
    /// Reads the head [<paramref name="from"/>, <paramref name="reasonAt"/>) of a reason as a class of items
    /// ("执行率低于100%的项目，", "决算数小于年初预算数的科目") and gives <paramref name="reasonText"/> to each item of the section's
    /// list whose budget comparison goes that way and has no reason, with a note per item. True when the head is such a class
    /// (the reason is then the class's, not the last item's), even when no item takes it.
    /// </summary>
    private bool ItemClassReason(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        if (section is not (Section.GeneralBudget or Section.GovernmentFund) || reasonAt <= from || reasonText.Length == 0
            || ItemClassWay(t, from, reasonAt) is not { } way)
        {
            return false;
        }

        var list = N + (section == Section.GeneralBudget ? "generalBudget" : "governmentFund") + "/items";
        var items = b.Find(list);
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        for (var i = 0; i < count; i++)
        {
            var item = list + "/" + i.ToString(CultureInfo.InvariantCulture);
            foreach (var leaf in new[] { BudgetMember, SecondBudgetMember })
            {
                var comparison = item + leaf;
                if (b.Find(comparison) is not null && string.Equals(ComparisonWay(comparison), way, StringComparison.Ordinal)
                    && !b.Has(comparison, "reason"))
                {
                    b.SetUnder(comparison, "reason", DraftNode.Of(reasonText), span);
                    Note(span, DisclosureMessages.ReasonOfItemClass, b.FindString(item, "name") ?? item);
                }
            }
        }

        reasonTarget = null;
        return true;
    }

    /// <summary>
    /// The way (finalBelowBudget / finalAboveBudget) of the class of items the head [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="t"/> names: it ends in 的项目 / 的科目 / 的项 (a comma or a colon after it
    /// allowed), holds no figure but 100%, and says one way only (<see cref="BelowClassWords"/>, <see cref="AboveClassWords"/>);
    /// null otherwise.
    /// </summary>
    internal static string? ItemClassWay(string t, int from, int to)
    {
        var end = to;
        while (end > from && (t[end - 1] is ',' or '，' or ':' or '：' || char.IsWhiteSpace(t[end - 1])))
        {
            end--;
        }

        var start = end;
        while (start > from && t[start - 1] is not (',' or '，' or '。' or ';' or '；'))
        {
            start--;
        }

        if (end == start || t[end - 1] is not ('目' or '项'))
        {
            return null;   // 的项目 / 的科目 / 的项 (also after 其余…) end in 目 or 项: most heads (every line, Paragraphs) stop here
        }

        var head = WithoutRestWords(t.Substring(start, end - start).Trim());
        if (head.Length > 30 || EndsWithAny(head, ItemClassEnds) is null || head.Contains("未超", StringComparison.Ordinal)
            || head.Contains("不超", StringComparison.Ordinal) || HasDigit(string.Concat(head.Split(Hundred, StringSplitOptions.None))))
        {
            return null;
        }

        var below = HasAny(head, BelowClassWords);
        var above = HasAny(head, AboveClassWords);
        return below == above ? null : below ? "finalBelowBudget" : "finalAboveBudget";
    }
}
