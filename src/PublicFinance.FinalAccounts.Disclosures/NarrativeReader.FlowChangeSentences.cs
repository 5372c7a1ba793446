namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (blind round 50, t10): in the overview, a sentence that states the year's income or expenditure alone and its
/// prior-year figure, then a sentence of its own for the change — "本年支出 X 万元，上年决算数 Y 万元。与上年相比，增加 Z 万元，增长
/// R%，因…". The change and the prior-year figure are that figure's (<c>overall/currentYearIncome/change</c> or
/// <c>…/currentYearExpenditure/change</c>), as when the change stands in the same sentence. Before, both went to the
/// overview's change of the grand totals: the income's change was checked against 收入总计 (a false FA2105), and the
/// expenditure's change, read there again, contradicted it (a false FA8003 ×2).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a sentence opens with that only name the prior year as the basis of its change.</summary>
    private static readonly string[] FlowChangeOpenings =
        ["与上年相比", "与上年度相比", "与上一年度相比", "同上年相比", "比上年", "较上年", "比上年度", "较上年度", "同比"];

    /// <summary>
    /// Whether the current sentence opens with a bare comparison with the prior year (<see cref="FlowChangeOpenings"/>) right
    /// after the sentence of the paragraph that stated the subject — the year's income or expenditure — and that sentence names
    /// one flow only (收入 or 支出, not both) and its prior-year figure (<see cref="OverviewFlowPrior"/>): the subject is kept for
    /// the sentence, and its change is the subject's. Without the prior-year clause ("本年支出合计 280.00 万元。与上年相比，减少…")
    /// the change stays the overview's, as before (PhrasingGeneralisationTests).
    /// </summary>
    private bool FlowChangeSentence()
    {
        if (section != Section.Overall || subjectSentence < 0 || subjectSentence != previousSentenceStart || currentSentenceFrom <= 0
            || !(subject == N + "overall/currentYearIncome" || subject == N + "overall/currentYearExpenditure")
            || !b.Has(subject + "/change", "priorYearAmount") || !FlowChangeOpenings.Any(SentenceOpensWith))
        {
            return false;
        }

        var text = currentSentence;
        var end = currentSentenceFrom;
        while (end > 0 && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        if (end == 0 || text[end - 1] is not ('。' or '.'))
        {
            return false;   // the sentence before is not of this paragraph
        }

        var start = end > 1 ? text.LastIndexOf('。', end - 2) + 1 : 0;
        var income = text.IndexOf("收入", start, end - start, StringComparison.Ordinal) >= 0;
        var expenditure = text.IndexOf("支出", start, end - start, StringComparison.Ordinal) >= 0;
        return income != expenditure;
    }

    /// <summary>
    /// The change a bare prior-year clause ("上年决算数 Y 万元") of the overview belongs to when the sentence stated the year's
    /// income or expenditure before it: that figure's change; else null (the overview's change, as before).
    /// </summary>
    private string? OverviewFlowPrior(string label)
    {
        if (section != Section.Overall || subject is not { } stated || subjectSentence != sentenceStart || SubjectIsItem
            || !(stated == N + "overall/currentYearIncome" || stated == N + "overall/currentYearExpenditure")
            || AfterPriorYearOpening(Trimmed(label)) is not { } rest || !IsBarePriorRest(rest))
        {
            return null;
        }

        return stated + "/change";
    }

    /// <summary>Whether what follows the prior-year word names nothing of its own ("决算数", "决算数为", "为", nothing).</summary>
    private static bool IsBarePriorRest(string rest)
    {
        var trimmed = rest.Trim();
        return trimmed.Length == 0 || Array.IndexOf(PriorYearFillers, trimmed) >= 0;
    }
}
