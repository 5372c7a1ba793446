namespace PublicFinance.FinalAccounts.Validation.Conformance;

/// <summary>One case of a conformance suite (一致性测试用例) as listed in its manifest.</summary>
public sealed record ConformanceCase
{
    /// <summary>The case file, relative to the suite directory with '/' separators (cases/FA0101-income-total.json).</summary>
    public required string File { get; init; }

    /// <summary>
    /// The rules whose behaviour the case exercises; an implementation of some rules runs the cases whose scope meets them.
    /// </summary>
    public required IReadOnlyList<string> Scope { get; init; }

    /// <summary>Whether every implementation must pass the case (必选); false for cases that need an optional feature.</summary>
    public required bool Required { get; init; }

    /// <summary>
    /// The optional features the case needs (rounding:truncation, previousReport, catalogue …); empty for required cases.
    /// </summary>
    public required IReadOnlyList<string> Features { get; init; }
}
