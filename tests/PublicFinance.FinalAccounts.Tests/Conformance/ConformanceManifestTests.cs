using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PublicFinance.FinalAccounts.Tests.Conformance;

/// <summary>
/// docs/conformance/manifest.json is generated from the case files (scope, required, features) and must equal the
/// committed file; the manifest and every case are valid against their JSON Schemas.
/// </summary>
public class ConformanceManifestTests
{
    internal static string SuiteDirectory => Path.Combine(AppContext.BaseDirectory, "conformance");

    // JsonSchema.Net registers each $id once per process and RuleFileSchemaTests loads case.schema.json already: these
    // copies are loaded under a test-only $id (the schemas refer only to their own #/$defs).
    private static readonly JsonSchema CaseSchema = LoadUnderTestId("case.schema.json");
    private static readonly JsonSchema ManifestSchema = LoadUnderTestId("manifest.schema.json");

    private static JsonSchema LoadUnderTestId(string file)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SuiteDirectory, file)))!;
        node["$id"] = "https://conformance-tests.invalid/" + file;
        return JsonSchema.FromText(node.ToJsonString());
    }

    /// <summary>The optional features a case's options and members need; none for a required case.</summary>
    internal static List<string> Features(JsonNode root)
    {
        var features = new List<string>();
        if (root["options"] is JsonObject options)
        {
            if (options["rounding"]?.GetValue<string>() is { } rounding && rounding != "roundToNearest")
            {
                features.Add("rounding:" + rounding);
            }

            if (options["allowTruncatedPercentages"]?.GetValue<bool>() == false)
            {
                features.Add("allowTruncatedPercentages");
            }

            if (options["reportRoundingDifferences"]?.GetValue<bool>() == false)
            {
                features.Add("reportRoundingDifferences");
            }

            if (options.ContainsKey("severityOverrides"))
            {
                features.Add("severityOverrides");
            }

            if (options["scope"]?.GetValue<string>() is { } scope && scope != "auto")
            {
                features.Add("inputScope");
            }

            if (options["unitType"]?.GetValue<string>() is { } unitType && unitType != "unspecified")
            {
                features.Add("unitType");
            }

            if (options.ContainsKey("catalogue"))
            {
                features.Add("catalogue");
            }
        }

        if (root["previousReport"] is not null)
        {
            features.Add("previousReport");
        }

        return features;
    }

    internal static string Generate()
    {
        var cases = new JsonArray();
        foreach (var folder in new[] { "cases", "invalid" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(SuiteDirectory, folder), "*.json")
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
            {
                var root = JsonNode.Parse(File.ReadAllText(path))!;
                var scope = new SortedSet<string>(StringComparer.Ordinal);
                if (root["rule"]?.GetValue<string>() is { } rule && rule != "seed")
                {
                    scope.Add(rule);
                }

                foreach (var e in root["expected"]?.AsArray() ?? new JsonArray())
                {
                    scope.Add(e!["ruleId"]!.GetValue<string>());
                }

                foreach (var c in root["coverage"]?.AsObject() ?? new JsonObject())
                {
                    scope.Add(c.Key);
                }

                var features = Features(root);
                var entry = new JsonObject
                {
                    ["file"] = folder + "/" + Path.GetFileName(path),
                    ["scope"] = new JsonArray(scope.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                    ["required"] = features.Count == 0,
                };
                if (features.Count > 0)
                {
                    entry["features"] = new JsonArray(features.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
                }

                cases.Add(entry);
            }
        }

        var manifest = new JsonObject
        {
            ["$schema"] = "./manifest.schema.json",
            ["suiteVersion"] = "1.30.0",
            ["schemaVersion"] = "1.0",
            ["rulesVersion"] = SpecVersion(),
            ["cases"] = cases,
        };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return manifest.ToJsonString(options) + "\n";
    }

    /// <summary>
    /// The version of docs/rules/spec.md (its first line, "… version 3.0"): the number that tracks rule behaviour, so the
    /// manifest's rulesVersion cannot drift from it (it had stayed 1.1 while the spec was 1.2).
    /// </summary>
    private static string SpecVersion()
    {
        var first = File.ReadLines(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules", "spec.md")).First();
        return first.Substring(first.LastIndexOf(' ') + 1);
    }

    [Fact]
    public void Manifest_IsGeneratedFromTheCases() =>
        GeneratedFile.Check(Path.Combine("docs", "conformance", "manifest.json"), Generate(), "FINACCT_UPDATE_CONFORMANCE");

    [Fact]
    public void Manifest_IsValidAgainstItsSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SuiteDirectory, "manifest.json")));
        var result = ManifestSchema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void EveryBadDocumentCase_IsValidAgainstTheCaseSchema()
    {
        // The report cases of cases/ are checked by RuleFileSchemaTests; a report case is not a bad-document case.
        using (var mixed = JsonDocument.Parse(
            "{\"description\":\"x\",\"rule\":\"FA0101\",\"report\":{},\"expected\":[],\"expectedError\":{\"kind\":\"notJson\"}}"))
        {
            Assert.False(CaseSchema.Evaluate(mixed.RootElement).IsValid);
        }

        foreach (var path in Directory.GetFiles(Path.Combine(SuiteDirectory, "invalid"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(CaseSchema.Evaluate(document.RootElement).IsValid, Path.GetFileName(path));
        }
    }

    [Fact]
    public void Features_AreReasonedFromTheOptions()
    {
        // Default options need nothing; each non-default option is the feature it names.
        Assert.Empty(Features(JsonNode.Parse("{\"options\":{\"rounding\":\"roundToNearest\",\"scope\":\"auto\"}}")!));
        Assert.Equal(
            new[] { "rounding:truncation", "severityOverrides", "previousReport" },
            Features(JsonNode.Parse("{\"options\":{\"rounding\":\"truncation\",\"severityOverrides\":{}},\"previousReport\":{}}")!));
    }

    [Fact]
    public void BadDocumentCases_AreRejectedByTheSchemaWhereTheyExpectIt()
    {
        // The negative cases' pointers are where the published schema itself reports the error (the reader agrees; the
        // runner test checks the reader), so a third-party schema validator can run them too.
        foreach (var path in Directory.GetFiles(Path.Combine(SuiteDirectory, "invalid"), "*.json"))
        {
            var root = JsonNode.Parse(File.ReadAllText(path))!;
            if (root["expectedError"]!["kind"]!.GetValue<string>() != "schemaInvalid")
            {
                continue;
            }

            var result = PublicFinance.FinalAccounts.Tests.Serialization.SchemaTests.Evaluate(root["document"]!.ToJsonString());
            Assert.False(result.IsValid, Path.GetFileName(path));
            if (root["expectedError"]!["pointer"]?.GetValue<string>() is { } pointer)
            {
                Assert.Contains(result.Details ?? [], d => d.Errors is not null && d.InstanceLocation.ToString() == pointer);
            }
        }
    }
}
