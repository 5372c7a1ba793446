namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>五、一般公共预算财政拨款支出决算情况: total, structure by class, and details by item.</summary>
public sealed record GeneralBudgetStatement
{
    /// <summary>(一) the total, with its share of 本年支出合计, change and budget comparison.</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>(二) structure: one figure per 类 with its share of the total.</summary>
    public IReadOnlyList<FunctionalFigure> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();

    /// <summary>(三) details: one figure per 项 with budget, change and reasons.</summary>
    public IReadOnlyList<FunctionalFigure> Items { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();

    /// <summary>
    /// The residual entry that closes the list of <see cref="Items"/> (其他科目 / 其余科目合计 X 万元; schema 1.13): the spending of
    /// every 项 the list does not name, in the report's unit, or null when not stated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Amount? OtherItems
    {
        get;
        init => field = Unsigned.Checked(value, nameof(OtherItems), Messages.OtherItemsNegative);
    }
}
