namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>三、支出决算情况: expenditure of the year by nature, with shares.</summary>
public sealed record ExpenditureStatement
{
    /// <summary>Total expenditure of the year (本年支出合计).</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>Basic expenditure (基本支出).</summary>
    public StatedFigure? Basic { get; init; }

    /// <summary>Project expenditure (项目支出).</summary>
    public StatedFigure? Project { get; init; }

    /// <summary>Remittance to the superior unit (上缴上级支出).</summary>
    public StatedFigure? RemittedToSuperior { get; init; }

    /// <summary>Business expenditure (经营支出).</summary>
    public StatedFigure? Business { get; init; }

    /// <summary>Subsidies to affiliated units (对附属单位补助支出).</summary>
    public StatedFigure? SubsidyToAffiliates { get; init; }
}
