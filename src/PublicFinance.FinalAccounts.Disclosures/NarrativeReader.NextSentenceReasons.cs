namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 23 (B): a reason that opens the sentence after its change ("…增加 36.24 万元，增长 6.35%。主要是住院人次
/// 增加。"). A weak marker (主要是, 主要系, 主要由于, 是由于, 系因) counts as a reason only after a direction word of its own
/// sentence, so this reason was dropped and the change warned that it has none (false FA2106).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Weak reason markers that may open the sentence after the change they explain (not 主要用于: a use).</summary>
    private static readonly string[] LeadingReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.Leading);

    /// <summary>
    /// Where the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> opens with a weak reason
    /// marker that explains the change stated by the sentence before it, with the marker's length; −1 when it does not:
    /// the marker must stand at the sentence's very start, the sentence before must have stated a change that is the
    /// current reason target and has no reason yet, and the marker must not open a figure of its own
    /// ("主要是基本支出 X 万元" describes a composition, not a reason).
    /// </summary>
    private int LeadingReasonAt(string t, int from, int to, out int length)
    {
        length = 0;
        if (reasonTarget is not { } target || !changesOfSentence.Contains(target) || b.Has(target, "reason"))
        {
            return -1;
        }

        foreach (var marker in LeadingReasonMarkers)
        {
            if (Scanner.Starts(t, from, marker, to))
            {
                var clauseEnd = t.IndexOfAny([',', ';'], from, to - from);
                if (StartsWithFigureIn(t, from + marker.Length, clauseEnd < 0 ? to : clauseEnd)
                    || FigureIn(t, from + marker.Length, clauseEnd < 0 ? to : clauseEnd) && !HasAnyIn(t, from, to, Directions))
                {
                    return -1;
                }

                length = marker.Length;
                return from;
            }
        }

        return -1;
    }

    /// <summary>
    /// "比2024年初预算数 19,850.00 万元减少 1,437.14 万元": the difference's own label is only its direction word (the budget
    /// figure stands between), so it was read as a year-over-year change the text never states (false FA2106). True when
    /// the clause before <paramref name="token"/> holds a 比/较 phrase that names a budget (not 上年) and states its figure.
    /// </summary>
    private static bool AfterComparedBudget(ClauseView clause, NumberToken token)
    {
        var text = clause.Sentence.Text;
        var end = clause.Start + token.Start;
        if (end <= clause.Start)
        {
            return false;
        }

        var at = Math.Max(text.LastIndexOf('比', end - 1, end - clause.Start), text.LastIndexOf('较', end - 1, end - clause.Start));
        if (at < 0)
        {
            return false;
        }

        if (text.IndexOf("预算", at, end - at, StringComparison.Ordinal) < 0)
        {
            return false;   // session 44: MentionsBudget of a phrase without 预算 is false — no phrase cut out to be told so
        }

        var phrase = text.Substring(at, end - at);
        return MentionsBudget(phrase) && phrase.IndexOf("上年", StringComparison.Ordinal) < 0 && Scanner.HasFigureIn(text, at, end);
    }

    /// <summary>
    /// "完成全年预算（调整预算）4612.50 万元的 93.66%": a budget label that ends in a bracket naming the budget again is a budget
    /// label — else the budget was not placed and its completion rate went to the next budget of the sentence ("比年初预算
    /// 3980.00 万元增加…", another kind: a false FA2203 once that budget's difference is read).
    /// </summary>
    internal static bool BracketedBudgetLabel(string label)
    {
        var trimmed = label.TrimEnd();
        if (!trimmed.EndsWith("预算)", StringComparison.Ordinal) && !trimmed.EndsWith("预算数)", StringComparison.Ordinal))
        {
            return false;
        }

        var open = trimmed.LastIndexOf('(');
        var before = open > 0 ? trimmed.Substring(0, open).TrimEnd() : string.Empty;
        return before.EndsWith("预算", StringComparison.Ordinal) || before.EndsWith("预算数", StringComparison.Ordinal);
    }
}
