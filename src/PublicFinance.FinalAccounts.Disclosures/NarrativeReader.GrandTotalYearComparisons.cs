namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind round 44's t08): the grand totals compared with a named prior year — "财政拨款收、支总计9760.62万元，
/// 与2022年度决算相比减少445.56万元，降幅4.37%". The year after the totals was taken for the second of a "收、支总计各是 A、B
/// 万元" pair, the totals were not read, and the clauses split at 收、支 left "支总计" unplaced. The year is now passed over when
/// the first number is an amount (<c>GrandTotalsAfter</c>), and a comparison clause of its own that names the year before the
/// report's ("与2022年度相比，收、支总计各减少…") opens the change as "与上年相比" does.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="t"/> is a comparison (相比, 比较) with the
    /// year before the report's, written "YYYY年" or "YYYY年度", and no other number.
    /// </summary>
    private bool IsPriorYearComparison(string t, int start, int end)
    {
        if (year <= 0 || t.IndexOf("相比", start, end - start, StringComparison.Ordinal) < 0
            && t.IndexOf("比较", start, end - start, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var written = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年";
        var at = t.IndexOf(written, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(t[i]) && (i < at || i >= at + 4))
            {
                return false;   // another number: a figure, not the comparison's year alone
            }
        }

        return true;
    }
}
