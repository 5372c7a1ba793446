using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 29, family F1 (session 29): a section heading run into the text — a paragraph of its own that opens with the
/// heading and its sub-heading, the tail of a line after "…" or a sentence's end, or a web page scraped to one line whose
/// numbering skips the sections it leaves out — closes the subject before it. Before, the figures after it attached to the
/// last item of the section before (项目支出): false FA2104 / FA2205 and Warnings FA2106 / FA2206. Every text is invented and
/// consistent, so no Error may be raised on it.
/// </summary>
public sealed class HeadingsRunIntoTheTextTests
{
    private const string Title = "某市文化和旅游局2024年度部门决算\n\n";

    /// <summary>The 支出决算 section, ending with 项目支出 (200 + 300 = 500; 300 / 500 = 60 %, 200 / 500 = 40 %).</summary>
    private const string Expenditure = "三、支出决算情况说明\n\n本年支出合计500.00万元，其中：基本支出300.00万元，占60.00%；项目支出200.00万元，占40.00%。";

    /// <summary>机关运行经费 150.00, 30.00 more than 2023's 120.00: 30 / 120 = 25.00 %.</summary>
    private const string Operating = "本部门2024年度机关运行经费支出150.00万元，比2023年度增加30.00万元，增长25.00%，主要是新增办公场所。";

    /// <summary>三公 budget 16.00, final 12.00: 12 / 16 = 75.00 %.</summary>
    private const string ThreePublic = "2024年度“三公”经费财政拨款支出预算为16.00万元，支出决算为12.00万元，完成预算的75.00%，主要是减少公务接待。";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// The 机关运行经费 paragraph after the umbrella heading 其他重要事项 and its sub-heading on the same line — a paragraph of its
    /// own, the tail of the 支出 paragraph, after "…", or under the sub-heading alone — is the 机关运行经费's: 150.00 with its
    /// change (30.00, 25.00 %), never 项目支出's change (before: 30 / (200 − 30) gave a false FA2104).
    /// </summary>
    [Theory]
    [InlineData("\n\n八、其他重要事项的情况说明 （一）机关运行经费支出情况 ")]
    [InlineData(" 八、其他重要事项的情况说明 （一）机关运行经费支出情况 ")]
    [InlineData(" … 八、其他重要事项的情况说明 （一）机关运行经费支出情况 ")]
    [InlineData("\n\n（一）机关运行经费支出情况 ")]
    public void OperatingExpensesAfterAnInlineHeading_AreTheirOwn(string heading)
    {
        var (read, diagnostics) = TextReading.Read(Title + Expenditure + heading + Operating + "\n");

        Assert.Equal("150.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("30.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount"));
        Assert.Equal("25.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/rate"));
        Assert.Equal("200.00", At(read, "/narrative/expenditure/project/amount"));
        Assert.Null(At(read, "/narrative/expenditure/project/change/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
        Assert.DoesNotContain(TextReading.Of(diagnostics, Severity.Warning),
            w => w.Contains("/expenditure/project", StringComparison.Ordinal));
    }

    /// <summary>
    /// "… 六、财政拨款“三公”经费支出决算情况说明 （一）总体情况 2024年度…" after the 支出 paragraph: the budget comparison is the 三公
    /// total's (16.00 → 12.00, 75.00 %), never 项目支出's (before: a false FA2205, 200.00 against 12.00).
    /// </summary>
    [Theory]
    [InlineData(" … 六、财政拨款“三公”经费支出决算情况说明 （一）总体情况 ")]
    [InlineData("\n\n六、财政拨款“三公”经费支出决算情况说明 （一）总体情况 ")]
    public void ThreePublicAfterAnElision_IsTheThreePublicTotals(string heading)
    {
        var (read, diagnostics) = TextReading.Read(Title + Expenditure + heading + ThreePublic + "\n");

        Assert.Equal("16.00", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("75.00", At(read, "/narrative/threePublic/total/budget/completionRate"));
        Assert.Null(At(read, "/narrative/expenditure/project/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A web page on one line whose numbering skips the sections it leaves out ("三、… … 六、… … 八、…"): each heading after the
    /// gap is cut out and entered, so the 三公 items, the 机关运行经费 and the 政府采购 figures are placed (30 + 50 = 80) and no
    /// figure after the gap is 项目支出's.
    /// </summary>
    [Fact]
    public void OneLinePageWithSkippedSections_EntersEveryHeadingAfterTheGap()
    {
        var page = "首页 > 信息公开 > 财政预决算 > 部门决算 某市文化和旅游局2024年度部门决算 发布时间：2025-08-20 "
            + "一、收入支出决算总体情况说明 2024年度收入、支出总计均为520.00万元。 "
            + "二、收入决算情况说明 本年收入合计500.00万元，其中：一般公共预算财政拨款收入500.00万元，占100.00%。 "
            + Expenditure.Replace("\n\n", " ", StringComparison.Ordinal)
            + " … 六、财政拨款“三公”经费支出决算情况说明 （一）总体情况 " + ThreePublic
            + "（二）具体情况 因公出国（境）费支出决算为0万元；公务接待费支出决算12.00万元，占100.00%。"
            + " … 八、其他重要事项的情况说明 （一）机关运行经费支出情况 " + Operating
            + "（二）政府采购支出情况 本部门政府采购支出总额80.00万元，其中：货物30.00万元，服务50.00万元。";
        Assert.True(page.Length >= WebPageText.MinLength);

        var (read, diagnostics) = TextReading.Read(page);

        Assert.Equal("16.00", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("150.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("25.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/rate"));
        Assert.Equal("80.00", At(read, "/narrative/procurement/total/amount"));
        Assert.Equal("50.00", At(read, "/narrative/procurement/services/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer.StartsWith("/narrative/expenditure/project/", StringComparison.Ordinal)
            && c.Pointer != "/narrative/expenditure/project/amount" && c.Pointer != "/narrative/expenditure/project/share");
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// The cut of a skipped number: after "… " the heading "六、…情况说明" is a piece of its own; a near miss — "。 五、住房保障支出
    /// 60.00万元，…", an item of a list with its figure and no heading word before it — stays in its prose.
    /// </summary>
    [Fact]
    public void SkippedNumber_IsCutOnlyForAHeading()
    {
        var line = "当前位置：首页 > 部门决算 某局2024年度部门决算 一、部门基本情况 本部门设5个内设机构，主要负责全市文化和旅游事业的规划、管理与公共服务，"
            + "在职人员保持稳定，各项工作按年度计划有序推进，全年未发生重大调整，相关情况已在部门预算中一并公开，欢迎社会各界监督。 "
            + "二、支出决算情况说明 本年支出合计100.00万元，主要用于：一般公共服务支出40.00万元，占40.00%。 五、住房保障支出60.00万元，"
            + "占60.00%，主要是住房公积金缴存。" + " … 六、财政拨款“三公”经费支出决算情况说明 2024年度“三公”经费支出8.00万元。"
            + " 本部门无政府性基金预算财政拨款收入，也无国有资本经营预算财政拨款收入，故相关决算表为空表，本部门据实说明如上，特此公开。";
        Assert.True(line.Length >= WebPageText.MinLength, line.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var pieces = WebPageText.Segments(line, 0, line.Length).Select(p => line.Substring(p.Start, p.End - p.Start).Trim()).ToList();

        Assert.Contains("六、财政拨款“三公”经费支出决算情况说明", pieces);
        Assert.DoesNotContain(pieces, p => p.StartsWith("五、", StringComparison.Ordinal));
    }
}
