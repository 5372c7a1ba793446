using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 59, two catalogue cases: FA2103 passes a rate written as zero whatever its direction word ("减少0.01万元，增长
/// 0.00%": too small a change for two decimals has no direction to contradict; FA2104 still checks it rounds to zero), and
/// FA6001 leaves the year's 收支差额 (<c>/narrative/overall/currentYearSurplus</c>) alone when negative — a deficit, as the
/// rule's text always said for differences (blind round 54, t03: "本年收支差额 (12.60)" raised a false Warning). Each case
/// is asserted with the generated deciders and with the interpreter.
/// </summary>
public class ZeroRateAndDeficitSessionFiftyNineTests
{
    private static JsonNode Sample() => JsonNode.Parse(TestFiles.SampleJson)!;

    private static JsonObject FirstChange(JsonNode root)
        => (JsonObject)root["narrative"]!["overall"]!["change"]!;

    private static string[] Found(JsonNode json, string rule, bool compiled)
    {
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var validator = Validator.Default.WithOptions(Validator.Default.Options with { CompiledRelations = compiled });
        var diagnostics = validator.Validate(report).Diagnostics;
        return [.. diagnostics.Where(d => d.RuleId == rule).Select(d => d.Severity + " " + d.Pointers[0])];
    }

    /// <summary>
    /// The sample's overall change (a decrease) worded opposite to its rate: FA2103 fails a non-zero rate, passes a zero one.
    /// </summary>
    [Theory]
    [InlineData("0.00", true)]
    [InlineData("0", true)]
    [InlineData("0.01", false)]
    [InlineData("5.20", false)]
    public void ARateWrittenAsZero_HasNoDirectionToContradict(string rate, bool passes)
    {
        foreach (var compiled in new[] { true, false })
        {
            var json = Sample();
            var change = FirstChange(json);
            change["rate"] = rate;
            change["rateDirection"] = (string?)change["direction"] == "increase" ? "decrease" : "increase";

            var found = Found(json, "FA2103", compiled);

            Assert.Equal(passes ? [] : ["Error /narrative/overall/change/rateDirection"], found);
        }
    }

    /// <summary>
    /// Property: a negative 本年收支差额 (any amount, two decimals) raises no FA6001, with the deciders and the interpreter alike;
    /// the same amount as 本年收入 still does.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property ANegativeSurplus_IsADeficitNotAFinding(PositiveInt cents)
    {
        var amount = (-(cents.Get % 10_000_000) / 100m - 0.01m).ToString("0.00", CultureInfo.InvariantCulture);
        var json = Sample();
        json["narrative"]!["overall"]!["currentYearSurplus"] = new JsonObject { ["amount"] = amount };
        var surplus = Found(json, "FA6001", true).Length == 0 && Found(json, "FA6001", false).Length == 0;
        json["narrative"]!["overall"]!["currentYearIncome"]!["amount"] = amount;
        var income = Found(json, "FA6001", true).Contains("Warning /narrative/overall/currentYearIncome/amount");
        return (surplus && income).Label(amount);
    }
}
