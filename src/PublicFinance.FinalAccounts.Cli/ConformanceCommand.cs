using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Conformance;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary><c>finacct conformance DIR</c>: runs the conformance suite in DIR (docs/conformance) through the validator.</summary>
internal static class ConformanceCommand
{
    /// <summary>Runs the suite and prints one line per failed case with its differences, then a summary.</summary>
    /// <param name="directory">The suite directory (holding manifest.json).</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where a bad suite is reported.</param>
    /// <returns>0 when every case passed, 1 when some failed, 2 when the suite cannot be loaded.</returns>
    public static int Run(string directory, TextWriter stdout, TextWriter stderr)
    {
        ConformanceRun run;
        ConformanceSuite suite;
        try
        {
            suite = ConformanceSuite.Load(directory);
            run = suite.Run(Validator.Default);
        }
        catch (ConformanceSuiteException ex)
        {
            stderr.WriteLine("finacct conformance: " + ex.Message);
            return 2;
        }

        foreach (var result in run.Results)
        {
            if (result.Ran && !result.Passed)
            {
                stdout.WriteLine("FAIL " + result.Case.File);
                foreach (var difference in result.Differences)
                {
                    stdout.WriteLine("  " + difference);
                }
            }
        }

        stdout.WriteLine(CliMessages.ConformanceSummary(
            suite.SuiteVersion, suite.SchemaVersion, suite.RulesVersion, run.PassedCount, run.FailedCount, run.SkippedCount));
        return run.AllPassed ? 0 : 1;
    }
}
