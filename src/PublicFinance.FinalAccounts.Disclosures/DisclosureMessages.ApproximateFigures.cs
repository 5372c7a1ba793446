namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The reader's notes on figures it does not place (session 38): approximate or coarse amounts, named projects.</summary>
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

    /// <summary>A named project's amount ("老旧小区改造技术服务项目 4210.30 万元"): the model has no list of projects.</summary>
    public static (string Zh, string En) NamedProjectWithoutPlace(string name) => (
        $"项目“{name}”的金额：报告模型中没有项目清单，未放入（不与项目支出核对）。",
        $"The amount of the project \"{name}\": the report model has no list of projects, so it was not placed (nor checked "
            + "against the project expenditure).");
}
