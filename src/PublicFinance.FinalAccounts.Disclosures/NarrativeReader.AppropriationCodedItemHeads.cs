namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (order52; blind round 48, t10): in the 财政拨款 section, a numbered line (any entry mark: "1.", "（1）", "①") that
/// opens with an item's name and its bracketed 7-digit code before a colon — "① 行政运行（2200501）：调整预算520.00万元，决算
/// 512.36万元，执行率98.53%；…". Session 51's <see cref="CodedItemHead"/> read this line only in the 一般公共预算 section; under
/// "财政拨款支出决算情况" its figures were the section total's of another kind (notes), and a change after the colon could
/// even become the total's change. The item is a new entry of the section's list of functional items
/// (<c>appropriation/items</c>, which holds the items of any fund) and the line's subject, as session 46's coded rows under
/// the same heading are.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="body"/> (a paragraph of the 财政拨款 section, its "1." taken off when it had one)
    /// opens with an entry number and an item's name and code before a colon (see the type's summary): the item becomes the
    /// subject, and <paramref name="rest"/> is what follows the colon.
    /// </summary>
    /// <remarks>
    /// Session 53 (blind round 50, t06 and t10): also on an unnumbered line or one that opens with a bullet ("●"): the name and
    /// its written code before the colon are the entry's mark, as session 52 (r49fix) took them in the 一般公共预算 section.
    /// Before, "其他群众团体事务支出（2012999）：调整预算96.00万元…" read its budget as the section total's (a false FA8003).
    /// </remarks>
    private bool AppropriationCodedItemHead(Fragment body, out Fragment rest)
    {
        rest = body;
        var text = body.Text;
        if (!ContainsFigure(text)
            || !CodedItemHeadAt(text, EntryNumberEnd(text), out var headed, out var code, out var consumed))
        {
            return false;
        }

        var span = b.Span(body, 0, Math.Min(consumed, body.Length));
        subject = StartFunctionalEntry(
            N + "appropriation/items", code, headed.ClassName, headed.SectionName, headed.Name, span, text, consumed);
        rest = ItemEntered(body, text, consumed);
        return true;
    }
}
