using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The outside review of session 24's blind fixes (engineer B's half): each bug the reviewer proved with a tiny invented
/// text, on invented texts of our own (several wordings, the near misses that must keep working). Bug 1: a bracketed
/// sub-heading closed by '。' ("（一）基本支出决算情况。…") moved the reader out of 支出决算情况 into the 一般公共预算财政拨款基本支出
/// section (a false FA1206).
/// </summary>
public sealed class ReviewTwentyFourBTests
{
    /// <summary>The rule ids of the Errors among <paramref name="diagnostics"/>.</summary>
    private static string[] Errors(List<Diagnostic> diagnostics) => RuleIds(diagnostics, Severity.Error);

    // ---- bug 1: a bracketed sub-heading opens a part of the current section, never another top-level section ----

    /// <summary>
    /// Under "二、支出决算情况说明" the bracketed "（一）基本支出决算情况。" is the all-funds 基本支出 (700.00, expenditure/basic); the
    /// 一般公共预算财政拨款 基本支出 is the next top-level section's 600.00 = 人员经费 500.00 + 公用经费 100.00. Before the fix the
    /// sub-heading entered that section, 700.00 took basicExpenditure/total and 600.00 was dropped: FA1206 (700 ≠ 600).
    /// </summary>
    [Theory]
    [InlineData("（一）基本支出决算情况。本年基本支出700.00万元，占本年支出合计的73.7%。")]
    [InlineData("（一）基本支出决算情况说明。基本支出700.00万元，主要用于保障机构正常运转。")]
    [InlineData("（二）基本支出决算情况。2022年度基本支出700.00万元，占支出合计的73.7%。")]
    public void ABracketedSubHeading_DoesNotLeaveItsSection(string paragraph)
    {
        var (read, diagnostics) = Read("某县某局2022年度部门决算说明\n二、支出决算情况说明\n本年支出合计950.00万元。\n" + paragraph
            + "\n（三）项目支出决算情况。本年项目支出250.00万元。\n三、一般公共预算财政拨款基本支出决算情况说明\n"
            + "2022年度一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元，公用经费100.00万元。\n");

        Assert.Equal("700.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("600.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.DoesNotContain("FA1206", Errors(diagnostics));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Bracketed siblings under an umbrella heading ("三、部门决算情况说明") still enter their sections one after another: the
    /// 收入 part's totals are income's, the 支出 part's expenditure's (820.00 = 800.00 + 20.00; 810.00 = 610.00 + 200.00).
    /// </summary>
    [Fact]
    public void BracketedSiblingsUnderAnUmbrella_EnterTheirSections()
    {
        var (read, diagnostics) = Read("某县某局2022年度部门决算说明\n三、部门决算情况说明\n"
            + "（一）收入决算情况。本年收入合计820.00万元，其中：财政拨款收入800.00万元，其他收入20.00万元。\n"
            + "（二）支出决算情况。本年支出合计810.00万元，其中：基本支出610.00万元，项目支出200.00万元。\n");

        Assert.Equal("820.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("810.00", At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("610.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A bracketed heading that names a part of the current section enters it: under 财政拨款支出决算情况, "（一）一般公共预算财政拨款
    /// 支出决算情况。" is the 一般公共预算 section (345.60 = 300.00 + 45.60).
    /// </summary>
    [Theory]
    [InlineData("四、财政拨款支出决算情况说明")]
    [InlineData("四、财政拨款收入支出决算总体情况说明")]
    public void ABracketedHeadingNamingAPartOfItsSection_EntersIt(string top)
    {
        var (read, diagnostics) = Read("某县某局2019年度部门决算说明\n" + top + "\n"
            + "（一）一般公共预算财政拨款支出决算情况。2019年度一般公共预算财政拨款支出345.60万元，其中：教育支出300.00万元；"
            + "住房保障支出45.60万元。\n");

        Assert.Equal("345.60", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A top-level heading closed by '。' still changes the section (blindfixb's m2): "三、一般公共预算财政拨款基本支出决算情况。" after the
    /// 支出 section is the 一般公共预算 基本支出 (600.00 = 500.00 + 100.00).
    /// </summary>
    [Fact]
    public void ATopLevelHeadingClosedByAFullStop_ChangesTheSection()
    {
        var (read, diagnostics) = Read("某县某局2022年度部门决算说明\n二、支出决算情况说明\n本年支出合计950.00万元。\n"
            + "三、一般公共预算财政拨款基本支出决算情况。2022年度一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元，"
            + "公用经费100.00万元。\n");

        Assert.Equal("600.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- bug 2: "总分 100 分，实际得分 86 分" — the 总分 is the full marks, not the score ----

    /// <summary>The 支出 paragraph and the opening of the 绩效 section that every bug-2 text shares (one project, 200.00).</summary>
    private const string Performance = "某区街道办事处2024年度部门决算说明\n一、支出决算情况说明\n"
        + "本年支出合计600.00万元，其中基本支出400.00万元，项目支出200.00万元。\n二、项目支出绩效情况说明\n"
        + "本部门对1个项目开展了绩效自评，涉及资金200.00万元，占本部门项目支出的100.0%。\n"
        + "（一）社区养老服务补助。项目年初预算200.00万元，全年执行数200.00万元，预算执行率为100.0%。";

    /// <summary>
    /// 总分 N 分 followed by a 得分 in its sentence is the full marks: the score is the 得分 (86, 良 by the 80–90 band, so FA3007
    /// holds). Before the fix the first figure won: totalScore 100 beside the grade 良, a false FA3007.
    /// </summary>
    [Theory]
    [InlineData("项目自评总分100分，实际得分86分，评价等级为“良”。")]
    [InlineData("自评总分为100分，项目得分86分，自评等级为良。")]
    [InlineData("绩效自评总分100分，最终得分为86分，评价等级为“良”。")]
    public void AFullMarksTotal_IsNotTheScore(string sentence)
    {
        var (read, diagnostics) = Read(Performance + sentence + "\n");

        Assert.Equal("86", At(read, "/performance/evaluations/0/totalScore"));
        Assert.DoesNotContain("FA3007", Errors(diagnostics));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: a 总分 with no 得分 after it in its sentence is the score ("自评总分为92分", 优 by the ≥ 90 band): read as before.
    /// </summary>
    [Theory]
    [InlineData("项目自评总分为92分，评价等级为“优”。")]
    [InlineData("自评总分92分。评价等级为优，得分较上年提高。")]
    public void ATotalWithoutAScoreAfterIt_IsTheScore(string sentence)
    {
        var (read, diagnostics) = Read(Performance + sentence + "\n");

        Assert.Equal("92", At(read, "/performance/evaluations/0/totalScore"));
        Assert.Empty(Errors(diagnostics));
    }
}
