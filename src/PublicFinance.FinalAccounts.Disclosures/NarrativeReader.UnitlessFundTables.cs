using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (tables47, blind round 43 t02's family; issue 8): a coded item table with no unit declared under the
/// 政府性基金 (or 国有资本经营) heading — <c>| 科目编码 | 科目名称 | 年初预算 | 决算数 | 完成率 |</c>, its Markdown alignment row,
/// then <c>| 2120801 | 征地和拆迁补偿支出 | 1200.00 | 1186.50 | 98.88% |</c> — and often with no 合计 row. Session 46 let such
/// a table wait for its 合计 under the 一般公共预算 heading only (<see cref="CodedRowWaits"/>), so a fund's table, and any
/// table without a 合计, stayed unread. Now the figure that vouches for the unit is the section's own total the prose
/// stated before the table (<see cref="CodedSectionTotal"/>: the 一般公共预算 total, or the fund's 本年支出), and a table
/// that ends without a 合计 row is read when its item rows' 决算 cells add up, as written, exactly to that total: the
/// amounts are then in the report's unit. Any other sum, a row that is no 7-digit item, or no total stated, and nothing is
/// read, as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The prose's figure that vouches for the unit of a coded table under the current heading: the 一般公共预算 total, or
    /// a fund's 本年支出 under its own heading; null elsewhere.
    /// </summary>
    private string? CodedSectionTotal => section switch
    {
        Section.GeneralBudget => N + "generalBudget/total",
        Section.GovernmentFund => N + "governmentFund/currentYearExpenditure",
        Section.StateCapital => N + "stateCapital/currentYearExpenditure",
        _ => null,
    };

    /// <summary>
    /// At the first block after a coded table whose rows wait for a 合计 it never had (a paragraph or a heading): the rows
    /// are read when each is an item (a 7-digit code) and their 决算 cells add up exactly to the section's stated total;
    /// else the table is closed unread.
    /// </summary>
    private void CodedTableEndsWithoutTotal(Block block)
    {
        if (block.Kind == BlockKind.TableRow || codedWaiting is not { Count: > 0 } waiting || codedColumns is not { } columns)
        {
            return;
        }

        var line = block.Content.Text;
        BlockClassifier.SpaceCells(line, 0, line.Length, codedCells);
        if (IsCodedHeading(line, codedCells))
        {
            return;   // "208  社会保障和就业支出": a figureless 类 row of one gap only, a line of its own — the table goes on
        }

        codedWaiting = null;
        var at = columns.IndexOf(SentenceColumn.Current) + 2;
        var sum = 0m;
        foreach (var row in waiting)
        {
            TextTableReader.CellRanges(row.Source, row.SourceStart, row.SourceStart + row.Length, codedCells);
            var (cs, ce) = codedCells.Count == columns.Count + 2 ? codedCells[0] : (0, 0);
            var cell = ce - cs == 7 && AllDigits(row.Source, cs, ce)
                ? row.Source.Substring(codedCells[at].Start, codedCells[at].End - codedCells[at].Start)
                : string.Empty;
            if (!TextChecks.TryParseAmount(WithoutSpaces(cell).Replace(",", string.Empty), out var final))
            {
                codedColumns = null;   // a row that is no item with its 决算: the sum vouches for nothing
                return;
            }

            sum += final;
        }

        if (CodedSectionTotal is not { } pointer || b.FindString(pointer, "amount") is not { } stated
            || !TextChecks.TryParseAmount(stated, out var total) || sum != total)
        {
            codedColumns = null;   // the rows do not add up to the prose's total: the unit is not known, nothing is guessed
            return;
        }

        foreach (var row in waiting)
        {
            TextTableReader.CellRanges(row.Source, row.SourceStart, row.SourceStart + row.Length, codedCells);
            CodedRow(row, row.Source, row.SourceStart, columns);
        }
    }

    /// <summary>
    /// A coded table's cell placed with the table's key (<see cref="ReportBuilder.TableKey"/>): the same value the prose
    /// states is one figure; another value is the table against the text (FA8008), not a restatement (FA8003).
    /// </summary>
    private void PlaceAsTableCell(string parent, string name, DraftNode value, SourceSpan span, ClaimKind kind, string text)
    {
        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        b.SetUnder(parent, name, value, span, kind, text);
        b.Context = saved;
    }
}
