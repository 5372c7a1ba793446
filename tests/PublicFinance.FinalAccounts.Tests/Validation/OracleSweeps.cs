using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The sample and generated-report loops of the tests that compare a validator path with its oracle, beside
/// <see cref="OracleComparisons"/>' loop over the conformance cases (session 18, <see cref="ScaledArithmeticTests"/>;
/// <see cref="FixedRelationsTests"/> still writes the same two loops out and can call these instead).
/// </summary>
internal static class OracleSweeps
{
    /// <summary>
    /// The six option sets an oracle comparison runs under: round-to-nearest, truncation and exact reading, each without
    /// and with verifications recorded.
    /// </summary>
    public static readonly ValidationOptions[] SixOptionSets =
    [
        .. from verifications in new[] { false, true }
           from rounding in new[] { RoundingMode.RoundToNearest, RoundingMode.Truncation, RoundingMode.Exact }
           select ValidationOptions.Default with { Rounding = rounding, RecordVerifications = verifications },
    ];

    /// <summary>
    /// Compares <paramref name="bothWays"/>' two outcomes on the sample, its shares moved and two of its amounts negated,
    /// under every option set, by the whole catalogue and without <paramref name="removed"/> (asserting they are equal).
    /// </summary>
    public static void TheSampleAndItsVariants(
        IEnumerable<ValidationOptions> options, string[] removed,
        Func<Validator, FinalAccountsReport, (string Actual, string Expected)> bothWays)
    {
        var variants = new[]
        {
            TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample),
            CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2),
        };
        foreach (var set in options)
        {
            var all = new Validator(RuleCatalogue.Rules, set);
            foreach (var validator in new[] { all, all.WithoutRules(removed) })
            {
                foreach (var report in variants)
                {
                    var (actual, expected) = bothWays(validator, report);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    /// <summary>
    /// Compares both outcomes on a generated report, its shares moved and some of its amounts negated (every
    /// <paramref name="every"/>-th one chosen by the generator), under every other option set and one chosen by it.
    /// </summary>
    public static Property GeneratedAndItsMutants(
        FinalAccountsReport report, int every, ValidationOptions[] options,
        Func<Validator, FinalAccountsReport, (string Actual, string Expected)> bothWays)
    {
        var problems = new List<string>();
        var negated = CompiledConditionTests.NegateSomeAmounts(report, (every % 4) + 1);
        foreach (var variant in new[] { report, LocatedRatioTests.MoveShares(report), negated })
        {
            foreach (var set in options.Where((_, i) => i % 2 == 0 || i == every % options.Length))
            {
                var (actual, expected) = bothWays(new Validator(RuleCatalogue.Rules, set), variant);
                if (actual != expected)
                {
                    problems.Add(actual + "\nexpected\n" + expected);
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(1)));
    }
}
