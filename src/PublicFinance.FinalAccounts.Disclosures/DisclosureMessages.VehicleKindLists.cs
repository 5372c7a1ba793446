namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the vehicle kinds listed after the fleet's count (车辆按类别列举): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A vehicle count listed among the parts of the fleet's count whose kind is none of the template's categories ("其中救护车
    /// 7 辆"): not placed; the kinds of the list are then withdrawn unless the others add up to the count on their own.
    /// </summary>
    /// <param name="figure">The kind and its count as written.</param>
    public static (string Zh, string En) UnplacedVehicleKind(string figure) => (
        "车辆总数的一项“" + figure + "”不属于模板的车辆类别：未放入；其余类别若合计不等于车辆总数，也一并不作比较。",
        "A part of the vehicle count, \"" + figure + "\", is none of the template's categories: not placed; unless the other "
            + "kinds add up to the count, they are not compared either.");

    /// <summary>
    /// Session 43: vehicle kinds that add up to less than the fleet's count in a list the text does not show to be the whole
    /// breakdown (no kind of 0 vehicles, no 分别为: "共有车辆 4 辆，其中：其他用车 2 辆"): a partial list, withdrawn, not compared.
    /// </summary>
    /// <param name="sum">The kinds' sum.</param>
    /// <param name="count">The vehicle count.</param>
    public static (string Zh, string En) PartialVehicleKindList(string sum, string count) => (
        "所列车辆类别合计" + sum + "辆，少于车辆总数" + count + "辆，文中也未表明已列出全部类别（未列0辆的类别，也未写“分别为”）："
            + "视为部分列举，未作比较。",
        "The vehicle kinds listed add up to " + sum + ", fewer than the count " + count + ", and the text does not show the list to "
            + "be complete (no kind of 0 vehicles, no \"respectively\"): taken as a partial list, not compared.");
}
