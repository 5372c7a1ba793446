namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 40: the message of a 万元 amount in a 亿元 document (亿元文件中的万元金额).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An amount in 万元 in a 亿元 document, converted exactly to 亿元 (four decimals more; an Info finding). Internal, as
    /// <see cref="YuanAmountConverted"/>: its English names the units as written.
    /// </summary>
    /// <param name="digits">The amount as written.</param>
    /// <param name="converted">The converted amount.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) WanYuanAmountConverted(string digits, string converted) => (
        $"金额 {digits} 万元在亿元文件中，已换算为 {converted} 亿元。",
        $"The amount {digits} 万元 in a 亿元 document was converted to {converted} 亿元.");
}
