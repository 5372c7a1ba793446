using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The draft's year-over-year changes made whole before the report is built: a change needs its direction (增加/减少,
/// <c>YearOverYearChange.direction</c> is required), and a reading that placed only a prior-year amount, an amount or a rate
/// ("本年支出 6655.41 万元，比上年 6120.90 万元增加 534.51 万元" read in part) would otherwise reach the materializer as
/// invalid JSON and be dropped with an internal error's words. Each such change becomes a located reader note instead, and
/// the rest of the report is kept — whatever the reading.
/// </summary>
internal sealed partial class ReportBuilder
{
    /// <summary>
    /// Removes every change object of the draft without a direction, each with a located note (at the span of one of its
    /// values, else the text's start) naming where it would have been placed.
    /// </summary>
    public void DropChangesWithoutDirection()
    {
        ForgetLastWalk();   // a change removed may be on the remembered walk; its arrays hold this walk's path instead
        DropChangesWithoutDirection(Root, 0);
    }

    /// <summary>The walk of <see cref="DropChangesWithoutDirection()"/>: the way from the root to <paramref name="node"/> is
    /// its first <paramref name="depth"/> steps (<see cref="SetPathStep"/>: each container and the index of the member or
    /// item taken), made a pointer only for a note — the walk itself allocates nothing per node.</summary>
    private void DropChangesWithoutDirection(DraftNode node, int depth)
    {
        if (node.Kind == DraftKind.Array)
        {
            for (var i = 0; i < node.Count; i++)
            {
                SetPathStep(depth, node, i);
                DropChangesWithoutDirection(node.At(i), depth + 1);
            }

            return;
        }

        if (node.Kind != DraftKind.Object || node.IsCompactRow)
        {
            return;   // a value, or a compact row (values only)
        }

        for (var i = node.Count - 1; i >= 0; i--)
        {
            var name = node.NameAt(i);
            var child = node.At(i);
            SetPathStep(depth, node, i);
            if (name == "change" && child.Kind == DraftKind.Object && child.Member("direction") is null)
            {
                var at = PathPointer(depth + 1);
                var (zh, en) = DisclosureMessages.ChangeWithoutDirection(at);
                Note(SpanOfValues(child) ?? new SourceSpan(1, 1, 1, 1), zh, en, at);
                node.RemoveAt(i);
            }
            else if (child.Kind is DraftKind.Object or DraftKind.Array)
            {
                DropChangesWithoutDirection(child, depth + 1);
            }
        }
    }

    /// <summary>The span of the first placed value among the members of <paramref name="node"/>, or null.</summary>
    private static SourceSpan? SpanOfValues(DraftNode node)
    {
        for (var i = 0; i < node.Count; i++)
        {
            var value = node.At(i);
            if (value.Kind is not (DraftKind.Object or DraftKind.Array) && value.Mapped)
            {
                return value.Span;
            }
        }

        return null;
    }
}
