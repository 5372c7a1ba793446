namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (tables57, blind round 53 t09): the 收入支出决算总表 pasted as tab-separated (or <c>|</c>) rows with its two
/// sides in one row — <c>收入 | 行次 | 金额 | 支出 | 行次 | 金额</c> (or 项目 for either side's label), then rows such as
/// <c>一、一般公共预算财政拨款收入 | 1 | 486.25 | （一）教育支出 | 8 | 541.72</c>, empty cells for zero, a side left empty where
/// the other runs longer. No reader took these rows. Two things are read, both only where the layout is certain:
/// <list type="bullet">
/// <item>Each side's 本年合计 against the rows above it (本年收入合计 / 本年支出合计): the rows are checked only when every
/// one of them is numbered in one run from one (<c>一、…七、</c> or <c>（一）…（四）</c>, each a 收入 or a 支出 of its side) —
/// no 其中 row, no unnumbered row, no restart — and a blank amount is a zero. A total that differs from that sum by more
/// than the rounding of its parts is FA8006 (a stated total not the sum of its stated parts), at the total's cell.</item>
/// <item>The rows after the 本年合计 that the model holds — 年初结转和结余 (收入 side), 年末结转和结余 (支出 side) and each
/// side's 总计 — are placed as table cells in a 万元 table (<see cref="PlaceAsTableCell"/>: the prose's own figure of one is
/// one figure; another value is FA8008, table against text). The 本年 totals and the side's rows are not placed: the
/// prose's figures and their checks stay the prose's.</item>
/// </list>
/// A row whose cells do not fit the header (too many cells, a 行次 that is no small whole number, words in an amount cell)
/// ends the table.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether a two-sided 总表 is open (its header read).</summary>
    private bool twoSidedOpen;

    /// <summary>The cell ranges of the two-sided row being read (scratch).</summary>
    private readonly List<(int Start, int End)> twoSidedCells = [];

    /// <summary>The 收入 side (0) and the 支出 side (1) of the open two-sided table.</summary>
    private readonly TwoSidedColumn[] twoSides = [new(), new()];

    /// <summary>The label header words of a side (either side may say 项目).</summary>
    private static readonly string[][] TwoSidedLabelWords = [["收入", "收入项目", "项目"], ["支出", "支出项目", "项目"]];

    /// <summary>The amount header words of a side.</summary>
    private static readonly string[] TwoSidedAmountWords = ["金额", "决算数", "决算金额", "本年数", "本年决算数"];

    /// <summary>
    /// A table row (the narrative's hook): a two-sided 总表's header opens the table, a later row is read (see the type's
    /// remarks).
    /// </summary>
    private void TwoSidedTotalRow(Fragment row)
    {
        if (!twoSidedOpen && row.Source.IndexOf('次', row.SourceStart, row.Length) < 0)
        {
            return;   // no table open and no 行次 / 栏次 to open one: the row's text is not cut out (a row of most tables)
        }

        var text = row.Text;
        TextTableReader.CellRanges(text, 0, text.Length, twoSidedCells);
        if (TwoSidedHeader(text))
        {
            twoSidedOpen = true;
            twoSides[0].Reset();
            twoSides[1].Reset();
            return;
        }

        if (!twoSidedOpen)
        {
            return;
        }

        if (twoSidedCells.Count > 6)
        {
            twoSidedOpen = false;
            return;
        }

        for (var side = 0; side < 2; side++)
        {
            if (!TwoSidedCell(row, side))
            {
                twoSidedOpen = false;   // a row that does not fit: the table ends
                return;
            }
        }
    }

    /// <summary>Whether the row's cells are a two-sided header: label, 行次, amount on each side.</summary>
    private bool TwoSidedHeader(string text)
    {
        if (twoSidedCells.Count != 6)
        {
            return false;
        }

        string Cell(int k) => WithoutSpaces(text.Substring(twoSidedCells[k].Start, twoSidedCells[k].End - twoSidedCells[k].Start))
            .Replace("(万元)", string.Empty);
        for (var side = 0; side < 2; side++)
        {
            if (Array.IndexOf(TwoSidedLabelWords[side], Cell(3 * side)) < 0 || Cell(3 * side + 1) is not ("行次" or "栏次")
                || Array.IndexOf(TwoSidedAmountWords, Cell(3 * side + 2)) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads one side of a row of the open table: its label, its 行次 and its amount. False when the cells do not fit (a
    /// 行次 that is no small whole number, words in the amount cell).
    /// </summary>
    private bool TwoSidedCell(Fragment row, int side)
    {
        var text = row.Text;
        var at = 3 * side;
        if (at >= twoSidedCells.Count)
        {
            return true;   // the side is empty in this row
        }

        var (ls, le) = twoSidedCells[at];
        var label = WithoutSpaces(text.Substring(ls, le - ls));
        if (at + 1 < twoSidedCells.Count)
        {
            var (ns, ne) = twoSidedCells[at + 1];
            if (ne > ns && (ne - ns > 2 || !AllDigits(text, ns, ne)))
            {
                return false;
            }
        }

        NumberToken? amount = null;
        if (at + 2 < twoSidedCells.Count && twoSidedCells[at + 2] is var (s, e) && e > s)
        {
            amount = CellNumber(text, (s, e));
            if (amount is not { } token || token.Unit == FigureUnit.Percent)
            {
                return false;
            }
        }

        if (label.Length == 0)
        {
            return amount is null;
        }

        TwoSidedRow(row, side, label, amount);
        return true;
    }

    /// <summary>One side's row with a label: a numbered part, the side's 本年合计 (checked), or a row after it.</summary>
    private void TwoSidedRow(Fragment row, int side, string label, NumberToken? amount)
    {
        var column = twoSides[side];
        var flow = side == 0 ? "收入" : "支出";
        if (label == "本年" + flow + "合计")
        {
            if (amount is { } total && !column.Totalled)
            {
                TwoSidedTotalCheck(row, side, total);
            }

            column.Totalled = true;
            return;
        }

        if (!column.Totalled)
        {
            if (PartNumber(label) is var number && number == column.Parts.Count + 1 && label.EndsWith(flow, StringComparison.Ordinal))
            {
                column.Parts.Add(amount?.Value ?? 0m);
                column.Decimals = Math.Max(column.Decimals, amount?.Decimals ?? 0);
            }
            else
            {
                column.Broken = true;   // an unnumbered row, a 其中 row, a restart: the parts are not certain
            }

            return;
        }

        if (amount is not { } token || declaredUnit != FigureUnit.WanYuan || yuanDocument)
        {
            return;
        }

        var (parent, name) = (side, label) switch
        {
            (0, "年初结转和结余") => (N + "overall/openingCarryOver", "amount"),
            (1, "年末结转和结余") => (N + "overall/closingCarryOver", "amount"),
            (0, "总计") => (N + "overall/incomeGrandTotal", "amount"),
            (1, "总计") => (N + "overall/expenditureGrandTotal", "amount"),
            _ => (null, null),
        };
        if (parent is not null && name is not null)
        {
            var span = CellSpan(row, token);
            PlaceAsTableCell(parent, name, AmountNode(token, span), span, ClaimKind.Amount, row.Text);
        }
    }

    /// <summary>
    /// The side's 本年合计 against its numbered parts: FA8006 when the two differ by more than the rounding of the parts
    /// (half a unit of the last written decimal per part).
    /// </summary>
    private void TwoSidedTotalCheck(Fragment row, int side, NumberToken total)
    {
        var column = twoSides[side];
        if (column.Broken || column.Parts.Count < 2)
        {
            return;
        }

        var sum = column.Parts.Sum();
        var gap = total.Value - sum;
        var decimals = Math.Max(column.Decimals, total.Decimals);
        var tolerance = column.Parts.Count * Statements.Statement.HalfUnitOf(decimals);
        if (Math.Abs(gap) <= tolerance)
        {
            return;
        }

        string Show(decimal d) => Math.Round(d, decimals).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
        var (zh, en) = DisclosureMessages.TwoSidedTotalNotItsRows(
            side == 0 ? "本年收入合计" : "本年支出合计", side == 0 ? "current-year income" : "current-year expenditure",
            Show(total.Value), column.Parts.Count, Show(sum), Show(gap));
        b.Findings.Add(TextRules.Finding(TextRules.PartsSum, CellSpan(row, total), null, zh, en));
    }

    /// <summary>
    /// The number of a part's label — <c>一、</c>, <c>（一）</c> or <c>(一)</c> up to 二十九, or <c>1.</c> / <c>1、</c> — or 0 when
    /// the label has none.
    /// </summary>
    private static int PartNumber(string label)
    {
        var at = label.Length > 0 && label[0] is '（' or '(' ? 1 : 0;
        var value = 0;
        var i = at;
        for (; i < label.Length && i - at < 3; i++)
        {
            var digit = "一二三四五六七八九".IndexOf(label[i]) + 1;
            if (label[i] == '十')
            {
                value = (value == 0 ? 1 : value) * 10;
            }
            else if (digit > 0 && value % 10 == 0)
            {
                value += digit;
            }
            else if (Scanner.IsDigit(label[i]) && value < 10)
            {
                value = value * 10 + (label[i] - '0');
            }
            else
            {
                break;
            }
        }

        if (i == at || i >= label.Length)
        {
            return 0;
        }

        var close = label[i];
        return at == 1 ? (close is '）' or ')' ? value : 0) : close is '、' or '.' or '．' ? value : 0;
    }

    /// <summary>What one side of the open two-sided table has shown so far.</summary>
    private sealed class TwoSidedColumn
    {
        /// <summary>The amounts of the side's numbered rows above its 本年合计 (a blank a zero).</summary>
        public List<decimal> Parts { get; } = [];

        /// <summary>The most decimals written in a part.</summary>
        public int Decimals { get; set; }

        /// <summary>Whether a row above the 本年合计 was not a numbered part (the side is then not checked).</summary>
        public bool Broken { get; set; }

        /// <summary>Whether the side's 本年合计 was met.</summary>
        public bool Totalled { get; set; }

        /// <summary>Clears the side for a new table.</summary>
        public void Reset()
        {
            Parts.Clear();
            Decimals = 0;
            Broken = false;
            Totalled = false;
        }
    }
}
