namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation's ratio cases read as typed code generated from its data (比率检查的类型化读取; session 35): for the
/// case <paramref name="chosen"/> that its decider chose, the stated percentage, the numerator's value and the denominator
/// read as the model's typed members — what the typed run's general reads (<c>TryPercent</c>, <c>CombineValue</c>,
/// <c>Combine</c> through <c>Resolve</c> and the contract's getters) give its first test, without boxing or a step walk.
/// </summary>
/// <param name="anchor">The anchor's value.</param>
/// <param name="parent">The value of the record that holds the anchor (a named figure's <c>../</c> candidates).</param>
/// <param name="chosen">The case the decider chose (its outcome a ratio).</param>
/// <param name="mode">The run's rounding mode (the figures' intervals are worked out under it).</param>
/// <param name="reads">The figures read, when the answer is <see cref="CompiledRelations.RatioRead"/>.</param>
/// <returns>
/// <see cref="CompiledRelations.RatioRead"/>, <see cref="CompiledRelations.RatioNoPercent"/> (no stated percentage),
/// <see cref="CompiledRelations.RatioMissing"/> (a term without a figure) or <see cref="CompiledRelations.RatioInterpret"/>
/// (a case, an anchor or a parent the code was not generated for: the general reads decide).
/// </returns>
internal delegate int CompiledRatio(object anchor, object? parent, int chosen, RoundingMode mode, out RatioReads reads);
