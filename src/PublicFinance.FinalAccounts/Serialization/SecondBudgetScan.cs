using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Whether any record of a report holds a comparison with its second budget basis (第二预算口径; the <c>secondBudget</c>
/// members of schema 1.6), for <see cref="SchemaVersionFloor"/>. Walks the records and lists by the JSON contract's
/// metadata (the members the document would have, found once per type), as the member can be on any figure.
/// </summary>
internal static class SecondBudgetScan
{
    private const string Member = "secondBudget";

    // Per record type: whether it has the member, and the members that are records or lists (the rest are values).
    private static readonly ConcurrentDictionary<Type, JsonPropertyInfo[]> Shapes = new();

    /// <summary>Whether <paramref name="record"/> or a record under it has a second budget comparison.</summary>
    /// <param name="record">A record of the model, or null.</param>
    /// <returns>True when one is found.</returns>
    public static bool AnyIn(object? record)
    {
        if (record is null)
        {
            return false;
        }

        foreach (var property in Shapes.GetOrAdd(record.GetType(), Shape))
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
                foreach (var item in list)
                {
                    if (AnyIn(item))
                    {
                        return true;
                    }
                }
            }
            else if (AnyIn(value))
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
