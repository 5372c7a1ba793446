using System.Globalization;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 23: the leaves the generated deciders used to hand back to the interpreter — the named sums over a change's
/// parent (<c>$priorOfIncrease</c> = <c>$current</c> − <c>amount</c>, <c>$priorOfDecrease</c> = <c>$current</c> + <c>amount</c>;
/// FA2009's change relation and FA2104) — and FA6001 (every amount) as typed code; the interpreter is the oracle
/// (<c>ValidationOptions.CompiledRelations = false</c>).
/// </summary>
public sealed class CompiledHandBacksTests
{
    private static ConditionRelation Fa2104 => RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA2104");

    private static ConditionRelation Fa2009Changes => RuleCatalogue.Relations.OfType<ConditionRelation>()
        .Single(r => r.RuleId == "FA2009" && r.For == "/**/change");

    private static ConditionRelation Fa6001 => RuleCatalogue.Relations.OfType<ConditionRelation>().Single(r => r.RuleId == "FA6001");

    [Fact]
    public void TheChangeSums_AndFa6001_AreCompiled()
    {
        // FA2104 (RuleCatalogue.Changes.cs): 21 leaves since blind round 23 (counted case by case in CompiledRelationsTests);
        // the two priors' upper bounds were the last handed back, now typed.
        // FA2009's change relation (RuleCatalogue.Shares.cs): 2 + 1 + 1 + 2 + 2 + 2 = 10 leaves, the two $priorOf… non-zero
        // tests among them: all typed. FA6001: five leaves — not an amount (typed: the anchor is one), named "difference",
        // within "currentYearSurplus" (session 59) and within "change" (the node's place: handed back), negative (typed) —
        // and its anchor type is Amount.
        var compiled = CompiledRelationsGenerator.Compiled.ToDictionary(c => c.Method, c => (c.Leaves, c.Typed));
        Assert.Equal((21, 21), compiled["FA2104_1"]);
        // FA2009's zero-base relations over percentages have 1 + 1 + 1 + 3 = 6 leaves: only the change relation has ten.
        Assert.NotNull(CompiledRelations.Of(Fa2009Changes));
        Assert.Contains((10, 10), compiled.Where(c => c.Key.StartsWith("FA2009_", StringComparison.Ordinal)).Select(c => c.Value));
        Assert.Equal((5, 2), compiled["FA6001_1"]);
        Assert.Equal(typeof(Amount), CompiledRelationsGenerator.AnchorType(Fa6001));
        Assert.NotNull(CompiledRelations.Of(Fa6001));
    }

    [Theory]
    // $current is the StatedFigure's 3.00 ([2.995, 3.005] to nearest); the increase's amount x ([x ∓ 0.005]):
    // $priorOfIncrease = 3.00 − x, its upper bound 3.005 − (x − 0.005) = 3.01 − x. 5.00: upper −1.99 < 0 → case 4 (the
    // derived prior is negative: failed). 3.01: upper 0 — not below 0 → case 7 (the rate checked on 3.00 − amount).
    // 3.02: upper −0.01 < 0 → case 4. 1.00: upper 2.01 → case 7. (Cases numbered before blind round 23; its two cases
    // for a stated prior come before the rate's, so case 7 is the decider's ninth.)
    [InlineData("5.00", 4)]
    [InlineData("3.01", 9)]
    [InlineData("3.02", 4)]
    [InlineData("1.00", 9)]
    public void Fa2104_DerivesThePriorFromAnIncrease_WithItsInterval(string amount, int expected)
    {
        var decider = CompiledRelations.Of(Fa2104)!;
        var change = new YearOverYearChange
        {
            Direction = ChangeDirection.Increase,
            Amount = Amount.Parse(amount),
            Rate = Percent.FromDecimal(10m),
        };
        var parent = new StatedFigure { Amount = Amount.Parse("3.00") };
        Assert.Equal(expected, decider(change, new CompiledRelationsTests.NoLeaves(parent)));
    }

