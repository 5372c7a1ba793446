using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43 t02): a structure table written as text (结构表) — a header of a label corner (收入项目,
/// 支出项目, 项目, 科目名称), one amount column (决算数（万元）, 金额) and one share column (占比, 比重, 所占比例, 占比（%）), often
/// with a Markdown alignment row under it (<c>| :--- | ---: | ---: |</c>), then rows <c>| 一般公共预算财政拨款收入 | 3126.84 |
/// 62.30% |</c> … <c>| 本年收入合计 | 5019.35 | 100% |</c>, <c>| 年初结转和结余 | 286.40 | |</c>. No reader knew the header (its
/// corner is no 项目 and 占比 is no comparison column), so the rows were skipped with no note. Each row is now placed cell by
/// cell with the table's key (<see cref="ReportBuilder.TableKey"/>: a value that differs from the prose's is FA8008, never
/// FA8003) at the field its whole label names in the overview, income, expenditure and 财政拨款 sections
/// (<see cref="TableRowSubject"/>, else the section's labels): its amount, and its share only when the table's whole — the
/// row of 100%, else its 合计 row — is the base the model's share of that field is checked against
/// (<see cref="ShareRuleBase"/>; a fund's part of the year's income is held as the prose's is,
/// <see cref="yearIncomeFundShares"/>); a share of another base is a located note. Rows are placed when the table ends, once
/// its whole is known. A row whose label names no such figure, or a bracketed label, is a located note; a share without %
/// under a header without (%) is a note; only amounts in 万元 or 元 (converted exactly) in a 万元 report are placed. Under
/// the 一般公共预算 heading a row is a class the prose has read by its name, or the 合计 (t04: a 元 table beside the 万元 prose,
/// compared at the coarser precision, a difference FA8008).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>A row of the open structure table, kept until the table ends.</summary>
    private readonly record struct StructureRow(
        string? Target, string Label, SourceSpan LabelSpan, NumberToken Amount, SourceSpan AmountSpan, NumberToken? Share,
        SourceSpan ShareSpan, bool ShareWithoutPercent, string Text);

    /// <summary>The open structure table's columns after the label (true: the share column), or null when none is open.</summary>
    private List<bool>? structureColumns;

    /// <summary>Whether the open structure table's header marks its share column as percentages (占比（%）).</summary>
    private bool structurePercentHeader;

    /// <summary>
    /// The unit of the open structure table's amounts when its rows can be placed: 万元, or 元 (converted exactly, each a
    /// magnitude Info) in a 万元 report; null (its rows place nothing) for any other unit or report.
    /// </summary>
    private FigureUnit? structureUnit;

    /// <summary>The rows of the open structure table.</summary>
    private readonly List<StructureRow> structureRows = [];

    /// <summary>The cell ranges of the row being read (scratch).</summary>
    private readonly List<(int Start, int End)> structureCells = [];

    /// <summary>Characters one of which a structure table's header holds (占比, 比重, 比例): other rows cost no split.</summary>
    private static readonly char[] StructureHeaderChars = ['占', '比'];

    /// <summary>A table row (the narrative's hook): a structure table's header opens it, its alignment row is passed over, a
    /// later row is kept.</summary>
    private void StructureTableRow(Fragment row)
    {
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (structureColumns is null && text.IndexOfAny(StructureHeaderChars, from, to - from) < 0)
        {
            return;
        }

        TextTableReader.CellRanges(text, from, to, structureCells);
        if (structureCells.Count < 2)
        {
            return;
        }

        if (section is (Section.Overall or Section.Income or Section.Expenditure or Section.Appropriation or Section.GeneralBudget)
            && StructureHeader(text, out var unitWords, out var percentHeader) is { } header)
        {
            StructureTableEnds();
            structureColumns = header;
            structurePercentHeader = percentHeader;
            structureUnit = yuanDocument || yiYuanDocument ? null
                : (unitWords ?? UnitWords(declaredUnit)) switch { "万元" => FigureUnit.WanYuan, "元" => FigureUnit.Yuan, _ => null };
            return;
        }

        if (structureColumns is not { } columns || AllRuleCells(text, structureCells))
        {
            return;   // no structure table open; "| :--- | ---: |", "|---|---|": the alignment row is never data
        }

        KeepStructureRow(row, text, from, columns);
    }

    /// <summary>
    /// The columns of a structure table's header, or null: a corner (a cell of at most 8 characters naming 项目, 科目, 名称 or
    /// 类别, without a figure), then exactly one amount column (决算数, 决算, 金额, 决算金额, 本年数, 本年决算数, with its unit in
    /// brackets) and one share column (占比, 比重, 所占比重, 所占比例, 比例, 构成, with (%) or not), nothing else.
    /// </summary>
    private List<bool>? StructureHeader(string text, out string? unitWords, out bool percentHeader)
    {
        unitWords = null;
        percentHeader = false;
        if (structureCells.Count != 3)
        {
            return null;
        }

        var corner = SentenceCompact(text, structureCells[0].Start, structureCells[0].End, ref unitWords);
        if (corner.Length == 0 || corner.Length > 8 || HasDigit(corner)
            || !(corner.Contains("项目") || corner.Contains("科目") || corner.Contains("名称") || corner.Contains("类别")))
        {
            return null;
        }

        var columns = new List<bool>(2);
        for (var i = 1; i < structureCells.Count; i++)
        {
            var (s, e) = structureCells[i];
            percentHeader |= text.IndexOf('%', s, e - s) >= 0 || text.IndexOf('％', s, e - s) >= 0;
            var cell = SentenceCompact(text, s, e, ref unitWords);
            if (Array.IndexOf(StructureShareHeaders, cell) >= 0)
            {
                columns.Add(true);
            }
            else if (Array.IndexOf(StructureAmountHeaders, cell) >= 0)
            {
                columns.Add(false);
            }
            else
            {
                return null;
            }
        }

        return columns.Count(c => c) == 1 ? columns : null;
    }

    /// <summary>The share column's words in a structure table's header (compacted, its (%) dropped).</summary>
    private static readonly string[] StructureShareHeaders = ["占比", "比重", "所占比重", "所占比例", "比例", "构成", "占比%", "比重%"];

    /// <summary>The amount column's words in a structure table's header (compacted, its unit dropped).</summary>
    private static readonly string[] StructureAmountHeaders = ["决算数", "决算", "金额", "决算金额", "本年数", "本年决算数", "本年决算"];

    /// <summary>
    /// Keeps a row of the open structure table: its label, its amount and its share (placed when the table ends). A row not
    /// lined up with the header (a blank share cell lost with its bar is still one), with words in a cell, or of the 三公 table
    /// or a coded class, is passed over; a row whose label names no figure is a located note.
    /// </summary>
    private void KeepStructureRow(Fragment row, string text, int from, List<bool> columns)
    {
        var cells = structureCells;
        var (ls, le) = cells[0];
        string? ignored = null;
        var compact = SentenceCompact(text, ls, le, ref ignored);
        if (compact.Length == 0 || ThreePublicTableRow(compact) && !compact.Contains("合计") || char.IsDigit(compact[0])
            || cells.Count - 1 != columns.Count && !(cells.Count == columns.Count && columns[columns.Count - 1]))
        {
            return;
        }

        (NumberToken Token, SourceSpan Span)? amount = null, share = null;
        var shareWithoutPercent = false;
        for (var k = 1; k < cells.Count; k++)
        {
            var (s, e) = cells[k];
            if (e <= s || IsBlankCell(text, s, e))
            {
                continue;
            }

            if (!IsSentenceNumber(text, s, e) || Scanner.Numbers(text.Substring(s, e - s)) is not { Count: 1 } numbers)
            {
                return;   // words in a cell: not a row of figures
            }

            var token = numbers[0];
            var cell = (token, b.Span(row, s - from + token.Start, s - from + token.End));
            if (columns[k - 1])
            {
                shareWithoutPercent = token.Unit != FigureUnit.Percent && !structurePercentHeader;
                share = cell;
            }
            else if (token.Unit == FigureUnit.Percent)
            {
                return;   // a percentage under the amount column: the columns are not what the header says
            }
            else
            {
                amount = cell;
            }
        }

        if (amount is not { } value)
        {
            return;
        }

        var label = text.Substring(ls, le - ls).Trim();
        var labelSpan = b.Span(row, ls - from, le - from);
        var target = compact.IndexOf('(') >= 0 || compact.IndexOf('（') >= 0 ? null
            : TableRowSubject(compact) ?? StructureRowTarget(compact);
        var rowText = text.Substring(ls, cells[cells.Count - 1].End - ls);
        structureRows.Add(new StructureRow(target, label, labelSpan, value.Token, value.Span, share?.Token,
            share?.Span ?? default, shareWithoutPercent, rowText));
    }

    /// <summary>
    /// The figure (relative to /narrative/) a structure row's whole label names among the section's labels — in the
    /// overview, income, expenditure and 财政拨款 sections only a total, a carry-over or a kind of spending (收入合计,
    /// 本年支出合计, 年初结转和结余, 基本支出), any other label is no such row's; under the 一般公共预算 heading a class the prose
    /// has read by that name (<see cref="ClassNamed"/>) or the 合计 row (the section's total).
    /// </summary>
    private string? StructureRowTarget(string compact)
    {
        if (section == Section.GeneralBudget)
        {
            return compact is "合计" or "总计" ? "generalBudget/total" : ClassNamed(compact);
        }

        if (compact is "合计" or "总计" || section is not (Section.Overall or Section.Income or Section.Expenditure or Section.Appropriation)
            || Resolve(compact) is not { } target)
        {
            return null;
        }

        return target.EndsWith("/currentYearIncome", StringComparison.Ordinal)
            || target.EndsWith("/currentYearExpenditure", StringComparison.Ordinal)
            || target.EndsWith("CarryOver", StringComparison.Ordinal) || target.EndsWith("/total", StringComparison.Ordinal)
            || target.StartsWith("expenditure/", StringComparison.Ordinal) || target.StartsWith("income/", StringComparison.Ordinal)
            ? target : null;
    }

    /// <summary>
    /// The 一般公共预算 class (relative to /narrative/) the prose has already read under the name <paramref name="name"/>
    /// (一般公共服务支出), or null: a structure table's row never starts a class of its own.
    /// </summary>
    private string? ClassNamed(string name)
    {
        var items = b.Find(N + "generalBudget/classes");
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(ReportBuilder.ItemString(items!, i, "name"), name, StringComparison.Ordinal))
            {
                return "generalBudget/classes/" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// A block that is no table row, a heading or the text's end closes the open structure table: its rows are placed with
    /// the table's key, each share by the table's whole (the row of 100%, else the 合计 row).
    /// </summary>
    private void StructureTableEnds()
    {
        structureColumns = null;
        if (structureRows.Count == 0)
        {
            return;
        }

        string? whole = null;
        foreach (var row in structureRows)
        {
            if (row.Target is not null && row.Share is { } s && s.Value == 100m)
            {
                whole = row.Target;
            }
        }

        foreach (var row in structureRows)
        {
            if (whole is null && row.Target is not null && (row.Label.Contains("合计") || row.Label.Contains("总计")))
            {
                whole = row.Target;
            }
        }

        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        foreach (var row in structureRows)
        {
            if (row.Target is not { } target)
            {
                Note(row.LabelSpan, DisclosureMessages.StructureTableRowUnknown(row.Label), row.Text);
                continue;
            }

            if (structureUnit is not { } unit)
            {
                continue;
            }

            var pointer = N + target;
            var token = unit == FigureUnit.Yuan ? row.Amount.WithUnit(FigureUnit.Yuan, "元") : row.Amount;
            b.Set(pointer + "/amount", AmountNode(token, row.AmountSpan), row.AmountSpan, ClaimKind.Amount, row.Text);
            if (row.Share is not { } share || target == whole)
            {
                continue;
            }

            if (row.ShareWithoutPercent)
            {
                Note(row.ShareSpan, DisclosureMessages.StructureTableShareWithoutPercent(row.Label), row.Text);
            }
            else
            {
                PlaceTableShare(pointer, share, row.ShareSpan, row.Text, whole);
            }
        }

        b.Context = saved;
        structureRows.Clear();
    }

    /// <summary>
    /// Places a table row's share of the table's whole <paramref name="whole"/> (relative to /narrative/) at
    /// <paramref name="pointer"/>: held as the prose's for a fund's part of the year's income, placed when the whole is the
    /// base the model's share rule checks that field against, else a located note (session 61: also the sentence-tables'
    /// share columns).
    /// </summary>
    private void PlaceTableShare(string pointer, NumberToken share, SourceSpan span, string text, string? whole)
    {
        if (Array.IndexOf(FundPartShareFields, pointer) >= 0 && whole is "overall/currentYearIncome" or "income/total")
        {
            yearIncomeFundShares.Add((pointer, PercentNode(share), span, text, false));   // as the prose's
        }
        else if (whole is not null && SameShareBase(TableShareRuleBase(pointer), whole))
        {
            b.Set(pointer + "/share", PercentNode(share), span, ClaimKind.Share, text);
        }
        else
        {
            Note(span, DisclosureMessages.ShareOfAnotherBase, text);
        }
    }

    /// <summary>
    /// The base a table's share of <paramref name="pointer"/> is checked against: the all-funds 基本支出 for its parts
    /// (人员经费, 公用经费: FA2011), else the share rules' (<see cref="ShareRuleBase"/>).
    /// </summary>
    private static string? TableShareRuleBase(string pointer)
        => pointer is N + "expenditure/basicPersonnel" or N + "expenditure/basicPublic" ? "expenditure/basic" : ShareRuleBase(pointer);

    /// <summary>
    /// Whether the share rule's base <paramref name="ruleBase"/> is the table's whole <paramref name="whole"/> (the overview's
    /// year income and expenditure are the 收入 and 支出 sections' totals, as FA1208 has them).
    /// </summary>
    private static bool SameShareBase(string? ruleBase, string whole)
        => ruleBase is not null && (ruleBase == whole
            || ruleBase == "overall/currentYearIncome" && whole == "income/total"
            || ruleBase == "overall/currentYearExpenditure" && whole == "expenditure/total");
}
