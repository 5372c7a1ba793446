namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>The amount columns of table 3 (支出决算表).</summary>
public record ExpenditureColumns
{
    /// <summary>Total expenditure of the year (本年支出合计).</summary>
    public Amount? Total { get; init; }

    /// <summary>基本支出 (basic expenditure).</summary>
    public Amount? Basic { get; init; }

    /// <summary>项目支出 (project expenditure).</summary>
    public Amount? Project { get; init; }

    /// <summary>上缴上级支出 (remittance to the superior unit).</summary>
    public Amount? RemittedToSuperior { get; init; }

    /// <summary>经营支出 (business expenditure).</summary>
    public Amount? Business { get; init; }

    /// <summary>对附属单位补助支出 (subsidies to affiliated units).</summary>
    public Amount? SubsidyToAffiliates { get; init; }
}
