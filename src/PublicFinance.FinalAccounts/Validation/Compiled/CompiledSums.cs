namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The catalogue's sums as typed walks generated from their data (合计关系编译为类型化代码; session 22, issue 13):
/// <c>CompiledSums.g.cs</c>, written by <c>CompiledSumsGenerator</c> in the tests from each sum's data and the contract's
/// shapes, and checked to be current. Per sum shape — one total (fixed figures, or a column over a list's rows with a
/// code filter) or a total per element of a list (a row's members, the lists below an evaluation) — a walk over the
/// model's records adds up the printed values and records what needs no index location: passed (what
/// <c>ValidationContext.CheckSum</c> decides by values first), not applicable (an absent total where the sum says so), an
/// absent scope, and under one fixed total a missing fixed term or an absent total (could not run, the template's
/// pointer). Anything else — a list term missing, a difference, a figure with more than eight decimals, a null element, a
/// table declared empty, recorded verifications, values first off — records nothing and leaves the whole relation to
/// <see cref="FixedRelation"/> and the interpreter (<see cref="RelationEvaluator"/>). A sum finds its walk by its data —
/// the SHA-256 of its JSON form without the rule id (<see cref="KeyOf"/>) — never by a rule id, so a sum that is new or
/// changed runs interpreted.
/// </summary>
internal static partial class CompiledSums
{
    // The walk of each sum instance, found once.
    private static readonly CompiledWalks<SumRelation> Walks = new(Of);

    /// <summary>How many walks were generated (each reachable from its relation's data: <c>CompiledSumsTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

    /// <summary>The walk generated for a sum's data, or null.</summary>
    /// <param name="relation">The sum.</param>
    /// <returns>Its walk, or null when none was generated for this data.</returns>
    public static CompiledWalker? Of(SumRelation relation) =>
        Generated.TryGetValue(KeyOf(relation), out var walker) ? walker : null;

    /// <summary>
    /// Evaluates a sum by its generated walk when it has one and the run allows it (values first on, no verifications
    /// recorded, no table declared empty); otherwise, or when the walk meets anything but a plain outcome, records nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The sum.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public static bool TryEvaluate(ValidationContext context, SumRelation relation) =>
        Walks.TryEvaluate(context, relation, context.Options.CompiledSums);

    /// <summary>
    /// As <see cref="TryEvaluate(ValidationContext, SumRelation)"/>, the walk held on the compiled relation (session 23: a
    /// field read, not a weak-table look-up per relation and evaluation); false for a relation that is not a sum.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The compiled relation.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public static bool TryEvaluate(ValidationContext context, CompiledRelation relation) =>
        relation.Relation is SumRelation && CompiledWalks<SumRelation>.Allowed(context, context.Options.CompiledSums)
        && CompiledWalks<SumRelation>.Run(context, relation.SumWalker);

    /// <summary>Records a walk's outcomes: its passed checks and its not-applicable totals (counts only).</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="passed">Totals that equal their terms' printed sum.</param>
    /// <param name="notApplicable">Totals absent where the relation records not applicable.</param>
    /// <returns>True.</returns>
    internal static bool Commit(ValidationContext context, int passed, int notApplicable)
    {
        for (var i = 0; i < passed; i++)
        {
            context.Pass();
        }

        for (var i = 0; i < notApplicable; i++)
        {
            context.NotApplicable();
        }

        return true;
    }

    /// <summary>
    /// Records an absent scope as the interpreter does when no table is declared empty: not applicable where the sum says
    /// so, else could not run with the scope's pointer as the missing one.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="scope">The scope's pointer (the templates' common prefix).</param>
    /// <param name="notApplicable">Whether the sum records an absent scope as not applicable.</param>
    /// <returns>True.</returns>
    internal static bool ScopeAbsent(ValidationContext context, string scope, bool notApplicable)
    {
        if (notApplicable)
        {
            context.NotApplicable();
        }
        else
        {
            context.CouldNotRun(FactPointer.Of(scope));
        }

        return true;
    }

