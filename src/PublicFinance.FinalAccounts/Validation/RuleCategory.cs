namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The family a rule belongs to (规则类别).</summary>
public enum RuleCategory
{
    /// <summary>Identities inside one table (表内审核).</summary>
    WithinTable = 0,

    /// <summary>Identities between two tables (表间审核).</summary>
    BetweenTables = 1,

    /// <summary>Narrative figures against the tables (表文一致).</summary>
    TableNarrative = 2,

    /// <summary>Sums and identities inside the narrative (说明内部勾稽).</summary>
    Narrative = 3,

    /// <summary>Shares, "占 X%" (占比).</summary>
    Share = 4,

    /// <summary>Year-over-year changes, 增减额/增减率/持平 (同比增减).</summary>
    Change = 5,

    /// <summary>Budget against final, 完成率/差异率/大于小于 (预决算对比).</summary>
    Budget = 6,

    /// <summary>Performance self-evaluation scoring (绩效自评).</summary>
    Performance = 7,

    /// <summary>"三公" expenses and their counts (“三公”经费).</summary>
    ThreePublic = 8,

    /// <summary>Government procurement (政府采购).</summary>
    Procurement = 9,

    /// <summary>State-owned assets (国有资产占用).</summary>
    Assets = 10,

    /// <summary>Personnel counts (人员情况).</summary>
    Personnel = 11,

    /// <summary>Classification codes and names (科目编码与名称).</summary>
    Classification = 12,

    /// <summary>Signs and presence of figures (符号与完整性).</summary>
    Completeness = 13,

    /// <summary>Required tables, sections and details of the disclosure (公开内容齐全性).</summary>
    Presence = 14,

    /// <summary>Whether figures are broken down to the required level (细化程度).</summary>
    DetailLevel = 15,

    /// <summary>Figures the unit cannot plausibly have, and counts that bound each other (合理性).</summary>
    Plausibility = 16,

    /// <summary>This year's report against last year's (跨年度).</summary>
    AcrossYears = 17,
}
