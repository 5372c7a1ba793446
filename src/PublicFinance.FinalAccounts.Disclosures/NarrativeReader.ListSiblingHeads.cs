namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t05): a 其中 list cut by ';' whose next segment opens a new statement of the head's own level —
/// "本年收入13,512.12万元，比上年增加…，其中财政拨款收入…，其他收入25.40万元，占0.19%；本年支出13,777.23万元，比上年增加
/// 1,546.75万元，增幅为12.65%，其中…". The list reader counted 本年支出 as one more part of the income list and, the parts being
/// cut by ';', held the change after it as uncertain (a note): 2 figures lost. A segment after ';' whose figure is the other
/// flow of the list's head (本年支出 after an income list, 本年收入 after an expenditure list: <see cref="IncomeFlowFigures"/>,
/// <see cref="ExpenditureFlowFigures"/>) is no part of it — the list ended at the ';' — and a change right after that figure
/// is the figure's own, read as before. Any other segment (a part: 项目支出 after 基本支出) and a grand total's list are as
/// before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the list's last part, in <paramref name="text"/>, opens a segment after ';' and is the other flow of the list's
    /// head (not a grand total): a new statement, not a part.
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

        return before >= 0 && text[before] is ';' or '；'
            && (IsFlowFigure(head, IncomeFlowFigures) && IsFlowFigure(last, ExpenditureFlowFigures)
                || IsFlowFigure(head, ExpenditureFlowFigures) && IsFlowFigure(last, IncomeFlowFigures));
    }

    /// <summary>Whether <paramref name="figure"/> (a narrative pointer) is one of <paramref name="figures"/>.</summary>
    private static bool IsFlowFigure(string figure, string[] figures)
        => figures.Any(f => string.Equals(figure, N + f, StringComparison.Ordinal));
}
