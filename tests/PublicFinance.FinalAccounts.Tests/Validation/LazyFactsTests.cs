using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 24 (issue 13): the fact index of a validation is built only when a rule reads it (<see
/// cref="ValidationContext.Facts"/>, through the run's <c>LazyFacts</c>), at most once per run, and given back at the end.
/// Proved by a counter (<c>LazyFacts.BuiltOnThread</c>, indexes built on the calling thread), not by timing; and the
/// one test the compiled walks make without the index (<see cref="ValidationContext.AnyDeclaredEmpty"/>) answers as the
/// index does.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class LazyFactsTests
{
    private static readonly RuleDescriptor Quiet =
        new("FA0000", RuleCategory.Presence, Severity.Warning, "不读索引的规则", "A rule that reads no index", "-", "-");

    private static readonly RuleDescriptor Reader =
        new("FA0001", RuleCategory.Presence, Severity.Warning, "读索引的规则", "A rule that reads the index", "-", "-");

    private static readonly RuleDescriptor OtherReader =
        new("FA0003", RuleCategory.Presence, Severity.Warning, "也读索引的规则", "Another rule that reads the index", "-", "-");

    private static readonly RuleDescriptor PreviousReader =
        new("FA0002", RuleCategory.Presence, Severity.Warning, "读上年索引的规则", "A rule that reads last year's index", "-", "-");

    [Fact]
    public void NoRuleReadsIt_NothingIsBuilt()
    {
        // A validator with no rule, and one whose only rule decides from the typed report: no rule asks for the index,
        // so none may be built (with last year's report given too: its index is as lazy).
        foreach (var validator in new[] { Validator.Default.WithRules(), new Validator([new ReportOnlyRule()]) })
        {
            var before = BuiltOnThread();
            var result = validator.Validate(TestReports.Sample);
            validator.Validate(TestReports.Sample, TestReports.Sample);
            Assert.Equal(before, BuiltOnThread());
            Assert.All(result.Coverage, c => Assert.Equal(1, c.Passed));
        }
    }

    [Fact]
    public void TwoRulesReadIt_BuiltOnceAndShared()
    {
        // Two rules read the index of one validation: the first read builds it, the second gets the same index (one
        // build); last year's index is not read, so not built. A second validation builds its own (a run's index is
        // given back at its end).
        var validator = new Validator([new ReportOnlyRule(), new IndexRule(Reader), new IndexRule(OtherReader)]);
        var before = BuiltOnThread();
        var result = validator.Validate(TestReports.Sample, TestReports.Sample);
        Assert.Equal(before + 1, BuiltOnThread());
        validator.Validate(TestReports.Sample);
        Assert.Equal(before + 2, BuiltOnThread());
        // The rules that read it saw the report's values: the sample names its entity.
        Assert.Equal(3, result.Coverage.Count(c => c.Passed == 1));
    }

    [Fact]
    public void LastYearsIndex_BuiltOnlyWhenRead()
    {
        // Only the rule reading last year's index builds it: one build for two validations without it, then one for it.
        var validator = new Validator([new PreviousIndexRule()]);
        var before = BuiltOnThread();
        validator.Validate(TestReports.Sample);
        Assert.Equal(before, BuiltOnThread());
        var result = validator.Validate(TestReports.Sample, TestReports.Sample);
        Assert.Equal(before + 1, BuiltOnThread());
        Assert.Equal(1, Assert.Single(result.Coverage).Passed);
    }

    [Fact]
    public void TheCatalogue_BuildsNoIndexOnTheSample()
    {
        // Session 25: every rule of the default catalogue decides the sample from the typed model — the condition
        // relations through their typed anchor runs (valanchors), the code rules, lists and the walks' former hand-backs
        // (valrules) — so validating the sample builds no index at all.
        var before = BuiltOnThread();
        Validator.Default.Validate(TestReports.Sample);
        Assert.Equal(before, BuiltOnThread());
        // With last year's report the across-year rules (FA7001–FA7003) are still written over an index: exactly one is
        // built for the whole validation, never one per rule — every rule shares the run's index.
        Validator.Default.Validate(TestReports.Sample, TestReports.Sample);
        Assert.Equal(before + 1, BuiltOnThread());
    }

    [Fact]
    public void DeclaredEmpty_FromTheModel_AsTheIndex()
    {
        // The fund tables are the model's only isEmpty members: each state of the two (absent, null, false, true) read
        // from the model must give the index's answer, which is true exactly when one of them is true.
        bool?[] states = [null, false, true];
        foreach (var fund in states)
        {
            foreach (var capital in states)
            {
                var report = TestReports.Sample with
                {
                    Tables = (TestReports.Sample.Tables ?? new DisclosureTables()) with
                    {
                        GovernmentFund = fund is null ? null : new FundAppropriationTable { IsEmpty = fund },
                        StateCapital = new FundAppropriationTable { IsEmpty = capital },
                    },
                };
                var expected = fund == true || capital == true;
                Assert.Equal(expected, ReportFacts.Create(report).AnyDeclaredEmpty);
                Assert.Equal(expected, new LazyFacts(report).AnyDeclaredEmpty);
            }
        }
    }

    [Property(MaxTest = 60)]
    public bool DeclaredEmpty_GeneratedReports_AsTheIndex(FinalAccountsReport report) =>
        new LazyFacts(report).AnyDeclaredEmpty == ReportFacts.Create(report).AnyDeclaredEmpty;

    [Property(MaxTest = 30)]
    public bool GeneratedReports_TheCatalogue_BuildsOneIndex(FinalAccountsReport report)
    {
        var before = BuiltOnThread();
        Validator.Default.Validate(report);
        return BuiltOnThread() == before + 1;
    }

    private static int BuiltOnThread() => LazyFacts.BuiltOnThread;

    /// <summary>Decides from the typed report alone: passes when the report names its entity.</summary>
    private sealed class ReportOnlyRule : IValidationRule
    {
        public RuleDescriptor Descriptor => Quiet;

        public void Check(ValidationContext context)
        {
            if (context.Report.Entity.Name.Length > 0)
            {
                context.Pass();
            }
        }
    }

    /// <summary>Reads the index: passes when it holds the entity's name.</summary>
    private sealed class IndexRule(RuleDescriptor descriptor) : IValidationRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Check(ValidationContext context)
        {
            if (context.Facts.TryGet<string>("/entity/name", out var name) && name.Length > 0)
            {
                context.Pass();
            }
        }
    }

    /// <summary>Reads last year's index when there is a last year: passes when it holds the entity's name.</summary>
    private sealed class PreviousIndexRule : IValidationRule
    {
        public RuleDescriptor Descriptor => PreviousReader;

        public void Check(ValidationContext context)
        {
            if (context.PreviousReport is not null && context.PreviousFacts!.TryGet<string>("/entity/name", out var name)
                && name.Length > 0)
            {
                context.Pass();
            }
        }
    }
}
