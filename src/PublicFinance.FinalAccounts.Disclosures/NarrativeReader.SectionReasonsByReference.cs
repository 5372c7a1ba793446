using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (grades45; blind round 41, t10): a reason by reference whose sentence names its own subject — "…公务接待费减少
/// 0.33万元，…，减少的原因是严格控制接待标准和陪餐人数。决算数小于预算数的原因同上" in the “三公” section. The sentence speaks of
/// the section's budget comparisons of that direction (决算数小于预算数), not of one item, and "同上" is the nearest reason stated
/// before it, of any kind (here a year-over-year change's): that reason is given to every budget difference of the section that
/// goes the named way and has no reason of its own (the total's and each item's), with the
/// <see cref="DisclosureMessages.SectionReasonSameAsAbove"/> note. Before, <c>N.SameAsAboveReasons</c> took only a reason of
/// the same kind in an indexed list, and FA2206 warned three times (a false Warning each).
/// </summary>
/// <remarks>
/// Precision first: only in the 三公 section (its subjects are fixed: the total and four items), only when the words before
/// 原因同上 are a budget relation (预算 with 小于 / 低于 / 大于 / 超过 / 高于) without a figure or an item's name, only for a
/// difference of that direction (as read, or by the stated amounts), and only when a reason stands before the sentence. A
/// difference the other way, or one with its own reason, is left as it was; an item list's "同上" keeps the session-43 reading.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The subjects of the 三公 section whose budget comparisons a section-wide reference may explain.</summary>
    private static readonly string[] ThreePublicSubjects =
        ["total", "overseasTravel", "vehiclePurchase", "vehicleOperation", "reception"];

    /// <summary>Words of a budget relation below (决算数小于预算数) and above (决算数大于预算数).</summary>
    private static readonly string[] BelowBudgetWords = ["小于", "低于"];

    private static readonly string[] AboveBudgetWords = ["大于", "超过", "高于"];

    /// <summary>
    /// Reads "决算数小于预算数的原因同上" — the words [<paramref name="from"/>, <paramref name="at"/>) before the reference — as the
    /// 三公 section's budget differences of that direction taking the nearest reason before (kept for after the tables: see
    /// <see cref="ApplySectionReferences"/>); true when it is such a reference and a reason stands before it.
    /// </summary>
    private bool SectionSameAsAboveReason(Fragment f, int from, int at, int end)
    {
        var t = f.Text;
        var words = t.Substring(from, at - from);
        if (section != Section.ThreePublic || !words.Contains("预算") || words.Contains("三公")
            || ThreePublicReasonItems.Any(i => HasAny(words, i.Words)))
        {
            return false;
        }

        var below = HasAny(words, BelowBudgetWords);
        if (below == HasAny(words, AboveBudgetWords))
        {
            return false;   // no relation named, or both
        }

        var relation = below ? "finalBelowBudget" : "finalAboveBudget";
        var span = b.Span(f, at, end);
        if (NearestReasonBefore(span) is not { } nearest)
        {
            return false;
        }

        sectionReferences.Add((relation, nearest.Reason, nearest.Name, span));
        return true;
    }

    /// <summary>
    /// The 三公 section's reasons by reference ("决算数小于预算数的原因同上"), kept for after the tables (a table of the section —
    /// a bar table run into the line — is read after the prose): the relation named, the reason, its comparison and the span.
    /// </summary>
    private readonly List<(string Relation, string Reason, string Name, SourceSpan Span)> sectionReferences = new();

    /// <summary>
    /// After the tables (from <see cref="ApplyReasonsAwaitingTables"/>): each kept reference gives its reason to every budget
    /// comparison of the 三公 section that goes the named way and has no reason, with one note.
    /// </summary>
    private void ApplySectionReferences()
    {
        foreach (var (relation, reason, name, span) in sectionReferences)
        {
            var given = false;
            foreach (var subject in ThreePublicSubjects)
            {
                var item = N + "threePublic/" + subject;
                if (!b.Has(item, "budget") || b.Has(item + "/budget", "reason")
                    || !string.Equals(BudgetWay(item), relation, StringComparison.Ordinal))
                {
                    continue;
                }

                b.SetUnder(item + "/budget", "reason", DraftNode.Of(reason), span);
                given = true;
            }

            if (given)
            {
                Note(span, DisclosureMessages.SectionReasonSameAsAbove, name);
            }
        }

        sectionReferences.Clear();
    }

    /// <summary>
    /// The way a 三公 subject's final amount stands to its budget by the stated amounts (the budget's 决算数, else the subject's
    /// amount, against 预算数) — the amounts first, since the reference's own words set the relation it names; the relation as
    /// read when an amount is missing; null when neither is known or they are equal.
    /// </summary>
    private string? BudgetWay(string item)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles Style = System.Globalization.NumberStyles.Number;
        var budget = item + "/budget";
        if (!decimal.TryParse(b.FindString(budget, "finalAmount") ?? b.FindString(item, "amount"), Style, inv, out var final)
            || !decimal.TryParse(b.FindString(budget, "budgetAmount"), Style, inv, out var planned))
        {
            return b.FindString(budget, "relation");
        }

        return final == planned ? null : final < planned ? "finalBelowBudget" : "finalAboveBudget";
    }

    /// <summary>
    /// The reason of the 三公 section stated last before <paramref name="before"/> (a change's or a budget comparison's), with
    /// the name of its comparison's subject; null when none is.
    /// </summary>
    private (string Reason, string Name)? NearestReasonBefore(SourceSpan before)
    {
        (string Reason, string Name)? nearest = null;
        var nearestAt = (Line: 0, Column: 0);
        foreach (var subject in ThreePublicSubjects)
        {
            foreach (var leaf in new[] { "/change", "/budget" })
            {
                var comparison = N + "threePublic/" + subject + leaf;
                if (b.FindString(comparison, "reason") is not { Length: > 0 } reason
                    || !b.Spans.TryGetValue(comparison + "/reason", out var span))
                {
                    continue;
                }

                var start = (Line: span.StartLine, Column: span.StartColumn);
                if (start.CompareTo((before.StartLine, before.StartColumn)) < 0 && start.CompareTo(nearestAt) > 0)
                {
                    nearest = (reason, comparison);
                    nearestAt = start;
                }
            }
        }

        return nearest;
    }

    /// <summary>
    /// Whether a heading run into the line starts at <paramref name="p"/> after blanks ("原因同上 七、机关运行经费…": a page
    /// scraped onto one line); the heading's numeral is one to three Chinese digits followed by 、.
    /// </summary>
    private static bool HeadingRunInAt(string t, int p, int to)
    {
        var q = p;
        while (q < to && t[q] == ' ')
        {
            q++;
        }

        var digits = q;
        while (q < to && q - digits < 3 && ChineseDigits.IndexOf(t[q]) > 0)
        {
            q++;
        }

        return q > p && digits > p && q > digits && q < to && t[q] == '、';
    }
}
