namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (prose63, blind round 59 t07): 项 lines written "name（code）：amount，比上年决算增加…" after
/// "按支出功能分类科目分：" in the all-funds 支出决算情况 — a section whose report part has no list of functional items. The name
/// stood alone before its colon (a clause with no figure), so the amount after the colon had no label ("未能归类的金额："), and
/// its change and rate went to the 项目支出 stated in the sentence before (a false FA2104 on
/// <c>/narrative/expenditure/project/change/rate</c>). Such a name is now read as the item's, as the same line without the colon
/// is ("事业运行（2140150）1 268.42万元"): with no place in the section, a located note, and nothing more of its sentence is read
/// (<see cref="NamedSubject"/>). And an amount written right after a colon with no words of its own that the reader cannot
/// place ends the subject of an earlier sentence (<see cref="UnlabelledAfterColon"/>): its change is never that subject's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A clause with no figure that is a functional item's name ending in its code in brackets before a colon
    /// (<see cref="CodedNameBeforeColon"/>) in the overview or the all-funds expenditure, whose report parts have no list of
    /// functional items: the item's note silences the rest of its sentence (<see cref="FunctionalSubject"/>). False when the
    /// clause is no such name, or the section is another.
    /// </summary>
    private bool CodedLineWithoutList(ClauseView clause)
    {
        if (section is not (Section.Expenditure or Section.Overall) || !CodedNameBeforeColon(clause))
        {
            return false;
        }

        var label = clause.Text.Trim();
        return FunctionalSubject(clause, ref label, b.Span(clause.Sentence, clause.Start, clause.End), out var handled) && handled;
    }

    /// <summary>
    /// Whether the figure <paramref name="token"/> (its positions counted from the clause's start) opens
    /// <paramref name="clause"/> right after a colon, with no words of its own before it ("…（2140150）：1 268.42万元"): the
    /// words before the colon named it; when the reader could not place it, the change after it is its own, never the
    /// subject's of an earlier sentence.
    /// </summary>
    private static bool UnlabelledAfterColon(ClauseView clause, NumberToken token)
    {
        var t = clause.Sentence.Text;
        var before = clause.Start - 1;
        while (before >= 0 && t[before] == ' ')
        {
            before--;
        }

        return before >= 0 && t[before] == ':' && token.Start >= 0 && clause.Start + token.Start <= t.Length
            && IsBlank(t.AsSpan(clause.Start, token.Start));
    }
}
