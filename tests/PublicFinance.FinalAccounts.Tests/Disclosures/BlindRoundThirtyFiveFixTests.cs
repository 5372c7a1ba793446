using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 35's families (issue 8, session 37), on invented texts of our own wording and numbers: the 2015–16 names of
/// the 一般公共预算财政拨款 section (F1, its figure read as 本年支出合计: false FA1203 and FA1208), items named by a code
/// written first and closed by their level mark (F2, the item's figures read as the section total's budget comparison:
/// false FA2201 and FA2205), a reason sentence naming the budget comparison a sentence later (W1, false FA2206) and a text
/// that calls itself a 单位决算 in a sentence (W2, false FA8004).
/// </summary>
public class BlindRoundThirtyFiveFixTests
{
    // ---- F1: old names of the 一般公共预算财政拨款 section -----------------------------------------------------------

    private const string OldSectionName = "某县林业局{0}年度部门决算说明\n"
        + "一、收入支出决算总体情况\n"
        + "{0}年度本部门本年收入合计900.00万元，其中{1}收入850.00万元，其他收入50.00万元；本年支出合计880.00万元，"
        + "其中基本支出600.00万元，项目支出280.00万元。\n"
        + "二、{2}\n"
        + "{0}年度{3}812.40万元，比上年增加62.40万元，增长{4}%。主要原因是新增护林员经费。\n";

