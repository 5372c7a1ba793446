namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the fund parts' shares (session 41, rule FA2007): a share of a fund type's part of the 财政拨款 income whose
/// base is not shown to be 财政拨款本年收入 — the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "…预算财政拨款收入 X 万元，占 Y%" with no whole written before the part in its sentence: the share's base (财政拨款收入
    /// or 本年收入) is not known, so it is not the part's share of 财政拨款本年收入 that the model holds.
    /// </summary>
    public static (string Zh, string En) FundPartShareBaseUnknown => (
        "资金性质部分（一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入）的占比未写明基数，不能确定是占财政拨款本年收入的比例，未放入。",
        "The share of a fund type's part of the appropriation income does not show its base, so it is not known to be the "
            + "part's share of the year's appropriation income; not placed.");
}
