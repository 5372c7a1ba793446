namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The pointer of an item appended to a list, kept as the list's pointer and the item's index and joined only when
/// asked (<see cref="Pointer"/>): a 绩效自评表 row's members and claims are placed under it, and most of their pointers
/// are never read. The two parts never change, so two threads joining it at once make the same text.
/// </summary>
internal sealed class ItemPointer
{
    /// <summary>The pointer once joined (null until first asked for).</summary>
    private string? joined;

    /// <summary>Item <paramref name="index"/> of the list at <paramref name="list"/>.</summary>
    /// <param name="list">The list's pointer.</param>
    /// <param name="index">The item's index.</param>
    public ItemPointer(string list, int index)
    {
        List = list;
        Index = index;
    }

    /// <summary>The list's pointer.</summary>
    public string List { get; }

    /// <summary>The item's index in the list.</summary>
    public int Index { get; }

    /// <summary>The item's pointer: the list's, "/" and the index (joined once).</summary>
    public string Pointer => joined ??= string.Concat(List, "/", Index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The item's pointer.</summary>
    /// <returns><see cref="Pointer"/>.</returns>
    public override string ToString() => Pointer;
}
