using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation
{
    /// <summary>A rule made of declared relations (由勾稽关系组成的规则).</summary>
    public sealed class RelationRule : IValidationRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="descriptor">The rule's descriptor.</param>
        /// <param name="relations">Its relations; each must carry the descriptor's id.</param>
        public RelationRule(RuleDescriptor descriptor, IEnumerable<Relation> relations)
        {
            Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
            Relations = (relations ?? throw new ArgumentNullException(nameof(relations))).ToArray();
            foreach (var r in Relations)
            {
                if (!string.Equals(r.RuleId, descriptor.Id, StringComparison.Ordinal))
                    throw new ArgumentException("Relation of " + r.RuleId + " given to rule " + descriptor.Id + ".", nameof(relations));
            }
        }

        /// <inheritdoc />
        public RuleDescriptor Descriptor { get; }

        /// <summary>The relations (勾稽关系).</summary>
        public IReadOnlyList<Relation> Relations { get; }

        /// <inheritdoc />
        public void Check(ValidationContext context)
        {
            if (context is null)
                throw new ArgumentNullException(nameof(context));
            foreach (var relation in Relations)
                RelationEvaluator.Evaluate(context, relation);
        }
    }

    /// <summary>Evaluates declared relations against a report's facts (勾稽关系求值).</summary>
    internal static class RelationEvaluator
    {
        public static void Evaluate(ValidationContext context, Relation relation)
        {
            switch (relation)
            {
                case SumRelation sum:
                    EvaluateSum(context, sum);
                    break;
                case HierarchyRelation hierarchy:
                    EvaluateHierarchy(context, hierarchy);
                    break;
                case MatchRelation match:
                    EvaluateMatch(context, match);
                    break;
                case InequalityRelation inequality:
                    EvaluateInequality(context, inequality);
                    break;
                case RatioRelation ratio:
                    EvaluateRatio(context, ratio);
                    break;
                case RollupRelation rollup:
                    EvaluateRollup(context, rollup);
                    break;
                default:
                    throw new NotSupportedException("Unknown relation type " + relation.GetType().Name + ".");
            }
        }

        /// <summary>Concrete pointers of a template, binding the first wildcards to <paramref name="bound"/>.</summary>
        public static List<(string Pointer, int[] Indices)> Expand(ReportFacts facts, string template, int[] bound, out string? missingList)
        {
            missingList = null;
            var parts = template.Split(new[] { "/*" }, StringSplitOptions.None);
            var results = new List<(string, int[])>();
            var missing = (string?)null;
            void Recurse(int part, string prefix, List<int> indices)
            {
                var current = prefix + parts[part];
                if (part == parts.Length - 1)
                {
                    results.Add((current, indices.ToArray()));
                    return;
                }

                var count = facts.ListCount(current);
                if (count < 0)
                {
                    missing ??= current;
                    return;
                }

                if (part < bound.Length)
                {
                    if (bound[part] < count)
                    {
                        indices.Add(bound[part]);
                        Recurse(part + 1, current + "/" + bound[part].ToString(CultureInfo.InvariantCulture), indices);
                        indices.RemoveAt(indices.Count - 1);
                    }

                    return;
                }

                if (count == 0)
                    missing ??= current;
                for (var i = 0; i < count; i++)
                {
                    indices.Add(i);
                    Recurse(part + 1, current + "/" + i.ToString(CultureInfo.InvariantCulture), indices);
                    indices.RemoveAt(indices.Count - 1);
                }
            }

            Recurse(0, string.Empty, new List<int>());
            missingList = missing;
            return results;
        }

        /// <summary>The one pointer a template names once its wildcards are bound (the template itself if nothing matches).</summary>
        public static string Bind(ReportFacts facts, string template, int[] indices) =>
            Expand(facts, template, indices, out _).Select(e => e.Pointer).FirstOrDefault() ?? template;

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
                    common = head.Take(head.Length - (star < 0 ? 1 : 0)).ToArray();
                    continue;
                }

                var n = 0;
                while (n < common.Length && n < head.Length && string.Equals(common[n], head[n], StringComparison.Ordinal))
                    n++;
                common = common.Take(n).ToArray();
            }

            return common is null ? string.Empty : string.Join("/", common);
        }

        /// <summary>Whether the pointer lies inside a table declared empty (<c>isEmpty: true</c>, 本表无数据).</summary>
        public static bool DeclaredEmpty(ReportFacts facts, string pointer)
        {
            var p = pointer;
            while (p.Length > 0)
            {
                if (facts.TryGet<bool>(p + "/isEmpty", out var empty) && empty)
                    return true;
                p = p.Substring(0, p.LastIndexOf('/'));
            }

            return false;
        }

        /// <summary>
        /// The figure at a pointer: an amount, a quantity or a count; a missing figure inside a table declared empty is an
        /// exact zero.
        /// </summary>
        public static bool TryFigure(ValidationContext context, string pointer, out Figure figure)
        {
            if (context.Facts.TryGetValue(pointer, out var value))
            {
                switch (value)
                {
                    case Amount a:
                        figure = context.Figure(pointer, a);
                        return true;
                    case Quantity q:
                        figure = context.Figure(pointer, q);
                        return true;
                    case int n:
                        figure = ValidationContext.Count(pointer, n);
                        return true;
                }
            }

            if (!context.Facts.Contains(pointer) && DeclaredEmpty(context.Facts, pointer))
            {
                figure = new Figure(pointer, 0m, DecimalInterval.Exact(0m));
                return true;
            }

            figure = default;
            return false;
        }

        private static string? CodeAt(ReportFacts facts, string rowPointer) =>
            facts.TryGetValue(rowPointer + "/code", out var code) ? code.ToString() : null;

        private static bool Accepts(ReportFacts facts, SumTerm term, string pointer)
        {
            if (term.Codes.Count == 0 && term.ExcludeCodes.Count == 0 && term.CodeLength == 0)
                return true;
            var row = pointer.Substring(0, pointer.LastIndexOf('/'));
            var code = CodeAt(facts, row);
            if (code is null)
                return false;
            if (term.CodeLength != 0 && code.Length != term.CodeLength)
                return false;
            if (term.Codes.Count > 0 && !term.Codes.Contains(code))
                return false;
            return !term.ExcludeCodes.Contains(code);
        }

        private static void EvaluateSum(ValidationContext context, SumRelation relation)
        {
            var facts = context.Facts;
            var scope = Scope(new[] { relation.Total }.Concat(relation.Items.Select(i => i.Pointer)));
            if (!facts.Contains(scope))
            {
                if (DeclaredEmpty(facts, scope))
                    context.NotApplicable();
                else
                    context.CouldNotRun(scope);
                return;
            }

            if (DeclaredEmpty(facts, scope))
            {
                // Inside a table declared empty (本表无数据) there is nothing to add up.
                context.NotApplicable();
                return;
            }

            foreach (var (totalPointer, indices) in Expand(facts, relation.Total, Array.Empty<int>(), out _))
            {
                var items = new List<(Figure, int)>();
                var missing = new List<string>();
                var anyItem = false;
                foreach (var term in relation.Items)
                {
                    var expanded = Expand(facts, term.Pointer, indices, out var missingList);
                    var accepted = 0;
                    foreach (var (pointer, _) in expanded)
                    {
                        if (!Accepts(facts, term, pointer))
                            continue;
                        accepted++;
                        if (TryFigure(context, pointer, out var figure))
                        {
                            items.Add((figure, term.Weight));
                            anyItem = true;
                        }
                        else if (!term.Optional)
                        {
                            missing.Add(pointer);
                        }
                    }

                    if (accepted == 0 && !term.Optional)
                        missing.Add(missingList ?? term.Pointer);
                }

                if (!TryFigure(context, totalPointer, out var total))
                {
                    if (anyItem)
                        context.CouldNotRun(totalPointer);
                    else
                        context.NotApplicable();
                    continue;
                }

                if (missing.Count > 0)
                {
                    context.CouldNotRun(missing.ToArray());
                    continue;
                }

                context.CheckSum(total, items, context.Rule.TitleZh, context.Rule.TitleEn);
            }
        }

        private static void EvaluateHierarchy(ValidationContext context, HierarchyRelation relation)
        {
            var facts = context.Facts;
            var count = facts.ListCount(relation.Rows);
            if (count < 0)
            {
                if (DeclaredEmpty(facts, relation.Rows))
                    context.NotApplicable();
                else
                    context.CouldNotRun(relation.Rows);
                return;
            }

            // One pass indexes every row under its direct parent's code (its own code without the last two digits), so
            // finding the children of a row is a lookup: linear in the rows, not quadratic.
            var codes = new string?[count];
            var byParent = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var code = codes[i] = CodeAt(facts, Row(relation.Rows, i));
                if (code is { Length: > 2 })
                    Index(byParent, code.Substring(0, code.Length - 2), i);
            }

            for (var i = 0; i < count; i++)
            {
                var code = codes[i];
                if (code is null || !byParent.TryGetValue(code, out var children))
                    continue;
                foreach (var column in relation.Columns)
                    CheckColumn(context, Row(relation.Rows, i) + "/" + column, children.Select(j => Row(relation.Rows, j) + "/" + column), code, column);
            }
        }

        /// <summary>The longest classification code (a 项 of the functional classification has seven digits).</summary>
        private const int MaxCodeLength = 7;

        private static void Index(Dictionary<string, List<int>> index, string key, int row)
        {
            if (!index.TryGetValue(key, out var rows))
                index[key] = rows = new List<int>();
            rows.Add(row);
        }

        private static void CheckColumn(ValidationContext context, string parentPointer, IEnumerable<string> childPointers, string code, string column)
        {
            var items = new List<(Figure, int)>();
            var missing = new List<string>();
            foreach (var p in childPointers)
            {
                if (TryFigure(context, p, out var f))
                    items.Add((f, 1));
                else
                    missing.Add(p);
            }

            if (!TryFigure(context, parentPointer, out var parent))
            {
                if (items.Count == 0)
                    context.NotApplicable();
                else
                    context.CouldNotRun(parentPointer);
                return;
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun(missing.ToArray());
                return;
            }

            context.CheckSum(parent, items, context.Rule.TitleZh + "（" + code + "，" + column + "）", context.Rule.TitleEn + " (" + code + ", " + column + ")");
        }

        private static string Row(string list, int index) => list + "/" + index.ToString(CultureInfo.InvariantCulture);

        private static void EvaluateMatch(ValidationContext context, MatchRelation relation)
        {
            var facts = context.Facts;
            var leftCount = facts.ListCount(relation.Left);
            if (leftCount < 0)
            {
                context.CouldNotRun(relation.Left);
                return;
            }

            var rightCount = facts.ListCount(relation.Right);
            if (rightCount < 0)
            {
                context.CouldNotRun(relation.Right);
                return;
            }

            var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < rightCount; j++)
            {
                var row = Row(relation.Right, j);
                if (CodeAt(facts, row) is { } code && !byCode.ContainsKey(code))
                    byCode[code] = j;
                if (facts.TryGet<string>(row + "/name", out var name))
                {
                    var key = ClassificationCatalogue.NormalizeName(name);
                    if (!byName.ContainsKey(key))
                        byName[key] = j;
                }
            }

            for (var i = 0; i < leftCount; i++)
            {
                var row = Row(relation.Left, i);
                if (!TryFigure(context, row + "/" + relation.LeftValue, out var left))
                {
                    context.NotApplicable();
                    continue;
                }

                var code = CodeAt(facts, row);
                var found = -1;
                if (code is not null && byCode.TryGetValue(code, out var byCodeIndex))
                    found = byCodeIndex;
                else if (code is null && facts.TryGet<string>(row + "/name", out var name) && byName.TryGetValue(ClassificationCatalogue.NormalizeName(name), out var byNameIndex))
                    found = byNameIndex;
                var label = code ?? (facts.TryGet<string>(row + "/name", out var n) ? n : "#" + i.ToString(CultureInfo.InvariantCulture));
                if (found < 0)
                {
                    if (left.Value == 0m)
                    {
                        context.Pass();
                        continue;
                    }

                    if (code is null)
                    {
                        // Matched by name only: the name may be an older or another wording of a row that is there.
                        context.FailUncertain(
                            $"{context.Rule.TitleZh}：{label} 为 {ValidationContext.Show(left.Value)}，对应表中没有同名科目（无编码，按名称核对；名称可能是旧称或别称）。",
                            $"{context.Rule.TitleEn}: {label} is {ValidationContext.Show(left.Value)} but the other list has no row of that name (no code; matched by name, which may be an older or other wording).",
                            new[] { left.Pointer, relation.Right });
                        continue;
                    }

                    context.Fail(
                        $"{context.Rule.TitleZh}：{label} 为 {ValidationContext.Show(left.Value)}，但对应表中没有该科目。",
                        $"{context.Rule.TitleEn}: {label} is {ValidationContext.Show(left.Value)} but the other list has no such row.",
                        new[] { left.Pointer, relation.Right });
                    continue;
                }

                var rightPointer = Row(relation.Right, found) + "/" + relation.RightValue;
                if (!TryFigure(context, rightPointer, out var right))
                {
                    context.CouldNotRun(rightPointer);
                    continue;
                }

                if (relation.Comparison == RelationComparison.Equal)
                    context.CheckSum(left, new[] { (right, 1) }, context.Rule.TitleZh + "（" + label + "）", context.Rule.TitleEn + " (" + label + ")");
                else
                    context.CheckLessOrEqual(left, right, context.Rule.TitleZh + "（" + label + "）", context.Rule.TitleEn + " (" + label + ")");
            }
        }

        private static void EvaluateRollup(ValidationContext context, RollupRelation relation)
        {
            var facts = context.Facts;
            var parentCount = facts.ListCount(relation.Parents);
            var childCount = facts.ListCount(relation.Children);
            if (parentCount < 0 || childCount < 0)
            {
                context.CouldNotRun(parentCount < 0 ? relation.Parents : relation.Children);
                return;
            }

            // One pass indexes every child under each proper prefix of its code, so a parent finds its descendants by a
            // lookup (a code has at most seven digits: at most six prefixes per child).
            var uncoded = new List<string>();
            var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var j = 0; j < childCount; j++)
            {
                var childRow = Row(relation.Children, j);
                if (CodeAt(facts, childRow) is not { } childCode)
                {
                    uncoded.Add(childRow);
                    continue;
                }

                for (var length = 1; length < childCode.Length && length <= MaxCodeLength; length++)
                    Index(byPrefix, childCode.Substring(0, length), j);
            }

            for (var i = 0; i < parentCount; i++)
            {
                var row = Row(relation.Parents, i);
                var code = CodeAt(facts, row);
                if (uncoded.Count > 0)
                {
                    // A child without a code could belong to any parent: the sums cannot be formed.
                    context.CouldNotRun(uncoded.Select(r => r + "/code").ToArray());
                    continue;
                }

                if (code is null || !TryFigure(context, row + "/" + relation.Value, out var parent))
                {
                    context.NotApplicable();
                    continue;
                }

                var items = new List<(Figure, int)>();
                var missing = new List<string>();
                foreach (var j in byPrefix.TryGetValue(code, out var descendants) ? descendants : (IEnumerable<int>)Array.Empty<int>())
                {
                    var child = Row(relation.Children, j);
                    if (TryFigure(context, child + "/" + relation.Value, out var f))
                        items.Add((f, 1));
                    else
                        missing.Add(child + "/" + relation.Value);
                }

                if (items.Count == 0 && missing.Count == 0)
                {
                    context.NotApplicable();
                    continue;
                }

                if (missing.Count > 0)
                {
                    context.CouldNotRun(missing.ToArray());
                    continue;
                }

                context.CheckSum(parent, items, context.Rule.TitleZh + "（" + code + "）", context.Rule.TitleEn + " (" + code + ")");
            }
        }

        private static void EvaluateInequality(ValidationContext context, InequalityRelation relation)
        {
            var facts = context.Facts;
            var scope = Scope(new[] { relation.Lesser, relation.Greater });
            if (!facts.Contains(scope))
            {
                context.CouldNotRun(scope);
                return;
            }

            foreach (var (pointer, indices) in Expand(facts, relation.Lesser, Array.Empty<int>(), out _))
            {
                var greaterPointer = Bind(facts, relation.Greater, indices);
                var hasLesser = TryFigure(context, pointer, out var lesser);
                var hasGreater = TryFigure(context, greaterPointer, out var greater);
                if (!hasLesser && !hasGreater)
                    context.NotApplicable();
                else if (!hasLesser || !hasGreater)
                    context.CouldNotRun(hasLesser ? greaterPointer : pointer);
                else
                    context.CheckLessOrEqual(lesser, greater, context.Rule.TitleZh, context.Rule.TitleEn);
            }
        }

        private static void EvaluateRatio(ValidationContext context, RatioRelation relation)
        {
            var facts = context.Facts;
            foreach (var (pointer, indices) in Expand(facts, relation.Percent, Array.Empty<int>(), out _))
            {
                if (!facts.TryGet<Percent>(pointer, out var percent))
                {
                    context.NotApplicable();
                    continue;
                }

                var numeratorPointer = Bind(facts, relation.Numerator, indices);
                var denominatorPointer = Bind(facts, relation.Denominator, indices);
                var hasNumerator = TryFigure(context, numeratorPointer, out var numerator);
                var hasDenominator = TryFigure(context, denominatorPointer, out var denominator);
                if (!hasNumerator || !hasDenominator)
                {
                    context.CouldNotRun(!hasNumerator ? numeratorPointer : denominatorPointer);
                    continue;
                }

                context.CheckRatio(pointer, percent, numerator.Range, numerator.Value, denominator.Range, denominator.Value,
                    new[] { numerator.Pointer, denominator.Pointer }, context.Rule.TitleZh, context.Rule.TitleEn);
            }
        }
    }
}
