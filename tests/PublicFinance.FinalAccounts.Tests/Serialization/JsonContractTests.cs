using System.Globalization;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

public class JsonContractTests
{
    [Fact]
    public void DatePattern_AcceptsExactlyTheCalendarDatesOf1900To2999()
    {
        // Exhaustive over every year, months 00–13 and days 00–32: the schema's pattern (run by .NET's engine, which
        // agrees with ECMA-262 on these ASCII classes) accepts a text exactly when it is a real Gregorian date.
        var pattern = new Regex(JsonContract.DatePattern, RegexOptions.CultureInvariant);
        for (var year = 1900; year <= 2999; year++)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var text = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);
                    var real = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                    Assert.True(real == pattern.IsMatch(text), text);
                    Assert.Equal(real, JsonContract.CheckString("publishedOn", text) is null);
                }
            }
        }
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("3000-01-01")]
    [InlineData("24-01-01")]
    public void DatePattern_RefusesYearsOutsideTheRange(string text)
        => Assert.NotNull(JsonContract.CheckString("publishedOn", text));

    [Theory]
    [InlineData("name", "", false)]
    [InlineData("name", "x", true)]
    [InlineData("title", "", true)] // titles and notes are free text: only names, reasons, labels and glossary entries must not be empty
    [InlineData("reason", "", false)]
    [InlineData("schemaVersion", "1.0", true)]
    [InlineData("schemaVersion", "1.1", true)]
    [InlineData("schemaVersion", "1.2", true)]
    [InlineData("schemaVersion", "1.3", true)]
    [InlineData("schemaVersion", "1.4", true)]
    [InlineData("schemaVersion", "1.5", true)]
    [InlineData("schemaVersion", "1.6", true)]
    [InlineData("schemaVersion", "1.7", true)]
    [InlineData("schemaVersion", "1.8", true)]
    [InlineData("schemaVersion", "1.9", true)]
    [InlineData("schemaVersion", "1.10", true)]
    [InlineData("schemaVersion", "1.11", true)]
    [InlineData("schemaVersion", "1.12", true)]
    [InlineData("schemaVersion", "1.13", true)]
    [InlineData("schemaVersion", "1.14", true)]
    [InlineData("schemaVersion", "1.15", true)]
    [InlineData("schemaVersion", "1.16", false)]
    [InlineData("schemaVersion", "1.01", false)]
    [InlineData("schemaVersion", "1.00", false)]
    [InlineData("url", "https://a.cn", true)]
    [InlineData("url", "https://a.cn/x y", false)]
    public void CheckString_AppliesTheMemberRule(string member, string value, bool accepted)
        => Assert.Equal(accepted, JsonContract.CheckString(member, value) is null);
}
