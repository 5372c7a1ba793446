using System.Buffers;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The decisions the generated walks call (session 23): each records what the interpreter would for a plain outcome, or
/// returns false having recorded nothing.
/// </summary>
internal static partial class CompiledChecks
{
    /// <summary>
    /// An inequality at fixed pointers (不大于), as <see cref="FixedRelation"/> and the interpreter decide it: both figures
    /// present — passed by values first, else the interpreter's check (<see cref="ValidationContext.CheckLessOrEqual(Figure,
    /// Figure, CheckLabel)"/>) with the figures located at their templates' text, the pointers the index would write
    /// (session 25: a finding is recorded here, not handed back); one or both absent — not applicable or could not run by
    /// <paramref name="whenAbsent"/>, the absent templates' pointers named.
    /// </summary>
    /// <returns>Whether the outcome was recorded.</returns>
    internal static bool LessOrEqual(
        ValidationContext context, Figure? lesser, Figure? greater, AbsentFigures whenAbsent, string lesserAt, string greaterAt)
    {
        var outcomes = default(Outcomes);
        if (outcomes.LessOrEqual(lesser, greater, whenAbsent))
        {
            return outcomes.Commit(context);
        }

        if (lesser is { } l && greater is { } g)
        {
            var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn);
            context.CheckLessOrEqual(l.At(FactPointer.Of(lesserAt)), g.At(FactPointer.Of(greaterAt)), label);
            return true;
        }

