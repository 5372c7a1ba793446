using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A relation's generated walk (生成的类型化遍历; <see cref="CompiledSums"/>, <see cref="CompiledChecks"/>): true when it
/// recorded the relation's every outcome; false when it recorded nothing and the interpreter is to evaluate the relation.
/// </summary>
/// <param name="context">The rule's context.</param>
/// <param name="report">The report the context's facts index.</param>
/// <returns>Whether the relation was evaluated here.</returns>
internal delegate bool CompiledWalker(ValidationContext context, FinalAccountsReport report);
