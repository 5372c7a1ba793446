namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes on areas of another subject than the buildings and on rate thresholds of a class phrase.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>An area of another subject than the buildings (土地面积, 占地面积, 绿化面积): the model keeps the buildings' only.</summary>
    public static readonly (string Zh, string En) AreaOfAnotherSubject = (
        "房屋以外的面积（土地面积、占地面积、绿化面积等）：模板只有房屋面积一处，未放入，作为带位置的陈述保留；不与房屋面积比较。",
        "An area of another subject than the buildings (land, site, green space…): the template holds the buildings' area "
            + "only, so it was not placed; kept as a located note and never compared with the buildings' area.");

    /// <summary>A percentage that is the threshold of a class phrase ("执行率未达到100%的主要原因"), not a rate of a figure.</summary>
    public static readonly (string Zh, string En) RateThresholdOfAClass = (
        "百分比是类别表述中的界限（如“执行率未达到100%的主要原因”“低于90%的项目”），不是某个数字的比率：未放入，作为带位置的陈述保留。",
        "A percentage that is the bound of a class phrase (\"the reason the rate did not reach 100%\", \"items below 90%\"), not "
            + "the rate of any figure: not placed; kept as a located note.");
}
