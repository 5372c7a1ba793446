using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (blind round 36, family B): a department's income table by unit — a header <c>单位名称 | 本年收入合计 |
/// 财政拨款收入 | 其他收入</c> (tabs or bars), a row per unit (局本级, each 下属单位) and a <c>合计</c> row. The report model has no
/// per-unit income (<c>/entity/units</c> holds names and roles only), so each unit's row is a note naming the unit. The
/// 合计 row is the department's: its total and parts are placed as the income section's figures, but only when the header
/// is certain (单位名称, then 本年收入合计, then only known income parts, each once), the section's unit is declared, its
/// parts add up to its total exactly, and its total and parts agree with what the text already stated (本年收入合计, if
/// stated); otherwise it is a note too. Only under the income (or overall) heading.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The income member of each column after the unit's name of the open per-unit table ("total" first); null: none.</summary>
    private List<string>? unitIncomeColumns;

    /// <summary>The cell ranges of the per-unit table row being read (scratch).</summary>
    private readonly List<(int Start, int End)> unitIncomeCells = [];

    /// <summary>The income parts a per-unit table's columns may name, with their member under <c>/narrative/income</c>.</summary>
    private static readonly (string Header, string Member)[] UnitIncomeParts =
    [
        ("财政拨款收入", "fiscalAppropriation"), ("上级补助收入", "superiorSubsidy"), ("事业收入", "serviceIncome"),
        ("经营收入", "businessIncome"), ("附属单位上缴收入", "affiliatedRemittance"), ("其他收入", "otherIncome"),
    ];

    /// <summary>A table row (the narrative's hook): a per-unit income table's header opens it, a later row is read.</summary>
    private void PerUnitIncomeRow(Fragment row)
    {
        if (section is not (Section.Income or Section.Overall))
        {
            unitIncomeColumns = null;
            return;
        }

        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (unitIncomeColumns is null && text.IndexOf("单位", from, to - from, StringComparison.Ordinal) < 0)
        {
            return;
        }

        TextTableReader.CellRanges(text, from, to, unitIncomeCells);
        var cells = unitIncomeCells;
        if (cells.Count < 3)
        {
            unitIncomeColumns = null;
            return;
        }

        var first = WithoutSpaces(text.Substring(cells[0].Start, cells[0].End - cells[0].Start));
        if (first is "单位名称" or "单位")
        {
            unitIncomeColumns = UnitIncomeHeader(text, cells);
            KeepUnitIncomeHeaderEnds(text, from, to);   // UnitTableColumns (session 59): a space-aligned header's cell ends
            return;
        }

        if (unitIncomeColumns is not { } columns)
        {
            return;
        }

        if (cells.Count != columns.Count + 1 && !AlignUnitIncomeCells(text, from, to, columns.Count))
        {
            unitIncomeColumns = null;   // a row that does not line up: the table is not guessed at
            return;
        }

        var rowText = row.Text;
        var tokens = new NumberToken[columns.Count];
        for (var k = 0; k < columns.Count; k++)
        {
            if (cells[k + 1].Start == cells[k + 1].End && k > 0)
            {
                continue;   // UnitTableColumns: a blank cell of a space-aligned row (a default token: no figure)
            }

            if (CellNumber(rowText, (cells[k + 1].Start - from, cells[k + 1].End - from)) is not { } token
                || token.Unit != FigureUnit.None)
            {
                return;   // words or a unit in a figure's cell: not a row of figures
            }

            tokens[k] = token;
        }

        var span = b.Span(row, 0, row.Length);
        if (first is "合计" or "总计")
        {
            UnitIncomeTotal(row, columns, tokens, span, rowText);
        }
        else if (first.Length >= 2 && !HasDigit(first))
        {
            Note(span, DisclosureMessages.PerUnitIncomeRow(first), rowText);
        }
    }

    /// <summary>
    /// The members of a per-unit income table's header (单位名称 | 本年收入合计 | then known parts, each once) when the section's
    /// unit is declared as the report's; else null.
    /// </summary>
    private List<string>? UnitIncomeHeader(string text, List<(int Start, int End)> cells)
    {
        var unitKnown = declaredUnit == FigureUnit.WanYuan && !yuanDocument && !yiYuanDocument
            || declaredUnit == FigureUnit.Yuan && yuanDocument;
        var total = WithoutSpaces(text.Substring(cells[1].Start, cells[1].End - cells[1].Start));
        if (!unitKnown || total is not ("本年收入合计" or "本年收入" or "收入合计"))
        {
            return null;
        }

        var columns = new List<string>(cells.Count - 1) { "total" };
        for (var i = 2; i < cells.Count; i++)
        {
            var header = WithoutSpaces(text.Substring(cells[i].Start, cells[i].End - cells[i].Start));
            var at = Array.FindIndex(UnitIncomeParts, p => p.Header == header);
            if (at < 0 && UnitExpenditureColumn(header, columns))
            {
                continue;   // UnitTableColumns: the units' 支出合计 beside their income
            }

            if (at < 0 || columns.Contains(UnitIncomeParts[at].Member))
            {
                return null;   // a column this table does not have, or one twice
            }

            columns.Add(UnitIncomeParts[at].Member);
        }

        return columns;
    }

    /// <summary>
    /// The 合计 row: the department's income total and parts, placed as stated when they add up and agree with the text
    /// (see the type's remarks); else a note.
    /// </summary>
    private void UnitIncomeTotal(Fragment row, List<string> columns, NumberToken[] tokens, SourceSpan span, string text)
    {
        var sum = 0m;
        for (var k = 1; k < tokens.Length; k++)
        {
            sum += columns[k] == UnitExpenditureMember ? 0m : tokens[k].Value;
        }

        var agrees = sum == tokens[0].Value;
        for (var k = 0; k < tokens.Length && agrees; k++)
        {
            var owner = UnitTableOwner(columns[k]);
            if (b.FindString(owner, "amount") is { } held)
            {
                agrees = decimal.TryParse(held, System.Globalization.NumberStyles.Number,
                    System.Globalization.CultureInfo.InvariantCulture, out var value) && value == tokens[k].Value;
            }
        }

        if (!agrees)
        {
            Note(span, DisclosureMessages.PerUnitIncomeTotalNotPlaced, text);
            return;
        }

        var pending = new PendingUnitTotal(span, text);
        for (var k = 0; k < tokens.Length; k++)
        {
            var owner = UnitTableOwner(columns[k]);
            if (tokens[k].Value == 0 || b.Has(owner, "amount"))
            {
                continue;   // a zero part, or a figure the prose gave already (the same)
            }

            var cellSpan = CellSpan(row, tokens[k]);
            pending.Cells.Add((owner, AmountNode(tokens[k], cellSpan), cellSpan));
        }

        (unitTableTotals ??= []).Add(pending);   // UnitTableColumns (session 59): placed after the prose (PlaceUnitTableTotals)
    }
}
