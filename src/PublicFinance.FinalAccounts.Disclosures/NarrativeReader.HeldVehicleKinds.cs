using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8; blind round 33's miss M5): vehicle counts by kind after the 三公 paragraph's 保有量 — "公务用车保有量为
/// 37 辆，其中执法执勤用车 35 辆，特种专业技术用车 2 辆". The model's vehicle categories (<c>assets/vehicles/categories</c>) are
/// the kinds of the 国有资产 section's fleet, the vehicles on the asset register; the 三公 保有量 is the fleet whose running the
/// 财政拨款 pays (<c>threePublic/vehiclesHeld</c>), which FA4001 allows to be smaller than the register's count — not the same
/// fleet. Filling the categories from the 三公 paragraph would set kinds that sum to 37 beside a register count of, say, 40: a
/// false FA4201. So the kinds stay out of the model, as a located note that says whose fleet they are
/// (<see cref="DisclosureMessages.ThreePublicVehicleKind"/>) instead of "a count the reader could not place".
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether a vehicle count of a kind ("执法执勤用车 35 辆", "其他用车 2 辆") follows the 三公 保有量 in its sentence, and was
    /// noted as the 三公 fleet's kind.
    /// </summary>
    private bool HeldVehicleKind(string compact, NumberToken token, SourceSpan span, string text)
    {
        if (token.UnitText != "辆" || lastCountTarget != "vehiclesHeld" || lastCountSentence != sentenceStart
            || compact.IndexOf('车') < 0 && !VehicleCategories.Any(c => c.Keys.Any(k => compact.Contains(k))))
        {
            return false;
        }

        Note(span, DisclosureMessages.ThreePublicVehicleKind(WithoutListLead(compact) + token.Digits + token.UnitText), text);
        return true;
    }
}
