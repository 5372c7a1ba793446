namespace PublicFinance.FinalAccounts.Classification;

/// <summary>The two classification systems of expenditure (支出分类) that the catalogue covers.</summary>
public enum ClassificationSystem
{
    /// <summary>支出功能分类 (functional classification).</summary>
    Functional = 0,

    /// <summary>支出经济分类 (economic classification, departmental 3xx and government 5xx).</summary>
    Economic = 1,
}
