using System.Text.Json;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The index's look-ups by interned name (session 11): <c>ReportFacts.InternedChild</c> (a reference comparison) against
/// <c>Child</c> (characters compared), <c>RecordsNamed</c> (a scan of the node array sorted by pre-order number) against the
/// pre-order walk it replaced, and <c>EnumNames</c> (names by the enum's number) against the naming policy.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class InternedNamesTests
{
    /// <summary>On generated reports every record's members, and names it lacks, are found alike both ways.</summary>
    [Property(MaxTest = 60)]
    public Property InternedChild_FindsWhatChildFinds(FinalAccountsReport report)
    {
        var wrong = ChildDifferences(ReportFacts.Create(report), out _);
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(5)));
    }

    /// <summary>The same on the sample, where many look-ups must find a member (not only agree on "absent").</summary>
    [Fact]
    public void InternedChild_OnTheSample_FindsWhatChildFinds()
    {
        var wrong = ChildDifferences(ReportFacts.Create(TestReports.Sample), out var found);
        Assert.Empty(wrong);
        // Every present member of every record is looked up by its own name, so at least one look-up per member finds it:
        // the sample has hundreds of members (its amounts alone are more than 100).
        Assert.True(found > 100, $"only {found} members found");
    }

    /// <summary>On generated reports the records named by each member name of the index, in document order, agree.</summary>
    [Property(MaxTest = 60)]
    public Property RecordsNamed_IsThePreOrderWalk(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var wrong = Names(facts).Append("change").Append("budget").Append("absent")
            .Where(name => !facts.RecordsNamed(name).SequenceEqual(facts.RecordsNamedByWalk(name)))
            .ToList();
        return (wrong.Count == 0).Label(string.Join(", ", wrong));
    }

    /// <summary>
    /// On the sample: 21 year-over-year changes and 8 budget comparisons (counted in the JSON: the objects under a member
    /// named "change" and "budget"), in document order, as the walk finds them.
    /// </summary>
    [Fact]
    public void RecordsNamed_OnTheSample_FindsTheChangesAndBudgetsInDocumentOrder()
    {
        var facts = ReportFacts.Create(TestReports.Sample);
        Assert.Equal(21, facts.RecordsNamed("change").Length);
        Assert.Equal(8, facts.RecordsNamed("budget").Length);
        foreach (var name in Names(facts))
        {
            Assert.Equal(facts.RecordsNamedByWalk(name), facts.RecordsNamed(name));
        }
    }

    /// <summary>
    /// Every value of every enum of the model is named as the naming policy names it; a number without a member is named
    /// by its digits (as <c>ToString</c> gives them); a number past the kept range is left to the caller.
    /// </summary>
    [Fact]
    public void EnumNames_AreThePolicysNames()
    {
        var enums = typeof(FinalAccountsReport).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                Assert.True(EnumNames.TryGet(value, out var text), value.ToString());
                Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), text);
            }

            // 63 is the last number kept; no enum of the model has so many members, so it is written as digits.
            Assert.True(EnumNames.TryGet((Enum)Enum.ToObject(type, 63), out var undefined));
            Assert.Equal("63", undefined);
            Assert.False(EnumNames.TryGet((Enum)Enum.ToObject(type, 64), out _));
            Assert.False(EnumNames.TryGet((Enum)Enum.ToObject(type, -1), out _));
        }
    }

    /// <summary>Look-ups where <c>InternedChild</c> and <c>Child</c> (given a copy of the name) disagree.</summary>
    private static List<string> ChildDifferences(ReportFacts facts, out int found)
    {
        var names = Names(facts).Append("absent").ToList();
        var wrong = new List<string>();
        found = 0;
        for (var node = 0; node < facts.NodeCount; node++)
        {
            if (facts.ChildrenOf(node).Kind != NodeShape.ObjectKind || facts.ValueOf(node) is null)
            {
                continue;
            }

            foreach (var name in names)
            {
                // A copy: Child must find the member by its characters, InternedChild by the interned string.
                var expected = facts.Child(node, new string(name.ToCharArray()));
                var actual = facts.InternedChild(node, string.Intern(name));
                found += expected >= 0 ? 1 : 0;
                if (expected != actual)
                {
                    wrong.Add($"node {node} '{name}': {actual} ≠ {expected}");
                }
            }
        }

        return wrong;
    }

    /// <summary>The distinct member names of an index.</summary>
    private static List<string> Names(ReportFacts facts) =>
        [.. Enumerable.Range(0, facts.NodeCount).Select(facts.NameOf).OfType<string>().Distinct(StringComparer.Ordinal)];
}
