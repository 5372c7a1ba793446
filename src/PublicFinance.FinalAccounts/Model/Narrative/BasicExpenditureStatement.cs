namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>六、一般公共预算财政拨款基本支出决算情况: 人员经费 and 公用经费 with the items listed.</summary>
public sealed record BasicExpenditureStatement
{
    /// <summary>基本支出 total.</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>人员经费 (personnel expenses).</summary>
    public StatedFigure? Personnel { get; init; }

    /// <summary>The items listed after 人员经费 包括：… (names as written).</summary>
    public IReadOnlyList<string> PersonnelItems { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>公用经费 (public expenses).</summary>
    public StatedFigure? Public { get; init; }

    /// <summary>The items listed after 公用经费 包括：… (names as written).</summary>
    public IReadOnlyList<string> PublicItems { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
