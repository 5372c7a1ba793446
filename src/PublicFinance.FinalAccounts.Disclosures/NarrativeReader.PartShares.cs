namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 29, blind round 29 (F2): "一般公共预算财政拨款支出100.00万元，其中：基本支出80.00万元，占80.00%；项目支出20.00万元，占
/// 20.00%" — the section has no member for the parts, so each amount is a note; but the subject stayed the whole, and the
/// part's share (80 % of the 一般公共预算 spending) was stored as the whole's share of 本年支出合计 (a false FA2003 wherever
/// 本年支出合计 is stated). A part the reader cannot place closes the subject: its share, change or budget is its own, never
/// the whole's before it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether an amount noted as unplaced (<paramref name="label"/> in <paramref name="clause"/>) is a part of the current
    /// subject, so what follows it is not the subject's: a whole (not an item) is the subject, and the clause is a 其中 part
    /// ("其中：基本支出 80.00 万元") or names an entry of its own (…支出, (类)/(款)/(项): "；项目支出 20.00 万元").
    /// </summary>
    private bool UnplacedPartOfTheSubject(ClauseView clause, string label)
        => subject is not null && !SubjectIsItem && (IsPart(clause) || NamesAnEntry(label));
}
