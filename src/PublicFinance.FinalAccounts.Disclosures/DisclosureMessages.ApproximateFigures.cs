namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The reader's notes on figures it does not place because they are not exact (session 38).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An approximate amount ("约1.25亿元", "近5000万元", "超过300万元", "7000万元左右"): not exact, so never a report figure.
    /// </summary>
    public static (string Zh, string En) ApproximateFigure(string figure) => (
        $"约数“{figure}”（约、近、超过、左右等）不是确切金额，若放入将被当作精确数而误判，未放入。",
        $"The approximate amount \"{figure}\" (written with about, nearly, over or the like) is no exact figure; placed, the "
            + "checks would take it as exact, so it was not placed.");

    /// <summary>
    /// <see cref="CoarserThanTheReport"/> naming the figure ("1.71亿元"): an amount in 亿元 with fewer than four decimals (or
    /// in 千元 with fewer than three in a report in 元) is coarser than the report's unit.
    /// </summary>
    public static (string Zh, string En) CoarserFigure(string figure) => (
        $"“{figure}”：" + CoarserThanTheReport.Zh, $"\"{figure}\": " + CoarserThanTheReport.En);
}
