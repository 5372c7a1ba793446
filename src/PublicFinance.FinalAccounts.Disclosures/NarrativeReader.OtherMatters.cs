namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Figures of the 国有资产 part stated elsewhere: the vehicles held, under 其他重要事项说明 or a part without a heading of
/// its own ("截至 2015 年 12 月 31 日，本部门共有车辆 5 辆，其中一般公务用车 3 辆、特种专业技术用车 2 辆").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The words of a heading of the other matters' part, whose subsections (机关运行经费, 政府采购, 国有资产, 绩效) or subjects
    /// say where the reading is: 其他重要事项（的情况说明）, 其他事项（说明）, 其他说明. (其他需要说明的事项 is a section key.)
    /// </summary>
    private static readonly string[] OtherMattersHeadingWords = ["其他重要事项", "其他事项", "其他说明"];

    /// <summary>
    /// Whether a heading opens the other matters' part ("四、其他事项说明" after the 三公 section): its paragraphs are then
    /// read by their own subsections, not as the 三公 section's (机关运行经费, 采购 and vehicles went unplaced).
    /// </summary>
    private static bool OtherMattersHeading(string heading) => HasAny(heading, OtherMattersHeadingWords);

    /// <summary>Words that say vehicles are held (共有, 拥有, 现有, 实有, 保有, 占有), not bought, used or run.</summary>
    private static readonly string[] HoldingWords = ["共有", "拥有", "现有", "实有", "保有", "占有"];

    /// <summary>
    /// Whether <paramref name="text"/> states the vehicles held: a count in 辆 of 车辆 or 用车 after a word of holding, and
    /// no 三公 spending (a 三公 paragraph reads its own vehicle counts).
    /// </summary>
    private static bool HoldsVehicles(string text) =>
        text.Contains("辆") && (text.Contains("车辆") || text.Contains("用车")) && HasAny(text, HoldingWords) && !text.Contains("三公");
}
