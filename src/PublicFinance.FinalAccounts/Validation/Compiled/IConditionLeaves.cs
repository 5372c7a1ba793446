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
}
