namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind round 44's t02): a table's title with its unit at the end of the same line, apart by tabs —
/// <c>2021年度财政拨款收入支出决算总体情况表\t\t\t\t单位：万元</c>. The tabs make the line a table row, so the unit declaration
/// (单位：万元) was never seen and the rows under it were notes ("表头和前文均未写明金额单位"); written with one tab or a space the
/// same line was a paragraph and its unit held. A row whose only written cells are a title (naming a 表) and a unit
/// declaration is read as that title line: it ends the table before it, is a table title, and declares the section's unit.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The cell ranges of a row asked whether it is a title with its unit (scratch).</summary>
    private readonly List<(int Start, int End)> titleUnitCells = [];

    /// <summary>
    /// Whether <paramref name="row"/> is a table title with its unit at the end (two written cells: the title, which names a
    /// 表 and writes no percentage, and a unit declaration); when it is, it is read as the title line (true).
    /// </summary>
    private bool TitleWithUnitRow(Fragment row)
    {
        var source = row.Source;
        var from = row.SourceStart;
        if (source.IndexOf('表', from, row.Length) < 0 || source.IndexOf('单', from, row.Length) < 0)
        {
            return false;   // most rows: decided on the range, no string cut out
        }

        var text = row.Text;
        if (!ContainsBetweenSpaces(text, "单位:") || text.IndexOf('%') >= 0)
        {
            return false;
        }

        TextTableReader.CellRanges(text, 0, text.Length, titleUnitCells);
        int? title = null;
        int? unit = null;
        for (var i = 0; i < titleUnitCells.Count; i++)
        {
            var (s, e) = titleUnitCells[i];
            if (e <= s || IsBlankCell(text, s, e))
            {
                continue;
            }

            if (title is null)
            {
                title = i;
            }
            else if (unit is null)
            {
                unit = i;
            }
            else
            {
                return false;   // a third written cell: a header or a row, not a title
            }
        }

        if (title is not { } t || unit is not { } u
            || text.IndexOf('表', titleUnitCells[t].Start, titleUnitCells[t].End - titleUnitCells[t].Start) < 0
            || !ContainsBetweenSpaces(text.Substring(titleUnitCells[u].Start, titleUnitCells[u].End - titleUnitCells[u].Start), "单位:"))
        {
            return false;
        }

        SentenceTableEnds();
        StructureTableEnds();
        TableTitleSeen(row);
        DeclareUnit(text);
        return true;
    }
}
