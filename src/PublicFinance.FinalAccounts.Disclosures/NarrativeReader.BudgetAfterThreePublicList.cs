namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 41, t04): a budget comparison with no subject of its own in the 三公 sentence right after a
/// sentence with a 其中 list of the items — "“三公”经费支出 9.43 万元，其中…，公务接待费 3.05 万元。年初预算 10.50 万元，比年初预算
/// 减少 1.07 万元；比 2013 年减少 2.73 万元，下降 22.45%". The budget, its difference and the change were the last item's (接待):
/// a false FA2104, FA2204 and FA2206. As for a change after such a list (<see cref="ChangeAfterList"/>), the figures decide:
/// the list's total when they fit its amount and not the last item's, the last item when they fit its amount and not the
/// total's; else — both, neither, or nothing to compare — the sentence is a note and not read (never the last item).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words a budget comparison opens with when it names no subject ("年初预算 10.50 万元", "预算数为…").</summary>
    private static readonly string[] SubjectlessBudgetOpenings = ["年初预算", "全年预算", "调整预算", "调整后预算", "预算"];

    /// <summary>
    /// At the start of a 三公 sentence right after a sentence with a 其中 list of items: when it opens with a budget that names
    /// no subject, its figures decide whose comparison it is (see the type's summary).
    /// </summary>
    private void BudgetAfterList(Fragment f, int from, int to)
    {
        var t = f.Text;
        if (!OpensAfterThreePublicList(t, from, SubjectlessBudgetOpenings) || listTotal is null || subject is null)
        {
            return;
        }

        var reason = ReasonMarkerAt(t, from, to, out _);
        var figures = ListBudgetFigures.Read(t, from, reason >= 0 ? reason : to);
        var fitsTotal = figures?.Fits(AmountAt(listTotal));
        var fitsItem = figures?.Fits(AmountAt(subject));
        if (fitsTotal == true && fitsItem != true)
        {
            subject = listTotal;   // "…公务接待费 3.05 万元。年初预算 10.50 万元，比年初预算减少 1.07 万元": the total's budget
            budget = null;
            reasonTarget = null;
            return;
        }

        if (fitsItem == true && fitsTotal != true)
        {
            return;   // the last item's own comparison
        }

        Note(b.Span(f, from, to), DisclosureMessages.BudgetAfterListUnplaced, t.Substring(from, to - from));
        mutedSentence = sentenceStart;
    }
}
