using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (r58fix; blind round 58, t03): vehicles of a kind that is not the fleet, counted after the fleet's count —
/// "公务用车 4 辆，园林作业车辆 57 辆，其中洒水车 12 辆、修剪车 45 辆". The 园林作业车辆 and its kinds are the unit's working
/// vehicles, not its 公务用车 stated again: before, each fell through to the vehicle count (<c>assets/vehicles/count</c>) and
/// raised a false FA8003 against the 4. Now a count whose label names a kind of vehicle (words before its 车 that say what
/// the vehicles do: 环卫作业, 洒水, 特种) while the count already holds another value is a located note. A label that only
/// restates the fleet (车辆, 共有车辆, 公务用车, 公车, 保有量) or carries more than a short kind name (a date, the unit) keeps
/// the old way: a second, different fleet count is still an inconsistency.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words before 车 that restate the fleet rather than name a kind (共有车辆, 现有车辆, 公务用车).</summary>
    private static readonly string[] FleetLeadWords = ["共有", "现有", "拥有", "实有", "年末", "合计", "总计", "各类", "机动", "共", "有"];

    /// <summary>The words of a label that make it the fleet itself (公务用车, 公车, 保有量, 车辆总数).</summary>
    private static readonly string[] FleetWords = ["公务", "公车", "保有", "总数", "总量", "单位", "年", "本"];

    /// <summary>
    /// Whether a vehicle count is of another kind than the fleet whose count is already held with another value (see the
    /// type): then a note, and true.
    /// </summary>
    private bool VehiclesOfAnotherKind(string compact, NumberToken token, SourceSpan span, string text)
    {
        if (b.Find(N + "assets/vehicles/count") is not { Kind: DraftKind.Number } count || count.Number == token.Value)
        {
            return false;
        }

        var kind = WithoutListLead(compact);
        var at = kind.LastIndexOf('车');
        if (at <= 0 || HasAny(kind, FleetWords))
        {
            return false;
        }

        var qualifier = kind.Substring(0, at);
        foreach (var word in FleetLeadWords)
        {
            qualifier = qualifier.Replace(word, string.Empty);
        }

        if (qualifier.Length == 0 || qualifier.Length > 6 || !AllChinese(qualifier, 0, qualifier.Length))
        {
            return false;
        }

        Note(span, DisclosureMessages.UnplacedCount(kind + token.Digits + token.UnitText), text);
        return true;
    }
}
