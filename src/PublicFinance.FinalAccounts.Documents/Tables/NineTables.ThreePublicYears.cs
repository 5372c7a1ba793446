namespace PublicFinance.FinalAccounts.Documents.Tables;

internal static partial class NineTables
{
    /// <summary>Which year a 三公 table's basis header or row label (预算数 / 决算数) names, against the table's year.</summary>
    private enum BasisYear
    {
        /// <summary>The table's year: no year named (预算数, 本年决算数) or the report's year by number (2024年决算数).</summary>
        ThisYear,

        /// <summary>The year before, by word (上年决算数, 上年同期) or by number (2023年决算数 in a 2024 report): no figure of the model.</summary>
        PriorYear,

        /// <summary>Another year, two years, or a year that cannot be compared (the table's year unknown): a note, no figure.</summary>
        Undecided,
    }

    /// <summary>Words naming the year before the report's.</summary>
    private static readonly string[] PriorYearWords = ["上年", "上一年", "去年", "同期"];

    /// <summary>
    /// The year a header or label names, against <paramref name="tableYear"/> (the report's year, else the table's own — see
    /// <see cref="TableYear"/>): a number followed by 年 that is no four-digit year (17年) cannot be compared and is undecided.
    /// </summary>
    private static BasisYear YearOf(string text, int? tableYear)
    {
        if (PriorYearWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return BasisYear.PriorYear;
        }

        var years = YearsIn(text);
        if (years is null)
        {
            return BasisYear.Undecided;
        }

        return years.Count switch
        {
            0 => BasisYear.ThisYear,
            1 when years[0] == tableYear => BasisYear.ThisYear,
            1 when years[0] == tableYear - 1 => BasisYear.PriorYear,
            _ => BasisYear.Undecided,
        };
    }

    /// <summary>
    /// The distinct years a text names by number (a run of four digits 19xx/20xx; 2024年, 2024年度, 2024决算数); null when a
    /// number followed by 年 is no such year (17年预算数), which cannot be compared.
    /// </summary>
    private static List<int>? YearsIn(string text)
    {
        var years = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var value = 0;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                value = (value * 10) + (int)char.GetNumericValue(text[i]);
                i++;
            }

            var isYear = i - start == 4 && value is >= 1900 and < 2100;
            if (isYear && !years.Contains(value))
            {
                years.Add(value);
            }
            else if (!isYear && i < text.Length && text[i] == '年')
            {
                return null;
            }
        }

        return years;
    }

    /// <summary>
    /// The year a 三公 table's figures are compared to: the report's; else the one year its title names; else the one year that
    /// every basis header and label of the table names (2024年预算数 | 2024年决算数: a 决算 table's 决算数 is the year it reports).
    /// Null when none is known (year-named columns are then undecided: a note).
    /// </summary>
    private static int? TableYear(Context x)
    {
        if (x.ReportYear is { } year)
        {
            return year;
        }

        if (YearsIn(x.Table.Title) is [var titleYear])
        {
            return titleYear;
        }

        var bases = x.Table.Columns.Concat(x.Table.Rows.Select(RowLabel)).Where(h => h.Split('/').Any(IsBudgetOrFinal)).ToList();
        var named = bases.Select(YearsIn).ToList();
        return named.Count > 0 && named.TrueForAll(y => y is [_]) && named.Select(y => y![0]).Distinct().Count() == 1 ? named[0]![0] : null;
    }

    /// <summary>
    /// Whether a basis header or row label is of the table's year; one that is not is left out with a note naming it: the
    /// year before's (the model has no prior-year 三公 figures), an undecided one, and one that names no year in a table whose
    /// title names one year other than the report's (its figures are the title's year's).
    /// </summary>
    private static bool IsThisYear(Context x, int? tableYear, string header, CellLocation? at)
    {
        var year = YearOf(header, tableYear);
        var where = at ?? x.Table.Location;
        if (year == BasisYear.Undecided)
        {
            x.Notes.Add(DocumentMessages.UndecidedYear(x.Table, header, tableYear, where));
        }
        else if (year == BasisYear.PriorYear)
        {
            x.Notes.Add(DocumentMessages.PriorYearColumnSkipped(x.Table, header, tableYear, where));
        }
        else if (x.ReportYear is { } reportYear && YearsIn(header) is [] && YearsIn(x.Table.Title) is [var titleYear]
            && titleYear != reportYear)
        {
            x.Notes.Add(DocumentMessages.TitleYearColumnSkipped(x.Table, header, titleYear, reportYear, where));
            return false;
        }

        return year == BasisYear.ThisYear;
    }
}
