using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// One contract: every mutant of the committed corpus (TestData/schema-mutants/mutants.json, each a JSON Patch of the
/// sample) is accepted or rejected identically by the published schema (JsonSchema.Net) and by
/// <see cref="FinalAccountsJson.Deserialize(string, FinalAccountsJsonReadOptions?)"/>, with the verdict the corpus
/// states, and both locate a rejection at the same JSON Pointer.
/// </summary>
public class SchemaMutantTests
{
    private static readonly JsonObject Corpus = JsonNode.Parse(TestFiles.Data(Path.Combine("schema-mutants", "mutants.json")))!.AsObject();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var mutant in Corpus["mutants"]!.AsArray())
        {
            data.Add(mutant!["name"]!.GetValue<string>());
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyDistinctMutantsOfBothVerdicts()
    {
        var mutants = Corpus["mutants"]!.AsArray().Select(m => m!.AsObject()).ToList();
        Assert.True(mutants.Count >= 60, $"{mutants.Count} mutants");
        Assert.Equal(mutants.Count, mutants.Select(m => m["name"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(mutants, m => m["valid"]!.GetValue<bool>());
        Assert.Contains(mutants, m => !m["valid"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SchemaAndReader_AgreeWithTheExpectedVerdict(string name)
    {
        var mutant = Corpus["mutants"]!.AsArray().Select(m => m!.AsObject()).Single(m => m["name"]!.GetValue<string>() == name);
        var json = Mutate(mutant["patch"]!.AsArray());
        var expected = mutant["valid"]!.GetValue<bool>();

        var schema = SchemaTests.Evaluate(json);
        var readerAccepts = FinalAccountsJson.TryDeserialize(json, out _, out var error);
        var corpus = expected ? "valid" : "invalid";
        Assert.True(expected == schema.IsValid, $"schema says {(schema.IsValid ? "valid" : "invalid")}, corpus says {corpus}");
        var reader = readerAccepts ? "valid" : "invalid: " + error!.Message;
        Assert.True(expected == readerAccepts, $"reader says {reader}, corpus says {corpus}");

        if (!expected && mutant["pointer"]?.GetValue<string>() is { } pointer)
        {
            var located = (schema.Details ?? []).Where(d => d.Errors is not null).Select(d => d.InstanceLocation.ToString()).ToList();
            Assert.True(located.Contains(pointer), $"schema errors at {string.Join(", ", located)}, expected {pointer}");
            Assert.Equal(pointer, PublicFinance.FinalAccounts.Validation.Conformance.ConformanceSuite.ToPointer(error!.Path));
        }
    }

    [Fact]
    public void TrailingNewline_IsRefusedByTheReaderEvenWhereARegexEngineWouldMatchBeforeIt()
    {
        // ECMA-262 "$" is the end of the text; .NET and Python also match it before a final "\n". The reader follows
        // ECMA-262 (reasoned: a version "1.0\n" is not "1.0").
        Assert.NotNull(JsonContract.CheckString("schemaVersion", "1.0\n"));
        Assert.NotNull(JsonContract.CheckString("publishedOn", "2025-08-29\n"));
        Assert.Null(JsonContract.CheckString("publishedOn", "2025-08-29"));
    }

    internal static string Mutate(JsonArray patch)
    {
        var document = JsonNode.Parse(TestFiles.SampleJson);
        var mutated = JsonPatch.Apply(document, patch);
        return mutated is null
            ? "null"
            : mutated.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
