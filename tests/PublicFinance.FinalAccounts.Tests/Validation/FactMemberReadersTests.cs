using System.Globalization;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The fact index's generated member readers (session 16, <c>FactMemberReaders</c>): current with the contract, used for
/// every record type of the report (else the index would silently fall back to the contract's getters), and giving the
/// same index as the contract's getters (<c>ReportFacts.CreateByGetters</c>, the walk before them, as the oracle) node
/// by node — values, names, parents, children, scalars, type chains — on the sample and on generated reports. The
/// contract walk (<c>CreateByContract</c>) is checked against both by <see cref="TypedIndexTests"/>.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class FactMemberReadersTests
{
    [Fact]
    public void GeneratedReaders_AreCurrent()
        => GeneratedFile.Check(
            FactMemberReadersGenerator.RelativePath,
            FactMemberReadersGenerator.Generate(),
            "FINACCT_UPDATE_FACT_READERS",
            "The model or its contract changed: the fact index's member readers must be made again from the metadata. ");

    /// <summary>Every record type the sample holds is read by a generated reader whose names are the contract's.</summary>
    [Fact]
    public void EveryRecordOfTheSample_HasAGeneratedReader()
    {
        var facts = ReportFacts.CreateByContract(TestReports.Sample);
        var records = Enumerable.Range(0, facts.NodeCount)
            .Where(node => facts.ValueOf(node) is not null && facts.ChildrenOf(node).Kind == 1)
            .Select(node => facts.ValueOf(node)!.GetType())
            .Distinct()
            .ToList();
        // The sample has tables, narrative and evaluations: dozens of record types, not a handful.
        Assert.True(records.Count > 20, records.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(records, type => Assert.NotNull(NodeShape.Of(type).Reader));
    }

    /// <summary>On the sample the readers give the index the getters give, and so does a pooled index.</summary>
    [Fact]
    public void Readers_OnTheSample_GiveTheIndexOfTheGetters()
    {
        var byGetters = ReportFacts.CreateByGetters(TestReports.Sample);
        Assert.Empty(TypedIndexTests.Differences(ReportFacts.Create(TestReports.Sample), byGetters));
        var pooled = ReportFacts.Create(TestReports.Sample, pooled: true);
        try
        {
            Assert.Empty(TypedIndexTests.Differences(pooled, byGetters));
        }
        finally
        {
            pooled.ReturnToPool();
        }
    }

    /// <summary>The same on generated reports (absent members, nullable values, empty and long lists).</summary>
    [Property(MaxTest = 80)]
    public Property Readers_GiveTheIndexOfTheGetters(FinalAccountsReport report)
    {
        var differences = TypedIndexTests.Differences(ReportFacts.Create(report), ReportFacts.CreateByGetters(report));
        return (differences.Count == 0).Label(string.Join("; ", differences.Take(5)));
    }

    /// <summary>
    /// A record's absent members take no node and the present ones keep the contract's order (checked on records built
    /// here: one member of three present, then two).
    /// </summary>
    [Fact]
    public void AbsentMembers_TakeNoNode_PresentOnesKeepTheirOrder()
    {
        var report = TestReports.Sample with
        {
            Entity = TestReports.Sample.Entity with
            {
                Units = [new ConstituentUnit { Name = "本级" }, new ConstituentUnit { Name = "下属", Note = "注" }],
            },
        };
        var facts = ReportFacts.Create(report);
        var units = facts.Find("/entity/units");
        var first = facts.Element(units, 0);
        var second = facts.Element(units, 1);
        // Kind 1 is a record (ChildrenOf: 0 leaf, 1 record, 2 list).
        Assert.Equal(((byte)1, 1), (facts.ChildrenOf(first).Kind, facts.ChildrenOf(first).Count));
        Assert.Equal("name", facts.NameOf(facts.ChildrenOf(first).First));
        Assert.Equal(2, facts.ChildrenOf(second).Count);
        var names = new[] { facts.NameOf(facts.ChildrenOf(second).First), facts.NameOf(facts.ChildrenOf(second).First + 1) };
        Assert.Equal(new[] { "name", "note" }, names);
        Assert.Equal("注", facts.ValueOf(facts.Member(second, "note")));
        Assert.Equal(-1, facts.Member(first, "note"));
    }
}
