using System.Threading;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 23 (issue 13): the validator's fixed work cut. A condition relation's run (kept per thread and reused by every
/// relation of every validation) no longer clears its slots when it is rented or for each anchor — a slot is current when
/// its stamp equals the run's decision or evaluation counter, which only grow — and makes the plan's delegates only when a
/// case is decided without a generated decider; the validator works out which rules share a context and their
/// descriptors once. The oracle is a run that has never been used: the same report validated on a new thread (a fresh
/// [ThreadStatic] run) must give byte-identical outcomes to a validation on a thread whose run has just evaluated other
/// reports, other rule sets and other option sets — a stale stamp would leak a named figure, an absolute or a relative
/// reference from one anchor, relation or report into the next.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class ValidatorFixedWorkTests
{
    /// <summary>The paths a run decides by: generated deciders, the plan's delegates (made lazily), the interpreter.</summary>
    private static readonly ValidationOptions[] Paths =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { CompiledRelations = false },
        ValidationOptions.Default with { CompiledRelations = false, ConditionDelegates = false },
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation, RecordVerifications = true },
    ];

    [Fact]
    public void TheSample_AfterOtherReportsOnTheSameThread_AsOnAFreshThread()
    {
        // The variants differ in the figures the condition relations read (shares moved, amounts negated), so a value
        // kept from the previous report's anchors would change an outcome of the next.
        var reports = new[]
        {
            TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample),
            CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2),
        };
        foreach (var options in Paths)
        {
            var validator = new Validator(RuleCatalogue.Rules, options);
            var fresh = reports.Select(r => OnFreshThread(validator, r)).ToArray();
            // The fresh outcomes differ between the variants (else the comparison below could not see a leak).
            Assert.Equal(reports.Length, fresh.Distinct().Count());
            // Every order of the three on one thread, twice round, with a validator of fewer rules in between (its
            // relations leave the run's slots at other lengths).
            var partial = validator.WithoutRules("FA2101", "FA2104", "FA2009");
            for (var round = 0; round < 2; round++)
            {
                foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 0, 2] })
                {
                    foreach (var i in order)
                    {
                        partial.Validate(reports[(i + 1) % reports.Length]);
                        Assert.Equal(fresh[i], LocatedRatioTests.Outcome(validator.Validate(reports[i])));
                    }
                }
            }
        }
    }

    [Property(MaxTest = 40)]
    public Property GeneratedReports_AfterAnother_AsOnAFreshThread(FinalAccountsReport first, FinalAccountsReport second, PositiveInt pick)
    {
        // The second report validated right after the first (and after its mutant) on one thread, against the second
        // alone on a new thread, under one of the four paths chosen by the generator.
        var validator = new Validator(RuleCatalogue.Rules, Paths[pick.Get % Paths.Length]);
        var expected = OnFreshThread(validator, second);
        validator.Validate(first);
        validator.Validate(CompiledConditionTests.NegateSomeAmounts(first, (pick.Get % 3) + 1));
        var actual = LocatedRatioTests.Outcome(validator.Validate(second));
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Fact]
    public void WithOptions_SharesTheRulesDescription_AndValidatesAsANewValidator()
    {
        // WithOptions reuses the rules, their relations and (since session 23) which of them share a context and their
        // descriptors; a validator built anew with the same options must validate identically, coverage in id order.
        var options = ValidationOptions.Default with { Rounding = RoundingMode.Exact, RecordVerifications = true };
        var shared = Validator.Default.WithoutRules("FA2104").WithOptions(options);
        var built = new Validator(RuleCatalogue.Rules.Where(r => r.Descriptor.Id != "FA2104"), options);
        var result = shared.Validate(TestReports.Sample);
        Assert.Equal(LocatedRatioTests.Outcome(built.Validate(TestReports.Sample)), LocatedRatioTests.Outcome(result));
        Assert.Equal(shared.Rules.Select(r => r.Descriptor.Id), result.Coverage.Select(c => c.Rule.Id));
        Assert.DoesNotContain(result.Coverage, c => c.Rule.Id == "FA2104");
    }

    [Fact]
    public void Coverage_WithNothingMissing_HasAnEmptyList_AndMissingPointersStayListed()
    {
        // The coverage keeps the shared empty list when a rule missed nothing (session 23) and the context's list
        // otherwise: a rule with no "could not run" lists no pointer, and every listed pointer is a JSON Pointer.
        var result = Validator.Default.Validate(TestReports.Sample);
        Assert.All(result.Coverage, c =>
        {
            if (c.CouldNotRun == 0)
            {
                Assert.Empty(c.Missing);
            }

            Assert.All(c.Missing, m => Assert.True(m.Length == 0 || m[0] == '/', m));
        });
        // The sample has rules that could not run somewhere (absent optional figures), each naming what it missed.
        Assert.Contains(result.Coverage, c => c.CouldNotRun > 0 && c.Missing.Count > 0);
    }

    /// <summary>The outcome of a validation on a new thread, whose condition-relation run has never been used.</summary>
    private static string OnFreshThread(Validator validator, FinalAccountsReport report)
    {
        string? outcome = null;
        var thread = new Thread(() => outcome = LocatedRatioTests.Outcome(validator.Validate(report)));
        thread.Start();
        thread.Join();
        return outcome!;
    }
}
