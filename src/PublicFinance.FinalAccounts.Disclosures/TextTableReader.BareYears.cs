namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (prose64, blind round 60 t08): a 三公 table whose columns are years alone and their change — <c>项目  2013年
/// 2012年  增减</c> under the title <c>2013年度“三公”经费支出情况如下（单位：万元）：</c>. A year alone named no column, so the
/// header was no header and none of the rows was read. Right after a title naming 三公 (<see cref="threePublicTitle"/>), a
/// cell that is a year and nothing else (2013年, 2013年度, 2013) is a 决算 column of that year (<c>2013年决算数</c>, resolved by
/// <see cref="NamedYears"/>: the report's year its final, the year before its prior year, any other year unread), and 增减
/// alone beside this year's and the prior year's columns, with no budget column, is their change (its sign the direction).
/// Another table's year columns (a 收支 comparison with no 三公 title before it) are not opened.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Whether the last title or paragraph before the table (<see cref="TitleSeen"/>) names 三公 and is a title's length (at
    /// most <see cref="ThreePublicTitleLength"/> characters); a short line of neither (单位：万元) keeps it.
    /// </summary>
    private bool threePublicTitle;

    /// <summary>The longest block taken for a 三公 table's title (<see cref="threePublicTitle"/>).</summary>
    private const int ThreePublicTitleLength = 60;

    /// <summary>Notes whether a title or paragraph names the 三公 table that may follow (<see cref="threePublicTitle"/>).</summary>
    private void ThreePublicTitleSeen(bool threePublic, bool names, int length)
    {
        if (threePublic || names || length > 15)
        {
            threePublicTitle = threePublic && length <= ThreePublicTitleLength;
        }
    }

    /// <summary>
    /// A compacted header cell that is a year alone (2013年, 2013年度, 2013; within the fiscal years' range):
    /// <see cref="Column.FinalOfANamedYear"/>, else null.
    /// </summary>
    private static Column? BareYearColumn(ReadOnlySpan<char> c)
    {
        if (c.Length < 4 || !(c.Length == 4 || c.Length == 5 && c[4] == '年' || c.Length == 6 && c[4] == '年' && c[5] == '度'))
        {
            return null;
        }

        var year = 0;
        for (var k = 0; k < 4; k++)
        {
            if (!Scanner.IsDigit(c[k]))
            {
                return null;
            }

            year = (year * 10) + (c[k] - '0');
        }

        return FiscalYearRange.Contains(year) ? Column.FinalOfANamedYear : null;
    }

    /// <summary>Whether a compacted header cell is 增减 alone (增减, 增减数, 增减变化, 增(减)).</summary>
    private static bool IsBareChange(string c) => c is "增减" or "增减数" or "增减变化" or "增(减)" or "增（减）";

    /// <summary>
    /// The header's columns with each bare 增减 (at <paramref name="bareChanges"/>, the indices of its Skip columns) read as the
    /// change of the years: when the header has exactly one this year's and one prior year's column and no budget column
    /// (<see cref="Column.ChangeAmount"/>, its sign the direction); otherwise the list as it is.
    /// </summary>
    private static List<Column> BareChangeOfTheYears(List<Column> columns, List<int>? bareChanges)
    {
        if (bareChanges is not { Count: 1 } || columns.Count(c => c == Column.Final) != 1
            || columns.Count(c => c == Column.PriorYear) != 1
            || columns.Exists(c => c is Column.Budget or Column.FullYearBudget or Column.ChangeAmount or Column.ChangeRate))
        {
            return columns;
        }

        var resolved = new List<Column>(columns);
        resolved[bareChanges[0]] = Column.ChangeAmount;
        return resolved;
    }
}
