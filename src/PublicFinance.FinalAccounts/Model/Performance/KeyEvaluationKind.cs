namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>The kind of an evaluation beyond the self-evaluations (重点绩效评价的类别; schema 1.11).</summary>
public enum KeyEvaluationKind
{
    /// <summary>重点绩效评价 (a key performance evaluation, 重点评价项目).</summary>
    Key = 0,

    /// <summary>部门评价 (an evaluation the department organises of its own projects).</summary>
    Department = 1,

    /// <summary>财政评价 / 财政重点评价 (an evaluation the finance bureau makes).</summary>
    Fiscal = 2,
}
