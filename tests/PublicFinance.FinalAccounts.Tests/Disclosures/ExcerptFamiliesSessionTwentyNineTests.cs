using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 29 (issue 8, the round-27 excerpts' missed figures), by phrasing family, on invented texts of their own: the 2015
/// template's 公共财政拨款 wording (the 一般公共预算 appropriation, never the whole 财政拨款); a footnote marker (注1) after a
/// bare figure under （单位：万元）; 上年度结转和结余 written with 度. Every text is consistent, so no Error may be raised on it.
/// </summary>
public sealed class ExcerptFamiliesSessionTwentyNineTests
{
    private static (DisclosureReadResult Read, string[] Errors) Read(string text)
    {
        var (read, diagnostics) = TextReading.Read(text);
        return (read, TextReading.Errors(diagnostics));
    }

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// "三、公共财政拨款支出情况" (the 2015 template) is the 一般公共预算 appropriation's section, and its 公共财政拨款支出 1390.00 万元
    /// that appropriation's spending — never the whole 财政拨款支出, which also holds the 政府性基金 spending.
    /// </summary>
    [Fact]
    public void TemplateOfTwentyFifteen_PublicFinanceAppropriation_IsTheGeneralBudget()
    {
        var (read, errors) = Read("某县林业局2016年度部门决算公开说明\n三、公共财政拨款支出情况\n"
            + "2016年度公共财政拨款支出1390.00万元，主要用于森林资源管护和林业有害生物防治。\n");

        Assert.Equal("1390.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Under （单位：万元） a bare figure followed by a footnote marker ("206.40注1", "1024.60注2") still takes the declared unit,
    /// as one followed by ※ does: 年末结转和结余 206.40 and 项目支出 1024.60 are read (2210.00 = 1185.40 + 1024.60), and the
    /// marker's digit is no figure.
    /// </summary>
    [Fact]
    public void BareFigureBeforeAFootnoteMarker_TakesTheDeclaredUnit()
    {
        var (read, errors) = Read("某市某局2020年度部门决算情况说明\n一、收入支出决算总体情况\n（单位：万元）\n"
            + "本年支出合计2210.00，其中基本支出1185.40；项目支出1024.60注2。年末结转和结余206.40注1。\n"
            + "注1：年末结转和结余为跨年度项目资金。\n注2：项目支出含上级专项资金。\n");

        Assert.Equal("1024.60", At(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("206.40", At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("1185.40", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A word after a bare number that is no footnote marker ("99.50分", "注意") still keeps it from the declared unit: the 绩效
    /// score is no amount.
    /// </summary>
    [Fact]
    public void BareFigureBeforeAWord_StaysNoAmount()
    {
        var (read, _) = Read("某市某局2020年度部门决算情况说明\n一、收入支出决算总体情况\n（单位：万元）\n"
            + "本年支出合计2210.00。年末结转和结余88.25注意跨年使用。\n");

        Assert.Equal("2210.00", At(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Null(At(read, "/narrative/overall/closingCarryOver/amount"));   // "88.25注意…": 注 and no digit, not a marker
    }

    /// <summary>
    /// "另有使用上年度结转和结余 45.60 万元" (上年度, with 度) is the overview's 年初结转和结余: 收入总计 1345.60 = 本年收入合计
    /// 1300.00 + 45.60.
    /// </summary>
    [Fact]
    public void CarryOverOfLastYearWrittenWithDu_IsTheOpeningCarryOver()
    {
        var (read, errors) = Read("某镇人民政府2021年度部门决算情况说明\n一、收入支出决算总体情况\n"
            + "2021年度收入总计1345.60万元，支出总计1345.60万元。本年收入合计1300.00万元。另有使用上年度结转和结余45.60万元。\n"
            + "本年支出合计1310.00万元，年末结转和结余35.60万元。\n");

        Assert.Equal("45.60", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Empty(errors);
    }
}
