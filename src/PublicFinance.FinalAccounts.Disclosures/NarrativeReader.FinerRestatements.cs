using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 48 (blind round 44's t07): a figure written in 亿元 and restated at once in brackets in 万元 — "本年支出12.29亿元
/// （122868.48万元）". The 亿元 figure is coarser than a 万元 report and is not placed (a note); the bracketed figure had no
/// label but the bracket and was "an amount the reader could not place". It is the same figure at a finer precision: when
/// it follows the 亿元 figure directly and agrees with it (rounded half away from zero to the 亿元 figure's decimals), it is
/// placed where the 亿元 figure was meant to go. A bracketed figure that does not agree stays a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The last 亿元 figure found coarser than the report (<see cref="AmountNode"/>), with its span; or null.</summary>
    private (NumberToken Token, SourceSpan Span)? coarseFigure;

    /// <summary>
    /// Places a bracketed 万元 figure right after a coarse 亿元 one (<see cref="ReportBuilder.LastCoarse"/>) on the coarse
    /// figure's pointer when the two agree; false, and nothing placed, otherwise.
    /// </summary>
    private bool FinerRestatement(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (coarseFigure is not { } coarse || b.LastCoarse is not { } last || last.Span != coarse.Span || last.Pointer.Length == 0
            || token.Unit != FigureUnit.WanYuan || coarse.Token.Unit != FigureUnit.YiYuan)
        {
            return false;
        }

        var name = label.AsSpan().Trim();
        if (name.Length != 1 || name[0] is not ('(' or '（')
            || span.StartLine != coarse.Span.EndLine || span.StartColumn != coarse.Span.EndColumn + 2)
        {
            return false;   // only the bracket between the two figures: "12.29亿元（122868.48万元）"
        }

        var decimals = Math.Max(coarse.Token.Decimals, 0);
        if (Math.Round(token.Value / 10_000m, decimals, MidpointRounding.AwayFromZero) != coarse.Token.Value)
        {
            return false;   // not the same figure: a note, as before
        }

        coarseFigure = null;
        b.Set(last.Pointer, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }
}
