namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of a share whose base is written inline (session 35, <c>NarrativeReader.ShareBases</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The base of a share written inline ("占…X 万元的 Y%") that names no model figure of certain subject and period, or
    /// differs from the one read: kept as a note.
    /// </summary>
    public static readonly (string Zh, string En) ShareBaseNotPlaced = (
        "占比的基数（“占…X万元的Y%”中的X）不是模型中主体和期间确定的数字（或与已读出的该数不同），未放入。",
        "The base of a share written inline (the amount after the word for 'share of') is not a figure of the model whose "
            + "subject and period are certain (or differs from the one read), so it was not placed.");

    /// <summary>
    /// 人员经费 or 公用经费 of the all-funds 基本支出 in the 支出 section (session 35, <c>NarrativeReader.AllFundsBasicParts</c>):
    /// the model holds them for the 一般公共预算财政拨款 基本支出 only.
    /// </summary>
    public static readonly (string Zh, string En) AllFundsBasicPart = (
        "支出决算部分基本支出（全部资金）的人员经费或公用经费：模型中的人员经费、公用经费是一般公共预算财政拨款基本支出的，"
            + "全部资金的没有对应字段，未放入。",
        "Personnel or public expenses of the basic expenditure from all funds (in the expenditure section): the model holds "
            + "them for the general-budget appropriation's basic expenditure only, so they were not placed.");
}
