namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>A performance self-evaluation table (绩效自评表): department-wide or for one project.</summary>
public sealed record PerformanceEvaluation
{
    /// <summary>Department-wide (部门整体) or project (项目支出).</summary>
    public required EvaluationKind Kind { get; init; }

    /// <summary>项目名称 (or 部门名称 for a department-wide table).</summary>
    public required string Name { get; init; }

    /// <summary>主管部门, when stated.</summary>
    public string? Department { get; init; }

    /// <summary>实施单位, when stated.</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>The fund lines (项目资金 / 部门资金).</summary>
    public IReadOnlyList<FundLine> Funds { get; init => field = ValueList.From(value); } = ValueList.Empty<FundLine>();

    /// <summary>年度总体目标 — 预期目标, as written.</summary>
    public string? ExpectedGoal { get; init; }

    /// <summary>年度总体目标 — 实际完成情况, as written.</summary>
    public string? ActualOutcome { get; init; }

    /// <summary>The indicators (绩效指标), in printed order.</summary>
    public IReadOnlyList<PerformanceIndicator> Indicators
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<PerformanceIndicator>();

    /// <summary>总分 — 分值 column (usually 100).</summary>
    public Quantity? TotalWeight { get; init; }

    /// <summary>总分 — 得分 column.</summary>
    public Quantity? TotalScore { get; init; }

    /// <summary>The stated grade (自评等级), when given.</summary>
    public PerformanceGrade? Grade { get; init; }
}
