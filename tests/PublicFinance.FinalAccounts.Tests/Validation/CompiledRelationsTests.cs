using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

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
        // the change's own members is typed, and since round two so is a test of $current (a first-of over the parent's
        // amount and its income total, read from the parent record) and an interval test of the change's own figure; a
        // sum ($priorOf…) and a Meets (two intervals) went back until session 23, which types both over the parent record
        // ($current with its interval, the sums as the interpreter's TrySum computes them):
        // FA2101 2+2+4+1+1+1 = 11 leaves, the Meets with $current typed too → 11;
        // FA2102 2+2 = 4, all typed; FA2103 1+1+1 = 3, all typed (rateDirection and direction: one enum type; session 59: a zero rate);
        // FA2104 2+1+2+1+3+3+2+2+2+2+1 = 21 (session 23: a stated prior checks the rate against 本年 − 上年 first, two cases of
        // two leaves before the stated change's), the two priors' upper bounds typed too → 21;
        // FA2105 3+1+1 = 5, all typed; FA2106 2+1+1+3 = 7 (review 23: the split-by-class exemption, five steps up, goes
        // back; session 24: the 三公 total's reason covering an item — within threePublic, the total's reason two steps up and
        // the directions compared — goes back too), 3 typed; review 24: + 2 (within currentYearSurplus or institutionFund, both
        // back to the interpreter) = 9, 3 typed; session 34: + 65 (a total explained by its parts, RuleCatalogue.PartReasons.cs:
        // 三公 2 + 5 × 2, 财政拨款 1 + 8 × 2, its expenditure 2 + 8 × 2, 一般公共预算 2 + 8 × 2; all back to the interpreter)
        // = 74, 3 typed. (A method is named after its rule and
        // the relation's number in it: each of these rules has one relation.)
        var compiled = CompiledRelationsGenerator.Compiled.ToDictionary(c => c.Method, c => (c.Leaves, c.Typed));
        Assert.Equal((11, 11), compiled["FA2101_1"]);
        Assert.Equal((4, 4), compiled["FA2102_1"]);
        Assert.Equal((3, 3), compiled["FA2103_1"]);
        Assert.Equal((5, 5), compiled["FA2105_1"]);
        Assert.Equal((74, 3), compiled["FA2106_1"]);
        Assert.Equal((21, 21), compiled["FA2104_1"]);
        // Budget comparisons (/**/budget; the first of each budget rule's relations, the second over /**/secondBudget since
        // schema 1.6) are written for BudgetComparison (three members so named, against the 三公 table's
        // one ThreePublicColumns, which is left to the interpreter at run time). FA2201 has one leaf, completionRate absent,
        // over the comparison's own member: typed.
        Assert.Equal((1, 1), compiled["FA2201_1"]);
        // FA2203 (RuleCatalogue.Budgets.cs): leaves 1 + 4 + 4 + 5 + 2 + 3 + 3 + 3 + 1 = 26, all typed since round two:
        // $final present (four cases) and its four comparisons with budgetAmount ($final: finalAmount, else the parent's
        // amount), and the three completion-rate interval tests (upperAbove, lowerBelow, covers 100).
        Assert.Equal((26, 26), compiled["FA2203_1"]);
        Assert.Equal(typeof(BudgetComparison), CompiledRelationsGenerator.AnchorType(
            RuleCatalogue.Relations.OfType<ConditionRelation>().First(r => r.RuleId == "FA2201")));
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
        // 持平 is FA2106's first case (not applicable); leaf 2 (a row of a split by class, review 23: five steps up, left to
        // the interpreter) is the second case (not applicable); leaves 3 or 4 (the change of 本年收支结余 or 事业基金, review
        // 24) the third (not applicable); otherwise an increase with reason "x" reaches the fourth (passed); one with
        // reason " " the fifth (passed: a 三公 item covered by the total's reason, session 24 — leaves 6, 7 and 8, within
        // threePublic, the total's reason and the same direction, left to the interpreter) when all three hold, else the
        // sixth (passed: a total explained by its parts, session 34 — leaves 9 to 73, whose branches open with leaves 9, 21,
        // 38 and 56) when one branch holds, else the seventh (failed).
        Assert.Equal(0, decider(new YearOverYearChange { Direction = ChangeDirection.Unchanged }, new NoLeaves()));
        var increase = new YearOverYearChange { Direction = ChangeDirection.Increase };
        Assert.Equal(1, decider(increase, new NoLeaves(answered: 2, answer: true)));
        var balance = new Dictionary<int, bool> { [2] = false, [3] = false, [4] = true };
        Assert.Equal(2, decider(increase, new NoLeaves(answers: balance)));
        var neither = new Dictionary<int, bool> { [2] = false, [3] = false, [4] = false };
        Assert.Equal(3, decider(increase with { Reason = "x" }, new NoLeaves(answers: neither)));
        var covered = new Dictionary<int, bool> { [2] = false, [3] = false, [4] = false, [6] = true, [7] = true, [8] = true };
        Assert.Equal(4, decider(increase with { Reason = " " }, new NoLeaves(answers: covered)));
        var parts = new Dictionary<int, bool>
        {
            [2] = false, [3] = false, [4] = false, [6] = true, [7] = true, [8] = false, [9] = true, [10] = true, [11] = true,
            [12] = true,
        };
        Assert.Equal(5, decider(increase with { Reason = " " }, new NoLeaves(answers: parts)));
        var otherWay = new Dictionary<int, bool>
        {
            [2] = false, [3] = false, [4] = false, [6] = true, [7] = true, [8] = false, [9] = false, [21] = false, [38] = false,
            [56] = false,
        };
        Assert.Equal(6, decider(increase with { Reason = " " }, new NoLeaves(answers: otherWay)));
    }

    [Fact]
    public void TheCompletionRateIntervalTests_AreTyped_OverThePercentagesOwnInterval()
    {
        // FA2203 with a final amount and no budget amount: the wording is checked against the completion rate's interval.
        // Every leaf is typed ($final is the comparison's own finalAmount, found before the cases), so the stub is asked
        // for none; it gives a percentage's interval at its own precision (half a unit of its last place, as
        // ValidationContext.Range(Percent) in the default mode). Case 5 (above, passed) when the upper bound exceeds
        // 100, case 6 (below) when the lower bound is under 100, case 7 (equal) when the interval covers 100, else case 8
        // (the wording disagrees).
        var decider = CompiledRelations.Of(RuleCatalogue.Relations.OfType<ConditionRelation>().First(r => r.RuleId == "FA2203"))!;
        int Decide(BudgetRelation relation, decimal rate) =>
            decider(
                new BudgetComparison
                {
                    Kind = BudgetKind.FullYear,
                    FinalAmount = Amount.FromDecimal(12.30m),
                    Relation = relation,
                    CompletionRate = Percent.FromDecimal(rate),
                },
                new NoLeaves());
        // 100.0 stands for [99.95, 100.05]: above (upper 100.05 > 100), below (lower 99.95 < 100) and equal all hold.
        Assert.Equal(5, Decide(BudgetRelation.FinalAboveBudget, 100.0m));
        Assert.Equal(6, Decide(BudgetRelation.FinalBelowBudget, 100.0m));
        Assert.Equal(7, Decide(BudgetRelation.FinalEqualsBudget, 100.0m));
        // 99.9 stands for [99.85, 99.95]: not above 100; 100.1 for [100.05, 100.15]: not below, and neither covers 100.
        Assert.Equal(8, Decide(BudgetRelation.FinalAboveBudget, 99.9m));
        Assert.Equal(8, Decide(BudgetRelation.FinalBelowBudget, 100.1m));
        Assert.Equal(8, Decide(BudgetRelation.FinalEqualsBudget, 100.1m));
        Assert.Equal(8, Decide(BudgetRelation.FinalEqualsBudget, 99.9m));
    }

    [Fact]
    public void ANamedFigure_IsReadFromTheParentRecord_AndAParentOfAnotherTypeIsLeftToTheInterpreter()
    {
        // FA2203's $final is the first of finalAmount and ../amount. With no finalAmount it is the parent's amount: under a
        // StatedFigure of 12.30 and a budget of 10.00, "above" holds (case 1, passed) and "below" does not (case 4, the
        // figures disagree with the wording). A parent of a type the generator did not list (here a string) cannot be
        // read: the decider answers Interpret (−2) before any case.
        var decider = CompiledRelations.Of(RuleCatalogue.Relations.OfType<ConditionRelation>().First(r => r.RuleId == "FA2203"))!;
        var parent = new StatedFigure { Amount = Amount.FromDecimal(12.30m) };
        int Decide(BudgetRelation relation, object? under) =>
            decider(
                new BudgetComparison { Kind = BudgetKind.FullYear, BudgetAmount = Amount.FromDecimal(10.00m), Relation = relation },
                new NoLeaves(under));
        Assert.Equal(1, Decide(BudgetRelation.FinalAboveBudget, parent));
        Assert.Equal(4, Decide(BudgetRelation.FinalBelowBudget, parent));
        Assert.Equal(CompiledRelations.Interpret, Decide(BudgetRelation.FinalAboveBudget, "not a record"));
    }

    [Fact]
    public void EveryGeneratedDecider_IsFoundAtRunTime_FromItsRelationsData()
    {
        // The deciders are found by the SHA-256 of each relation's JSON form: were the key computed differently at run
        // time than when the file was generated, every relation would silently run interpreted and the differential tests
        // would still pass. So: as many catalogue relations find a decider as were generated (one per relation), and the
        // generated file holds deciders at all.
        var found = RuleCatalogue.Relations.OfType<ConditionRelation>().Count(r => CompiledRelations.Of(r) is not null);
        Assert.True(CompiledRelations.GeneratedCount > 0);
        Assert.Equal(CompiledRelations.GeneratedCount, found);
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
    public Property TheSample_WithCompletionRatesAtTheEdges_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        // Every budget comparison loses its budget amount (so FA2203 reads the completion rate) and is worded above, below
        // or equal with a rate near 100 written with 0–3 decimals: the interval tests decide at their bounds.
        string[] rates = ["100", "100.0", "100.00", "99.99", "100.01", "99.995", "100.005", "99.5", "100.5", "0", "-0.4", "200"];
        string[] relations = ["finalAboveBudget", "finalBelowBudget", "finalEqualsBudget"];
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        foreach (var budget in Records(json, "budget"))
        {
            var choice = choices.Length == 0 ? i : Math.Abs(choices[i % choices.Length] % 1000);
            budget.Remove("budgetAmount");
            budget["relation"] = relations[choice % relations.Length];
            budget["completionRate"] = rates[(choice / relations.Length + i) % rates.Length];
            i++;
        }

        Assert.True(i > 0);
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var set = Options[Math.Abs(choices.Sum(c => c % 7)) % Options.Length] with { RecordVerifications = recordVerifications };
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = false }).Validate(report)));

    /// <summary>The objects at a member named <paramref name="name"/>, in document order.</summary>
    private static List<JsonObject> Records(JsonNode root, string name)
    {
        var found = new List<JsonObject>();
        void Visit(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                foreach (var (member, child) in o)
                {
                    if (member == name && child is JsonObject record)
                    {
                        found.Add(record);
                    }

                    Visit(child);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                {
                    Visit(item);
                }
            }
        }

        Visit(root);
        return found;
    }

    /// <summary>
    /// Leaves that must not be asked for (the decisions tested need none): a leaf handed back throws; the parent is the one
    /// given; an interval is a figure's under the default rounding (to nearest).
    /// </summary>
    internal sealed class NoLeaves(object? parent = null, object? root = null, int? answered = null, bool answer = false,
        IReadOnlyDictionary<int, bool>? answers = null)
        : IConditionLeaves
    {
        public bool Holds(int leaf) => answers is not null && answers.TryGetValue(leaf, out var a) ? a
            : leaf == answered ? answer : throw new InvalidOperationException("leaf " + leaf);

        public object? Parent => parent;

        public object? Root => root;

        public UnitType UnitType => UnitType.Unspecified;

        public InputScope Scope => InputScope.Complete;

        public DecimalInterval Range(Amount amount) =>
            ValidationContext.RangeOf(amount.Value, amount.Decimals, RoundingMode.RoundToNearest);

        public DecimalInterval Range(Quantity quantity) =>
            ValidationContext.RangeOf(quantity.Value, quantity.Decimals, RoundingMode.RoundToNearest);

        public DecimalInterval Range(Percent percent) =>
            ValidationContext.RangeOf(percent.Value, percent.Decimals, RoundingMode.RoundToNearest);

        public DecimalInterval Range(int count) => DecimalInterval.Exact(count);
    }
}
