using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>A list member (of scalars or of records): each item read by <see cref="IContractItem{T}"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ListMember<T> : ContractMember
{
    private readonly IContractItem<T> item;

    /// <summary>Makes the member.</summary>
    public ListMember(string name, IContractItem<T> item)
        : base(name)
    {
        this.item = item;
    }

    /// <inheritdoc/>
    public override void Bind(JsonPropertyInfo property) => item.Bind(property);

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<List<T>>();

    /// <inheritdoc/>
    public override void Read(ref Utf8JsonReader reader, object cell, ContractFrames frames)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ContractReader.GiveUp();
        }

        var list = new List<T>();
        while (reader.Read() ? reader.TokenType != JsonTokenType.EndArray : throw ContractReader.GiveUp())
        {
            list.Add(item.ReadItem(ref reader, frames));
        }

        Typed<List<T>>(cell).Value = list;
    }

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames)
    {
        if (node.NodeKind != ContractNodeKind.Array)
        {
            throw ContractReader.GiveUp();
        }

        var list = new List<T>(node.Count);
        for (var i = 0; i < node.Count; i++)
        {
            list.Add(item.ReadItem(node.ItemAt(i), frames));
        }

        Typed<List<T>>(cell).Value = list;
    }
}
