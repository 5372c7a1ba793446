using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PublicFinance.FinalAccounts.Tests.Reference;

/// <summary>
/// docs/rules/relations.json and catalogue.json are valid against their published schemas, and the schemas reject
/// what a third-party tool must not meet (an unknown kind, a weight of 2, a missing member, an unknown flag).
/// </summary>
public class RuleFileSchemaTests
{
    private static string Rules(string name) => Path.Combine(TestFiles.RepositoryRoot, "docs", "rules", name);

    private static string Conformance(string name) => Path.Combine(TestFiles.RepositoryRoot, "docs", "conformance", name);

    // A schema is registered once per process under its $id, so each is loaded once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static EvaluationResults Evaluate(string schemaFile, JsonNode instance)
    {
        var schema = Schemas.GetOrAdd(
            schemaFile, f => JsonSchema.FromText(File.ReadAllText(File.Exists(Rules(f)) ? Rules(f) : Conformance(f))));
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join(
            "\n",
            (results.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).Take(10));

    [Fact]
    public void RelationsFile_IsValid()
    {
        var result = Evaluate("relations.schema.json", JsonNode.Parse(File.ReadAllText(Rules("relations.json")))!);
        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public void CatalogueFile_IsValid()
    {
        var result = Evaluate("catalogue.schema.json", JsonNode.Parse(File.ReadAllText(Rules("catalogue.json")))!);
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("""{"ruleId":"FA0101","kind":"product","total":"/a","items":[{"pointer":"/b"}]}""")]   // unknown kind
    [InlineData("""{"ruleId":"FA0101","kind":"sum","total":"/a","items":[{"pointer":"/b","weight":2}]}""")]   // weight is ±1
    [InlineData("""{"ruleId":"FA0101","kind":"sum","total":"/a","items":[]}""")]   // a sum of nothing
    [InlineData("""{"ruleId":"FA0101","kind":"sum","items":[{"pointer":"/b"}]}""")]   // no total
    [InlineData("""{"ruleId":"FA0101","kind":"sum","total":"/a","items":[{"pointer":"/b","round":true}]}""")]   // unknown flag
    [InlineData("""{"ruleId":"FA0101","kind":"ratio","percent":"/a","numerator":"/b"}""")]   // no denominator
    [InlineData("""{"ruleId":"FA0101","kind":"match","left":"/a","leftValue":"x","right":"/b","rightValue":"y","comparison":"less"}""")]
    [InlineData("""{"ruleId":"FA101","kind":"lessOrEqual","lesser":"/a","greater":"/b"}""")]   // id pattern
    [InlineData("""{"ruleId":"FA0101","kind":"lessOrEqual","lesser":"a/b","greater":"/b"}""")]   // not a pointer
    [InlineData("""{"ruleId":"FA0101","kind":"sum","total":"/a","items":[{"pointer":"/b","codes":["2010"]}]}""")]   // a code of 4 digits
    public void RelationsSchema_RejectsMalformedRelations(string relation)
    {
        var file = new JsonObject { ["relations"] = new JsonArray(JsonNode.Parse(relation)) };
        Assert.False(Evaluate("relations.schema.json", file).IsValid);
    }

    [Fact]
    public void RelationsSchema_AcceptsEveryKindInItsSmallestForm()
    {
        var file = JsonNode.Parse("""
            {"relations":[
              {"ruleId":"FA0101","kind":"sum","total":"/a/*/b",
               "items":[{"pointer":"/c/*/d","weight":-1,"optional":true,"codes":["201"],"excludeCodes":["20101"],"codeLength":5}],
               "priorYear":true},
              {"ruleId":"FA0102","kind":"hierarchy","rows":"/t/rows","columns":["total"]},
              {"ruleId":"FA0103","kind":"rollup","parents":"/p","children":"/c","value":"amount"},
              {"ruleId":"FA0104","kind":"match","left":"/l","leftValue":"x","right":"/r","rightValue":"y","comparison":"lessOrEqual"},
              {"ruleId":"FA0105","kind":"lessOrEqual","lesser":"/a","greater":"/b"},
              {"ruleId":"FA0106","kind":"ratio","percent":"/a/share","numerator":"/a/amount","denominator":"/t"}
            ]}
            """)!;
        var result = Evaluate("relations.schema.json", file);
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("""{"id":"FA0101","category":"within""" +
        """Table","severity":"fatal","titleZh":"甲","titleEn":"a","formula":"f","basis":"b","implementation":"code"}""")]
    [InlineData("""{"id":"FA0101","category":"within""" +
        """Table","severity":"error","titleZh":"","titleEn":"a","formula":"f","basis":"b","implementation":"code"}""")]
    [InlineData("""{"id":"FA0101","category":"within""" +
        """Table","severity":"error","titleZh":"甲","titleEn":"a","formula":"f","basis":"b","implementation":"python"}""")]
    [InlineData("""{"id":"FA0101","category":"within""" +
        """Table","severity":"error","titleZh":"甲","titleEn":"a","formula":"f","basis":"b"}""")]
    public void CatalogueSchema_RejectsMalformedDescriptors(string descriptor)
    {
        var file = new JsonObject { ["rules"] = new JsonArray(JsonNode.Parse(descriptor)) };
        Assert.False(Evaluate("catalogue.schema.json", file).IsValid);
    }

    public static TheoryData<string> ConformanceCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "docs", "conformance", "cases"), "*.json")
            .OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConformanceCases))]
    public void EveryConformanceCase_IsValidAgainstTheCaseSchema(string name)
    {
        var result = Evaluate("case.schema.json", JsonNode.Parse(File.ReadAllText(Conformance(Path.Combine("cases", name))))!);
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("""{"description":"x","rule":"FA0101","report":{},"expected":[{"ruleId":"FA0101","severity":"fatal","pointers":[]}]}""")]
    [InlineData("""{"description":"x","rule":"FA0101","report":{},"expected":[],"options":{"rounding":"up"}}""")]
    [InlineData("""{"description":"x","rule":"FA0101","report":{},"expected":[],"coverage":{"FA0101":"ok"}}""")]
    [InlineData("""{"description":"x","rule":"FA0101","report":{}}""")]
    public void CaseSchema_RejectsMalformedCases(string json)
    {
        Assert.False(Evaluate("case.schema.json", JsonNode.Parse(json)!).IsValid);
    }
}
