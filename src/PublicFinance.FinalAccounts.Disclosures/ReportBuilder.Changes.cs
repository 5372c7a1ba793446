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
            if (name == "change" && child.Kind == DraftKind.Object && child.Member("direction") is null
                && FigurePriorYearAmount(node, child) is { } prior)
            {
                node.RemoveAt(i);   // sessions 48, 56: "本年决算数 X，上年决算数 Y", "X（上年：Y）" — the figure's prior year, no change
                node.Put(PriorYearMember, prior);
                var figure = PathPointer(depth);
                MoveClaims(figure + "/change/" + PriorYearMember, figure + "/" + PriorYearMember);
            }
            else if (name == "change" && child.Kind == DraftKind.Object && child.Member("direction") is null)
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

    /// <summary>The member of a stated figure that holds its prior-year amount stated without a change (schema 1.13 on a 类, 款
    /// or 项, 1.15 on every stated figure).</summary>
    private const string PriorYearMember = "priorYearAmount";

    /// <summary>
    /// The prior-year amount of a change without a direction that holds nothing else, when the change is a stated figure's
    /// (its node holds the figure's <c>amount</c>; a statement's change, /narrative/overall/change, is not) and the figure has
    /// no prior-year amount yet — a figure stated with its 上年数 and no 增加/减少: session 48 (blind round 44, t01), a 类, 款
    /// or 项's "本年决算数 612.40 万元，上年决算数 598.17 万元，调整预算…"; session 56 (round 52, t09), every stated figure's
    /// "本年收入 341.04 万元（上年：324.39 万元）". It is the figure's own <c>priorYearAmount</c>, not a change left without
    /// its direction; no change amount or rate is derived from it. Null otherwise (the change is dropped with a note).
    /// </summary>
    private static DraftNode? FigurePriorYearAmount(DraftNode figure, DraftNode change)
    {
        if (change.Count != 1 || change.NameAt(0) != PriorYearMember || figure.Member(PriorYearMember) is not null
            || change.At(0).Kind is DraftKind.Object or DraftKind.Array)
        {
            return null;
        }

        return figure.Member("amount") is { Kind: not (DraftKind.Object or DraftKind.Array) } ? change.At(0) : null;
    }

    /// <summary>Points the claims made at <paramref name="from"/> at <paramref name="to"/>, where their value was moved.</summary>
    private void MoveClaims(string from, string to)
    {
        for (var k = 0; k < Claims.Count; k++)
        {
            if (Claims[k] is { } claim && string.Equals(claim.Pointer, from, StringComparison.Ordinal))
            {
                Claims.Replace(k, new Claim { Kind = claim.Kind, Pointer = to, Span = claim.Span, Text = claim.Text, Value = claim.Value });
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
