namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Helpers that keep the narrative's per-block hooks from allocating (docs/performance.md "Reader, session 24: the hot
/// spots"): a lambda over a method's parameter makes its closure when the method starts, on every block, even when the
/// lambda never runs.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether every cell of a <c>|</c> row is a rule ("---", "：--："), as <c>cells.TrueForAll(IsRuleCell)</c>.</summary>
    private static bool AllRuleCells(string text, List<(int Start, int End)> cells)
    {
        foreach (var cell in cells)
        {
            if (!IsRuleCell(text, cell))
            {
                return false;
            }
        }

        return true;
    }
}
