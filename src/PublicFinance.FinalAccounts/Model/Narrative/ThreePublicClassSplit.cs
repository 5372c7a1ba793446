namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// One “three public expenses” item split by functional classification (schema 1.5): the item's subtotal as the split
/// states it (小计), this year's and the prior year's, and one <see cref="FunctionalFigure"/> per class — its amount, and
/// the prior year's figure and the change in <see cref="StatedFigure.Change"/> when the table has those columns.
/// </summary>
public sealed record ThreePublicClassSplit
{
    /// <summary>The item's subtotal this year (小计), in the report's unit, or null when the split does not state it.</summary>
    public Amount? Total { get; init; }

    /// <summary>The item's subtotal of the prior year (上年决算数 小计), or null.</summary>
    public Amount? PriorYearTotal { get; init; }

    /// <summary>The item's figure in each functional class (项 or 款), in the order written.</summary>
    public IReadOnlyList<FunctionalFigure> Classes
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<FunctionalFigure>();
}
