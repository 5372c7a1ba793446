namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>The amount columns of tables 8 and 9 (政府性基金 / 国有资本经营预算财政拨款支出决算表).</summary>
public record FundTableColumns
{
    /// <summary>Opening carry-over and balance (年初结转和结余).</summary>
    public Amount? OpeningCarryOver { get; init; }

    /// <summary>Income of the year (本年收入).</summary>
    public Amount? Income { get; init; }

    /// <summary>Expenditure of the year: total (本年支出 合计).</summary>
    public Amount? ExpenditureTotal { get; init; }

    /// <summary>Expenditure of the year: basic (本年支出 基本支出).</summary>
    public Amount? Basic { get; init; }

    /// <summary>Expenditure of the year: project (本年支出 项目支出).</summary>
    public Amount? Project { get; init; }

    /// <summary>Closing carry-over and balance (年末结转和结余).</summary>
    public Amount? ClosingCarryOver { get; init; }
}
