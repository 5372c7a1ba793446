using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Session 54 (precise54; blind round 50 t06): the 财政拨款 total's budget difference explained item by item — "财政拨款支出
/// 519.49 万元，调整预算 536.42 万元，完成调整预算的 96.84%。具体情况如下：行政运行（2012901）：调整预算…，支出…，完成…；一般行政管理
/// 事务（2012902）：…。支出低于预算，因…".
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>
    /// The 财政拨款 statement's own budget comparison (<c>/narrative/appropriation/budget</c>) without a reason of its own when
    /// the 说明 goes on with the budget comparisons of its 项 (<c>/narrative/appropriation/items</c>): the parts' reasons are
    /// the total's, as <see cref="GeneralBudgetPartsExplainTotal"/> decides for the general budget (FA2206). A differing 项
    /// without a reason of its own is still reported on that 项, so the Warning stays where the reason is missing. One step
    /// up from the total's budget is the 财政拨款 statement; the first two 项 are looked at.
    /// </summary>
    private static Condition AppropriationPartsExplainTotal => All(
        Is("..", Named, "appropriation"), Any(Present("../items/0/budget"), Present("../items/1/budget")));
}
