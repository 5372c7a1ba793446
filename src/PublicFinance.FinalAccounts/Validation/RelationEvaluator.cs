using System.Buffers;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Evaluates declared relations against a report's facts (勾稽关系求值). Works on the index's nodes through compiled
/// templates: rows by index, children by code lookups, pointer text only for findings (see docs/design.md).
/// </summary>
internal static class RelationEvaluator
{
    private const string CodeMember = "code";
    private const string NameMember = "name";

    /// <summary>The longest classification code (a 项 of the functional classification has seven digits).</summary>
    private const int MaxCodeLength = 7;

    /// <summary>A scratch list with more room than this is not kept for the next evaluation.</summary>
    private const int MaxKeptItems = 1024;

    // One list of items and one of missing locations per thread, reused by every evaluation (an evaluation finishes
    // with them before the next starts; CheckSum copies what it keeps).
    [ThreadStatic]
    private static List<(Figure, int)>? spareItems;

    [ThreadStatic]
    private static List<FactPointer>? spareMissing;

    /// <summary>The thread's list of sum items (emptied), or a new one; give it back with <see cref="ReturnItems"/>.</summary>
    internal static List<(Figure, int)> RentItems()
    {
        var items = spareItems ?? [];
        spareItems = null;
        return items;
    }

    /// <summary>The thread's list of missing locations (emptied), or a new one; give it back with <see cref="ReturnMissing"/>.</summary>
    internal static List<FactPointer> RentMissing()
    {
        var missing = spareMissing ?? [];
        spareMissing = null;
        return missing;
    }

    /// <summary>Gives a list of sum items back (emptied) for the next evaluation on this thread.</summary>
    internal static void ReturnItems(List<(Figure, int)> items)
    {
        items.Clear();
        if (items.Capacity <= MaxKeptItems)
        {
            spareItems = items;
        }
    }

    /// <summary>Gives a list of missing locations back (emptied) for the next evaluation on this thread.</summary>
    internal static void ReturnMissing(List<FactPointer> missing)
    {
        missing.Clear();
        if (missing.Capacity <= MaxKeptItems)
        {
            spareMissing = missing;
        }
    }

    private static void Return(List<(Figure, int)> items, List<FactPointer> missing)
    {
        items.Clear();
        missing.Clear();
        if (items.Capacity <= MaxKeptItems && missing.Capacity <= MaxKeptItems)
        {
            spareItems = items;
            spareMissing = missing;
        }
    }

    public static void Evaluate(ValidationContext context, Relation relation) => Evaluate(context, CompiledRelation.Compile(relation));

    public static void Evaluate(ValidationContext context, CompiledRelation relation)
    {
        // A sum with a walk generated from its data (session 22) decides its plain outcomes over the typed model; anything
        // else it leaves, unrecorded, to the bound form and the interpreter (the oracle: ValidationOptions.CompiledSums = false).
        // The walk is held on the compiled relation (session 23), not looked up per evaluation.
        if (CompiledSums.TryEvaluate(context, relation))
        {
            return;
        }

        // An inequality, ratio, roll-up or hierarchy with a walk generated from its data (session 23) likewise; the oracle:
        // ValidationOptions.CompiledChecks = false.
        if (relation.Relation is InequalityRelation or RatioRelation or RollupRelation or HierarchyRelation
            && CompiledChecks.TryEvaluate(context, relation.Relation))
        {
            return;
        }

        // A match, unique key, pattern or listed parent with a walk generated from its data (session 24) reads the typed
        // rows, never the index; the oracle: ValidationOptions.CompiledLists = false.
        if (CompiledLists.TryEvaluate(context, relation))
        {
            return;
        }

        // A relation over fixed pointers whose figures are all present is evaluated by its bound form (session 17); the
        // interpreter below stays the oracle (internal ValidationOptions.FixedRelations = false) and takes everything else.
        if (relation.Fixed is { } bound && context.Options.FixedRelations && bound.TryEvaluate(context))
        {
            return;
        }

        switch (relation.Relation)
        {
            case SumRelation sum:
                EvaluateSum(context, relation, sum);
                break;
            case HierarchyRelation hierarchy:
                EvaluateHierarchy(context, relation, hierarchy);
                break;
            case MatchRelation match:
                EvaluateMatch(context, relation, match);
                break;
            case InequalityRelation inequality:
                EvaluateInequality(context, relation, inequality.WhenAbsent);
                break;
            case RatioRelation:
                EvaluateRatio(context, relation);
                break;
            case RollupRelation rollup:
                EvaluateRollup(context, relation, rollup);
                break;
            case UniqueRelation unique:
                ListRelationEvaluator.EvaluateUnique(context, unique);
                break;
            case PatternRelation pattern:
                ListRelationEvaluator.EvaluatePattern(context, pattern, relation.Pattern!);
                break;
            case ParentListedRelation parents:
                ListRelationEvaluator.EvaluateParentListed(context, parents);
                break;
            case ConditionRelation condition:
                ConditionRelationEvaluator.Evaluate(context, condition, relation.Condition ?? ConditionPlan.Of(condition));
                break;
            default:
                throw new NotSupportedException(ValidationMessages.UnknownRelationType(relation.Relation.GetType().Name));
        }
    }

