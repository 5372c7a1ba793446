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
/// <para>Session 51 (lists51; blind round 47, t05): several rows named together, joined by 、 ("行政运行、一般行政管理事务决算数
/// 大于年初预算数，主要是…"), each take the reason when its figures go that way (a name of no row is skipped; one whose figures
/// go the other way leaves the sentence as before); and such a sentence after a "原因：" opening it is read from its names.</para>
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
        var row = JoinedNamesBefore(clause) ? NamedComparisonRow(currentSentence, currentSentenceFrom, clause.End) : null;
        if ((row ?? NamedComparisonRow(text, 0, text.Length)) is not { } named)
        {
            if (RateLevelAt(text, 0, text.Length) >= 2 && reasonTarget is { } held && RowOfLists(held))
            {
                reasonTarget = null;   // s49: "行政运行执行率较高，系…" naming no row that way is not the last row's reason
            }

            return false;
        }

        subject = named;
        subjectSentence = sentenceStart;
        budget = named + namedComparisonLeaf;   // session 53: "…决算数小于调整预算数" is the rows' secondBudget
        reasonTarget = budget;
        relationCovered.Clear();
        foreach (var listed in namedComparisonRows)
        {
            relationCovered.Add(listed + namedComparisonLeaf);   // session 51: every row it names takes its reason (NamedComparisonRows)
        }

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

        namedComparisonRows.Clear();
        namedComparisonLeaf = level < 0 && NamesFullYearBasis(t, at, to) ? SecondBudgetMember : BudgetMember;
        foreach (var part in t.Substring(from, at - from).Split('、'))
        {
            // session 51: "行政运行、一般行政管理事务决算数大于年初预算数，主要是…" names several rows (NamedComparisonRows);
            // session 53: a name may carry its level ("一般行政管理事务（项）、应急管理（项）决算数小于调整预算数")
            switch (NamedComparisonRowOf(WithoutLevelMark(part.Trim()), above))
            {
                case null:
                    continue;   // a name of no stated row ("离退休支出"): its row keeps no reason
                case { Length: 0 }:
                    namedComparisonRows.Clear();
                    return null;   // a named row the figures contradict: the sentence is read as before
                case var row:
                    namedComparisonRows.Add(row);
                    break;
            }
        }

        return namedComparisonRows.Count > 0 ? namedComparisonRows[0] : null;
    }

    /// <summary>The rows a named comparison names, in order (several when their names are joined by 、).</summary>
    private readonly List<string> namedComparisonRows = new();

    /// <summary>
    /// Session 53: the comparison of the rows a named comparison compares with — <see cref="SecondBudgetMember"/> when it
    /// names the 调整 / 全年 budget ("决算数小于调整预算数"), else <see cref="BudgetMember"/> (年初, or no basis named).
    /// </summary>
    private string namedComparisonLeaf = BudgetMember;

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) names the 调整 / 全年 budget (调整预算, 调整后预算, 全年预算).</summary>
    private static bool NamesFullYearBasis(string t, int from, int to)
        => t.IndexOf("调整预算", from, to - from, StringComparison.Ordinal) >= 0
            || t.IndexOf("调整后预算", from, to - from, StringComparison.Ordinal) >= 0
            || t.IndexOf("全年预算", from, to - from, StringComparison.Ordinal) >= 0;

    /// <summary>"应急管理(项)" → "应急管理": a name without its level mark (项, 款, 类 in brackets) at its end.</summary>
    private static string WithoutLevelMark(string name)
    {
        foreach (var mark in (ReadOnlySpan<string>)["(项)", "（项）", "(款)", "（款）", "(类)", "（类）"])
        {
            if (name.Length > mark.Length && name.EndsWith(mark, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - mark.Length).TrimEnd();
            }
        }

        return name;
    }

    /// <summary>
    /// The stated row (a 项 or 类 of the section's lists) named exactly <paramref name="name"/> when its final and budget go
    /// the way the comparison says (<paramref name="above"/>); an empty string when the row's figures go the other way (or are
    /// not both stated); null when no row has the name.
    /// </summary>
    private string? NamedComparisonRowOf(string name, bool above)
    {
        if (name.Length < 2)
        {
            return null;
        }

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
                var budgeted = b.Find(row + namedComparisonLeaf + "/budgetAmount") is { Kind: DraftKind.String } a
                    && decimal.TryParse(a.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null;
                return final is { } x && budgeted is { } y && (above ? x > y : x < y) ? row : string.Empty;
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

    /// <summary>
    /// Session 51 (blind round 47, t05): where the words after a reason marker that opens its sentence ("原因：" on its line,
    /// joined to the next) start, when they open with a named comparison of stated rows ("行政运行、一般行政管理事务决算数大于
    /// 年初预算数，主要是…"): the sentence is read from there, so each named row takes its own reason (before, the whole text was
    /// the reason of the row read last). −1 otherwise.
    /// </summary>
    private int NamedComparisonsAfterMarker(string t, int from, int to, int reasonAt, int reasonLength)
    {
        if (reasonAt < 0 || section is not (Section.GeneralBudget or Section.Appropriation))
        {
            return -1;
        }

        Trimmed(t, from, reasonAt, out var headStart, out var headEnd);
        if (headEnd > headStart)
        {
            return -1;   // words before the marker: not a marker opening its sentence
        }

        Trimmed(t, reasonAt + reasonLength, to, out var start, out _);
        while (start < to && t[start] == ':')
        {
            start++;
        }

        return start < to && NamedComparisonRow(t, start, ClauseEndAt(t, start, to)) is not null ? start : -1;
    }

    /// <summary>
    /// Whether the words of the sentence before <paramref name="clause"/> are only names joined by 、 up to the clause (no
    /// figure, no other clause mark): "行政运行、一般行政管理事务决算数大于…" is read as clauses split at the 、.
    /// </summary>
    private bool JoinedNamesBefore(ClauseView clause)
    {
        var t = currentSentence;
        var at = clause.Start - 1;
        while (at > currentSentenceFrom && char.IsWhiteSpace(t[at]))
        {
            at--;
        }

        if (at <= currentSentenceFrom || t[at] != '、' || at - currentSentenceFrom > NamedComparisonNameLength)
        {
            return false;
        }

        for (var i = currentSentenceFrom; i < at; i++)
        {
            if (Scanner.IsDigit(t[i]) || t[i] is ',' or ';' or ':' or '。')
            {
                return false;
            }
        }

        return true;
    }
}

