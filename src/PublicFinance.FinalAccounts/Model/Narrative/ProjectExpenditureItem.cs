namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// One named project of a list of the year's 项目支出 (项目支出主要包括：A 3120.50万元，B 2846.30万元…; schema 1.12): the project
/// or fund as the text names it and its amount, in the report's unit. The residual 其他项目 / 其余项目 is not an item
/// (<see cref="ExpenditureStatement.OtherProjects"/>).
/// </summary>
public sealed record ProjectExpenditureItem
{
    /// <summary>The project's name as written (项目名称), without quotes.</summary>
    public required string Name { get; init; }

    /// <summary>The project's expenditure (支出金额), in the report's unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public required Amount Amount
    {
        get;
        init => field = value.Value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(Amount), value, Messages.ProjectItemNegative);
    }
}
