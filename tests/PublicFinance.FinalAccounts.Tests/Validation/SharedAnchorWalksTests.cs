using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 27 (issue 13): the condition relations over one <c>/**/name</c> template (<c>/**/change</c>, <c>/**/budget</c>,
/// <c>/**/secondBudget</c>) share one walk per validation (<see cref="AnchorTraces"/>): the first relation's complete walk is
/// recorded and the others replay it. A rule alone walks for itself; the rules together share — so each rule's findings,
/// checks and coverage together must be exactly those it gives alone, on the sample, its variants and generated reports
/// validated one after another on one thread (a trace left over from another report would show here).
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class SharedAnchorWalksTests
{
    [Fact]
    public void TheCatalogue_WalksEachTemplateOnce_AndReplaysTheRest()
    {
        // The 27 relations over /**/change (7), /**/budget (10) and /**/secondBudget (10) with a walk: on the sample the
        // catalogue builds no index (session 25), so each is decided typed — three walks run (one per template, each to its
        // end: the sample has no anchor of another type), the other 24 relations replay, and a relation that records in a
        // second pass replays again. A second validation records its own traces: three walks again.
        Assert.Equal(27, SharedRelations().Count);
        foreach (var round in new[] { 1, 2 })
        {
            var (walks, replays) = (TypedAnchorRun.SharedWalksOnThread, TypedAnchorRun.ReplaysOnThread);
            Validator.Default.Validate(TestReports.Sample);
            Assert.True(3 == TypedAnchorRun.SharedWalksOnThread - walks, $"round {round}");
            Assert.True(TypedAnchorRun.ReplaysOnThread - replays >= 24, $"round {round}");
        }
    }

    [Fact]
    public void ARuleAlone_AsTogether_OnTheSampleAndVariants()
    {
        var variants = new[]
        {
            TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample),
            CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2),
            CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 3),
        };
        foreach (var options in OracleSweeps.SixOptionSets)
        {
            foreach (var report in variants)
            {
                AloneAsTogether(new Validator(RuleCatalogue.Rules, options), report);
            }
        }
    }

    [Property(MaxTest = 60)]
    public void GeneratedReports_ARuleAlone_AsTogether(FinalAccountsReport first, FinalAccountsReport second)
    {
        // Two reports one after the other on the same thread: the second's shared walks must not see the first's traces.
        AloneAsTogether(Validator.Default, first);
        AloneAsTogether(Validator.Default, second);
    }

    /// <summary>The catalogue's condition relations over a <c>/**/name</c> template that have a generated walk.</summary>
    private static List<ConditionRelation> SharedRelations() =>
        [.. RuleCatalogue.Relations.OfType<ConditionRelation>().Where(r =>
        {
            var plan = ConditionPlan.Of(r);
            return plan.AnyDepth && !plan.AmountsOnly && plan.AnyDepthName is not null && plan.TypedAnchors is not null;
        })];

    /// <summary>
    /// The rules with a shared relation, validated together (sharing their walks) and each alone (walking for itself): the
    /// together run's findings, verifications and coverage are the alone runs' in rule order (a validation lists its rules'
    /// results in id order).
    /// </summary>
    private static void AloneAsTogether(Validator all, FinalAccountsReport report)
    {
        var ids = SharedRelations().Select(r => r.RuleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var together = all.WithRules(ids).Validate(report);
        var alone = ids.Select(id => all.WithRules(id).Validate(report)).ToList();
        var merged = new ValidationResult
        {
            Diagnostics = [.. alone.SelectMany(r => r.Diagnostics)],
            Verifications = [.. alone.SelectMany(r => r.Verifications)],
            Coverage = [.. alone.SelectMany(r => r.Coverage)],
        };
        Assert.Equal(LocatedRatioTests.Outcome(merged), LocatedRatioTests.Outcome(together));
    }
}
