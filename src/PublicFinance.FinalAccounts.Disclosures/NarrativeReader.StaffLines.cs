namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Staff lines (人员情况) whose counts the model has no field for: they are background figures, so they are never placed
/// on a field of another subject — a located note instead.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The categories of an establishment (编制): each is a part of the whole 编制数. 参照公务员 is not one: it names the kind
    /// of unit ("参照公务员管理事业单位，核定事业编制 30 人"), not a category of its posts.
    /// </summary>
    private static readonly string[] EstablishmentParts = ["行政编制", "事业编制", "工勤编制", "机关编制", "政法编制", "参公编制"];

    /// <summary>Words that name a count of staff.</summary>
    private static readonly string[] StaffCountWords = ["行政编制", "事业编制", "编制人数", "实有人数"];

    /// <summary>Words that make a staff count a whole ("行政编制和事业编制共 48 人", "编制合计", "编制总数").</summary>
    private static readonly string[] WholeCountWords = ["共", "合计", "总"];

    /// <summary>
    /// Whether a staff count after <paramref name="label"/> has no field: a category of the establishment in a sentence that
    /// lists two categories, each with its own count ("行政编制 21 人、事业编制 27 人": neither is the whole 编制数; a lone
    /// "行政编制 96 人" stays the establishment, as it was read before, and so does "行政编制和事业编制共 48 人"). 离退休人员
    /// stays <c>retired</c> as before: FA4301 checks 实有 = 在职 + 离退休 with it, and left out it would make that check
    /// fail on a consistent text.
    /// </summary>
    private bool IsStaffCountWithoutField(string label)
    {
        if (!HasAny(label, EstablishmentParts) || HasAny(label, WholeCountWords))
        {
            return false;
        }

        var counted = 0;
        foreach (var part in EstablishmentParts)
        {
            if (PartHasOwnCount(part))
            {
                counted++;
            }
        }

        return counted >= 2;
    }

    /// <summary>Whether <paramref name="part"/> is written in the current sentence followed by a count of its own
    /// ("事业编制 27 人", "事业编制为 27 人", "事业编制数：27 人"), not by 和 or 共 and another part's count.</summary>
    private bool PartHasOwnCount(string part)
    {
        var from = currentSentenceFrom;
        while (from < currentSentenceTo)
        {
            var at = currentSentence.IndexOf(part, from, currentSentenceTo - from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var i = at + part.Length;
            while (i < currentSentenceTo && (char.IsWhiteSpace(currentSentence[i]) || "人数为：:".IndexOf(currentSentence[i]) >= 0))
            {
                i++;
            }

            if (i < currentSentenceTo && char.IsDigit(currentSentence[i]))
            {
                return true;
            }

            from = at + part.Length;
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph states staff counts (行政/事业编制, 编制人数, 实有人数, or a count in 人): a vehicle clause in it
    /// ("…离退休人员 8 人，现有公务用车 2 辆。") does not make it a 国有资产 paragraph. A bare 编制 is not enough: 车辆编制
    /// is a quota of vehicles.
    /// </summary>
    private static bool HasStaffCounts(string text)
    {
        if (HasAny(text, StaffCountWords))
        {
            return true;
        }

        for (var at = text.IndexOf('人'); at > 0; at = text.IndexOf('人', at + 1))
        {
            var i = at - 1;
            while (i > 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
