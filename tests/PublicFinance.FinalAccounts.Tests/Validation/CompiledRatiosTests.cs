using System.Globalization;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 35 (issue 13): a ratio case's percentage, numerator and denominator read by the reader generated beside the
/// relation's decider (<c>CompiledRatio</c>, <c>CompiledRelations.g.cs</c>: typed members, no boxing, no step walk) instead
/// of the typed run's general reads through <c>Resolve</c> and the contract's getters. The oracle is the general reads
/// (internal <c>ValidationOptions.CompiledRatioReads = false</c>): findings, verifications and coverage identical on every
/// conformance case and its variants, the sample and its variants, generated reports and the sample with its changes and
/// budgets moved to zero bases, interval edges and long decimals, under six option sets.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public sealed class CompiledRatiosTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    private static ConditionRelation Fa2104 => RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA2104");

    [Fact]
    public void TheRelationsWithRatioCases_HaveAReader()
    {
        // The condition relations whose outcomes include a ratio (RuleCatalogue.Changes.cs, .Budgets.cs): FA2104 over
        // /**/change; FA2201 and FA2202 over /**/budget and /**/secondBudget (two relations each); FA2207 two per basis.
        // FA2208 (schema 1.7) one per item of the 三公 table's completion-rate column (six). Each reads its percentage,
        // members and first-of figures ($current, $final) typed, so each has a reader.
        var withRatios = RuleCatalogue.Relations.OfType<ConditionRelation>()
            .Where(r => r.Cases.Any(c => c.Then.Kind == ConditionOutcomeKind.Ratio))
            .ToList();
        Assert.Equal(
            ["FA2104", "FA2201", "FA2201", "FA2202", "FA2202", "FA2207", "FA2207", "FA2207", "FA2207",
             "FA2208", "FA2208", "FA2208", "FA2208", "FA2208", "FA2208"],
            withRatios.Select(r => r.RuleId).OrderBy(x => x, StringComparer.Ordinal));
        Assert.All(withRatios, r => Assert.NotNull(CompiledRelations.RatiosOf(r)));
        // A relation without a ratio case has none.
        Assert.Null(CompiledRelations.RatiosOf(RuleCatalogue.Relations.OfType<ConditionRelation>().First(r => r.RuleId == "FA2103")));
    }

    [Fact]
    public void Fa2104_ReadsAnIncreasesRate_OnTheDerivedPrior()
    {
        // Case 9 (an amount, an increase, no prior-year figure): rate = amount / ($current − amount). $current is the parent's
        // 258.30, the amount 12.30: the numerator 12.30, in its interval (2 decimals); the denominator 258.30 − 12.30 =
        // 246.00 with the interval [258.295 − 12.305, 258.305 − 12.295] = [245.990, 246.010] to nearest, both values exact.
        var reader = CompiledRelations.RatiosOf(Fa2104)!;
        var change = new YearOverYearChange
        {
            Direction = ChangeDirection.Increase,
            Amount = Amount.Parse("12.30"),
            Rate = Percent.Parse("5.00", CultureInfo.InvariantCulture),
        };
        var parent = new StatedFigure { Amount = Amount.Parse("258.30") };
        Assert.Equal(CompiledRelations.RatioRead, reader(change, parent, 9, RoundingMode.RoundToNearest, out var reads));
        Assert.Equal(5.00m, reads.Percent.Value);
        Assert.Equal(12.30m, reads.Numerator);
        Assert.True(reads.NumeratorInRange);
        Assert.Equal(246.00m, reads.Denominator.Value);
        Assert.Equal(new DecimalInterval(245.990m, 246.010m), reads.Denominator.Range);
        Assert.True(reads.Denominator.ValueInRange);

        // Case 10 (a decrease): the denominator $current + amount = 270.60.
        Assert.Equal(CompiledRelations.RatioRead, reader(change, parent, 10, RoundingMode.RoundToNearest, out reads));
        Assert.Equal(270.60m, reads.Denominator.Value);
    }

    [Fact]
    public void Fa2104_Reader_AnswersWhatTheGeneralReadsWouldNotSettle()
    {
        var reader = CompiledRelations.RatiosOf(Fa2104)!;
        var parent = new StatedFigure { Amount = Amount.Parse("3.00") };
        var noRate = new YearOverYearChange { Direction = ChangeDirection.Increase, Amount = Amount.Parse("1.00") };
        var noAmount = new YearOverYearChange { Direction = ChangeDirection.Increase, Rate = Percent.FromDecimal(1m) };
        // No stated percentage: not applicable. No amount (case 9 adds it): a term without a figure.
        Assert.Equal(CompiledRelations.RatioNoPercent, reader(noRate, parent, 9, RoundingMode.RoundToNearest, out _));
        Assert.Equal(CompiledRelations.RatioMissing, reader(noAmount, parent, 9, RoundingMode.RoundToNearest, out _));
        // A parent without a current figure (an overall statement without its income grand total): $current is absent — a
        // term without a figure.
        var amountOnly = new YearOverYearChange
        {
            Direction = ChangeDirection.Increase,
            Amount = Amount.Parse("1.00"),
            Rate = Percent.FromDecimal(1m),
        };
        Assert.Equal(CompiledRelations.RatioMissing, reader(amountOnly, new OverallStatement(), 9, RoundingMode.RoundToNearest, out _));
        // A parent of a type the generator did not list, a case that is no ratio (0: not applicable), an anchor of another
        // type: the general reads decide. (A term found absent before the parent is read answers "missing" whatever the
        // parent: the general reads find the same term absent.)
        Assert.Equal(CompiledRelations.RatioInterpret, reader(amountOnly, "x", 9, RoundingMode.RoundToNearest, out _));
        Assert.Equal(CompiledRelations.RatioMissing, reader(noAmount, "x", 9, RoundingMode.RoundToNearest, out _));
        Assert.Equal(CompiledRelations.RatioInterpret, reader(amountOnly, parent, 0, RoundingMode.RoundToNearest, out _));
        Assert.Equal(CompiledRelations.RatioInterpret, reader("x", parent, 9, RoundingMode.RoundToNearest, out _));
    }

    [Fact]
    public void EveryCase_AndItsVariants_AsTheGeneralReads()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheGeneralReads() =>
        OracleSweeps.TheSampleAndItsVariants(Options, ["FA2009", "FA2105"], BothWays);

    [Property(MaxTest = 40)]
    public Property GeneratedReports_AndTheirMutants_AsTheGeneralReads(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    [Property(MaxTest = 80)]
    public Property TheSample_WithRatiosMoved_AsTheGeneralReads(int[] choices, PositiveInt set)
    {
        // Every change and budget comparison of the sample gets figures chosen from edge values: zero (a zero base), a
        // half unit (an interval that holds zero), 0–10 decimals (past 8 a figure's value is not known to lie in its exact
        // interval), negative budgets, absent members (a term without a figure, no percentage), either direction and
        // relation; the rate is 0, 100, the true ratio to 2 decimals or off by a unit of its last place.
        string[] figures = ["0", "0.00", "0.005", "-0.004", "1", "100.5", "12.3456789012", "-3.10", "258.30", "0.0000000001"];
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        string Pick(int salt) =>
            figures[Math.Abs((choices.Length == 0 ? i + salt : choices[(i + salt) % choices.Length]) % figures.Length)];
        int Choice(int salt) => Math.Abs(choices.Length == 0 ? i * 7 + salt : choices[(i * 3 + salt) % choices.Length]) % 1000;
        foreach (var change in Records(json, "change"))
        {
            Set(change, "amount", Choice(1) % 5 == 0 ? null : Pick(1).TrimStart('-'));
            Set(change, "priorYearAmount", Choice(2) % 3 == 0 ? Pick(2) : null);
            change["direction"] = Choice(3) % 2 == 0 ? "increase" : "decrease";
            // A change's amount and rate are unsigned in the contract (the direction words carry the sign).
            Set(change, "rate", Rate(Choice(4))?.TrimStart('-'));
            i++;
        }

        foreach (var budget in Records(json, "budget"))
        {
            Set(budget, "budgetAmount", Choice(5) % 6 == 0 ? null : Pick(5));
            Set(budget, "finalAmount", Choice(6) % 4 == 0 ? null : Pick(6));
            Set(budget, "difference", Choice(7) % 2 == 0 ? null : Pick(7).TrimStart('-'));
            budget["relation"] = (Choice(8) % 3) switch
            {
                0 => "finalAboveBudget",
                1 => "finalBelowBudget",
                _ => "finalEqualsBudget",
            };
            Set(budget, "completionRate", Rate(Choice(9)));
            Set(budget, "varianceRate", Rate(Choice(10)));
            i++;
        }

        Assert.True(i > 0);
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, Options[set.Get % Options.Length]), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    /// <summary>A rate chosen by <paramref name="choice"/>: absent, 0, 100, a plain one, or one with many decimals.</summary>
    private static string? Rate(int choice) => (choice % 6) switch
    {
        0 => null,
        1 => "0",
        2 => "100.00",
        3 => "4.76",
        4 => "-2.5",
        _ => "95.238095238",
    };

    private static void Set(JsonObject record, string member, string? value)
    {
        if (value is null)
        {
            record.Remove(member);
        }
        else
        {
            record[member] = value;
        }
    }

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRatioReads = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRatioReads = false }).Validate(report)));

    /// <summary>The objects at a member named <paramref name="name"/>, in document order.</summary>
    private static List<JsonObject> Records(JsonNode root, string name) =>
        [.. Objects(root).SelectMany(o => o.Where(p => p.Key == name && p.Value is JsonObject).Select(p => (JsonObject)p.Value!))];

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }
}
