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
        var first = new Dictionary<string, int>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var row = facts.Element(list, i);
            if (ContractText(facts, row, relation.Key) is not { } key)
            {
                continue;
            }

            // With a qualifier the key is (key, qualifier); an absent qualifier is "" (a present one is never empty).
            var qualifier = relation.Qualifier is { } member ? ContractText(facts, row, member) ?? string.Empty : null;
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
        for (var i = 0; i < count; i++)
        {
            if (TextAt(facts, facts.Element(list, i), relation.Member) is not { } value)
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
    }

    public static void EvaluateParentListed(ValidationContext context, ParentListedRelation relation)
    {
        var facts = context.Facts;
        var (list, count) = Rows(facts, relation.List);
        if (count < 0)
        {
            return;
        }

        // Codes are keyed by number (CodeKeys): the parent's key is found without cutting a string per row.
        var codes = ArrayPool<string?>.Shared.Rent(count);
        var keys = new CodeKeys();
        var listed = new HashSet<long>();
        for (var i = 0; i < count; i++)
        {
            if ((codes[i] = TextAt(facts, facts.Element(list, i), CodeMember)) is { } c)
            {
                listed.Add(keys.Of(c));
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (codes[i] is not { } code)
            {
                continue;
            }

            if (code.Length <= 3)
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
            var (zh, en) = ValidationMessages.ParentNotListed(code, parent);
            context.Fail(zh, en, [JsonPointer.Child(JsonPointer.Element(relation.List, i), CodeMember)]);
        }

        ArrayPool<string?>.Shared.Return(codes, clearArray: true);
    }
}
