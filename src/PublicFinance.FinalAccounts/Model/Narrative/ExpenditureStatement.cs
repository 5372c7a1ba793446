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

    /// <summary>
    /// The named projects of <see cref="Project"/> (项目支出主要包括 / 具体包括：A 3120.50万元，B 2846.30万元…; schema 1.12), in the
    /// order written: the year's 项目支出 of all funds, the basis of <see cref="Project"/> (a list of the 一般公共预算财政拨款
    /// 项目支出 has no member). Rule FA1216: the listed amounts add up to at most <see cref="Project"/>.
    /// </summary>
    public IReadOnlyList<ProjectExpenditureItem> ProjectItems
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<ProjectExpenditureItem>();

    /// <summary>
    /// The residual entry that closes the list of <see cref="ProjectItems"/> (其他项目 / 其余项目 / 其他项目合计; schema 1.12), in
    /// the report's unit. Stated, rule FA1216 checks that the items and it add up to <see cref="Project"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Amount? OtherProjects
    {
        get;
        init => field = Unsigned.Checked(value, nameof(OtherProjects), Messages.ProjectItemNegative);
    }
}

