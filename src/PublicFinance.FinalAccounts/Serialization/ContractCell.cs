namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The typed slot of one member of a record being read (<see cref="ContractFrame"/>): the value is stored as its own
/// type — no boxing, no argument array — and read back by the record's generated initialiser.
/// </summary>
/// <typeparam name="T">The member's type (a list member's: <c>List&lt;TItem&gt;</c>).</typeparam>
internal sealed class ContractCell<T>
{
    /// <summary>The value read; meaningful only while the frame marks the member as read.</summary>
    public T Value = default!;
}
