namespace PublicFinance.FinalAccounts.Classification;

/// <summary>The level of an economic classification code: 类 (3 digits) or 款 (5 digits).</summary>
public enum EconomicLevel
{
    /// <summary>Class (类), 3 digits, e.g. 301 工资福利支出.</summary>
    Class = 1,

    /// <summary>Section (款), 5 digits, e.g. 30101 基本工资.</summary>
    Section = 2,
}
