namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>A performance indicator (绩效指标) with its three-level name, target, actual, weight and score.</summary>
public sealed record PerformanceIndicator
{
    /// <summary>First-level indicator (一级指标: 产出指标 / 效益指标 / 满意度指标 …).</summary>
    public required string Level1 { get; init; }

    /// <summary>Second-level indicator (二级指标: 数量指标 / 质量指标 / 时效指标 / 成本指标 / 社会效益指标 …).</summary>
    public required string Level2 { get; init; }

    /// <summary>三级指标 (the indicator's own name).</summary>
    public required string Name { get; init; }

    /// <summary>年度指标值 / 预期指标值 (target).</summary>
    public IndicatorValue? Target { get; init; }

    /// <summary>指标值设定依据 (basis of the target), when the table has that column.</summary>
    public string? TargetBasis { get; init; }

    /// <summary>实际完成值 (actual).</summary>
    public IndicatorValue? Actual { get; init; }

    /// <summary>分值 / 权重 (weight).</summary>
    public Quantity? Weight { get; init; }

    /// <summary>得分 (score).</summary>
    public Quantity? Score { get; init; }

    /// <summary>偏差原因分析及改进措施 (deviation note), as written.</summary>
    public string? DeviationNote { get; init; }
}
