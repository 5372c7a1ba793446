namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (blind round 51, t03): a rate in a list headed by a threshold class phrase — "执行率低于95%的项目：农村基础设施建设
/// 执行率93.67%，…；社会发展执行率75.77%，…" — restates the rate of the item it names. The first entry shares its clause with the
/// head, so its name was not read as the clause's subject, and its rate was put on the budget open before (the last 项 of the
/// table above: a false FA8003 against that 项's own rate). The rate of the entry that shares its clause with the head is a
/// located note (the later entries open clauses of their own, read by their names as before).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the percentage <paramref name="token"/> follows, in its clause, a colon whose head holds a threshold of a class
    /// phrase (a comparison word, a percentage, then 的 — <see cref="RateThresholdOfClass"/>'s form: "执行率低于95%的项目：").
    /// </summary>
    private static bool RateAfterThresholdListHead(ClauseView clause, NumberToken token)
    {
        // The colon ends a clause of its own: it is looked for back from the token to the clause mark before it, and the
        // head back from the colon to the one before that (or the sentence's start).
        var text = clause.Sentence.Text;
        var colon = -1;
        var i = Math.Min(clause.Start + token.Start, text.Length) - 1;
        for (; i >= 0 && colon < 0 && text[i] is not ('，' or '；' or '。' or ',' or ';'); i--)
        {
            colon = text[i] is '：' or ':' ? i : -1;
        }

        if (colon < 0)
        {
            return false;
        }

        var start = colon;
        while (start > 0 && text[start - 1] is not ('，' or '；' or '。' or ',' or ';'))
        {
            start--;
        }

        for (var p = start; p < colon; p++)
        {
            if (text[p] is not ('%' or '％') || p == start || !Scanner.IsDigit(text[p - 1]))
            {
                continue;
            }

            var number = p - 1;
            while (number > start && (Scanner.IsDigit(text[number - 1]) || text[number - 1] == '.'))
            {
                number--;
            }

            var after = p + 1;
            if (Scanner.Starts(text, after, "以上", colon) || Scanner.Starts(text, after, "以下", colon))
            {
                after += 2;
            }

            if (after < colon && text[after] == '的' && EndsWithAny(text, number, ThresholdComparisons))
            {
                return true;
            }
        }

        return false;
    }
}
