using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37 (blind round 34, M3): "X万元中，A万元，占p%" — the head figure is the base of the parts and shares after it, as
/// "X万元，其中A万元，占p%" reads. Where the section has members for the parts (支出: 基本支出/项目支出; 收入: 财政拨款收入/
/// 其他收入) they are filled; in the 财政拨款 section, which has none, both wordings give the same located notes.
/// </summary>
public class HeadFigurePartsTests
{
    private const string Title = "某县图书馆2022年度部门决算说明\n";

    /// <summary>221.70 / 305.90 = 72.474% → 72.47; 84.20 / 305.90 = 27.525% → 27.53 (every wording of the head).</summary>
    [Theory]
    [InlineData("本年支出合计305.90万元中，")]
    [InlineData("本年支出合计305.90万元中：")]
    [InlineData("本年支出合计305.90万元，其中")]
    [InlineData("本年支出合计305.90万元中，主要是")]
    public void ExpenditureHead_IsTheBaseOfItsParts(string head)
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n" + head + "基本支出221.70万元，占72.47%；项目支出84.20万元，占27.53%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("305.90", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("72.47", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("27.53", JsonAt(read, "/narrative/expenditure/project/share"));
    }

    /// <summary>A wrong share after "万元中：" is an Error of the part: 298.40 / 312.60 = 95.457%, stated 92.46% (FA2001,
    /// the income part's share).</summary>
    [Fact]
    public void WrongShareAfterTheHead_IsAnError()
    {
        var (_, diagnostics) = Read(Title + "二、收入决算情况说明\n本年收入合计312.60万元中：财政拨款收入298.40万元，占92.46%；"
            + "其他收入14.20万元，占4.54%。\n");

        Assert.Contains("FA2001", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// In the 财政拨款 section the parts have no member: "万元中，" gives the notes "，其中" gives, and no figure of a part or
    /// share is stored as the whole's.
    /// </summary>
    [Theory]
    [InlineData("财政拨款支出790.12万元中，")]
    [InlineData("财政拨款支出790.12万元，其中")]
    public void AppropriationHead_PartsAreNotes(string head)
    {
        var (read, diagnostics) = Read(Title + "二、财政拨款支出决算结构\n" + head + "基本支出612.34万元，占77.50%；项目支出177.78万元，占22.50%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("790.12", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearExpenditure/share"));
        Assert.True(Noted(read, "could not place"));
    }
}
