using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation's anchors as a typed walk of the model (锚点的类型化遍历; session 24), generated from its template
/// and the contract's shapes beside its decider (<see cref="CompiledRelations"/>): every anchor's value and the value of the
/// record or list that holds it, in document order, handed to <see cref="TypedAnchorRun.Decide"/> — no fact index.
/// </summary>
/// <param name="report">The report (the template's root).</param>
/// <param name="anchors">Decides each anchor; false stops the walk.</param>
/// <returns>
/// True when every anchor was decided; false when a part of the template is absent (null) — the interpreter then records
/// what <c>whenAbsent</c> says, with its location — or when <paramref name="anchors"/> stopped the walk.
/// </returns>
internal delegate bool CompiledAnchors(FinalAccountsReport report, TypedAnchorRun anchors);
