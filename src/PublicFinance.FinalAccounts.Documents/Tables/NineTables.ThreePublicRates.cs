using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// A 三公 table's 完成预算% / 预算完成率 / 完成率 column (or row, when the items are columns). Session 35 made it one located
/// note (the table model had no rate); schema 1.7 gives the table <see cref="ThreePublicTable.CompletionRate"/>, so the rates
/// are read, item by item as the amounts, in the layouts whose items are certain — items as rows beside a rate column, items
/// as columns above a rate row or under a rate group header — and checked by FA2208 (决算数 ÷ 预算数). A rate column the
/// reader does not map to items stays the located note. A blank or dashed rate cell is no rate (not 0 %: a budget of 0 has
/// none).
/// </summary>
internal static partial class NineTables
{
    /// <summary>
    /// Whether a header or row label names a completion rate (完成预算%, 预算完成率, 完成率, 完成年初预算的%): 完成 with 率 or a
    /// percent sign — not 实际完成 nor a 完成数 (an amount).
    /// </summary>
    private static bool IsCompletionRate(string label)
        => label.Contains("完成", StringComparison.Ordinal) && !label.Contains("实际完成", StringComparison.Ordinal)
            && (label.Contains("率", StringComparison.Ordinal) || label.Contains("%", StringComparison.Ordinal)
                || label.Contains("％", StringComparison.Ordinal));

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

    /// <summary>Whether the table has a completion-rate column or row at all.</summary>
    private static bool HasRateColumnOrRow(Context x)
        => x.Table.Columns.Any(IsCompletionRate) || x.Table.Rows.Any(r => IsCompletionRate(RowLabel(r)));

    /// <summary>
    /// The table with its rates (null when none was read); when the table prints a rate column or row and none was read,
    /// the located note that its rates are not read.
    /// </summary>
    private static ThreePublicTable WithRates(Context x, ThreePublicTable table, ThreePublicRateColumns rates)
    {
        if (rates == NoRates)
        {
            if (HasRateColumnOrRow(x))
            {
                RateColumnsNotRead(x);
            }

            return table;
        }

        return table with { CompletionRate = rates };
    }

    /// <summary>No rate read.</summary>
    private static readonly ThreePublicRateColumns NoRates = new();

    /// <summary>
    /// Reads the rate in a cell as a percentage ("80.00", "80.00%", "80%") and records its source under the pointer; a
    /// blank or dashed cell, a column the row does not have, or text that is no percentage → null (no rate).
    /// </summary>
    private static Percent? TakeRate(Context x, IReadOnlyList<TableCell> row, int column, string pointer, string rowLabel)
    {
        if (column < 0 || column >= row.Count)
        {
            return null;
        }

        var text = TableAssembler.Compact(row[column].Text);
        var signed = text.EndsWith("%", StringComparison.Ordinal) || text.EndsWith("％", StringComparison.Ordinal);
        if (signed)
        {
            text = text.Substring(0, text.Length - 1);
        }

        if (text.Length == 0 || !Percent.TryParse(text, out var rate))
        {
            return null;
        }

        // "0.80" without a sign may be a ratio (80 %), not 0.80 percentage points: a rate under 2 without its sign is not
        // read (precision first — read as points it would give a false FA2208).
        if (!signed && rate.Value > 0m && rate.Value < 2m)
        {
            return null;
        }

        x.Record(row[column], column, pointer, rowLabel);
        return rate;
    }

    /// <summary>The rate columns with one item's rate set (unchanged when the rate is null).</summary>
    private static ThreePublicRateColumns WithRate(ThreePublicRateColumns target, string property, Percent? rate)
        => rate is null ? target : property switch
        {
            "total" => target with { Total = rate },
            "overseasTravel" => target with { OverseasTravel = rate },
            "vehiclesSubtotal" => target with { VehiclesSubtotal = rate },
            "vehiclePurchase" => target with { VehiclePurchase = rate },
            "vehicleOperation" => target with { VehicleOperation = rate },
            _ => target with { Reception = rate },
        };
}
