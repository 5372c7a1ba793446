namespace PublicFinance.FinalAccounts.Model;

/// <summary>The reporting entity (决算主体): department or unit, fiscal year, scope and functions.</summary>
public sealed record ReportingEntity
{
    /// <summary>The department or unit name (部门/单位名称).</summary>
    public required string Name { get; init; }

    /// <summary>部门决算 or 单位决算.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>
    /// The fiscal year (决算年度), 1990 to 2100 (FiscalYearRange); absent (null) when the year is unknown (年度未知, e.g.
    /// a text that states none): year-aware checks then could not run or use the defaults of docs/rules.md, and no
    /// placeholder year is recorded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the <see cref="FiscalYearRange"/>.</exception>
    public int? FiscalYear
    {
        get;
        init => field = value is not { } year || FiscalYearRange.Contains(year)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FiscalYear), value, Messages.FiscalYearOutOfRange);
    }

    /// <summary>The region or level of government (e.g. 乌鲁木齐市), or null.</summary>
    public string? Region { get; init; }

    /// <summary>The main functions (主要职能), one entry per listed function.</summary>
    public IReadOnlyList<string> Functions { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>The budget units included (部门决算单位构成).</summary>
    public IReadOnlyList<ConstituentUnit> Units { get; init => field = ValueList.From(value); } = ValueList.Empty<ConstituentUnit>();

    /// <summary>The stated number of internal divisions (内设机构/科室数), or null.</summary>
    public int? InternalDivisionCount { get; init; }

    /// <summary>The internal divisions' names (内设科室).</summary>
    public IReadOnlyList<string> InternalDivisions { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
