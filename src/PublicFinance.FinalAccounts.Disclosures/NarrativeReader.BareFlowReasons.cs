using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t10): one paragraph states the income change and then the expenditure change, each in a
/// sentence of its own, and one bare reason sentence follows both — "本年收入…比上年降低15.05%，减少1972.90万元，其中：…。
/// 本年支出…比上年降低10.93%，减少1386.74万元，其中…。主要原因是土地征收补偿项目较上年减少。". The reason went to the
/// expenditure change only, and the income change was reported without one (a false FA2106). The text decides: the reason
/// covers both only when the paragraph stated no change but these two (income first), both the same way, the income change
/// has no reason of its own, the reason sentence opens with its marker right after the expenditure's sentence, and its
/// words name neither side (收入, 支出) — a reason that names one side, changes that go opposite ways, or a third change in
/// the paragraph keep the reason with the expenditure change alone (and the income's Warning stands). Session 47: a marker
/// that names the changes (变动原因：…) covers both also when they go opposite ways (<see cref="NamesTheChanges"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Session 47 (fix44, blind round 44 t08): whether the marker at <paramref name="reasonAt"/> names the changes themselves
    /// ("变动原因：", "变化原因是"): the reason of the changes stated before it, whichever way each went — so it covers an income
    /// decrease and an expenditure increase alike, where a bare "主要原因是…" after opposite changes stays the last one's.
    /// </summary>
    private static bool NamesTheChanges(string t, int reasonAt, int markerLength)
        => markerLength >= 2
            && (string.CompareOrdinal(t, reasonAt, "变动", 0, 2) == 0 || string.CompareOrdinal(t, reasonAt, "变化", 0, 2) == 0);

    /// <summary>How far into a reason after a marker that names the changes its subject may name a side ("本年支出增加…": 6).</summary>
    private const int ReasonSubjectLength = 6;

    /// <summary>The words that name one flow in a reason (then the reason is that flow's, not both flows').</summary>
    private static readonly string[] FlowSideWords = ["收入", "支出"];

    /// <summary>
    /// After the reason [<paramref name="reasonAt"/>, <paramref name="to"/>) of <paramref name="t"/> (marker length
    /// <paramref name="markerLength"/>) was given to <paramref name="target"/>: gives it to the paragraph's income change as
    /// well when the text says it covers both (see the type's summary).
    /// </summary>
    private void BareReasonAfterBothFlows(string t, int from, int reasonAt, int markerLength, int to, string target,
        string reasonText, SourceSpan span)
    {
        // A marker that names the changes (变动原因：) looks for a side only where the reason opens ("支出增加是因为…"): its
        // words further on ("…资金在本年集中支出") speak of what happened, not of which change it explains.
        var namesTheChanges = NamesTheChanges(t, reasonAt, markerLength);
        var sideEnd = namesTheChanges ? Math.Min(to, reasonAt + markerLength + ReasonSubjectLength) : to;
        if (reasonAt != from || !IsChangeOf(target, ExpenditureFlowFigures) || !changesOfSentence.Contains(target)
            || HasAnyIn(t, reasonAt + markerLength, sideEnd, FlowSideWords))
        {
            return;
        }

        string? income = null;
        foreach (var change in paragraphChanges)
        {
            if (string.Equals(change, target, StringComparison.Ordinal))
            {
                if (income is null)
                {
                    return;   // the expenditure change first: the reason follows it, not both
                }

                continue;
            }

            if (!IsChangeOf(change, IncomeFlowFigures) || income is not null)
            {
                return;   // a third change in the paragraph: which ones the reason explains is not certain
            }

            income = change;
        }

        var direction = b.FindString(target, "direction");
        if (income is null || b.Has(income, "reason") || direction is null
            || !string.Equals(b.FindString(income, "direction"), direction, StringComparison.Ordinal)
                && !namesTheChanges)
        {
            return;
        }

        b.SetUnder(income, "reason", DraftNode.Of(reasonText), span);
    }
}
