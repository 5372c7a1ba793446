using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// One member of a record type in the generated description (<see cref="ContractShapes"/>): its JSON name and how its
/// value is read — from JSON (<see cref="ContractReader"/>) or from a report tree (<see cref="ContractTreeReader"/>) —
/// into its typed cell. A scalar is read by the very converter the contract reads it with (bound from the contract's
/// metadata), so a value either reader accepts is the value the contract would have read.
/// </summary>
internal abstract class ContractMember
{
    /// <summary>Makes a member named <paramref name="name"/> in the contract.</summary>
    protected ContractMember(string name)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
    }

    /// <summary>The JSON name.</summary>
    public string Name { get; }

    /// <summary>The JSON name in UTF-8.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>A scalar member of type <typeparamref name="T"/>.</summary>
    public static ContractMember Leaf<T>(string name) => new LeafMember<T>(name);

    /// <summary>An optional scalar member of type <typeparamref name="T"/>? (read, without a converter of its own, by
    /// <typeparamref name="T"/>'s).</summary>
    public static ContractMember Optional<T>(string name)
        where T : struct => new LeafMember<T?>(name, NullableScalar<T>.Of);

    /// <summary>A list of scalars of type <typeparamref name="T"/>.</summary>
    public static ContractMember Leaves<T>(string name) => new ListMember<T>(name, new LeafMember<T>(name));

    /// <summary>A record member read by <paramref name="shape"/>.</summary>
    public static ContractMember Record<T>(string name, RecordShape<T> shape)
        where T : class => new RecordMember<T>(name, shape);

    /// <summary>A list of records, each read by <paramref name="shape"/>.</summary>
    public static ContractMember Records<T>(string name, RecordShape<T> shape)
        where T : class => new ListMember<T>(name, new RecordMember<T>(name, shape));

    /// <summary>Takes what the member needs from the contract's metadata (a scalar's converter).</summary>
    public virtual void Bind(JsonPropertyInfo property)
    {
    }

    /// <summary>A new cell for the member's value.</summary>
    public abstract object NewCell();

    /// <summary>Reads the member's JSON value (the scanner is before it) into <paramref name="cell"/>.</summary>
    public abstract void Read(ref ContractJsonScanner scanner, object cell, ContractFrames frames);

    /// <summary>Reads the member's value from a report tree into <paramref name="cell"/>.</summary>
    public abstract void Read(IContractNode node, object cell, ContractFrames frames);

    /// <summary>The converter of a scalar member (of each item of a list of scalars), as the contract reads it.</summary>
    protected static JsonConverter ScalarConverter(JsonPropertyInfo property)
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

        return info.Converter;
    }

    /// <summary>The cell of a member of type <typeparamref name="TValue"/>.</summary>
    protected static ContractCell<TValue> Typed<TValue>(object cell) => (ContractCell<TValue>)cell;
}
