namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>The kind of a performance self-evaluation table (绩效自评表).</summary>
public enum EvaluationKind
{
    /// <summary>部门整体支出绩效自评表 (the department as a whole).</summary>
    DepartmentOverall = 0,

    /// <summary>项目支出绩效自评表 (one project).</summary>
    Project = 1,
}
