namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>
/// A 政府采购 table published beside the nine tables (政府采购情况表 / 政府采购支出决算表): the contract amounts of the
/// year by kind and those awarded to small and medium enterprises. Kept apart from the narrative's
/// <see cref="Narrative.ProcurementStatement"/> so that the two can be compared.
/// </summary>
public sealed record ProcurementTable : DisclosureTable
{
    /// <summary>Total government procurement (政府采购支出总额 / 实际采购金额 合计).</summary>
    public Amount? Total { get; init; }

    /// <summary>货物 (goods).</summary>
    public Amount? Goods { get; init; }

    /// <summary>工程 (works).</summary>
    public Amount? Works { get; init; }

    /// <summary>服务 (services).</summary>
    public Amount? Services { get; init; }

    /// <summary>授予中小企业合同金额 (contracts awarded to small and medium enterprises).</summary>
    public Amount? SmeContracts { get; init; }

    /// <summary>其中：授予小微企业合同金额 (of which to small and micro enterprises).</summary>
    public Amount? MicroSmallContracts { get; init; }
}
