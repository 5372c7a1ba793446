using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 21 (issue 13): the condition relations compiled into typed code from their data
/// (<c>Validation/Compiled/CompiledRelations.g.cs</c>, written by <see cref="CompiledRelationsGenerator"/>). The generated
/// file must be current; the interpreter is the oracle (internal <c>ValidationOptions.CompiledRelations = false</c>) for the
/// whole catalogue — findings, severities, pointers, messages, verifications and coverage with missing pointers identical
/// on the conformance cases and their variants, the sample and its variants under six option sets and with rules removed,
/// the sample with its changes worded every way, the real texts read by the reader, and generated reports with mutants.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CompiledRelationsTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    /// <summary>The change rules, and rules that reuse relations.</summary>
    private static readonly string[] Removed = ["FA2101", "FA2104", "FA2106", "FA2009", "FA2107"];

    [Fact]
    public void CompiledRelations_AreCurrent()
        => GeneratedFile.Check(
            CompiledRelationsGenerator.RelativePath,
            CompiledRelationsGenerator.Generate(),
            CompiledRelationsGenerator.UpdateVariable,
            "The rule catalogue's relations or the model changed: the compiled relations must be generated again. ");

    [Fact]
    public void TheChangeRules_AreCompiled_EachLeafOverTheChangesOwnMembersTyped()
    {
        // FA2101–FA2106 are one condition relation each over /**/change, whose records the contract makes certain
        // (YearOverYearChange), so each has a decider. Leaves counted case by case from RuleCatalogue.Changes.cs; a leaf over
        // the change's own members is typed, one over a named figure ($current, $priorOf…) or an interval test goes back:
        // FA2101 2+2+4+1+1+1 = 11 leaves, back: $current present and the Meets with it → 9 typed;
        // FA2102 2+2 = 4, all typed; FA2103 1+1 = 2, both typed (rateDirection and direction: one enum type);
        // FA2104 2+1+2+1+3+3+2+2+1+1 = 18, back: $current present, priorYearAmount's upper bound, the two priors' → 14;
        // FA2105 3+1+1 = 5, back: $current present → 4; FA2106 2+1 = 3, all typed. (A method is named after its rule and
        // the relation's number in it: each of these rules has one relation.)
        var compiled = CompiledRelationsGenerator.Compiled.ToDictionary(c => c.Method, c => (c.Leaves, c.Typed));
        Assert.Equal((11, 9), compiled["FA2101_1"]);
        Assert.Equal((4, 4), compiled["FA2102_1"]);
        Assert.Equal((2, 2), compiled["FA2103_1"]);
        Assert.Equal((5, 4), compiled["FA2105_1"]);
        Assert.Equal((3, 3), compiled["FA2106_1"]);
        Assert.Equal((18, 14), compiled["FA2104_1"]);
        // Budget comparisons (/**/budget) are written for BudgetComparison (three members so named, against the 三公 table's
        // one ThreePublicColumns, which is left to the interpreter at run time). FA2201 has one leaf, completionRate absent,
        // over the comparison's own member: typed.
        Assert.Equal((1, 1), compiled["FA2201_1"]);
        Assert.Equal(typeof(BudgetComparison), CompiledRelationsGenerator.AnchorType(
            RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA2201")));
    }

    [Fact]
    public void ARelationWhoseDataChanged_HasNoDecider_AndRunsInterpreted()
    {
        // The decider is found by the relation's data, not its rule id: FA2103 with its cases in another order (the
        // otherwise first) is a relation the generator never saw.
        var relation = RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA2103");
        Assert.NotNull(CompiledRelations.Of(relation));
        var changed = relation with { Cases = [.. relation.Cases.Reverse()] };
        Assert.NotEqual(CompiledRelations.KeyOf(relation), CompiledRelations.KeyOf(changed));
        Assert.Null(CompiledRelations.Of(changed));
        Assert.Null(ConditionPlan.Of(changed).Decider);
    }

    [Fact]
    public void AnAnchorOfAnotherType_IsLeftToTheInterpreter()
    {
        // The decider tests the anchor's value's type first: anything but a YearOverYearChange is Interpret (−2).
        var relation = RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA2106");
        var decider = CompiledRelations.Of(relation)!;
        Assert.Equal(CompiledRelations.Interpret, decider("not a change", new NoLeaves()));
        // 持平 is FA2106's first case (not applicable); an increase with reason "x" reaches the second (passed).
        Assert.Equal(0, decider(new YearOverYearChange { Direction = ChangeDirection.Unchanged }, new NoLeaves()));
        Assert.Equal(1, decider(new YearOverYearChange { Direction = ChangeDirection.Increase, Reason = "x" }, new NoLeaves()));
        Assert.Equal(2, decider(new YearOverYearChange { Direction = ChangeDirection.Increase, Reason = " " }, new NoLeaves()));
    }

    [Fact]
    public void OnTheSample_TheCompiledPathIsTaken_AndSwitchingItOffChangesNothing()
    {
        // A leaf handed back counts; so does a whole decision: with the switch on, FA2102's four leaves are typed, so the
        // interpreter decides no leaf of it. The outcome is the same either way.
        var on = Validator.Default.Validate(TestReports.Sample);
        var off = Validator.Default.WithOptions(ValidationOptions.Default with { CompiledRelations = false }).Validate(TestReports.Sample);
        Assert.Equal(LocatedRatioTests.Outcome(off), LocatedRatioTests.Outcome(on));
        // The sample's 21 changes: FA2106 passes or is not applicable at each (21 decisions either way).
        var fa2106 = on.Coverage.Single(c => c.Rule.Id == "FA2106");
        Assert.Equal(21, fa2106.Passed + fa2106.Failed + fa2106.NotApplicable + fa2106.CouldNotRun);
    }

    [Fact]
    public void EveryCase_AndItsVariants_AsTheInterpreter()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheInterpreter() =>
        OracleSweeps.TheSampleAndItsVariants(Options, Removed, BothWays);

    [Property(MaxTest = 60)]
    public Property TheSample_WithEachChangeWordedAnyWay_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        var report = ChangeAndBudgetVariantsTests.Changes(choices);
        var options = ValidationOptions.Default with { RecordVerifications = recordVerifications };
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, options), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Property(MaxTest = 60)]
    public Property TheSample_WithBudgetsAbsentOrZero_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        var report = ChangeAndBudgetVariantsTests.Budgets(choices);
        var options = ValidationOptions.Default with { RecordVerifications = recordVerifications };
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, options), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Theory]
    [MemberData(nameof(ReadResultGoldenTests.Texts), MemberType = typeof(ReadResultGoldenTests))]
    public void TheTextsRead_AsTheInterpreter(string path)
    {
        var report = DisclosureReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path))).Report;
        foreach (var set in Options)
        {
            var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
            Assert.Equal(expected, actual);
        }
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = false }).Validate(report)));

    /// <summary>Leaves that must not be asked for (the decisions tested need none).</summary>
    private sealed class NoLeaves : IConditionLeaves
    {
        public bool Holds(int leaf) => throw new InvalidOperationException("leaf " + leaf);
    }
}
