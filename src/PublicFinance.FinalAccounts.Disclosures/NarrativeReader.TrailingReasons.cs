namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A budget comparison after a 其中 list ("…决算为 18.44 万元，完成预算的 83.8%。其中：因公出国（境）费 0 万元；…公务接待费
/// 2.84 万元。决算数小于预算数的主要原因是…"): the sentence after the list compares the figure the list breaks down, not the
/// list's last item, so its relation and reason are the list's total's — else the total and the other items would warn
/// that no reason is given (false FA2206) and the last item would take a reason that is not its own.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The start of the sentence read before the current one.</summary>
    private int previousSentenceStart = -1;

    /// <summary>The start of the current sentence, as last seen by <see cref="TrailingListSentence"/>.</summary>
    private int trailingSentenceStart = -1;

    /// <summary>The start of the last sentence with a 其中 list, and the figure its list breaks down (null: not known).</summary>
    private int listSentence = -1;

    private string? listTotal;

    /// <summary>
    /// Called as each sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> starts: keeps the
    /// sentence before it and, for a sentence with 其中, the figure its list breaks down — the subject before it when the
    /// sentence opens with 其中 (the total was the sentence before), the 三公 total when 其中 follows a figure in a 三公
    /// sentence; else not known.
    /// </summary>
    private void TrailingListSentence(string t, int from, int to)
    {
        if (sentenceStart != trailingSentenceStart)
        {
            previousSentenceStart = trailingSentenceStart;
            trailingSentenceStart = sentenceStart;
        }

        var at = to > from ? t.IndexOf("其中", from, to - from, StringComparison.Ordinal) : -1;
        ListHeadSentence(t, at);   // ListHeadChanges: a change after a closed 其中 list is its head's
        if (at < 0)
        {
            return;
        }

        listSentence = sentenceStart;
        listTotal = !HasDigitIn(t, from, at) ? (SubjectIsItem ? null : subject)
            : section == Section.ThreePublic ? N + "threePublic/total" : null;   // its amount is asked for when a comparison comes
    }

    /// <summary>
    /// The figure a budget comparison without a subject of its own ("决算数小于预算数") at the start of the sentence right
    /// after a 其中 list compares: the list's total, when known and not the current subject; else null.
    /// </summary>
    private string? TrailingComparisonOwner(ClauseView clause)
    {
        if (listSentence < 0 || listSentence != previousSentenceStart || listTotal is null || listTotal == subject
            || clause.Start != currentSentenceFrom || SubjectFrom(clause.Text) is not null || !b.Has(listTotal + "/amount"))
        {
            return null;
        }

        return listTotal;
    }
}
