namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the changes that name one fund's flow (资金性质的收支增减): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A change whose clause names one fund's income or expenditure ("政府性基金预算财政拨款支出较上年增加 X 万元") when the text
    /// has not stated that flow's amount before, or has stated its change already: not placed, and never the whole's change.
    /// </summary>
    public static readonly (string Zh, string En) FundChangeOfUnstatedFlow = (
        "增减所属的是某一资金（一般公共预算、政府性基金或国有资本经营预算）的收入或支出，此前未写明其金额（或其增减已读入）："
            + "未放入，也不作为财政拨款或部门总体的增减。",
        "A change of one fund's income or expenditure (general budget, government fund or state capital) whose amount was not "
            + "stated before (or whose change was read already): not placed, nor taken as the whole appropriation's or the "
            + "department's change.");
}
