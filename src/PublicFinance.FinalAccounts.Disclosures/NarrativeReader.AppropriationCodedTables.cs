namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (tables43b, blind round 43 t10's family; issue 8): a coded item table (<see cref="CodedItemTableRow"/>) under
/// the 财政拨款支出决算情况 heading (the <see cref="Section.Appropriation"/> section), its rows mixing 一般公共预算 and
/// 政府性基金 codes — <c>科目编码	科目名称	年初预算	决算数	完成率</c>, then <c>2200101	行政运行	820.00	846.25	103.20%</c>
/// and <c>2120801	征地和拆迁补偿支出	5200.00	4862.45	93.51%</c>, the unit declared before it (<c>（单位：万元）</c>). Only the
/// three fund sections opened a coded table, so under this heading no row was read (21 figures), in Simplified or Traditional
/// characters alike (the source text's Traditional words are already mapped). Now the table opens here too, with a declared
/// unit only (no 合计 of this section vouches for a report unit); each row is read as the line
/// <c>行政运行(2200101)年初预算820.00万元,支出决算846.25万元,完成年初预算的103.20%。</c> (the name with its code as the label: this
/// section reads an item by that label, not by the "code name:" line of the fund sections), so each item goes to the 财政拨款
/// section's items (<see cref="FunctionalList"/>), and a 合计 row places nothing (the section's total is not one fund's).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether a coded item table may open in the current section besides the three fund sections: the 财政拨款 one.</summary>
    private bool AppropriationCodedTable() => section == Section.Appropriation;

    /// <summary>
    /// The rows of the 财政拨款 section a named comparison may head (<see cref="NamedItemComparison"/>, session 45's reading of
    /// "土地开发支出决算数大于年初预算，主要原因是…" after a table): its items, as read from such a table.
    /// </summary>
    private static readonly string[] AppropriationComparisonRowLists = [N + "appropriation/items/"];

    /// <summary>
    /// After a coded table of the 财政拨款 section, a paragraph naming none of its items by code: the table's last row is not
    /// its subject. A reason naming an item by name and its comparison ("土地开发支出决算数大于年初预算，主要原因是…") goes to
    /// that item (<see cref="NamedItemComparison"/>); any other reason no longer goes to the last row, another item.
    /// </summary>
    private void AppropriationTableClosed()
    {
        if (AppropriationCodedTable())
        {
            (subject, budget, reasonTarget) = (null, null, null);
        }
    }
}
