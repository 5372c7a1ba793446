namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of shares worded otherwise than "占 X%" (session 39, <c>NarrativeReader.ShareWordings</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>An approximate share ("约占 8%", "占比约 8%", "占 8% 左右"): not exact, so never a report figure.</summary>
    public static (string Zh, string En) ApproximateShare(string text) => (
        $"约数占比“{text}”（约、近、超过、左右等）不是确切比例，若放入将被当作精确数而误判，未放入。",
        $"The approximate share \"{text}\" (written with about, nearly, over or the like) is no exact percentage; placed, the "
            + "checks would take it as exact, so it was not placed.");

    /// <summary>
    /// A share of a figure named before 占 whose amount is not written in the clause ("本年收入合计 X 万元，财政拨款收入占 Y%")
    /// and not (or not in the same context) held by the report: the model keeps no share without its amount.
    /// </summary>
    public static (string Zh, string En) ShareOfUnstatedFigure(string name) => (
        $"“{name}”的占比：句中未写该数的金额，报告中也没有同一口径的该数，模型不保存无金额的占比，未放入（不核对）。",
        $"The share of \"{name}\": its amount is not written in the sentence and the report holds no such figure of the same "
            + "kind; the model keeps no share without its amount, so it was not placed (nor checked).");

    /// <summary>
    /// A share of a figure named before 占 that is no member of the model ("项目支出 200.00 万元，培训费占比 6.0%"): not the
    /// clause's figure, so not its share (session 40).
    /// </summary>
    public static (string Zh, string En) ShareOfUnknownFigure(string name) => (
        $"“{name}”的占比：模型中没有该数，它也不是本句的主数，占比不属于本句的数字，未放入（不核对）。",
        $"The share of \"{name}\": the model has no such figure and it is not the clause's figure, so the share is not that "
            + "figure's; it was not placed (nor checked).");

    /// <summary>
    /// Shares written 分别占 after a list of figures ("基本支出…、项目支出…，分别占 80.00%、15.00%"): each is one listed figure's,
    /// not the clause's last figure's, and the reader does not pair them one by one (session 40).
    /// </summary>
    public static readonly (string Zh, string En) SharesOfAList = (
        "“分别占”的占比属于前面列出的各个数字，未逐一对应，不是本句最后一个数字的占比，未放入（不核对）。",
        "Shares written \"respectively X%, Y%\" belong to the figures listed before them, which the reader does not pair one "
            + "by one; they are not the last figure's share, so they were not placed (nor checked).");
}
