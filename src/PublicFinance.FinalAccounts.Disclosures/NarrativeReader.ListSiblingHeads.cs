namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t05): a 其中 list cut by ';' whose next segment opens a new statement of the head's own level —
/// "本年收入13,512.12万元，比上年增加…，其中财政拨款收入…，其他收入25.40万元，占0.19%；本年支出13,777.23万元，比上年增加
/// 1,546.75万元，增幅为12.65%，其中…". The list reader counted 本年支出 as one more part of the income list and, the parts being
/// cut by ';', held the change after it as uncertain (a note): 2 figures lost. A segment after ';' whose figure is a sibling of
/// the list's head (the same parent in the report: overall/currentYearIncome and overall/currentYearExpenditure) is no part of
/// it — the list ended at the ';' — and a change right after that figure is the figure's own, read as before. A grand total's
/// list (收入总计: its parts are its siblings) is as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the list's last part, in <paramref name="text"/>, opens a segment after ';' and is a sibling of the list's head
    /// (not a grand total): a new statement, not a part.
    /// </summary>
    private bool ListClosedBySibling(string text)
    {
        if (listHeadSubject is not { } head || listLastPart is not { } last || IsGrandTotal(head) || listLastPartClause <= 0
            || listLastPartClause > text.Length)
        {
            return false;
        }

        var before = listLastPartClause - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var parent = head.LastIndexOf('/');
        return before >= 0 && text[before] is ';' or '；' && parent > 0 && last.Length > parent + 1
            && string.CompareOrdinal(last, 0, head, 0, parent + 1) == 0 && last.IndexOf('/', parent + 1) < 0;
    }
}
