namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the recall families session 24's blind texts found (an income total "全部为财政拨款收入"): the reader's part
/// of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "收入总计 X 万元，全部为财政拨款收入" in a text that states a 年初结转和结余 (or a 本年收入 other than X): the 收入总计 is not
    /// the year's income, so the words do not give the 财政拨款收入 — kept as a note.
    /// </summary>
    public static (string Zh, string En) WhollyAppropriationBesideCarryOver => (
        "“全部为财政拨款收入”所指的收入总计含年初结转和结余（或与本年收入不同）：财政拨款收入未按收入总计推定，作为带位置的陈述保留。",
        "\"All of it fiscal appropriation income\" follows the grand total of income, which the text shows to hold a carry-over "
            + "(or to differ from the year's income): the appropriation income is not taken as that total; kept as a located note.");
}
