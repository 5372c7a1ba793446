namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// The stated value of one asset category (房屋原值…万元，净值…万元; schema 1.5): the original value (原值), the net value
/// (净值, 账面价值), or both, in the report's unit as written.
/// </summary>
public sealed record AssetCategoryValue
{
    /// <summary>The category (资产类别).</summary>
    public required AssetCategory Category { get; init; }

    /// <summary>The original value (原值), or null when not stated.</summary>
    public Amount? OriginalValue { get; init; }

    /// <summary>The net value (净值 / 账面净值), or null when not stated.</summary>
    public Amount? NetValue { get; init; }

    /// <summary>The label as the document writes it (原文名称), when it differs from the standard one.</summary>
    public string? Label { get; init; }
}
