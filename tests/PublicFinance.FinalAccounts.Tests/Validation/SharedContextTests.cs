using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 13 (issue 13): one <see cref="ValidationContext"/> serves the library's own rules in turn instead of a new
/// one per rule. The oracle is the loop as it was, kept here: a new context for every rule. Both must give the same
/// findings, verifications and coverage (with missing pointers) on the sample, every conformance case and generated
/// reports; and a rule made by a caller, which may keep its context, still gets one of its own.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class SharedContextTests
{
    // Without the consequence analysis (rules spec §5.1): it needs every rule's findings at once, which a context per rule
    // cannot give; what is compared here is the rules' shared context.
    private static readonly ValidationOptions Plain = ValidationOptions.Default with { LinkConsequences = false };

    private static readonly ValidationOptions Verifying = Plain with { RecordVerifications = true };

    [Fact]
    public void EveryCase_AsWithANewContextPerRule()
    {
        foreach (var report in CompiledConditionTests.CaseReports.Value)
        {
            foreach (var options in new[] { Plain, Verifying })
            {
                var expected = LocatedRatioTests.Outcome(NewContextPerRule(report, options));
                Assert.Equal(expected, LocatedRatioTests.Outcome(Validator.Default.WithOptions(options).Validate(report)));
            }
        }
    }

    [Property(MaxTest = 100)]
    public Property GeneratedReports_AsWithANewContextPerRule(FinalAccountsReport report)
    {
        var expected = LocatedRatioTests.Outcome(NewContextPerRule(report, Verifying));
        var actual = LocatedRatioTests.Outcome(Validator.Default.WithOptions(Verifying).Validate(report));
        return (actual == expected).Label(actual);
    }

    [Fact]
    public void ACallersRule_KeepsAContextOfItsOwn()
    {
        // "FA0000" sorts before every rule of the catalogue, so the library's rules run after it: were its context shared,
        // the one it kept would now name the last of them and hold their counts.
        ValidationContext? kept = null;
        var descriptor = new RuleDescriptor("FA0000", RuleCategory.Presence, Severity.Warning, "自定义", "Custom", "-", "-");
        var custom = new CodeRule(descriptor, c =>
        {
            kept = c;
            c.Pass();
        });
        var sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var result = new Validator([custom, .. Validator.Default.Rules]).Validate(sample);
        Assert.NotNull(kept);
        Assert.Equal("FA0000", kept.Rule.Id);
        Assert.Equal(1, kept.ToCoverage().Passed);
        Assert.Equal(0, kept.ToCoverage().NotApplicable + kept.ToCoverage().Failed + kept.ToCoverage().CouldNotRun);
        Assert.Equal(1, result.CoverageOf("FA0000")!.Passed);
    }

    /// <summary>The validator's loop as it was before session 13: a new context for every rule.</summary>
    private static ValidationResult NewContextPerRule(FinalAccountsReport report, ValidationOptions options)
    {
        var rules = Validator.Default.Rules;
        IReadOnlyList<Relation> relations = [.. rules.OfType<RelationRule>().SelectMany(r => r.Relations)];
        var facts = ReportFacts.Create(report);
        var scope = InputScopes.Resolve(options.Scope, report);
        var diagnostics = new List<Diagnostic>();
        var coverage = new List<RuleCoverage>();
        var verifications = new List<Verification>();
        foreach (var rule in rules)
        {
            var context = new ValidationContext(report, facts, options, rule.Descriptor, SourceMap.Empty, null, null, scope, relations);
            rule.Check(context);
            diagnostics.AddRange(context.Diagnostics);
            coverage.Add(context.ToCoverage());
            verifications.AddRange(context.Verifications);
        }

        return new ValidationResult { Diagnostics = diagnostics, Coverage = coverage, Verifications = verifications };
    }
}
