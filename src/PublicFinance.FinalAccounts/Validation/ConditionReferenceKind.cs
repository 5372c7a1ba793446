namespace PublicFinance.FinalAccounts.Validation;

/// <summary>What a <see cref="ConditionReference"/> names (引用的种类).</summary>
internal enum ConditionReferenceKind
{
    /// <summary>The anchor itself (the empty reference).</summary>
    Anchor,

    /// <summary>A named figure of the relation (<c>$name</c>).</summary>
    Named,

    /// <summary>An absolute pointer (<c>/narrative/…</c>): the same place for every anchor.</summary>
    Absolute,

    /// <summary>A path from the anchor (<c>amount</c>, <c>../budget/amount</c>).</summary>
    Relative,
}
