using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
public class JsonRoundTripTests
{
    [Property]
    public bool Report_RoundTripsToAnEqualReport(FinalAccountsReport report)
        => FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(report)) == report;

    [Property]
    public bool Report_SerializesDeterministically(FinalAccountsReport report)
    {
        var once = FinalAccountsJson.Serialize(report);
        var again = FinalAccountsJson.Serialize(FinalAccountsJson.Deserialize(once));
        return once == again && once == FinalAccountsJson.Serialize(report with { });
    }

    [Property(MaxTest = 50)]
    public bool GeneratedReport_ValidatesAgainstPublishedSchema(FinalAccountsReport report)
        => SchemaTests.Evaluate(FinalAccountsJson.Serialize(report)).IsValid;

    [Property]
    public bool Compact_And_Indented_ReadBackEqual(FinalAccountsReport report)
        => FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(report, indented: false)) == report;

    [Fact]
    public void Sample_IsInCanonicalForm()
    {
        var text = TestFiles.SampleJson;
        Assert.Equal(text, FinalAccountsJson.Serialize(FinalAccountsJson.Deserialize(text)));
    }

    [Fact]
    public void Amounts_KeepWrittenDecimals()
    {
        var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var overall = report.Performance!.Evaluations[0].Funds[0];
        Assert.Equal("3653.3", overall.FullYearBudget!.Value.ToString());
        Assert.Equal(1, overall.FullYearBudget!.Value.Decimals);
        Assert.Equal("3653.30", report.Narrative!.Overall!.IncomeGrandTotal!.Amount.ToString());
        Assert.Contains("\"fullYearBudget\": \"3653.3\"", TestFiles.SampleJson);
    }

    [Fact]
    public void AbsentIsDistinctFromZero()
    {
        var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        Assert.Equal(Amount.FromDecimal(0.00m), report.Narrative!.Income!.SuperiorSubsidy!.Amount);
        Assert.Null(report.Narrative.Procurement!.SmeReservedBudget);
        Assert.Null(report.Tables);
    }

    [Fact]
    public void EmptyLists_AreOmitted_AndReadBackEmpty()
    {
        var report = new FinalAccountsReport { Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 } };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Equal(
            "{\"schemaVersion\":\"" + FinalAccountsReport.CurrentSchemaVersion
                + "\",\"entity\":{\"name\":\"部门\",\"kind\":\"department\",\"fiscalYear\":2024},\"unit\":\"wanYuan\"}",
            json);
        Assert.Empty(FinalAccountsJson.Deserialize(json).Entity.Functions);
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"entity\":{\"name\":\"x\",\"fiscalYear\":\"2024\"}}", "$.entity.fiscalYear")]
    [InlineData(
        "{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"narrative\":{\"income\":{\"total\":{\"amount\":\"1e3\"}}}}",
        "$.narrative.income.total.amount")]
    [InlineData("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"entity\":{\"name\":\"y\",\"fiscalYear\":2024}}", "$.entity")]
    [InlineData("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"unit\":0}", "$.unit")]
    public void BadJson_GivesOneLocatedExceptionType(string json, string path)
    {
        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
        Assert.NotNull(ex.Path);
        Assert.StartsWith(path, ex.Path!);
        Assert.Contains("报告 JSON 无效", ex.Message);
    }

    [Fact]
    public void Nesting_IsBounded()
    {
        var ex = Assert.Throws<FinalAccountsJsonException>(
            () => FinalAccountsJson.Deserialize(TestFiles.SampleJson, new FinalAccountsJsonReadOptions { MaxDepth = 3 }));
        Assert.Contains("depth", ex.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Size_IsBounded()
    {
        var options = new FinalAccountsJsonReadOptions { MaxDocumentBytes = 100 };
        var ex = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(TestFiles.SampleJson, options));
        Assert.Contains("100 bytes", ex.Message);
        Assert.Throws<FinalAccountsJsonException>(
            () => FinalAccountsJson.Deserialize(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(TestFiles.SampleJson)), options));
    }

    [Fact]
    public void TryDeserialize_NeverThrowsForBadInput()
    {
        Assert.False(FinalAccountsJson.TryDeserialize("not json", out var report, out var error));
        Assert.Null(report);
        Assert.NotNull(error);
        Assert.True(FinalAccountsJson.TryDeserialize(TestFiles.SampleJson, out report, out error));
        Assert.Equal("乌鲁木齐市人民政府办公室", report!.Entity.Name);
        Assert.Null(error);
    }

    [Fact]
    public void NullListItem_IsRejectedWithAClearMessage()
    {
        var ex = Assert.Throws<FinalAccountsJsonException>(
            () => FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024,\"functions\":[null]}}"));
        Assert.Contains("null", ex.Message);
    }

    [Fact]
    public void Lists_HaveStructuralEquality_AndAreDefensiveCopies()
    {
        var functions = new System.Collections.Generic.List<string> { "职能一" };
        var a = new ReportingEntity { Name = "部门", FiscalYear = 2024, Functions = functions };
        var b = new ReportingEntity { Name = "部门", FiscalYear = 2024, Functions = new[] { "职能一" } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        functions.Add("职能二");
        Assert.Single(a.Functions);
        Assert.NotEqual(a, b with { Functions = new[] { "职能二" } });
    }
}
