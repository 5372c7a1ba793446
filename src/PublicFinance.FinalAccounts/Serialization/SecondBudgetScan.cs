using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Whether any record of a report holds a comparison with its second budget basis (第二预算口径; the <c>secondBudget</c>
/// members of schema 1.6), for <see cref="SchemaVersionFloor"/> (called once per text read, never by <c>Serialize</c>).
/// Walks the records and lists by the JSON contract's metadata of each member's <em>declared</em> type (found once per
/// type), as the member can be on any figure: a user's subclass of a model record (not in the contract) is walked as its
/// declared base, as the serializer writes it.
/// </summary>
internal static class SecondBudgetScan
{
    private const string Member = "secondBudget";

    // Per record type: whether it has the member, and the members that are records or lists (the rest are values).
    private static readonly ConcurrentDictionary<Type, JsonPropertyInfo[]> Shapes = new();

    /// <summary>Whether <paramref name="record"/> or a record under it has a second budget comparison.</summary>
    /// <param name="record">A record of the model, or null.</param>
    /// <returns>True when one is found.</returns>
    public static bool AnyIn(Model.Narrative.NarrativeSections? record) => AnyIn(record, typeof(Model.Narrative.NarrativeSections));

    /// <summary>Whether <paramref name="record"/>, walked as its declared type <paramref name="declared"/>, has one.</summary>
    private static bool AnyIn(object? record, Type declared)
    {
        if (record is null)
        {
            return false;
        }

        foreach (var property in Shapes.GetOrAdd(declared, Shape))
        {
            var value = property.Get!(record);
            if (value is null)
            {
                continue;
            }

            if (property.Name == Member)
            {
                return true;
            }

            if (value is IEnumerable list)
            {
                var element = FinalAccountsJson.ReadOptions.GetTypeInfo(property.PropertyType).ElementType;
                foreach (var item in list)
                {
                    if (element is not null && AnyIn(item, element))
                    {
                        return true;
                    }
                }
            }
            else if (AnyIn(value, property.PropertyType))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonPropertyInfo[] Shape(Type type)
    {
        var info = FinalAccountsJson.ReadOptions.GetTypeInfo(type);
        return info.Kind != JsonTypeInfoKind.Object ? [] : info.Properties
            .Where(p => p.Get is not null && (p.Name == Member || MayHold(p.PropertyType)))
            .ToArray();
    }

    // A record (object) or a list of records of the contract: not a value, an enum or a string, nor a budget comparison.
    private static bool MayHold(Type type)
    {
        if (type == typeof(string) || type.IsValueType || type == typeof(Model.BudgetComparison))
        {
            return false;
        }

        var kind = FinalAccountsJson.ReadOptions.GetTypeInfo(type).Kind;
        return kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable;
    }
}
