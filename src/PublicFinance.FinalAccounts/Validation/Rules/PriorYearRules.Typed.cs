using System.Collections;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// FA2107 over the typed model (session 25): the prior-year relations' templates expanded by the contract's getters
/// (<see cref="TypedTemplate"/>), each figure's record read where the index path read its node — the same locations, in the
/// same order, the same figures — and a sum passed by its values first (<see cref="ValuesFirst"/>), so that pointer text is
/// written only for a sum that does not pass that way. The fact index is never read.
/// </summary>
internal static partial class PriorYearRules
{
    /// <summary>The typed path's scratch: one expansion per template role, reused on the thread.</summary>
    [ThreadStatic]
    private static TypedScratch? spareScratch;

    // The members the rule reads, each a path whose getter is found once per record type.
    private static readonly ContractPath CodePath = new([CodeMember]);
    private static readonly ContractPath ChangePath = new([ChangeMember]);
    private static readonly ContractPath AmountPath = new([AmountMember]);
    private static readonly ContractPath GrandTotalPath = new(["incomeGrandTotal"]);

    private static void ReconstructTyped(ValidationContext context, PriorYearStep[] steps)
    {
        var scratch = spareScratch ?? new TypedScratch();
        spareScratch = null;
        try
        {
            foreach (var step in steps)
            {
                if (step.Rollup is { } rollup)
                {
                    RollupTyped(context, rollup, step.TypedRollup, scratch);
                    continue;
                }

                var totals = scratch.Totals;
                step.TypedTotal!.Expand(context.Report, [], totals);
                for (var t = 0; t < totals.Count; t++)
                {
                    scratch.Items.Clear();
                    var partial = false;
                    var closed = false;
                    for (var k = 0; k < step.TypedItems.Length; k++)
                    {
                        var terms = scratch.TermsOf(k);
                        step.TypedItems[k].Expand(context.Report, totals.IndicesOf(t), terms);
                        for (var i = 0; i < terms.Count; i++)
                        {
                            if (terms.PresentAt(i) || !step.Optional[k])
                            {
                                scratch.Items.Add(new Place(step.TypedItems[k], terms, i));
                                closed |= step.Closing[k] && terms.PresentAt(i);
                            }
                            else
                            {
                                partial = true;
                            }
                        }
                    }

                    // An optional item not stated and the list not closed (session 36): the prior-year items are a lower bound
                    // of the prior total.
                    var lowerBound = partial && !closed && step.LowerBoundWhenPartial;
                    CheckPriorTyped(context, new Place(step.TypedTotal, totals, t), scratch, lowerBound);
                }

                // The items' expansions are read by CheckPriorTyped above: a step's places are not kept past its totals.
            }
        }
        finally
        {
            scratch.Clear();
            spareScratch = scratch;
        }
    }

    private static void RollupTyped(
        ValidationContext context, RollupRelation rollup, (ContractPath? Parents, ContractPath? Children) lists, TypedScratch scratch)
    {
        var parents = ListAt(context.Report, lists.Parents);
        var children = ListAt(context.Report, lists.Children);
        var childCount = children?.Count ?? 0;
        // Each child's code read and written as text once (session 35), not again for every parent and every other child.
        var codes = scratch.CodesFor(childCount);
        for (var j = 0; j < childCount; j++)
        {
            if (children![j] is not { } child || CodePath.ValueAt(child) is not { } childCode)
            {
                context.NotApplicable();   // a child without a code could belong to any parent
                return;
            }

            codes[j] = childCode.ToString();
        }

        var parentCount = parents?.Count ?? 0;
        for (var i = 0; i < parentCount; i++)
        {
            if (parents![i] is not { } row || CodePath.ValueAt(row) is not { } code)
            {
                continue;
            }

            var c = code.ToString()!;
            scratch.Items.Clear();
            for (var j = 0; j < childCount; j++)
            {
                if (codes[j] is { } s && s.Length > c.Length && s.StartsWith(c, StringComparison.Ordinal)
                    && !HasListedChild(codes, childCount, s))
                {
                    scratch.Items.Add(Place.Member(children![j], rollup.Value, rollup.Children, j));
                }
            }

            if (scratch.Items.Count > 0)
            {
                CheckPriorTyped(context, Place.Member(row, rollup.Value, rollup.Parents, i), scratch, lowerBound: false);
            }
        }
    }

