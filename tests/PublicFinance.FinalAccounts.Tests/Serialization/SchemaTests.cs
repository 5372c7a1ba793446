using System.Text.Json;
using Json.Schema;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

public class SchemaTests
{
    internal static readonly JsonSchema Published = JsonSchema.FromText(File.ReadAllText(TestFiles.PublishedSchemaPath));

    internal static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Published.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public void PublishedSchema_IsGeneratedFromTheModel() =>
        GeneratedFile.Check(Path.Combine("docs", "schema", "final-accounts.v1.schema.json"), SchemaGenerator.Generate(),
            "FINACCT_UPDATE_SCHEMA",
            "Review the model change against docs/schema-versioning.md (a new member means a new minor version). ");

    [Fact]
    public void EmbeddedSchema_EqualsPublishedFile()
    {
        Assert.Equal(File.ReadAllText(TestFiles.PublishedSchemaPath), FinalAccountsSchema.GetText());
    }

    [Fact]
    public void PublishedSchema_HasIdDraftAndClosedObjects()
    {
        using var document = JsonDocument.Parse(FinalAccountsSchema.GetText());
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(FinalAccountsSchema.Id, root.GetProperty("$id").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var defs = root.GetProperty("$defs").EnumerateObject().ToList();
        Assert.True(defs.Count > 40, $"expected the whole model in $defs, found {defs.Count}");
        foreach (var def in defs.Where(d => d.Value.TryGetProperty("properties", out _)))
        {
            Assert.False(def.Value.GetProperty("additionalProperties").GetBoolean(), def.Name);
            Assert.True(def.Value.TryGetProperty("description", out _), def.Name + " has no description");
        }

        Assert.Equal(SchemaGenerator.NumberPattern, root.GetProperty("$defs").GetProperty("Amount").GetProperty("pattern").GetString());
        Assert.Equal(
            SchemaGenerator.FunctionalCodePattern,
            root.GetProperty("$defs").GetProperty("FunctionalCode").GetProperty("pattern").GetString());

    }

    [Fact]
    public void Sample_ValidatesAgainstPublishedSchema()
    {
        var result = Evaluate(TestFiles.SampleJson);
        Assert.True(
            result.IsValid,
            string.Join(
                "\n",
                (result.Details ?? []).Where(d => d.Errors is not null)
                    .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
    }

    [Theory]
    [InlineData("amount-as-number.json", "/narrative/income/total/amount")]
    [InlineData("amount-with-grouping.json", "/narrative/income/total/amount")]
    [InlineData("unknown-property.json", "/extra")]
    [InlineData("missing-entity-name.json", "/entity")]
    [InlineData("bad-functional-code.json", "/narrative/generalBudget/items/0/code")]
    [InlineData("bad-enum.json", "/unit")]
    [InlineData("negative-count.json", "/personnel/total/count")]
    [InlineData("fiscal-year-out-of-range.json", "/entity/fiscalYear")]
    [InlineData("null-list.json", "/entity/functions")]
    [InlineData("percent-with-sign.json", "/narrative/income/otherIncome/share")]
    public void InvalidDocument_IsRejectedBySchemaAndReader(string file, string pointer)
    {
        var json = TestFiles.Data(Path.Combine("invalid", file));
        var result = Evaluate(json);
        Assert.False(result.IsValid, file + " should be invalid per schema");
        Assert.Contains(result.Details ?? [], d => d.Errors is not null && d.InstanceLocation.ToString() == pointer);

        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
        Assert.NotNull(ex.Path);
        Assert.StartsWith("$", ex.Path, StringComparison.Ordinal);
    }
}
