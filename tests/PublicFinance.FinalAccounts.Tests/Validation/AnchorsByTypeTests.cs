using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 20 (issue 13): the anchors of the condition relations over <c>/**/change</c> and <c>/**/budget</c> are the type
/// chain of the one record type the contract says such members hold (<c>NamedRecordType</c>,
/// <c>ReportFacts.RecordsNamedByType</c>) instead of a scan of the node array. The oracles: the scan (internal
/// <c>ValidationOptions.AnchorsByType = false</c>) for the whole catalogue — findings, severities, pointers, messages,
/// verifications and coverage with missing pointers byte-identical on the sample and its variants, every conformance case
/// and its variants, generated reports and their mutants, six option sets and rules removed —; and the chain against the
/// scan and the pre-order walk for every member name of generated indexes.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class AnchorsByTypeTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    /// <summary>Relations over changes and budgets, and the rules that reuse relations.</summary>
    private static readonly string[] Removed = ["FA2101", "FA2104", "FA2203", "FA2009", "FA2107"];

    [Fact]
    public void EveryCase_AndItsVariants_AsTheScan()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheScan() =>
        OracleSweeps.TheSampleAndItsVariants(Options, Removed, BothWays);

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheScan(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    [Fact]
    public void TheChangesName_HoldsOneSealedRecordType_TheBudgetsNameTwo()
    {
        // From the model: YearOverYearChange is a sealed record held only by the members named change (OverallStatement,
        // AppropriationStatement, StatedFigure and so FunctionalFigure; PersonnelCount's change is a number, never a record).
        // budget names BudgetComparison in the narrative but ThreePublicColumns (not sealed) in the 三公 table: not certain.
        Assert.Equal(NodeShape.IdOf(typeof(YearOverYearChange)), NamedRecordType.Of("change")?.TypeId);
        Assert.Null(NamedRecordType.Of("budget"));
    }

    [Fact]
    public void AName_WhoseTypeIsNotCertain_HasNone()
    {
        // total: StatedFigure in the narrative (not sealed: FunctionalFigure derives from it) and other types in the tables;
        // amount: a scalar; rows and items: lists; a name no member has: no type at all.
        Assert.Null(NamedRecordType.Of("total"));
        Assert.Null(NamedRecordType.Of("amount"));
        Assert.Null(NamedRecordType.Of("rows"));
        Assert.Null(NamedRecordType.Of("items"));
        Assert.Null(NamedRecordType.Of("noSuchMember"));
    }

    /// <summary>
    /// On the sample the chain gives the 21 changes (counted in the JSON: the objects under a member named change) in
    /// document order, as the scan and the walk do, though the index holds lists of runtime types the contract does not
    /// declare (ReadOnlyValueList); budget falls back to the scan, which finds what the walk finds.
    /// </summary>
    [Fact]
    public void OnTheSample_TheChainIsTheChanges()
    {
        var facts = ReportFacts.Create(TestReports.Sample);
        var changes = facts.RecordsNamedByType("change");
        Assert.NotNull(changes);
        Assert.Equal(21, changes.Length);
        Assert.Equal(facts.RecordsNamedByScan("change"), changes);
        Assert.Equal(facts.RecordsNamedByWalk("change"), changes);
        Assert.All(changes, node => Assert.IsType<YearOverYearChange>(facts.ValueOf(node)));
        Assert.Null(facts.RecordsNamedByType("budget"));
        Assert.Equal(facts.RecordsNamedByWalk("budget"), facts.RecordsNamed("budget"));
    }

    /// <summary>
    /// On generated reports, for every member name of the index (and the two anchor names and one no member has): where the
    /// chain answers, it is the scan and the walk; the answer of <c>RecordsNamed</c> is always the walk's.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property TheChain_IsTheScan_ForEveryName(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var names = Enumerable.Range(0, facts.NodeCount).Select(facts.NameOf).OfType<string>()
            .Append("change").Append("budget").Append("noSuchMember").Distinct(StringComparer.Ordinal).ToList();
        var wrong = names
            .Where(name => facts.RecordsNamedByType(name) is { } chained
                ? !chained.SequenceEqual(facts.RecordsNamedByScan(name)) || !chained.SequenceEqual(facts.RecordsNamedByWalk(name))
                : !facts.RecordsNamed(name).SequenceEqual(facts.RecordsNamedByWalk(name)))
            .ToList();
        return (wrong.Count == 0).Label(string.Join(", ", wrong));
    }

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { AnchorsByType = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { AnchorsByType = false }).Validate(report)));
}
