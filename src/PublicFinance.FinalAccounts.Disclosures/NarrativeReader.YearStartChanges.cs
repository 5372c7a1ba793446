namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (precise53; blind round 49 t09): a change against the start of the same year — "年末财政拨款结转结余较年初增加
/// 44.46万元", "年末资产总额比年初减少…", "与年初相比增加…" — is a change within the year (年末 against 年初), never a change on last
/// year. Read as one, it became the section's change (and FA2106 asked for a reason the text never owed). Only 年初 not
/// followed by a budget's words (预算, 计划, 批复, 下达, 安排) counts: "较年初预算减少…" is the final against its budget, read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Set when the sentence stated a change against the start of the year: a rate after it that names no prior year
    /// ("…比年初减少 12.30 万元，下降 8.20%") is within the year too. Cleared at each sentence.
    /// </summary>
    private bool yearStartBasis;

    /// <summary>The comparison words a 年初 basis follows ("较年初", "比年初", "与年初相比", "同年初相比").</summary>
    private static readonly string[] YearStartComparisons = ["较年初", "比年初", "与年初", "同年初", "对比年初"];

    /// <summary>
    /// Whether <paramref name="label"/> compares with the start of the year itself (<see cref="YearStartComparisons"/>, then
    /// no 预 or 计划 after 年初 — not a budget set at the year's start).
    /// </summary>
    internal bool AgainstYearStart(string label)
    {
        if (!LabelHas(label, "年初"))
        {
            return false;   // most labels: one mask test (WordMask)
        }

        foreach (var word in YearStartComparisons)
        {
            for (var at = label.IndexOf(word, StringComparison.Ordinal); at >= 0;
                at = label.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var next = at + word.Length;
                if (!StartsBudgetWord(label, next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a budget's words ("预算", "预", "计划", "批复", "下达", "安排") start at <paramref name="at"/>.</summary>
    private static bool StartsBudgetWord(string label, int at)
    {
        foreach (var word in (ReadOnlySpan<string>)["预", "计划", "批复", "下达", "安排", "部门预算"])
        {
            if (string.CompareOrdinal(label, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
