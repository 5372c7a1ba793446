using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8, item 3): a 财政拨款 change placed from the typed statements (<see cref="PlaceStatements()"/>: the
/// expenditure's change after the income's, "…财政拨款支出 310.00 万元，比上年减少 15.00 万元，下降 4.62%。") whose reason opens the
/// next sentence of its paragraph ("主要原因是压减一般性支出。", "减少原因：…", "支出减少的主要原因是…") — before, only a reason in
/// the change's own sentence was taken, and the change warned that it had none (false FA2106). The next sentence is taken
/// only when nothing but a rate stands between the change and its sentence's end, the reason sentence follows in the same
/// paragraph, and its head (the words before the marker) has no figure and does not name the other flow (收入 for an
/// expenditure's change, 支出 for an income's).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Markers that may open a reason sentence (not 主要用于: a use), longest first where one contains another.</summary>
    private static readonly string[] SentenceReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.OpensSentence);

    /// <summary>The longest head a reason sentence may have before its marker ("财政拨款支出减少的" is 9).</summary>
    private const int ReasonHeadLength = 12;

    /// <summary>
    /// The reason that opens the sentence after the one where a typed change of <paramref name="flow"/> ends at
    /// <paramref name="from"/> (positions in the normalised text), as written up to that sentence's end; null when there is
    /// none by the rules of the type's summary.
    /// </summary>
    private (string Text, SourceSpan Span)? NextSentenceStatementReason(int from, StatementFlow flow)
    {
        var text = b.Text;
        var end = from;
        while (end < text.Length && text[end] is not ('。' or ';' or '\n'))
        {
            end++;
        }

        if (end >= text.Length || text[end] != '。')
        {
            return null;
        }

        var next = 0;
        var between = text.Substring(from, end - from);
        while (Scanner.Next(between, ref next, out var n))
        {
            if (n.Unit is not FigureUnit.Percent)
            {
                return null;   // another figure after the change: the next sentence is not certainly this change's
            }
        }

        var at = end + 1;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var limit = Math.Min(text.Length, at + ReasonHeadLength + 1);
        for (var m = at; m < limit; m++)
        {
            foreach (var marker in SentenceReasonMarkers)
            {
                if (!Scanner.Starts(text, m, marker))
                {
                    continue;
                }

                var head = text.Substring(at, m - at);
                if (Scanner.HasFigure(head) || head.IndexOf('\n') >= 0 || head.IndexOf(',') >= 0
                    || flow == StatementFlow.Expenditure && head.Contains("收入") || flow == StatementFlow.Income && head.Contains("支出")
                    || m > at && !head.Contains("原因") && !marker.Contains("原因"))
                {
                    return null;
                }

                var start = m + marker.Length;
                var stop = start;
                while (stop < text.Length && text[stop] is not ('。' or '\n'))
                {
                    stop++;
                }

                var clauseEnd = text.IndexOfAny([',', ';'], start, stop - start);
                if (!marker.Contains("原因") && Scanner.HasFigureIn(text, start, clauseEnd < 0 ? stop : clauseEnd))
                {
                    return null;   // "主要是基本支出 200.00 万元": a composition, not a reason
                }

                var reason = b.RawRange(start, stop).Trim();
                return reason.Length == 0 ? null : (reason, b.TextSpan(start, stop));
            }
        }

        return null;
    }
}
