namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 25, gap 3: a reason written as a paragraph of its own after the figures ("变动原因：…", "增减变化的主要原因是…",
/// "主要是…"). It is the reason of the change the paragraph before stated when that paragraph left exactly one change without
/// a reason; when it left several ("其中：财政拨款收入…增加…；其他收入…减少…" then "变动原因：…"), which change the reason explains
/// is not certain, and it is a located note (<c>ReasonWithoutTarget</c>), never attached to each of them (an increase and a
/// decrease do not share one reason). A reason inside the changes' own paragraph is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The distinct changes the paragraph being read stated, in order (one list, cleared per paragraph).</summary>
    private readonly List<string> paragraphChanges = new();

    /// <summary>The changes the paragraph before stated (swapped with <see cref="paragraphChanges"/>).</summary>
    private List<string> previousParagraphChanges = new();

    /// <summary>Set at a paragraph's start until its first sentence is read.</summary>
    private bool atParagraphStart;

    /// <summary>A paragraph begins: the changes of the one before are kept, the new one's counted afresh.</summary>
    private void ParagraphChangesBegin()
    {
        previousParagraphChanges.Clear();
        previousParagraphChanges.AddRange(paragraphChanges);
        paragraphChanges.Clear();
        atParagraphStart = true;
    }

    /// <summary>A change stated in the paragraph being read.</summary>
    private void ParagraphChangeStated(string change)
    {
        if (!paragraphChanges.Contains(change))
        {
            paragraphChanges.Add(change);
        }
    }

    /// <summary>
    /// At the first sentence of a paragraph that opens with its reason (<paramref name="reasonAt"/> at
    /// <paramref name="from"/>): when the paragraph before left several changes without a reason, the reason target is
    /// dropped, so the reason is a note (<c>ReasonWithoutTarget</c>) and not given to any of them.
    /// </summary>
    private void ReasonParagraphTarget(int from, int reasonAt)
    {
        var first = atParagraphStart;
        atParagraphStart = false;
        reasonsByNamePending = false;   // Gaps26: set below when the target is dropped (NarrativeReader.ReasonLists.cs)
        if (!first || reasonAt != from || reasonTarget is null || paragraphChanges.Count > 0)
        {
            return;
        }

        var open = 0;
        foreach (var change in previousParagraphChanges)
        {
            open += b.Has(change, "reason") ? 0 : 1;
        }

        if (open > 1)
        {
            reasonTarget = null;   // "变动原因：…" after two changes and more: which one it explains is not certain
            reasonsByNamePending = true;
        }
    }
}
