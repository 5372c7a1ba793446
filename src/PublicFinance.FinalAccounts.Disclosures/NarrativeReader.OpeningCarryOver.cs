using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 25, gap 4: a carry-over of earlier years named without 和结余 — 上年结转, 上年结转资金, 以前年度结转资金, 以前年度结转和
/// 结余 — in the composition of a grand total ("收入总计 900.00 万元，其中：本年收入 800.00 万元，上年结转 100.00 万元") stands where
/// 年初结转和结余 stands in the 总计 row, and is that member (<c>overall/openingCarryOver</c>, or
/// <c>appropriation/openingCarryOver</c> after a 财政拨款 grand total). Anywhere else — beside 本年收入, in a 三公 table, with a 结余
/// of its own in the sentence before its expenditure grand total — it stays the located note it was, never a part of 本年收入.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words before 结转 that name earlier years' money.</summary>
    private static readonly string[] EarlierYearWords = ["上年度", "上年", "以前年度", "往年", "历年", "上一年度"];

    /// <summary>The words after them that keep the label a carry-over's name (资金, 和结余…), longest first.</summary>
    private static readonly string[] CarryOverTails = ["资金和结余", "和结余资金", "结余资金", "和结余", "结余", "资金", "数", ""];

    /// <summary>
    /// An amount no label placed, labelled by a carry-over of earlier years (<see cref="IsEarlierCarryOver"/>), right after the
    /// overview's or the 财政拨款 section's 收入总计 in its sentence (no 支出总计 between): that section's
    /// <c>openingCarryOver</c>. Not when the member is held already, when the label names a fund in the overview, or when
    /// the label says 结转 only and the sentence names a 结余 as well before its 支出总计 (then 结转 is only a part of 年初结转和
    /// 结余). True when placed.
    /// </summary>
    private bool EarlierCarryOver(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var fund = section switch
        {
            Section.Overall => "overall",
            Section.Appropriation => "appropriation",
            _ => null,
        };
        if (fund is null || !IsEarlierCarryOver(label, out var withSurplus)
            || fund == "overall" && (label.Contains("财政拨款") || label.Contains("预算"))
            || b.Has(N + fund + "/openingCarryOver/amount"))
        {
            return false;
        }

        var from = b.TextSpan(sentenceStart, sentenceStart);
        if (GrandTotalSpanIn(N + fund + "/incomeGrandTotal/amount", from, span) is not { } income
            || GrandTotalSpanIn(N + fund + "/expenditureGrandTotal/amount", from, span) is { } expenditure && Before(income, expenditure))
        {
            return false;
        }

        if (!withSurplus && IncomeHalfContains(clause, token, "结余"))
        {
            return false;   // "上年结转 80.00 万元、上年结余 20.00 万元": the 结转 is a part of 年初结转和结余
        }

        b.Set(N + fund + "/openingCarryOver/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;   // the carry-over's figure either way: a different one held already is a conflict Set reports
    }

    /// <summary>
    /// Whether the sentence has <paramref name="word"/> before its expenditure grand total (支出总计) that follows the carry-over
    /// <paramref name="token"/> (a position in the clause), or anywhere in it when none follows or the clause is not read in
    /// place: "…上年结转 100.00 万元；支出总计…，年末结转和结余 50.00 万元" names no 结余 of the income half (review 25).
    /// </summary>
    private bool IncomeHalfContains(ClauseView clause, NumberToken token, string word)
    {
        if (!ReferenceEquals(clause.Sentence.Text, currentSentence))
        {
            return SentenceContains(word);
        }

        var at = Math.Min(clause.Start + token.End, currentSentenceTo);
        var total = currentSentence.IndexOf("支出总计", at, currentSentenceTo - at, StringComparison.Ordinal);
        var end = total >= 0 ? total : currentSentenceTo;
        return currentSentence.IndexOf(word, currentSentenceFrom, end - currentSentenceFrom, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Whether <paramref name="label"/> (compact) ends with a carry-over of earlier years: one of
    /// <see cref="EarlierYearWords"/>, optionally 财政拨款, then 结转 and one of <see cref="CarryOverTails"/>, optionally 为/是.
    /// <paramref name="withSurplus"/> tells whether it names the 结余 too.
    /// </summary>
    private static bool IsEarlierCarryOver(string label, out bool withSurplus)
    {
        withSurplus = false;
        var end = label.Length;
        if (end > 0 && label[end - 1] is '为' or '是' or ':')
        {
            end--;
        }

        foreach (var tail in CarryOverTails)
        {
            var at = end - tail.Length - 2;
            if (at < 0 || string.CompareOrdinal(label, end - tail.Length, tail, 0, tail.Length) != 0
                || string.CompareOrdinal(label, at, "结转", 0, 2) != 0)
            {
                continue;
            }

            if (at >= 4 && string.CompareOrdinal(label, at - 4, "财政拨款", 0, 4) == 0)
            {
                at -= 4;
            }

            foreach (var word in EarlierYearWords)
            {
                if (at >= word.Length && string.CompareOrdinal(label, at - word.Length, word, 0, word.Length) == 0
                    && LeadsCarryOver(label, at - word.Length))
                {
                    withSurplus = tail.Contains("结余");
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether the words before the carry-over's name at <paramref name="at"/> are a list's lead only (其中, 包括, a
    /// clause mark), so the label names nothing else ("动用上年结转" is a use, not the balance).</summary>
    private static bool LeadsCarryOver(string label, int at)
    {
        var lead = label.AsSpan(0, at).Trim();
        return lead.Length == 0 || lead is "其中" or "其中:" or "包括" or "包括:" or "以及" or "和" or "及" or "、" or "加上";
    }
}
