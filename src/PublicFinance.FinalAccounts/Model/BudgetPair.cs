namespace PublicFinance.FinalAccounts.Model;

/// <summary>
/// A figure's two budget comparisons (两种预算口径; schema 1.6): the first stated (<c>Budget</c>) and the second
/// (<c>SecondBudget</c>), which must be of different bases, 年初预算 and 全年预算 (调整预算). Held as one value by
/// <see cref="StatedFigure"/>, <see cref="Narrative.OverallStatement"/> and <see cref="Narrative.AppropriationStatement"/>,
/// whose init accessors set its members.
/// </summary>
/// <remarks>
/// A pair of the same basis is refused when both members are assigned to the same instance (an object initializer, the
/// JSON reader, or both members of a <c>with</c>). In a <c>with</c>, a member still holding the value copied from the
/// original is stale: assigning the other member a comparison of that basis moves the assigned member's previous value
/// into it, so <c>x with { Budget = x.SecondBudget, SecondBudget = x.Budget }</c> swaps the two and
/// <c>x with { Budget = y }</c> keeps the comparison of the other basis. Equality compares the two comparisons only.
/// </remarks>
internal readonly struct BudgetPair : IEquatable<BudgetPair>
{
    private readonly object? firstSetBy;
    private readonly object? secondSetBy;

    private BudgetPair(BudgetComparison? first, BudgetComparison? second, object? firstSetBy, object? secondSetBy)
    {
        First = first;
        Second = second;
        this.firstSetBy = firstSetBy;
        this.secondSetBy = secondSetBy;
    }

    /// <summary>The first stated comparison (<c>Budget</c>), or null.</summary>
    public BudgetComparison? First { get; }

    /// <summary>The comparison with the other basis (<c>SecondBudget</c>), or null.</summary>
    public BudgetComparison? Second { get; }

    /// <summary>The pair with <see cref="First"/> assigned by <paramref name="owner"/>.</summary>
    /// <param name="value">The comparison.</param>
    /// <param name="owner">The instance whose init accessor assigns it.</param>
    /// <param name="member">The member's name, for the exception.</param>
    /// <returns>The new pair.</returns>
    /// <exception cref="ArgumentException"><see cref="Second"/> was assigned by the same instance and is of the same basis.</exception>
    public BudgetPair WithFirst(BudgetComparison? value, object owner, string member)
    {
        var second = Second;
        if (SameBasis(value, second))
        {
            second = ReferenceEquals(secondSetBy, owner) ? throw new ArgumentException(Messages.BudgetBasesSame, member) : First;
        }

        return new BudgetPair(value, second, owner, secondSetBy);
    }

    /// <summary>The pair with <see cref="Second"/> assigned by <paramref name="owner"/>.</summary>
    /// <param name="value">The comparison.</param>
    /// <param name="owner">The instance whose init accessor assigns it.</param>
    /// <param name="member">The member's name, for the exception.</param>
    /// <returns>The new pair.</returns>
    /// <exception cref="ArgumentException"><see cref="First"/> was assigned by the same instance and is of the same basis.</exception>
    public BudgetPair WithSecond(BudgetComparison? value, object owner, string member)
    {
        var first = First;
        if (SameBasis(value, first))
        {
            first = ReferenceEquals(firstSetBy, owner) ? throw new ArgumentException(Messages.BudgetBasesSame, member) : Second;
        }

        return new BudgetPair(first, value, firstSetBy, owner);
    }

    /// <inheritdoc/>
    public bool Equals(BudgetPair other) => Equals(First, other.First) && Equals(Second, other.Second);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetPair other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((First?.GetHashCode() ?? 0) * 397) ^ (Second?.GetHashCode() ?? 0);

    private static bool SameBasis(BudgetComparison? value, BudgetComparison? other) =>
        value is not null && other is not null && value.Kind == other.Kind;
}
