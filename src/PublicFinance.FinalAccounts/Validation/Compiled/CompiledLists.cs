using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The catalogue's list relations — matches, unique keys, patterns and listed parents — as typed walks generated from their
/// data (列表关系编译为类型化代码; session 24, issue 13): <c>CompiledLists.g.cs</c>, written by <c>CompiledListsGenerator</c>
/// in the tests from each relation's data and the contract's shapes, and checked to be current. A walk reads the rows of
/// its lists as the model's typed records and their members as the index would hand them (a value's text, an enum by its
/// contract name where the interpreter asks for it), so that no walk needs the fact index: a unique key, a pattern and a
/// listed parent record every outcome as <see cref="ListRelationEvaluator"/> does (their findings' pointers are the list's
/// pointer and the row's index); a match records only what needs no location — passed by values first, not applicable, an
/// absent list — and leaves anything else (a finding, a figure within rounding, a row without its figure, a null row,
/// a table declared empty, recorded verifications) unrecorded to the interpreter. A relation finds its walk by its data —
/// the SHA-256 of its JSON form without the rule id (<see cref="KeyOf"/>) — never by a rule id: a relation that is new or
/// changed runs interpreted.
/// </summary>
internal static partial class CompiledLists
{
    // The walk of each relation instance, found once (a relation is immutable; the table holds it weakly).
    private static readonly ConditionalWeakTable<Relation, Holder> ByRelation = new();

    /// <summary>A relation's generated walk: true when it recorded the relation's every outcome; false when it recorded nothing.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="report">The report being validated.</param>
    /// <param name="relation">The compiled relation (its pattern, for a pattern relation).</param>
    /// <returns>Whether the relation was evaluated here.</returns>
    internal delegate bool Walker(ValidationContext context, FinalAccountsReport report, CompiledRelation relation);

    /// <summary>How many walks were generated (each reachable from its relation's data: <c>CompiledListsTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

    /// <summary>The walk generated for a relation's data, or null.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its walk, or null when none was generated for this data.</returns>
    public static Walker? Of(Relation relation) =>
        KeyOf(relation) is { } key && Generated.TryGetValue(key, out var walker) ? walker : null;

    /// <summary>
    /// Evaluates a list relation by its generated walk when it has one and the run allows it; otherwise, or when a match
    /// meets anything but a plain outcome, records nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The compiled relation.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public static bool TryEvaluate(ValidationContext context, CompiledRelation relation)
    {
        if (!context.Options.CompiledLists
            || relation.Relation is not (MatchRelation or UniqueRelation or PatternRelation or ParentListedRelation))
        {
            return false;
        }

        var walker = ByRelation.GetValue(relation.Relation, static r => new Holder(Of(r))).Walker;
        return walker is not null && walker(context, context.Report, relation);
    }

    /// <summary>
    /// The key of a relation's data: the SHA-256 (lower-case hex) of its JSON form without the rule id; null for a relation
    /// of another kind.
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>64 hexadecimal digits, or null.</returns>
    public static string? KeyOf(Relation relation)
    {
        if (relation is null)
        {
            throw new ArgumentNullException(nameof(relation));
        }

        if (relation is not (MatchRelation or UniqueRelation or PatternRelation or ParentListedRelation))
        {
            return null;
        }

        return CompiledKeys.Of(relation);   // the relation's JSON as the rules documentation writes it (RelationJson)
    }

