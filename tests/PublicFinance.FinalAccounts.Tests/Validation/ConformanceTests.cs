using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Validation
{
    /// <summary>
    /// Runs the language-neutral conformance suite in <c>docs/conformance/cases</c>: each case is a report, options and
    /// the exact diagnostics (rule id, severity, pointers) and rule outcomes an implementation must produce.
    /// </summary>
    public class ConformanceTests
    {
        private static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "conformance", "cases");

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(CasesDirectory, "*.json").OrderBy(f => f, StringComparer.Ordinal))
                data.Add(Path.GetFileName(file));
            return data;
        }

        internal static ValidationOptions ReadOptions(JsonNode? node)
        {
            var options = ValidationOptions.Default;
            if (node is null)
                return options;
            if (node["rounding"]?.GetValue<string>() is { } rounding)
                options = options with { Rounding = rounding switch { "exact" => RoundingMode.Exact, "truncation" => RoundingMode.Truncation, "roundToNearest" => RoundingMode.RoundToNearest, _ => throw new InvalidDataException(rounding) } };
            if (node["allowTruncatedPercentages"] is { } truncated)
                options = options with { AllowTruncatedPercentages = truncated.GetValue<bool>() };
            if (node["reportRoundingDifferences"] is { } notes)
                options = options with { ReportRoundingDifferences = notes.GetValue<bool>() };
            if (node["scope"]?.GetValue<string>() is { } scope)
                options = options with { Scope = Enum.Parse<InputScope>(scope, ignoreCase: true) };
            if (node["unitType"]?.GetValue<string>() is { } unitType)
                options = options with { UnitType = Enum.Parse<UnitType>(unitType, ignoreCase: true) };
            if (node["catalogue"] is JsonArray lines)
                options = options with { Catalogue = ClassificationCatalogue.Load(new StringReader(string.Join("\n", lines.Select(l => l!.GetValue<string>())))) };
            if (node["severityOverrides"] is JsonObject overrides)
                options = options with { SeverityOverrides = overrides.ToDictionary(p => p.Key, p => Enum.Parse<Severity>(p.Value!.GetValue<string>(), ignoreCase: true)) };
            return options;
        }

        private static string Key(string ruleId, string severity, IEnumerable<string> pointers) => ruleId + " " + severity + " " + string.Join(",", pointers);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Case_GivesExactlyTheExpectedDiagnostics(string name)
        {
            var root = JsonNode.Parse(File.ReadAllText(Path.Combine(CasesDirectory, name)))!;
            var report = FinalAccountsJson.Deserialize(root["report"]!.ToJsonString());
            var validator = Validator.Default.WithOptions(ReadOptions(root["options"]));
            var result = root["previousReport"] is { } previous
                ? validator.Validate(report, FinalAccountsJson.Deserialize(previous.ToJsonString()))
                : validator.Validate(report);

            var expected = root["expected"]!.AsArray()
                .Select(e => Key(e!["ruleId"]!.GetValue<string>(), e["severity"]!.GetValue<string>(), e["pointers"]!.AsArray().Select(p => p!.GetValue<string>())))
                .OrderBy(k => k, StringComparer.Ordinal).ToList();
            var actual = result.Diagnostics
                .Select(d => Key(d.RuleId, JsonNamingPolicy.CamelCase.ConvertName(d.Severity.ToString()), d.Pointers))
                .OrderBy(k => k, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);

            foreach (var (ruleId, outcome) in root["coverage"]!.AsObject().Select(p => (p.Key, p.Value!.GetValue<string>())))
            {
                var coverage = result.CoverageOf(ruleId);
                Assert.NotNull(coverage);
                Assert.Equal(outcome, JsonNamingPolicy.CamelCase.ConvertName(coverage!.Outcome.ToString()));
            }
        }

        [Fact]
        public void EveryRule_HasAFailingConformanceCase()
        {
            var failing = Directory.GetFiles(CasesDirectory, "*.json")
                .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
                .SelectMany(c => c["expected"]!.AsArray().Where(e => e!["severity"]!.GetValue<string>() != "info").Select(e => e!["ruleId"]!.GetValue<string>()))
                .ToHashSet(StringComparer.Ordinal);
            var missing = RuleCatalogue.Descriptors.Select(d => d.Id).Where(id => !failing.Contains(id)).ToList();
            Assert.Empty(missing);
        }
    }
}
