namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A relative reference's step through the typed model (类型化的引用步骤; session 25): for one record type the contract's
/// getter of the step's member there (null when the type has no such member), kept on the reference (<see
/// cref="ConditionReference.Getters"/>) in a short chain, one link per record type met (a step such as <c>../amount</c> is
/// taken from the several record types that hold the anchor).
/// </summary>
/// <param name="Type">The record's runtime type.</param>
/// <param name="Get">The contract's getter of the member (boxing as the index's walk reads it), or null when none.</param>
/// <param name="Next">The step's link for another record type, or null.</param>
internal sealed record TypedStep(Type Type, Func<object, object?>? Get, TypedStep? Next);
