namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 7 (national order 9), 财政拨款“三公”经费支出决算表.</summary>
public sealed record ThreePublicTable : DisclosureTable
{
    /// <summary>预算数 columns.</summary>
    public ThreePublicColumns? Budget { get; init; }

    /// <summary>决算数 columns.</summary>
    public ThreePublicColumns? Final { get; init; }

    /// <summary>
    /// 完成预算% / 预算完成率 column: each item's completion rate as printed (决算数 ÷ 预算数 × 100; schema 1.7).
    /// </summary>
    public ThreePublicRateColumns? CompletionRate { get; init; }
}
