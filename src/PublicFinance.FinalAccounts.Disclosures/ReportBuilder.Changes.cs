using PublicFinance.FinalAccounts.Serialization;
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
    /// <summary>The contract's name of the second budget comparison (schema 1.6).</summary>
    private const string SecondBudgetName = "secondBudget";

    /// <summary>
    /// Removes every change object of the draft without a direction, each with a located note (at the span of one of its
    /// values, else the text's start) naming where it would have been placed.
    /// </summary>
    public void DropChangesWithoutDirection()
    {
        ForgetLastWalk();   // a change removed may be on the remembered walk; its arrays hold this walk's path instead
        NamesSecondBudget = false;
        DropChangesWithoutDirection(Root, 0);
    }

    /// <summary>
    /// Whether the walk of <see cref="DropChangesWithoutDirection()"/> met a member named <c>secondBudget</c> (第二预算口径的比较)
    /// anywhere in the draft, a compact row's members included. When it did not, no record of the report built from the
    /// draft (directly or through its JSON) can hold one, and <see cref="SchemaVersionFloor"/> need not walk the report
    /// for it (docs/performance.md "Session 29: reader"). True until the walk has been made.
    /// </summary>
    public bool NamesSecondBudget { get; private set; } = true;

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

        if (node.Kind != DraftKind.Object)
        {
            return;   // a value (an indicator's value holds no comparison: IndicatorValue is text, comparator, figure, unit)
        }

        if (node.IsCompactRow)
        {
            NoteSecondBudgetIn(node);   // a compact row holds values only; its names are looked at all the same
            return;
        }

        for (var i = node.Count - 1; i >= 0; i--)
        {
            var name = node.NameAt(i);
            NamesSecondBudget |= IsSecondBudget(name);
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

    /// <summary>Sets <see cref="NamesSecondBudget"/> when a member of the compact row <paramref name="row"/> is so named.</summary>
    private void NoteSecondBudgetIn(DraftNode row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            NamesSecondBudget |= IsSecondBudget(row.NameAt(i));
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is <c>secondBudget</c>: its length and first character first, inline (the walk asks
    /// of every member of the draft; callgrind put the plain ordinal comparison at ≈ 40 instructions a member).
    /// </summary>
    private static bool IsSecondBudget(string name)
        => name.Length == SecondBudgetName.Length && name[0] == 's' && string.Equals(name, SecondBudgetName, StringComparison.Ordinal);

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
