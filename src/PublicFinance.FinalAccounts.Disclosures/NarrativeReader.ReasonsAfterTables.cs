using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 40 t07): a reason headed by a direction only, right after a sentence that names the figure and the
/// direction and nothing else — "…公务接待费    2.64    2.30    0.34    14.78% …公务接待费略有增加。增加的原因是承接…接待任务。"
/// (a direction statement, 增减方向陈述). The reason is that figure's: it goes to the figure's change when that change goes
/// the same way and has no reason yet — at once when the change is stated already, else once the deferred tables have
/// placed it (the reasons that wait for the tables, <see cref="ApplyReasonsAwaitingTables"/>: one list, one rule). A
/// statement whose direction contradicts the reason's head, or a change that goes the other way, leaves the reason a note;
/// it never covers the section's other changes (<see cref="CoveringReason"/>). Before, the covering reader ran before the
/// tables placed the row and found no change: the reason was a note and the row's change a false FA2106.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest direction statement, in characters ("公务用车运行维护费较上年有所减少了": 17).</summary>
    private const int DirectionStatementLength = 20;

    /// <summary>
    /// The last direction statement read (<see cref="DirectionStatement"/>): where its sentence starts (normalised text), its
    /// section, the figure it names and the direction; null before any.
    /// </summary>
    private (int Sentence, Section Section, string Figure, string Direction)? directionStatement;

    /// <summary>
    /// Records the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> when it only names a
    /// figure and a direction, a degree word (略有, 有所, …) and a basis (较上年, 同比) aside, with no figure and no clause break:
    /// "公务接待费略有增加。", "公务用车运行维护费较上年有所减少。". The figure is the current section's figure of that name (a
    /// generic word such as 支出 or 费用 names none).
    /// </summary>
    private void DirectionStatement(string t, int from, int to)
    {
        Trimmed(t, from, to, out from, out to);
        while (to > from && t[to - 1] is '。' or '.' or ' ')
        {
            to--;
        }

        if (!IsHeadShaped(t, from, to, DirectionStatementLength) || !NamedHead(t, from, to, out var name, out var direction))
        {
            return;
        }

        name = TrimEndWords(name, ConsequenceDegrees);
        if (Array.IndexOf(GenericConsequenceSubjects, name) < 0 && SubjectFrom(name) is { } figure)
        {
            directionStatement = (sentenceStart, section, figure, direction);
        }
    }

    /// <summary>
    /// Whether the reason of the sentence being read, whose head [<paramref name="from"/>, <paramref name="reasonAt"/>) of
    /// <paramref name="t"/> is a direction only ("增加的", "减少的主要"; not 上述…, which names the changes above), follows a
    /// direction statement of its section right before it: then the reason is the statement's figure's (see the type's summary)
    /// — placed, kept for the tables, or a note when the two directions disagree — and true.
    /// </summary>
    private bool StatedDirectionReason(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        if (reasonText.Length == 0 || directionStatement is not { } stated || stated.Section != section
            || !SentenceRightAfter(stated.Sentence, sentenceStart)
            || !CoveringHead(t, from, reasonAt, out var direction, out var count) || count > 0 || HasAnyIn(t, from, reasonAt, AboveWords))
        {
            return false;
        }

        var change = stated.Figure + "/change";
        if (!string.Equals(direction, stated.Direction, StringComparison.Ordinal))
        {
            Note(span, DisclosureMessages.ReasonWithoutTarget, reasonText);   // "公务接待费略有减少。增加的原因是…": whose is unsure
        }
        else if (b.Has(change, "direction"))
        {
            ReasonOfNamedChange(change, direction, reasonText, span);   // stated in prose already
        }
        else
        {
            reasonsAwaitingTables.Add((change, direction, reasonText, span));   // a table row's: placed after the narrative
        }

        return true;
    }

    /// <summary>
    /// Gives <paramref name="reason"/> to <paramref name="change"/> when it is stated <paramref name="direction"/> with no
    /// reason yet; otherwise notes it as a reason without a change (<see cref="ApplyReasonsAwaitingTables"/> too).
    /// </summary>
    private void ReasonOfNamedChange(string change, string direction, string reason, SourceSpan span)
    {
        if (b.Has(change, "direction") && !b.Has(change, "reason")
            && string.Equals(b.FindString(change, "direction"), direction, StringComparison.Ordinal))
        {
            b.SetUnder(change, "reason", DraftNode.Of(reason), span);
        }
        else
        {
            Note(span, DisclosureMessages.ReasonWithoutTarget, reason);
        }
    }
}