    /// <summary>An amount located at a fixed pointer's text (the pointer the index writes for it), or null when absent.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="at">The pointer.</param>
    /// <returns>The figure, or null.</returns>
    internal static Figure? Located(ValidationContext context, Amount? amount, string at) =>
        amount is { } value ? context.Figure(FactPointer.Of(at), value) : null;

    /// <summary>A quantity located at a fixed pointer's text, or null when absent.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="at">The pointer.</param>
    /// <returns>The figure, or null.</returns>
    internal static Figure? Located(ValidationContext context, Quantity? quantity, string at) =>
        quantity is { } value ? context.Figure(FactPointer.Of(at), value) : null;

    /// <summary>A count located at a fixed pointer's text, or null when absent.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="count">The count.</param>
    /// <param name="at">The pointer.</param>
    /// <returns>The figure, or null.</returns>
    internal static Figure? Located(ValidationContext context, int? count, string at) =>
        count is { } value ? ValidationContext.Count(FactPointer.Of(at), value) : null;

    /// <summary>
    /// Records a fixed total absent where the sum cannot run without it, as the interpreter does: "could not run" with the
    /// total's pointer (its location's text is the template's).
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="total">The total's pointer.</param>
    /// <returns>True.</returns>
    internal static bool TotalAbsent(ValidationContext context, string total)
    {
        context.CouldNotRun(FactPointer.Of(total));
        return true;
    }

    /// <summary>The key of a sum's data: the SHA-256 (lower-case hex) of its JSON form without the rule id.</summary>
    /// <param name="relation">The sum.</param>
    /// <returns>64 hexadecimal digits.</returns>
    public static string KeyOf(SumRelation relation) => CompiledKeys.Of(relation);

    /// <summary>
    /// One total's terms as the interpreter's values-first check adds them up (<c>ValidationContext.CheckSum</c>): the
    /// printed sum in the terms' order (a subtracted term added negated), whether every term's interval holds its printed
    /// value with exact bounds (at most <see cref="Figure.ExactDecimals"/> decimals), the number of terms, whether any term
    /// held a figure, and whether a required term was missing.
    /// </summary>
    internal struct Terms
    {
        private decimal printed;
        private int count;
        private bool wide;

        // The fixed terms (from the root) missing, by position (the first 64), and whether a term missing was another
        // (a list's, a member below an element): only the former have a pointer the walk can name without the index.
        private ulong missingFixed;
        private bool missingElsewhere;

        // The fixed terms present, by position (the first 64), their printed values kept in the thread's buffer so that a
        // sum that does not pass by values can be checked with its figures located (session 25: FixedSum).
        private ulong presentFixed;

        // Whether an optional fixed term was absent (the stated terms are then a lower bound where the sum says so), and
        // whether a term that closes its list was present (then they are not).
        private bool partial;
        private bool closed;

        [ThreadStatic]
        private static FixedTerm[]? fixedTerms;

        /// <summary>Whether any term held a figure.</summary>
        public bool AnyItem { get; private set; }

        /// <summary>Whether a required term had no figure (the interpreter then cannot run the check).</summary>
        public bool Missing { get; set; }

        /// <summary>Notes that a required list term had no row accepted (its location is the interpreter's to name).</summary>
        /// <param name="none">Whether no row was accepted.</param>
        public void MissingList(bool none)
        {
            Missing |= none;
            missingElsewhere |= none;
        }

        /// <summary>
        /// Adds a fixed term's amount when present; an absent one is missing unless the term is optional, noted by its
        /// position among the terms (its pointer is the term's template: <see cref="CouldNotRun"/>).
        /// </summary>
        public void AddFixed(Amount? amount, bool subtract, bool optional, int position)
        {
            AddFixed(amount, subtract, optional, position, closesList: false);
        }

