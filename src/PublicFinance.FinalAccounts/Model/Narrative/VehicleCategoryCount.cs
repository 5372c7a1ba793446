namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>The number of vehicles (公务用车) in one category.</summary>
public sealed record VehicleCategoryCount
{
    /// <summary>The category (车辆类别).</summary>
    public required VehicleCategory Category { get; init; }

    /// <summary>The number of vehicles (辆).</summary>
    public required int Count { get; init; }

    /// <summary>The label as the document writes it (原文名称), when it differs from the standard one.</summary>
    public string? Label { get; init; }
}
