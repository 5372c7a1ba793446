using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43: a carry-over split by kind of spending — "上年结转 120.00 万元（基本支出结转 45.00 万元，项目支出结转 75.00 万元）",
/// "年末结转和结余中，项目支出结余 30.00 万元" — names a part of the carry-over (基本支出结转, 项目支出结余), never the year's 基本支出
/// or 项目支出. The model holds no carry-over by kind, so the part is a located note; before, its label's 基本支出 / 项目支出
/// took the expenditure field and the year's own 基本支出 later met it as "a figure of another kind" (a false FA1203).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The kinds of spending a carry-over is split by (基本支出, 项目支出).</summary>
    private static readonly string[] SpendingKindsOfCarryOver = ["基本支出", "项目支出"];

    /// <summary>The words that make a kind of spending a carry-over's part right after it (结转, 结余).</summary>
    private static readonly string[] CarryOverWords = ["结转", "结余"];

    /// <summary>
    /// Whether the amount <paramref name="token"/> labelled <paramref name="label"/> is a kind's part of a carry-over
    /// (基本支出结转, 项目支出结余, 项目支出结转和结余): then it is noted, and nothing after it in the clause takes it as a subject.
    /// </summary>
    private bool KindCarryOverPart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (!token.IsMoney || !NamesKindCarryOver(label))
        {
            return false;
        }

        subject = null;   // a share or change after the part is not the carry-over's, nor the kind's
        budget = null;
        Note(span, DisclosureMessages.KindCarryOverPartNoField, clause);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="label"/> names a kind of spending followed at once (spaces aside) by 结转 or 结余: "基本支出结转",
    /// "项目支出 结余" — not "基本支出" alone, nor "结转下年的项目支出" (the kind after the carry-over word is another wording,
    /// left to the readers of carry-overs).
    /// </summary>
    internal static bool NamesKindCarryOver(string label)
    {
        foreach (var kind in SpendingKindsOfCarryOver)
        {
            for (var at = label.IndexOf(kind, StringComparison.Ordinal); at >= 0;
                 at = label.IndexOf(kind, at + kind.Length, StringComparison.Ordinal))
            {
                var after = at + kind.Length;
                while (after < label.Length && label[after] == ' ')
                {
                    after++;
                }

                foreach (var word in CarryOverWords)
                {
                    if (string.CompareOrdinal(label, after, word, 0, word.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
