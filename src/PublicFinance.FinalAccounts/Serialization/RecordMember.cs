using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>A record member, read by its type's shape. From a tree, a record already made is kept when faithful.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordMember<T> : ContractMember
    where T : class
{
    private readonly RecordShape<T> shape;

    /// <summary>Makes the member.</summary>
    public RecordMember(string name, RecordShape<T> shape)
        : base(name)
    {
        this.shape = shape;
    }

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<T>();

    /// <inheritdoc/>
    public override void Read(ref Utf8JsonReader reader, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ContractReader.ReadRecord(ref reader, shape, frames);

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ContractTreeReader.ReadRecord(node, shape, frames);
}
