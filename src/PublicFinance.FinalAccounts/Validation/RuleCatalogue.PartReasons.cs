using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Session 34 (issue 8, blind round 31 F5): a total's change explained item by item — "“三公”经费支出…比上年减少 5.72 万元。
/// 其中：…公务接待费…减少…，主要是…", "财政拨款支出…比上年增加 530 万元。具体情况如下：1.…（项）…增加 600 万元，主要原因：…".
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>How many of a statement's 项 (<c>items</c>) and 类 (<c>classes</c>) are looked at for a reason.</summary>
    private const int PartsLookedAt = 4;

    /// <summary>
    /// The change is a total's — the “三公” total (<c>/narrative/threePublic/total/change</c>), the 财政拨款 statement's own or
    /// its expenditure's (<c>/narrative/appropriation/change</c>, <c>…/appropriation/currentYearExpenditure/change</c>), the
    /// general budget total's (<c>/narrative/generalBudget/total/change</c>) — and one of its parts that moved the same way
    /// gives its own reason: a “三公” item, or one of the first <see cref="PartsLookedAt"/> 项 or 类 of the statement. The
    /// text then explains the total through its parts (FA2106 passes on the total); a part without a reason of its own is
    /// still reported on that part, so the Warning stays where a reason is missing, as FA2206 does for the general budget
    /// (<see cref="GeneralBudgetPartsExplainTotal"/>). A part that moved the other way does not explain the total.
    /// </summary>
    private static Condition PartReasonsExplainTotalChange()
    {
        Condition SameWayWithReason(string part) =>
            All(Is(part + "change/reason", NonBlank), Vs("direction", SameAs, part + "change/direction"));

        Condition ListedParts(string statement) => Any(
            [.. new[] { "items/", "classes/" }.SelectMany(list => Enumerable.Range(0, PartsLookedAt).Select(i =>
                SameWayWithReason(statement + list + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/")))]);

        return Any(
            All(Is("..", Named, "total"), Is("../..", Named, "threePublic"),
                Any([.. ThreePublicItems.Skip(1).Select(item => SameWayWithReason("../../" + item + "/"))])),
            All(Is("..", Named, "appropriation"), ListedParts("../")),
            All(Is("..", Named, "currentYearExpenditure"), Is("../..", Named, "appropriation"), ListedParts("../../")),
            All(Is("..", Named, "total"), Is("../..", Named, "generalBudget"), ListedParts("../../")));
    }
}
