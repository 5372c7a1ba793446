using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 17 (issue 13): sums, inequalities and ratios over fixed pointers evaluated by their bound form
/// (<c>FixedRelation</c>: figures read straight from the nodes their pointers resolve to, no template expanded). The oracle
/// is the interpreter (<c>RelationEvaluator</c>, internal <c>ValidationOptions.FixedRelations = false</c>): the whole
/// catalogue must give byte-identical findings, severities, pointers, messages, verifications and coverage with missing
/// pointers both ways on the sample, every conformance case and its variants (shares moved, amounts negated), generated
/// reports and their variants, six option sets and with rules removed; and the bound shapes must decide the figures they
/// take as stated below, reasoned from spec §4 by hand.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class FixedRelationsTests
{
    private static readonly ValidationOptions[] Options =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation },
        ValidationOptions.Default with { Rounding = RoundingMode.Exact },
        ValidationOptions.Default with { RecordVerifications = true },
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation, RecordVerifications = true },
        ValidationOptions.Default with { Rounding = RoundingMode.Exact, RecordVerifications = true, ValuesFirst = false },
    ];

    /// <summary>Rules whose relations other rules read (FA2009's zero bases, FA2107's sums) and rules with bound sums and ratios.</summary>
    private static readonly string[] Removed = ["FA2009", "FA2107", "FA1101", "FA1201", "FA2001", "FA1207"];

    [Fact]
    public void EveryCase_AndItsVariants_AsTheInterpreter()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants must make relations fail, or only passing checks were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheInterpreter()
    {
        foreach (var options in Options)
        {
            foreach (var validator in new[]
                     {
                         new Validator(RuleCatalogue.Rules, options), new Validator(RuleCatalogue.Rules, options).WithoutRules(Removed),
                     })
            {
                foreach (var report in new[]
                         {
                             TestReports.Sample, LocatedRatioTests.MoveShares(TestReports.Sample),
                             CompiledConditionTests.NegateSomeAmounts(TestReports.Sample, 2),
                         })
                {
                    var (actual, expected) = BothWays(validator, report);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheInterpreter(FinalAccountsReport report, PositiveInt every)
    {
        var problems = new List<string>();
        var negated = CompiledConditionTests.NegateSomeAmounts(report, (every.Get % 4) + 1);
        foreach (var variant in new[] { report, LocatedRatioTests.MoveShares(report), negated })
        {
            foreach (var options in Options.Where((_, i) => i % 2 == 0 || i == every.Get % Options.Length))
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
    public void TheCatalogue_BindsExactlyItsFixedSumsInequalitiesAndRatios()
    {
        // Reasoned from the declarations, not from a run: a sum is bound when its total and every term are fixed pointers
        // and no term filters by code; an inequality when both figures are fixed; a ratio when its three figures are fixed
        // and it has no fallback denominator. Every other relation stays with the interpreter.
        foreach (var relation in RuleCatalogue.Relations)
        {
            static bool Fixed(string pointer) => !pointer.Contains('*', StringComparison.Ordinal);
            var expected = relation switch
            {
                SumRelation s => Fixed(s.Total) && s.Items.All(t => Fixed(t.Pointer) && t.Codes.Count == 0 && t.ExcludeCodes.Count == 0
                    && t.CodeLength == 0),
                InequalityRelation i => Fixed(i.Lesser) && Fixed(i.Greater),
                RatioRelation r => Fixed(r.Percent) && Fixed(r.Numerator) && Fixed(r.Denominator) && r.DenominatorFallback is null,
                _ => false,
            };
            Assert.True(expected == (CompiledRelation.Compile(relation).Fixed is not null), relation.ToString());
        }

        // The sample's narrative sums are among them (FA1101's income against the summary table, FA1201's budget lines).
        Assert.Contains(RuleCatalogue.Relations, r => r.RuleId == "FA1201" && CompiledRelation.Compile(r).Fixed is not null);
        Assert.Contains(RuleCatalogue.Relations, r => r.RuleId == "FA1101" && CompiledRelation.Compile(r).Fixed is not null);
    }

    // The sample's income: total 3653.30 = fiscal appropriation 3593.65 + other income 59.65 (both 2 decimals, so their
    // printed sum is exact and the values decide); superior subsidy 0.00; no narrative/income/rent member.
    private const string Total = "/narrative/income/total/amount";
    private const string Fiscal = "/narrative/income/fiscalAppropriation/amount";
    private const string Other = "/narrative/income/otherIncome/amount";
    private const string Absent = "/narrative/income/rent/amount";

    [Theory]
    // 3593.65 + 59.65 = 3653.30: passes.
    [InlineData("pass", 1, 0, 0, 0, "")]
    // An absent optional term is left out: still 3653.30, passes.
    [InlineData("optional", 1, 0, 0, 0, "")]
    // An absent required term: could not run, its place the missing pointer.
    [InlineData("required", 0, 0, 0, 1, Absent)]
    // A term that is text, not a figure: could not run at its pointer.
    [InlineData("text", 0, 0, 0, 1, "/entity/name")]
    // 3653.30 against 3593.65 alone: 59.65 apart, far beyond the 0.01 of rounding: fails.
    [InlineData("fail", 0, 1, 0, 0, "")]
    // Weights: fiscal 3593.65 = total 3653.30 − other 59.65: passes.
    [InlineData("weights", 1, 0, 0, 0, "")]
    public void ABoundSum_DecidesAsSpecified_AndAsTheInterpreter(
        string shape, int passed, int failed, int notApplicable, int couldNotRun, string missing)
    {
        SumTerm Term(string pointer, int weight = 1, bool optional = false) =>
            new() { Pointer = pointer, Weight = weight, Optional = optional };
        var relation = shape switch
        {
            "pass" => Sum(Total, Term(Fiscal), Term(Other)),
            "optional" => Sum(Total, Term(Fiscal), Term(Absent, optional: true), Term(Other)),
            "required" => Sum(Total, Term(Fiscal), Term(Absent), Term(Other)),
            "text" => Sum(Total, Term(Fiscal), Term("/entity/name")),
            "fail" => Sum(Total, Term(Fiscal)),
            _ => Sum(Fiscal, Term(Total), Term(Other, weight: -1)),
        };
        DecidesAsStated(relation, passed, failed, notApplicable, couldNotRun, missing);
    }

    [Theory]
    // 59.65 / 3653.30 × 100 = 1.6327…, printed 1.63: passes.
    [InlineData("/narrative/income/otherIncome/share", Other, Total, 1, 0, 0, 0, "")]
    // 3593.65 / 3653.30 × 100 = 98.367…, against the stated 1.63: fails.
    [InlineData("/narrative/income/otherIncome/share", Fiscal, Total, 0, 1, 0, 0, "")]
    // No stated percentage there: not applicable.
    [InlineData("/narrative/income/rent/share", Other, Total, 0, 0, 1, 0, "")]
    // The numerator absent: could not run at the numerator (checked before the denominator).
    [InlineData("/narrative/income/otherIncome/share", Absent, "/absent/place", 0, 0, 0, 1, Absent)]
    // The denominator absent: could not run at the denominator.
    [InlineData("/narrative/income/otherIncome/share", Other, "/absent/place", 0, 0, 0, 1, "/absent/place")]
    public void ABoundRatio_DecidesAsSpecified_AndAsTheInterpreter(
        string percent, string numerator, string denominator, int passed, int failed, int notApplicable, int couldNotRun, string missing)
    {
        var relation = new RatioRelation { RuleId = RuleId, Percent = percent, Numerator = numerator, Denominator = denominator };
        DecidesAsStated(relation, passed, failed, notApplicable, couldNotRun, missing);
    }

    [Theory]
    // 59.65 ≤ 3653.30: passes.
    [InlineData(Other, Total, 1, 0)]
    // 3653.30 ≤ 59.65 does not hold, beyond rounding: fails.
    [InlineData(Total, Other, 0, 1)]
    public void ABoundInequality_DecidesAsSpecified_AndAsTheInterpreter(string lesser, string greater, int passed, int failed)
    {
        var relation = new InequalityRelation { RuleId = RuleId, Lesser = lesser, Greater = greater };
        Assert.NotNull(CompiledRelation.Compile(relation).Fixed);
        var coverage = Decide(relation, out var actual, out var expected);
        Assert.Equal(expected, actual);
        Assert.Equal((passed, failed), (coverage.Passed, coverage.Failed));
    }

    private const string RuleId = "FA1201";

    private static SumRelation Sum(string total, params SumTerm[] items) => new() { RuleId = RuleId, Total = total, Items = items };

    /// <summary>One relation under its rule on the sample, both ways under every option set; the default's coverage.</summary>
    /// <summary>
    /// <paramref name="relation"/> takes the bound form, decides as the interpreter does, with the coverage counts and the
    /// missing pointer stated by hand (none when <paramref name="missing"/> is empty).
    /// </summary>
    private static void DecidesAsStated(
        Relation relation, int passed, int failed, int notApplicable, int couldNotRun, string missing)
    {
        Assert.NotNull(CompiledRelation.Compile(relation).Fixed);
        var coverage = Decide(relation, out var actual, out var expected);
        Assert.Equal(expected, actual);
        var counts = (coverage.Passed, coverage.Failed, coverage.NotApplicable, coverage.CouldNotRun);
        Assert.Equal((passed, failed, notApplicable, couldNotRun), counts);
        Assert.Equal(missing.Length == 0 ? [] : [missing], coverage.Missing);
    }

    private static RuleCoverage Decide(Relation relation, out string actual, out string expected)
    {
        var validator = new Validator([new RelationRule(RuleCatalogue.Descriptors.Single(d => d.Id == RuleId), [relation])]);
        var outcomes = Options.Select(o => BothWays(validator.WithOptions(o), TestReports.Sample)).ToList();
        actual = string.Join("\n", outcomes.Select(o => o.Actual));
        expected = string.Join("\n", outcomes.Select(o => o.Expected));
        return validator.Validate(TestReports.Sample).Coverage.Single(c => c.Rule.Id == RuleId);
    }

    /// <summary>A validator's outcome with the bound relations, and by the interpreter alone.</summary>
    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { FixedRelations = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { FixedRelations = false }).Validate(report)));
}
