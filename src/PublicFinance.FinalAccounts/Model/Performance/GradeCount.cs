namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// The number of evaluated projects that received one grade (评价等级为“优”的项目 N 个; schema 1.9), as the 说明 states it.
/// </summary>
public sealed record GradeCount
{
    /// <summary>The grade (评价等级): 优, 良, 中 (合格) or 差 (不合格); a score band maps to the grade of its range.</summary>
    public required PerformanceGrade Grade { get; init; }

    /// <summary>The number of projects with that grade (项目个数).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Count
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Count), Messages.GradeCountNegative);
    }

    /// <summary>
    /// The grade or score band as the document writes it (原文等级或分数段: “优秀”, “90分（含）以上”, “80（含）-90分”), or null
    /// when it is the grade's standard name.
    /// </summary>
    public string? Band { get; init; }
}
