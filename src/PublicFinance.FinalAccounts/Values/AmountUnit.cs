namespace PublicFinance.FinalAccounts.Values;

/// <summary>The unit in which a report states its amounts (金额单位). A report declares it once; <c>default</c> is 万元.</summary>
public enum AmountUnit
{
    /// <summary>Ten thousand yuan (万元); the unit of almost every 部门决算 table, and so the default (zero) value.</summary>
    WanYuan = 0,

    /// <summary>Yuan (元), the base unit of the renminbi.</summary>
    Yuan = 1,

    /// <summary>Hundred million yuan (亿元).</summary>
    YiYuan = 2,
}
