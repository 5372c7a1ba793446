using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (precise53; blind round 49 t07): a sentence that says only how the completion rate stands to 100 % and then why —
/// "“三公”经费…支出51.69万元，预算56.00万元，执行率92.30%；与上年相比增加…，主要是更新购置…。其中：…。执行率低于100%，系严格控制
/// 公务接待支出。" — names no figure: in the 三公 section it speaks of the section's total, whose budget comparison it explains
/// (the first reason of the paragraph explained the change). Before, its reason went to whatever the last clause read (an
/// item, or nothing) and FA2206 asked the total for a reason the text gives.
/// </summary>
/// <remarks>
/// Precision first: only in the 三公 section (whose paragraph is about one total; in the 一般公共预算 section such a sentence
/// after item lines may be a class of items, <see cref="ItemClassReason"/>), only a head that is a completion rate, a relation
/// and 100 % and nothing else, and only to a comparison of the total (年初 or 调整 budget) whose stated amounts go the way
/// it says and that has no reason. When none does, the sentence is read as before.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The relations to 100 % that say a final is below its budget.</summary>
    private static readonly string[] BareBelowRelations = ["低于100%", "小于100%", "不足100%", "未达100%", "未达到100%"];

    /// <summary>The relations to 100 % that say a final is above its budget.</summary>
    private static readonly string[] BareAboveRelations = ["高于100%", "大于100%", "超过100%", "超出100%"];

    /// <summary>
    /// Gives <paramref name="reasonText"/> to the 三公 total's comparisons that go the way the head [<paramref name="from"/>,
    /// <paramref name="reasonAt"/>) says (see the type); true when one took it.
    /// </summary>
    private bool BareRateRelationReason(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        if (section != Section.ThreePublic || reasonText.Length == 0 || BareRateRelationWay(t, from, reasonAt) is not { } way)
        {
            return false;
        }

        var given = false;
        foreach (var leaf in new[] { BudgetMember, SecondBudgetMember })
        {
            var comparison = N + "threePublic/total" + leaf;
            if (b.Find(comparison) is not null && string.Equals(ComparisonWay(comparison), way, StringComparison.Ordinal)
                && !b.Has(comparison, "reason"))
            {
                b.SetUnder(comparison, "reason", DraftNode.Of(reasonText), span);
                given = true;
            }
        }

        if (given)
        {
            Note(span, DisclosureMessages.ReasonOfBareRateRelation, reasonText);
            reasonTarget = null;
        }

        return given;
    }

    /// <summary>
    /// The way (finalBelowBudget / finalAboveBudget) a head that is only a completion rate and its relation to 100 %
    /// ("执行率低于100%", "预算执行率未达到100%", "完成率超过100%"; a comma or blanks after it) says; null for any other head.
    /// </summary>
    internal static string? BareRateRelationWay(string t, int from, int to)
    {
        Trimmed(t, from, to, out var start, out var end);
        while (end > start && t[end - 1] is ',' or '，' or ':' or '：')
        {
            end--;
        }

        var head = t.Substring(start, end - start);
        head = head.StartsWith("预算", StringComparison.Ordinal) ? head.Substring(2) : head;
        foreach (var rate in CompletionRateNames)
        {
            if (!head.StartsWith(rate, StringComparison.Ordinal))
            {
                continue;
            }

            var relation = head.Substring(rate.Length);
            return Array.IndexOf(BareBelowRelations, relation) >= 0 ? "finalBelowBudget"
                : Array.IndexOf(BareAboveRelations, relation) >= 0 ? "finalAboveBudget" : null;
        }

        return null;
    }
}
