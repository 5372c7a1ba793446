namespace PublicFinance.FinalAccounts.Classification;

/// <summary>The level of a functional classification code: 类 (3 digits), 款 (5 digits) or 项 (7 digits).</summary>
public enum FunctionalLevel
{
    /// <summary>Class (类), 3 digits, e.g. 201 一般公共服务支出.</summary>
    Class = 1,

    /// <summary>Section (款), 5 digits, e.g. 20103 政府办公厅（室）及相关机构事务.</summary>
    Section = 2,

    /// <summary>Item (项), 7 digits, e.g. 2010301 行政运行.</summary>
    Item = 3,
}