        /// <summary>
        /// As <see cref="AddFixed(Amount?, bool, bool, int)"/>, for a term that may close its list (<see
        /// cref="SumTerm.ClosesList"/>, session 36): when it is present the list is complete.
        /// </summary>
        public void AddFixed(Amount? amount, bool subtract, bool optional, int position, bool closesList)
        {
            closed |= closesList && amount is not null;
            if (amount is { } value)
            {
                Add(value.Value, value.Decimals, subtract);
                KeepFixed(position, value.Value, value.Decimals, subtract, count: false);
            }
            else
            {
                MissingFixed(optional, position);
            }
        }

        /// <summary>Adds a fixed term's quantity when present (see the amount's overload).</summary>
        public void AddFixed(Quantity? quantity, bool subtract, bool optional, int position)
        {
            if (quantity is { } value)
            {
                Add(value.Value, value.Decimals, subtract);
                KeepFixed(position, value.Value, value.Decimals, subtract, count: false);
            }
            else
            {
                MissingFixed(optional, position);
            }
        }

        /// <summary>Adds a fixed term's count when present (see the amount's overload).</summary>
        public void AddFixed(int? count, bool subtract, bool optional, int position)
        {
            if (count is { } value)
            {
                Add(value, 0, subtract);
                KeepFixed(position, value, 0, subtract, count: true);
            }
            else
            {
                MissingFixed(optional, position);
            }
        }

        /// <summary>
        /// One stated total over fixed terms that did not pass by values (session 25: recorded here, not handed back): the
        /// check <see cref="FixedRelation"/> makes — <see cref="ValidationContext.CheckSum(Figure, IReadOnlyList{ValueTuple{Figure,
        /// int}}, CheckLabel)"/> of the total and the present terms in order (an absent term is optional here: a required one
        /// made the walk record "could not run" before), each located at its template's text, labelled with the rule's title.
        /// </summary>
        /// <param name="context">The rule's context.</param>
        /// <param name="total">The total, located.</param>
        /// <param name="pointers">The terms' pointers, by position.</param>
        /// <param name="lowerBound">
        /// Whether the sum's stated items are a lower bound when an optional one is absent (<see
        /// cref="SumRelation.LowerBoundWhenPartial"/>): then the check is <see cref="ValidationContext.CheckLowerBound"/>.
        /// </param>
        /// <returns>True: the outcome was recorded.</returns>
        public readonly bool FixedSum(ValidationContext context, Figure? total, ReadOnlySpan<string> pointers, bool lowerBound = false)
        {
            var items = RelationEvaluator.RentItems();
            try
            {
                for (var i = 0; i < pointers.Length && i < 64; i++)
                {
                    if ((presentFixed & (1UL << i)) == 0)
                    {
                        continue;
                    }

                    var term = fixedTerms![i];
                    var at = FactPointer.Of(pointers[i]);
                    var figure = term.Count
                        ? new Figure(at, term.Value, 0, RoundingMode.Exact)
                        : new Figure(at, term.Value, term.Decimals, context.Options.Rounding);
                    items.Add((figure, term.Subtract ? -1 : 1));
                }

                var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn);
                if (lowerBound && partial && !closed)
                {
                    context.CheckLowerBound(total!.Value, items, label);
                }
                else
                {
                    context.CheckSum(total!.Value, items, label);
                }

                return true;
            }
            finally
            {
                RelationEvaluator.ReturnItems(items);
            }
        }

        private void KeepFixed(int position, decimal value, int decimals, bool subtract, bool count)
        {
            if (position >= 64)
            {
                return;
            }

            var kept = fixedTerms ??= new FixedTerm[64];
            kept[position] = new FixedTerm(value, decimals, subtract, count);
            presentFixed |= 1UL << position;
        }

