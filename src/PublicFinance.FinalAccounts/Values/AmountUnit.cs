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

    /// <summary>
    /// Thousand yuan (千元, also written 仟元): the unit a few departments publish in (schema 1.14). A tenth of a 万元, so a
    /// 千元 figure converts to 万元 exactly with one decimal more; appended, so the other values keep their numbers.
    /// </summary>
    QianYuan = 3,
}
