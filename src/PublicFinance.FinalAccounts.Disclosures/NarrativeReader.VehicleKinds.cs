using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Vehicle counts of the 国有资产 section the blind test of session 22 found misread: vehicles stated apart from the fleet
/// ("车辆：共 2 辆（其他用车 2 辆），另有已封存待处置车辆 1 辆", family r08 — not the count) and an emergency kind the template
/// does not name ("其中防汛应急用车 2 辆，其他用车 1 辆", family r06 — 应急保障用车 under its own name, so that 其他用车 keeps the
/// "other" category and the kinds add up to the count).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words of a label that put the vehicles outside the fleet just counted wherever they stand (另有…, 另外…).</summary>
    private static readonly string[] VehiclesApartWords = ["另有", "另外"];

    /// <summary>
    /// Words of a label for vehicles held but not in use (封存, 待处置, 待报废): outside the fleet when stated on their own,
    /// part of it when listed among the 其中 parts of the count ("共有车辆 5 辆，其中：…，封存待处置公务用车 1 辆", review of
    /// session 22).
    /// </summary>
    private static readonly string[] HeldVehicleWords = ["封存", "待处置", "待报废"];

    /// <summary>
    /// A vehicle count stated apart from the fleet ("另有已封存待处置车辆 1 辆", or "已封存车辆 1 辆" outside a list of the
    /// count's parts): a note, never the vehicle count. True when it was one; a held kind <paramref name="listed"/> among
    /// the parts is part of the fleet (not apart).
    /// </summary>
    private bool VehiclesApart(string compact, bool listed, SourceSpan span, string text)
    {
        if (!HasAny(compact, VehiclesApartWords) && (listed || !HasAny(compact, HeldVehicleWords)))
        {
            return false;
        }

        Note(span, DisclosureMessages.VehiclesOutsideTheCount, text);
        return true;
    }

    /// <summary>
    /// Whether a kind's name says a change of the fleet (购置, 新增, 报废, 处置, 更新: <c>VehicleChangeWords</c>) once the words
    /// of vehicles held (<see cref="HeldVehicleWords"/>: 待处置, 待报废 are a state, not a change) are taken out.
    /// </summary>
    private static bool NamesFleetChange(string kind)
    {
        foreach (var word in HeldVehicleWords)
        {
            kind = kind.Replace(word, string.Empty);
        }

        return kind.Any(c => Array.IndexOf(VehicleChangeWords, c) >= 0);   // (IndexOfAny here trips the SearchValues analyzer)
    }

    /// <summary>
    /// A kind the template does not name whose name says 应急 ("防汛应急用车", "应急救援用车"), listed among the parts of the
    /// stated total: an 应急保障用车 under its own name (the template's category of vehicles for 防汛抗旱, 应急救援 and the like),
    /// not the "other" category, which the text's own 其他用车 may then take. Not when the sentence also names the template's
    /// own 应急保障用车 (before or after: "其中：防汛应急用车 2 辆，应急保障用车 1 辆"): that one is the category, this kind
    /// stays "other" under its label (else both would be the one category, listed twice). True when it was placed.
    /// </summary>
    private bool EmergencyKind(string kind, NumberToken token, SourceSpan span, string text)
    {
        if (kind.IndexOf("应急", StringComparison.Ordinal) < 0 || !kind.EndsWith("用车", StringComparison.Ordinal)
            || HasVehicleCategory("emergencySupport")
            || currentSentence.Replace(" ", string.Empty).Contains(CategoryLabels["emergencySupport"]))
        {
            return false;
        }

        var pointer = b.Append(N + "assets/vehicles/categories");
        b.SetUnder(pointer, "category", DraftNode.Of("emergencySupport"), span);
        b.SetUnder(pointer, "count", Int(token), span, ClaimKind.Count, text);
        b.SetUnder(pointer, "label", DraftNode.Of(kind.Replace("(", "（").Replace(")", "）")), span);
        return true;
    }

    /// <summary>Whether a vehicle category of <paramref name="category"/> was read.</summary>
    private bool HasVehicleCategory(string category)
    {
        var count = b.Count(N + "assets/vehicles/categories");
        for (var i = 0; i < count; i++)
        {
            if (b.FindString(N + "assets/vehicles/categories/" + i.ToString(CultureInfo.InvariantCulture), "category") == category)
            {
                return true;
            }
        }

        return false;
    }
}
