namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 43: a 三公 table's count column (数量, 备注: <c>保有量14辆</c>, <c>38批次296人次</c>).</summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Whether the cell [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> names a column of a
    /// table's header (本年决算, 上年决算数, 增减额, 增减率, 预算数, 完成率, 数量 …) — not a corner, a group heading or words.
    /// </summary>
    internal static bool NamesColumn(string text, int s, int e)
    {
        Span<char> compact = stackalloc char[MaxColumnName];
        var length = CompactInto(text, s, e, compact);
        if (length <= 0)
        {
            return false;
        }

        var c = compact.Slice(0, length);
        return (ColumnOf(c) ?? CountColumnOf(c)) is { } kind && kind != Column.Skip;
    }

    /// <summary>A count column's header (数量, 备注, 数量（辆/批次）…), or null.</summary>
    private static Column? CountColumnOf(ReadOnlySpan<char> c)
        => c.SequenceEqual("数量".AsSpan()) || c.SequenceEqual("备注".AsSpan()) || c.SequenceEqual("实物量".AsSpan())
            || c.StartsWith("数量(".AsSpan(), StringComparison.Ordinal)
            ? Column.Count : null;

    /// <summary>
    /// Whether a row of <paramref name="values"/> value cells lines up with <paramref name="columns"/> but for the last,
    /// a count column whose blank cell a tab row loses at its end (<c>合计	22.00	18.28	20.06	</c>, the line trimmed).
    /// </summary>
    private static bool LastCountCellDropped(List<Column> columns, int values)
        => values == columns.Count - 1 && columns[columns.Count - 1] == Column.Count;

    /// <summary>
    /// The counts in a count cell of the row of <paramref name="item"/>, each by its unit and the row: 批次 and 人次 of
    /// the 接待 row (外宾 in the cell: the foreign reception's), 人次 and 团组 of the 出国 row, 辆 of a vehicle row —
    /// 保有 in the cell: the vehicles held; the 购置 row without it: the vehicles bought. Any other count is a note; words
    /// without a count place nothing.
    /// </summary>
    private void Counts(string item, Fragment cell, string text)
    {
        var compact = Compact(cell.Text);
        string? last = null;
        foreach (var token in Scanner.Numbers(cell.Text))
        {
            var unit = token.UnitText;
            var foreign = compact.Contains("外宾") || compact.Contains("外事");
            string? target = item switch
            {
                "reception" when unit is "批次" or "批" => foreign ? "foreignReceptionBatches" : "domesticReceptionBatches",
                "reception" when unit == "人次" => last == "foreignReceptionBatches" ? "foreignReceptionPersonTrips"
                    : "domesticReceptionPersonTrips",
                "overseasTravel" when unit == "人次" => "overseasPersonTrips",
                "overseasTravel" when unit is "个" && compact.Contains("团组") => "overseasDelegations",
                "vehicleOperation" or "vehiclesSubtotal" or "vehiclePurchase" when unit == "辆" && compact.Contains("保有")
                    => "vehiclesHeld",
                "vehiclePurchase" when unit == "辆" && !compact.Contains("报废") && !compact.Contains("处置") => "vehiclesPurchased",
                _ => null,
            };

            var span = b.Span(cell, token.Start, token.End);
            if (target is null || token.Value < 0 || token.Decimals > 0)
            {
                if (token.UnitText.Length > 0)
                {
                    var (zh, en) = DisclosureMessages.UnplacedCount(cell.Text.Trim());
                    b.Note(span, zh, en, text);
                }

                continue;
            }

            last = target;
            b.Set(Base + target, DraftNode.Of((int)Math.Min(int.MaxValue, token.Value)), span,
                ClaimKind.Count, text);
        }
    }
}
