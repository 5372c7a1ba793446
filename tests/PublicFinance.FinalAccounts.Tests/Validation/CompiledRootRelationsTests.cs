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
/// Session 22 (issue 13): the condition relations anchored at the root or at a scalar at a template's end — the narrative
/// totals FA1210–FA1212 (absolute pointers, named first-of and sum figures, <c>meets</c>), FA2009's shares (<c>../amount</c>
/// from the parent record), FA4302's personnel change, the tables' and options' gates FA1013, FA6104–FA6106, FA6201 —
/// compiled into typed code read from the report's root. The interpreter is the oracle (internal
/// <c>ValidationOptions.CompiledRelations = false</c>): identical outcomes on the sample with its totals, shares and
/// personnel changes moved, removed or zeroed under every rounding, unit type and scope.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CompiledRootRelationsTests
{
    private static ConditionRelation Relation(string ruleId, int number) =>
        RuleCatalogue.Relations.OfType<ConditionRelation>().Where(r => r.RuleId == ruleId).ElementAt(number - 1);

    [Theory]
    [InlineData("FA1210", 1)]
    [InlineData("FA1210", 2)]
    [InlineData("FA1211", 1)]
    [InlineData("FA1211", 2)]
    [InlineData("FA1212", 1)]
    [InlineData("FA1212", 2)]
    [InlineData("FA2009", 1)]
    [InlineData("FA2009", 13)]
    [InlineData("FA4302", 1)]
    [InlineData("FA6201", 1)]
    public void TheRootAndScalarAnchoredRelations_HaveDeciders(string ruleId, int number)
    {
        // Each names the figures it tests by absolute pointers from the root (or ../ from a share's parent record), which
        // the contract types: so each has a decider, found by its data.
        Assert.NotNull(CompiledRelations.Of(Relation(ruleId, number)));
    }

    [Fact]
    public void TheIncomeGrandTotal_IsDecidedFromTheRoot_WithTheSumsInterval()
    {
        // FA1210's first relation (RuleCatalogue.NarrativeTotals.cs): case 0 (not applicable) when the grand total is
        // absent or the current-year income is stated; without useOfNonAppropriationBalance (unknown, ≥ 0: spec §4.8a)
        // case 1 (fail) when the grand total's interval lies below that of income total + opening carry-over ($sum0) and
        // case 2 (not applicable) when it lies above (the unstated balance may be the gap); case 3 fails with the balance
        // stated; else case 4 (the sum checked).
        var decider = CompiledRelations.Of(Relation("FA1210", 1))!;
        int Decide(string grand, string income, string opening) =>
            decider(Report(grand, income, opening), new CompiledRelationsTests.NoLeaves());

        // 100.00 = 90.00 + 10.00: the intervals [99.995, 100.005] and [99.99, 100.01] meet → case 4.
        Assert.Equal(4, Decide("100.00", "90.00", "10.00"));
        // 99.98 against 100.00: [99.975, 99.985] lies below [99.99, 100.01] → case 1 (fail: no balance ≥ 0 closes it).
        Assert.Equal(1, Decide("99.98", "90.00", "10.00"));
        // 100.02 against 100.00: [100.015, 100.025] lies above [99.99, 100.01] → case 2 (a balance of 0.02 may be the gap).
        Assert.Equal(2, Decide("100.02", "90.00", "10.00"));
        // 100.01 against 100.00: [100.005, 100.015] meets [99.99, 100.01] (the sum's interval is two half units wide).
        Assert.Equal(4, Decide("100.01", "90.00", "10.00"));
        // Written to the unit, 100 stands for [99.5, 100.5], which meets 100.40's [100.39, 100.41] → case 4.
        Assert.Equal(4, Decide("100", "90.40", "10.00"));
        // A report without the grand total: case 0.
        Assert.Equal(0, decider(TestReports.Sample with { Narrative = null }, new CompiledRelationsTests.NoLeaves()));
    }

    [Fact]
    public void TheUnitTypeOption_IsTyped()
    {
        // FA6201's first relation: case 0 (could not run) when the unit type is unspecified — the run's option, which the
        // stub gives as Unspecified, so no leaf is handed back (the stub throws if one is).
        var decider = CompiledRelations.Of(Relation("FA6201", 1))!;
        Assert.Equal(0, decider(TestReports.Sample, new CompiledRelationsTests.NoLeaves()));
    }

    [Fact]
    public void AShare_IsDecidedFromItsParentRecordAndTheRoot()
    {
        // FA2009's first relation: the share of fiscal appropriation in income. Its own presence is certain (the case is
        // folded away); case 1 (nothing) when income's total is absent, case 2 (passed) when the total is not zero, case 3
        // (passed) when the share and its parent's amount are both zero, else case 4 (fail).
        var decider = CompiledRelations.Of(Relation("FA2009", 1))!;
        var zero = Amount.Parse("0.00");
        var parent = new StatedFigure { Amount = zero };
        FinalAccountsReport Root(string? total) => TestReports.Sample with
        {
            Narrative = new NarrativeSections
            {
                Income = new IncomeStatement { Total = total is null ? null : new() { Amount = Amount.Parse(total) } },
            },
        };

        Assert.Equal(1, decider(Percent.Parse("0"), new CompiledRelationsTests.NoLeaves(parent, Root(null))));
        Assert.Equal(2, decider(Percent.Parse("12.5"), new CompiledRelationsTests.NoLeaves(parent, Root("10.00"))));
        Assert.Equal(3, decider(Percent.Parse("0.00"), new CompiledRelationsTests.NoLeaves(parent, Root("0.00"))));
        Assert.Equal(4, decider(Percent.Parse("1.00"), new CompiledRelationsTests.NoLeaves(parent, Root("0.00"))));
        // A parent of another type, or no report at the root, is left to the interpreter.
        Assert.Equal(CompiledRelations.Interpret, decider(Percent.Parse("1.00"), new CompiledRelationsTests.NoLeaves("x", Root("0"))));
        Assert.Equal(CompiledRelations.Interpret, decider(Percent.Parse("1.00"), new CompiledRelationsTests.NoLeaves(parent)));
    }

    [Property(MaxTest = 80)]
    public Property TheSample_WithItsTotalsSharesAndChangesMoved_AsTheInterpreter(int[] choices, int options)
    {
        var report = Moved(choices);
        var rounding = (RoundingMode)Math.Abs(options % 3);
        var set = ValidationOptions.Default with
        {
            Rounding = rounding == RoundingMode.RoundToNearest ? RoundingMode.RoundToNearest
                : rounding == RoundingMode.Truncation ? RoundingMode.Truncation : RoundingMode.Exact,
            UnitType = (UnitType)Math.Abs(options / 3 % 4),
            Scope = (InputScope)Math.Abs(options / 12 % 4),
            RecordVerifications = options % 2 == 0,
        };
        var validator = new Validator(RuleCatalogue.Rules, set);
        var actual = LocatedRatioTests.Outcome(validator.WithOptions(set with { CompiledRelations = true }).Validate(report));
        var expected = LocatedRatioTests.Outcome(validator.WithOptions(set with { CompiledRelations = false }).Validate(report));
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Fact]
    public void TheIncomeGrandTotal_OffItsSum_FailsTheSameBothWays()
    {
        // The sample states 收入总计 3653.30 = 本年收入 3653.30 + 使用非财政拨款结余 0.00 + 年初结转 0.00. Without the
        // current-year income FA1210's first relation checks the grand total against income total + use of the balance +
        // opening carry-over ($sum1: [3653.285, 3653.315], three half units); 3653.40 stands for [3653.395, 3653.405],
        // which does not meet it: case 2, a failure at the grand total — the same with the deciders on and off.
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var overall = json["narrative"]!["overall"]!.AsObject();
        overall.Remove("currentYearIncome");
        overall["incomeGrandTotal"]!["amount"] = "3653.40";
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var on = Validator.Default.Validate(report);
        var off = Validator.Default.WithOptions(ValidationOptions.Default with { CompiledRelations = false }).Validate(report);
        Assert.Contains(on.Diagnostics, d => d.RuleId == "FA1210"
            && d.Pointers.Contains("/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal(LocatedRatioTests.Outcome(off), LocatedRatioTests.Outcome(on));
    }

    /// <summary>
    /// The sample with every narrative <c>amount</c> and <c>share</c> and every personnel <c>change</c> moved by a choice:
    /// kept (most), removed, one unit of its last place up, one unit down, zero, or written to the unit.
    /// </summary>
    internal static FinalAccountsReport Moved(int[] choices)
    {
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        foreach (var (record, member) in Places(json))
        {
            if (record[member] is null)
            {
                continue;
            }

            var choice = choices.Length == 0 ? 0 : Math.Abs(choices[i % choices.Length] + i) % 10;
            i++;
            var node = record[member]!;
            if (node.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                var count = node.GetValue<int>();
                if (choice == 1)
                {
                    record.Remove(member);
                }
                else if (choice is 2 or 3)
                {
                    record[member] = count + (choice == 2 ? 1 : -1);
                }

                continue;
            }

            var text = node.GetValue<string>();
            var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : text.Length - dot - 1;
            var unit = decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, decimals);
            string Written(decimal v) => v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            switch (choice)
            {
                case 1 when member == "amount" && record.Parent is JsonObject holder:
                    // A record's amount is required: the record goes (the place is then absent).
                    holder.Remove(record.GetPropertyName());
                    break;
                case 1 when member != "amount":
                    record.Remove(member);
                    break;
                case 2:
                    record[member] = Written(value + unit);
                    break;
                case 3:
                    record[member] = Written(value - unit);
                    break;
                case 4:
                    record[member] = Written(0m);
                    break;
                case 5:
                    record[member] = Math.Round(value).ToString(CultureInfo.InvariantCulture);
                    break;
            }
        }

        return FinalAccountsJson.Deserialize(json.ToJsonString());
    }

    /// <summary>The narrative's amounts and shares and the personnel's changes, in document order.</summary>
    private static List<(JsonObject Record, string Member)> Places(JsonNode root)
    {
        var found = new List<(JsonObject, string)>();
        void Visit(JsonNode? node, bool personnel)
        {
            if (node is JsonObject o)
            {
                foreach (var (member, child) in o.ToList())
                {
                    if (child is JsonValue && (member is "amount" or "share" && !personnel || member == "change" && personnel))
                    {
                        found.Add((o, member));
                    }

                    Visit(child, personnel);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                {
                    Visit(item, personnel);
                }
            }
        }

        Visit(root["narrative"], false);
        Visit(root["personnel"], true);
        return found;
    }

    private static FinalAccountsReport Report(string grand, string income, string opening) => TestReports.Sample with
    {
        Narrative = new NarrativeSections
        {
            Overall = new OverallStatement
            {
                IncomeGrandTotal = new() { Amount = Amount.Parse(grand) },
                OpeningCarryOver = new() { Amount = Amount.Parse(opening) },
            },
            Income = new IncomeStatement { Total = new() { Amount = Amount.Parse(income) } },
        },
    };
}
