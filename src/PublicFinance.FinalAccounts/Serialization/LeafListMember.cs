using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>A list of scalars, each read as a <see cref="LeafMember{T}"/> is.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class LeafListMember<T> : ContractMember
{
    private readonly LeafMember<T> item;

    /// <summary>Makes the member.</summary>
    public LeafListMember(string name)
        : base(name)
    {
        item = new LeafMember<T>(name);
    }

    /// <inheritdoc/>
    public override void Bind(JsonPropertyInfo property) => item.Bind(property);

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<List<T>>();

    /// <inheritdoc/>
    public override void Read(ref Utf8JsonReader reader, object cell, ContractFrames frames)
    {
        var list = new List<T>();
        StartList(ref reader);
        while (NextItem(ref reader))
        {
            list.Add(item.ReadValue(ref reader));
        }

        Typed<List<T>>(cell).Value = list;
    }

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames)
    {
        var items = List(node);
        var list = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(item.ReadValue(items.ItemAt(i)));
        }

        Typed<List<T>>(cell).Value = list;
    }
}
