namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45 t04): a 三公 table's 决算 columns that name a year (<c>| 项目 | 2023年决算数 | 2022年决算数 |
/// 增减率 |</c>). Both were placed as the item's amount, so every row stated its figure twice (the 2022 cell a false FA8003
/// against the 2023 one). A column naming the report's year is this year's final; one naming the year before is the prior
/// year's figure (the change's <c>priorYearAmount</c>); any other year is not read. Without the report's year, two
/// consecutive years are this year (the later) and the prior one; a lone year column stays as it was read (this year's).
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>The report's 决算年度 as read so far (0: not known yet).</summary>
    private int FiscalYear => b.Find("/entity/fiscalYear")?.Number ?? 0;

    /// <summary>
    /// The year a column's header names (its first run of four ASCII digits within the fiscal years' range), or 0.
    /// </summary>
    internal static int YearOfColumn(string cell)
    {
        for (var i = 0; i < cell.Length; i++)
        {
            var end = i;
            while (end < cell.Length && Scanner.IsDigit(cell[end]))
            {
                end++;
            }

            if (end - i == 4)
            {
                return WrittenYears.At(cell, i);   // the first run of exactly four digits decides (0 outside the range)
            }

            i = end;
        }

        return 0;
    }

    /// <summary>
    /// The header's columns with each year-named 决算 column (<see cref="Column.FinalOfANamedYear"/>, its year in
    /// <paramref name="years"/> at the same index) resolved: the report's year → <see cref="Column.Final"/>, the year
    /// before → <see cref="Column.PriorYear"/>, any other → <see cref="Column.Skip"/> (never a second statement of this
    /// year's figure). Without the report's year, two consecutive years are this year and the prior one, and other
    /// years than those two are not read; one year alone is left as it was.
    /// </summary>
    private static List<Column> NamedYears(List<Column> columns, List<int> years, int fiscalYear)
    {
        var named = 0;
        var latest = 0;
        for (var k = 0; k < columns.Count; k++)
        {
            if (columns[k] == Column.FinalOfANamedYear)
            {
                named++;
                latest = Math.Max(latest, years[k]);
            }
        }

        if (named == 0 || fiscalYear == 0 && named == 1 && latest != 0)
        {
            return columns;
        }

        var current = fiscalYear != 0 ? fiscalYear : years.Contains(latest - 1) ? latest : 0;
        var resolved = new List<Column>(columns.Count);
        for (var k = 0; k < columns.Count; k++)
        {
            var kind = columns[k] != Column.FinalOfANamedYear ? columns[k]
                : current != 0 && years[k] == current ? Column.Final
                : current != 0 && years[k] == current - 1 ? Column.PriorYear
                : Column.Skip;

            // A year column resolving to a period another column of the header already names by word (上年决算数 beside
            // 2020年决算数 in a 2021 report) contradicts the header: it is not read (never this year's nor a second prior).
            resolved.Add(columns[k] == Column.FinalOfANamedYear && kind is Column.Final or Column.PriorYear && columns.Contains(kind)
                ? Column.Skip : kind);
        }

        return resolved;
    }
}
