using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41 t06 and t09): a difference from the budget written with a bare 少 or 多 —
/// "“三公”经费支出 7.03 万元，年初预算 8.00 万元，比年初预算少支出 0.97 万元", "…支出 33.16 万元，比预算少 4.84 万元". "比年初预算
/// 减少 X 万元" was read (a direction word in a label that mentions the budget is the final's difference from that budget,
/// on the subject of the sentence: <c>BudgetDifference</c>); 少 / 多 was a direction only as a label of its own ("比去年 3.01
/// 万元少 0.07 万元", <see cref="ShortDirection"/>), so these amounts were "amounts the reader could not place". Now a label
/// that is only the comparison with a budget and the short word — 比 or 较, a budget's words (…预算, …预算数; at most six
/// characters), then 少 or 多 with what may follow it (了, 支出, 支出了) — takes the same path, decrease for 少 and increase
/// for 多, when the sentence itself stated the subject's figure. Precision first: after a sentence that did not ("本年支出为
/// 年初预算的 134.94%，比年初预算多支出 1816.8 万元" after a sentence ending on 项目支出) the subject may be another figure than
/// the one compared, and the amount stays a note. "比上年少…" and any label naming something else are not read here.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest budget's words between 比 / 较 and 少 / 多 ("调整后预算数").</summary>
    private const int ComparedBudgetWordsMax = 6;

    /// <summary>
    /// The direction of a trimmed label "比 / 较 + a budget's words + 少 / 多 (+ 了, 支出, 支出了)": "decrease" for 少,
    /// "increase" for 多; null for any other label.
    /// </summary>
    internal static string? BudgetComparedShortDirection(ReadOnlySpan<char> word)
    {
        var at = word.LastIndexOfAny('少', '多');
        if (at < 3 || at - 1 > ComparedBudgetWordsMax || !IsShortDirectionTail(word.Slice(at + 1)))
        {
            return null;
        }

        var budgetWords = word.Slice(1, at - 1);
        var ends = budgetWords.EndsWith("预算".AsSpan(), StringComparison.Ordinal)
            || budgetWords.EndsWith("预算数".AsSpan(), StringComparison.Ordinal);
        if (!ends || budgetWords.IndexOfAny('上', '去') >= 0 || !MentionsBudget(budgetWords.ToString()))
        {
            return null;
        }

        return word[at] == '少' ? "decrease" : "increase";
    }

    /// <summary>
    /// The final's difference from its budget worded with a bare 少 / 多 (see the class): placed as "比年初预算减少 / 增加" is
    /// when the subject's figure was stated in this sentence; true when placed.
    /// </summary>
    private bool ShortBudgetDifference(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var word = label.AsSpan().Trim();
        if (word.Length == 0 || word[0] is not ('比' or '较') || BudgetComparedShortDirection(word) is not { } direction)
        {
            return false;
        }

        if (subject is null || subjectSentence != sentenceStart)
        {
            // Session 46: no figure stated in the sentence — the difference is no one's certain, and read on it became the
            // section's total ("本年支出为年初预算的 X%，比年初预算多支出 Y 万元" with 本年支出 not held): a note (NamedBudgetRates).
            Note(span, DisclosureMessages.BudgetComparisonOfUnstatedFigure, clause);
            return true;
        }

        BudgetDifference(direction == "decrease" ? "finalBelowBudget" : "finalAboveBudget", label, token, span, clause.Text);
        return budget is not null;
    }
}
