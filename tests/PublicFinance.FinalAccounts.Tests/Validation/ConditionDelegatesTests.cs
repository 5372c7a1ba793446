using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 15 (issue 13): a condition relation's conditions compiled once per plan into delegates
/// (<c>ConditionRelationEvaluator.Compiled.cs</c>). The oracle is the interpreter (<c>Holds</c>, internal
/// <c>ValidationOptions.ConditionDelegates = false</c>): the whole catalogue must give the same findings, verifications
/// and coverage with missing pointers both ways on the sample, every conformance case, the cases with their shares moved
/// or some amounts negated, generated reports, several option sets and with rules removed; and every test, every
/// reference kind and every combination of conditions must decide as the interpreter does, exceptions included.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class ConditionDelegatesTests
{
    private static readonly ValidationOptions[] Options =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation },
        ValidationOptions.Default with { Rounding = RoundingMode.Exact, RecordVerifications = true },
        ValidationOptions.Default with { RecordVerifications = true },
        ValidationOptions.Default with { Scope = InputScope.Fragment, UnitType = UnitType.Administrative },
        ValidationOptions.Default with { Scope = InputScope.Complete, ValuesFirst = false },
    ];

    /// <summary>Rules whose relations the others read (FA2009's zero bases, FA2107's sums) or that anchor everywhere.</summary>
    private static readonly string[] Removed = ["FA2009", "FA2104", "FA6001", "FA2105", "FA6104"];

    [Fact]
    public void EveryCase_AndItsVariants_AsTheInterpreter()
    {
        var findings = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants must make condition relations fail, or only passing decisions were compared.
        Assert.True(findings > 0);
    }

    [Fact]
    public void TheSample_WithRulesRemoved_AsTheInterpreter()
    {
        foreach (var options in Options)
        {
            var validator = new Validator(RuleCatalogue.Rules, options).WithoutRules(Removed);
            foreach (var report in new[] { TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample) })
            {
                var (actual, expected) = BothWays(validator, report);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AsTheInterpreter(FinalAccountsReport report, PositiveInt every)
    {
        var problems = new List<string>();
        var negated = CompiledConditionTests.NegateSomeAmounts(report, (every.Get % 4) + 1);
        foreach (var variant in new[] { report, LocatedRatioTests.MoveShares(report), negated })
        {
            foreach (var options in Options.Take(3))
            {
                var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, options), variant);
                if (actual != expected)
                {
                    problems.Add(actual + "\nexpected\n" + expected);
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(1)));
    }

    [Fact]
    public void EveryTest_EveryReferenceKind_AndEveryCombination_AsTheInterpreter()
    {
        // One relation per condition over the sample's change objects: a condition that holds fails the anchor (its pointer
        // and figures in the message), one that does not passes it — so every decision shows in the outcome.
        var conditions = Conditions().ToList();
        var relations = conditions
            .Select(c => Each("FA2101", "/**/change", When(c, Fail("", "amount")), Otherwise(Passed)) with { Figures = [CurrentFigure] })
            .Concat(conditions.Select(c => Each("FA2101", "/narrative/expenditure/total", When(c, Fail("")), Otherwise(NotApplicable))
                with { Figures = [CurrentFigure] }))
            .ToArray();
        var validator = new Validator([new RelationRule(RuleCatalogue.Descriptors.Single(d => d.Id == "FA2101"), relations)]);
        foreach (var options in Options)
        {
            foreach (var report in new[] { TestReports.Sample, CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2) })
            {
                var (actual, expected) = BothWays(validator.WithOptions(options), report);
                Assert.Equal(expected, actual);
                Assert.Contains("Error", actual, StringComparison.Ordinal);
                Assert.Contains("FA2101 ", actual, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("option")]
    [InlineData("constant")]
    [InlineData("length")]
    [InlineData("figure")]
    public void AConditionThatCannotBeDecided_ThrowsAsTheInterpreter_WhenACaseReachesIt(string what)
    {
        // Compiling never throws: the exception comes when a case reaches the condition, of the interpreter's type.
        var broken = what switch
        {
            "option" => OptionIs("colour", "red"),
            "constant" => Is("amount", ConditionTest.ValueEquals, "zero"),
            "length" => Is("direction", ConditionTest.Length, "eight"),
            _ => Present("$unknown"),
        };
        var relation = Each("FA2101", "/**/change", When(broken, Passed), Otherwise(NotApplicable));
        var unreached = Each("FA2101", "/**/change", When(Present(""), Passed), When(broken, Passed), Otherwise(NotApplicable));
        var descriptor = RuleCatalogue.Descriptors.Single(d => d.Id == "FA2101");
        Exception? Thrown(bool delegates, ConditionRelation r)
        {
            var options = ValidationOptions.Default with { ConditionDelegates = delegates };
            var validator = new Validator([new RelationRule(descriptor, [r])], options);
            return Record.Exception(() => validator.Validate(TestReports.Sample));
        }

        var expected = Thrown(false, relation);
        Assert.NotNull(expected);
        Assert.Equal(expected.GetType(), Thrown(true, relation)?.GetType());
        Assert.Equal(expected.Message, Thrown(true, relation)?.Message);
        Assert.Null(Thrown(false, unreached));
        Assert.Null(Thrown(true, unreached));
    }

    /// <summary>A change's current figure, as the catalogue names it.</summary>
    private static readonly NamedFigure CurrentFigure = FirstOf("current", "../amount", "../incomeGrandTotal/amount");

    /// <summary>Every test on references of every kind (anchor, relative, absolute, named), and their combinations.</summary>
    private static IEnumerable<Condition> Conditions()
    {
        string[] references = ["", "amount", "rate", "direction", "reason", "../amount", "../name", "missing/deeper", "..", "$current",
            "/entity/name", "/narrative/expenditure/total/amount", "/absent/place"];
        (ConditionTest Test, string? Value)[] tests =
        [
            (ConditionTest.NonBlank, null), (ConditionTest.NonEmpty, null), (ConditionTest.ContainsAmount, null),
            (ConditionTest.Amount, null), (ConditionTest.Named, "change"), (ConditionTest.Named, "amount"),
            (ConditionTest.Named, "deeper"), (ConditionTest.Within, "change"), (ConditionTest.Within, "narrative"),
            (ConditionTest.Within, "missing"), (ConditionTest.Zero, null), (ConditionTest.NonZero, null), (ConditionTest.Positive, null),
            (ConditionTest.Negative, null), (ConditionTest.ValueEquals, "0"), (ConditionTest.ValueEquals, "5.1"),
            (ConditionTest.TextEquals, "increase"), (ConditionTest.TextEquals, "decrease"), (ConditionTest.StartsWith, "inc"),
            (ConditionTest.Length, "8"), (ConditionTest.UpperAbove, "5"), (ConditionTest.UpperBelow, "0"),
            (ConditionTest.LowerBelow, "10"), (ConditionTest.Covers, "0"),
        ];
        (ConditionTest Test, string Other, string? Value)[] comparisons =
        [
            (ConditionTest.LessThan, "$current", null), (ConditionTest.LessThan, "amount", null),
            (ConditionTest.SameAs, "direction", null), (ConditionTest.SameAs, "rateDirection", null),
            (ConditionTest.Meets, "$current", null), (ConditionTest.CodeListedIn, "/narrative/generalBudget/items", null),
            (ConditionTest.NameListedIn, "/narrative/generalBudget/items", null),
            (ConditionTest.PrefixOfRow, "/narrative/generalBudget/items", "7"),
        ];
        foreach (var r in references)
        {
            yield return Present(r);
            yield return Absent(r);
            foreach (var (test, value) in tests)
            {
                yield return Is(r, test, value);
            }

            foreach (var (test, other, value) in comparisons)
            {
                yield return Vs(r, test, other, value);
            }
        }

        var increase = Text("direction", "increase");
        var positive = Is("amount", ConditionTest.Positive);
        var rated = Present("rate");
        var zero = Is("rate", ConditionTest.Zero);
        yield return All(increase);
        yield return All(increase, positive);
        yield return All(increase, positive, rated);
        yield return All(increase, positive, rated, Not(zero));
        yield return Any(increase);
        yield return Any(zero, positive);
        yield return Any(zero, Not(positive), increase);
        yield return Any(zero, Not(positive), Not(increase), Absent("rate"));
        yield return Not(All(increase, Any(zero, positive)));
        yield return OptionIs("scope", "fragment");
        yield return OptionIs("unitType", "administrative");
        yield return Any(OptionIs("scope", "auto"), All(increase, Not(rated)));
    }

    /// <summary>A validator's outcome with the conditions as delegates, and by the interpreter.</summary>
    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ConditionDelegates = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ConditionDelegates = false }).Validate(report)));
}
