namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>What a node of a report tree (<see cref="IContractNode"/>) holds, as the report's JSON would.</summary>
internal enum ContractNodeKind
{
    /// <summary>Named members (a JSON object).</summary>
    Object,

    /// <summary>Items (a JSON array).</summary>
    Array,

    /// <summary>A string (figures are strings in the contract, as written).</summary>
    String,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A record of the model already made (an indicator value, 指标值), not a tree of values.</summary>
    Record,
}
