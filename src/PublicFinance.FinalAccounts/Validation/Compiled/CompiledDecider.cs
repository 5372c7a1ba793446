namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation's cases as typed code generated from its data (条件检查的生成判定): given the anchor's value (the
/// model record the anchor's node holds), the number of the first case whose condition holds; <see
/// cref="CompiledRelations.NoCase"/> when none does (not applicable); <see cref="CompiledRelations.Interpret"/> when the
/// value is not of the type the code was generated for (the interpreter then decides that anchor).
/// </summary>
/// <param name="anchor">The value of the anchor's node.</param>
/// <param name="leaves">The interpreter, for the leaves the generator left to it.</param>
/// <returns>A case number, <see cref="CompiledRelations.NoCase"/> or <see cref="CompiledRelations.Interpret"/>.</returns>
internal delegate int CompiledDecider(object anchor, IConditionLeaves leaves);
