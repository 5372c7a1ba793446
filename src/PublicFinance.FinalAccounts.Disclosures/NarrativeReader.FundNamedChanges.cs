using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 39 t02): a change whose clause names one fund's flow and states no amount of it — "1、政府性基金
/// 预算。…本年支出 961.04 万元…。政府性基金预算财政拨款支出较上年度增加 448.74 万元，增长 87.59%，主要是…" in the 财政拨款 section
/// (or the overview). It went to the statement's own change (<c>appropriation/change</c>, the change of the whole 财政拨款: no
/// Error, but a wrong field). Now the change, its rate and its reason are the named flow's (政府性基金 / 国有资本经营 本年收入 or
/// 本年支出, the 一般公共预算 part's income or the 一般公共预算 total: <see cref="FieldOf"/>) when the text has stated that flow's
/// amount before and no change of it; otherwise a located note — never the whole's change.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change a label named last (null: noted), the sentence it was named in and the number of claims then; null when none.
    /// </summary>
    private (string? Change, int Sentence, int Claims)? namedFundChange;

    /// <summary>Where the flow a change names ends: the words that open the comparison after it.</summary>
    private static readonly string[] ComparisonOpeners = ["较", "比", "同比", "与上年", "和上年"];

    /// <summary>The year words a named flow may open with ("2019年度政府性基金…", "本年度…").</summary>
    private static readonly string[] FlowYearWords = ["本年度", "本年", "年度", "年"];

    /// <summary>
    /// Whether the change at <paramref name="span"/> (its <paramref name="label"/>) is a named fund flow's (see the type's
    /// summary): true with <paramref name="change"/> that flow's change, or null when it was noted (done); false when the
    /// label names no fund's flow (the ordinary owner). A bare rate or amount after a named change in its sentence ("…增加
    /// 448.74 万元，增长 87.59%") follows it.
    /// </summary>
    private bool NamedFundFlowChange(ClauseView clause, string label, SourceSpan span, out string? change)
    {
        change = null;
        if (section is not (Section.Appropriation or Section.Overall))
        {
            return false;
        }

        var field = NamedFundFlow(label, out var head);
        if (field is null)
        {
            if (namedFundChange is not { } open || open.Sentence != sentenceStart
                || !(OnlyDirection(label) || OnlyRateWord(label) || OnlyBasislessChangeWord(label))
                || (open.Change is null ? b.Claims.Count != open.Claims : !LastClaimUnder(open.Change)))
            {
                return false;   // not right after the named change: another figure came between
            }

            change = open.Change;
        }
        else
        {
            change = (b.Has(field, "amount") || FlowStatedBefore(head)) && !b.Has(field + "/change", "direction")
                ? field + "/change" : null;
            namedFundChange = (change, sentenceStart, b.Claims.Count);
        }

        if (change is null)
        {
            subject = null;
            budget = null;
            Note(span, DisclosureMessages.FundChangeOfUnstatedFlow, clause);
        }

        return true;
    }

    /// <summary>
    /// Whether the paragraph states the flow named <paramref name="head"/> with its amount before the sentence being read
    /// ("国有资本经营预算财政拨款收入 600.00 万元。国有资本经营预算财政拨款收入比上年减少…"): the typed statements place that amount
    /// after the text (<c>PlaceStatements</c>), so the change is the flow's though its field is empty yet.
    /// </summary>
    private bool FlowStatedBefore(string head)
    {
        var t = currentSentence;
        for (var at = t.IndexOf(head, StringComparison.Ordinal); at >= 0 && at < currentSentenceFrom;
             at = t.IndexOf(head, at + 1, StringComparison.Ordinal))
        {
            var next = SkipSpaces(t, at + head.Length, currentSentenceFrom);
            next = next < currentSentenceFrom && t[next] is '为' or '是' or ':' ? SkipSpaces(t, next + 1, currentSentenceFrom) : next;
            if (next < currentSentenceFrom && Scanner.IsDigit(t[next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the last claim made is under <paramref name="pointer"/>.</summary>
    private bool LastClaimUnder(string pointer)
        => b.Claims.Count > 0 && b.Claims[b.Claims.Count - 1].Pointer.StartsWith(pointer, StringComparison.Ordinal);

    /// <summary>
    /// The field of the fund's flow a change's label names before its comparison ("政府性基金预算财政拨款支出较上年度增加" → the
    /// fund's <c>currentYearExpenditure</c>): the fund's name and its noise words (预算, 财政, 拨款) only, then 支出 or 收入, after a
    /// year at most; null for any other label (a whole, a class, an item, the bare comparison).
    /// </summary>
    internal static string? NamedFundFlow(string label) => NamedFundFlow(label, out _);

    /// <summary>As <see cref="NamedFundFlow(string)"/>, with the flow's name as written (<paramref name="head"/>: the words
    /// before the comparison, without the year).</summary>
    private static string? NamedFundFlow(string label, out string head)
    {
        head = string.Empty;
        var end = -1;
        foreach (var opener in ComparisonOpeners)
        {
            var at = label.IndexOf(opener, StringComparison.Ordinal);
            if (at > 0 && (end < 0 || at < end))
            {
                end = at;
            }
        }

        if (end < 0)
        {
            return null;
        }

        head = label.Substring(0, end).Trim();
        var digits = 0;
        while (digits < head.Length && Scanner.IsDigit(head[digits]))
        {
            digits++;
        }

        head = head.Substring(digits);
        foreach (var word in FlowYearWords)
        {
            if (head.StartsWith(word, StringComparison.Ordinal))
            {
                head = head.Substring(word.Length);
                break;
            }
        }

        var flow = head.EndsWith("支出", StringComparison.Ordinal) ? StatementFlow.Expenditure
            : head.EndsWith("收入", StringComparison.Ordinal) ? StatementFlow.Income : (StatementFlow?)null;
        if (flow is null || FundOfPartName(head.Substring(0, head.Length - 2)) is not { } fund)
        {
            return null;
        }

        return FundFlowField(fund, flow.Value);
    }

    /// <summary>The field of a fund's flow (<see cref="FieldOf"/>) for the fund as a section (一般公共预算, 政府性基金, 国有资本经营).</summary>
    private static string FundFlowField(Section fund, StatementFlow flow) => FieldOf(fund switch
    {
        Section.GeneralBudget => StatementFund.GeneralBudget,
        Section.GovernmentFund => StatementFund.GovernmentFund,
        _ => StatementFund.StateCapital,
    }, flow)!;
}
