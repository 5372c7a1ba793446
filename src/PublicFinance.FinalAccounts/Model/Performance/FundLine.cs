namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>A fund line of an evaluation table (项目资金 rows): budget, execution, weight, rate and score.</summary>
public sealed record FundLine
{
    /// <summary>What the line is (资金行类别: 年度资金总额, 当年财政拨款, 上年结转资金 …).</summary>
    public required FundLineKind Kind { get; init; }

    /// <summary>The row label as written (年度资金总额, 其中：当年财政拨款, …).</summary>
    public required string Label { get; init; }

    /// <summary>Budget at the start of the year (年初预算数).</summary>
    public Amount? InitialBudget { get; init; }

    /// <summary>Full-year budget (全年预算数).</summary>
    public Amount? FullYearBudget { get; init; }

    /// <summary>Full-year execution (全年执行数).</summary>
    public Amount? Executed { get; init; }

    /// <summary>分值 (weight of budget execution, usually 10).</summary>
    public Quantity? Weight { get; init; }

    /// <summary>Execution rate (执行率 = 全年执行数 / 全年预算数).</summary>
    public Percent? ExecutionRate { get; init; }

    /// <summary>Score (得分).</summary>
    public Quantity? Score { get; init; }
}
