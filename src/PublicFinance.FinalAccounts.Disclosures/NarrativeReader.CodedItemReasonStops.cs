namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 48 (blind round 44, t10): a reason inside a list of items named by their codes in brackets, with no list marker and
/// no level mark — "…变动原因：受疫情影响，…费用减少；审计管理（2010806）调整预算150.00万元，决算163.58万元，…" — ran across the
/// ';' into the next item: its adjusted budget, final figure and rate became part of the reason text and were lost.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest name written before a bracketed code that <see cref="CodedItemAfterReason"/> looks at.</summary>
    private const int CodedItemNameLength = 30;

    /// <summary>
    /// Whether the clause at <paramref name="at"/> (after a ';' inside a reason) opens with an item named by its code in
    /// brackets — a name of Chinese words, then "(2010806)" (5 or 7 digits) that <see cref="TryFunctionalName"/> places — and a
    /// figure of its own right after the code, before any direction word ("审计管理(2010806)调整预算150.00万元"). A reason's
    /// own list names its items with a direction before the figure ("行政运行(2010101)增加20.00万元") and goes on.
    /// </summary>
    private static bool CodedItemAfterReason(string t, int at, int to)
    {
        var open = at;
        var limit = Math.Min(to, at + CodedItemNameLength);
        while (open < limit && t[open] != '(')
        {
            if (Scanner.IsDigit(t[open]) || t[open] is ',' or ';' or ':' or '。' or '、' or ' ')
            {
                return false;
            }

            open++;
        }

        if (open - at < 2 || open >= limit)
        {
            return false;
        }

        var close = open + 1;
        while (close < to && Scanner.IsDigit(t[close]))
        {
            close++;
        }

        if (close - open - 1 is not (5 or 7) || close >= to || t[close] != ')'
            || !TryFunctionalName(t.Substring(at, close + 1 - at), 0, out var name) || name.Code is null)
        {
            return false;
        }

        return StartsWithFigure(t, close + 1, ClauseEndAt(t, close + 1, to));
    }
}
