namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 39 t02, beside <c>N.FundNamedChanges</c>): the 功能分类 items of a fund's paragraph in the 财政拨款
/// section — "1、政府性基金预算。上年结转…本年支出961.04万元…。按功能分类：城乡社区支出（类）国有土地使用权出让收入安排的支出
/// （款）城市建设支出（项）874.29万元；…" — are that fund's items (<c>governmentFund/items</c>, <c>stateCapital/items</c>), as the
/// paragraph's flows are the fund's (<see cref="FundOfParagraphHead"/>); they went to <c>appropriation/items</c>, the whole
/// 财政拨款's. A 类 alone stays in the 财政拨款 list (the funds' lists hold 款 and 项 only), and so does any item of a paragraph
/// headed 一般公共预算 (its items are the 一般公共预算 section's, which has its own heading).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The items list of the fund the sentence or the paragraph's head names (政府性基金, 国有资本经营) for an item of 款 or 项
    /// level read in the 财政拨款 section; null otherwise (the 财政拨款 list).
    /// </summary>
    private string? HeadedFundItems(bool isClass)
    {
        if (isClass)
        {
            return null;
        }

        return (FundOfSentence() ?? ParagraphHeadFund(clauseView.Start)) switch
        {
            Section.GovernmentFund => N + "governmentFund/items",
            Section.StateCapital => N + "stateCapital/items",
            _ => null,
        };
    }
}
