namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (r54fix; blind round 54, t07): a 项 line that writes its bracketed code before its name —
/// "（2050302）中等职业教育：年初预算1286.00万元，调整预算1362.50万元，决算数1348.27万元，决算数为调整预算数的98.96%". The entry-number
/// reader took the bracketed code for a list number ("（1）"), so the name alone came before the colon and
/// <see cref="CodedItemHeadAt"/> (which wanted the code last) refused it: the line's budgets went to the section's total as
/// figures of another kind. The head is the code and the catalogue's (or written) name up to the colon, read by
/// <see cref="TryFunctionalName"/> with the code moved after the name — only in this head, never in any label.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Where an item's head starts in <paramref name="text"/> whose entry number (if any) ends at <paramref name="start"/>:
    /// at the bracketed 7-digit expenditure code the entry-number reader took for a number ("（2050302）…", start 0), else
    /// <paramref name="start"/> unchanged.
    /// </summary>
    private static int CodeFirstHeadStart(string text, int start)
    {
        if (start > 0 && BracketedCodeAt(text, 0))
        {
            var close = text.IndexOf(')', 0);
            if (close >= 0 && text.AsSpan(close + 1, start - close - 1).Trim().Length == 0)
            {
                return 0;   // the "entry number" was the code itself
            }
        }

        return start;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds at <paramref name="at"/> a bracketed 7-digit expenditure code (first digit 2)
    /// followed by a name ("(2050302)中等职业教育"): a code-first item head.
    /// </summary>
    private static bool BracketedCodeAt(string text, int at)
    {
        if (at < 0 || at + 10 > text.Length || text[at] != '(' || text[at + 1] != '2' || text[at + 8] != ')')
        {
            return false;
        }

        for (var i = at + 1; i < at + 8; i++)
        {
            if (!Scanner.IsDigit(text[i]))
            {
                return false;
            }
        }

        return !Scanner.IsDigit(text[at + 9]) && text[at + 9] is not (':' or ' ');
    }
}
