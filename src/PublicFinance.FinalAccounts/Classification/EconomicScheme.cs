namespace PublicFinance.FinalAccounts.Classification;

/// <summary>The scheme of an economic classification code.</summary>
public enum EconomicScheme
{
    /// <summary>部门预算支出经济分类 (departmental budget), classes 301–399; used in 部门决算 (table 6).</summary>
    Departmental = 0,

    /// <summary>政府预算支出经济分类 (government budget), classes 501–599.</summary>
    Government = 1,
}
