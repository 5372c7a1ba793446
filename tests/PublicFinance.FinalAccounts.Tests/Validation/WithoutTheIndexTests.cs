using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 25 (issue 13): every rule of the catalogue except the condition relations decides the sample and its variants from
/// the typed model — the code rules (FA2107 and FA5003 too), the compiled sums, checks and lists, and the findings the
/// compiled walks used to hand back to the interpreter (FA1205's roll-up within rounding, FA1206's sum within rounding,
/// FA4001's inequality) — so run alone it builds no fact index. Counted, not timed: <c>LazyFacts.BuiltOnThread</c> read
/// before and after each validation on the same thread. The condition relations are valanchors' (<c>LazyFactsTests</c>).
/// The sample is decided under three rounding modes (FA1205's note becomes a finding under exact reading, still typed).
/// </summary>
public class WithoutTheIndexTests
{
    [Fact]
    public void EveryRuleButTheConditionRelations_BuildsNoIndex_OnTheSampleAndItsVariants()
    {
        var rules = RulesWithoutConditions();
        // The catalogue's 140 rules: 29 are condition relations alone (session 24's census; FA2208, schema 1.7) and are left
        // out whole; the other 111 keep every relation that is not a condition (a rule of code, or of sums, checks and lists).
        Assert.Equal(RuleCatalogue.Rules.Count - 29, rules.Count);
        var built = new List<string>();
        foreach (var (name, report, options) in Variants())
        {
            foreach (var rule in rules)
            {
                var before = LazyFacts.BuiltOnThread;
                new Validator([rule], options).Validate(report);
                if (LazyFacts.BuiltOnThread != before)
                {
                    built.Add(name + ": " + rule.Descriptor.Id);
                }
            }

            // All of them together, as the default validator runs them: no index either.
            var all = LazyFacts.BuiltOnThread;
            new Validator(rules, options).Validate(report);
            Assert.True(LazyFacts.BuiltOnThread == all, name + ": the rules together built an index");
        }

        Assert.True(built.Count == 0, string.Join("\n", built));
    }

    [Fact]
    public void TheCounter_CountsAnIndexBuilt()
    {
        // The test above could not fail if the counter never moved: a rule that reads the index (a caller's code rule
        // asking for it) makes it move by one.
        var reader = PublicFinance.FinalAccounts.Validation.Rules.CodeRule.Declare(
            "FA9901", RuleCategory.Presence, Severity.Info, "读索引", "Reads the index", "-", "-",
            static context => _ = context.Facts.ListCount("/narrative"));
        var before = LazyFacts.BuiltOnThread;
        new Validator([reader]).Validate(TestReports.Sample);
        Assert.Equal(before + 1, LazyFacts.BuiltOnThread);
    }

    /// <summary>Each catalogue rule without its condition relations (a rule of condition relations alone is left out).</summary>
    internal static List<IValidationRule> RulesWithoutConditions()
    {
        var rules = new List<IValidationRule>();
        foreach (var rule in RuleCatalogue.Rules)
        {
            if (rule is not RelationRule relations)
            {
                rules.Add(rule);
                continue;
            }

            var kept = relations.Relations.Where(r => r is not ConditionRelation).ToList();
            if (kept.Count > 0)
            {
                rules.Add(kept.Count == relations.Relations.Count ? rule : new RelationRule(rule.Descriptor, kept));
            }
        }

        return rules;
    }

    /// <summary>
    /// The sample under every rounding mode and input scope (the compiled walks run when values are read first and no
    /// verification is recorded: the options a validation uses unless asked otherwise). Not its shares moved: a ratio of a
    /// list's elements that does not pass (FA3004's execution rates) is still handed back to the interpreter.
    /// </summary>
    private static IEnumerable<(string Name, FinalAccountsReport Report, ValidationOptions Options)> Variants()
    {
        var reports = new[] { ("sample", TestReports.Sample) };
        foreach (var (name, report) in reports)
        {
            foreach (var rounding in new[] { RoundingMode.RoundToNearest, RoundingMode.Truncation, RoundingMode.Exact })
            {
                foreach (var scope in new[] { InputScope.Auto, InputScope.Complete, InputScope.Narrative, InputScope.Fragment })
                {
                    yield return (name + ", " + rounding + ", " + scope, report,
                        ValidationOptions.Default with { Rounding = rounding, Scope = scope });
                }
            }
        }
    }
}
