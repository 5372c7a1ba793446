using PublicFinance.FinalAccounts.Disclosures.Statements;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 51, t08): a list of 类 that shows itself complete by its shares (以占比示全的列表). A 说明 that
/// writes each 类 with its share ("一般公共服务支出624.62万元，占87.33%；社会保障和就业支出46.17万元，占6.27%；…") and whose shares
/// add up to 100 % has listed every 类, whatever a later sentence says (其中…主要用于…). Its amounts falling short of the total
/// is then no partial list (<see cref="PartialLists"/>) but a real disagreement of the text, so the list stays and is
/// checked.
/// </summary>
internal static class ShareCompleteLists
{
    /// <summary>
    /// Whether every entry of <paramref name="list"/> (two at least) has a share and the shares add up to 100 within the
    /// rounding of the shares as written (half a unit of each one's last digit).
    /// </summary>
    internal static bool SharesAddToWhole(DraftNode list)
    {
        if (list.Count < 2)
        {
            return false;
        }

        var sum = 0m;
        var slack = 0m;
        for (var k = 0; k < list.Count; k++)
        {
            var entry = list.At(k);
            if (entry.Kind != DraftKind.Object || entry.Member("share") is not { Kind: DraftKind.String } share
                || !decimal.TryParse(share.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            (sum, slack) = (sum + value, slack + Statement.HalfUnitOfDigits(share.Text));
        }

        return Math.Abs(sum - 100m) <= slack;
    }
}
