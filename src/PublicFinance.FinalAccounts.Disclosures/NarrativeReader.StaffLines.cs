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
    /// Whether a staff count after <paramref name="label"/> has no field: a category of the establishment in a sentence that
    /// lists two categories ("行政编制 21 人、事业编制 27 人": neither is the whole 编制数; a lone "行政编制 96 人" stays the
    /// establishment, as it was read before). 离退休人员 stays <c>retired</c> as before: FA4301 checks 实有 = 在职 + 离退休
    /// with it, and left out it would make that check fail on a consistent text.
    /// </summary>
    private bool IsStaffCountWithoutField(string label)
    {
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
