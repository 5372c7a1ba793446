namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>The grade of an evaluation (评价等级).</summary>
public enum PerformanceGrade
{
    /// <summary>优 (excellent, ≥ 90).</summary>
    Excellent = 0,

    /// <summary>良 (good, 80–89).</summary>
    Good = 1,

    /// <summary>中 / 合格 (fair, 60–79).</summary>
    Fair = 2,

    /// <summary>差 / 不合格 (poor, &lt; 60).</summary>
    Poor = 3,
}
