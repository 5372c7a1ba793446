using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The typed walk of the fact index (session 10: <c>NodeShape</c> per declared type, getters in arrays, type chains by
/// small ids, subtrees as node ranges) against the contract-metadata walk it replaced, kept internal as the oracle
/// (<c>ReportFacts.CreateByContract</c>): the same nodes with the same values, names, parents and children, the same type
/// chains, and the range-based <c>IsWithin</c>/<c>AnyBelow</c> against walks up the parents.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class TypedIndexTests
{
    private static readonly FinalAccountsReport Sample = TestReports.Sample;

    /// <summary>On generated reports both walks give the same index, node by node.</summary>
    [Property(MaxTest = 80)]
    public Property TypedWalk_GivesTheSameFactsAsTheContractWalk(FinalAccountsReport report)
    {
        var differences = Differences(ReportFacts.Create(report), ReportFacts.CreateByContract(report));
        return (differences.Count == 0).Label(string.Join("; ", differences.Take(5)));
    }

    /// <summary>On the sample (tables, narrative and evaluations five levels deep) both walks agree, and so does a pooled index.</summary>
    [Fact]
    public void TypedWalk_OnTheSample_GivesTheSameFactsAsTheContractWalk()
    {
        var typed = ReportFacts.Create(Sample);
        Assert.Empty(Differences(typed, ReportFacts.CreateByContract(Sample)));
        // The sample has figures: the index is not trivially empty (a report has far more than 100 values).
        Assert.True(typed.NodeCount > 100);
        var pooled = ReportFacts.Create(Sample, pooled: true);
        try
        {
            Assert.Empty(Differences(pooled, typed));
        }
        finally
        {
            pooled.ReturnToPool();
        }
    }

    /// <summary>
    /// <c>IsWithin</c> (a node-range test) agrees with a walk up the parents, and <c>AnyBelow</c> (a scan of the range)
    /// with the amounts' chain filtered by that walk, for every pair of a spread of nodes.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Subtrees_AgreeWithWalksUpTheParents(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var wrong = SubtreeDifferences(facts);
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(5)));
    }

    /// <summary>The same on the sample.</summary>
    [Fact]
    public void Subtrees_OnTheSample_AgreeWithWalksUpTheParents()
    {
        var facts = ReportFacts.Create(Sample);
        Assert.Empty(SubtreeDifferences(facts));
        // The root holds every node and amounts lie below it; a node is within itself; nothing is within an absent node.
        Assert.True(facts.AnyBelow<Amount>(ReportFacts.Root));
        Assert.True(facts.IsWithin(facts.NodeCount - 1, ReportFacts.Root));
        Assert.True(facts.IsWithin(5, 5));
        Assert.False(facts.IsWithin(5, -1));
        Assert.False(facts.IsWithin(-1, 5));
    }

    internal static List<string> Differences(ReportFacts actual, ReportFacts expected)
    {
        var wrong = new List<string>();
        if (actual.NodeCount != expected.NodeCount)
        {
            wrong.Add($"node count {actual.NodeCount} ≠ {expected.NodeCount}");
            return wrong;
        }

        for (var node = 0; node < actual.NodeCount; node++)
        {
            var (a, e) = (actual.ValueOf(node), expected.ValueOf(node));
            // Records and lists are the report's own objects; boxed leaves are equal values.
            var same = a is null ? e is null : e is not null && (ReferenceEquals(a, e) || (a.GetType().IsValueType && a.Equals(e)));
            var sameParent = node == 0 || actual.ParentOf(node) == expected.ParentOf(node);
            var sameScalar = a is null || actual.IsScalar(node) == expected.IsScalar(node);
            if (!same || actual.NameOf(node) != expected.NameOf(node) || !sameParent || actual.ChildrenOf(node) != expected.ChildrenOf(node)
                || !sameScalar)
            {
                wrong.Add($"node {node} ({expected.PointerOf(node)})");
            }
        }

        Chain<object>(actual, expected, wrong);
        Chain<Amount>(actual, expected, wrong);
        Chain<Percent>(actual, expected, wrong);
        Chain<StatedFigure>(actual, expected, wrong);
        Chain<PerformanceEvaluation>(actual, expected, wrong);
        if (actual.AnyDeclaredEmpty != expected.AnyDeclaredEmpty)
        {
            wrong.Add("isEmpty seen");
        }

        return wrong;
    }

    private static void Chain<T>(ReportFacts actual, ReportFacts expected, List<string> wrong)
    {
        if (!actual.NodesOfType<T>().SequenceEqual(expected.NodesOfType<T>()))
        {
            wrong.Add("chain of " + typeof(T).Name);
        }
    }

    private static List<string> SubtreeDifferences(ReportFacts facts)
    {
        var wrong = new List<string>();
        // Every node against at most 60 spread candidates (all pairs would be quadratic on large tables).
        var step = Math.Max(1, facts.NodeCount / 60);
        var amounts = facts.NodesOfType<Amount>().ToList();
        for (var ancestor = 0; ancestor < facts.NodeCount; ancestor += step)
        {
            if (facts.ValueOf(ancestor) is null)
            {
                continue;
            }

            for (var node = 0; node < facts.NodeCount; node++)
            {
                if (facts.ValueOf(node) is not null && facts.IsWithin(node, ancestor) != WithinByParents(facts, node, ancestor))
                {
                    wrong.Add($"IsWithin({node}, {ancestor})");
                }
            }

            var below = amounts.Any(n => n != ancestor && WithinByParents(facts, n, ancestor));
            if (facts.AnyBelow<Amount>(ancestor) != below)
            {
                wrong.Add($"AnyBelow({ancestor})");
            }
        }

        return wrong;
    }

    /// <summary>The oracle: <paramref name="ancestor"/> is the node or one of its parents.</summary>
    private static bool WithinByParents(ReportFacts facts, int node, int ancestor)
    {
        for (var p = node; p >= 0; p = facts.ParentOf(p))
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
