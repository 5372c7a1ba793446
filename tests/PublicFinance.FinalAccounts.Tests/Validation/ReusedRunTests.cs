using System.Threading;
using System.Threading.Tasks;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The condition relations' evaluation state (named figures, resolved references, list look-ups) is kept per thread and
/// reset for every relation (session 12, issue 13). The oracle is a fresh thread, which starts with nothing kept: a
/// validation must give the same findings, coverage and missing pointers after any other validation on the same thread,
/// and after an evaluation that threw.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class ReusedRunTests
{
    [Fact]
    public void EveryCase_ValidatedAfterTheOthersOnOneThread_AsOnAFreshThread()
    {
        // The sample and every conformance case (they hold the findings of every rule) one after the other on this
        // thread, forwards and backwards, so each follows reports of other shapes; each against its own fresh thread.
        var reports = CompiledConditionTests.CaseReports.Value;
        Assert.True(reports.Count > 10);
        var fresh = reports.Select(r => OnFreshThread(() => Outcome(Validator.Default.Validate(r)))).ToList();
        for (var i = 0; i < reports.Count; i++)
        {
            Assert.Equal(fresh[i], Outcome(Validator.Default.Validate(reports[i])));
        }

        for (var i = reports.Count - 1; i >= 0; i--)
        {
            Assert.Equal(fresh[i], Outcome(Validator.Default.Validate(reports[i])));
        }
    }

    [Fact]
    public void AfterAConditionRelationThrew_TheNextValidationIsAsOnAFreshThread()
    {
        // A bound that is not a number throws the parser's exception in the middle of a run (CompiledConditionTests);
        // the run it used must go back emptied, not carry the failed relation's figures into the next one.
        var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var expected = OnFreshThread(() => Outcome(Validator.Default.Validate(report)));
        var bad = ConditionBuilder.Each("FA2101", "/**/change",
            ConditionBuilder.When(ConditionBuilder.Is("amount", ConditionTest.UpperBelow, "zero"), ConditionBuilder.Passed),
            ConditionBuilder.Otherwise(ConditionBuilder.NotApplicable));
        var throwing = new Validator([new RelationRule(RuleCatalogue.Descriptors.Single(d => d.Id == "FA2101"), [bad])]);
        Assert.Throws<FormatException>(() => throwing.Validate(report));
        Assert.Equal(expected, Outcome(Validator.Default.Validate(report)));
    }

    /// <summary>Two generated reports, one validated after the other on this thread, against a fresh thread.</summary>
    [Property(MaxTest = 60)]
    public Property SecondReport_AfterTheFirst_AsOnAFreshThread(FinalAccountsReport first, FinalAccountsReport second)
    {
        var expected = OnFreshThread(() => Outcome(Validator.Default.Validate(second)));
        Validator.Default.Validate(first);
        var actual = Outcome(Validator.Default.Validate(second));
        return (actual == expected).Label(actual);
    }

    /// <summary>Every finding with its pointers, and every rule's coverage with its missing pointers, as text.</summary>
    private static string Outcome(ValidationResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d + " " + string.Join(",", d.Pointers)))
        + "\n" + string.Join("\n", result.Coverage.Select(c =>
            $"{c.Rule.Id} {c.Passed} {c.Failed} {c.NotApplicable} {c.CouldNotRun} {string.Join(",", c.Missing)}"));

    /// <summary>Runs <paramref name="work"/> on a thread of its own (a long-running task gets a new thread: nothing kept).</summary>
    private static string OnFreshThread(Func<string> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .GetAwaiter().GetResult();
}
