namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a <see cref="SumRelation"/> or an <see cref="InequalityRelation"/> records when its scope or its figures are absent
/// (缺数处理), normatively in <c>docs/rules/spec.md</c> §4.10.
/// </summary>
public enum AbsentFigures
{
    /// <summary>The kind's own rule (默认): §4.1 for a sum, §4.5 for an inequality.</summary>
    Default = 0,

    /// <summary>An absent scope, total, lesser or greater figure means the obligation does not arise (不适用).</summary>
    NotApplicable = 1,

    /// <summary>An absent total, lesser or greater figure means the check could not run, naming what is absent (无法检查).</summary>
    CouldNotRun = 2,
}
