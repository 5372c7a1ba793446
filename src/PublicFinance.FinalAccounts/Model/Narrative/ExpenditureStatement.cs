namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>三、支出决算情况: expenditure of the year by nature, with shares.</summary>
public sealed record ExpenditureStatement
{
    /// <summary>Total expenditure of the year (本年支出合计).</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>Basic expenditure (基本支出).</summary>
    public StatedFigure? Basic { get; init; }

    /// <summary>
    /// Personnel expenses (人员经费) of the basic expenditure of all funds (<see cref="Basic"/>'s part; schema 1.7): "基本支出
    /// A 万元，其中人员经费 P 万元". Not the 一般公共预算财政拨款 基本支出's 人员经费 (<see cref="BasicExpenditureStatement.Personnel"/>).
    /// </summary>
    public StatedFigure? BasicPersonnel { get; init; }

    /// <summary>
    /// Public expenses (公用经费) of the basic expenditure of all funds (<see cref="Basic"/>'s part; schema 1.7). Not the
    /// 一般公共预算财政拨款 基本支出's 公用经费 (<see cref="BasicExpenditureStatement.Public"/>).
    /// </summary>
    public StatedFigure? BasicPublic { get; init; }

    /// <summary>Project expenditure (项目支出).</summary>
    public StatedFigure? Project { get; init; }

    /// <summary>Remittance to the superior unit (上缴上级支出).</summary>
    public StatedFigure? RemittedToSuperior { get; init; }

    /// <summary>Business expenditure (经营支出).</summary>
    public StatedFigure? Business { get; init; }

    /// <summary>Subsidies to affiliated units (对附属单位补助支出).</summary>
    public StatedFigure? SubsidyToAffiliates { get; init; }
}
