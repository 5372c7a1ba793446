using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 24 (issue 13): a condition relation's anchors walked typed (<c>CompiledRelations.g.cs</c>, <c>name_A</c>) and
/// decided by its generated decider without the fact index when every anchor's case only counts (<see
/// cref="TypedAnchorRun"/>); anything else records nothing and the interpreter evaluates the relation over the index. The
/// oracle is the interpreter (<c>CompiledRelations = false</c>): identical findings, order, locations and coverage.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class TypedAnchorsTests
{
    private static readonly ValidationOptions Interpreter = ValidationOptions.Default with { CompiledRelations = false };

    [Fact]
    public void EveryDeciderWithoutAnyDepth_HasAWalk()
    {
        // 83 condition relations have a decider; 18 are anchored at any depth (10 /**/budget, 7 /**/change, FA6001's /**),
        // found by the index's type chains: the other 65 — the root (22) and templates of members and lists — have a walk.
        var relations = RuleCatalogue.Relations.OfType<ConditionRelation>().Where(r => ConditionPlan.Of(r).Decider is not null).ToList();
        Assert.Equal(83, relations.Count);
        Assert.Equal(18, relations.Count(r => r.For.StartsWith("/**", StringComparison.Ordinal)));
        foreach (var relation in relations)
        {
            var walk = ConditionPlan.Of(relation).TypedAnchors;
            Assert.Equal(!relation.For.StartsWith("/**", StringComparison.Ordinal), walk is not null);
        }
    }

    [Fact]
    public void TheSampleAndVariants_AsTheInterpreter() =>
        // The whole catalogue and the catalogue without the rules whose anchors are walked most (FA1013's rows, the shares
        // of FA2201–FA2207), under six option sets: typed anchors on (default) against the interpreter.
        OracleSweeps.TheSampleAndItsVariants(
            OracleSweeps.SixOptionSets, ["FA1013", "FA2201", "FA2205"],
            (validator, report) => (
                LocatedRatioTests.Outcome(validator.Validate(report)),
                LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = false }).Validate(report))));

    [Property(MaxTest = 40)]
    public Property GeneratedReports_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(
            report, every.Get, OracleSweeps.SixOptionSets,
            (validator, r) => (
                LocatedRatioTests.Outcome(validator.Validate(r)),
                LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = false }).Validate(r))));

    [Fact]
    public void EmptyRows_DecidedWithoutTheIndex()
    {
        // FA1013: the root relation asks for table 6 and the 三公 table's final column (could not run without either, else
        // nothing); four relations over /tables/basicExpenditure/rows/*. With both tables present and no rows every
        // relation only counts (the root: nothing; the rows: no anchor), so the index is never built. Without the final
        // column the root's case is "could not run", whose location the interpreter writes: one index, built by it.
        var both = WithTables(new ThreePublicTable { Final = new ThreePublicColumns() });
        var noFinal = WithTables(new ThreePublicTable());
        var validator = Validator.Default.WithRules("FA1013");
        foreach (var (report, builds) in new[] { (both, 0), (noFinal, 1) })
        {
            var before = LazyFacts.BuiltOnThread;
            var typed = LocatedRatioTests.Outcome(validator.Validate(report));
            Assert.Equal(builds, LazyFacts.BuiltOnThread - before);
            Assert.Equal(LocatedRatioTests.Outcome(validator.WithOptions(Interpreter).Validate(report)), typed);
        }

        // The interpreter's outcome for the second: one could-not-run at the final column.
        var coverage = Assert.Single(validator.Validate(noFinal).Coverage);
        Assert.Equal(1, coverage.CouldNotRun);
        Assert.Equal(["/tables/threePublic/final"], coverage.Missing);
    }

    private static FinalAccountsReport WithTables(ThreePublicTable threePublic) => TestReports.Sample with
    {
        Tables = new DisclosureTables { BasicExpenditure = new BasicExpenditureTable(), ThreePublic = threePublic },
    };
}
