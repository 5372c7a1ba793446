namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The members of one record while it is read: a typed cell per member and the mask of those read. One frame per
/// record type and thread (<see cref="ContractFrames"/>), reused for every record of that type — the model has no
/// record type that contains itself, so a type's frame is never needed twice at once (the generator checks it).
/// </summary>
internal sealed class ContractFrame
{
    private readonly object[] cells;

    /// <summary>Makes the frame of a record type with these members.</summary>
    public ContractFrame(ContractMember[] members)
    {
        cells = new object[members.Length];
        Order = new int[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            cells[i] = members[i].NewCell();
        }
    }

    /// <summary>Bit i set: member i was read in the current record.</summary>
    public ulong Seen { get; set; }

    /// <summary>
    /// The members' indexes in the order the last record of the type read from a tree had them: the tree reader's first
    /// guess for each place (<see cref="ContractTreeReader"/>; a guess is always confirmed by the member's name).
    /// </summary>
    public int[] Order { get; }

    /// <summary>The cell of member <paramref name="index"/>.</summary>
    public object Cell(int index) => cells[index];

    /// <summary>Member <paramref name="index"/>'s value, or the type's default when the record does not have it.</summary>
    public T? Get<T>(int index) => (Seen & (1UL << index)) != 0 ? ((ContractCell<T>)cells[index]).Value : default!;
}
