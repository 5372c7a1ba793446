using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (blind round 39 t04, blind round 40 t07): reasons written as clauses, each headed by the figure it explains and
/// its direction, after a table or a sentence of totals — "收入增加的主要原因是A；基本支出增加主要是B，项目支出增加主要是C。".
/// Before, the whole sentence was one reason, given to the change read last (the expenditure total's): the income's reason
/// on the expenditure, and the rows' changes without theirs (false FA2106 Warnings, and a wrong reason shown). Now the
/// reason ends where the next clause's head (a subject and a direction word, no figure, right before a reason marker) names
/// a figure whose change is stated; and a head naming a subject takes that subject's change — the only one of the figures it
/// may name (the overview's flow or the section's item) stated that way with no reason yet — or none (a note): never the
/// change read last.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Set by <see cref="HeadedReasonTarget"/> when the reason's head named its figure (<see cref="NamedHeadChanges"/>): the
    /// reason is then that figure's alone, never shared with the sentence's other changes.
    /// </summary>
    private bool reasonNamedByHead;

    /// <summary>The clause breaks a named reason clause may follow (，；, in both widths).</summary>
    private static readonly char[] NamedClauseBreaks = [',', '，', ';', '；'];

    /// <summary>The longest head of a named reason clause, in characters ("本年支出合计增加的": 9).</summary>
    private const int NamedHeadLength = 14;

    /// <summary>
    /// Where the reason at <paramref name="reasonAt"/> of [<paramref name="from"/>, <paramref name="to"/>) ends: at the first
    /// clause break after which a named head (<see cref="NamedHeadChanges"/>: a subject whose change is stated) stands right
    /// before a reason marker — the next clause is that subject's reason, whether or not it may take it; else
    /// <paramref name="to"/>.
    /// </summary>
    private int NamedClauseReasonStop(string t, int from, int to, int reasonAt)
    {
        if (reasonAt < from || to - reasonAt < 4)
        {
            return to;
        }

        for (var s = t.IndexOfAny(NamedClauseBreaks, reasonAt, to - reasonAt); s >= 0 && s + 1 < to;
             s = t.IndexOfAny(NamedClauseBreaks, s + 1, to - s - 1))
        {
            var rest = s + 1;
            var marker = ReasonMarkerAt(t, rest, to, out _);
            if (marker > rest && marker - rest <= NamedHeadLength
                && (NamedHeadChanges(t, rest, marker, out _) || NamesAwaitedFigure(t, rest, marker)))
            {
                return s;
            }
        }

        return to;
    }

    /// <summary>
    /// Session 49 (reasons49): whether the head [<paramref name="from"/>, <paramref name="to"/>) of the next clause's reason
    /// names, with a direction, one figure of this section whose change is not stated yet (a table row the deferred table
    /// reader places later): "公务用车运行维护费减少的原因是A；公务接待费增加的原因是B" after a 三公 table. The first reason
    /// ends before it, and the clause's reason waits for the tables (<see cref="AwaitTables"/>), as a sentence of its own
    /// would. Before, the first reason ran on across the second and the row kept no reason (a false FA2106).
    /// </summary>
    private bool NamesAwaitedFigure(string t, int from, int to)
        => IsHeadShaped(t, from, to) && NamedHead(t, from, to, out var name, out _)
            && SubjectFrom(name) is { } figure && !b.Has(figure + "/change", "direction");

    /// <summary>
    /// Whether the head [<paramref name="from"/>, <paramref name="to"/>) of a reason is a named subject and a direction word
    /// ("基本支出增加", "收入增加的", "公务接待费减少了") whose subject the reader knows: then <paramref name="change"/> is that
    /// subject's change stated that way with no reason yet, when exactly one of the figures the name may be has one, else null
    /// (the reason is no one's: a note). False when the head is no such name, or its figures have no change stated at all
    /// ("公务用车运行费减少主要是…" when only the 三公 total's change is stated: the other readers decide, as before).
    /// </summary>
    private bool NamedHeadChanges(string t, int from, int to, out string? change)
    {
        change = null;
        if (!IsHeadShaped(t, from, to))
        {
            return false;
        }

        if (!NamedHead(t, from, to, out var name, out var said))
        {
            return false;
        }

        var candidates = NamedHeadCandidates(name);
        if (candidates.Count == 0)
        {
            return false;
        }

        var stated = false;
        foreach (var candidate in candidates)
        {
            var own = candidate + "/change";
            stated |= b.Has(own, "direction");
            if (!b.Has(own, "direction") || b.Has(own, "reason")
                || !string.Equals(b.FindString(own, "direction"), said, StringComparison.Ordinal))
            {
                continue;
            }

            if (change is not null && change != own)
            {
                change = null;   // two figures the name may be changed that way: which one is not certain
                return true;
            }

            change = own;
        }

        return stated;   // a name whose figure has no change stated is left to the other readers (its whole's, as before)
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) may be a reason's head of a name and a direction: 3 to
    /// <paramref name="longest"/> characters (<see cref="NamedHeadLength"/>), no digit, no clause break.
    /// </summary>
    private static bool IsHeadShaped(string t, int from, int to, int longest = NamedHeadLength)
        => to - from >= 3 && to - from <= longest && !HasDigitIn(t, from, to)
            && t.IndexOfAny(NamedClauseBreaks, from, to - from) < 0 && t.IndexOfAny(HeadBreaks, from, to - from) < 0;

    /// <summary>
    /// Whether the head [<paramref name="from"/>, <paramref name="to"/>) is a name and a direction word at its end, 的 / 了
    /// aside ("基本支出增加的", "公务用车运行维护费减少了"): the name in <paramref name="name"/>, the direction ("increase" /
    /// "decrease") in <paramref name="direction"/>.
    /// </summary>
    private static bool NamedHead(string t, int from, int to, out string name, out string direction)
    {
        name = string.Empty;
        direction = string.Empty;
        var head = t.Substring(from, to - from).Trim();
        while (head.EndsWith("的", StringComparison.Ordinal) || head.EndsWith("了", StringComparison.Ordinal))
        {
            head = head.Substring(0, head.Length - 1);
        }

        if (!EndsWithDirection(head) || DirectionOf(head) is not { } said)
        {
            return false;
        }

        name = StripDirection(head).Trim();
        direction = said;
        return name.Length > 0;
    }

    /// <summary>
    /// The reasons whose head names a figure with no change stated yet ("公务用车运行维护费减少的原因是…" after a table whose rows
    /// the deferred table reader places at the end): the change, the head's direction, the reason and its span.
    /// </summary>
    private readonly List<(string Change, string Direction, string Reason, SourceSpan Span)> reasonsAwaitingTables = new();

    /// <summary>
    /// Keeps a reason no change took for after the tables (<see cref="ApplyReasonsAwaitingTables"/>) when its head
    /// [<paramref name="from"/>, <paramref name="reasonAt"/>) names one figure of this section (no digit, at most
    /// <see cref="NamedHeadLength"/> characters) whose change is not stated yet: true then (its note waits too).
    /// </summary>
    private bool AwaitTables(string t, int from, int reasonAt, string reason, SourceSpan span)
    {
        reasonAt = BeforeClauseBreak(t, from, reasonAt);   // session 49: "财政拨款收入较上年下降，主要是…"
        if (!IsHeadShaped(t, from, reasonAt) || !NamedHead(t, from, reasonAt, out var name, out var direction)
            || SubjectFrom(name) is not { } figure
            || b.Has(figure + "/change", "direction"))
        {
            return false;
        }

        reasonsAwaitingTables.Add((figure + "/change", direction, reason, span));
        return true;
    }

    /// <summary>
    /// Session 49 (reasons49): <paramref name="reasonAt"/> moved back over the blanks and the one clause break (，) that
    /// stand between a head and its reason marker ("财政拨款收入较上年下降，主要是…" after a table): the head is then the
    /// clause before the break, which must still be a name and a direction alone (<see cref="IsHeadShaped"/>).
    /// </summary>
    private static int BeforeClauseBreak(string t, int from, int reasonAt)
    {
        var end = reasonAt;
        while (end > from && t[end - 1] == ' ')
        {
            end--;
        }

        return end > from && t[end - 1] is ',' or '，' ? end - 1 : reasonAt;
    }

    /// <summary>
    /// After the tables are read (the pipeline calls this once they finished): each reason kept by <see cref="AwaitTables"/>
    /// or <see cref="StatedDirectionReason"/> goes to its figure's change when a table stated it, that way, with no reason
    /// yet; otherwise it is the note it would have been.
    /// </summary>
    internal void ApplyReasonsAwaitingTables()
    {
        foreach (var (change, direction, reason, span) in reasonsAwaitingTables)
        {
            ReasonOfNamedChange(change, direction, reason, span);   // ReasonsAfterTables (s44): a direction statement's too
        }

        reasonsAwaitingTables.Clear();
        ApplySectionReferences();   // session 45: "决算数小于预算数的原因同上" in 三公 (NarrativeReader.SectionReasonsByReference.cs)
        PlaceSectionReasonsFromItems();   // session 54: a 款's change explained by its 项 (SectionChangesByItems)
        PlaceScopedBudgetDifferences();   // session 54: differences within the stated scope, tables read (BudgetDifferenceScope)
    }

    /// <summary>
    /// The figures a head's name may be: the current section's figure of that label, and in the overview, 收入 and 支出 sections
    /// the overview's, the income's and the expenditure's (a bare 收入 / 支出 is the year's income / expenditure, overview or
    /// section total). Only names of at most eight characters that are a label of their own.
    /// </summary>
    private List<string> NamedHeadCandidates(string name)
    {
        var found = new List<string>();
        if (name.Length < 2 || name.Length > 8 || name.IndexOf("收支", StringComparison.Ordinal) >= 0)
        {
            return found;
        }

        void Add(string? target)
        {
            if (target is not null && !target.StartsWith("overall/*", StringComparison.Ordinal) && !found.Contains(N + target))
            {
                found.Add(N + target);
            }
        }

        if (name is "收入" or "支出")
        {
            var income = name == "收入";
            Add(income ? "overall/currentYearIncome" : "overall/currentYearExpenditure");
            Add(income ? "income/total" : "expenditure/total");
            return found;
        }

        if (SubjectFrom(name) is { } own)
        {
            found.Add(own);
        }

        if (section is Section.Overall or Section.Income or Section.Expenditure)
        {
            Add(Resolve(Section.Overall, name));
            Add(Resolve(Section.Income, name));
            Add(Resolve(Section.Expenditure, name));
        }

        return found;
    }
}
