namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>A record member (or a list's record item), read by its type's shape.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordMember<T> : ContractMember, IContractItem<T>
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
    public override void Read(ref ContractJsonScanner scanner, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ReadItem(ref scanner, frames);

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames) => Typed<T>(cell).Value = ReadItem(node, frames);

    /// <inheritdoc/>
    public T ReadItem(ref ContractJsonScanner scanner, ContractFrames frames) => ContractReader.ReadRecord(ref scanner, shape, frames);

    /// <inheritdoc/>
    public T ReadItem(IContractNode node, ContractFrames frames) => ContractTreeReader.ReadRecord(node, shape, frames);
}
