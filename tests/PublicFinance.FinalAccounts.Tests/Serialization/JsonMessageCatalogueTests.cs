using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>The JSON reader's and the model's messages come from the message catalogue (<c>Utility/Messages</c>).</summary>
public class JsonMessageCatalogueTests
{
    private static FinalAccountsJsonException Reject(string json) =>
        Assert.Throws<FinalAccountsJsonException>(() => FinalAccountsJson.Deserialize(json));

    [Fact]
    public void YearOutOfRange_SaysTheRangeFromFiscalYearRange()
    {
        // 1899 is below FiscalYearRange.First (1990): the bounded-integer converter names both bounds and the value.
        var ex = Reject("{\"entity\":{\"name\":\"某部门\",\"fiscalYear\":1899}}");
        Assert.Contains(
            Messages.JsonIntegerOutOfRange("a fiscal year", "决算年度", FiscalYearRange.First, FiscalYearRange.Last, 1899),
            ex.Message,
            StringComparison.Ordinal);
        Assert.StartsWith("$.entity.fiscalYear", ex.Path!, StringComparison.Ordinal);
    }

    [Fact]
    public void YearAsText_IsNotAnInteger()
    {
        var ex = Reject("{\"entity\":{\"name\":\"某部门\",\"fiscalYear\":\"2024\"}}");
        Assert.Contains(Messages.JsonExpectedInteger("a fiscal year", "决算年度"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEnumName_ListsTheAllowedNames()
    {
        // ReportUnit's camelCase names; "WAN" matches none of them (exact case).
        var ex = Reject("{\"entity\":{\"name\":\"某部门\",\"fiscalYear\":2024},\"unit\":\"WAN\"}");
        Assert.Contains("WAN", ex.Message, StringComparison.Ordinal);
        Assert.Contains("区分大小写", ex.Message, StringComparison.Ordinal);
        Assert.Contains(
            Messages.JsonEnumUnknownName(string.Empty, "WAN").Substring(0, "Expected one of ".Length),
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeHeadCount_ThrowsTheCatalogueMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PersonnelCount { Count = -1 });
        Assert.StartsWith(Messages.HeadCountNegative, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(257)]
    public void ReadLimits_ThrowTheCatalogueMessages(int depth)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FinalAccountsJsonReadOptions { MaxDepth = depth });
        Assert.StartsWith(Messages.MaxDepthOutOfRange, ex.Message, StringComparison.Ordinal);
        var bytes = Assert.Throws<ArgumentOutOfRangeException>(() => new FinalAccountsJsonReadOptions { MaxDocumentBytes = 0 });
        Assert.StartsWith(Messages.MustBePositive, bytes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogate_IsLocatedByIndex()
    {
        // "\uD800" written raw (not escaped) at index 1 of the text.
        var ex = Reject("{\uD800}");
        Assert.Contains(Messages.LoneSurrogate(1, '\uD800'), ex.Message, StringComparison.Ordinal);
        Assert.Contains("U+D800", Messages.LoneSurrogate(1, '\uD800'), StringComparison.Ordinal);
    }
}
