using System.Collections.Generic;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>A list of records, each read by the item type's shape.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordListMember<T> : ContractMember
    where T : class
{
    private readonly RecordShape<T> shape;

    /// <summary>Makes the member.</summary>
    public RecordListMember(string name, RecordShape<T> shape)
        : base(name)
    {
        this.shape = shape;
    }

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<List<T>>();

    /// <inheritdoc/>
    public override void Read(ref Utf8JsonReader reader, object cell, ContractFrames frames)
    {
        var list = new List<T>();
        StartList(ref reader);
        while (NextItem(ref reader))
        {
            list.Add(ContractReader.ReadRecord(ref reader, shape, frames));
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
            list.Add(ContractTreeReader.ReadRecord(items.ItemAt(i), shape, frames));
        }

        Typed<List<T>>(cell).Value = list;
    }
}
