using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (schema116, schema 1.16; blind round 60 t09): the 行政 / 事业 parts of the staff and of the establishment, which
/// were notes for want of a member — "核定行政编制 21 名、事业编制 9 名" (<c>/personnel/administrativePositions</c>,
/// <c>institutionalPositions</c>), "实有人员 96 人，其中行政 68 人、事业 12 人、离退休 16 人" and "行政人员 40 人，事业人员 16 人"
/// (<c>/personnel/administrativeStaff</c>, <c>institutionalStaff</c>). A part is placed only where its whole is certain: a
/// part after 中 belongs to the whole read before it in the same sentence (编制 → the establishment's, 实有 / 在职 → the
/// staff's); a part of the retired ("离退休人员 20 人，其中行政 8 人") or of no stated whole stays a note, as does 工勤 (no member).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence (its <see cref="sentenceStart"/>) in which <see cref="personnelSubject"/> was last set by a count.</summary>
    private int personnelSubjectSentence = -1;

    /// <summary>The last 行政 / 事业 part placed: its sentence and whether it was of the establishment (编制).</summary>
    private (int Sentence, bool Positions) lastStaffPart = (-1, false);

    /// <summary>
    /// Places a staff count whose label names the 行政 or 事业 part of the establishment or of the staff (see the type's
    /// summary) on its 1.16 member, with <see cref="personnelSubject"/> set to it (a change after it is its own). False when
    /// the label names no such part, or its whole is not certain (the caller then notes it or reads it as before).
    /// </summary>
    private bool StaffPart(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',', ';', ':', '、');
        if (compact.Contains("退休") || compact.Contains("离休") || compact.Contains("工勤") || HasAny(compact, WholeCountWords))
        {
            return false;
        }

        if (personnelSubjectSentence == sentenceStart && personnelSubject is "/personnel/retired" or "/personnel/retiredCadres")
        {
            return false;   // "离退休人员 20 人，其中行政人员 8 人": a part of the retired, which has no member
        }

        bool administrative;
        bool positions;
        if (compact.EndsWith("行政编制", StringComparison.Ordinal) || compact.EndsWith("事业编制", StringComparison.Ordinal))
        {
            // "行政编制 21 名、事业编制 9 名": only when both parts have their own count (IsStaffCountWithoutField), so that a lone
            // "核定行政编制 30 名" stays the establishment as before.
            if (!IsStaffCountWithoutField(label) || compact.Contains("行政编制") && compact.Contains("事业编制"))
            {
                return false;
            }

            administrative = compact.EndsWith("行政编制", StringComparison.Ordinal);
            positions = true;
        }
        else if (StaffPartWord(compact) is { } word)
        {
            administrative = word;
            if (lastStaffPart.Sentence == sentenceStart && (compact == "行政" || compact == "事业"))
            {
                positions = lastStaffPart.Positions;   // "其中行政 68 人、事业 12 人": the next part of the same whole
            }
            else if (personnelSubjectSentence == sentenceStart && personnelSubject is "/personnel/authorizedPositions")
            {
                positions = true;   // "编制数 48 人，其中行政 30 人"
            }
            else if (personnelSubjectSentence == sentenceStart && personnelSubject is "/personnel/total" or "/personnel/active")
            {
                positions = false;   // "实有人员 96 人，其中行政 68 人"
            }
            else if (compact is "行政人员" or "事业人员")
            {
                positions = false;   // "行政人员 40 人，事业人员 16 人": the staff on 行政 / 事业 posts by their name
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        var member = positions
            ? (administrative ? "/personnel/administrativePositions" : "/personnel/institutionalPositions")
            : administrative ? "/personnel/administrativeStaff" : "/personnel/institutionalStaff";
        if (b.Has(member))
        {
            return false;
        }

        lastStaffPart = (sentenceStart, positions);
        personnelSubject = member;
        b.SetUnder(member, "count", Int(token), span, ClaimKind.Count, text);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="compact"/> (a label without blanks) names the 行政 (true) or 事业 (false) part of a staff count:
    /// the word alone, after 中 ("其中行政", "在职人员中事业"), or as 行政人员 / 事业人员; null otherwise (事业单位, 行政执法, …).
    /// </summary>
    private static bool? StaffPartWord(string compact)
    {
        var at = compact.LastIndexOf('中');
        var rest = at >= 0 ? compact.Substring(at + 1) : compact;
        return rest switch
        {
            "行政" or "行政人员" => true,
            "事业" or "事业人员" => false,
            _ => null,
        };
    }
}
