using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (narr46; blind round 38 t10, session 45's notes; issue 8, precision first): comparisons whose figure is named,
/// not stated, in their own sentence.
/// <list type="bullet">
/// <item>"本年支出为年初预算的 134.94%，比年初预算多支出 1816.8 万元" after a sentence ending on 项目支出: the rate and the
/// difference are 本年支出's, not the last figure read. A sentence that states no amount before its first rate against a
/// budget and names a figure before 为 / 完成 / 占 / 达 ("NAME为年初预算的") makes that figure its subject when the report
/// holds its amount (or its twin's: 本年支出 in the 支出 section is the overview's 本年支出 when only that was stated); when
/// it holds neither the rate is a located note, and so is a bare-short difference after it ("比年初预算多支出 X 万元",
/// which before could become the section's total when no figure was open).</item>
/// <item>"本年支出比上年少支出 20.00 万元": 少 / 多 (with 了, 支出, 支出了) right after a comparison with the prior year
/// (比上年, 较上年度, 比去年 …) is a decrease / an increase of that amount — a change, never a prior-year amount.</item>
/// <item>A change or rate whose named figure (本年支出, 本年收入) has no amount in the section while its twin of the overview
/// has is that twin's (<see cref="WithHeldTwin"/>): before, the change was put on the empty section total and dropped.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words between a figure's name and the budget it is compared with ("为年初预算的", "完成调整预算的").</summary>
    private static readonly string[] BudgetRateVerbs = ["完成了", "完成", "为", "占", "达到", "达"];

    /// <summary>The budget's words between the verb and 预算 ("为年初预算的": 年初).</summary>
    private static readonly string[] BudgetRateKinds = ["", "年初", "调整", "调整后", "全年", "年度"];

    /// <summary>The comparisons with the prior year a bare 少 / 多 may follow ("比上年少支出").</summary>
    private static readonly string[] PriorComparisons =
        ["比上年度", "较上年度", "比上一年度", "较上一年度", "比上一年", "较上一年", "比上年", "较上年", "比去年", "较去年", "与上年相比"];

    /// <summary>The sentence whose named figure <see cref="NamedBudgetRateSubject"/> made the subject, and that figure.</summary>
    private (int Sentence, string? Pointer) namedRateSubject = (-1, null);

    /// <summary>
    /// Closes the subject a named rate opened once its sentence is over: the figure was named, not stated, and the sentences
    /// after it (an item's "调整预算 412.0 万元" under a heading not recognised) are not its.
    /// </summary>
    private void CloseNamedRateSubject()
    {
        if (namedRateSubject.Sentence < 0 || namedRateSubject.Sentence == sentenceStart)
        {
            return;
        }

        if (string.Equals(subject, namedRateSubject.Pointer, StringComparison.Ordinal))
        {
            subject = null;
            budget = null;
        }

        namedRateSubject = (-1, null);
    }

    /// <summary>
    /// A rate against a budget in a sentence that stated no figure and names one before it (see the type): that figure
    /// becomes the subject (false: read on as a completion rate), or, not held, the rate is a note (true).
    /// </summary>
    private bool NamedBudgetRateSubject(ClauseView clause, string label, SourceSpan span)
    {
        if (subject is not null && subjectSentence == sentenceStart || NameBeforeBudgetRate(Trimmed(label)) is not { } name
            || Resolve(name) is not { } target || target.IndexOf('*') >= 0)
        {
            return false;
        }

        var held = WithHeldTwin(N + target);
        if (b.Find(held + "/amount") is null)
        {
            Note(span, DisclosureMessages.BudgetComparisonOfUnstatedFigure, clause);
            subject = null;
            budget = null;
            return true;
        }

        if (!string.Equals(held, subject, StringComparison.Ordinal))
        {
            subject = held;
            budget = null;
        }

        subjectSentence = sentenceStart;
        namedRateSubject = (sentenceStart, held);
        return false;
    }

    /// <summary>
    /// The figure's name in "NAME为年初预算的" (a verb of <see cref="BudgetRateVerbs"/>, a kind of <see cref="BudgetRateKinds"/>,
    /// then 预算): at least three characters, no figure, no 决算 (the subject's own final: "决算数为预算的…") and no word that
    /// refers back; else null.
    /// </summary>
    private static string? NameBeforeBudgetRate(string written)
    {
        var budgetAt = written.IndexOf("预算", StringComparison.Ordinal);
        if (budgetAt <= 0)
        {
            return null;
        }

        foreach (var kind in BudgetRateKinds)
        {
            var kindAt = budgetAt - kind.Length;
            if (kindAt <= 0 || string.CompareOrdinal(written, kindAt, kind, 0, kind.Length) != 0)
            {
                continue;
            }

            foreach (var verb in BudgetRateVerbs)
            {
                var verbAt = kindAt - verb.Length;
                if (verbAt <= 0 || string.CompareOrdinal(written, verbAt, verb, 0, verb.Length) != 0)
                {
                    continue;
                }

                var name = written.Substring(0, verbAt).Trim();
                var cut = name.LastIndexOfAny([',', ':', ';', '。', '，', '：', '；']);
                name = (cut >= 0 ? name.Substring(cut + 1) : name).Trim();
                return name.Length < 3 || HasDigit(name) || name.IndexOf("决算", StringComparison.Ordinal) >= 0 || RefersBack(name)
                    ? null : name;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="pointer"/>, or its twin the checks equate it with (FA1208: the 支出 / 收入 sections' totals and the
    /// overview's 本年支出 / 本年收入) when only the twin holds an amount.
    /// </summary>
    private string WithHeldTwin(string pointer)
    {
        if (b.Find(pointer + "/amount") is not null)
        {
            return pointer;
        }

        var twin = pointer.Substring(N.Length) switch
        {
            "expenditure/total" => "overall/currentYearExpenditure",
            "income/total" => "overall/currentYearIncome",
            "overall/currentYearExpenditure" => "expenditure/total",
            "overall/currentYearIncome" => "income/total",
            _ => null,
        };
        return twin is not null && b.Find(N + twin + "/amount") is not null ? N + twin : pointer;
    }

    /// <summary>The bare directions 少 and 多 (<see cref="PriorComparedShortDirection"/>), one array for every label.</summary>
    private static readonly char[] LessOrMore = ['少', '多'];

    /// <summary>
    /// "比上年少支出", "较上年度多": the direction of a bare 少 / 多 (and what may follow it) right after a comparison with the
    /// prior year ending the label; null for any other label.
    /// </summary>
    internal static string? PriorComparedShortDirection(string label)
        => label.IndexOfAny(LessOrMore) < 0 ? null : PriorComparedShortDirectionPlain(label);   // session 47: no 少 / 多, none

    /// <summary>
    /// <see cref="PriorComparedShortDirection"/> without its pre-test (a label without 少 or 多 has none: most labels, asked
    /// at every figure without a direction word); the oracle of SpeedSessionFortySevenTests.
    /// </summary>
    internal static string? PriorComparedShortDirectionPlain(string label)
    {
        var word = label.Trim();
        var at = word.LastIndexOfAny(LessOrMore);
        if (at < 2 || !IsShortDirectionTail(word.AsSpan(at + 1)))
        {
            return null;
        }

        foreach (var comparison in PriorComparisons)
        {
            var from = at - comparison.Length;
            if (from >= 0 && string.CompareOrdinal(word, from, comparison, 0, comparison.Length) == 0)
            {
                return word[at] == '少' ? "decrease" : "increase";
            }
        }

        return null;
    }
}
