namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (r58fix; blind round 58, t08): a 三公 item row of a one-cell-per-line table whose cells are all blank —
/// <c>公务用车购置费 |</c> then a lone <c>|</c> for each column. The run keeps each blank cell where it stands, so the row lines
/// up with the header exactly, and a blank 决算数 of a 三公 item is an amount of nothing: the item's amount is zero (with the
/// decimals of the table's total, as the zeros of "均未发生" are). Before, the item was left absent, so the total of the
/// table (<c>合计 |</c> / <c>9.00 |</c> / <c>7.35 |</c>) was never compared with its items and a wrong 合计 went unreported. Only
/// a row that names a 三公 item other than the total, lines up with a header holding a 决算 column, and has no amount read
/// anywhere before; a row with one figure keeps the ordinary way (its blank cells stay absent).
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>Places the zero amount of an all-blank item row of a one-cell-per-line 三公 table (see the type).</summary>
    private void BlankItemRow(Fragment label, List<Fragment> values, List<Column> columns)
    {
        if (Item(label.Text) is not { } item || item == "total" || values.Count != columns.Count
            || !columns.Contains(Column.Final) || b.Has(Base + item, "amount"))
        {
            return;
        }

        foreach (var value in values)
        {
            if (value.Length != 0)
            {
                return;
            }
        }

        var total = b.FindString(Base + "total/amount");
        var dot = total?.IndexOf('.') ?? -1;
        var zero = dot < 0 ? "0" : "0." + new string('0', total!.Length - dot - 1);
        b.Context = ReportBuilder.TableKey;
        b.Set(Base + item + "/amount", DraftNode.Of(zero), b.Span(label, 0, label.Length), ClaimKind.Amount, label.Text);
        b.Context = string.Empty;
    }
}
