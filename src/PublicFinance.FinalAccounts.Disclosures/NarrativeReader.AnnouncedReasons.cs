using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 32, blind round 30 family D: a reason marker that ends its paragraph with a colon ("…下降 5.26%。主要原因：",
/// "原因如下：") announces a list on the lines after it ("一是…；" / "二是…。", "1.…；" / "2.…。"). The list paragraphs are the
/// reason of the change the marker follows, as they are when written on the marker's own line (before: the marker's reason was
/// empty, the change kept none and FA2106 said "no reason"). The list ends at the first block that is not a numbered entry
/// (a heading, a table row, a paragraph of prose); its text and span are the reason's. When no numbered entry follows, nothing
/// is given.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The change (or budget comparison) whose reason a marker ending its paragraph announced; null when none waits.</summary>
    private string? announcedReason;

    /// <summary>The text of the list entries read so far for <see cref="announcedReason"/>, joined as written.</summary>
    private string announcedText = string.Empty;

    /// <summary>The span of the first and of the last list entry read for <see cref="announcedReason"/>.</summary>
    private SourceSpan announcedFirst, announcedLast;

    /// <summary>
    /// After a sentence whose reason marker at <paramref name="reasonAt"/> (of <paramref name="length"/>) is followed by nothing
    /// but a colon to the end of the paragraph <paramref name="t"/>: the list after it is <see cref="reasonTarget"/>'s reason.
    /// </summary>
    private void AnnouncedReasonMarker(string t, int reasonAt, int length)
    {
        var end = t.Length;
        while (end > reasonAt + length && char.IsWhiteSpace(t[end - 1]))
        {
            end--;
        }

        var colon = end > 0 && t[end - 1] == ':';
        var after = reasonAt + length;
        while (after < end && (t[after] == ':' || char.IsWhiteSpace(t[after])))
        {
            after++;
        }

        if (reasonTarget is not null && colon && after == end && !b.Has(reasonTarget, "reason"))
        {
            announcedReason = reasonTarget;
            announcedText = string.Empty;
        }
    }

    /// <summary>
    /// Whether <paramref name="block"/> is an entry of the list a marker announced (<see cref="announcedReason"/>) and was taken
    /// as part of that reason; a block that is none ends the list (the reason is placed) and is read as usual.
    /// </summary>
    private bool AnnouncedReasonEntry(Block block)
    {
        if (announcedReason is null)
        {
            return false;
        }

        var text = block.Content.Text;
        if (block.Kind is BlockKind.Heading or BlockKind.TableRow or BlockKind.Cell || !StartsReasonEntry(text))
        {
            PlaceAnnouncedReason();
            return false;
        }

        var span = b.Span(block.Content, 0, block.Content.Length);
        announcedFirst = announcedText.Length == 0 ? span : announcedFirst;
        announcedLast = span;
        announcedText += b.Raw(block.Content, 0, block.Content.Length).Trim();
        return true;
    }

    /// <summary>Places the reason the announced list gave (when it gave one) and forgets the announcement.</summary>
    private void PlaceAnnouncedReason()
    {
        var target = announcedReason;
        announcedReason = null;
        if (target is null || announcedText.Length == 0 || b.Has(target, "reason"))
        {
            return;
        }

        var span = new SourceSpan(announcedFirst.StartLine, announcedFirst.StartColumn, announcedLast.EndLine, announcedLast.EndColumn);
        b.SetUnder(target, "reason", DraftNode.Of(announcedText), span);
        SharedReason(target, announcedText, span);
        announcedText = string.Empty;
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with the number of a list entry: "一是", "(1)", "(一)", "1." or "1、" (not a
    /// decimal), "①", or 首先 / 其次 / 再次 / 最后.
    /// </summary>
    internal static bool StartsReasonEntry(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        if (BlockClassifier.IsChineseNumeral(text[0]) && AfterNumerals(text, 0, BlockClassifier.IsChineseNumeral, static c => c == '是') > 0)
        {
            return true;
        }

        if (text[0] == '(')
        {
            return AfterNumerals(text, 1, Scanner.IsDigit, static c => c == ')') > 0
                || AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')') > 0;
        }

        if (text[0] is >= '\u2460' and <= '\u2473')
        {
            return true;
        }

        if (ListMarker(text, out _))
        {
            return true;
        }

        return text.StartsWith("首先", StringComparison.Ordinal) || text.StartsWith("其次", StringComparison.Ordinal)
            || text.StartsWith("再次", StringComparison.Ordinal) || text.StartsWith("最后", StringComparison.Ordinal);
    }
}
