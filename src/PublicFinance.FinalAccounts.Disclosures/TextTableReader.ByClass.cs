namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The 三公 table's items split by functional class (“三公”经费按功能分类科目; schema 1.5,
/// <c>/narrative/threePublic/byClass</c>): in a transposed table an item's group (公务接待费 over 小计 / 行政运行 /
/// 其他城乡社区管理事务支出) gives each class's figure of the year, of the year before and the change between them.
/// </summary>
internal sealed partial class TextTableReader
{
    private const string ByClassBase = Base + "byClass/";

    /// <summary>
    /// Places the class cells of a read transposed table under <c>byClass</c>, item by item, all or nothing per row: the
    /// 决算 row places every class's amount (and the group's 小计 as the split's total) only when every class cell of the
    /// group is a number; the 上年 row places every class's prior-year figure (and the 小计 as the prior total) only when
    /// the 对比 row gives each class its change (a sign, or a zero between two equal years: unchanged) — the model's change
    /// needs a direction, and a split with some classes missing would be summed as if complete (FA4005). A budget row's
    /// class cells are never placed (the split holds no budget). Gives the (row, leaf) cells placed.
    /// </summary>
    /// <param name="rows">Each row's label and value cells.</param>
    /// <param name="bases">Each row's basis as placed (<see cref="Column.Skip"/>: not read).</param>
    /// <param name="leaves">The item of each leaf column (null: a class under an item).</param>
    /// <param name="classes">Each leaf's group and class header, for a class.</param>
    private HashSet<(int Row, int Leaf)> PlaceByClass(
        List<(Fragment Label, List<Fragment> Values)> rows, List<Column> bases, List<string?> leaves,
        List<(string Item, string Class)?> classes)
    {
        var placed = new HashSet<(int Row, int Leaf)>();
        var final = bases.IndexOf(Column.Final);
        if (final < 0 || bases.LastIndexOf(Column.Final) != final)
        {
            return placed;
        }

        var prior = bases.IndexOf(Column.PriorYear) is var p && p >= 0 && bases.LastIndexOf(Column.PriorYear) == p ? p : -1;
        var change = bases.IndexOf(Column.ChangeAmount) is var c && c >= 0 && bases.LastIndexOf(Column.ChangeAmount) == c ? c : -1;
        foreach (var (item, subtotal, members) in ClassGroups(leaves, classes))
        {
            var list = ByClassBase + item + "/classes";
            if (b.Count(list) > 0 || !members.TrueForAll(k => IsNumber(rows[final].Values[k].Text)))
            {
                continue;   // a second split of the item, or a class cell of the year blank or in words: the split is not read
            }

            var total = subtotal >= 0 && IsNumber(rows[final].Values[subtotal].Text)
                ? Scanner.Numbers(rows[final].Values[subtotal].Text)[0] : (NumberToken?)null;
            if (!AddsUp(members.ConvertAll(k => Scanner.Numbers(rows[final].Values[k].Text)[0]), total))
            {
                continue;   // classes that do not add up to the 小计 (a 类 over its 项): the split is not read, its cells noted
            }

            b.Context = ReportBuilder.TableKey;
            var entries = new List<string>();
            foreach (var k in members)
            {
                var entry = b.Append(list);
                entries.Add(entry);
                var cell = rows[final].Values[k];
                var token = Scanner.Numbers(cell.Text)[0];
                var span = b.Span(cell, token.Start, token.End);
                b.RemoveNotesAt(span);
                b.Set(entry + "/name", DraftNode.Of(classes[k]!.Value.Class), span);
                b.Set(entry + "/amount", Amount(token, span), span, ClaimKind.Amount, Text(rows[final], k));
                placed.Add((final, k));
            }

            SetTotal(rows, final, subtotal, ByClassBase + item + "/total", ClaimKind.Amount);
            if (prior >= 0 && change >= 0 && members.TrueForAll(k => Direction(rows, final, prior, change, k) is not null))
            {
                for (var i = 0; i < members.Count; i++)
                {
                    var k = members[i];
                    var direction = Direction(rows, final, prior, change, k)!;
                    var priorCell = rows[prior].Values[k];
                    var priorToken = Scanner.Numbers(priorCell.Text)[0];
                    var priorSpan = b.Span(priorCell, priorToken.Start, priorToken.End);
                    var changeCell = rows[change].Values[k];
                    var changeToken = Abs(Scanner.Numbers(changeCell.Text)[0]);
                    var changeSpan = b.Span(changeCell, changeToken.Start, changeToken.End);
                    b.Notes.RemoveAll(n => n.Span == priorSpan || n.Span == changeSpan);
                    b.Set(entries[i] + "/change/direction", DraftNode.Of(direction), changeSpan);
                    b.Set(entries[i] + "/change/amount", Amount(changeToken, changeSpan), changeSpan, ClaimKind.ChangeAmount,
                        Text(rows[change], k));
                    b.Set(entries[i] + "/change/priorYearAmount", Amount(priorToken, priorSpan), priorSpan, ClaimKind.PriorYearAmount,
                        Text(rows[prior], k));
                    placed.Add((prior, k));
                    placed.Add((change, k));
                }

                SetTotal(rows, prior, subtotal, ByClassBase + item + "/priorYearTotal", ClaimKind.PriorYearAmount);
            }

            b.Context = string.Empty;
        }

        return placed;
    }

