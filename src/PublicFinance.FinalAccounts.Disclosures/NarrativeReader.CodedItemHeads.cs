using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (lists51; blind round 47, t05 and t08): a numbered line of the 一般公共预算 section that opens with an item's name
/// and its code in brackets before a colon, with no level mark — "1、行政运行（2040601）：年初预算数598.00万元，决算数612.48万元，
/// 完成年初预算的102.42%", "１．行政运行（２０１３２０１）：年初预算…" (full-width, normalised). No line reader took it (the name
/// before the colon had a digit, the code), and the clause reader took the name only before an amount: the budget after the
/// colon went to the subject before — the section's total or its last 类 (a budget not theirs) — and the item was missed.
/// </summary>
/// <remarks>
/// Session 52 (r49fix): also on an unnumbered line that opens its paragraph — the name and its code are the entry's mark. Only
/// when the words before the colon are exactly a functional name with a written code (<see cref="TryFunctionalName"/> reads
/// all of them: a name, an expenditure code of 7 digits), and the code is not a 类's. The item is then the line's subject,
/// as "1.行政运行：…" is (UnclassedItems).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="text"/> (a line of the 一般公共预算 section) opens with an item's name and bracketed code
    /// before a colon, with or without an entry number before it (see the remarks): the item's <paramref name="name"/> and
    /// code, and where the colon is (<paramref name="consumed"/>).
    /// </summary>
    private bool CodedItemHead(string text, out FunctionalName name, out FunctionalCode code, out int consumed)
    {
        // Session 52 (r49fix): an unnumbered paragraph that opens with the head is that item's too ("行政运行（2010201）：决算…"
        // after a 款 line, blind round 49 t10) — the whole head, name and written code up to the colon, is the mark.
        return CodedItemHeadAt(
            text, section == Section.GeneralBudget ? EntryNumberEnd(text) : -1, out name, out code, out consumed);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds, from <paramref name="start"/> (past its entry number; -1: none), an item's name and
    /// bracketed 7-digit code before a colon (<see cref="CodedItemHead"/>, <see cref="AppropriationCodedItemHead"/>).
    /// </summary>
    private bool CodedItemHeadAt(string text, int start, out FunctionalName name, out FunctionalCode code, out int consumed)
    {
        name = default;
        code = default;
        consumed = 0;
        if (start < 0)
        {
            return false;
        }

        start = CodeFirstHeadStart(text, start);   // session 57: "（2050302）中等职业教育：…" (CodeFirstItemHeads)
        var colon = ItemHeadEnd(text, start);
        if (colon - start < 6 || colon - start > 80 || (text[colon - 1] != ')' && !BracketedCodeAt(text, start)))
        {
            return false;
        }

        var head = text.Substring(start, colon - start);
        if (BracketedCodeAt(head, 0))
        {
            head = head.Substring(9) + head.Substring(0, 9);   // session 57: "(2050302)中等职业教育" read as "中等职业教育(2050302)"
        }

        if (!TryFunctionalName(head, year, out var found) || found.Code is not { Length: 7 } written
            || head.Substring(found.RestStart).Trim().Length > 0 || HasDigit(found.Name))
        {
            return false;
        }

        name = found;
        code = FunctionalCode.FromDigits(written);
        consumed = colon;
        return true;
    }

    /// <summary>
    /// Where an item's head ends: its colon, or (session 61, r58fix; blind round 58 t06) a full stop right after the bracketed
    /// code when it comes first — "2.一般行政管理事务（2010102）。年初预算80.00万元，支出决算76.40万元，完成年初预算的95.50%。":
    /// the name and its code are a sentence of their own, and the budget, the 决算 and the completion are that 项's. Before,
    /// with no colon, they were the section total's 年初预算 / 决算 / 完成率 again (six false FA8003).
    /// </summary>
    private static int ItemHeadEnd(string text, int start)
    {
        var colon = text.IndexOf(':', start);
        var stop = text.IndexOf('。', start);
        return stop > start && text[stop - 1] == ')' && (colon < 0 || stop < colon) ? stop : colon;
    }
}
