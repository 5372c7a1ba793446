namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision decisions of session 22 (issue 8, precision first): partial lists of 类 and 项 withdrawn, and
/// figures the narrative leaves to a table it sits beside.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The 项 read under a 类 add up to less than the 类: the text lists only some of them (its main items), so they are not
    /// compared with the 类 (类 = Σ 项 would be a false Error) and not placed.
    /// </summary>
    public static (string Zh, string En) PartialItemList(string className, string sum, string whole) => (
        $"“{className}”下所列各项合计 {sum}，小于该类 {whole}：文中只列出部分项（如主要项目），各项未放入，不与该类核对。",
        $"The items listed under \"{className}\" add up to {sum}, less than the class's {whole}: the text lists only some of "
            + "them (its main items), so they are not placed nor checked against the class.");

    /// <summary>
    /// The 类 read add up to less than the 一般公共预算 total: the text lists only some of them (主要用于…), so they are not
    /// compared with the total (total = Σ 类 would be a false Error) and not placed.
    /// </summary>
    public static (string Zh, string En) PartialClassList(string sum, string whole) => (
        $"所列各类合计 {sum}，小于一般公共预算财政拨款支出 {whole}：文中只列出部分类（如“主要用于”），各类未放入，不与合计核对。",
        $"The classes listed add up to {sum}, less than the general-budget spending of {whole}: the text lists only some of them "
            + "(its main classes), so they are not placed nor checked against the total.");
}
