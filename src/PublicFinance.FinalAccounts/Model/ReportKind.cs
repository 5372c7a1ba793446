namespace PublicFinance.FinalAccounts.Model;

/// <summary>Whether the report is a department's consolidated accounts (部门决算) or one unit's (单位决算).</summary>
public enum ReportKind
{
    /// <summary>部门决算: the department, 本级 plus 所属单位.</summary>
    Department = 0,

    /// <summary>单位决算: a single budget unit.</summary>
    Unit = 1,
}
