namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The interpreter's side of a generated decider (条件叶的解释求值): the leaves of a condition relation's cases that the
/// generator did not turn into typed code (a named figure, a step up to the parent, an interval test …) are decided by the
/// interpreter for the anchor being decided, numbered as <see cref="ConditionPlan.Leaves"/> numbers them.
/// </summary>
internal interface IConditionLeaves
{
    /// <summary>Whether the leaf numbered <paramref name="leaf"/> holds at the current anchor (the interpreter's test).</summary>
    /// <param name="leaf">The leaf's number in <see cref="ConditionPlan.Leaves"/>.</param>
    /// <returns>The interpreter's answer.</returns>
    bool Holds(int leaf);

    /// <summary>
    /// The value of the current anchor's parent node (the record that holds it, for a named figure's <c>../</c> candidates),
    /// or null when the parent holds no value.
    /// </summary>
    object? Parent { get; }

    /// <summary>
    /// The value of the index's root — the report (报告根) — from which a generated decider reads the figures an absolute
    /// pointer names (session 22).
    /// </summary>
    object? Root { get; }

    /// <summary>The run's unit type (单位类型; the <c>unitType</c> option a condition tests), as the interpreter reads it.</summary>
    UnitType UnitType { get; }

    /// <summary>The run's input scope, <c>Auto</c> resolved (输入范围; the <c>scope</c> option a condition tests).</summary>
    InputScope Scope { get; }

    /// <summary>The interval an amount stands for under the run's rounding mode (as the interval tests read a figure).</summary>
    /// <param name="amount">An amount of the anchor's record.</param>
    /// <returns>Its interval (<see cref="ValidationContext.Range(Amount)"/>).</returns>
    DecimalInterval Range(Amount amount);

    /// <summary>The interval a quantity stands for under the run's rounding mode.</summary>
    /// <param name="quantity">A quantity of the anchor's record.</param>
    /// <returns>Its interval (<see cref="ValidationContext.Range(Quantity)"/>).</returns>
    DecimalInterval Range(Quantity quantity);

    /// <summary>The interval a stated percentage stands for (its own precision).</summary>
    /// <param name="percent">A percentage of the anchor's record.</param>
    /// <returns>Its interval (<see cref="ValidationContext.Range(Percent)"/>).</returns>
    DecimalInterval Range(Percent percent);

    /// <summary>The interval of a count: the count itself (an exact figure).</summary>
    /// <param name="count">A count of the anchor's record.</param>
    /// <returns>The one-point interval.</returns>
    DecimalInterval Range(int count);
}
