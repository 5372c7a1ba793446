using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 15 (issue 13): an inequality's bound or a ratio's numerator and denominator that name a member beside the
/// checked figure (<c>…/indicators/*/weight</c> beside <c>…/indicators/*/score</c>) are resolved below the list element the
/// checked figure came from (<see cref="CompiledRelation.Bind"/>), not expanded from the root again. The oracle is the
/// expansion from the root with the same indices (<see cref="PointerTemplate.BindIn"/>): every location must be the same
/// node, or the same absent place, on the sample, every conformance case and generated reports.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class BesideBindingTests
{
    /// <summary>The catalogue's inequalities and ratios, compiled.</summary>
    private static readonly CompiledRelation[] Bound =
    [
        .. RuleCatalogue.Relations.Where(r => r is InequalityRelation or RatioRelation).Select(CompiledRelation.Compile),
    ];

    [Fact]
    public void TheCatalogue_HasItemsBesideTheirFigure_AndItemsThatAreNot()
    {
        // Scores beside weights, execution rates beside their figures; the shares name a whole elsewhere.
        Assert.Contains(Bound, c => c.Beside.Any(b => b));
        Assert.Contains(Bound, c => c.Beside.Any(b => !b));
        Assert.True(PointerTemplate.Parse("/a/*/b/*/c").IsBeside(PointerTemplate.Parse("/a/*/b/*/d/e")));
        Assert.False(PointerTemplate.Parse("/a/*/b/*/c").IsBeside(PointerTemplate.Parse("/a/*/x/*/c")));
        Assert.False(PointerTemplate.Parse("/a/*/c").IsBeside(PointerTemplate.Parse("/a/*/b/*/c")));
        Assert.False(PointerTemplate.Parse("/a/b").IsBeside(PointerTemplate.Parse("/a/c")));
    }

    [Fact]
    public void TheSampleAndEveryCase_BindAsFromTheRoot()
    {
        var compared = 0;
        foreach (var report in CompiledConditionTests.CaseReports.Value)
        {
            compared += Compare(report, out var problem);
            Assert.Null(problem);
        }

        // Locations beside their figure were compared, or the fast path was never taken.
        Assert.True(compared > 50);
    }

    [Property(MaxTest = 100)]
    public Property GeneratedReports_BindAsFromTheRoot(FinalAccountsReport report)
    {
        Compare(report, out var problem);
        return (problem is null).Label(problem ?? string.Empty);
    }

    /// <summary>Every item of every relation bound both ways; the number of locations bound beside their figure.</summary>
    private static int Compare(FinalAccountsReport report, out string? problem)
    {
        problem = null;
        var facts = ReportFacts.Create(report);
        var primaries = Expansions.Rent();
        var scratch = Expansions.Rent();
        var beside = 0;
        foreach (var compiled in Bound)
        {
            compiled.Primary!.Expand(facts, default, primaries, out _);
            for (var e = 0; e < primaries.Count; e++)
            {
                for (var k = 0; k < compiled.Items.Length; k++)
                {
                    var fast = compiled.Bind(k, facts, primaries, e, scratch);
                    var slow = compiled.Items[k].BindIn(facts, primaries.IndicesOf(e), scratch);
                    beside += compiled.Beside[k] && primaries.ElementAt(e) >= 0 ? 1 : 0;
                    if (fast.Node != slow.Node || fast.ToString() != slow.ToString())
                    {
                        problem ??= $"{compiled.Items[k].Text} at {primaries.LocationAt(e)}: {fast} (node {fast.Node}), "
                            + $"expected {slow} (node {slow.Node})";
                    }
                }
            }
        }

        Expansions.Return(primaries);
        Expansions.Return(scratch);
        return beside;
    }
}