    /// <summary>Concrete pointers of a template, binding the first wildcards to <paramref name="bound"/>.</summary>
    public static List<(string Pointer, int[] Indices)> Expand(ReportFacts facts, string template, int[] bound, out string? missingList)
    {
        var expansions = Expansions.Rent();
        missingList = PointerTemplate.Of(template).Expand(facts, bound, expansions, out var missing) ? missing.ToString() : null;
        var results = new List<(string, int[])>(expansions.Count);
        for (var i = 0; i < expansions.Count; i++)
        {
            results.Add((expansions.LocationAt(i).ToString(), expansions.IndicesOf(i).ToArray()));
        }

        Expansions.Return(expansions);
        return results;
    }

    /// <summary>The one pointer a template names once its wildcards are bound (the template itself if nothing matches).</summary>
    public static string Bind(ReportFacts facts, string template, int[] indices)
    {
        var scratch = Expansions.Rent();
        var bound = PointerTemplate.Of(template).BindIn(facts, indices, scratch).ToString();
        Expansions.Return(scratch);
        return bound;
    }

    /// <summary>The longest common prefix of the templates, cut at the first wildcard.</summary>
    public static string Scope(IEnumerable<string> templates)
    {
        string[]? common = null;
        foreach (var t in templates)
        {
            var star = t.IndexOf("/*", StringComparison.Ordinal);
            var head = (star < 0 ? t : t.Substring(0, star)).Split('/');
            if (common is null)
            {
                common = [.. head.Take(head.Length - (star < 0 ? 1 : 0))];
                continue;
            }

            var n = 0;
            while (n < common.Length && n < head.Length && string.Equals(common[n], head[n], StringComparison.Ordinal))
            {
                n++;
            }

            common = [.. common.Take(n)];
        }

        return common is null ? string.Empty : string.Join("/", common);
    }

    /// <summary>Whether the pointer lies inside a table declared empty (<c>isEmpty: true</c>, 本表无数据).</summary>
    public static bool DeclaredEmpty(ReportFacts facts, string pointer) =>
        DeclaredEmpty(facts, FactPointer.Resolve(facts, pointer).Ancestor);

