using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 left it, session 35 notes it (issue 8): a table of the 一般公共预算 or 财政拨款 classes inside the 说明 aligned by
/// spaces ("一般公共服务支出    120.00   100.00    20.00 …", its header of 年初预算 / 决算数 over 合计 · 基本支出 · 项目支出 split over
/// two lines or three) is read by no reader — the class table reads <c>|</c> rows only (<see cref="ClassTableRow"/>), and
/// a space-aligned header over two lines does not say for certain which column a figure is in — so its rows were passed
/// over without a word. Its first row that names a 类 (or 合计) with two figures at least is now one located note for the
/// table (<see cref="DisclosureMessages.SpaceAlignedClassTableNotRead"/>); no cell is guessed. Only under the 一般公共预算 and
/// 财政拨款 headings, and not after a line naming one of the nine tables (…决算表, read by the document reader).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Where the last space-aligned table row read here ended (-1: none), to note a table once.</summary>
    private int lastSpaceRowEnd = -1;

    /// <summary>Whether the paragraph or heading before the current table names one of the nine tables (…决算表).</summary>
    private bool afterTableTitle;

    /// <summary>The reusable cell list of <see cref="SpaceAlignedClassRow"/>.</summary>
    private readonly List<(int Start, int End)> spaceCells = [];

    /// <summary>
    /// A table row (the narrative's hook, after <see cref="ClassTableRow"/>): the first row of a space-aligned table of
    /// classes in the 一般公共预算 or 财政拨款 section that names a 类 or 合计 and states two figures at least gives the note.
    /// </summary>
    private void SpaceAlignedClassRow(Fragment row)
    {
        // The section first: the row's text is cut out of the text only for a row that may be such a table's (session 37:
        // asked first, it made a string of every table row of every section, the 绩效自评表 rows ≈ 12 KB a seed read).
        if (section is not (Section.GeneralBudget or Section.Appropriation) || afterTableTitle || row.Length == 0
            || codedColumns is not null   // session 46: a coded item table is open and reads the row (UnitlessCodedTables)
            || fundFlowColumns is not null)   // session 47: a fund-flow table is open and reads the row (FundFlowTables)
        {
            return;
        }

        var start = row.At(0);
        var follows = lastSpaceRowEnd >= 0 && start >= lastSpaceRowEnd && OnlySpaces(b.Text, lastSpaceRowEnd, start);
        var text = row.Text;
        if (text.IndexOf('|') >= 0 || text.IndexOf('\t') >= 0 || !BlockClassifier.IsSpaceAlignedRow(text, 0, text.Length))
        {
            return;
        }

        var noted = follows;
        lastSpaceRowEnd = row.At(row.Length - 1) + 1;
        if (noted)
        {
            return;   // a row of a table already noted (or passed over): the note is the table's, once
        }

        BlockClassifier.SpaceCells(text, 0, text.Length, spaceCells);
        var (labelStart, labelEnd) = spaceCells.Count > 0 ? spaceCells[0] : (0, 0);
        if (spaceCells.Count < 3 || !SpaceRowNamesAClass(text.Substring(labelStart, labelEnd - labelStart)))
        {
            lastSpaceRowEnd = -1;   // a header line or another table's row: the next row may still open the class table
            return;
        }

        var figures = 0;
        for (var k = 1; k < spaceCells.Count; k++)
        {
            var (s, e) = spaceCells[k];
            if (Disclosures.CellNumber.Is(text, s, e))
            {
                figures++;
            }
        }

        if (figures < 2)
        {
            lastSpaceRowEnd = -1;
            return;
        }

        Note(b.Span(row, 0, row.Length), DisclosureMessages.SpaceAlignedClassTableNotRead, text);
    }

    /// <summary>Whether a space-aligned row's first cell is 合计 or a 类 of the catalogue.</summary>
    private bool SpaceRowNamesAClass(string label)
    {
        var name = label.Trim();
        return name is "合计" or "总计" || name.Length is >= 4 and <= 20 && name.EndsWith("支出", StringComparison.Ordinal)
            && Named(name, FunctionalLevel.Class, NoCodes).Count > 0;
    }

    /// <summary>
    /// Keeps whether a paragraph or heading names one of the nine tables (…决算表, …总表, …明细表), whose space-aligned rows
    /// the document reader reads: the class-table note is then not given.
    /// </summary>
    private void TableTitleSeen(Fragment block)
    {
        if (section is Section.GeneralBudget or Section.Appropriation || afterTableTitle)
        {
            // A title is a short line: a long paragraph names no table of its own (its length first: its text not made).
            afterTableTitle = block.Length <= 60 && block.Text is var text
                && (text.Contains("决算表") || text.Contains("总表") || text.Contains("明细表"));
        }
    }
}
