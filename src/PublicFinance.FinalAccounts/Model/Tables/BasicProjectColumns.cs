namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Columns 合计 / 基本支出 / 项目支出.</summary>
public record BasicProjectColumns
{
    /// <summary>Total (合计).</summary>
    public Amount? Total { get; init; }

    /// <summary>Basic expenditure (基本支出).</summary>
    public Amount? Basic { get; init; }

    /// <summary>Project expenditure (项目支出).</summary>
    public Amount? Project { get; init; }
}