    /// <summary>Whether a node (or, for an absent location, its nearest present ancestor) lies inside a table declared empty.</summary>
    private static bool DeclaredEmpty(ReportFacts facts, int node)
    {
        if (!facts.AnyDeclaredEmpty)
        {
            return false;
        }

        for (var p = node; p > ReportFacts.Root; p = facts.ParentOf(p))
        {
            if (facts.TryGet<bool>(facts.Member(p, ReportFacts.IsEmptyMember), out var empty) && empty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The figure at a pointer: an amount, a quantity or a count; a missing figure inside a table declared empty is an
    /// exact zero.
    /// </summary>
    public static bool TryFigure(ValidationContext context, string pointer, out Figure figure) =>
        TryFigure(context, FactPointer.Resolve(context.Facts, pointer), out figure);

    internal static bool TryFigure(ValidationContext context, FactPointer location, out Figure figure)
    {
        switch (ValueAt(context.Facts, ref location))
        {
            case Amount a:
                figure = context.Figure(location, a);
                return true;
            case Quantity q:
                figure = context.Figure(location, q);
                return true;
            case int n:
                figure = ValidationContext.Count(location, n);
                return true;
        }

        if (location.Node < 0 && DeclaredEmpty(context.Facts, location.Ancestor))
        {
            figure = new Figure(location, 0m, 0, RoundingMode.Exact);
            return true;
        }

        figure = default;
        return false;
    }

    /// <summary>
    /// The printed value of the figure <see cref="TryFigure(ValidationContext, FactPointer, out Figure)"/> finds at a
    /// location, without its interval (a test of a value's sign or size needs no rounding interval).
    /// </summary>
    internal static bool TryFigureValue(ValidationContext context, FactPointer location, out decimal value)
    {
        switch (ValueAt(context.Facts, ref location))
        {
            case Amount a:
                value = a.Value;
                return true;
            case Quantity q:
                value = q.Value;
                return true;
            case int n:
                value = n;
                return true;
        }

        value = 0m;
        return location.Node < 0 && DeclaredEmpty(context.Facts, location.Ancestor);
    }

    /// <summary>The value at a location; a location given as text is resolved first.</summary>
    private static object? ValueAt(ReportFacts facts, ref FactPointer location)
    {
        if (location.Node < 0 && location.Ancestor < 0 && location.ToString() is { } text)
        {
            location = FactPointer.Resolve(facts, text);
        }

        return facts.ValueOf(location.Node);
    }

    private static string? CodeAt(ReportFacts facts, int row) => facts.ValueOf(facts.Member(row, CodeMember))?.ToString();

    /// <summary>The row a location lies in (its parent), or -1 when that is absent.</summary>
    private static int RowOf(ReportFacts facts, FactPointer location)
    {
        if (location.Node > ReportFacts.Root)
        {
            return facts.ParentOf(location.Node);
        }

        return location.IsMemberOfAncestor ? location.Ancestor : -1;
    }

    private static bool Accepts(ReportFacts facts, SumTerm term, FactPointer location)
    {
        if (term.Codes.Count == 0 && term.ExcludeCodes.Count == 0 && term.CodeLength == 0)
        {
            return true;
        }

        var code = CodeAt(facts, RowOf(facts, location));
        if (code is null)
        {
            return false;
        }

        if (term.CodeLength != 0 && code.Length != term.CodeLength)
        {
            return false;
        }

        if (term.Codes.Count > 0 && !term.Codes.Contains(code))
        {
            return false;
        }

        return !term.ExcludeCodes.Contains(code);
    }

    /// <summary>A relation that cannot run because its scope is absent (or not applicable inside an empty table).</summary>
    private static bool ScopeAbsent(
        ValidationContext context, CompiledRelation compiled, bool emptyIsNotApplicable, AbsentFigures whenAbsent, out int node)
    {
        var facts = context.Facts;
        var scope = compiled.Scope;
        // A scope shared by many relations is resolved once per validation (a well-formed one; else as text, as before).
        if (!compiled.ScopeTemplate!.TryResolveFixed(facts, out node, out var ancestor))
        {
            node = facts.Locate(scope, out ancestor);
        }

        if (node >= 0)
        {
            return false;
        }

        if (whenAbsent == AbsentFigures.NotApplicable || (emptyIsNotApplicable && DeclaredEmpty(facts, ancestor)))
        {
            context.NotApplicable();
        }
        else
        {
            context.CouldNotRun(FactPointer.Of(scope));
        }

        return true;
    }

    private static void EvaluateSum(ValidationContext context, CompiledRelation compiled, SumRelation relation)
    {
        var facts = context.Facts;
        if (ScopeAbsent(context, compiled, emptyIsNotApplicable: true, relation.WhenAbsent, out var scope))
        {
            return;
        }

        if (DeclaredEmpty(facts, scope))
        {
            // Inside a table declared empty (本表无数据) there is nothing to add up.
            context.NotApplicable();
            return;
        }

        var totals = Expansions.Rent();
        var terms = Expansions.Rent();
        var items = RentItems();
        var missing = RentMissing();
        var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn);
        compiled.Primary!.Expand(facts, default, totals, out _);
        for (var t = 0; t < totals.Count; t++)
        {
            items.Clear();
            missing.Clear();
            var anyItem = false;
            var indices = totals.IndicesOf(t);
            var element = totals.ElementAt(t);
            var partial = false;
            var closed = false;
            for (var k = 0; k < relation.Items.Count; k++)
            {
                var term = relation.Items[k];
                var template = compiled.Items[k];
                var accepted = 0;
                var before = items.Count;
                bool hasMissingList;
                FactPointer missingList;
                if (element >= 0 && context.Options.ListsBelowTotal && template.IsListBelow(compiled.Primary!))
                {
                    // A list below the total's element (…/funds/* for …/totalWeight, session 19): walked once from that
                    // element — the locations and the missing list the expansion with the total's indices gives.
                    var list = template.ListBelow(facts, element, out missingList);
                    var count = facts.ListCountOf(list);
                    hasMissingList = count <= 0;
                    for (var e = 0; e < count; e++)
                    {
                        accepted += AddTerm(context, term, template.ElementMemberAt(facts, list, e), items, missing, ref anyItem);
                    }
                }
                else
                {
                    hasMissingList = template.Expand(facts, indices, terms, out missingList);
                    for (var e = 0; e < terms.Count; e++)
                    {
                        accepted += AddTerm(context, term, terms.LocationAt(e), items, missing, ref anyItem);
                    }
                }

                if (accepted == 0 && !term.Optional)
                {
                    missing.Add(hasMissingList ? missingList : FactPointer.Of(term.Pointer));
                }

                partial |= term.Optional && items.Count == before;
                closed |= term.ClosesList && items.Count > before;
            }

            var totalLocation = totals.LocationAt(t);
            Figure total;
            if (relation.TotalDefault is { } constant && !TryFigure(context, totalLocation, out _))
            {
                // §4.14: the unstated total is the exact constant, pointed at the total's row.
                total = new Figure(JsonPointer.ParentOf(totalLocation.ToString()), constant, DecimalInterval.Exact(constant));
            }
            else if (!TryFigure(context, totalLocation, out total))
            {
                if (relation.WhenAbsent == AbsentFigures.CouldNotRun || (anyItem && relation.WhenAbsent == AbsentFigures.Default))
                {
                    context.CouldNotRun(totalLocation);
                }
                else
                {
                    context.NotApplicable();
                }

                continue;
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun(missing);
                continue;
            }

            if (partial && !closed && relation.LowerBoundWhenPartial)
            {
                // An optional item not stated, and not the one that closes the list (session 36): the stated items are a
                // lower bound of the total.
                context.CheckLowerBound(total, items, label);
            }
            else
            {
                context.CheckSum(total, items, label);
            }
        }

        Expansions.Return(totals);
        Expansions.Return(terms);
        Return(items, missing);
    }

    /// <summary>
    /// Adds a sum term's figure at a location to the items (or the location to the missing ones, for a required term);
    /// 1 when the term's code filter accepts the location, else 0 (nothing added).
    /// </summary>
    private static int AddTerm(
        ValidationContext context, SumTerm term, FactPointer location, List<(Figure, int)> items, List<FactPointer> missing,
        ref bool anyItem)
    {
        if (!Accepts(context.Facts, term, location))
        {
            return 0;
        }

        if (TryFigure(context, location, out var figure))
        {
            items.Add((figure, term.Weight));
            anyItem = true;
        }
        else if (!term.Optional)
        {
            missing.Add(location);
        }

        return 1;
    }

    private static void EvaluateHierarchy(ValidationContext context, CompiledRelation compiled, HierarchyRelation relation)
    {
        var facts = context.Facts;
        var rows = facts.Locate(relation.Rows, out var ancestor);
        var count = facts.ListCountOf(rows);
        if (count < 0)
        {
            if (rows < 0 && DeclaredEmpty(facts, ancestor))
            {
                context.NotApplicable();
            }
            else if (rows >= 0 && DeclaredEmpty(facts, rows))
            {
                context.NotApplicable();
            }
            else
            {
                context.CouldNotRun(FactPointer.Of(relation.Rows));
            }

            return;
        }

        // One pass indexes every row under its direct parent's code (its own code without the last two digits), so
        // finding the children of a row is a lookup: linear in the rows, not quadratic.
        // Codes are keyed by number (CodeKeys): no parent-code string is cut per row.
        var codes = ArrayPool<string?>.Shared.Rent(count);
        var keys = new CodeKeys();
        using var byParent = new RowChains(count);
        for (var i = 0; i < count; i++)
        {
            var code = codes[i] = CodeAt(facts, facts.Element(rows, i));
            if (code is { Length: > 2 })
            {
                byParent.Add(keys.Of(code, code.Length - 2), i);
            }
        }

        var items = RentItems();
        var missing = RentMissing();
        for (var i = 0; i < count; i++)
        {
            var code = codes[i];
            var children = code is null ? -1 : byParent.First(keys.Of(code));
            if (children < 0)
            {
                continue;
            }

            for (var c = 0; c < relation.Columns.Count; c++)
            {
                items.Clear();
                missing.Clear();
                for (var entry = children; entry >= 0; entry = byParent.NextOf(entry))
                {
                    var child = Cell(facts, facts.Element(rows, byParent.RowAt(entry)), compiled.ColumnSuffixes[c], relation.Columns[c]);
                    if (TryFigure(context, child, out var f))
                    {
                        items.Add((f, 1));
                    }
                    else
                    {
                        missing.Add(child);
                    }
                }

                var parentCell = Cell(facts, facts.Element(rows, i), compiled.ColumnSuffixes[c], relation.Columns[c]);
                var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn, code, relation.Columns[c]);
                CheckColumn(context, parentCell, items, missing, label);
            }
        }

        ArrayPool<string?>.Shared.Return(codes, clearArray: true);
        Return(items, missing);
    }

    /// <summary>The location of a member of a present row (absent members are located below the row).</summary>
    private static FactPointer Cell(ReportFacts facts, int row, string suffix, string member)
    {
        var node = facts.Member(row, member);
        return node >= 0 ? FactPointer.At(facts, node) : FactPointer.Below(facts, row, suffix);
    }

    private static void CheckColumn(
        ValidationContext context, FactPointer parentCell, List<(Figure, int)> items, List<FactPointer> missing, CheckLabel label)
    {
        if (!TryFigure(context, parentCell, out var parent))
        {
            if (items.Count == 0)
            {
                context.NotApplicable();
            }
            else
            {
                context.CouldNotRun(parentCell);
            }

            return;
        }

        if (missing.Count > 0)
        {
            context.CouldNotRun(missing);
            return;
        }

        context.CheckSum(parent, items, label);
    }

    private static void EvaluateMatch(ValidationContext context, CompiledRelation compiled, MatchRelation relation)
    {
        var facts = context.Facts;
        var left = facts.Find(relation.Left);
        var leftCount = facts.ListCountOf(left);
        if (leftCount < 0)
        {
            context.CouldNotRun(FactPointer.Of(relation.Left));
            return;
        }

        var right = facts.Find(relation.Right);
        var rightCount = facts.ListCountOf(right);
        if (rightCount < 0)
        {
            context.CouldNotRun(FactPointer.Of(relation.Right));
            return;
        }

        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < rightCount; j++)
        {
            var row = facts.Element(right, j);
            if (CodeAt(facts, row) is { } code && !byCode.ContainsKey(code))
            {
                byCode[code] = j;
            }

            if (facts.TryGet<string>(facts.Member(row, NameMember), out var name))
            {
                var key = ClassificationCatalogue.NormalizeName(name);
                if (!byName.ContainsKey(key))
                {
                    byName[key] = j;
                }
            }
        }

        var pair = new List<(Figure, int)>(1);
        for (var i = 0; i < leftCount; i++)
        {
            var row = facts.Element(left, i);
            var leftCell = row < 0 ? FactPointer.Below(facts, left, "/" + I(i) + compiled.ColumnSuffixes[0])
                : Cell(facts, row, compiled.ColumnSuffixes[0], relation.LeftValue);
            if (!TryFigure(context, leftCell, out var leftFigure))
            {
                context.NotApplicable();
                continue;
            }

            var code = CodeAt(facts, row);
            var rowName = facts.TryGet<string>(facts.Member(row, NameMember), out var n) ? n : null;
            var found = -1;
            if (code is not null && byCode.TryGetValue(code, out var byCodeIndex))
            {
                found = byCodeIndex;
            }
            else if (code is null && rowName is not null
                && byName.TryGetValue(ClassificationCatalogue.NormalizeName(rowName), out var byNameIndex))
            {
                found = byNameIndex;
            }

            var label = code ?? rowName ?? "#" + I(i);
            if (found < 0)
            {
                if (leftFigure.Value == 0m)
                {
                    context.Pass();
                    continue;
                }

                if (code is null)
                {
                    // Matched by name only: the name may be an older or another wording of a row that is there.
                    var (uncertainZh, uncertainEn) = ValidationMessages.NoRowOfThatName(
                        context.Rule.TitleZh, context.Rule.TitleEn, label, leftFigure.Value);
                    context.FailUncertain(uncertainZh, uncertainEn, [leftFigure.Pointer, relation.Right]);
                    continue;
                }

                var (zh, en) = ValidationMessages.NoSuchRow(context.Rule.TitleZh, context.Rule.TitleEn, label, leftFigure.Value);
                context.Fail(zh, en, [leftFigure.Pointer, relation.Right]);
                continue;
            }

            var rightCell = Cell(facts, facts.Element(right, found), compiled.ColumnSuffixes[1], relation.RightValue);
            if (!TryFigure(context, rightCell, out var rightFigure))
            {
                context.CouldNotRun(rightCell);
                continue;
            }

            var what = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn, label);
            if (relation.Comparison == RelationComparison.Equal)
            {
                pair.Clear();
                pair.Add((rightFigure, 1));
                context.CheckSum(leftFigure, pair, what);
            }
            else
            {
                context.CheckLessOrEqual(leftFigure, rightFigure, what);
            }
        }
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static void EvaluateRollup(ValidationContext context, CompiledRelation compiled, RollupRelation relation)
    {
        var facts = context.Facts;
        var parents = facts.Find(relation.Parents);
        var children = facts.Find(relation.Children);
        var parentCount = facts.ListCountOf(parents);
        var childCount = facts.ListCountOf(children);
        if (parentCount < 0 || childCount < 0)
        {
            context.CouldNotRun(FactPointer.Of(parentCount < 0 ? relation.Parents : relation.Children));
            return;
        }

        // One pass indexes every child under each proper prefix of its code, so a parent finds its descendants by a
        // lookup (a code has at most seven digits: at most six prefixes per child).
        var uncoded = new List<FactPointer>();
        var keys = new CodeKeys();
        // Up to six prefixes per child (a code has at most seven digits).
        using var byPrefix = new RowChains(childCount * (MaxCodeLength - 1));
        for (var j = 0; j < childCount; j++)
        {
            var childRow = facts.Element(children, j);
            if (CodeAt(facts, childRow) is not { } childCode)
            {
                uncoded.Add(childRow < 0
                    ? FactPointer.Of(JsonPointer.Child(JsonPointer.Element(facts.PointerOf(children), j), CodeMember))
                    : FactPointer.Below(facts, childRow, "/" + CodeMember));
                continue;
            }

            for (var length = 1; length < childCode.Length && length <= MaxCodeLength; length++)
            {
                byPrefix.Add(keys.Of(childCode, length), j);
            }
        }

        var items = RentItems();
        var missing = RentMissing();
        var suffix = compiled.ColumnSuffixes[0];
        for (var i = 0; i < parentCount; i++)
        {
            var row = facts.Element(parents, i);
            var code = CodeAt(facts, row);
            if (uncoded.Count > 0)
            {
                // A child without a code could belong to any parent: the sums cannot be formed.
                context.CouldNotRun(uncoded);
                continue;
            }

            if (code is null || !TryFigure(context, Cell(facts, row, suffix, relation.Value), out var parent))
            {
                context.NotApplicable();
                continue;
            }

            items.Clear();
            missing.Clear();
            for (var entry = byPrefix.First(keys.Of(code)); entry >= 0; entry = byPrefix.NextOf(entry))
            {
                var childRow = facts.Element(children, byPrefix.RowAt(entry));
                if (byPrefix.First(keys.Of(CodeAt(facts, childRow)!)) >= 0)
                {
                    // One level per parent: a 款 whose 项 are listed is counted through its 项, not a second time.
                    continue;
                }

                var child = Cell(facts, childRow, suffix, relation.Value);
                if (TryFigure(context, child, out var f))
                {
                    items.Add((f, 1));
                }
                else
                {
                    missing.Add(child);
                }
            }

            if (items.Count == 0 && missing.Count == 0)
            {
                context.NotApplicable();
                continue;
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun(missing);
                continue;
            }

            context.CheckSum(parent, items, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn, code));
        }