    [Theory]
    // FA2009 over a change without a prior-year figure: an increase passes (case 4) when $current − amount ≠ 0, a decrease
    // (case 5) when $current + amount ≠ 0; else the rate stands on a zero base (case 6, failed). $current = 3.00.
    [InlineData(ChangeDirection.Increase, "3.00", 6)]
    [InlineData(ChangeDirection.Increase, "2.99", 4)]
    [InlineData(ChangeDirection.Decrease, "3.00", 5)]
    [InlineData(ChangeDirection.Decrease, "-3.00", 6)]
    public void Fa2009_TestsTheDerivedPrior_ForZero(ChangeDirection direction, string amount, int expected)
    {
        var decider = CompiledRelations.Of(Fa2009Changes)!;
        var change = new YearOverYearChange { Direction = direction, Amount = Amount.Parse(amount), Rate = Percent.FromDecimal(1m) };
        var parent = new StatedFigure { Amount = Amount.Parse("3.00") };
        Assert.Equal(expected, decider(change, new CompiledRelationsTests.NoLeaves(parent)));
    }

    [Fact]
    public void Fa2104_UnderAParentOfAnotherType_IsLeftToTheInterpreter()
    {
        // $current is read from the parent: a parent the generator did not list cannot be read, so the decider answers
        // Interpret before any case (and before the sum's helper).
        var change = new YearOverYearChange
        {
            Direction = ChangeDirection.Increase,
            Amount = Amount.Parse("5.00"),
            Rate = Percent.FromDecimal(1m),
        };
        Assert.Equal(CompiledRelations.Interpret, CompiledRelations.Of(Fa2104)!(change, new CompiledRelationsTests.NoLeaves("x")));
    }

    [Theory]
    // FA6001's cases: 0 not an amount (never, the anchor is one), 1 named "difference" (leaf 1), 2 within
    // "currentYearSurplus" (leaf 2, session 59: the year's 收支差额 may be a deficit), 3 within "change" (leaf 3),
    // 4 negative (failed), 5 otherwise (passed).
    [InlineData("-0.01", false, false, false, 4)]
    [InlineData("0.00", false, false, false, 5)]
    [InlineData("12.5", false, false, false, 5)]
    [InlineData("-7", true, false, false, 1)]
    [InlineData("-7", false, true, false, 2)]
    [InlineData("-7", false, false, true, 3)]
    public void Fa6001_DecidesAnAmount_AskingOnlyForItsPlace(string amount, bool difference, bool surplus, bool change, int expected)
    {
        var decider = CompiledRelations.Of(Fa6001)!;
        Assert.Equal(expected, decider(Amount.Parse(amount), new Places(difference, surplus, change)));
        Assert.Equal(CompiledRelations.Interpret, decider("not an amount", new Places(false, false, false)));
    }

    [Property(MaxTest = 80)]
    public Property TheSample_WithChangesNearTheirCurrentFigure_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        // Every change loses its prior-year figure (mostly) and gets an amount near its parent's current figure, written
        // with 0–3 decimals, either direction, sometimes twice it: the derived priors sit at zero and at their interval's
        // edges.
        decimal[] offsets = [0m, 0.01m, -0.01m, 0.005m, -0.004m, 1m, -1m, 0.5m];
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        foreach (var change in Records(json, "change"))
        {
            var choice = choices.Length == 0 ? i : Math.Abs(choices[i % choices.Length] % 100_000);
            var parent = change.Parent as JsonObject;
            var current = parent?["amount"] is JsonValue v && v.TryGetValue<string>(out var text)
                ? decimal.Parse(text, CultureInfo.InvariantCulture) : 100m;
            // A change's amount is unsigned (the direction carries the sign): twice the current figure makes an increase's
            // derived prior negative.
            var amount = Math.Abs(current * (choice % 7 == 0 ? 2 : 1) + offsets[choice % offsets.Length]);
            change["amount"] = decimal.Round(amount, choice / 8 % 4).ToString("F" + (choice / 8 % 4), CultureInfo.InvariantCulture);
            change["direction"] = choice / 32 % 2 == 0 ? "increase" : "decrease";
            change["rate"] ??= "1.00";
            if (choice / 64 % 4 != 0)
            {
                change.Remove("priorYearAmount");
            }

            i++;
        }

