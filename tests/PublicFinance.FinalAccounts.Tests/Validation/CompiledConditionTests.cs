using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// What the validator computes once instead of per figure (session 9, issue 13): condition relations compiled into
/// <see cref="ConditionPlan"/> (references, constants, the amounts-only anchors of FA6001) and the half unit of
/// <see cref="ValidationContext.RangeOf"/>. Each fast path is checked against the slower form it replaced.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class CompiledConditionTests
{
    /// <summary>The sample and the report of every conformance case (also used by <see cref="ReusedRunTests"/>).</summary>
    internal static readonly Lazy<List<FinalAccountsReport>> CaseReports = new(() =>
    [
        FinalAccountsJson.Deserialize(TestFiles.SampleJson),
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "conformance", "cases"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["report"])
            .Where(r => r is JsonObject)
            .Select(r => FinalAccountsJson.Deserialize(r!.ToJsonString())),
    ]);

    private static ConditionRelation Fa6001 => (ConditionRelation)RuleCatalogue.Relations.Single(r => r.RuleId == "FA6001");

    [Fact]
    public void Fa6001_VisitsOnlyAmounts_AndTheOtherAnyDepthRelationsDoNot()
    {
        // FA6001's first case is "not an amount ⇒ nothing" over /**: only amounts can record anything. The /**/change and
        // /**/budget relations anchor at records, and the FA6002 tables at one pointer: none of them qualifies.
        Assert.True(ConditionPlan.Of(Fa6001).AmountsOnly);
        var others = RuleCatalogue.Relations.OfType<ConditionRelation>().Where(r => r.RuleId != "FA6001").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, r => Assert.False(ConditionPlan.Of(r).AmountsOnly, r.RuleId + " " + r.For));
    }

    [Fact]
    public void AmountsOnly_AgreesWithTheWalkOfEveryScalar_OnTheSampleAndEveryConformanceCase()
    {
        foreach (var report in CaseReports.Value)
        {
            Assert.Equal(Outcome(Fa6001, report), Outcome(EveryScalar(Fa6001), report));
        }
    }

    /// <summary>The same on generated reports with some amounts made negative (the ones FA6001 reports).</summary>
    [Property(MaxTest = 150)]
    public Property AmountsOnly_AgreesWithTheWalkOfEveryScalar(FinalAccountsReport report, PositiveInt every)
    {
        var negated = NegateSomeAmounts(report, every.Get % 5 + 1);
        var fast = Outcome(Fa6001, negated);
        return (fast == Outcome(EveryScalar(Fa6001), negated)).Label(fast);
    }

    [Fact]
    public void CompiledConstants_AndAnUnparsableOne_BehaveAsTheParser()
    {
        // A bound written "0" is read once as 0; a bound that is not a number still throws the parser's FormatException,
        // when a case needs it, not when the relation is built.
        var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var bad = ConditionBuilder.Each("FA6001", string.Empty,
            ConditionBuilder.When(ConditionBuilder.Is("/entity/fiscalYear", ConditionTest.UpperBelow, "zero"), ConditionBuilder.Passed),
            ConditionBuilder.Otherwise(ConditionBuilder.NotApplicable));
        var validator = new Validator([new RelationRule(Descriptor("FA6001"), [bad])]);
        Assert.Throws<FormatException>(() => validator.Validate(report));
    }

    [Fact]
    public void RangeOf_HalfUnit_IsUnitOverTwo_ValueAndScale()
    {
        // The half unit is written as 5·10^-(d+1) instead of divided: the same decimal (value and scale, hence the same
        // printed slack) for every number of places a decimal holds, 0 to 28.
        for (var places = 0; places <= 28; places++)
        {
            var value = new decimal(15, 0, 0, true, (byte)Math.Min(places, 28));
            var range = ValidationContext.RangeOf(value, places, RoundingMode.RoundToNearest);
            var half = DecimalFigure.Epsilon(places) / 2m;
            Assert.Equal(decimal.GetBits(value - half), decimal.GetBits(range.Lower));
            Assert.Equal(decimal.GetBits(value + half), decimal.GetBits(range.Upper));
        }
    }

    private static RuleDescriptor Descriptor(string id) => RuleCatalogue.Descriptors.Single(d => d.Id == id);

    /// <summary>
    /// The relation with its first condition wrapped in an <c>anyOf</c> of one: the same cases, but not recognised as
    /// amounts-only, so every scalar of the report is visited as before session 9.
    /// </summary>
    private static ConditionRelation EveryScalar(ConditionRelation relation)
    {
        var first = relation.Cases[0];
        var wrapped = first with { When = new Condition { AnyOf = [first.When!] } };
        var variant = relation with { Cases = [wrapped, .. relation.Cases.Skip(1)] };
        Assert.False(ConditionPlan.Of(variant).AmountsOnly);
        return variant;
    }

    /// <summary>Every finding and the coverage counts, as text.</summary>
    private static string Outcome(ConditionRelation relation, FinalAccountsReport report)
    {
        var result = new Validator([new RelationRule(Descriptor(relation.RuleId), [relation])]).Validate(report);
        var coverage = result.Coverage.Single();
        return string.Join("\n", result.Diagnostics.Select(d => d + " " + string.Join(",", d.Pointers)))
            + $"\npassed {coverage.Passed} failed {coverage.Failed} n/a {coverage.NotApplicable} could not run {coverage.CouldNotRun}";
    }

    /// <summary>
    /// The report with every <paramref name="every"/>-th amount (figures and table cells) of its JSON form negated; a
    /// member the contract keeps unsigned is put back (the reader names it in its error), so what is read is a report
    /// the model can hold.
    /// </summary>
    internal static FinalAccountsReport NegateSomeAmounts(FinalAccountsReport report, int every)
    {
        var json = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        var negated = new List<(JsonObject Parent, string Name, string Text)>();
        var seen = 0;
        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o.ToList())
                    {
                        if (name is "amount" or "total" or "basic" or "project" && child is JsonValue v
                            && v.TryGetValue<string>(out var text) && !text.StartsWith('-') && seen++ % every == 0)
                        {
                            o[name] = "-" + text;
                            negated.Add((o, name, text));
                            continue;
                        }

                        Visit(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Visit(item);
                    }

                    break;
            }
        }

        Visit(json);
        for (var attempt = 0; attempt <= negated.Count; attempt++)
        {
            try
            {
                return FinalAccountsJson.Deserialize(json.ToJsonString());
            }
            catch (FinalAccountsJsonException e)
            {
                var index = negated.FindIndex(n => e.Path is { } path && n.Parent[n.Name]!.GetPath() == path);
                if (index < 0)
                {
                    return report;
                }

                negated[index].Parent[negated[index].Name] = negated[index].Text;
                negated.RemoveAt(index);
            }
        }

        return report;
    }
}
