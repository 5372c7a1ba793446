namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (tbl62b, blind round 51 t09): 机关运行经费 written as a comparison table by economic item under its own heading —
/// <c>经济分类 ⇥ 2022年 ⇥ 2021年 ⇥ 增减额 ⇥ 增减率</c>, then <c>合计 ⇥ 96.56 ⇥ 102.15 ⇥ ▼5.59 ⇥ ▼5.47%</c> and a row per item
/// (<c>办公费 ⇥ 14.62 ⇥ 15.30 ⇥ ▼0.68 ⇥ ▼4.44%</c>). The header opened no sentence-table (its corner 经济分类 was no corner word)
/// and its rows, had it opened, were no subject of the section, so the table was skipped without a note. Now, in the
/// 机关运行经费 section only, the header opens one (<see cref="OperatingTableCorners"/>) and its rows are read here: the
/// 合计 row (or one named 机关运行经费) is the total, cell by cell as a subject row (amount, prior year, change; the
/// direction from the sign or the ▲/▼ marker); a row named as a component (<see cref="IsComponentName"/>: ending in 费 or
/// 费用, or the remaining 其他商品和服务支出 after one) is one entry of <c>operatingExpenses/components</c> with this year's
/// amount. A component's prior year and change have no member in the model: one note per table. Any other row is the
/// sentence-table's note; a table not in the report's unit places nothing (a note).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Corner words of a 机关运行经费 table by economic item, beside the sentence-table's own (项目, 科目…).</summary>
    private static readonly string[] OperatingTableCorners = ["经济分类", "经济科目", "支出项目", "费用项目", "明细项目"];

    /// <summary>Labels of the 机关运行经费 table's total row.</summary>
    private static readonly string[] OperatingTableTotals = ["合计", "总计", "机关运行经费", "机关运行经费合计", "机关运行经费支出"];

    /// <summary>Whether the open 机关运行经费 table has given its note on the components' priors and changes.</summary>
    private bool operatingTableExtrasNoted;

    /// <summary>Whether the open 机关运行经费 table has placed a component (so 其他商品和服务支出 closes its list).</summary>
    private bool operatingTableComponentRead;

    /// <summary>Whether a header cell compacted to <paramref name="cell"/> is a corner of a 机关运行经费 table in its section.</summary>
    private bool OperatingTableCorner(string cell)
        => section == Section.OperatingExpenses && Array.IndexOf(OperatingTableCorners, cell) >= 0;

    /// <summary>Forgets the open 机关运行经费 table (a header opened or the table ended).</summary>
    private void OperatingTableReset() => (operatingTableExtrasNoted, operatingTableComponentRead) = (false, false);

    /// <summary>
    /// A row of a sentence-table in the 机关运行经费 section: the total or a component (see the type's summary). True when
    /// the row is this reader's (placed, or noted); false leaves it to the sentence-table's reading.
    /// </summary>
    private bool OperatingTableRow(Fragment row, string text, int from, List<SentenceColumn> columns, string compact, string label)
    {
        if (section != Section.OperatingExpenses || compact.Length == 0 || !columns.Contains(SentenceColumn.Current))
        {
            return false;
        }

        var name = compact.StartsWith("其中:", StringComparison.Ordinal) ? compact.Substring(3) : compact;
        var total = Array.IndexOf(OperatingTableTotals, name) >= 0;
        var component = !total && (IsComponentName(name)
            || operatingTableComponentRead && Array.IndexOf(OtherSpendingNames, name) >= 0);
        if (!total && !component)
        {
            return false;
        }

        for (var k = 1; k < sentenceCells.Count; k++)
        {
            var (s, e) = sentenceCells[k];
            if (e > s && !IsBlankCell(text, s, e) && !IsSentenceNumber(text, s, e))
            {
                return false;   // words in a cell: not a row of figures
            }
        }

        var labelSpan = b.Span(row, sentenceCells[0].Start - from, sentenceCells[0].End - from);
        if (sentenceCells.Count - 1 != columns.Count)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableRowMisaligned(label, sentenceCells.Count - 1, columns.Count), label);
            return true;   // a cell lost or added: which column a figure stood under is not guessed
        }

        if (sentenceUnit is not { } unitWords)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableUnitUnknown(label), label);
            return true;
        }

        if (unitWords != UnitWords(ReportFigureUnit))
        {
            Note(labelSpan, DisclosureMessages.OperatingTableOtherUnit(label, unitWords), label);
            return true;
        }

        if (total)
        {
            SubjectRow(row, text, from, columns, "operatingExpenses/administrativeOperatingExpenses", label);
            return true;
        }

        if (CellToken(row, text, from, columns, SentenceColumn.Current) is not { } now || now.Token.Unit == FigureUnit.Percent
            || now.Token.Value < 0)
        {
            return true;   // a blank (or signed) amount: no component placed
        }

        var list = N + "operatingExpenses/components";
        var listed = b.Find(list);
        for (var i = 0; i < b.Count(list); i++)
        {
            if (ReportBuilder.ItemString(listed!, i, "name") == name)
            {
                Note(now.Span, DisclosureMessages.OperatingComponentRepeated(name), label);
                return true;
            }
        }

        var (cellsStart, cellsEnd) = (sentenceCells[1].Start, sentenceCells[sentenceCells.Count - 1].End);
        var rowText = label + " " + text.Substring(cellsStart, cellsEnd - cellsStart);
        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        var entry = b.Append(list);
        b.Set(entry + "/name", DraftNode.Of(name), labelSpan);
        b.Set(entry + "/amount", AmountNode(now.Token, now.Span), now.Span, ClaimKind.Amount, rowText);
        b.Context = saved;
        operatingTableComponentRead = true;
        if (!operatingTableExtrasNoted && OtherCellStated(text, columns))
        {
            operatingTableExtrasNoted = true;
            Note(labelSpan, DisclosureMessages.OperatingComponentComparisonUnplaced(name), rowText);
        }

        return true;
    }

    /// <summary>Whether the row states a figure in a column other than this year's (a prior year, a change, a budget).</summary>
    private bool OtherCellStated(string text, List<SentenceColumn> columns)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            var (s, e) = sentenceCells[k + 1];
            if (columns[k] is not (SentenceColumn.Current or SentenceColumn.Skip) && e > s && !IsBlankCell(text, s, e))
            {
                return true;
            }
        }

        return false;
    }
}
