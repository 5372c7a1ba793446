using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Conformance;

namespace PublicFinance.FinalAccounts.Tests.Reference;

/// <summary>
/// The library's validator and <see cref="ReferenceRelationEvaluator"/> (written from docs/rules/spec.md only) must agree,
/// rule by rule, on every diagnostic (severity and pointers, in order) and on the coverage counts and missing pointers of
/// every rule that consists of relations — over generated consistent reports and over mutants of them that move figures,
/// drop members, empty lists, change written decimals, drop codes and declare tables empty.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class RelationsDifferentialTests
{
    private static readonly Lazy<ReferenceRelationEvaluator> Reference = new(() => new ReferenceRelationEvaluator(
        JsonNode.Parse(File.ReadAllText(TestFiles.PublishedSchemaPath))!,
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules", "relations.json")))!,
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules", "catalogue.json")))!));

    private const int MutantsPerReport = 4;

    /// <summary>2,000 generated reports × (the report + 4 mutants) = 10,000 reports in the default mode.</summary>
    [Property(MaxTest = 2000, Replay = "20261129,1")]
    public Property Agrees_RoundToNearest(FinalAccountsReport report, int seed) =>
        AgreesOnReportAndMutants(
            report, seed, new ReferenceRelationEvaluator.Settings("roundToNearest", true, true), ValidationOptions.Default);

    [Property(MaxTest = 200, Replay = "20261129,3")]
    public Property Agrees_Truncation(FinalAccountsReport report, int seed) =>
        AgreesOnReportAndMutants(report, seed, new ReferenceRelationEvaluator.Settings("truncation", true, true),
            ValidationOptions.Default with { Rounding = RoundingMode.Truncation });

    [Property(MaxTest = 200, Replay = "20261129,5")]
    public Property Agrees_Exact_WithoutNotes(FinalAccountsReport report, int seed) =>
        AgreesOnReportAndMutants(report, seed, new ReferenceRelationEvaluator.Settings("exact", false, false),
            ValidationOptions.Default with
            {
                Rounding = RoundingMode.Exact, AllowTruncatedPercentages = false, ReportRoundingDifferences = false,
            });

    [Fact]
    public void Agrees_OnEveryConformanceCase()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "conformance", "cases");
        var disagreements = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var root = JsonNode.Parse(text)!;
            using var document = JsonDocument.Parse(text);
            var options = ConformanceSuite.ReadOptions(document.RootElement, Path.GetFileName(file));
            var settings = new ReferenceRelationEvaluator.Settings(
                options.Rounding switch { RoundingMode.Exact => "exact", RoundingMode.Truncation => "truncation", _ => "roundToNearest" },
                options.AllowTruncatedPercentages, options.ReportRoundingDifferences)
            {
                UnitType = JsonNamingPolicy.CamelCase.ConvertName(options.UnitType.ToString()),
                Scope = JsonNamingPolicy.CamelCase.ConvertName(options.Scope.ToString()),
            };
            if (options.SeverityOverrides.Count > 0)
            {
                continue;   // the reference evaluator reads severities from the catalogue only
            }

            var report = FinalAccountsJson.Deserialize(root["report"]!.ToJsonString());
            disagreements.AddRange(Compare(report, settings, options).Select(d => Path.GetFileName(file) + ": " + d));
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static Property AgreesOnReportAndMutants(
        FinalAccountsReport report, int seed, ReferenceRelationEvaluator.Settings settings, ValidationOptions options)
    {
        var random = new Random(seed);
        var problems = new List<string>(Compare(report, settings, options));
        var json = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        for (var m = 0; m < MutantsPerReport && problems.Count == 0; m++)
        {
            var mutant = json.DeepClone();
            var what = new List<string>();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                what.Add(Mutate(mutant, random));
            }

            FinalAccountsReport mutated;
            try
            {
                mutated = FinalAccountsJson.Deserialize(mutant.ToJsonString());
            }
            catch (FinalAccountsJsonException)
            {
                continue;   // a mutant the contract rejects (e.g. a required member dropped) is not a report
            }

            problems.AddRange(Compare(mutated, settings, options).Select(p => string.Join("; ", what) + " → " + p));
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(5)));
    }

    /// <summary>Every disagreement between the two implementations on one report.</summary>
    private static IEnumerable<string> Compare(
        FinalAccountsReport report, ReferenceRelationEvaluator.Settings settings, ValidationOptions options)
    {
        var reference = Reference.Value;
        var document = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        var expected = reference.Evaluate(document, settings);
        // The reference evaluates the relations (spec §4–§5); the consequence analysis of §5.1 judges a whole run, code
        // rules included, so the two are compared on the checks' own severities.
        var actual = Validator.Default.WithOptions(options with { LinkConsequences = false }).Validate(report);
        foreach (var ruleId in reference.RelationRuleIds.OrderBy(id => id, StringComparer.Ordinal))
        {
            expected.TryGetValue(ruleId, out var e);
            e ??= new ReferenceRelationEvaluator.Outcomes();
            var coverage = actual.CoverageOf(ruleId)!;
            var diagnostics = actual.Diagnostics.Where(d => d.RuleId == ruleId)
                .Select(d => d.Severity.ToString().ToLowerInvariant() + " " + string.Join(",", d.Pointers)).ToList();
            if (!diagnostics.SequenceEqual(e.Diagnostics, StringComparer.Ordinal))
            {
                yield return $"{ruleId} diagnostics: validator [{string.Join(" | ", diagnostics)}] "
                    + $"reference [{string.Join(" | ", e.Diagnostics)}]";
            }

            var counts = $"{coverage.Passed}/{coverage.Failed}/{coverage.NotApplicable}/{coverage.CouldNotRun}";
            var referenceCounts = $"{e.Passed}/{e.Failed}/{e.NotApplicable}/{e.CouldNotRun}";
            if (counts != referenceCounts)
            {
                yield return $"{ruleId} coverage p/f/na/cnr: validator {counts} reference {referenceCounts}";
            }

            if (!coverage.Missing.SequenceEqual(e.Missing, StringComparer.Ordinal))
            {
                yield return $"{ruleId} missing: validator [{string.Join(" ", coverage.Missing)}] "
                    + $"reference [{string.Join(" ", e.Missing)}]";
            }
        }
    }

    /// <summary>One random change to a report document; returns what it did.</summary>
    private static string Mutate(JsonNode root, Random random)
    {
        var leaves = new List<(JsonNode Parent, string Pointer, object Key)>();
        var containers = new List<(JsonNode Node, string Pointer)>();
        Walk(root, string.Empty, leaves, containers);
        switch (random.Next(7))
        {
            case 0 or 1:
            {
                // Move a decimal figure by a small or a large step.
                var numeric = leaves.Where(l => Value(l) is { } s
                    && decimal.TryParse(
                        s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                    && !l.Pointer.EndsWith("/code", StringComparison.Ordinal)).ToList();
                if (numeric.Count == 0)
                    {
                        return "none";
                    }

                    var leaf = numeric[random.Next(numeric.Count)];
                var text = Value(leaf)!;
                var decimals = text.Contains('.', StringComparison.Ordinal)
                    ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1
                    : 0;
                var step = new[] { 0.01m, 0.02m, 1m, 37.5m, 1000m }[random.Next(5)];
                var value = decimal.Parse(text, CultureInfo.InvariantCulture) + step;
                Set(leaf, value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                return "move " + leaf.Pointer;
            }

            case 2:
            {
                // Drop a member or a list element.
                var leaf = leaves[random.Next(leaves.Count)];
                Remove(leaf);
                return "drop " + leaf.Pointer;
            }

            case 3:
            {
                // Empty a list or drop a whole object member.
                var c = containers[random.Next(containers.Count)];
                if (c.Node is JsonArray a)
                    {
                        a.Clear();
                    }
                    else if (c.Node.Parent is JsonObject parent)
                    {
                        parent.Remove(c.Node.GetPropertyName());
                    }

                    return "empty " + c.Pointer;
            }

            case 4:
            {
                // Write a figure with other decimals (precision is data).
                var numeric = leaves.Where(l => Value(l) is { } s && s.Contains('.', StringComparison.Ordinal)).ToList();
                if (numeric.Count == 0)
                    {
                        return "none";
                    }

                    var leaf = numeric[random.Next(numeric.Count)];
                var text = Value(leaf)!;
                Set(leaf, random.Next(2) == 0 ? text + "0" : text.Substring(0, text.Length - 1).TrimEnd('.'));
                return "decimals " + leaf.Pointer;
            }

            case 5:
            {
                // Drop a row's code.
                var codes = leaves.Where(l => l.Pointer.EndsWith("/code", StringComparison.Ordinal)).ToList();
                if (codes.Count == 0)
                    {
                        return "none";
                    }

                    var leaf = codes[random.Next(codes.Count)];
                Remove(leaf);
                return "uncode " + leaf.Pointer;
            }

            default:
            {
                // Declare a table empty.
                var tables = containers.Where(c => c.Node is JsonObject && c.Pointer.Count(ch => ch == '/') == 2
                    && c.Pointer.StartsWith("/tables/", StringComparison.Ordinal)).ToList();
                if (tables.Count == 0)
                    {
                        return "none";
                    }

                    var t = tables[random.Next(tables.Count)];
                t.Node["isEmpty"] = true;
                return "declare empty " + t.Pointer;
            }
        }
    }

    private static void Walk(JsonNode node, string pointer, List<(JsonNode, string, object)> leaves, List<(JsonNode, string)> containers)
    {
        switch (node)
        {
            case JsonObject obj:
                if (pointer.Length > 0)
                {
                    containers.Add((node, pointer));
                }

                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue)
                    {
                        leaves.Add((node, pointer + "/" + key, key));
                    }
                    else if (child is not null)
                    {
                        Walk(child, pointer + "/" + key, leaves, containers);
                    }
                }

                break;
            case JsonArray arr:
                containers.Add((node, pointer));
                for (var i = 0; i < arr.Count; i++)
                {
                    if (arr[i] is JsonValue)
                    {
                        leaves.Add((node, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), i));
                    }
                    else if (arr[i] is { } child)
                    {
                        Walk(child, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), leaves, containers);
                    }
                }

                break;
        }
    }

    private static string? Value((JsonNode Parent, string Pointer, object Key) leaf) =>
        (leaf.Key is string k ? leaf.Parent[k] : leaf.Parent[(int)leaf.Key]) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static void Set((JsonNode Parent, string Pointer, object Key) leaf, string value)
    {
        if (leaf.Key is string k)
        {
            leaf.Parent[k] = value;
        }
        else
        {
            leaf.Parent[(int)leaf.Key] = value;
        }
    }

    private static void Remove((JsonNode Parent, string Pointer, object Key) leaf)
    {
        if (leaf.Parent is JsonObject o && leaf.Key is string k)
        {
            o.Remove(k);
        }
        else if (leaf.Parent is JsonArray a && leaf.Key is int i && i < a.Count)
        {
            a.RemoveAt(i);
        }
    }
}
