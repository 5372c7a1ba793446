namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 34 (M1): the total of a fund's section (政府性基金 / 国有资本经营预算财政拨款) was read but never checked. The
/// section is a statement (<c>/narrative/governmentFund</c>) whose expenditure is <c>currentYearExpenditure</c>; its change
/// went to the statement (<c>…/governmentFund/change</c>), where the change rules find no current amount (the statement has
/// none, nor an income grand total), so a wrong 增长 38.68% for 28.68% passed; and a budget opened in the sentence after
/// the expenditure ("…支出 2380.50 万元，比上年增加…。年初预算为 3000.00 万元，支出决算完成年初预算的 73.95%") had no final, so
/// FA2201 could not run. Now, as for the 一般公共预算 total: the change stated right after the expenditure, in its sentence,
/// is the expenditure's (<c>…/currentYearExpenditure/change</c>, checked by FA2104 / FA2105 on its amount); a budget opened
/// in the next sentence takes the expenditure as its final when the expenditure is still the subject (no figure between),
/// the statement states no income and the budget's sentence speaks of 支出. Income, and the 财政拨款 statement, are as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether the section is a fund's statement (政府性基金 or 国有资本经营预算).</summary>
    private bool FundStatementSection => section is Section.GovernmentFund or Section.StateCapital;

    /// <summary>
    /// The change of a fund statement's expenditure stated in this sentence (<c>…/currentYearExpenditure/change</c>), when
    /// the expenditure is the subject and the statement has no change of its own nor an income grand total; else null.
    /// </summary>
    private string? FundExpenditureChange(string? owner)
    {
        if (!FundStatementSection || owner is null || owner != StatementPointer || subjectSentence != sentenceStart
            || subject is not { } stated || stated.Length != owner.Length + "/currentYearExpenditure".Length
            || !stated.EndsWith("/currentYearExpenditure", StringComparison.Ordinal) || !b.Has(stated, "amount")
            || b.Has(owner, "change") || b.Has(owner, "incomeGrandTotal"))
        {
            return null;
        }

        return stated + "/change";
    }

    /// <summary>
    /// Whether a fund statement's budget opened in a sentence after the one stating its expenditure takes that expenditure
    /// as its final: the expenditure is still the subject, the statement states no income, and the budget's sentence
    /// names 支出 (…支出决算完成年初预算的 X%).
    /// </summary>
    private bool FundBudgetAfterExpenditure(string owner)
        => FundStatementSection && owner == StatementPointer && subject == owner + "/currentYearExpenditure"
            && subjectSentence != sentenceStart && !b.Has(owner, "currentYearIncome") && !b.Has(owner, "incomeGrandTotal")
            && currentSentence.IndexOf("支出", currentSentenceFrom, currentSentenceTo - currentSentenceFrom, StringComparison.Ordinal) >= 0;
}
