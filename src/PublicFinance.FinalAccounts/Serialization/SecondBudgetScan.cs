using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Whether any record of a report holds a comparison with its second budget basis (第二预算口径; the <c>secondBudget</c>
/// members of schema 1.6), or a stated figure its prior-year amount stated without a change (上年数; the
/// <c>priorYearAmount</c> of a <see cref="Model.StatedFigure"/>, schema 1.15), for <see cref="SchemaVersionFloor"/> (called
/// once per text read, never by <c>Serialize</c>).
/// Walks the records and lists by the JSON contract's metadata of each member's <em>declared</em> type (found once per
/// type), as the member can be on any figure: a user's subclass of a model record (not in the contract) is walked as its
/// declared base, as the serializer writes it.
/// </summary>
internal static class SecondBudgetScan
{
    private const string Member = "secondBudget";

    private const string PriorMember = "priorYearAmount";

    // Per record type and member sought: the member itself when the type has it, and the members that are records or lists
    // (the rest are values).
    private static readonly ConcurrentDictionary<(Type Type, string Member), JsonPropertyInfo[]> Shapes = new();

    /// <summary>Whether <paramref name="record"/> or a record under it has a second budget comparison.</summary>
    /// <param name="record">A record of the model, or null.</param>
    /// <returns>True when one is found.</returns>
    public static bool AnyIn(Model.Narrative.NarrativeSections? record)
        => AnyIn(record, typeof(Model.Narrative.NarrativeSections), Member, owner: null);

    /// <summary>
    /// Whether a figure declared <paramref name="owner"/> under <paramref name="record"/> has its own prior-year amount: a
    /// <see cref="Model.StatedFigure"/> (schema 1.15) or a 类, 款 or 项 (<see cref="Model.Narrative.FunctionalFigure"/>, schema
    /// 1.13); a change's prior-year amount (schema 1.0) is not sought.
    /// </summary>
    /// <param name="record">A record of the model, or null.</param>
    /// <param name="owner">The declared type of the figures whose member counts.</param>
    /// <returns>True when one is found.</returns>
    public static bool AnyPriorYearIn(Model.Narrative.NarrativeSections? record, Type owner)
        => AnyIn(record, typeof(Model.Narrative.NarrativeSections), PriorMember, owner);

    /// <summary>
    /// Whether <paramref name="record"/>, walked as its declared type <paramref name="declared"/>, has the member
    /// <paramref name="member"/> set (on a record declared <paramref name="owner"/> only, when that is given).
    /// </summary>
    private static bool AnyIn(object? record, Type declared, string member, Type? owner)
    {
        if (record is null)
        {
            return false;
        }

        foreach (var property in Shapes.GetOrAdd((declared, member), Shape))
        {
            var value = property.Get!(record);
            if (value is null)
            {
                continue;
            }

            if (property.Name == member)
            {
                if (owner is null || declared == owner)
                {
                    return true;
                }

                continue;
            }

            if (value is IEnumerable list)
            {
                var element = FinalAccountsJson.ReadOptions.GetTypeInfo(property.PropertyType).ElementType;
                foreach (var item in list)
                {
                    if (element is not null && AnyIn(item, element, member, owner))
                    {
                        return true;
                    }
                }
            }
            else if (AnyIn(value, property.PropertyType, member, owner))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonPropertyInfo[] Shape((Type Type, string Member) key)
    {
        var info = FinalAccountsJson.ReadOptions.GetTypeInfo(key.Type);
        return info.Kind != JsonTypeInfoKind.Object ? [] : info.Properties
            .Where(p => p.Get is not null && (p.Name == key.Member || MayHold(p.PropertyType)))
            .ToArray();
    }

    // A record (object) or a list of records of the contract: not a value, an enum or a string, nor a budget comparison or a
    // change (neither holds a second budget or a figure's prior-year amount).
    private static bool MayHold(Type type)
    {
        if (type == typeof(string) || type.IsValueType || type == typeof(Model.BudgetComparison)
            || type == typeof(Model.YearOverYearChange))
        {
            return false;
        }

        var kind = FinalAccountsJson.ReadOptions.GetTypeInfo(type).Kind;
        return kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable;
    }
}
