using System.Collections.Generic;
using System.Linq;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The tables published beside the nine (机关运行经费、政府采购、国有资产 tables, <c>/tables/operatingExpenses|procurement|assets</c>)
/// against what the narrative states about the same figures (表文一致).
/// </summary>
/// <remarks>
/// Each check is an equality: the table's figure is the total, the narrative's the single item, compared with the
/// rounding-aware intervals of every table↔narrative rule (each side at its own written precision — a table printed in
/// 元 and converted keeps its decimals). Most departments publish none of these tables, so an absent table figure makes
/// the check not applicable (<see cref="AbsentFigures.NotApplicable"/>) rather than "could not run"; a figure the table
/// prints but the narrative was not read to state is "could not run", naming the narrative's pointer, as for FA1107.
/// </remarks>
public static partial class RuleCatalogue
{
    private const string BesideOperating = "/tables/operatingExpenses/";
    private const string BesideProcurement = "/tables/procurement/";
    private const string BesideAssets = "/tables/assets/";
    private const string BesideBasis = "domain §2.3, ";

    /// <summary>The 政府采购 figures the table and the narrative both carry (same member names on both sides).</summary>
    private static readonly string[] ProcurementFigures = ["total", "goods", "works", "services", "smeContracts", "microSmallContracts"];

    private static IEnumerable<IValidationRule> BesideTableRules()
    {
        var c = RuleCategory.TableNarrative;
        var e = Severity.Error;

        yield return new RelationRule(
            new RuleDescriptor("FA1110", c, e, "说明机关运行经费与机关运行经费表一致",
                "Narrative administrative operating expenses equal the operating-expenses table",
                "说明 机关运行经费 = 机关运行经费表 合计（表未公开时不适用）", BesideBasis + "§4.2"),
            [
                TableEqualsNarrative(
                    "FA1110", BesideOperating + "total", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"),
            ]);
        yield return new RelationRule(
            new RuleDescriptor("FA1111", c, e, "说明政府采购金额与政府采购表一致",
                "Narrative government procurement figures equal the procurement table",
                "说明 政府采购支出总额、货物、工程、服务、授予中小企业、授予小微企业合同金额 = 政府采购表对应数（表未公开时不适用）",
                BesideBasis + "§4.4"),
            ProcurementFigures.Select(
                x => TableEqualsNarrative("FA1111", BesideProcurement + x, "/narrative/procurement/" + x + "/amount")));
        yield return new RelationRule(
            new RuleDescriptor("FA1112", c, e, "说明国有资产占用情况与国有资产表一致",
                "Narrative asset holdings equal the assets table",
                "说明 车辆总数、房屋面积、单价100万元以上设备数 = 国有资产表对应数（表未公开时不适用）", BesideBasis + "§4.5"),
            [
                TableEqualsNarrative("FA1112", BesideAssets + "vehicleCount", "/narrative/assets/vehicles/count"),
                TableEqualsNarrative("FA1112", BesideAssets + "buildingArea", "/narrative/assets/buildingArea"),
                TableEqualsNarrative("FA1112", BesideAssets + "largeEquipmentCount", "/narrative/assets/largeEquipmentCount"),
            ]);
    }

    /// <summary>table figure = narrative figure; not applicable when the table does not print the figure.</summary>
    private static SumRelation TableEqualsNarrative(string id, string table, string narrative) =>
        new()
        {
            RuleId = id, Total = table, Items = [new SumTerm { Pointer = narrative }], WhenAbsent = AbsentFigures.NotApplicable,
        };
}
