namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The budget of a class line stated before the class's amount (类级预算, issue 8): "一般公共预算财政拨款支出年初预算为 480.00
/// 万元，…。其中：教育支出（类）调整预算 600.00 万元，支出决算 499.20 万元，完成调整预算的 83.20%". The line's 调整预算 is the
/// class's, so it never opens the second comparison (<c>secondBudget</c>) of the whole the sentence before compared with its
/// budget: the ordinary way then notes it (<c>BudgetNotTheFigures</c>), as a budget of the same kind was already noted by
/// its qualifiers. A class line that states its amount first is the class's own record (a <c>FunctionalFigure</c>, which holds
/// both bases) and is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The marks of a functional level in the normalised text.</summary>
    private static readonly string[] FunctionalLevelMarks = ["(类)", "(款)", "(项)"];

    /// <summary>
    /// Whether the clause being read names a functional level (…（类）, （款）, （项）) while the comparison at
    /// <paramref name="pointer"/> is a whole's, not a class's or an item's record.
    /// </summary>
    private bool ClassLineOfAWhole(string pointer)
        => pointer.IndexOf("/classes/", StringComparison.Ordinal) < 0 && pointer.IndexOf("/items/", StringComparison.Ordinal) < 0
            && ContainsAny(clauseView, FunctionalLevelMarks);
}
