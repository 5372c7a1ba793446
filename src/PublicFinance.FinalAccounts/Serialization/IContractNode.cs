namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A report held as a tree of values in the shape of its JSON — the text reader's draft (草稿). <see cref="ContractTreeReader"/>
/// reads it into the model by the same generated description (<see cref="ContractShapes"/>) as <see cref="ContractReader"/>
/// reads JSON, so a value is accepted exactly when the contract would accept the tree's JSON.
/// </summary>
internal interface IContractNode
{
    /// <summary>What the node holds.</summary>
    ContractNodeKind NodeKind { get; }

    /// <summary>The string of a <see cref="ContractNodeKind.String"/> node.</summary>
    string Text { get; }

    /// <summary>The number of a <see cref="ContractNodeKind.Number"/> node.</summary>
    int Number { get; }

    /// <summary>The record of a <see cref="ContractNodeKind.Record"/> node.</summary>
    object? Record { get; }

    /// <summary>Members (object) or items (array); 0 for a value.</summary>
    int Count { get; }

    /// <summary>The name of member <paramref name="index"/> of an object.</summary>
    string NameAt(int index);

    /// <summary>Member or item <paramref name="index"/>.</summary>
    /// <remarks>
    /// A value member may be handed out as a view that the next call on the same thread reuses (the text reader's compact
    /// 绩效自评表 rows do): read a value member before asking for the next one, and never hold two at once. Containers are
    /// never reused.
    /// </remarks>
    IContractNode ItemAt(int index);
}
