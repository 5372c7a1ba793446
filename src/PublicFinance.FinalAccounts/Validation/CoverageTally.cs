namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The coverage of one validation kept as counts (覆盖情况计数; session 35): per rule, in the rules' order, its four counts
/// and its missing pointers in one flat array. The public <see cref="RuleCoverage"/> values are made from it once, when a
/// caller first reads <see cref="ValidationResult.Coverage"/> — not a record and a list copy per rule of every validation.
/// Filled by the validator while it runs (one rule after another), then only read.
/// </summary>
internal sealed class CoverageTally
{
    private readonly RuleDescriptor[] rules;
    // Per rule i: counts[4i..4i+3] = passed, failed, not applicable, could not run.
    private readonly int[] counts;
    // Rule i's missing pointers are missing[missingStart[i]..missingStart[i + 1]).
    private readonly int[] missingStart;
    private string[] missing = [];
    private int missingCount;

    /// <summary>A tally for the rules of one validation.</summary>
    /// <param name="rules">The rules' descriptors in the validator's order (kept, not copied: the validator's own array).</param>
    public CoverageTally(RuleDescriptor[] rules)
    {
        this.rules = rules;
        counts = new int[rules.Length * 4];
        missingStart = new int[rules.Length + 1];
    }

    /// <summary>Records rule <paramref name="rule"/>'s counts and missing pointers (rules recorded in order, each once).</summary>
    /// <param name="rule">The rule's position.</param>
    /// <param name="passed">Checks that held.</param>
    /// <param name="failed">Checks that failed.</param>
    /// <param name="notApplicable">Checks that did not apply.</param>
    /// <param name="couldNotRun">Checks that lacked data.</param>
    /// <param name="missingPointers">The rule's missing pointers (distinct, at most a few).</param>
    /// <param name="missingPointerCount">How many of <paramref name="missingPointers"/> are used.</param>
    public void Record(
        int rule, int passed, int failed, int notApplicable, int couldNotRun, string[]? missingPointers, int missingPointerCount)
    {
        var at = rule * 4;
        counts[at] = passed;
        counts[at + 1] = failed;
        counts[at + 2] = notApplicable;
        counts[at + 3] = couldNotRun;
        missingStart[rule] = missingCount;
        if (missingPointerCount > 0)
        {
            if (missingCount + missingPointerCount > missing.Length)
            {
                Array.Resize(ref missing, Math.Max(missing.Length * 2, missingCount + Math.Max(missingPointerCount, 32)));
            }

            Array.Copy(missingPointers!, 0, missing, missingCount, missingPointerCount);
            missingCount += missingPointerCount;
        }

        missingStart[rule + 1] = missingCount;
    }

    /// <summary>The public coverage, one entry per rule in the rules' order — what the validator built per rule before.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<RuleCoverage> Build()
    {
        var entries = new RuleCoverage[rules.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var at = i * 4;
            var from = missingStart[i];
            var count = missingStart[i + 1] - from;
            entries[i] = new RuleCoverage
            {
                Rule = rules[i], Passed = counts[at], Failed = counts[at + 1], NotApplicable = counts[at + 2],
                CouldNotRun = counts[at + 3],
                Missing = count == 0 ? ValueList.Empty<string>() : new ArraySegment<string>(missing, from, count),
            };
        }

        return ValueList.From(entries);
    }
}
