using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (narr46, blind round 42 t06; issue 8, precision first): "一般公共预算财政拨款支出 968.05 万元，…。其中人员经费
/// 611.83 万元，公用经费 90.53 万元" under the 一般公共预算 heading with no 一般公共预算 基本支出 stated (the parts' members
/// <c>basicExpenditure/personnel</c> and <c>/public</c> are checked against that 基本支出 and 表六, and it is not written):
/// when the two parts, listed one after the other, add up exactly to the department's 基本支出 as stated
/// (<c>expenditure/basic</c>), they are its parts (<c>expenditure/basicPersonnel</c>, <c>basicPublic</c>, schema 1.7) —
/// the text's own arithmetic says whose they are. Any other pair stays the note it was ("an amount the reader could not
/// place"). The spaces around the figures of a scraped page were not the cause: the parts of an unstated 基本支出 were.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The first of two 基本支出 parts in the 一般公共预算 section adding up to the department's 基本支出 (see the type): placed,
    /// and the sentence marked so that the second is placed after it (<see cref="AllFundsBasicPart"/>). True when placed.
    /// </summary>
    private bool DepartmentBasicPartsInGeneralBudget(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section != Section.GeneralBudget || b.Has(N + "basicExpenditure/total/amount") || !IsWanYuanOrDocumentUnit(token)
            || BasicPartOf(compact, out _) is not { } part || HeldAmount("expenditure/basic") is not { } basic)
        {
            return false;
        }

        var other = part == BasicPartNames[0] ? BasicPartNames[1] : BasicPartNames[0];
        if (NextFigureNamed(clause, token, other) is not { } second || token.Value + second.Value != basic)
        {
            return false;
        }

        restatedBasicSentence = sentenceStart;   // the second part is read as the department's after the first (AllFundsBasicParts)
        return PlaceAllFundsBasicPart(part, token, span, clause);
    }
}
