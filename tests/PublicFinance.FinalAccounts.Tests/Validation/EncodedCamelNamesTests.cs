using System.Text.Json;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>The enum names encoded once for the findings and coverage writers are the names written before.</summary>
public sealed class EncodedCamelNamesTests
{
    [Fact]
    public void EveryDefinedValue_IsItsCamelCaseName_AndOtherValuesAreConvertedWhenMet()
    {
        // The text written before the cache: JsonNamingPolicy.CamelCase of Enum.ToString(), e.g. CouldNotRun → couldNotRun.
        static void Check<TEnum>(Func<int, Enum> name)
            where TEnum : struct, Enum
        {
            var names = new EncodedCamelNames(name);
            foreach (var value in Enum.GetValues<TEnum>())
            {
                var i = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), names[i].ToString());
            }

            // A value that is no member is written as its number, as Enum.ToString() gives it.
            Assert.Equal("999", names[999].ToString());
            Assert.Equal("-1", names[-1].ToString());
        }

        Check<CheckOutcome>(i => (CheckOutcome)i);
        Check<Severity>(i => (Severity)i);
        Check<RuleCategory>(i => (RuleCategory)i);
        Assert.Equal("couldNotRun", new EncodedCamelNames(i => (CheckOutcome)i)[3].ToString());
    }
}
