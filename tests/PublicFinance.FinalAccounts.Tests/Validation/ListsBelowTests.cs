using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 19 (issue 13): a sum's term that lists the elements of a list below the element its total came from
/// (<c>…/evaluations/*/funds/*/weight</c> for <c>…/evaluations/*/totalWeight</c>) walks that list once from the total's element
/// (<c>PointerTemplate.IsListBelow</c>, <c>ListBelow</c>, <c>ElementMemberAt</c>) instead of expanding the term's template from
/// the root with the total's indices; and a template part tries a member where it last found it
/// (<c>ReportFacts.InternedChild</c> with a hint). The oracles: the expansion from the root (internal
/// <c>ValidationOptions.ListsBelowTotal = false</c>) for the whole catalogue — findings, severities, pointers, messages,
/// verifications and coverage with missing pointers byte-identical on the sample and its variants, every conformance case and
/// its variants, generated reports and their mutants, six option sets and rules removed —; the expansion location by location
/// for every term that takes the walk; and the look-up without a hint for every hint.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class ListsBelowTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    /// <summary>The two sums that list funds and indicators below their total, and rules that reuse relations.</summary>
    private static readonly string[] Removed = ["FA3001", "FA3003", "FA2009", "FA2107"];

    /// <summary>The catalogue's sums, compiled, with the rule that declares each.</summary>
    private static readonly (string Rule, CompiledRelation Compiled)[] Sums =
    [
        .. from rule in RuleCatalogue.Rules.OfType<RelationRule>()
           from relation in rule.Relations.OfType<SumRelation>()
           select (rule.Descriptor.Id, CompiledRelation.Compile(relation)),
    ];

    [Fact]
    public void EveryCase_AndItsVariants_AsTheExpansionFromTheRoot()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheExpansionFromTheRoot() =>
        OracleSweeps.TheSampleAndItsVariants(Options, Removed, BothWays);

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheExpansionFromTheRoot(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    [Fact]
    public void TheTermsThatListBelowTheirTotal_AreTheEvaluationsFundsAndIndicators()
    {
        // From the declarations (RuleCatalogue.Performance.cs): FA3001 adds funds/*/weight? and indicators/*/weight to
        // evaluations/*/totalWeight, FA3003 funds/*/score? and indicators/*/score to evaluations/*/totalScore — each the
        // total's parts up to its wildcard, then a list and one wildcard. No other sum's term has a wildcard more than its
        // total with the same parts before (the table sums' terms are members beside their total, the narrative's fixed).
        var below = Sums
            .SelectMany(s => s.Compiled.Items.Where(i => i.IsListBelow(s.Compiled.Primary!)).Select(i => s.Rule + " " + i.Text))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "FA3001 /performance/evaluations/*/funds/*/weight", "FA3001 /performance/evaluations/*/indicators/*/weight",
                "FA3003 /performance/evaluations/*/funds/*/score", "FA3003 /performance/evaluations/*/indicators/*/score",
            ],
            below);
    }

    [Fact]
    public void IsListBelow_NeedsTheTotalsPartsAndOneMoreWildcard()
    {
        Assert.True(PointerTemplate.Parse("/a/*/b/*/c").IsListBelow(PointerTemplate.Parse("/a/*/t")));
        Assert.True(PointerTemplate.Parse("/a/*/b/c/*/d/e").IsListBelow(PointerTemplate.Parse("/a/*/t/u")));
        Assert.True(PointerTemplate.Parse("/a/*/x/*/b/*/c").IsListBelow(PointerTemplate.Parse("/a/*/x/*/t")));
        // Beside the total (no list below), two lists below, another list on the way, no wildcard in the total.
        Assert.False(PointerTemplate.Parse("/a/*/c").IsListBelow(PointerTemplate.Parse("/a/*/t")));
        Assert.False(PointerTemplate.Parse("/a/*/b/*/c/*/d").IsListBelow(PointerTemplate.Parse("/a/*/t")));
        Assert.False(PointerTemplate.Parse("/z/*/b/*/c").IsListBelow(PointerTemplate.Parse("/a/*/t")));
        Assert.False(PointerTemplate.Parse("/a/b/*/c").IsListBelow(PointerTemplate.Parse("/a/t")));

        // The answer kept for the last total asked about is not another total's.
        var term = PointerTemplate.Parse("/a/*/b/*/c");
        Assert.True(term.IsListBelow(PointerTemplate.Parse("/a/*/t")));
        Assert.False(term.IsListBelow(PointerTemplate.Parse("/q/*/t")));
        Assert.True(term.IsListBelow(PointerTemplate.Parse("/a/*/t")));
    }

    [Fact]
    public void TheSampleAndEveryCase_WalkAsTheyExpand()
    {
        var walked = 0;
        foreach (var report in CompiledConditionTests.CaseReports.Value.Append(TestReports.Sample).Append(EmptyLists()))
        {
            walked += Compare(report, out var problem);
            Assert.Null(problem);
        }

        // The sample alone has 9 evaluations with 3–4 fund lines and 3–11 indicators each, listed by two sums: well over
        // a hundred locations walked, or the walk was never taken.
        Assert.True(walked > 100);
    }

    [Property(MaxTest = 100)]
    public Property GeneratedReports_WalkAsTheyExpand(FinalAccountsReport report)
    {
        Compare(report, out var problem);
        return (problem is null).Label(problem ?? string.Empty);
    }

    [Fact]
    public void AnEmptyList_IsTheMissingList_AsWhenExpanded()
    {
        // Evaluation 0 with no indicators: FA3001's required term indicators/*/weight finds nothing, so the sum cannot run
        // and names the empty list (the expansion notes an empty list as its missing list). Evaluation 1 keeps its
        // indicators; its funds lines without weights are optional terms, left out.
        var result = Validator.Default.WithRules("FA3001").Validate(EmptyLists());
        var coverage = result.CoverageOf("FA3001")!;
        Assert.Contains("/performance/evaluations/0/indicators", coverage.Missing);
        Assert.True(coverage.CouldNotRun >= 1);
        var oracle = Validator.Default.WithRules("FA3001")
            .WithOptions(ValidationOptions.Default with { ListsBelowTotal = false }).Validate(EmptyLists());
        Assert.Equal(LocatedRatioTests.Outcome(oracle), LocatedRatioTests.Outcome(result));
    }

    [Property(MaxTest = 100)]
    public Property InternedChild_WithAnyHint_IsTheLookUpWithout(FinalAccountsReport report, int hint)
    {
        // Every record of the index, every member name the index holds (and one it does not): the look-up with a hint
        // finds the same node as the scan, whatever the hint; a hint that found the member is its position in the record.
        var facts = ReportFacts.Create(report);
        var names = Enumerable.Range(0, facts.NodeCount).Select(facts.NameOf).OfType<string>().Distinct()
            .Append(string.Intern("noSuchMember")).ToArray();
        var problems = new List<string>();
        for (var node = 0; node < facts.NodeCount && problems.Count == 0; node++)
        {
            var (kind, first, _) = facts.ChildrenOf(node);
            foreach (var name in names)
            {
                var h = hint;
                var with = facts.InternedChild(node, name, ref h);
                var without = facts.InternedChild(node, name);
                if (with != without)
                {
                    problems.Add($"node {node}, {name}, hint {hint}: {with} ≠ {without}");
                }
                else if (with >= 0 && kind == NodeShape.ObjectKind && h != with - first)
                {
                    problems.Add($"node {node}, {name}: hint {h} after finding {with} at {first}");
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(1)));
    }

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ListsBelowTotal = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ListsBelowTotal = false }).Validate(report)));

    /// <summary>
    /// Every term that lists below its total, walked and expanded for every total: the same locations (nodes and texts) in
    /// order, and the same missing list; the number of locations walked.
    /// </summary>
    private static int Compare(FinalAccountsReport report, out string? problem)
    {
        problem = null;
        var facts = ReportFacts.Create(report);
        var totals = Expansions.Rent();
        var terms = Expansions.Rent();
        var walked = 0;
        foreach (var (_, compiled) in Sums)
        {
            compiled.Primary!.Expand(facts, default, totals, out _);
            for (var t = 0; t < totals.Count; t++)
            {
                var element = totals.ElementAt(t);
                foreach (var template in compiled.Items.Where(i => i.IsListBelow(compiled.Primary!)))
                {
                    if (element < 0)
                    {
                        continue;
                    }

                    var expectedMissing = template.Expand(facts, totals.IndicesOf(t), terms, out var expectedList);
                    var list = template.ListBelow(facts, element, out var listLocation);
                    var count = facts.ListCountOf(list);
                    var actual = Enumerable.Range(0, Math.Max(0, count))
                        .Select(i => template.ElementMemberAt(facts, list, i)).ToList();
                    var expected = Enumerable.Range(0, terms.Count).Select(terms.LocationAt).ToList();
                    walked += actual.Count;
                    var same = actual.Count == expected.Count && (count <= 0) == expectedMissing
                        && (!expectedMissing || listLocation.ToString() == expectedList.ToString())
                        && actual.Zip(expected).All(p => p.First.Node == p.Second.Node && p.First.ToString() == p.Second.ToString());
                    if (!same)
                    {
                        problem ??= $"{template.Text} at {totals.LocationAt(t)}: [{string.Join(", ", actual)}] "
                            + $"(missing {count <= 0}: {listLocation}), expected [{string.Join(", ", expected)}] "
                            + $"(missing {expectedMissing}: {expectedList})";
                    }
                }
            }
        }

        Expansions.Return(totals);
        Expansions.Return(terms);
        return walked;
    }

    /// <summary>The sample with its first evaluation's indicators and its second's funds emptied.</summary>
    private static FinalAccountsReport EmptyLists()
    {
        var performance = TestReports.Sample.Performance!;
        var evaluations = performance.Evaluations.ToList();
        evaluations[0] = evaluations[0] with { Indicators = [] };
        evaluations[1] = evaluations[1] with { Funds = [] };
        return TestReports.Sample with { Performance = performance with { Evaluations = evaluations } };
    }
}
