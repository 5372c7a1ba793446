using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Sessions 24–25 (issue 13): a condition relation's anchors walked typed (<c>CompiledRelations.g.cs</c>, <c>name_A</c>,
/// <c>/**/name</c> and every amount included) and decided by its generated decider without the fact index (<see
/// cref="TypedAnchorRun"/>): counts, checks settled by their printed values, and — in a second pass — findings, checks and
/// could-not-run entries with pointers written from the walk's path; a leaf handed back, an anchor of another type or an
/// absent place the walk cannot place leaves the relation to the interpreter. The oracle is the interpreter
/// (<c>CompiledRelations = false</c>): identical findings, order, locations and coverage.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class TypedAnchorsTests
{
    private static readonly ValidationOptions Interpreter = ValidationOptions.Default with { CompiledRelations = false };

    [Fact]
    public void EveryDecider_HasAWalk()
    {
        // 107 condition relations have a decider (session 33: FA1208's 财政拨款 = 一般公共预算 + funds, at the root; session 36:
        // FA2208's six rates over the 三公 table; session 41: FA2007's three fund-part shares of 财政拨款本年收入; session 46:
        // FA2009's zero base of FA2011's four shares of the basic expenditure).
        // Session 24 walked the 65 whose template has no ** (22 at the root, 43 over
        // members and lists); session 25 adds the 18 anchored at any depth: 10 /**/budget and 7 /**/change (the members so
        // named that hold a record, walked through every record type that can reach one) and FA6001's /** (every amount);
        // session 26 the 10 over /**/secondBudget (schema 1.6: the same budget relations on a figure's second basis).
        var relations = RuleCatalogue.Relations.OfType<ConditionRelation>().Where(r => ConditionPlan.Of(r).Decider is not null).ToList();
        Assert.Equal(107, relations.Count);
        Assert.Equal(28, relations.Count(r => r.For.StartsWith("/**", StringComparison.Ordinal)));
        Assert.All(relations, r => Assert.NotNull(ConditionPlan.Of(r).TypedAnchors));
    }

    [Fact]
    public void TheConditionRulesAlone_BuildNoIndex_OnTheSampleAndVariants()
    {
        // Counted, not timed (LazyFacts.BuiltOnThread): each of the 29 rules made only of condition relations, alone and all
        // together, on the sample, its shares moved (ratio and share findings) and some amounts negated (sign findings),
        // under the six option sets (verifications recorded, truncation, values first off …). None of these has a table
        // declared empty or a 三公 table (whose budget row is of another type), so every relation is decided typed: no
        // index is built. The findings are the interpreter's (the sweeps below).
        var rules = ConditionRules();
        Assert.Equal(29, rules.Length);
        var variants = new[]
        {
            TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample),
            CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2),
        };
        foreach (var options in OracleSweeps.SixOptionSets)
        {
            var all = new Validator(RuleCatalogue.Rules, options);
            foreach (var report in variants)
            {
                foreach (var validator in rules.Select(id => all.WithRules(id)).Append(all.WithRules(rules)))
                {
                    var before = LazyFacts.BuiltOnThread;
                    validator.Validate(report);
                    Assert.True(
                        before == LazyFacts.BuiltOnThread,
                        $"{string.Join(' ', validator.Rules.Select(r => r.Descriptor.Id))} built the index ({options})");
                }
            }
        }
    }

    [Fact]
    public void AChangeWithAWrongRate_RecordedTyped_AsTheInterpreter()
    {
        // The sample's overall change: a decrease of 23053.86 at 86.32 % (the current total beside it is 3653.30, so the
        // prior year was 26707.16 and 23053.86 / 26707.16 = 86.32 %). Stated at 50.00 % the ratio of FA2104 fails: the typed
        // run records it in its second pass with the interpreter's message and pointers — the rate first — and no index.
        var overall = TestReports.Sample.Narrative!.Overall!;
        var wrong = WithOverallChange(overall.Change! with { Rate = Percent.Parse("50.00") });
        var validator = Validator.Default.WithRules("FA2104");
        var before = LazyFacts.BuiltOnThread;
        var result = validator.Validate(wrong);
        Assert.Equal(before, LazyFacts.BuiltOnThread);
        var finding = Assert.Single(result.Diagnostics, d => d.Pointers.Contains("/narrative/overall/change/rate"));
        Assert.Equal("/narrative/overall/change/rate", finding.Pointers[0]);
        Assert.Equal(LocatedRatioTests.Outcome(validator.WithOptions(Interpreter).Validate(wrong)), LocatedRatioTests.Outcome(result));
    }

    [Fact]
    public void AChangeWithoutAmounts_CouldNotRun_AsTheInterpreter()
    {
        // Without its amount and without a prior-year amount the change has nothing to compute its rate from: FA2104's third
        // case, could not run at "amount" below the anchor — a relative place written from the typed path.
        var overall = TestReports.Sample.Narrative!.Overall!;
        var bare = WithOverallChange(overall.Change! with { Amount = null, PriorYearAmount = null });
        var validator = Validator.Default.WithRules("FA2104");
        var before = LazyFacts.BuiltOnThread;
        var coverage = Assert.Single(validator.Validate(bare).Coverage);
        Assert.Equal(before, LazyFacts.BuiltOnThread);
        Assert.Contains("/narrative/overall/change/amount", coverage.Missing);
        Assert.Equal(
            LocatedRatioTests.Outcome(validator.WithOptions(Interpreter).Validate(bare)),
            LocatedRatioTests.Outcome(validator.Validate(bare)));
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

    [Fact]
    public void TheConditionRulesAlone_AsTheInterpreter() =>
        // In the whole catalogue a relation after the first rule that builds the index is decided by the interpreter
        // (session 25); the condition rules alone never build it, so every relation here takes the typed run: against the
        // interpreter on the sample and its variants under six option sets.
        OracleSweeps.TheSampleAndItsVariants(
            OracleSweeps.SixOptionSets, [.. RuleCatalogue.Rules.Select(r => r.Descriptor.Id).Except(ConditionRules())],
            (validator, report) => (
                LocatedRatioTests.Outcome(validator.WithRules(ConditionRules()).Validate(report)),
                LocatedRatioTests.Outcome(
                    validator.WithRules(ConditionRules()).WithOptions(validator.Options with { CompiledRelations = false })
                        .Validate(report))));

    [Property(MaxTest = 40)]
    public Property GeneratedReports_ConditionRulesAlone_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(
            report, every.Get, OracleSweeps.SixOptionSets,
            (validator, r) => (
                LocatedRatioTests.Outcome(validator.WithRules(ConditionRules()).Validate(r)),
                LocatedRatioTests.Outcome(
                    validator.WithRules(ConditionRules()).WithOptions(validator.Options with { CompiledRelations = false }).Validate(r))));

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
        // column the root's case is "could not run" at an absolute pointer, which the typed run writes as the interpreter
        // does (session 25): no index either.
        var both = WithTables(new ThreePublicTable { Final = new ThreePublicColumns() });
        var noFinal = WithTables(new ThreePublicTable());
        var validator = Validator.Default.WithRules("FA1013");
        foreach (var (report, builds) in new[] { (both, 0), (noFinal, 0) })
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

    /// <summary>The ids of the catalogue's rules made only of condition relations.</summary>
    internal static string[] ConditionRules() =>
        [.. RuleCatalogue.Relations.GroupBy(r => r.RuleId).Where(g => g.All(r => r is ConditionRelation)).Select(g => g.Key)
            .Where(id => RuleCatalogue.Rules.Any(r => r.Descriptor.Id == id))];

    private static FinalAccountsReport WithOverallChange(YearOverYearChange change) => TestReports.Sample with
    {
        Narrative = TestReports.Sample.Narrative! with
        {
            Overall = TestReports.Sample.Narrative!.Overall! with { Change = change },
        },
    };

    private static FinalAccountsReport WithTables(ThreePublicTable threePublic) => TestReports.Sample with
    {
        Tables = new DisclosureTables { BasicExpenditure = new BasicExpenditureTable(), ThreePublic = threePublic },
    };
}
