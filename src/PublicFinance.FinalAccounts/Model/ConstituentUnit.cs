namespace PublicFinance.FinalAccounts.Model;

/// <summary>A budget unit included in the accounts (纳入决算编制范围的预算单位).</summary>
public sealed record ConstituentUnit
{
    /// <summary>The unit's name (单位名称).</summary>
    public required string Name { get; init; }

    /// <summary>本级 or 所属单位, or null when the document does not say.</summary>
    public UnitRole? Role { get; init; }

    /// <summary>A remark (备注), or null.</summary>
    public string? Note { get; init; }
}
