using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Classification;

/// <summary>The catalogue reader's messages come from the message catalogue, with the location around them.</summary>
public class CatalogueMessageTests
{
    private static CatalogueFormatException Reject(string text)
        => Assert.Throws<CatalogueFormatException>(() => ClassificationCatalogue.Load(new StringReader(text)));

    [Fact]
    public void AYearOutsideTheRange_IsTheCataloguesMessage_AtItsCell()
    {
        // 2101 is one past FiscalYearRange.Last; line 2 (after the header), column 3 (fromYear).
        var ex = Reject("code,name,fromYear\n20101,人大事务,2101\n");
        var (zh, en) = Messages.CatalogueInvalidYear("2101");
        Assert.Equal(
            "Invalid classification catalogue at line 2, column 3 (fromYear): " + en + " 科目目录第 2 行第 3 列：" + zh,
            ex.Message);
        Assert.Contains(FiscalYearRange.Last.ToString(System.Globalization.CultureInfo.InvariantCulture), en, StringComparison.Ordinal);
    }

    [Theory]
    // The bounds themselves are years; one outside either bound is not.
    [InlineData(FiscalYearRange.First, true)]
    [InlineData(FiscalYearRange.Last, true)]
    [InlineData(FiscalYearRange.First - 1, false)]
    [InlineData(FiscalYearRange.Last + 1, false)]
    public void FiscalYearRange_IncludesBothBounds(int year, bool contained)
        => Assert.Equal(contained, FiscalYearRange.Contains(year));

    [Fact]
    public void ReversedYears_AreTheCataloguesMessage()
    {
        // fromYear 2020, toYear 2019: the last year is before the first.
        var ex = Reject("code,name,fromYear,toYear\n20101,人大事务,2020,2019\n");
        var (zh, en) = Messages.CatalogueYearsReversed(2020, 2019);
        Assert.EndsWith(en + " 科目目录第 2 行第 4 列：" + zh, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEconomicCodeOfTheWrongShape_NamesTheEconomicClassification()
    {
        // 2010301 is a functional 项, not an economic code.
        var ex = Reject("system,code,name\neconomic,2010301,行政运行\n");
        var (zh, en) = Messages.CatalogueInvalidCode("2010301", functional: false);
        Assert.Contains(en, ex.Message, StringComparison.Ordinal);
        Assert.Contains(zh, ex.Message, StringComparison.Ordinal);
        Assert.Contains("economic", en, StringComparison.Ordinal);
    }
}
