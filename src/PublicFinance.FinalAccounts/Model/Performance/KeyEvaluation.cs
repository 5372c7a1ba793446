namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// An evaluation beyond the self-evaluations that the 说明 states (重点绩效评价 / 部门评价 / 财政评价; schema 1.11): "重点评价项目2个，
/// 涉及资金860.00万元", "选取…项目开展部门评价，评价得分91.6分". Each figure is as written, or null when the text does not state it.
/// </summary>
public sealed record KeyEvaluation
{
    /// <summary>The kind of evaluation (重点评价, 部门评价 or 财政评价).</summary>
    public required KeyEvaluationKind Kind { get; init; }

    /// <summary>The evaluated project or fund as the text names it (“…项目”, "…补助资金"), or null when it names none.</summary>
    public string? Name { get; init; }

    /// <summary>The number of projects evaluated (评价项目 N 个), or null when not stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int? ProjectCount
    {
        get;
        init => field = Unsigned.Checked(value, nameof(ProjectCount), Messages.KeyEvaluationCountNegative);
    }

    /// <summary>The funds the evaluation covers (涉及资金 / 涉及金额), as stated.</summary>
    public Amount? Funds { get; init; }

    /// <summary>
    /// The evaluation's score (评价得分 91.6 分), in points. A score above 100 stays as written (a finding of rule FA3014, not a
    /// reading error).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is negative (a score has no sign).</exception>
    public Quantity? Score
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Score), Messages.ScoreNegative);
    }

    /// <summary>The evaluation's grade (评价等级为“良”), as stated; rule FA3014 compares it with <see cref="Score"/>.</summary>
    public PerformanceGrade? Grade { get; init; }
}