        Return(items, missing);
    }

    private static void EvaluateInequality(ValidationContext context, CompiledRelation compiled, AbsentFigures whenAbsent)
    {
        var facts = context.Facts;
        if (ScopeAbsent(context, compiled, emptyIsNotApplicable: false, whenAbsent, out _))
        {
            return;
        }

        var lessers = Expansions.Rent();
        var scratch = Expansions.Rent();
        var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn);
        compiled.Primary!.Expand(facts, default, lessers, out _);
        for (var e = 0; e < lessers.Count; e++)
        {
            var pointer = lessers.LocationAt(e);
            var greaterPointer = compiled.Bind(0, facts, lessers, e, scratch);
            var hasLesser = TryFigure(context, pointer, out var lesser);
            var hasGreater = TryFigure(context, greaterPointer, out var greater);
            if (hasLesser && hasGreater)
            {
                context.CheckLessOrEqual(lesser, greater, label);
            }
            else if (whenAbsent == AbsentFigures.NotApplicable || (whenAbsent == AbsentFigures.Default && !hasLesser && !hasGreater))
            {
                context.NotApplicable();
            }
            else if (whenAbsent == AbsentFigures.CouldNotRun && !hasLesser && !hasGreater)
            {
                context.CouldNotRun(new List<FactPointer> { pointer, greaterPointer });
            }
            else
            {
                context.CouldNotRun(hasLesser ? greaterPointer : pointer);
            }
        }

        Expansions.Return(lessers);
        Expansions.Return(scratch);
    }

    private static void EvaluateRatio(ValidationContext context, CompiledRelation compiled)
    {
        var facts = context.Facts;
        var percents = Expansions.Rent();
        var scratch = Expansions.Rent();
        compiled.Primary!.Expand(facts, default, percents, out _);
        for (var e = 0; e < percents.Count; e++)
        {
            var location = percents.LocationAt(e);
            if (!facts.TryGet<Percent>(location.Node, out var percent))
            {
                context.NotApplicable();
                continue;
            }

            var numeratorPointer = compiled.Bind(0, facts, percents, e, scratch);
            var denominatorPointer = compiled.Bind(1, facts, percents, e, scratch);
            var hasNumerator = TryFigure(context, numeratorPointer, out var numerator);
            var hasDenominator = TryFigure(context, denominatorPointer, out var denominator);
            if (!hasDenominator && compiled.Items.Length > 2)
            {
                hasDenominator = TryFigure(context, compiled.Bind(2, facts, percents, e, scratch), out denominator);
            }

            if (!hasNumerator || !hasDenominator)
            {
                context.CouldNotRun(!hasNumerator ? numeratorPointer : denominatorPointer);
                continue;
            }

            // The pointer texts are written only when the check records something (a ratio that holds writes none).
            context.CheckRatio(location, percent, numerator, denominator, context.Rule.TitleZh, context.Rule.TitleEn);
        }

        Expansions.Return(percents);
        Expansions.Return(scratch);
    }
}
