using PublicFinance.FinalAccounts.Disclosures.Tokens;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The narrative's numbers read from the paragraph's (session 22): a stretch's numbers without a scan of their own.</summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The numbers of the paragraph being read, filled by the pipeline before the paragraph is given (null: every stretch
    /// is scanned, as before). A sentence or clause whose ends are cuts (<see cref="ParagraphFigures.TryRange"/>) takes its
    /// numbers from here; any other is scanned.
    /// </summary>
    internal ParagraphFigures? ParagraphNumbers { get; set; }

    /// <summary><see cref="Scanner.HasFigureIn"/> on [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/>.</summary>
    private bool FigureIn(string t, int from, int to)
    {
        if (ParagraphNumbers is not { } numbers || !numbers.TryRange(t, from, to, out var first, out var end))
        {
            return Scanner.HasFigureIn(t, from, to);
        }

        for (var k = first; k < end; k++)
        {
            if (numbers[k].Unit != FigureUnit.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="StartsWithFigure(string, int, int)"/>, its first number taken from the paragraph's when it can be.</summary>
    private bool StartsWithFigureIn(string t, int from, int to)
    {
        if (ParagraphNumbers is not { } numbers || !numbers.TryRange(t, from, to, out var first, out var end))
        {
            return StartsWithFigure(t, from, to);
        }

        return end > first && numbers[first].IsMoney
            && !HasAnyIn(t, from, numbers[first].Start, Directions) && !(to > from && t[from] == '与');
    }

    /// <summary>
    /// The numbers of the clause [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/> that have a
    /// unit (the declared unit given to a bare one) into <paramref name="figures"/>, as a scan of the clause finds them.
    /// </summary>
    private void ClauseFigures(string source, int start, int end, List<NumberToken> figures)
    {
        if (ParagraphNumbers is { } numbers && numbers.TryRange(source, start, end, out var first, out var last))
        {
            for (var k = first; k < last; k++)
            {
                AddClauseFigure(source, start, end, numbers[k], figures);
            }

            return;
        }

        var next = start;
        while (Scanner.NextIn(source, start, end, ref next, out var number))
        {
            AddClauseFigure(source, start, end, number, figures);
        }
    }

    private void AddClauseFigure(string source, int start, int end, NumberToken number, List<NumberToken> figures)
    {
        if (declaredUnit != FigureUnit.None)
        {
            number = Declared(source, start, end, number);
        }
        else if (number.Unit == FigureUnit.None)
        {
            number = StandingAmount(source, start, end, number);   // session 55: "金额单位：万元（下同）" (StandingUnit)
        }

        if (number.Unit == FigureUnit.None)
        {
            number = ListMemberUnit(source, number);   // session 51: "…3,402.10万元、事业收入168.50" (ListMemberUnits)
        }

        if (number.IsMoney && SpaceGroupedNumbers.AmbiguousTailHead(source, number.Start, 0) is var tailHead and >= 0)
        {
            AmbiguousSpaceGroupedTail(source, number, tailHead);   // session 62: "项目1 268.42万元" could be either: a note, no figure
        }
        else if (number.Unit != FigureUnit.None)
        {
            figures.Add(number);
        }
        else
        {
            MultipleChange(source, start, number);   // Blind24A: "增长 1.2 倍", a note
            BarePoints(source, number);   // Session 35: "提高 2.3 百分点", a note (CutPoints)
        }
    }

    /// <summary>The last amount noted by <see cref="AmbiguousSpaceGroupedTail"/> (its text and start): noted once.</summary>
    private (string? Source, int Start) lastAmbiguousTail;

    /// <summary>
    /// Session 62 (r59fix): an amount that may be the last group of a number grouped by a space which
    /// <see cref="SpaceGroupedNumbers.Join"/> did not join (<c>项目1 268.42万元</c>, a cell after a number in a row): it could be
    /// 268.42 or 1,268.42, so it is not a figure; a located note on the whole, once.
    /// </summary>
    private void AmbiguousSpaceGroupedTail(string source, NumberToken number, int head)
    {
        if (lastAmbiguousTail == (source, number.Start) || !ReferenceEquals(clauseView.Sentence.Text, source))
        {
            return;
        }

        lastAmbiguousTail = (source, number.Start);
        Note(b.Span(clauseView.Sentence, head, number.End), DisclosureMessages.AmbiguousSpaceGroupedAmount, clauseView);
    }
}