        // RelationEvaluator.EvaluateInequality: both absent under "could not run" name both, else the absent one.
        return whenAbsent == AbsentFigures.CouldNotRun && lesser is null && greater is null
            ? Absent(context, lesserAt, greaterAt)
            : Absent(context, lesser is null ? lesserAt : greaterAt);
    }

    /// <summary>
    /// A ratio at fixed pointers (占比): no stated percentage — not applicable; the numerator or the denominator absent —
    /// could not run with its template's pointer (the numerator first); else passed by values first, or nothing.
    /// </summary>
    /// <returns>Whether the outcome was recorded.</returns>
    internal static bool Ratio(
        ValidationContext context, Percent? stated, Figure? numerator, Figure? denominator, string numeratorAt, string denominatorAt)
    {
        if (stated is not null && (numerator is null || denominator is null))
        {
            return Absent(context, numerator is null ? numeratorAt : denominatorAt);
        }

        var outcomes = default(Outcomes);
        return outcomes.Ratio(context, stated, numerator, denominator) && outcomes.Commit(context);
    }

    /// <summary>
    /// A roll-up between two coded lists (按科目汇总; <c>RelationEvaluator.EvaluateRollup</c>): each parent with a code and a
    /// value equals the sum of the children below its code, one level per parent (a child whose code is a prefix of
    /// another child's is counted through those). Records when every parent is not applicable or passes by values first;
    /// an absent list could not run (its pointer); a null element, an uncoded child, a child without a value under a
    /// parent that has one, or a sum that is off records nothing.
    /// </summary>
    /// <returns>Whether the relation was recorded.</returns>
    internal static bool Rollup<TParent, TChild>(
        ValidationContext context,
        IReadOnlyList<TParent?>? parents,
        IReadOnlyList<TChild?>? children,
        Func<TParent, string?> parentCode,
        Func<TParent, Amount?> parentValue,
        Func<TChild, string?> childCode,
        Func<TChild, Amount?> childValue,
        string parentsAt,
        string childrenAt,
        string valueMember)
        where TParent : class
        where TChild : class
    {
        if (parents is null || children is null)
        {
            return Absent(context, parents is null ? parentsAt : childrenAt);
        }

        var keys = new CodeKeys();
        // Every proper prefix (up to seven characters) of a child's code: a child whose own code is one has descendants.
        var prefixes = Rent(ref sparePrefixes);
        var sums = Rent(ref spareSums);
        var codes = ArrayPool<string>.Shared.Rent(Math.Max(1, children.Count));
        try
        {
            for (var j = 0; j < children.Count; j++)
            {
                if (children[j] is not { } child || childCode(child) is not { } code)
                {
                    return false;
                }

                codes[j] = code;
                for (var length = 1; length < code.Length && length <= MaxCodeLength; length++)
                {
                    prefixes.Add(keys.Of(code, length));
                }
            }

            // The leaves' values added up under each of their prefixes.
            for (var j = 0; j < children.Count; j++)
            {
                var code = codes[j];
                if (prefixes.Contains(keys.Of(code)))
                {
                    continue;
                }

                var value = childValue(children[j]!);
                for (var length = 1; length < code.Length && length <= MaxCodeLength; length++)
                {
                    var key = keys.Of(code, length);
                    var terms = sums.TryGetValue(key, out var found) ? found : default;
                    terms.Add(value, subtract: false, optional: false);
                    sums[key] = terms;
                }
            }

            var outcomes = default(Outcomes);
            for (var i = 0; i < parents.Count; i++)
            {
                if (parents[i] is not { } parent)
                {
                    return false;
                }

                if (parentCode(parent) is not { } code || parentValue(parent) is not { } total
                    || !sums.TryGetValue(keys.Of(code), out var terms))
                {
                    outcomes.NotApplicable();
                    continue;
                }

                if (!terms.Passes(total))
                {
                    // Not passed by values (a difference, a child's value absent, a wide figure): every parent's outcome as
                    // the interpreter records it, its figures located (session 25: not handed back).
                    return RollupChecked(context, parents, children, parentCode, parentValue, childValue, codes, prefixes, keys,
                        (parentsAt, childrenAt, valueMember));
                }

                outcomes.Pass();
            }

            return outcomes.Commit(context);
        }
        finally
        {
            ArrayPool<string>.Shared.Return(codes, clearArray: true);
            Return(ref sparePrefixes, prefixes, prefixes.Count, static p => p.Clear());
            Return(ref spareSums, sums, sums.Count, static d => d.Clear());
        }
    }

    /// <summary>
    /// A roll-up's every parent recorded as <c>RelationEvaluator.EvaluateRollup</c> records it, once no parent is null and every
    /// child is coded: a parent without a code or value, or with no leaf child below its code, not applicable; a leaf child
    /// without a value could not run (its cell); else <see cref="ValidationContext.CheckSum(Figure, IReadOnlyList{ValueTuple{Figure,
    /// int}}, CheckLabel)"/> of the parent's value and its leaf children's in their order, each located at its list's element's
    /// member (the pointer the index writes), labelled with the parent's code. False, recording nothing, when a parent is null
    /// (the interpreter's business).
    /// </summary>
    private static bool RollupChecked<TParent, TChild>(
        ValidationContext context,
        IReadOnlyList<TParent?> parents,
        IReadOnlyList<TChild?> children,
        Func<TParent, string?> parentCode,
        Func<TParent, Amount?> parentValue,
        Func<TChild, Amount?> childValue,
        string[] codes,
        HashSet<long> prefixes,
        CodeKeys keys,
        (string Parents, string Children, string Member) at)
        where TParent : class
        where TChild : class
    {
        for (var i = 0; i < parents.Count; i++)
        {
            if (parents[i] is null)
            {
                return false;
            }
        }

        // The leaf children under each proper prefix of their code, in the children's order (the interpreter's chains).
        using var leaves = new RowChains(children.Count * (MaxCodeLength - 1));
        for (var j = 0; j < children.Count; j++)
        {
            var code = codes[j];
            if (prefixes.Contains(keys.Of(code)))
            {
                continue;
            }

            for (var length = 1; length < code.Length && length <= MaxCodeLength; length++)
            {
                leaves.Add(keys.Of(code, length), j);
            }
        }

        var items = RelationEvaluator.RentItems();
        var missing = RelationEvaluator.RentMissing();
        try
        {
            for (var i = 0; i < parents.Count; i++)
            {
                var parent = parents[i]!;
                var code = parentCode(parent);
                var first = code is null ? -1 : leaves.First(keys.Of(code));
                if (code is null || parentValue(parent) is not { } total || first < 0)
                {
                    context.NotApplicable();
                    continue;
                }

                items.Clear();
                missing.Clear();
                for (var entry = first; entry >= 0; entry = leaves.NextOf(entry))
                {
                    var j = leaves.RowAt(entry);
                    var cell = FactPointer.Of(JsonPointer.Child(JsonPointer.Element(at.Children, j), at.Member));
                    if (childValue(children[j]!) is { } value)
                    {
                        items.Add((context.Figure(cell, value), 1));
                    }
                    else
                    {
                        missing.Add(cell);
                    }
                }

                if (missing.Count > 0)
                {
                    context.CouldNotRun(missing);
                    continue;
                }

                var parentCell = FactPointer.Of(JsonPointer.Child(JsonPointer.Element(at.Parents, i), at.Member));
                var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn, code);
                context.CheckSum(context.Figure(parentCell, total), items, label);
            }

            return true;
        }
        finally
        {
            RelationEvaluator.ReturnItems(items);
            RelationEvaluator.ReturnMissing(missing);
        }
    }

    /// <summary>
    /// A table's code hierarchy (科目层级; <c>RelationEvaluator.EvaluateHierarchy</c>): in every column each row with
    /// children (rows whose code is its own and two more characters) equals their sum. Records when every such cell
    /// passes by values first or is not applicable (the row and all its children without a figure); an absent list could
    /// not run (its pointer); a null row, a child's figure absent, a parent's absent beside present children, or a sum
    /// that is off records nothing. Linear in the rows: one pass keys each row under its parent's code.
    /// </summary>
    /// <returns>Whether the relation was recorded.</returns>
    internal static bool Hierarchy<TRow>(
        ValidationContext context, IReadOnlyList<TRow?>? rows, Func<TRow, string?> rowCode, Func<TRow, Amount?>[] columns, string rowsAt)
        where TRow : class
    {
        if (rows is null)
        {
            return Absent(context, rowsAt);
        }

        var count = rows.Count;
        var keys = new CodeKeys();
        // The slot of each parent code (the children's sums, one per column), and each row's parent slot.
        var slots = Rent(ref spareSlots);
        var parentSlot = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        var codes = ArrayPool<string?>.Shared.Rent(Math.Max(1, count));
        CompiledSums.Terms[]? sums = null;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (rows[i] is not { } row)
                {
                    return false;
                }

                var code = codes[i] = rowCode(row);
                parentSlot[i] = -1;
                if (code is { Length: > 2 })
                {
                    var key = keys.Of(code, code.Length - 2);
                    if (!slots.TryGetValue(key, out var slot))
                    {
                        slots[key] = slot = slots.Count;
                    }

                    parentSlot[i] = slot;
                }
            }

            var width = columns.Length;
            sums = ArrayPool<CompiledSums.Terms>.Shared.Rent(Math.Max(1, slots.Count * width));
            Array.Clear(sums, 0, slots.Count * width);
            for (var i = 0; i < count; i++)
            {
                var slot = parentSlot[i];
                if (slot >= 0)
                {
                    for (var c = 0; c < width; c++)
                    {
                        sums[(slot * width) + c].Add(columns[c](rows[i]!), subtract: false, optional: false);
                    }
                }
            }

            var outcomes = default(Outcomes);
            for (var i = 0; i < count; i++)
            {
                if (codes[i] is not { } code || !slots.TryGetValue(keys.Of(code), out var slot))
                {
                    continue;
                }

                for (var c = 0; c < width; c++)
                {
                    ref readonly var terms = ref sums[(slot * width) + c];
                    if (columns[c](rows[i]!) is { } total)
                    {
                        if (!terms.Passes(total))
                        {
                            return false;
                        }

                        outcomes.Pass();
                    }
                    else if (terms.AnyItem)
                    {
                        // The interpreter: could not run, the parent's cell located below its row.
                        return false;
                    }
                    else
                    {
                        outcomes.NotApplicable();
                    }
                }
            }

            return outcomes.Commit(context);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(parentSlot);
            Return(ref spareSlots, slots, slots.Count, static d => d.Clear());
            ArrayPool<string?>.Shared.Return(codes, clearArray: true);
            if (sums is not null)
            {
                ArrayPool<CompiledSums.Terms>.Shared.Return(sums);
            }
        }
    }

    /// <summary>A collection with more entries than this is not kept for the next walk.</summary>
    private const int MaxKeptEntries = 1024;

    // The walks' keyed collections, one of each per thread, reused by every walk (a walk finishes with them before the
    // next starts): a validation allocates none once they are made.
    [ThreadStatic]
    private static HashSet<long>? sparePrefixes;

    [ThreadStatic]
    private static Dictionary<long, CompiledSums.Terms>? spareSums;

    [ThreadStatic]
    private static Dictionary<long, int>? spareSlots;

    /// <summary>The thread's collection (empty), or a new one; give it back with <c>Return</c>.</summary>
    private static T Rent<T>(ref T? spare)
        where T : class, new()
    {
        var rented = spare ?? new T();
        spare = null;
        return rented;
    }

    /// <summary>Gives a collection back, emptied, unless it held more than <see cref="MaxKeptEntries"/> entries.</summary>
    private static void Return<T>(ref T? spare, T rented, int count, Action<T> clear)
        where T : class
    {
        clear(rented);
        if (count <= MaxKeptEntries)
        {
            spare = rented;
        }
    }

    /// <summary>The longest classification code whose prefixes a roll-up keys (a 项 of the functional classification).</summary>
    private const int MaxCodeLength = 7;

    /// <summary>
    /// The plain outcomes of one relation's checks, counted until the walk has decided them all (then
    /// <see cref="Commit"/>): nothing is recorded when a walk gives up half way.
    /// </summary>
    internal struct Outcomes
    {
        private int passed;
        private int notApplicable;

        /// <summary>Counts a check passed.</summary>
        public void Pass() => passed++;

        /// <summary>Counts a check not applicable.</summary>
        public void NotApplicable() => notApplicable++;

        /// <summary>
        /// One inequality's plain outcome (<c>ValidationContext.CheckLessOrEqual</c> by values first; an absent figure
        /// not applicable under <see cref="AbsentFigures.NotApplicable"/>, or both absent under the default); false for
        /// anything else.
        /// </summary>
        public bool LessOrEqual(Figure? lesser, Figure? greater, AbsentFigures whenAbsent)
        {
            if (lesser is { } l && greater is { } g)
            {
                if (!l.ValueInRange || !g.ValueInRange || l.Value > g.Value)
                {
                    return false;
                }

                passed++;
                return true;
            }

            if (whenAbsent == AbsentFigures.NotApplicable || (whenAbsent == AbsentFigures.Default && lesser is null && greater is null))
            {
                notApplicable++;
                return true;
            }

            return false;
        }

        /// <summary>
        /// One ratio's plain outcome: no stated percentage — not applicable; every figure present and the printed quotient
        /// inside the stated interval by the scaled decision (<c>ValidationContext.PassesByValues</c>, <see cref="ScaledRatio"/>)
        /// — passed; false for anything else (a figure absent, a zero denominator, a quotient near a bound or out of it).
        /// </summary>
        public bool Ratio(ValidationContext context, Percent? stated, Figure? numerator, Figure? denominator)
        {
            if (stated is not { } percent)
            {
                notApplicable++;
                return true;
            }

            var options = context.Options;
            if (numerator is not { } n || denominator is not { } d || !options.ScaledArithmetic || !n.ValueInRange
                || !d.ValueInRange || d.Value == 0m || d.RangeHoldsZero())
            {
                return false;
            }

            var mode = options.Rounding == RoundingMode.Truncation ? RoundingMode.Truncation : RoundingMode.RoundToNearest;
            if (ScaledRatio.Within(n.Value, d.Value, percent.Value, percent.Decimals, mode) != true)
            {
                return false;
            }

            passed++;
            return true;
        }

        /// <summary>Records the counted outcomes.</summary>
        /// <param name="context">The rule's context.</param>
        /// <returns>True.</returns>
        public readonly bool Commit(ValidationContext context) => CompiledSums.Commit(context, passed, notApplicable);
    }
}
