using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 54: a table's change cell marked with a sign of uncertain meaning (<see cref="SignMarkers"/>).</summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Keeps the change cell <paramref name="cell"/>, marked with a sign the text leaves uncertain, as a located claim with
    /// no direction (the change then holds no direction and is dropped with its note) and notes why: no check rests on it.
    /// </summary>
    private void AmbiguousMarker(string subject, Column column, Fragment cell, NumberToken token, SourceSpan span, string text)
    {
        if (column == Column.ChangeAmount)
        {
            b.Set(subject + "/change/amount", Amount(token, span), span, ClaimKind.ChangeAmount, text);
        }
        else if (column == Column.ChangeRate && token.Unit is FigureUnit.Percent or FigureUnit.None)
        {
            b.Set(subject + "/change/rate", DraftNode.Of(token.Digits), span, ClaimKind.ChangeRate, text);
        }

        var (zh, en) = DisclosureMessages.AmbiguousSignMarker(text.Trim());
        b.Note(span, zh, en, text);
    }
}
