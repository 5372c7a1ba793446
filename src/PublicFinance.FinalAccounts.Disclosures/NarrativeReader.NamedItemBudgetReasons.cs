namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (blind round 42 t07, t03): a reason after a table of 项 or 类, headed by the name of the row it explains and
/// its comparison with the budget — "森林资源培育决算数大于年初预算，主要原因是 A；林业草原防灾减灾决算数小于年初预算，主要原因是 B。"
/// In the 一般公共预算 section the comparison did not move the subject (a 类 named in a comparison is not the section's
/// figure), so the whole sentence became the reason of the row read last (the table's last 项) and the rows it named warned
/// that no reason is given (false FA2206). Now a clause that starts with the exact name of a 项 or 类 stated in the section,
/// then 决算 and a relation word (大于, 小于, 高于, 低于, 超过), is that row's comparison when the row's final and budget
/// go the way it says: its reason goes to the row's budget; and a reason ends at a ';' after which such a clause starts,
/// so each row keeps its own. A name that matches no row, or a relation the figures contradict, is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The lists of rows of the 一般公共预算 section a named comparison may head.</summary>
    private static readonly string[] NamedComparisonRowLists = [N + "generalBudget/items/", N + "generalBudget/classes/"];

    /// <summary>The longest row name a named comparison may start with, in characters.</summary>
    private const int NamedComparisonNameLength = 30;

    /// <summary>
    /// "森林资源培育决算数大于年初预算": when the clause names a stated row of the 一般公共预算 section and compares its final
    /// with its budget the way the row's figures go, that row becomes the subject and its budget the reason's target. Whether
    /// it did.
    /// </summary>
    private bool NamedItemComparison(ClauseView clause)
    {
        if (section is not (Section.GeneralBudget or Section.Appropriation)
            || !clause.Contains("决算") && !clause.Contains("执行率") && !clause.Contains("完成率"))
        {
            return false;
        }

        var text = clause.Text;
        if (NamedComparisonRow(text, 0, text.Length) is not { } row)
        {
            if (RateLevelAt(text, 0, text.Length) >= 2 && reasonTarget is { } held && RowOfLists(held))
            {
                reasonTarget = null;   // s49: "行政运行执行率较高，系…" naming no row that way is not the last row's reason
            }

            return false;
        }

        subject = row;
        subjectSentence = sentenceStart;
        budget = row + "/budget";
        reasonTarget = budget;
        return true;
    }

    /// <summary>
    /// Where the reason at <paramref name="reasonAt"/> ends: at the first ';' before <paramref name="to"/> after which a
    /// named comparison of a stated row starts (<see cref="NamedComparisonRow"/>); else <paramref name="to"/>.
    /// </summary>
    private int NamedComparisonStop(string t, int reasonAt, int to)
    {
        if (reasonAt < 0 || section is not (Section.GeneralBudget or Section.Appropriation))
        {
            return to;
        }

        for (var s = t.IndexOf(';', reasonAt, to - reasonAt); s >= 0 && s + 1 < to; s = t.IndexOf(';', s + 1, to - s - 1))
        {
            if (NamedComparisonRow(t, s + 1, ClauseEndAt(t, s + 1, to)) is not null)
            {
                return s;
            }
        }

        return to;
    }

    /// <summary>
    /// The row (a 项 or 类 of the 一般公共预算 section, with a budget) whose exact name opens [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="t"/>, followed by 决算 and a relation word that agrees with the row's final and
    /// budget (大于/高于/超过: above; 小于/低于: below); else null.
    /// </summary>
    private string? NamedComparisonRow(string t, int from, int to)
    {
        Trimmed(t, from, to, out from, out to);
        var at = t.IndexOf("决算", from, to - from, StringComparison.Ordinal);
        var level = at < 0 ? RateLevelAt(t, from, to) : -1;   // session 49: "住房公积金执行率较低"
        at = at < 0 ? level : at;
        if (at - from < 2 || at - from > NamedComparisonNameLength || Scanner.HasFigureIn(t, from, to))
        {
            return null;
        }

        var above = HasAnyIn(t, at, to, AboveBudgetWords) || level >= 0 && HasAnyIn(t, at, to, HighRateWords);
        var below = HasAnyIn(t, at, to, BelowBudgetWords) || level >= 0 && HasAnyIn(t, at, to, LowRateWords);
        if (above == below || level < 0 && !MentionsBudget(t.Substring(at, to - at)))
        {
            return null;
        }

        var name = t.Substring(from, at - from);
        foreach (var list in section == Section.Appropriation ? AppropriationComparisonRowLists : NamedComparisonRowLists)
        {
            for (var k = 0; b.Has(list + k.ToString(CultureInfo.InvariantCulture)); k++)
            {
                var row = list + k.ToString(CultureInfo.InvariantCulture);
                if (!string.Equals(b.FindString(row, "name"), name, StringComparison.Ordinal))
                {
                    continue;
                }

                var final = AmountAt(row);
                var budgeted = b.Find(row + "/budget/budgetAmount") is { Kind: DraftKind.String } a
                    && decimal.TryParse(a.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null;
                return final is { } x && budgeted is { } y && (above ? x > y : x < y) ? row : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="pointer"/> is under a row of <see cref="NamedComparisonRowLists"/> or the 财政拨款 items.</summary>
    private static bool RowOfLists(string pointer)
    {
        foreach (var list in NamedComparisonRowLists.Concat(AppropriationComparisonRowLists))
        {
            if (pointer.StartsWith(list, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of a completion rate a row's level may be said of (执行率, 完成率).</summary>
    private static readonly string[] CompletionRateNames = ["执行率", "完成率"];

    /// <summary>A completion rate said to be low (执行率较低: the final below its budget).</summary>
    private static readonly string[] LowRateWords = ["较低", "偏低"];

    /// <summary>A completion rate said to be high (执行率较高: the final above its budget).</summary>
    private static readonly string[] HighRateWords = ["较高", "偏高"];

    /// <summary>
    /// Session 49 (reasons49): where [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> says a
    /// completion rate is low or high — 执行率 or 完成率 with 较低, 偏低, 较高 or 偏高 after it ("住房公积金执行率较低"):
    /// the position of the rate's name, else −1. Such a clause compares the row's final with its budget without 决算.
    /// </summary>
    private static int RateLevelAt(string t, int from, int to)
    {
        foreach (var rateName in CompletionRateNames)
        {
            var at = t.IndexOf(rateName, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && (HasAnyIn(t, at, to, LowRateWords) || HasAnyIn(t, at, to, HighRateWords)))
            {
                return at;
            }
        }

        return -1;
    }

    // The relation words (AboveBudgetWords, BelowBudgetWords) are SectionReasonsByReference's: one list for both readers.
}
