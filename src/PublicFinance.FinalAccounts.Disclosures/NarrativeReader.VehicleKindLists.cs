using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Vehicle kinds listed after the fleet's count (blind round 27, family F3). A list the count opens with a colon and enumerates
/// ("共有车辆 20 辆：一是一般公务用车 3 辆；二是执法执勤用车 11 辆；三是…") is a list of the count's parts, as one opened by 其中 is
/// (before, its 一般公务用车 was taken for the count restated and dropped). A listed kind that is none of the template's
/// categories and no "…用车" ("其中救护车 7 辆、其他特种专业技术用车 2 辆": 救护车) is a located note, and the kinds of the
/// list are withdrawn unless the others add up to the count (<see cref="PartialLists.WithdrawVehicleKinds"/>): before, it was
/// dropped and the rest summed short of the count, a false FA4201.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the clause follows, in its sentence, a vehicle count that opens a list with a colon ("共有车辆 20 辆：…").
    /// </summary>
    private static bool AfterVehicleListOpening(ClauseView clause)
    {
        var sentence = clause.Sentence.Text;
        var at = sentence.IndexOf("辆:", StringComparison.Ordinal);
        return at >= 0 && at < clause.Start;
    }

    /// <summary>
    /// Whether a vehicle count of a kind nothing else placed is a part of the stated count (listed after it and smaller): then
    /// a located note, and the count stays as stated. False when there is no count yet, the clause is no entry of a list,
    /// or its value is the count's own (the whole restated).
    /// </summary>
    private bool UnplacedListedVehicleKind(string compact, NumberToken token, bool listed, SourceSpan span, string text)
    {
        if (!listed || b.Find(N + "assets/vehicles/count") is not { Kind: DraftKind.Number } count || count.Number <= token.Value
            || NamesFleetChange(compact))
        {
            return false;
        }

        Note(span, DisclosureMessages.UnplacedVehicleKind(WithoutListLead(compact) + token.Digits + token.UnitText), text);
        return true;
    }

    /// <summary>The words of the 三公 fleet retained at the year's end (保留公务用车 N 辆: the 公务用车保有量 under another verb).</summary>
    private static readonly string[] RetainedVehicleWords = ["保留公务用车", "保留公车", "保留车辆"];

    /// <summary>
    /// Session 43: whether a 三公 count's label says the vehicles retained ("截至2022年12月31日保留公务用车 2 辆") — the 保有量,
    /// as "公务用车保有量 2 辆" is; not a plan (拟保留, 计划保留).
    /// </summary>
    private static bool RetainedVehicles(string compact)
        => HasAny(compact, RetainedVehicleWords) && !compact.Contains("拟保留") && !compact.Contains("计划保留");
}
