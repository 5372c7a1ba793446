namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (blind round 50, t05 and t08): the model keeps one area, the buildings' (<c>assets/buildingArea</c>, 房屋面积). An
/// area of another subject — 土地面积, 占地面积, 用地面积, 绿化面积 — was read into it, and the buildings' area stated after it
/// became "the same figure stated twice with different values" (a false FA8003: "占有土地面积 12486.35 平方米，房屋建筑面积
/// 48612.70 平方米", "占地面积 186,420.00 平方米，校舍建筑面积 152,368.50 平方米"). Such an area is a located note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that name an area that is not the buildings' (land, grounds, green space…).</summary>
    private static readonly string[] OtherAreaWords =
        ["土地", "占地", "用地", "宗地", "绿化", "绿地", "道路", "水域", "林地", "耕地", "草地", "场地", "园区", "校园", "运动场", "广场", "停车场"];

    /// <summary>
    /// Whether the label <paramref name="compact"/> of an area names a subject other than the buildings
    /// (<see cref="OtherAreaWords"/>) in its last clause before the figure.
    /// </summary>
    private static bool NamesOtherArea(string compact)
    {
        var from = compact.LastIndexOfAny(['，', ',', '；', ';', '。']) + 1;
        foreach (var word in OtherAreaWords)
        {
            if (compact.IndexOf(word, from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
