namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The shape of record type <typeparamref name="T"/>: its members and its generated initialiser, which builds the
/// record once from the frame's typed cells (a member not read gets its type's default, as the contract leaves it).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordShape<T> : ContractShape
    where T : class
{
    private readonly Func<ContractFrame, T> build;

    /// <summary>Makes the shape; see <see cref="ContractShape"/>.</summary>
    public RecordShape(ulong required, ContractMember[] members, Func<ContractFrame, T> build)
        : base(typeof(T), required, members)
    {
        this.build = build;
    }

    /// <summary>The record from the frame's members.</summary>
    public T Build(ContractFrame frame) => build(frame);
}
