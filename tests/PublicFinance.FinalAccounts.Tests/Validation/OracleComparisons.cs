using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The loops the tests of a validator path against its oracle share (<see cref="ConditionDelegatesTests"/>,
/// <see cref="FixedRelationsTests"/>): every conformance case and its variants (shares moved, some amounts negated) under
/// every option set, each compared both ways.
/// </summary>
internal static class OracleComparisons
{
    /// <summary>
    /// Compares <paramref name="bothWays"/>' two outcomes on every case and variant under every option set (asserting they
    /// are equal); returns how many compared outcomes held an Error, so that a test can require that failing checks were
    /// compared too.
    /// </summary>
    public static int EveryCaseAndItsVariants(
        IEnumerable<ValidationOptions> options, Func<Validator, FinalAccountsReport, (string Actual, string Expected)> bothWays)
    {
        var failures = 0;
        foreach (var report in CompiledConditionTests.CaseReports.Value)
        {
            var variants = new[] { report, LocatedRatioTests.MoveShares(report), CompiledConditionTests.NegateSomeAmounts(report, 3) };
            foreach (var variant in variants)
            {
                foreach (var set in options)
                {
                    var (actual, expected) = bothWays(new Validator(RuleCatalogue.Rules, set), variant);
                    Assert.Equal(expected, actual);
                    failures += actual.Contains("Error", StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        return failures;
    }
}
