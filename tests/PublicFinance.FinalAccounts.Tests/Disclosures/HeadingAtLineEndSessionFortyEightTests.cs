using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (misc48, blind round 44 t06): a scraped page wrapped at a fixed width, whose numbered heading stands at the end
/// of a line after the sentence before it, its space before the line break ("…万元。 六、基本支出决算情况 " / "基本支出…"). The
/// join of the lines dropped that space, the heading's words ran into the next label and its figures were unplaced.
/// </summary>
public class HeadingAtLineEndSessionFortyEightTests
{
    private const string Title = "某县档案馆2023年度部门决算说明\n";

    private static string Text(string headingLineEnd) => Title + "五、一般公共预算财政拨款支出决算情况\n"
        + "2023年度一般公共预算财政拨款支出500.00万元，全部为行政运行（2012601）支出500.00万元\n"
        + "。 六、一般公共预算财政拨款基本支出决算情况" + headingLineEnd + "\n"
        + "基本支出500.00万元，其中人员经费300.00万元，公用经费200.00万元\n"
        + "。 七、“三公”经费支出情况 2023年度“三公”经费支出4.00万元。\n";

    /// <summary>The heading at a line's end with its space: it is entered and the next line's figures are its section's.</summary>
    [Theory]
    [InlineData(" ")]
    [InlineData("\u3000")]
    public void HeadingAtLineEndWithItsSpace_IsEntered(string space)
    {
        var (read, diagnostics) = Read(Text(space));

        Assert.Equal("500.00", JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss: a clause that ends in 情况 at a line's end, with no numbered heading ("…说明如下情况 " / "…"), is joined as
    /// before (no space is kept inside a sentence).
    /// </summary>
    [Fact]
    public void SentenceEndingInQingkuang_IsJoinedAsBefore()
    {
        var withSpace = Read(Title + "一、收入决算情况说明\n本年收入合计800.00万元，具体情况 \n如下：财政拨款收入800.00万元。\n");
        var without = Read(Title + "一、收入决算情况说明\n本年收入合计800.00万元，具体情况\n如下：财政拨款收入800.00万元。\n");

        Assert.Equal(JsonAt(without.Read, "/narrative/income/total/amount"), JsonAt(withSpace.Read, "/narrative/income/total/amount"));
        Assert.Equal(
            JsonAt(without.Read, "/narrative/income/fiscalAppropriation/amount"),
            JsonAt(withSpace.Read, "/narrative/income/fiscalAppropriation/amount"));
    }

    /// <summary>Property: whatever the amounts, the heading at a line's end gives the same reading as the heading on its line.</summary>
    [Property(MaxTest = 10)]
    public bool HeadingAtLineEnd_ReadsAsAHeadingWithItsText(PositiveInt personnelCents, PositiveInt publicCents)
    {
        var personnel = (personnelCents.Get % 100000) / 100m + 1m;
        var publicPart = (publicCents.Get % 100000) / 100m + 1m;
        var figures = "基本支出" + (personnel + publicPart).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
            + "万元，其中人员经费" + personnel.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)
            + "万元，公用经费" + publicPart.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "万元";
        var atLineEnd = Read(Title + "五、其他情况\n无。 六、一般公共预算财政拨款基本支出决算情况 \n" + figures + "\n。\n");
        var onItsLine = Read(Title + "五、其他情况\n无。\n六、一般公共预算财政拨款基本支出决算情况\n" + figures + "。\n");

        return JsonAt(atLineEnd.Read, "/narrative/basicExpenditure/personnel/amount")
                == JsonAt(onItsLine.Read, "/narrative/basicExpenditure/personnel/amount")
            && JsonAt(atLineEnd.Read, "/narrative/basicExpenditure/public/amount")
                == JsonAt(onItsLine.Read, "/narrative/basicExpenditure/public/amount")
            && JsonAt(onItsLine.Read, "/narrative/basicExpenditure/personnel/amount") is not null;
    }
}
