namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (issue 8, families session 36 found and left): "label：value" lines and a short numbered heading with its text
/// on the same line. A township's text with no headings, "收入总计：2,480.60万元；支出总计：2,480.60万元；本年收入合计：…", read 3
/// of 15 figures: the clause breaks at '：', so each figure's clause had an empty label, and a colon label was taken only for
/// the 三公 items (<see cref="ColonLabel"/>). Now a clause that is a known subject's name and ends at a colon followed
/// directly by a figure names that figure (<see cref="ColonSubject"/>), as "收入总计为 2,480.60 万元" does. And "二、收入情况：
/// 本年收入合计…" / "三、支出情况：…" after "一、…收支总体情况" enter the income and the expenditure as the same headings on lines
/// of their own do (<see cref="ShortFlowHeadingBody"/>); before, the 支出 figures were read in the overview, or lost.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest name a colon label may have (a subject's name, not a sentence).</summary>
    private const int ColonSubjectMaxLength = 16;

    /// <summary>
    /// Whether the clause [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="t"/> (a sentence ending at
    /// <paramref name="to"/>) is a known subject's name before a colon that a figure follows directly
    /// ("收入总计：2,480.60万元"): read though it has no figure or signal word (<see cref="ColonSubject"/>), as the oracle
    /// reading every clause reads it. The 三公 and 一般公共预算 sections have their own colon labels.
    /// </summary>
    private bool SubjectColonLabel(string t, int start, int end, int to)
        => end < to && t[end] == ':' && section is not (Section.ThreePublic or Section.GeneralBudget)
            && ColonSubjectName(t, start, end, to) is not null;

    /// <summary>
    /// A clause without a figure that names a known subject and ends at a colon right before a figure: the name becomes the
    /// label of that figure (its own clause has no words before it), as "收入总计为 X" would label it.
    /// </summary>
    private void ColonSubject(ClauseView clause)
    {
        var source = clause.Sentence.Text;
        if (section is Section.ThreePublic or Section.GeneralBudget || clause.End >= source.Length || source[clause.End] != ':')
        {
            return;
        }

        if (ColonSubjectName(source, clause.Start, clause.End, source.Length) is { } name)
        {
            lastLabel = name;
        }
    }

    /// <summary>
    /// The name before the colon at <paramref name="end"/> when it is a subject the reader knows in the current section
    /// (the label table, the overview's bare flows and parts, or a subject section's label when the section was inferred)
    /// and the figure follows the colon directly (spaces allowed, no word between); else null.
    /// </summary>
    private string? ColonSubjectName(string t, int start, int end, int to)
    {
        var at = end + 1;
        while (at < to && t[at] == ' ')
        {
            at++;
        }

        if (at >= to || !Scanner.IsDigit(t[at]) || !StartsWithFigure(t, at, Math.Min(to, at + 24)))
        {
            return null;
        }

        var name = LabelOf(t, start, end);
        if (name.Length < 2 || name.Length > ColonSubjectMaxLength || HasDigit(name))
        {
            return null;
        }

        var known = Resolve(name) ?? (section == Section.Overall ? BareFlowTarget(name) ?? OverviewPart(name) : null);
        if (known is null && sectionInferred && LabelSection(name) is { } labelled)
        {
            known = Resolve(labelled, name);
        }

        return known is null ? null : name;
    }

    /// <summary>
    /// The body after a short numbered heading of the whole income or expenditure written at the start of its paragraph
    /// ("二、收入情况：本年收入合计…", "三、支出情况 …"; the words end at <paramref name="end"/>) once its section is entered, as
    /// the heading on a line of its own enters it (<see cref="ShortFlowHeading"/>: after the overview, or the income for
    /// 支出); null for a bracketed heading or any other words.
    /// </summary>
    private Fragment? ShortFlowHeadingBody(Fragment paragraph, string text, int end, bool bracketed, int bodyStart)
    {
        if (bracketed || ShortFlowHeading(text.Substring(0, end)) is not { } flow)
        {
            return null;
        }

        Enter(flow);
        bracketSection = null;
        return paragraph.Slice(bodyStart, paragraph.Length);
    }
}
