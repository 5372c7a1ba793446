namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (prose63, blind round 59 t10): "2023年度“三公”经费预算18.00万元，支出16.30万元，完成预算的90.56%" — in the 三公
/// section a bare 支出 after the budget opened in the sentence is that budget's final (as 实际支出 is), and so the total's amount
/// when none was stated (<see cref="PlaceFinal"/>). Before, "支出" named nothing ("未能归类的金额：支出"), and the total, holding a
/// budget without an amount, was dropped whole. Only the words 支出, 支出为, 支出数, 支出数为 alone, only in the 三公 section, and
/// only while the budget has its amount and no final yet (<see cref="FinalAfterBudgets"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The labels of a bare spending after a 三公 budget (<see cref="BareThreePublicSpending"/>).</summary>
    private static readonly string[] BareSpendingLabels = ["支出", "支出为", "支出数", "支出数为"];

    /// <summary>
    /// Whether <paramref name="label"/> is a bare 支出 (<see cref="BareSpendingLabels"/>) in the 三公 section while the open
    /// budget holds its amount and no final.
    /// </summary>
    private bool BareThreePublicSpending(string label)
        => section == Section.ThreePublic && budget is not null && b.Has(budget, "budgetAmount") && !b.Has(budget, "finalAmount")
            && Array.IndexOf(BareSpendingLabels, label.Trim()) >= 0;
}