    /// <summary>
    /// A member's text as the contract writes it (<c>ListRelationEvaluator.ContractText</c>): an enum value by its JSON name
    /// when it has one, else its text; null when absent.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <returns>The text, or null.</returns>
    internal static string? ContractText<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } present ? ContractText(present) : null;

    /// <summary>A required enum member's text as the contract writes it (see <see cref="ContractText{TEnum}(TEnum?)"/>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <returns>The text.</returns>
    internal static string ContractText<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        Enum boxed = value;
        return EnumNames.TryGet(boxed, out var name) ? name : boxed.ToString();
    }

    /// <summary>
    /// No two rows with the same key (and qualifier): the rows' texts read from the typed rows (a null row has none) and
    /// judged by the interpreter's own decision (<c>ListRelationEvaluator.Unique</c>).
    /// </summary>
    /// <returns>True (every outcome recorded).</returns>
    internal static bool Unique<TRow>(
        ValidationContext context, IReadOnlyList<TRow?>? rows, Func<TRow, string?> key, Func<TRow, string?>? qualifierOf,
        UniqueRelation relation)
        where TRow : class
    {
        if (rows is null)
        {
            return true;
        }

        var keys = ListRelationEvaluator.Texts(rows.Count);
        var qualifiers = qualifierOf is null ? null : ListRelationEvaluator.Texts(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            keys[i] = row is null ? null : key(row);
            if (qualifiers is not null)
            {
                qualifiers[i] = row is null ? null : qualifierOf!(row);
            }
        }

        ListRelationEvaluator.Unique(context, relation, keys, qualifiers, rows.Count);
        return true;
    }

    /// <summary>
    /// Every row's member matches the pattern: the members' texts read from the typed rows (a null row has none) and judged
    /// by the interpreter's own decision (<c>ListRelationEvaluator.Pattern</c>).
    /// </summary>
    /// <returns>True (every outcome recorded).</returns>
    internal static bool Pattern<TRow>(
        ValidationContext context, IReadOnlyList<TRow?>? rows, Func<TRow, string?> member, PatternRelation relation, Regex pattern)
        where TRow : class
    {
        if (rows is null)
        {
            return true;
        }

        ListRelationEvaluator.Pattern(context, relation, pattern, Texts(rows, member), rows.Count);
        return true;
    }

    /// <summary>
    /// The parent code of every 款 and 项 row is a row too: the codes' texts read from the typed rows (a null row has none)
    /// and judged by the interpreter's own decision (<c>ListRelationEvaluator.ParentListed</c>).
    /// </summary>
    /// <returns>True (every outcome recorded).</returns>
    internal static bool ParentListed<TRow>(ValidationContext context, IReadOnlyList<TRow?>? rows, Func<TRow, string?> code, string list)
        where TRow : class
    {
        if (rows is null)
        {
            return true;
        }

        ListRelationEvaluator.ParentListed(context, list, Texts(rows, code), rows.Count);
        return true;
    }

    /// <summary>One text per row (rented), null for a null row.</summary>
    private static string?[] Texts<TRow>(IReadOnlyList<TRow?> rows, Func<TRow, string?> text)
        where TRow : class
    {
        var texts = ListRelationEvaluator.Texts(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            texts[i] = rows[i] is { } row ? text(row) : null;
        }

        return texts;
    }

    /// <summary>How a generated walk reads one side of a match: a row's figure, its code's text and its written name.</summary>
    /// <typeparam name="TRow">The row type.</typeparam>
    internal sealed class MatchSide<TRow>(
        Func<ValidationContext, TRow, Figure?> value, Func<TRow, string?> code, Func<TRow, string?> name)
        where TRow : class
    {
        /// <summary>The row's figure as the interpreter reads it (located nowhere), or null when absent or not a figure.</summary>
        public Func<ValidationContext, TRow, Figure?> Value { get; } = value;

        /// <summary>The text of the row's code, or null.</summary>
        public Func<TRow, string?> Code { get; } = code;

        /// <summary>The row's name when it is a string, or null.</summary>
        public Func<TRow, string?> Name { get; } = name;
    }

    /// <summary>
    /// Rows of two lists matched by code, or by normalised name when a row has no code (<c>RelationEvaluator.EvaluateMatch</c>):
    /// an absent list could not run (its pointer); else every left row is not applicable (no figure), passed (a zero figure
    /// without a match; a match equal or not greater by values first) — or, at the first row that would be anything else,
    /// nothing is recorded and false is returned (the interpreter locates it).
    /// </summary>
    /// <returns>Whether the relation was recorded.</returns>
    internal static bool Match<TLeft, TRight>(
        ValidationContext context, IReadOnlyList<TLeft?>? left, MatchSide<TLeft> leftSide, IReadOnlyList<TRight?>? right,
        MatchSide<TRight> rightSide, MatchRelation relation, bool declaredEmpty)
        where TLeft : class
        where TRight : class
    {
        var options = context.Options;
        if (!options.ValuesFirst || options.RecordVerifications)
        {
            return false;
        }

        if (left is null)
        {
            context.CouldNotRun(FactPointer.Of(relation.Left));
            return true;
        }

        if (right is null)
        {
            context.CouldNotRun(FactPointer.Of(relation.Right));
            return true;
        }

        if (HasNull(left) || HasNull(right))
        {
            return false;
        }

        Dictionary<string, int>? byCode = null;
        Dictionary<string, int>? byName = null;
        var outcomes = default(CompiledChecks.Outcomes);
        for (var i = 0; i < left.Count; i++)
        {
            var row = left[i]!;
            if (leftSide.Value(context, row) is not { } leftFigure)
            {
                // An absent figure is not applicable, unless a table on the way declares itself empty (then it reads as zero).
                if (declaredEmpty)
                {
                    return false;
                }

                outcomes.NotApplicable();
                continue;
            }

            if (byCode is null)
            {
                (byCode, byName) = Keys(right, rightSide);
            }

            var code = leftSide.Code(row);
            var found = -1;
            if (code is not null && byCode.TryGetValue(code, out var byCodeIndex))
            {
                found = byCodeIndex;
            }
            else if (code is null && leftSide.Name(row) is { } rowName
                && byName!.TryGetValue(ClassificationCatalogue.NormalizeName(rowName), out var byNameIndex))
            {
                found = byNameIndex;
            }

            if (found < 0)
            {
                if (leftFigure.Value != 0m)
                {
                    return false;
                }

                outcomes.Pass();
                continue;
            }

            if (rightSide.Value(context, right[found]!) is not { } rightFigure)
            {
                return false;
            }

            if (relation.Comparison == RelationComparison.Equal)
            {
                // ValidationContext.CheckSum by values first, one item of weight +1 (one term is below Figure.ExactTerms).
                if (!leftFigure.ValueInRange || !rightFigure.ValueInRange || leftFigure.Value != rightFigure.Value)
                {
                    return false;
                }

                outcomes.Pass();
            }
            else if (!outcomes.LessOrEqual(leftFigure, rightFigure, AbsentFigures.Default))
            {
                return false;
            }
        }

        return outcomes.Commit(context);
    }

    private static bool HasNull<TRow>(IReadOnlyList<TRow?> rows)
        where TRow : class
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The right rows' first index by code text and by normalised name.</summary>
    private static (Dictionary<string, int> ByCode, Dictionary<string, int> ByName) Keys<TRight>(
        IReadOnlyList<TRight?> right, MatchSide<TRight> side)
        where TRight : class
    {
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < right.Count; j++)
        {
            var row = right[j]!;
            if (side.Code(row) is { } code && !byCode.ContainsKey(code))
            {
                byCode[code] = j;
            }

            if (side.Name(row) is { } name)
            {
                var key = ClassificationCatalogue.NormalizeName(name);
                if (!byName.ContainsKey(key))
                {
                    byName[key] = j;
                }
            }
        }

        return (byCode, byName);
    }

    private sealed class Holder(Walker? walker)
    {
        public Walker? Walker { get; } = walker;
    }
}
