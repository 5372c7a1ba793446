namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8; found by the session's own probe round): in the 财政拨款 section, "本年财政拨款支出 17900.00 万元，比上年
/// 增加 900.00 万元，增长 5.29%" put the change on the section's statement change (<c>appropriation/change</c>), which FA2104
/// checks against the 财政拨款 grand total (收支总计): stated before it in the same paragraph (18200.50), the rate became a
/// false Error (900 / 17300.50 = 5.20 %). A change in the sentence that stated the year's 财政拨款 income or expenditure, with
/// no other figure named in its label, is that figure's change (as in the overview, <see cref="ChangeTarget(string)"/>); a
/// change in a sentence of its own ("财政拨款收入支出总体与上年相比，减少…") stays the statement's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change of the 财政拨款 income or expenditure stated earlier in the sentence being read, when the change's label names
    /// no figure of its own; else null.
    /// </summary>
    private string? OwnAppropriationChange(string label)
        => section == Section.Appropriation && subject is { } stated && subjectSentence == sentenceStart
            && stated is N + "appropriation/currentYearIncome" or N + "appropriation/currentYearExpenditure"
            && Resolve(StripDirection(label)) is null
                ? stated + "/change"
                : null;
}
