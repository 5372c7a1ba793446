using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (tables46, blind round 42 t09's family; issue 8): a coded item table (<see cref="CodedItemTableRow"/>) whose
/// 类 and 款 rows carry no figures and whose amounts' unit is declared nowhere —
/// <c>科目编码	科目名称	年初预算	调整预算	决算数	完成调整预算%</c>, then <c>213	农林水支出</c> (blank cells),
/// <c>2130301	    行政运行	486.20	512.40	508.73	99.28</c>, … and <c>	合计	4438.20	5857.50	5628.72	96.09</c>.
/// Two things refused it whole: a heading row's blank cells are trimmed, so it had two cells and closed the table; and
/// with no 单位 the unit was not known. Now a row of a valid 类 or 款 code and a name with no figure cell is a heading row
/// (the table stays open, nothing is placed); and a table under the 一般公共预算 heading with no unit waits for its 合计:
/// when the 合计's 决算 equals, as written, the section's total the prose stated before it, the amounts are in the
/// report's unit and the waiting rows are read; any other 合计, or none, and the table stays unread as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The rows of the open coded item table that wait for its 合计 to fix their unit (null: the unit is known).</summary>
    private List<Fragment>? codedWaiting;

    /// <summary>
    /// The unit of a coded item table with none declared: under the 一般公共预算 heading, the report's own unit, the rows
    /// waiting for the 合计 to confirm it (<see cref="codedWaiting"/>); elsewhere null (the table is not read).
    /// </summary>
    private string? UnitToConfirm()
        => CodedSectionTotal is { } total && b.FindString(total, "amount") is not null   // UnitlessFundTables: a fund's too
            ? UnitWords(ReportFigureUnit)
            : null;

    /// <summary>
    /// A row of the open coded table with two cells, a valid 类 or 款 code and a name with no digit (<c>213	农林水支出</c>,
    /// its blank figure cells trimmed): a heading row the table goes on after.
    /// </summary>
    private bool CodedHeadingRow(string text)
    {
        return codedColumns is not null && IsCodedHeading(text, codedCells);
    }

    /// <summary>Whether <paramref name="cells"/> are a valid 类 or 款 code and a name with no digit, and nothing else.</summary>
    private static bool IsCodedHeading(string text, List<(int Start, int End)> cells)
    {
        if (cells.Count != 2)
        {
            return false;
        }

        var (cs, ce) = cells[0];
        var (ns, ne) = cells[1];
        return ce - cs is 3 or 5 && AllDigits(text, cs, ce) && text[cs] == '2' && ne - ns >= 2
            && !HasDigitIn(text, ns, ne);
    }

    /// <summary>
    /// A row of a coded table whose unit waits for its 合计 (true: the row was taken here). An item row waits; the 合计 row
    /// reads the waiting rows when its 决算 is the prose's section total, else closes the table unread.
    /// </summary>
    private bool CodedRowWaits(Fragment row, string text, List<SentenceColumn> columns)
    {
        if (codedWaiting is not { } waiting)
        {
            return false;
        }

        var (cs, ce) = codedCells[0];
        var (ns, ne) = codedCells[1];
        if (ce > cs || WithoutSpaces(text.Substring(ns, ne - ns)) is not ("合计" or "总计"))
        {
            waiting.Add(row);
            return true;
        }

        codedWaiting = null;
        var at = columns.IndexOf(SentenceColumn.Current) + 2;
        var cell = at < 2 ? string.Empty : text.Substring(codedCells[at].Start, codedCells[at].End - codedCells[at].Start);
        if (!TextChecks.TryParseAmount(WithoutSpaces(cell).Replace(",", string.Empty), out var final)
            || CodedSectionTotal is not { } pointer || b.FindString(pointer, "amount") is not { } stated
            || !TextChecks.TryParseAmount(stated, out var total) || final != total)
        {
            codedColumns = null;   // no 合计 that vouches for the unit: the table is not guessed at
            return true;
        }

        var totalCells = codedCells.ToArray();   // the 合计 row's cells, its code cell perhaps put in (TotalRowCodeCell)
        foreach (var waitingRow in waiting)
        {
            TextTableReader.CellRanges(waitingRow.Source, waitingRow.SourceStart, waitingRow.SourceStart + waitingRow.Length, codedCells);
            CodedRow(waitingRow, waitingRow.Source, waitingRow.SourceStart, columns);
        }

        codedCells.Clear();
        codedCells.AddRange(totalCells);
        return false;
    }

    /// <summary>
    /// A 合计 (总计) row one cell short of the header whose first cell is the label (<c>        合计  1000.00  1250.00 …</c>,
    /// aligned by spaces, or a tab row without its leading blank): its code cell is the one missing — a label cannot stand
    /// in a figure's column — so an empty code cell is put before it. Any other short row is left as it is.
    /// </summary>
    private void TotalRowCodeCell(string text, List<SentenceColumn> columns)
    {
        if (codedCells.Count == columns.Count + 2 && codedCells[1].End == codedCells[1].Start
            && WithoutSpaces(text.Substring(codedCells[0].Start, codedCells[0].End - codedCells[0].Start)) is "合计" or "总计")
        {
            // Session 61: "合计\t\t2911.19…", the 合计 written in the code's column and the name's cell blank.
            codedCells[1] = codedCells[0];
            codedCells[0] = (codedCells[0].Start, codedCells[0].Start);
            return;
        }

        if (codedCells.Count != columns.Count + 1)
        {
            return;
        }

        var (s, e) = codedCells[0];
        if (WithoutSpaces(text.Substring(s, e - s)) is "合计" or "总计")
        {
            codedCells.Insert(0, (s, s));
        }
    }

    /// <summary>
    /// Whether a coded row's name contradicts the catalogue: the catalogue names the code, the written name is neither that
    /// name nor a known alias, and it is the catalogue's name of another code (2130104 named 行政运行, 2130101's name) —
    /// then a located note, and the row is not read (which of code and name is wrong is not known). A name the catalogue
    /// does not know, or a code it does not list, is left to the line's own reading (<see cref="UncataloguedCodeFirst"/>).
    /// </summary>
    private bool CodedNameContradicts(Fragment row, string code, string name)
    {
        var catalogue = ClassificationCatalogue.Default;
        var functional = FunctionalCode.FromDigits(code);
        int? fiscalYear = year == 0 ? null : year;
        if (catalogue.MatchName(functional, fiscalYear, name) != NameMatch.Mismatch
            || !catalogue.TryGetName(functional, fiscalYear, out var known)
            || catalogue.FindFunctionalByName(name, fiscalYear) is not { Count: > 0 } named || named.Contains(functional))
        {
            return false;
        }

        Note(b.Span(row, 0, row.Length), DisclosureMessages.CodedRowNameMismatch(code, name, known), row.Text);
        return true;
    }
}
