using System.Buffers;
using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Evaluates the relations over the rows of one list (列表关系): <see cref="UniqueRelation"/>,
/// <see cref="PatternRelation"/> and <see cref="ParentListedRelation"/> (spec §4.11–§4.13).
/// </summary>
internal static class ListRelationEvaluator
{
    private const string CodeMember = "code";

    /// <summary>The rows of a list, or -1 rows when the pointer names no list (then nothing is recorded).</summary>
    private static (int List, int Count) Rows(ReportFacts facts, string list)
    {
        var node = facts.Find(list);
        return (node, facts.ListCountOf(node));
    }

    /// <summary>The text of a row's member: a string as written, any other value by its invariant text; null when absent.</summary>
    private static string? TextAt(ReportFacts facts, int row, string member) => facts.ValueOf(facts.Member(row, member))?.ToString();

    /// <summary>A row member's text as the contract writes it: an enum value by its JSON name (otherAssets), else as written.</summary>
    private static string? ContractText(ReportFacts facts, int row, string member)
        => facts.ValueOf(facts.Member(row, member)) is Enum value && EnumNames.TryGet(value, out var name)
            ? name
            : TextAt(facts, row, member);

    public static void EvaluateUnique(ValidationContext context, UniqueRelation relation)
    {
        var facts = context.Facts;
        var (list, count) = Rows(facts, relation.List);
        var keys = Texts(count);
        var qualifiers = relation.Qualifier is null ? null : Texts(count);
        for (var i = 0; i < count; i++)
        {
            var row = facts.Element(list, i);
            keys[i] = ContractText(facts, row, relation.Key);
            if (qualifiers is not null)
            {
                qualifiers[i] = ContractText(facts, row, relation.Qualifier!);
            }
        }

        Unique(context, relation, keys, qualifiers, count);
    }

    /// <summary>A scratch array of texts for <paramref name="count"/> rows (rented; none for an absent list).</summary>
    internal static string?[] Texts(int count) => count <= 0 ? [] : ArrayPool<string?>.Shared.Rent(count);

    /// <summary>
    /// No two rows with the same key (and qualifier), over the rows' texts however they were read (the index's nodes or
    /// the typed rows: <c>CompiledLists</c>): an absent key is skipped, a repeated one fails at both rows' pointers. Gives
    /// the rented arrays back.
    /// </summary>
    internal static void Unique(ValidationContext context, UniqueRelation relation, string?[] keys, string?[]? qualifiers, int count)
    {
        var first = new Dictionary<string, int>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            // With a qualifier the key is (key, qualifier); an absent qualifier is "" (a present one is never empty).
            var qualifier = qualifiers is null ? null : qualifiers[i] ?? string.Empty;
            var whole = qualifier is null ? key : key + "\u0000" + qualifier;
            if (!first.TryGetValue(whole, out var earlier))
            {
                first[whole] = i;
                context.Pass();
                continue;
            }

            var named = string.IsNullOrEmpty(qualifier) ? key : key + "（" + qualifier + "）";
            var (zh, en) = ValidationMessages.ListedTwice(named, relation.Key);
            context.Fail(zh, en, [PointerOf(relation, i), PointerOf(relation, earlier)]);
        }

        Return(keys);
        Return(qualifiers);
    }

    private static void Return(string?[]? texts)
    {
        if (texts is { Length: > 0 })
        {
            ArrayPool<string?>.Shared.Return(texts, clearArray: true);
        }
    }

    private static string PointerOf(UniqueRelation relation, int row)
    {
        var element = JsonPointer.Element(relation.List, row);
        return relation.PointAtRow ? element : JsonPointer.Child(element, relation.Key);
    }

    public static void EvaluatePattern(ValidationContext context, PatternRelation relation, Regex pattern)
    {
        var facts = context.Facts;
        var (list, count) = Rows(facts, relation.List);
        var values = Texts(count);
        for (var i = 0; i < count; i++)
        {
            values[i] = TextAt(facts, facts.Element(list, i), relation.Member);
        }

        Pattern(context, relation, pattern, values, count);
    }

    /// <summary>
    /// Every row's member matches the pattern, over the members' texts however they were read: an absent one is not
    /// applicable, a whole match passes, anything else fails at the member's pointer. Gives the rented array back.
    /// </summary>
    internal static void Pattern(ValidationContext context, PatternRelation relation, Regex pattern, string?[] values, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (values[i] is not { } value)
            {
                context.NotApplicable();
                continue;
            }

            var match = pattern.Match(value);
            if (match.Success && match.Index == 0 && match.Length == value.Length)
            {
                context.Pass();
                continue;
            }

            var (zh, en) = ValidationMessages.PatternMismatch(value, relation.Pattern);
            context.Fail(zh, en, [JsonPointer.Child(JsonPointer.Element(relation.List, i), relation.Member)]);
        }

        Return(values);
    }

    public static void EvaluateParentListed(ValidationContext context, ParentListedRelation relation)
    {
        var facts = context.Facts;
        var (list, count) = Rows(facts, relation.List);
        if (count < 0)
        {
            return;
        }

        var codes = Texts(count);
        for (var i = 0; i < count; i++)
        {
            codes[i] = TextAt(facts, facts.Element(list, i), CodeMember);
        }

        ParentListed(context, relation.List, codes, count);
    }

    /// <summary>
    /// The parent code of every 款 and 项 row is a row too, over the rows' code texts however they were read: codes keyed by
    /// number (<see cref="CodeKeys"/>: the parent's key is found without cutting a string per row); an uncoded row is
    /// skipped, a class code is not applicable, and so is a code whose parent's level the list never lists (spec 5.0: a table
    /// of 类 and 项 rows only, or an excerpt of 项 rows, omits a whole level by its layout, not a row). Gives the rented array
    /// back.
    /// </summary>
    internal static void ParentListed(ValidationContext context, string list, string?[] codes, int count)
    {
        var keys = new CodeKeys();
        var listed = new HashSet<long>();
        var lengths = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            if (codes[i] is { } c)
            {
                listed.Add(keys.Of(c));
                lengths.Add(c.Length);
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (codes[i] is not { } code)
            {
                continue;
            }

            if (code.Length <= 3 || !lengths.Contains(code.Length - 2))
            {
                context.NotApplicable();
                continue;
            }

            if (listed.Contains(keys.Of(code, code.Length - 2)))
            {
                context.Pass();
                continue;
            }

            var parent = code.Substring(0, code.Length - 2);
            var pointer = JsonPointer.Child(JsonPointer.Element(list, i), CodeMember);
            if (context.Options.TablesReadFromText && list.StartsWith("/tables/", StringComparison.Ordinal))
            {
                // Session 47: a table read from text may have lost the parent's row (a row the reader could not parse):
                // the absence rests on an uncertain reading, so at most a Warning (ValidationOptions.TablesReadFromText).
                var (uncertainZh, uncertainEn) = ValidationMessages.ParentNotListedInTextTable(code, parent);
                context.FailUncertain(uncertainZh, uncertainEn, [pointer]);
                continue;
            }

            var (zh, en) = ValidationMessages.ParentNotListed(code, parent);
            context.Fail(zh, en, [pointer]);
        }

        Return(codes);
    }
}