        Assert.True(i > 0);
        return SameBothWays(json, recordVerifications);
    }

    [Property(MaxTest = 60)]
    public Property TheSample_WithAmountsNegated_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        // Every amount member (amount, …Amount) of the sample but a change's negated or made −0.01 (a zero) by choice: FA6001
        // fails the negative ones except a difference, the year's 收支差额 and the amounts within a change, which it leaves alone.
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        foreach (var (record, member, value) in Amounts(json))
        {
            if (record.Parent is JsonObject && record.GetPropertyName() == "change")
            {
                // A change's amount is unsigned in the contract (the direction words carry the sign).
                continue;
            }

            var choice = choices.Length == 0 ? i : Math.Abs(choices[i % choices.Length] % 1000);
            var number = decimal.Parse(value, CultureInfo.InvariantCulture);
            record[member] = (choice % 3) switch
            {
                0 => value,
                1 => (-number).ToString(CultureInfo.InvariantCulture),
                _ => number == 0m ? "-0.01" : value,
            };
            i++;
        }

        Assert.True(i > 0);
        return SameBothWays(json, recordVerifications);
    }

    /// <summary>
    /// The mutated sample <paramref name="json"/> read and validated with the generated walks and with the interpreter:
    /// the same outcome both ways (the two properties' common tail).
    /// </summary>
    private static Property SameBothWays(JsonNode json, bool recordVerifications)
    {
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, ValidationOptions.Default with
        {
            RecordVerifications = recordVerifications,
        }), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledRelations = false }).Validate(report)));

    /// <summary>The objects at a member named <paramref name="name"/>, in document order.</summary>
    private static List<JsonObject> Records(JsonNode root, string name) =>
        [.. Objects(root).SelectMany(o => o.Where(p => p.Key == name && p.Value is JsonObject).Select(p => (JsonObject)p.Value!))];

    /// <summary>The amount members (<c>amount</c>, <c>…Amount</c>) written as numbers in text.</summary>
    private static List<(JsonObject Record, string Member, string Value)> Amounts(JsonNode root) =>
        [.. Objects(root).SelectMany(o => o
            .Where(p => (p.Key == "amount" || p.Key.EndsWith("Amount", StringComparison.Ordinal))
                && p.Value is JsonValue v && v.TryGetValue<string>(out var t)
                && decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            .Select(p => (o, p.Key, p.Value!.GetValue<string>())))
            .ToList()];

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o.ToList())
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                foreach (var element in a.ToList())
                {
                    foreach (var inner in Objects(element))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// FA6001's three place leaves answered as given (leaf 1: named "difference"; leaf 2: within "currentYearSurplus";
    /// leaf 3: within "change").
    /// </summary>
    private sealed class Places(bool difference, bool surplus, bool change) : IConditionLeaves
    {
        private readonly CompiledRelationsTests.NoLeaves none = new();

        public bool Holds(int leaf) => leaf switch
        {
            1 => difference,
            2 => surplus,
            3 => change,
            _ => throw new InvalidOperationException("leaf " + leaf),
        };

        public object? Parent => null;

        public object? Root => null;

        public UnitType UnitType => UnitType.Unspecified;

        public InputScope Scope => InputScope.Complete;

        public DecimalInterval Range(Amount amount) => none.Range(amount);

        public DecimalInterval Range(Quantity quantity) => none.Range(quantity);

        public DecimalInterval Range(Percent percent) => none.Range(percent);

        public DecimalInterval Range(int count) => none.Range(count);
    }
}
