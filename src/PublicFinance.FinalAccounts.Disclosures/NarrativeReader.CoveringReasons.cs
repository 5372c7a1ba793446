using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (blind round 40, t01, t08, t10): a reason that covers several changes.
/// <list type="bullet">
/// <item>A reason sentence whose head is only a direction, or names the changes above ("…公务接待费较上年减少 1.00 万元。减少的
/// 原因是…", "上述两项减少的原因，一是…二是…"): it explains the changes of its section stated since the last change that has a
/// reason of its own, in the direction it names — all of them for a bare head (the section's total too), the last N for
/// "上述N项" (none when fewer stand). Before, a bare head found its change only when one change went that way (session 22),
/// and "原因，一是" was no reason marker: the changes warned that no reason is given (false FA2106). A change the other way
/// or level (持平), one of another section, one before an earlier reason, and a fund's other flow (its income after its
/// expenditure's reason, <see cref="OtherFundFlow"/>) are never covered.</item>
/// <item>One reason closing a sentence that states the year's income and expenditure changes ("本年收入…增加 X 万元，增长 a%；
/// 本年支出…增加 Y 万元，增长 b%，主要原因是…"): it covers both when they go the same way, although it stands after the ';'
/// (<see cref="ReasonPartStart"/> keeps a reason after a ';' to its own part otherwise).</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The overview's income change (本年收入).</summary>
    private const string OverallIncomeChange = N + "overall/currentYearIncome/change";

    /// <summary>The overview's expenditure change (本年支出).</summary>
    private const string OverallExpenditureChange = N + "overall/currentYearExpenditure/change";

    /// <summary>The words a reason's head may open with to name the changes stated above it.</summary>
    private static readonly string[] AboveWords = ["上述", "以上"];

    /// <summary>
    /// Gives the reason <paramref name="reasonText"/> of a sentence whose head [<paramref name="from"/>,
    /// <paramref name="reasonAt"/>) of <paramref name="t"/> only names a direction (<see cref="CoveringHead"/>) to the changes
    /// of the section it covers (see the type's summary); true when it covers any (then it is no reason without a target).
    /// </summary>
    private bool CoveringReason(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        if (reasonText.Length == 0 || !CoveringHead(t, from, reasonAt, out var direction, out var count))
        {
            return false;
        }

        var run = new List<string>();
        for (var i = sectionChanges.Count - 1; i >= 0; i--)
        {
            var (s, change) = sectionChanges[i];
            if (s != section)
            {
                break;   // never across sections
            }

            if (run.Contains(change))
            {
                continue;
            }

            if (b.FindString(change, "reason") is { } own && !string.Equals(own, reasonText, StringComparison.Ordinal))
            {
                break;   // a change with a reason of its own: the changes this reason covers come after it
            }

            if (string.Equals(b.FindString(change, "direction"), direction, StringComparison.Ordinal)
                && !(run.Count > 0 && OtherFundFlow(run[0], change)))   // round 36: a fund's income and expenditure apart
            {
                run.Add(change);
            }
        }

        if (run.Count == 0 || count > 0 && run.Count < count)
        {
            return false;   // "上述两项" with fewer changes that way: which ones it names is not certain
        }

        for (var k = 0; k < (count > 0 ? count : run.Count); k++)
        {
            if (!b.Has(run[k], "reason"))
            {
                b.SetUnder(run[k], "reason", DraftNode.Of(reasonText), span);
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the head [<paramref name="from"/>, <paramref name="reasonAt"/>) of a reason sentence (no figure, no clause
    /// break) is a direction word with at most the words naming the changes above — "减少的", "上述两项减少的", "以上各项支出
    /// 增加的主要" — with the <paramref name="direction"/> it names and the <paramref name="count"/> of changes it names
    /// (0: not counted).
    /// </summary>
    private bool CoveringHead(string t, int from, int reasonAt, out string direction, out int count)
    {
        direction = string.Empty;
        count = 0;
        if (reasonAt - from < 2 || reasonAt - from > 16 || FigureIn(t, from, reasonAt))
        {
            return false;
        }

        var head = t.Substring(from, reasonAt - from).Trim();
        foreach (var c in head)
        {
            if (c is ',' or ';' or ':' or '。')
            {
                return false;   // more than a head: a clause of its own
            }
        }

        head = TrimEndWords(head, ["主要", "的", "了"]);
        string? word = null;
        foreach (var d in Directions)
        {
            if (head.EndsWith(d, StringComparison.Ordinal))
            {
                word = d;
                break;
            }
        }

        if (word is null || DirectionOf(word) is not { } said)
        {
            return false;
        }

        direction = said;
        var rest = head.Substring(0, head.Length - word.Length);
        foreach (var above in AboveWords)
        {
            if (rest.StartsWith(above, StringComparison.Ordinal))
            {
                rest = CountedItems(rest.Substring(above.Length), out count);
                break;
            }
        }

        return Array.IndexOf(GenericConsequenceSubjects, rest) >= 0;
    }

    /// <summary>
    /// <paramref name="words"/> after 上述/以上 without the count of items they open with ("两项", "三项", "各项"), with that
    /// <paramref name="count"/> (0 when none is written or the count is 各).
    /// </summary>
    private static string CountedItems(string words, out int count)
    {
        count = 0;
        if (words.Length < 2 || words[1] != '项')
        {
            return words;
        }

        var c = words[0];
        if (c == '两')
        {
            count = 2;
        }
        else if (!ChineseDigit(c, out count) && c != '各')
        {
            return words;
        }

        return words.Substring(2);
    }

    /// <summary><paramref name="text"/> without any of <paramref name="words"/> at its end, repeatedly.</summary>
    private static string TrimEndWords(string text, string[] words)
    {
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var w in words)
            {
                if (text.Length > w.Length && text.EndsWith(w, StringComparison.Ordinal))
                {
                    text = text.Substring(0, text.Length - w.Length);
                    trimmed = true;
                }
            }
        }

        return text;
    }

    /// <summary>
    /// Whether <paramref name="target"/> and <paramref name="change"/> are the overview's income and expenditure changes (in
    /// either order): a reason closing their sentence covers both (<see cref="SharedReason"/>), across the ';' between them.
    /// </summary>
    private static bool OverallIncomeAndExpenditure(string target, string change)
        => target == OverallIncomeChange && change == OverallExpenditureChange
            || target == OverallExpenditureChange && change == OverallIncomeChange;
}
