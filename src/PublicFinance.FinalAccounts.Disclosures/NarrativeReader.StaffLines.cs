namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Staff lines (人员情况) whose counts the model has no field for: they are background figures, so they are never placed
/// on a field of another subject — a located note instead.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The categories of an establishment (编制): each is a part of the whole 编制数.</summary>
    private static readonly string[] EstablishmentParts = ["行政编制", "事业编制", "工勤编制", "机关编制", "政法编制", "参公编制", "参照公务员"];

    /// <summary>
    /// Whether a staff count after <paramref name="label"/> has no field: the retired of both kinds together (离退休人员,
    /// 离休 + 退休 — neither <c>retiredCadres</c> nor <c>retired</c>), or a category of the establishment in a sentence that
    /// lists two categories ("行政编制 21 人、事业编制 27 人": neither is the whole 编制数; a lone "行政编制 96 人" stays the
    /// establishment, as it was read before).
    /// </summary>
    private bool IsStaffCountWithoutField(string label)
    {
        if (label.Contains("离退休"))
        {
            return true;
        }

        var named = 0;
        foreach (var part in EstablishmentParts)
        {
            if (currentSentence.IndexOf(part, currentSentenceFrom, currentSentenceTo - currentSentenceFrom, StringComparison.Ordinal) >= 0)
            {
                named++;
            }
        }

        return named >= 2 && HasAny(label, EstablishmentParts);
    }
}