    /// <summary>
    /// Under the section's old heading, its figure is the 一般公共预算财政拨款 expenditure, not 本年支出合计: 812.40 (a change
    /// of 62.40 on 750.00, 8.32 %) is <c>generalBudget/total</c>, and no Error
    /// is reported (before: FA1203 "812.40 vs 880.00" and FA1208).
    /// </summary>
    [Theory]
    [InlineData("2016", "公共财政预算拨款", "公共财政预算拨款支出决算情况", "公共财政预算拨款支出")]
    [InlineData("2015", "公共财政预算拨款", "公共财政预算拨款支出情况", "公共财政预算拨款支出")]
    [InlineData("2015", "公共财政拨款", "公共财政拨款支出决算情况", "公共财政拨款支出")]
    [InlineData("2016", "一般预算财政拨款", "一般预算财政拨款支出决算情况", "一般预算财政拨款支出")]
    [InlineData("2016", "一般预算拨款", "一般预算拨款支出决算情况", "一般预算拨款支出")]
    public void OldSectionHeading_ItsFigureIsTheGeneralBudgetExpenditure(string year, string income, string heading, string subject)
    {
        var (read, diagnostics) = Read(Fill(OldSectionName, year, income, heading, subject, "8.32"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("812.40", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("62.40", JsonAt(read, "/narrative/generalBudget/total/change/amount"));
    }

    /// <summary>A planted wrong rate under the old heading (9.32 % for 62.40 / 750.00 = 8.32 %) is the section's FA2104.</summary>
    [Fact]
    public void OldSectionHeading_AWrongRate_IsTheSectionsError()
    {
        var (_, diagnostics) = Read(Fill(OldSectionName, "2016", "公共财政预算拨款", "公共财政预算拨款支出决算情况",
            "公共财政预算拨款支出", "9.32"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2104", error.RuleId);
        Assert.StartsWith("/narrative/generalBudget/total/change", error.Pointers[0], StringComparison.Ordinal);
    }

    // ---- F2: items named by a code written first and closed by their level mark ---------------------------------------

    private const string CodedItems = "某县应急管理局2021年度部门决算说明\n"
        + "一、一般公共预算财政拨款支出决算情况\n"
        + "（一）总体情况：2021年度一般公共预算财政拨款支出600.00万元，年初预算500.00万元，完成年初预算的{0}%。{1}"
        + "（二）具体情况：{1}"
        + "{2}：年初预算80.00万元，支出决算95.20万元，完成年初预算的119.00%，主要原因是开展安全生产专项整治。{1}"
        + "{3}：年初预算420.00万元，支出决算504.80万元，完成年初预算的120.19%，主要原因是人员正常调资。\n";

    /// <summary>
    /// The coded items' figures are the items' (95.20 / 80.00 = 119.00 %, 504.80 / 420.00 = 120.19 %): the section total keeps
    /// its own comparison, 600.00 of 500.00 = 120.00 %, and no Error is reported (before: the first item's 95.20 became the
    /// total's final — FA2205 and FA2201 "95.20 / 500.00"). On lines of their own and in one line.
    /// </summary>
    [Theory]
    [InlineData("\n", "2240106安全监管（项）", "2240101行政运行（项）")]
    [InlineData("", "2240106安全监管（项）", "2240101行政运行（项）")]
    [InlineData("\n", "2240106 安全监管（项）", "2240101 行政运行（项）")]
    [InlineData("\n", "[2240106]安全监管（项）", "[2240101]行政运行（项）")]
    public void CodedItemLines_AreTheItems(string breakAfter, string first, string second)
    {
        var (read, diagnostics) = Read(Fill(CodedItems, "120.00", breakAfter, first, second));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("600.00", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.NotEqual("95.20", JsonAt(read, "/narrative/generalBudget/total/budget/finalAmount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA2201" or "FA2205");
    }

    /// <summary>
    /// A planted wrong completion rate of the total (110.00 % for 600.00 / 500.00 = 120.00 %) is reported on the total's own
    /// figures, not on an item's (before: the Error named 95.20 and hid the planted one).
    /// </summary>
    [Fact]
    public void CodedItemLines_AWrongTotalRate_IsTheTotalsError()
    {
        var (_, diagnostics) = Read(Fill(CodedItems, "110.00", "\n", "2240106安全监管（项）", "2240101行政运行（项）"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Contains("120.00", error.MessageEn, StringComparison.Ordinal);   // 600.00 / 500.00
    }

    // ---- W1: a reason sentence naming the comparison a sentence later ------------------------------------------------

    private const string ThreePublicReasonLater = "某县妇联2017年度部门决算说明\n"
        + "一、“三公”经费支出情况\n"
        + "2017年度“三公”经费年初预算6.50万元，决算支出4.10万元，完成预算的63.08%，比预算减少2.40万元。"
        + "{0}公务用车运行费3.30万元；公务接待费0.80万元。{1}的主要原因是{2}。\n";

    /// <summary>
    /// The reason two sentences after the 三公 total's comparison (6.50 → 4.10, below the budget) is that comparison's: the
    /// total's budget has it and no FA2206 is reported (before: the reason was nobody's and FA2206 warned).
    /// </summary>
    [Theory]
    [InlineData("因公出国（境）费年初预算2.00万元，全年未安排出国（境）团组，决算为0；", "决算数小于预算数", "厉行节约")]
    [InlineData("", "决算数小于预算数", "严控公务接待")]
    [InlineData("因公出国（境）费0万元；", "决算数小于年初预算数", "压减一般性支出")]
    public void ReasonNamingTheComparison_ALaterSentence_IsTheTotals(string overseas, string comparison, string reason)
    {
        var (read, diagnostics) = Read(Fill(ThreePublicReasonLater, overseas, comparison, reason));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
        Assert.Contains(reason, JsonAt(read, "/narrative/threePublic/total/budget/reason") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("6.50", JsonAt(read, "/narrative/threePublic/total/budget/budgetAmount"));
    }

    // ---- W2: a 单位决算 stated in a sentence ------------------------------------------------------------------------

    private const string UnitStatedInASentence = "{0}2024年度本单位本年收入合计820.00万元，其中财政拨款收入800.00万元，其他收入20.00万元。\n"
        + "本年支出合计810.00万元，其中基本支出500.00万元，项目支出310.00万元。\n";

    /// <summary>A text that says it is a 单位决算 (本报告为…单位决算说明) is a unit's: its 本单位 is right (no FA8004).</summary>
    [Theory]
    [InlineData("本单位为市城市管理局所属公益一类事业单位，本报告为2024年度单位决算说明。")]
    [InlineData("本说明是2024年度单位决算说明。本单位为区教育局所属事业单位。")]
    [InlineData("本单位系县卫生健康局下属事业单位，本报告为本单位2024年度单位决算。")]
    public void UnitReportStatedInASentence_NoEntityWordingWarning(string opening)
    {
        var (read, diagnostics) = Read(Fill(UnitStatedInASentence, opening));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8004");
        Assert.Equal("unit", JsonAt(read, "/entity/kind"));
    }

    /// <summary>
    /// "所属单位决算" names a part of a department's report, not its kind: the text stays a department's, and its 本单位
    /// still gets FA8004.
    /// </summary>
    [Fact]
    public void PartsUnitReports_DecideNothing()
    {
        var (_, diagnostics) = Read(Fill(UnitStatedInASentence, "本报告汇总了局本级及所属单位决算。"));

        Assert.Contains(diagnostics, d => d.RuleId == "FA8004");
    }

    private static string Fill(string format, params object[] values)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
