namespace PublicFinance.FinalAccounts.Model;

/// <summary>
/// The rule of a figure's two budget comparisons (两种预算口径; schema 1.6): the first stated (<c>Budget</c>) and the second
/// (<c>SecondBudget</c>) are of different bases, 年初预算 and 全年预算 (调整预算). Checked by whichever of the two is set last.
/// </summary>
internal static class BudgetBases
{
    /// <summary>Returns <paramref name="value"/> when its basis differs from <paramref name="other"/>'s (or either is null).</summary>
    /// <param name="value">The comparison being set.</param>
    /// <param name="other">The figure's other comparison, or null.</param>
    /// <param name="member">The member being set, for the exception.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentException">Both comparisons are of the same <see cref="BudgetKind"/>.</exception>
    public static BudgetComparison? Checked(BudgetComparison? value, BudgetComparison? other, string member)
        => value is not null && other is not null && value.Kind == other.Kind
            ? throw new ArgumentException(Messages.BudgetBasesSame, member)
            : value;
}
