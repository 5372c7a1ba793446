using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The members of one record type as <see cref="ContractReader"/> reads them: their JSON names (UTF-8, in the contract's
/// order), which are required, and for each scalar member (or list of scalars) the very converter the contract reads it
/// with — taken from the contract's metadata, so a value the fast path accepts is the value the contract would have read.
/// </summary>
internal sealed class ContractMembers
{
    private readonly byte[][] names;
    private readonly ulong required;

    /// <summary>Makes the table of <paramref name="type"/>; every name must be a member of the contract's metadata.</summary>
    /// <exception cref="InvalidOperationException">The generated reader no longer matches the model (regenerate it).</exception>
    public ContractMembers(Type type, ulong required, string[] jsonNames)
    {
        this.required = required;
        var info = FinalAccountsJson.ReadOptions.GetTypeInfo(type);
        if (info.Properties.Count != jsonNames.Length)
        {
            throw new InvalidOperationException($"The contract reader of {type.Name} is stale: regenerate it.");
        }

        names = new byte[jsonNames.Length][];
        Converters = new JsonConverter?[jsonNames.Length];
        for (var i = 0; i < jsonNames.Length; i++)
        {
            var property = info.Properties[i];
            if (property.Name != jsonNames[i] || property.IsRequired != ((required & (1UL << i)) != 0))
            {
                throw new InvalidOperationException($"The contract reader of {type.Name}.{jsonNames[i]} is stale: regenerate it.");
            }

            names[i] = Encoding.UTF8.GetBytes(jsonNames[i]);
            Converters[i] = ScalarConverter(property);
        }
    }

    /// <summary>The converter of each scalar member (of each item of a list of scalars); null for records and their lists.</summary>
    public JsonConverter?[] Converters { get; }

    /// <summary>
    /// Moves to the next member's value and names it in <paramref name="index"/>; false at the end of the object. Gives up
    /// (<see cref="ContractReader.GiveUp"/>) on an escaped, unknown or repeated name — the contract's reading decides those.
    /// </summary>
    public bool NextMember(ref Utf8JsonReader reader, ref ulong seen, ref int index)
    {
        if (!reader.Read())
        {
            throw ContractReader.GiveUp();
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            throw ContractReader.GiveUp();
        }

        // Members usually come in the contract's order (every writer of the contract writes them so): try the next first.
        var name = reader.ValueSpan;
        var next = index + 1;
        if (next >= names.Length || !name.SequenceEqual(names[next]))
        {
            next = IndexOf(name);
        }

        if (next < 0 || (seen & (1UL << next)) != 0 || !reader.Read())
        {
            throw ContractReader.GiveUp();
        }

        seen |= 1UL << next;
        index = next;
        return true;
    }

    /// <summary>Gives up unless every required member was read.</summary>
    public void RequireAll(ulong seen)
    {
        if ((seen & required) != required)
        {
            throw ContractReader.GiveUp();
        }
    }

    private int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static JsonConverter? ScalarConverter(JsonPropertyInfo property)
    {
        if (property.CustomConverter is { } custom)
        {
            return custom;
        }

        var info = property.Options.GetTypeInfo(property.PropertyType);
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            info = property.Options.GetTypeInfo(info.ElementType!);
        }

        return info.Kind == JsonTypeInfoKind.None ? info.Converter : null;
    }
}
