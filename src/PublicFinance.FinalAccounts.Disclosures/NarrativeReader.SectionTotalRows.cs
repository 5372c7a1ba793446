namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45 t04): the 合计 row of a comparison table whose rows are the section's parts —
/// <c>| 合计 | 308654.56 | 296665.70 | 4.04% |</c> under the income section's sources (财政拨款收入, 事业收入, 上级补助收入,
/// 其他收入 …), or under the expenditure section's 基本支出 and 项目支出 (经营支出). A bare 合计 was left to the 三公 table's
/// reader (its 合计 row), which reads no income table, so the table's total was read as nothing and its error (the rows sum
/// to 308564.56) went unseen. Such a row is the section's total (本年收入 <c>income/total</c>, 本年支出
/// <c>expenditure/total</c>), placed cell by cell with the table's key as the part rows are — only when every row of the
/// open table before it named one of the section's parts (two at least) and no other subject: a table that mixes a fund's
/// rows or words the reader does not know keeps its 合计 unread.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The income section's parts a comparison table's rows may name (relative to /narrative/).</summary>
    private static readonly string[] IncomePartTargets =
    [
        "income/fiscalAppropriation", "income/superiorSubsidy", "income/serviceIncome", "income/businessIncome",
        "income/affiliatedRemittance", "income/otherIncome",
    ];

    /// <summary>The expenditure section's parts a comparison table's rows may name.</summary>
    private static readonly string[] ExpenditurePartTargets = ["expenditure/basic", "expenditure/project", "expenditure/business"];

    /// <summary>The part rows of the open sentence-table read so far (-1: a row of another subject was read).</summary>
    private int partRows;

    /// <summary>A new sentence-table header: no part row read yet.</summary>
    private void PartRowsReset() => partRows = 0;

    /// <summary>
    /// Counts a row of the open sentence-table: one naming a part of the section (<paramref name="target"/>) adds one;
    /// any other row (another subject, or none) marks the table as not made of the section's parts only.
    /// </summary>
    private void PartRowRead(string? target)
    {
        if (partRows < 0)
        {
            return;
        }

        partRows = target is not null && Array.IndexOf(SectionParts(), target) >= 0 ? partRows + 1 : -1;
    }

    /// <summary>The parts of the current section a table's rows may name (none outside the income and expenditure sections).</summary>
    private string[] SectionParts() => section switch
    {
        Section.Income => IncomePartTargets,
        Section.Expenditure => ExpenditurePartTargets,
        _ => [],
    };

    /// <summary>
    /// The section's total a 合计 row of the open sentence-table is (income/total, expenditure/total), or null: two part
    /// rows at least and no other row read before it.
    /// </summary>
    private string? SectionTotalOfPartRows() => partRows < 2 ? null : section switch
    {
        Section.Income => "income/total",
        Section.Expenditure => "expenditure/total",
        _ => null,
    };
}
