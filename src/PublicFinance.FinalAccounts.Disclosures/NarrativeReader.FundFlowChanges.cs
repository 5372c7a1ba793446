namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36, family G): two changes of one fund in one sentence. "本年政府性基金预算财政拨款收入
/// 3,200.00 万元，较上年减少 800.00 万元，减幅 20.00%；支出 3,150.00 万元，同比下降 10.00%，较上年减少 350.00 万元" put the
/// income's change on the fund's statement (<c>/narrative/governmentFund/change</c>, where no rule has a current figure to
/// check it against), and the expenditure's change then found the statement's change taken (<see cref="FundExpenditureChange"/>
/// wants none) and was dropped as "another kind". Now, as for the expenditure since blind round 34, the change stated right
/// after the fund's income in its sentence is the income's (<c>…/currentYearIncome/change</c>, checked by FA2104 on 3,200.00),
/// so the statement keeps no change and the expenditure's goes to its own member. Only when the income is the subject,
/// stated in the change's sentence, the statement has no change of its own, and no income grand total equal to the income is
/// stated (a grand total of another value is another base: the change after the income is still the income's). 国有资本经营
/// the same.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change of a fund statement's income stated in this sentence (<c>…/currentYearIncome/change</c>), when the income
    /// is the subject (see the type's summary); else null.
    /// </summary>
    private string? FundIncomeChange(string? owner)
    {
        if (!FundStatementSection || owner is null || owner != StatementPointer || subjectSentence != sentenceStart
            || subject is not { } stated || stated.Length != owner.Length + "/currentYearIncome".Length
            || !stated.EndsWith("/currentYearIncome", StringComparison.Ordinal) || AmountAt(stated) is not { } income
            || b.Has(owner, "change") || AmountAt(owner + "/incomeGrandTotal") is { } grandTotal && grandTotal == income)
        {
            return null;
        }

        return stated + "/change";
    }
}

/// <summary>
/// Session 39 (issue 8; blind round 36 t06): whose reason in a fund's section. With each flow's change on its own member
/// (<see cref="NarrativeReader.FundIncomeChange"/>), "收入减少主要是专项债券资金减少；支出减少主要是项目完工" names the flow of each
/// reason: the reason whose head (the words before its marker, no figure, no clause break) names 收入 alone is the income's
/// change, 支出 alone the expenditure's — not the change read last; a head naming a flow whose change is not stated, has its
/// reason already or moved the other way gives the reason to no change (a note; FA2106 stays). A ';' after a reason ends it
/// when the part after it is a reason of the other flow, so that each part is read as a reason of its own.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The flow a reason's head names alone: 1 income, 2 expenditure, 0 none or both.</summary>
    private static int FlowOfHead(string t, int from, int to)
    {
        if (to - from < 2 || to - from > 20 || HasDigitIn(t, from, to) || t.IndexOfAny(HeadBreaks, from, to - from) >= 0
            || t.IndexOf("收支", from, to - from, StringComparison.Ordinal) >= 0)
        {
            return 0;
        }

        var income = t.IndexOf("收入", from, to - from, StringComparison.Ordinal) >= 0;
        var expenditure = t.IndexOf("支出", from, to - from, StringComparison.Ordinal) >= 0;
        return income == expenditure ? 0 : income ? 1 : 2;
    }

    /// <summary>
    /// Whether <paramref name="target"/> and <paramref name="change"/> are the changes of a fund's two flows (its income's and
    /// its expenditure's): a reason given to one is not shared with the other — it attaches to the nearest change, of its own
    /// flow (a reason sentence naming no flow after "收入…减少…；支出…减少…" is the expenditure's, round 36 t06).
    /// </summary>
    private bool OtherFundFlow(string target, string change)
        => FundStatementSection && StatementPointer is { } owner && target.StartsWith(owner, StringComparison.Ordinal)
            && change.StartsWith(owner, StringComparison.Ordinal)
            && (target.EndsWith("/currentYearIncome/change", StringComparison.Ordinal)
                && change.EndsWith("/currentYearExpenditure/change", StringComparison.Ordinal)
                || target.EndsWith("/currentYearExpenditure/change", StringComparison.Ordinal)
                && change.EndsWith("/currentYearIncome/change", StringComparison.Ordinal));

    /// <summary>The characters that end a reason's head (a clause break: more than a subject and a direction).</summary>
    private static readonly char[] HeadBreaks = [',', ';', ':', '。'];

    /// <summary>
    /// In a fund's section, the change a reason whose head [<paramref name="from"/>, <paramref name="reasonAt"/>) names one
    /// flow explains (see the type's summary) in <paramref name="target"/> — null when that flow's change cannot take it;
    /// false when the head names no single flow (the ordinary readers decide).
    /// </summary>
    private bool FlowReasonTarget(string t, int from, int reasonAt, out string? target)
    {
        target = null;
        var flow = FundStatementSection && reasonAt > from ? FlowOfHead(t, from, reasonAt) : 0;
        if (flow == 0 || StatementPointer is not { } owner)
        {
            return false;
        }

        var change = owner + (flow == 1 ? "/currentYearIncome/change" : "/currentYearExpenditure/change");
        if (b.Has(change, "direction") && !b.Has(change, "reason")
            && (DirectionOf(t.Substring(from, reasonAt - from)) is not { } said
                || string.Equals(b.FindString(change, "direction"), said, StringComparison.Ordinal)))
        {
            target = change;
        }

        return true;
    }

    /// <summary>
    /// Where the reason at <paramref name="reasonAt"/> of the sentence [<paramref name="from"/>, <paramref name="to"/>) ends in
    /// a fund's section: at the first ';' after which a reason of the other flow starts (a head naming that flow alone, then a
    /// reason marker), when the reason's own head names one flow; else <paramref name="to"/>.
    /// </summary>
    private int OtherFlowReasonStop(string t, int from, int to, int reasonAt)
    {
        if (!FundStatementSection || reasonAt <= from || t.IndexOf(';', reasonAt, to - reasonAt) < 0
            || FlowOfHead(t, from, reasonAt) is var own && own == 0)
        {
            return to;
        }

        for (var s = t.IndexOf(';', reasonAt, to - reasonAt); s >= 0 && s + 1 < to; s = t.IndexOf(';', s + 1, to - s - 1))
        {
            var rest = s + 1;
            var marker = ReasonMarkerAt(t, rest, to, out _);
            if (marker > rest && FlowOfHead(t, rest, marker) is var other && other != 0 && other != own)
            {
                return s;
            }
        }

        return to;
    }
}
