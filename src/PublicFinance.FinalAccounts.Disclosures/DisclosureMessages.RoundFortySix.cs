namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 49's fixes of blind round 46's false findings (NarrativeReader.PurchasedServices.cs).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A sentence on the government purchase of services (政府购买服务) under the procurement heading: another subject than
    /// procurement and its 服务 part; its figures are not placed.
    /// </summary>
    public static readonly (string Zh, string En) PurchasedServicesNotProcurement = (
        "此句所述为政府购买服务，与政府采购（及其中的服务类采购）不是同一口径，模型中没有对应字段：其中数字未放入（不核对）。",
        "This sentence is on the government purchase of services, another subject than government procurement and "
            + "its services part; the model has no member for it, and its figures were not placed (nor checked).");
}
