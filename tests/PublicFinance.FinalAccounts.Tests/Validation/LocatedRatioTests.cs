using System.Globalization;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 13 (issue 13): a ratio relation's check names its percentage, numerator and denominator by location and writes
/// their pointer texts only when it records something, instead of writing three pointers and an array for every ratio.
/// The oracle is a path by pointer texts (<see cref="EvaluateRatioByText"/>: every pointer written and resolved as text,
/// then the public overload of <c>ValidationContext.CheckRatio</c> that takes the texts):
/// every rule that holds a ratio relation must give the same findings (messages, pointers, intervals, differences),
/// verifications and coverage both ways — on the sample, on every conformance case and on generated reports whose stated
/// percentages were moved so that the ratios fail.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class LocatedRatioTests
{
    private static readonly ValidationOptions[] Options =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { RecordVerifications = true },
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation, RecordVerifications = true },
    ];

    /// <summary>The rules of the catalogue that hold at least one ratio relation (FA2001–FA2006 and others).</summary>
    private static readonly RelationRule[] RatioRules =
        [.. RuleCatalogue.Rules.OfType<RelationRule>().Where(r => r.Relations.Any(x => x is RatioRelation))];

    [Fact]
    public void RatioRules_AreThere()
    {
        // FA2001–FA2006 are each made of ratio relations only (RuleCatalogue.Shares.cs), so at least those six.
        Assert.True(RatioRules.Length >= 6);
        Assert.Contains(RatioRules, r => r.Descriptor.Id == "FA2001");
    }

    [Fact]
    public void EveryCase_AndItsMovedShares_AsTheTextPath()
    {
        var failing = 0;
        foreach (var report in CompiledConditionTests.CaseReports.Value)
        {
            foreach (var variant in new[] { report, MoveShares(report) })
            {
                foreach (var options in Options)
                {
                    foreach (var rule in RatioRules)
                    {
                        var (actual, expected) = BothWays(variant, rule, options);
                        Assert.Equal(expected, actual);
                        failing += actual.Contains("Error", StringComparison.Ordinal) ? 1 : 0;
                    }
                }
            }
        }

        // The moved shares must make some ratio fail, or the comparison would only ever see ratios that hold.
        Assert.True(failing > 0);
    }

    [Property(MaxTest = 100)]
    public Property GeneratedReports_WithMovedShares_AsTheTextPath(FinalAccountsReport report)
    {
        var moved = MoveShares(report);
        var problems = new List<string>();
        foreach (var options in Options)
        {
            foreach (var rule in RatioRules)
            {
                var (actual, expected) = BothWays(moved, rule, options);
                if (actual != expected)
                {
                    problems.Add(rule.Descriptor.Id + ":\n" + actual + "\nexpected\n" + expected);
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(2)));
    }

    /// <summary>The rule validated by the library, and by a context that evaluates its ratio relations the old way.</summary>
    private static (string Actual, string Expected) BothWays(FinalAccountsReport report, RelationRule rule, ValidationOptions options)
    {
        var actual = new Validator([rule], options).Validate(report);
        var facts = ReportFacts.Create(report);
        var context = new ValidationContext(
            report, facts, options, rule.Descriptor, SourceMap.Empty, null, null, InputScopes.Resolve(options.Scope, report),
            rule.Relations);
        foreach (var relation in rule.Relations)
        {
            if (relation is RatioRelation ratio)
            {
                EvaluateRatioByText(context, ratio);
            }
            else
            {
                RelationEvaluator.Evaluate(context, relation);
            }
        }

        var expected = new ValidationResult
        {
            Diagnostics = [.. context.Diagnostics], Coverage = [context.ToCoverage()], Verifications = [.. context.Verifications],
        };
        return (Outcome(actual), Outcome(expected));
    }

    /// <summary>
    /// A ratio relation evaluated by pointer texts, as before session 13 wrote them for every check: the percentages'
    /// pointers expanded as text, the numerator and denominator bound as text and resolved by parsing, and the public
    /// overload of <c>CheckRatio</c> that takes the texts and the rule's title.
    /// </summary>
    private static void EvaluateRatioByText(ValidationContext context, RatioRelation ratio)
    {
        var facts = context.Facts;
        foreach (var (pointer, indices) in RelationEvaluator.Expand(facts, ratio.Percent, [], out _))
        {
            if (!facts.TryGet<Percent>(pointer, out var percent))
            {
                context.NotApplicable();
                continue;
            }

            var numeratorText = RelationEvaluator.Bind(facts, ratio.Numerator, indices);
            var denominatorText = RelationEvaluator.Bind(facts, ratio.Denominator, indices);
            var hasNumerator = RelationEvaluator.TryFigure(context, numeratorText, out var numerator);
            var hasDenominator = RelationEvaluator.TryFigure(context, denominatorText, out var denominator);
            if (!hasDenominator && ratio.DenominatorFallback is { } fallback)
            {
                hasDenominator = RelationEvaluator.TryFigure(context, RelationEvaluator.Bind(facts, fallback, indices), out denominator);
            }

            if (!hasNumerator || !hasDenominator)
            {
                context.CouldNotRun(!hasNumerator ? numeratorText : denominatorText);
                continue;
            }

            // Session 41: the label names the numerator and the denominator as printed, as the located path writes it.
            var (labelZh, labelEn) =
                ValidationMessages.RatioLabel(context.Rule.TitleZh, context.Rule.TitleEn, numerator.Value, denominator.Value);
            context.CheckRatio(pointer, percent, numerator.Range, numerator.Value, denominator.Range, denominator.Value,
                [numerator.Pointer, denominator.Pointer], labelZh, labelEn);
        }
    }

    /// <summary>
    /// The report with every stated share and rate (a percentage written as text under a member named <c>share</c> or
    /// ending in <c>Rate</c>/<c>rate</c>) moved by 1.5 points, its written decimals kept.
    /// </summary>
    internal static FinalAccountsReport MoveShares(FinalAccountsReport report)
    {
        var json = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        Move(json);
        return FinalAccountsJson.Deserialize(json.ToJsonString());
    }

    private static void Move(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    var isPercent = name == "share" || name.EndsWith("Rate", StringComparison.Ordinal) || name == "rate";
                    if (isPercent && value is JsonValue v && v.TryGetValue<string>(out var text)
                        && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
                    {
                        var decimals = text.Contains('.', StringComparison.Ordinal)
                            ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1
                            : 0;
                        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
                        o[name] = (percent + 1.5m).ToString(format, CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        Move(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Move(item);
                }

                break;
        }
    }

    /// <summary>Every finding with all its fields, every verification and the coverage with its missing pointers, as text.</summary>
    /// <param name="result">A validation's result.</param>
    /// <returns>The text.</returns>
    internal static string Outcome(ValidationResult result) =>
        string.Join("\n", result.Diagnostics.Select(d =>
            $"{d.RuleId} {d.Severity} {d.MessageZh} {d.MessageEn} [{string.Join(",", d.Pointers)}] {d.Stated} {d.Computed} "
            + $"{d.Difference} {d.Slack}"))
        + "\n" + string.Join("\n", result.Verifications.Select(v =>
            $"{v.RuleId} {v.Outcome} [{string.Join(",", v.Pointers)}] {v.Stated} {v.Computed}"))
        + "\n" + string.Join("\n", result.Coverage.Select(c =>
            $"{c.Rule.Id} {c.Passed} {c.Failed} {c.NotApplicable} {c.CouldNotRun} {string.Join(",", c.Missing)}"));
}