    /// <summary>The row's label and a cell's text, as a claim's text.</summary>
    private static string Text((Fragment Label, List<Fragment> Values) row, int k) => row.Label.Text + " " + row.Values[k].Text;

    /// <summary>Sets a split's 小计 (this year's or the prior year's) from the item's own column, when it is a number.</summary>
    private void SetTotal(List<(Fragment Label, List<Fragment> Values)> rows, int row, int subtotal, string pointer, ClaimKind kind)
    {
        if (subtotal < 0 || !IsNumber(rows[row].Values[subtotal].Text))
        {
            return;
        }

        var cell = rows[row].Values[subtotal];
        var token = Scanner.Numbers(cell.Text)[0];
        var span = b.Span(cell, token.Start, token.End);
        b.Set(pointer, Amount(token, span), span, kind, Text(rows[row], subtotal));
    }

    /// <summary>
    /// The direction of a class's change as the 对比 row states it: its sign, or — for a written zero — unchanged, when the
    /// year's and the prior year's cells are equal (a zero between different years is the table's own error, not read);
    /// null when any of the three cells is not a number.
    /// </summary>
    private static string? Direction(List<(Fragment Label, List<Fragment> Values)> rows, int final, int prior, int change, int k)
    {
        if (!IsNumber(rows[final].Values[k].Text) || !IsNumber(rows[prior].Values[k].Text) || !IsNumber(rows[change].Values[k].Text))
        {
            return null;
        }

        var delta = Scanner.Numbers(rows[change].Values[k].Text)[0];
        if (delta.Unit == FigureUnit.Percent)
        {
            return null;
        }

        if (delta.Value != 0)
        {
            return delta.Value < 0 ? "decrease" : "increase";
        }

        var now = Scanner.Numbers(rows[final].Values[k].Text)[0].Value;
        return now == Scanner.Numbers(rows[prior].Values[k].Text)[0].Value ? "unchanged" : null;
    }

    /// <summary>
    /// The items of the leaves that are split by class and have a member under <c>byClass</c> (因公出国（境）费, 公务接待费 —
    /// not the vehicle subtotal, which has none): the item, its 小计 leaf (the group's own column, -1 when there is none)
    /// and its class leaves in order.
    /// </summary>
    private static List<(string Item, int Subtotal, List<int> Members)> ClassGroups(
        List<string?> leaves, List<(string Item, string Class)?> classes)
    {
        var groups = new List<(string Item, int Subtotal, List<int> Members)>();
        for (var k = 0; k < classes.Count; k++)
        {
            if (classes[k] is not { } c || HeaderItem(c.Item) is not ("reception" or "overseasTravel") || c.Class.Length == 0)
            {
                continue;
            }

            var item = HeaderItem(c.Item)!;
            var at = groups.FindIndex(g => g.Item == item);
            if (at < 0)
            {
                var subtotal = k - 1 >= 0 && leaves[k - 1] == item ? k - 1 : -1;
                groups.Add((item, subtotal, []));
                at = groups.Count - 1;
            }

            groups[at].Members.Add(k);
        }

        return groups;
    }
}
