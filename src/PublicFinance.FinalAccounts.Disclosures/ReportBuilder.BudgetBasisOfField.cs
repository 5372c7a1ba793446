namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (fix60, blind round 60 t04): a table's budget cell and the prose's figure of one budget comparison. A coded
/// table row (<c>2120105 | 工程建设标准规范编制与监管 | 320,000.00 | 286,450.00 | 89.52</c>) places the item's budget, final and
/// 完成率; the 项 line after it (<c>…（项）：年初预算为320,000.00元，支出决算为286,450.00元，完成年初预算的85.92%</c>) states them
/// again, read with the qualifier <c>basis=预算</c> (or 年初预算). That word is what the field itself is (a member of
/// <c>…/budget</c>), yet it made the prose's figure "another kind" of figure: a differing rate was a note and never reported.
/// Now a budget word fits a member of a budget comparison whose kind it agrees with — the bare 预算 any kind, 年初预算 the
/// initial budget, 全年预算 / 调整预算 the full-year one — so a differing value is the table against the text (FA8008, a
/// Warning naming both). A budget word of the other kind (the prose's 调整预算 beside the table's 年初预算数) stays another
/// figure, a note.
/// </summary>
internal sealed partial class ReportBuilder
{
    private const string BudgetMember = "/budget/";

    /// <summary>
    /// Whether the qualifier [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="key"/> is a budget word that
    /// fits a member of a budget comparison of kind <paramref name="budgetKind"/> (null: the field is no such member).
    /// </summary>
    private static bool BudgetBasisFitsField(string key, int start, int end, string? budgetKind)
        => budgetKind is not null
            && (Is(key, start, end, "basis=预算")
                || Is(key, start, end, "basis=年初预算") && budgetKind == "initial"
                || (Is(key, start, end, "basis=全年预算") || Is(key, start, end, "basis=调整预算")) && budgetKind == "fullYear");

    /// <summary>
    /// The <c>kind</c> of the budget comparison <paramref name="pointer"/> is a direct member of (<c>…/budget/completionRate</c>),
    /// as the draft holds it; null for any other pointer or a comparison without a kind.
    /// </summary>
    private string? BudgetKindOf(string pointer)
    {
        var at = pointer.LastIndexOf(BudgetMember, StringComparison.Ordinal);
        return at < 0 || pointer.IndexOf('/', at + BudgetMember.Length) >= 0
            ? null
            : FindString(pointer.Substring(0, at + BudgetMember.Length - 1), "kind");
    }
}
