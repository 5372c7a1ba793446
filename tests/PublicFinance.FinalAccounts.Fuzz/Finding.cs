namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>A property that failed on an input.</summary>
/// <param name="Signature">What failed, stable across inputs (target, property, exception type): minimisation keeps it.</param>
/// <param name="Message">The details.</param>
/// <param name="Known">True for a defect of issue 14 owned by other work (reader, CLI) and not yet fixed.</param>
internal sealed record Finding(string Signature, string Message, bool Known = false);
