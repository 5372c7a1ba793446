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
}
