namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 48, t06): in the overview, the prior-year clause of the year's income or expenditure (本年收入,
/// 本年支出) stated in the same sentence — "部门本年支出 8,424.08 万元，上年 7,811.60 万元，增加 621.48 万元，增长 7.84%" — is
/// that figure's prior-year amount (<c>overall/currentYearExpenditure/change/priorYearAmount</c>), where its change goes.
/// Before, the overview being a statement, the clause went to the grand totals' change (<c>overall/change</c>), which had no
/// direction and was dropped with a note; the change was then checked on a prior derived from it (本年数 − 增减额 =
/// 7,802.60), a false FA2104 rate Error that hid the real one: the stated change is not 本年数 − 上年数 (FA2105).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change whose prior-year amount a prior clause of the sentence's subject is (<see cref="PriorClauseOfSubject"/>): in
    /// the overview, the change of the year's income or expenditure when that is the subject; else <see cref="ChangeTarget()"/>.
    /// </summary>
    private string? SubjectPriorChange()
    {
        if (section == Section.Overall && subject is { } stated && !SubjectIsItem
            && (stated == N + "overall/currentYearIncome" || stated == N + "overall/currentYearExpenditure"))
        {
            return stated + "/change";
        }

        return ChangeTarget();
    }

    /// <summary>
    /// Whether <paramref name="rest"/>, the words of a prior clause after its prior-year word, names in the overview the year's
    /// income or expenditure alone ("上年支出 Y 万元", "上年收入为 Y 万元") and that figure is the subject.
    /// </summary>
    private bool BareFlowOfSubject(string rest)
        => section == Section.Overall && subject is { } stated && BareFlowTarget(rest) is { } flow
            && string.Equals(N + flow, stated, StringComparison.Ordinal);
}
