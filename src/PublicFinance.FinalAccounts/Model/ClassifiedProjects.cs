namespace PublicFinance.FinalAccounts.Model;

/// <summary>Classified projects (涉密项目) reported only as totals.</summary>
public sealed record ClassifiedProjects
{
    /// <summary>The number of classified projects (涉密项目个数), or null.</summary>
    public int? Count { get; init; }

    /// <summary>Their full-year budget (全年预算数), or null.</summary>
    public Amount? Budget { get; init; }

    /// <summary>Their full-year execution (全年执行数), or null.</summary>
    public Amount? Executed { get; init; }
}
