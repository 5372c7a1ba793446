using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A list member (of scalars or of records): each item read by <see cref="IContractItem{T}"/> into the list kept in the
/// member's cell of the thread's frame, reused for every record of the type: the model's init accessor copies a list
/// into its own immutable one (<c>ValueList.From</c>, an array of the exact length), so the reader's list is never kept
/// and need not be made anew (a test holds every model list to that copy).
/// </summary>
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
    public override void Read(ref ContractJsonScanner scanner, object cell, ContractFrames frames)
    {
        scanner.StartArray();
        var list = Reused(cell, 0);
        var first = true;
        while (scanner.NextItem(ref first))
        {
            list.Add(item.ReadItem(ref scanner, frames));
        }
    }

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames)
    {
        if (node.NodeKind != ContractNodeKind.Array)
        {
            throw ContractReader.GiveUp();
        }

        var count = node.Count;
        var list = Reused(cell, count);
        for (var i = 0; i < count; i++)
        {
            list.Add(item.ReadItem(node.ItemAt(i), frames));
        }
    }

    /// <summary>The cell's list, emptied (made on first use), with room for <paramref name="count"/> items.</summary>
    private static List<T> Reused(object cell, int count)
    {
        var typed = Typed<List<T>>(cell);
        var list = typed.Value ??= new List<T>(Math.Max(count, 4));
        list.Clear();
        if (list.Capacity < count)
        {
            list.Capacity = count;
        }

        return list;
    }
}
