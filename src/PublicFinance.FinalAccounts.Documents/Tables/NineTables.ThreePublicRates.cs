namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Session 35 (issue 8): a 三公 table's 完成预算% / 预算完成率 / 完成率 column (or row, when the items are columns). The table
/// model holds each item's budget and final (<c>ThreePublicColumns</c>) but no rate, and a rate member would be a schema
/// change (not made this session), so the column was read into nothing without a word. It is now one located note per
/// column or row: the rates printed there are neither read nor checked (budget and final, read as before, are still
/// checked by the table rules).
/// </summary>
internal static partial class NineTables
{
    /// <summary>Whether a header or row label names a completion rate (完成预算%, 预算完成率, 完成率, 完成年初预算的%).</summary>
    private static bool IsCompletionRate(string label)
        => label.Contains("完成", StringComparison.Ordinal) && !label.Contains("实际完成", StringComparison.Ordinal);

    /// <summary>Notes each completion-rate column and row of the 三公 table in <paramref name="x"/> as not read.</summary>
    private static void RateColumnsNotRead(Context x)
    {
        var t = x.Table;
        for (var c = 0; c < t.Columns.Count; c++)
        {
            if (IsCompletionRate(t.Columns[c]))
            {
                x.Notes.Add(DocumentMessages.ThreePublicRateNotRead(t, t.Columns[c], t.Location));
            }
        }

        foreach (var row in t.Rows)
        {
            var label = RowLabel(row);
            if (IsCompletionRate(label))
            {
                x.Notes.Add(DocumentMessages.ThreePublicRateNotRead(t, label, row.Count > 0 ? row[0].Location : t.Location));
            }
        }
    }
}