    /// <summary>The list at a path (its elements by index), or null when absent or not a list.</summary>
    private static IReadOnlyList<object?>? ListAt(FinalAccountsReport report, ContractPath? path) =>
        path?.ValueAt(report) switch
        {
            null or string => null,
            IReadOnlyList<object?> list => list,
            IEnumerable other => [.. other.Cast<object?>()],
            _ => null,
        };

    /// <summary>Whether a child's code is a proper prefix of another child's code (see the index path's HasListedChild).</summary>
    private static bool HasListedChild(string?[] codes, int count, string code)
    {
        for (var k = 0; k < count; k++)
        {
            if (codes[k] is { } o && o.Length > code.Length && o.StartsWith(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckPriorTyped(ValidationContext context, Place total, TypedScratch scratch, bool lowerBound)
    {
        var places = scratch.Items;
        // No item stated (a list of classes left empty): nothing to rebuild the total from, not a sum of zero.
        if (places.Count == 0 || !TryPriorTyped(context, total, located: false, out var totalPrior))
        {
            context.NotApplicable();
            return;
        }

        var figures = scratch.Figures;
        figures.Clear();
        foreach (var place in places)
        {
            if (!TryPriorTyped(context, place, located: false, out var prior))
            {
                context.NotApplicable();
                return;
            }

            figures.Add((prior, 1));
        }

        // Passed by the printed values: no figure needs its pointer; otherwise the same figures, located.
        if (ValuesFirst.PassesSum(context, totalPrior, figures))
        {
            context.Pass();
            return;
        }

        TryPriorTyped(context, total, located: true, out totalPrior);
        for (var k = 0; k < places.Count; k++)
        {
            TryPriorTyped(context, places[k], located: true, out var prior);
            figures[k] = (prior, 1);
        }

        if (lowerBound)
        {
            context.CheckLowerBound(totalPrior, figures, Label);
        }
        else
        {
            context.CheckSum(totalPrior, figures, Label);
        }
    }

    /// <summary>
    /// The reconstructed prior-year figure of an amount (a place named <c>amount</c> beside a <c>change</c>), as the index
    /// path's <c>TryPriorOf</c>: a present value must be the <c>amount</c> member of its record; an absent one names it.
    /// </summary>
    private static bool TryPriorTyped(ValidationContext context, Place place, bool located, out Figure prior)
    {
        prior = default;
        if (!string.Equals(place.LastToken, AmountMember, StringComparison.Ordinal)
            || place.Holder is not { } row
            || ChangePath.ValueAt(row) is not YearOverYearChange change)
        {
            return false;
        }

        // The change's pointer: the record's (the place's parent) and /change.
        string? ChangePointer() => located ? JsonPointer.Child(JsonPointer.ParentOf(place.Pointer()), ChangeMember) : null;
        if (change.PriorYearAmount is { } stated)
        {
            var at = located ? FactPointer.Of(JsonPointer.Child(ChangePointer()!, "priorYearAmount")) : default;
            prior = context.Figure(at, stated);
            return true;
        }

        var inEmptyTable = context.AnyDeclaredEmpty && InEmptyTable(context, JsonPointer.ParentOf(place.Pointer()));
        if (!TryCurrentTyped(context, row, inEmptyTable, out var current))
        {
            return false;
        }

        var changeAt = located ? FactPointer.Of(ChangePointer()!) : default;
        if (change.Direction == ChangeDirection.Unchanged)
        {
            prior = new Figure(changeAt, current.Value, current.Range);
            return true;
        }

        if (change.Amount is not { } amount)
        {
            return false;
        }

        var s = Sign(change.Direction);
        var range = context.Range(amount);
        prior = new Figure(changeAt, current.Value - s * amount.Value, s > 0 ? current.Range - range : current.Range + range);
        return true;
    }

    /// <summary>The current-year figure a change refers to: its record's amount, or a statement's grand total (unlocated).</summary>
    private static bool TryCurrentTyped(ValidationContext context, object row, bool inEmptyTable, out Figure current)
    {
        if (TryFigureTyped(context, AmountPath.ValueAt(row), inEmptyTable, out current))
        {
            return true;
        }

        var total = GrandTotalPath.ValueAt(row);
        return TryFigureTyped(context, total is null ? null : AmountPath.ValueAt(total), inEmptyTable, out current);
    }

    /// <summary>
    /// A figure's value as the interpreter reads one (an amount, a quantity, a count); an absent one inside a table declared
    /// empty is an exact zero (the catalogue's prior-year relations name only narrative records, which lie in no such table).
    /// </summary>
    private static bool TryFigureTyped(ValidationContext context, object? value, bool inEmptyTable, out Figure figure)
    {
        switch (value)
        {
            case Amount a:
                figure = context.Figure(default(FactPointer), a);
                return true;
            case Quantity q:
                figure = context.Figure(default(FactPointer), q);
                return true;
            case int n:
                figure = ValidationContext.Count(default(FactPointer), n);
                return true;
            case null when inEmptyTable:
                figure = new Figure(default(FactPointer), 0m, 0, RoundingMode.Exact);
                return true;
            default:
                figure = default;
                return false;
        }
    }

    /// <summary>
    /// Whether a record's pointer lies inside a table declared empty (<c>isEmpty</c> true): a fund table's, the model's only
    /// such member (<see cref="ValidationContext.AnyDeclaredEmpty"/>), at <c>/tables/governmentFund</c> or <c>/tables/stateCapital</c>.
    /// </summary>
    private static bool InEmptyTable(ValidationContext context, string record)
    {
        var tables = context.Report.Tables;
        return (tables?.GovernmentFund?.IsEmpty == true && Within(record, "/tables/governmentFund"))
            || (tables?.StateCapital?.IsEmpty == true && Within(record, "/tables/stateCapital"));
    }

    private static bool Within(string pointer, string ancestor) =>
        pointer.StartsWith(ancestor, StringComparison.Ordinal) && (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/');

    /// <summary>A location of an expansion (or a roll-up row's member): its record, its last token, its pointer on demand.</summary>
    private readonly struct Place
    {
        private readonly TypedTemplate? template;
        private readonly TypedTemplate.Locations? locations;
        private readonly int index;
        private readonly string? list;

        public Place(TypedTemplate template, TypedTemplate.Locations locations, int index)
        {
            this.template = template;
            this.locations = locations;
            this.index = index;
            Holder = locations.HolderAt(index);
            LastToken = template.LastToken;
        }

        private Place(object? holder, string member, string list, int index)
        {
            Holder = holder;
            LastToken = member;
            this.list = list;
            this.index = index;
        }

        /// <summary>The record holding the place's last token, or null when it is absent.</summary>
        public object? Holder { get; }

        /// <summary>The member the place names.</summary>
        public string? LastToken { get; }

        /// <summary>A member of a roll-up list's row.</summary>
        public static Place Member(object? row, string member, string list, int index) => new(row, member, list, index);

        /// <summary>The place's pointer text.</summary>
        public string Pointer() => list is not null
            ? JsonPointer.Child(JsonPointer.Element(list, index), LastToken!)
            : template!.PointerOf(locations!, index);
    }

    /// <summary>The typed path's reusable lists.</summary>
    private sealed class TypedScratch
    {
        public TypedTemplate.Locations Totals { get; } = new();

        private readonly List<TypedTemplate.Locations> terms = [];

        /// <summary>The expansion of item <paramref name="k"/> (each item its own: the places found are read after all).</summary>
        public TypedTemplate.Locations TermsOf(int k)
        {
            while (terms.Count <= k)
            {
                terms.Add(new TypedTemplate.Locations());
            }

            return terms[k];
        }

        public List<Place> Items { get; } = [];

        public List<(Figure, int)> Figures { get; } = [];

        private string?[] codes = [];

        /// <summary>Room for the codes of a roll-up's <paramref name="count"/> children (kept for the next roll-up).</summary>
        public string?[] CodesFor(int count)
        {
            if (codes.Length < count)
            {
                codes = new string?[Math.Max(count, codes.Length * 2)];
            }

            return codes;
        }

        public void Clear()
        {
            Array.Clear(codes, 0, codes.Length);
            Totals.Clear();
            foreach (var expansion in terms)
            {
                expansion.Clear();
            }

            Items.Clear();
            Figures.Clear();
        }
    }
}
