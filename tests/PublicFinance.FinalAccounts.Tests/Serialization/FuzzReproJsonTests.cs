using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The JSON reproducers of the fuzzing issue (TestData/fuzz-repros): the reader and the published schema decide each one
/// the same way, and what the reader accepts serializes back to an equal report.
/// </summary>
public class FuzzReproJsonTests
{
    private static string Repro(string name) => TestFiles.Data("fuzz-repros/" + name);

    private static void AssertBothReject(string json, string expectedPathFragment)
    {
        var error = Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));
        Assert.Contains(expectedPathFragment, error.Path ?? error.Message, StringComparison.Ordinal);
        Assert.False(SchemaTests.Evaluate(json).IsValid, "the schema must reject what the reader rejects");
    }

    private static FinalAccountsReport AssertBothAccept(string json)
    {
        Assert.True(SchemaTests.Evaluate(json).IsValid, "the schema must accept what the reader accepts");
        var report = FinalAccountsJson.Deserialize(json);
        Assert.Equal(report, FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(report)));
        return report;
    }

    [Fact]
    public void Amount29Digits_IsRejectedNotRounded()
        // 9.9999999999999999999999999999 has 28 decimals; decimal would round it to 10.000… keeping 28 decimals.
        => AssertBothReject(Repro("amount-29-digits-rounded.json"), "$.narrative.income.total.amount");

    [Fact]
    public void AmountNearDecimalMax_IsRejected()
        // 79228162514264337593543950335 has 29 integer digits, beyond the contract's 16.
        => AssertBothReject(Repro("amount-max-decimal.json"), "$.narrative.income.total.amount");

    [Fact]
    public void Share27Decimals_IsRejected()
        => AssertBothReject(Repro("share-27-decimals.json"), "$.narrative.income.fiscalAppropriation.share");

    [Fact]
    public void TablesNull_IsRejectedByReaderAndSchema()
        => AssertBothReject(Repro("tables-null.json"), "$.tables");

    [Theory]
    [InlineData("{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"narrative\":null}", "$.narrative")]
    [InlineData("{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"notes\":[\"x\",null]}", "$.notes[1]")]
    [InlineData("{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},\"schemaVersion\":null}", "$.schemaVersion")]
    public void ExplicitNull_IsRejectedWithItsPath(string json, string path)
        => AssertBothReject(json, path);

    [Theory]
    [InlineData("\"yuan, yiYuan\"")]   // the reproducer: comma-combined flags
    [InlineData("\"Yuan\"")]           // another case
    [InlineData("\" yuan\"")]          // padding
    [InlineData("\"yuan,\"")]          // trailing comma
    [InlineData("\"1\"")]              // a number as text
    [InlineData("1")]                  // a number
    public void Enums_AreStrict(string unit)
        => AssertBothReject(Repro("unit-flags-combo.json").Replace("\"yuan, yiYuan\"", unit, StringComparison.Ordinal), "$.unit");

    [Fact]
    public void Enum_ExactName_IsAccepted()
    {
        var report = AssertBothAccept(Repro("unit-flags-combo.json").Replace("yuan, yiYuan", "yiYuan", StringComparison.Ordinal));
        Assert.Equal(AmountUnit.YiYuan, report.Unit);
    }

    [Fact]
    public void UndefinedEnumValue_IsRefusedOnWriteWithAClearError()
    {
        var report = FinalAccountsJson.Deserialize(Repro("no-schemaVersion.json")) with { Unit = (AmountUnit)4 };
        var error = Assert.Throws<System.Text.Json.JsonException>(() => FinalAccountsJson.Serialize(report));
        Assert.Contains("AmountUnit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSchemaVersion_EqualsTheSameReportWithIt()
    {
        // D(S(r)) == r: the version read as absent is stored as the current one, so equality does not see the difference.
        var without = FinalAccountsJson.Deserialize(Repro("no-schemaVersion.json"));
        var with = FinalAccountsJson.Deserialize(
            "{\"schemaVersion\":\"" + FinalAccountsReport.CurrentSchemaVersion + "\",\"entity\":{\"name\":\"a\",\"fiscalYear\":2024}}");
        Assert.Equal(with, without);
        Assert.Equal(with.GetHashCode(), without.GetHashCode());
        Assert.Equal(without, FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(without)));
        Assert.Equal(FinalAccountsReport.CurrentSchemaVersion, without.SchemaVersion);
    }

    [Theory]
    [InlineData("2024.0")]
    [InlineData("2.024e3")]
    public void IntegralYear_InAnyNotation_IsAcceptedByBoth(string year)
    {
        // JSON Schema's "integer" is any number with a zero fraction; the reader agrees.
        var report = AssertBothAccept("{\"entity\":{\"name\":\"a\",\"fiscalYear\":" + year + "}}");
        Assert.Equal(2024, report.Entity.FiscalYear);
    }

    [Theory]
    [InlineData("2024.5")]
    [InlineData("1e400")]
    public void FractionalYear_IsRejectedByBoth(string year)
        => AssertBothReject("{\"entity\":{\"name\":\"a\",\"fiscalYear\":" + year + "}}", "$.entity.fiscalYear");

    [Theory]
    // Found by the harness's long run: the schema had no maximum for counts, the reader holds an int.
    [InlineData(
        "{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"personnel\":{\"total\":{\"count\":7922850336}}}", "$.personnel.total.count")]
    [InlineData(
        "{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"personnel\":{\"total\":{\"count\":2147483648}}}", "$.personnel.total.count")]
    public void CountBeyondInt32_IsRejectedByBoth(string json, string path)
        => AssertBothReject(json, path);

    [Fact]
    public void CountAtInt32Max_IsAcceptedByBoth()
        => AssertBothAccept("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"personnel\":{\"total\":{\"count\":2147483647}}}");

    [Fact]
    public void AmountAtTheContractLimit_IsAcceptedByBoth()
    {
        var json = "{\"entity\":{\"name\":\"a\",\"fiscalYear\":2024},"
            + "\"narrative\":{\"income\":{\"total\":{\"amount\":\"-9999999999999999.999999999999\"}}}}";
        var report = AssertBothAccept(json);
        Assert.Equal(-NumericContract.MaxMagnitude, report.Narrative!.Income!.Total!.Amount.Value);
    }
}
