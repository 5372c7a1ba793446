using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The JSON contract's round trip of a report that uses a schema version's new members, as each schema version's tests
/// assert it: the serialized text reads back to an equal report, writes again to the same text, is valid against the
/// published schema, and the report's version floor is the version that added the members.
/// </summary>
internal static class ContractRoundTrip
{
    /// <summary>Asserts the round trip of <paramref name="report"/>, serialized (unindented) as <paramref name="json"/>.</summary>
    public static void AssertWhole(FinalAccountsReport report, string json, string expectedFloor)
    {
        var back = FinalAccountsJson.Deserialize(json);
        Assert.Equal(report, back);
        Assert.Equal(json, FinalAccountsJson.Serialize(back, indented: false));
        Assert.True(SchemaTests.Evaluate(json).IsValid, json);
        Assert.Equal(expectedFloor, SchemaVersionFloor.Of(report));
    }
}