        /// <summary>
        /// Records "could not run" with the missing fixed terms' pointers in the terms' order, as the interpreter does for
        /// a stated total (<c>ValidationContext.CouldNotRun</c> with their locations, whose text is the template's); false,
        /// recording nothing, when another term is missing too or a position is beyond the first 64.
        /// </summary>
        /// <param name="context">The rule's context.</param>
        /// <param name="pointers">Every term's pointer, in order.</param>
        /// <returns>Whether it was recorded.</returns>
        public readonly bool CouldNotRun(ValidationContext context, ReadOnlySpan<string> pointers)
        {
            if (missingElsewhere)
            {
                return false;
            }

            // The thread's list of missing locations (as the interpreter's), each a pointer text: nothing allocated here.
            var missing = RelationEvaluator.RentMissing();
            for (var i = 0; i < pointers.Length && i < 64; i++)
            {
                if ((missingFixed & (1UL << i)) != 0)
                {
                    missing.Add(FactPointer.Of(pointers[i]));
                }
            }

            context.CouldNotRun(missing);
            RelationEvaluator.ReturnMissing(missing);
            return true;
        }

        private void MissingFixed(bool optional, int position)
        {
            if (optional)
            {
                partial = true;
                return;
            }

            Missing = true;
            if (position < 64)
            {
                missingFixed |= 1UL << position;
            }
            else
            {
                missingElsewhere = true;
            }
        }

        /// <summary>Adds an amount (negated when subtracted).</summary>
        public void Add(Amount amount, bool subtract) => Add(amount.Value, amount.Decimals, subtract);

        /// <summary>Adds a quantity (negated when subtracted).</summary>
        public void Add(Quantity quantity, bool subtract) => Add(quantity.Value, quantity.Decimals, subtract);

        /// <summary>Adds a count (exact; negated when subtracted).</summary>
        public void Add(int count, bool subtract) => Add(count, 0, subtract);

        /// <summary>Adds an amount when present; an absent one is missing unless the term is optional.</summary>
        public void Add(Amount? amount, bool subtract, bool optional)
        {
            if (amount is { } value)
            {
                Add(value.Value, value.Decimals, subtract);
            }
            else
            {
                MissingElsewhere(optional);
            }
        }

        /// <summary>Adds a quantity when present; an absent one is missing unless the term is optional.</summary>
        public void Add(Quantity? quantity, bool subtract, bool optional)
        {
            if (quantity is { } value)
            {
                Add(value.Value, value.Decimals, subtract);
            }
            else
            {
                MissingElsewhere(optional);
            }
        }

        /// <summary>Adds a count when present; an absent one is missing unless the term is optional.</summary>
        public void Add(int? count, bool subtract, bool optional)
        {
            if (count is { } value)
            {
                Add(value, 0, subtract);
            }
            else
            {
                MissingElsewhere(optional);
            }
        }

        private void MissingElsewhere(bool optional)
        {
            Missing |= !optional;
            missingElsewhere |= !optional;
        }

        private void Add(decimal value, int decimals, bool subtract)
        {
            printed += subtract ? -value : value;
            wide |= decimals > Figure.ExactDecimals;
            count++;
            AnyItem = true;
        }

        /// <summary>Whether a stated total passes by values first: no term missing, every value exact, the sum equal.</summary>
        public readonly bool Passes(Amount total) => Passes(total.Value, total.Decimals);

        /// <summary>Whether a stated total passes by values first.</summary>
        public readonly bool Passes(Quantity total) => Passes(total.Value, total.Decimals);

        /// <summary>Whether a stated count passes by values first.</summary>
        public readonly bool Passes(int total) => Passes(total, 0);

        /// <summary>
        /// Whether a default total (an exact constant, 默认合计) passes: the interpreter's interval path holds with no
        /// difference exactly when every term is exact and the printed sum equals the constant.
        /// </summary>
        public readonly bool PassesDefault(decimal constant) => Passes(constant, 0);

        private readonly bool Passes(decimal value, int decimals) =>
            !Missing && !wide && count < Figure.ExactTerms && decimals <= Figure.ExactDecimals && value == printed;
    }

    /// <summary>A fixed term's printed value as <see cref="Terms"/> keeps it: its value, decimals, sign, and whether a count.</summary>
    private readonly record struct FixedTerm(decimal Value, int Decimals, bool Subtract, bool Count);
}
