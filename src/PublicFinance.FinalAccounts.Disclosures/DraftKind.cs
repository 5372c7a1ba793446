namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What a <see cref="DraftNode"/> holds (a byte: the node's fields fit in 32 bytes).</summary>
internal enum DraftKind : byte
{
    /// <summary>Members in the order they were added (a JSON object).</summary>
    Object,

    /// <summary>Items (a JSON array).</summary>
    Array,

    /// <summary>A string (amounts and percentages are strings in the contract, as written).</summary>
    String,

    /// <summary>A whole number (counts, the year).</summary>
    Number,

    /// <summary>An indicator value (指标值), written in the contract's own form.</summary>
    Indicator,
}
