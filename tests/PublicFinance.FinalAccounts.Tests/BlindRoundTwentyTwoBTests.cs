using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The recall and reason families of the session 22 blind texts, on invented texts of their own (several wordings each, not
/// the blind texts): a reason that swallowed the next list items or figures (r12), a reason after a 其中 list or written
/// 主要原因一是… (r09), the title and year of a one-line scraped page (r13), a hospital's 财政补助收入 (r14) and prior-year
/// figures in brackets.
/// </summary>
public class BlindRoundTwentyTwoBTests
{
    /// <summary>The text read, and its Errors and Warnings as <c>"rule pointer"</c>.</summary>
    private static (DisclosureReadResult Read, string[] Errors, string[] Warnings) Read(string text)
    {
        var (read, diagnostics) = TextReading.Read(text);
        return (read, Of(diagnostics, Severity.Error), Of(diagnostics, Severity.Warning));
    }

    private const string Items = "/narrative/generalBudget/items/";

    // ---- r12: a reason ends at the next item of its own list ----

    /// <summary>
    /// Four 项 lines with their prior-year figures in brackets (the markers vary). 行政运行 210.50 − 200.00 = 10.50, 10.50 / 200.00
    /// = 5.25%; 480.00 − 400.00 = 80.00, 80.00 / 400.00 = 20.00%; 150.00 − 200.00 = −50.00, 50.00 / 200.00 = 25.00% (or the
    /// planted 52.00%); 60.00 = 60.00 持平. Each line is an item of its own, item 1's reason is its own clause only, and the
    /// planted rate gives FA2104 on item 3.
    /// </summary>
    [Theory]
    [InlineData("（1）", "（2）", "（3）", "（4）", "25.00", false)]
    [InlineData("（1）", "（2）", "（3）", "（4）", "52.00", true)]
    [InlineData("①", "②", "③", "④", "25.00", false)]
    [InlineData("①", "②", "③", "④", "52.00", true)]
    [InlineData("1.", "2.", "3.", "4.", "52.00", true)]
    public void NumberedItemLines_AreNotSwallowedByTheReasonBefore(string m1, string m2, string m3, string m4, string rate, bool planted)
    {
        // The class line before the list only with "（1）": a ① list joined to it is read as the class's (FunctionItems).
        var lead = m1 == "（1）" ? "1.卫生健康支出（类）900.50万元，主要项级科目如下：\n" : string.Empty;
        var (read, errors, _) = Read("某县卫生健康局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n（三）具体情况\n"
            + lead
            + m1 + "卫生健康管理事务（款）行政运行（项）210.50万元（上年：200.00万元），增长5.25%，主要是人员调资；\n"
            + m2 + "公共卫生（款）基本公共卫生服务（项）480.00万元（上年：400.00万元），增加80.00万元，增长20.00%，主要是补助标准提高；\n"
            + m3 + "公共卫生（款）重大公共卫生服务（项）150.00万元（上年：200.00万元），减少50.00万元，下降" + rate + "%，主要是专项任务完成；\n"
            + m4 + "计划生育事务（款）计划生育服务（项）60.00万元（上年：60.00万元），与上年持平。\n");
        Assert.Equal("210.50", JsonAt(read, Items + "0/amount"));
        Assert.Equal("人员调资", JsonAt(read, Items + "0/change/reason")?.TrimEnd('；'));
        Assert.Equal("200.00", JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("480.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("补助标准提高", JsonAt(read, Items + "1/change/reason")?.TrimEnd('；'));
        Assert.Equal("150.00", JsonAt(read, Items + "2/amount"));
        // (a planted rate disagrees with the bracket: which figure is wrong the text does not say, so the prior stays a note)
        Assert.Equal(planted ? null : "200.00", JsonAt(read, Items + "2/change/priorYearAmount"));
        Assert.Equal("60.00", JsonAt(read, Items + "3/amount"));
        if (planted)
        {
            Assert.Contains("FA2104 " + Items + "2/change/rate", errors);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    /// <summary>
    /// A list of reasons after the marker ("主要原因是：（1）…；（2）…") is one reason: its items name a direction before any
    /// figure, and the list is the reason's own, not the list the change belongs to.
    /// </summary>
    [Theory]
    [InlineData("（1）人员经费增加；（2）新增信息化项目支出。")]
    [InlineData("一是人员经费增加；二是新增信息化项目支出。")]
    [InlineData("（1）人员经费增加12.00万元；（2）新增信息化项目支出38.00万元。")]
    public void AListOfReasons_StaysOneReason(string reasons)
    {
        // 550.00 − 500.00 = 50.00, 50.00 / 500.00 = 10.00%.
        var (read, errors, _) = Read("某市统计局2020年度部门决算说明\n三、支出决算情况\n"
            + "本年支出合计550.00万元，比上年增加50.00万元，增长10.00%，主要原因是：" + reasons + "\n");
        var reason = JsonAt(read, "/narrative/expenditure/total/change/reason");
        Assert.NotNull(reason);
        Assert.Contains("新增信息化项目支出", reason, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    /// <summary>
    /// "…主要是…；年初结转和结余 15.20 万元" / "；年末结转和结余…": the clause after ';' states a figure of its own subject — the
    /// reason ends before it and the figure is read (the blind text lost it into the reason).
    /// </summary>
    [Theory]
    [InlineData("年初结转和结余15.20万元。", "overall/openingCarryOver")]
    [InlineData("年末结转和结余15.20万元。", "overall/closingCarryOver")]
    [InlineData("年初结转结余15.20万元，本年支出948.00万元。", "overall/openingCarryOver")]
    public void AFigureAfterTheReason_IsReadOnItsOwn(string after, string figure)
    {
        // 968.44 − 902.18 = 66.26, 66.26 / 902.18 = 7.34%.
        var (read, _, _) = Read("某县林业局2016年度部门决算公开\n二、收入支出决算总体情况\n"
            + "本年收入968.44万元，比上年增加66.26万元，增长7.34%，主要原因是生态护林员补助资金增加；" + after + "\n");
        Assert.Equal("15.20", JsonAt(read, "/narrative/" + figure + "/amount"));
        Assert.Equal("生态护林员补助资金增加", JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
    }

    /// <summary>
    /// "…主要是…增加；完成年初预算 X 万元的 Y%": the budget completion is a statement of its own, not part of the reason (its
    /// 103.37 holds "3." — a list word only where the clause starts).
    /// </summary>
    [Theory]
    [InlineData("完成年初预算1000.00万元的110.00%。")]
    [InlineData("完成年初预算1000.00万元的103.37%。")]
    public void ABudgetCompletionAfterTheReason_IsNotTheReason(string completion)
    {
        // 1100.00 − 1000.00 = 100.00, 100.00 / 1000.00 = 10.00%.
        var (read, _, _) = Read("某区司法局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n"
            + "2021年度一般公共预算财政拨款支出1100.00万元，比上年增加100.00万元，增长10.00%，主要是社区矫正经费增加；" + completion + "\n");
        Assert.Equal("社区矫正经费增加", JsonAt(read, "/narrative/generalBudget/total/change/reason"));
    }

    // ---- r09: a reason after a 其中 list, or 主要原因一是… ----

    /// <summary>
    /// The 机关运行经费 change, its components (no member: notes), then the reason in a sentence of its own, written
    /// several ways: the change has its reason and FA2106 does not warn.
    /// </summary>
    [Theory]
    [InlineData("降低的主要原因一是视频会议替代现场会议；二是压缩差旅活动。")]
    [InlineData("减少的主要原因是视频会议替代现场会议，差旅活动压缩。")]
    [InlineData("下降原因一是视频会议替代现场会议，二是压缩差旅活动。")]
    public void AReasonAfterAComponentList_ExplainsTheChange(string reason)
    {
        // 90.00 − 100.00 = −10.00, 10.00 / 100.00 = 10.00%; 30.00 + 20.00 + 40.00 = 90.00.
        var (read, _, warnings) = Read("某区档案馆2020年度部门决算说明\n五、机关运行经费支出情况\n"
            + "2020年度本部门机关运行经费支出90.00万元，较上年度100.00万元减少10.00万元，降幅10.00%。"
            + "其中：办公费30.00万元，会议费20.00万元，其他商品和服务支出40.00万元。" + reason + "\n");
        Assert.NotNull(JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/reason"));
        Assert.DoesNotContain(warnings, w => w.StartsWith("FA2106", StringComparison.Ordinal));
    }

    /// <summary>A 三公 total that decreased, before its items: 18.00 − 15.00 = 3.00, 3.00 / 18.00 = 16.67%.</summary>
    private const string ThreePublicLead = "某县文化馆2017年度部门决算说明\n五、“三公”经费支出情况说明\n"
        + "2017年“三公”经费支出15.00万元，比上年18.00万元减少3.00万元，下降16.67%。其中：\n";

    /// <summary>A reason sentence whose head names a direction (减少的主要原因是…) and no figure.</summary>
    private const string HeadedReason = "减少的主要原因是严格控制公务接待标准。\n";

    /// <summary>
    /// "减少的主要原因是…" after the 三公 items, the last of them 持平: the reason is the total's (the only decrease), never the
    /// unchanged item's (the blind text gave it to 因公出国 持平).
    /// </summary>
    [Fact]
    public void ADecreasesReason_IsNotGivenToAnUnchangedItem()
    {
        // 12.00 + 3.00 = 15.00; 18.00 − 15.00 = 3.00, 3.00 / 18.00 = 16.67%.
        var (read, _, warnings) = Read(ThreePublicLead + "1.公务用车购置及运行费12.00万元，占80.00%。\n"
            + "2.公务接待费3.00万元，占20.00%。\n3.因公出国（境）费0万元，与上年持平。\n" + HeadedReason);
        Assert.Equal("严格控制公务接待标准。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/overseasTravel/change/reason"));
        Assert.DoesNotContain(warnings, w => w.StartsWith("FA2106", StringComparison.Ordinal));
    }

    /// <summary>
    /// Two decreases of the section without a reason and the last change 持平: "减少的主要原因" covers both decreases (session
    /// 43, blind round 40: a reason headed by its direction alone explains the section's changes that way since the last
    /// reason — before, neither got it and both warned falsely), never the unchanged item.
    /// </summary>
    [Fact]
    public void AHeadedReason_WithTwoCandidates_CoversBothDecreases()
    {
        var (read, _, warnings) = Read(ThreePublicLead + "1.公务接待费3.00万元，比上年减少1.00万元，下降25.00%。\n"
            + "2.因公出国（境）费0万元，与上年持平。\n" + HeadedReason);
        Assert.Null(JsonAt(read, "/narrative/threePublic/overseasTravel/change/reason"));
        Assert.Equal("严格控制公务接待标准。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Equal("严格控制公务接待标准。", JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.DoesNotContain(warnings, w => w.StartsWith("FA2106", StringComparison.Ordinal));
    }

    // ---- r13: the title after a scraped page's date, source and counter; the year from the body ----

    [Theory]
    [InlineData("发布时间：2020-08-11 来源：县农业农村局 浏览次数：512 ")]
    [InlineData("【打印】【关闭】 发布日期：2020-08-11 点击数：37 ")]
    [InlineData("日期：2020-08-11 来源：县农业农村局 ")]
    public void AOneLinePage_HasItsTitleAfterTheMeta(string meta)
    {
        var (read, _, _) = Read("首页 | 政务公开 | 互动交流 当前位置：首页 >> 信息公开 >> 部门决算 " + meta
            + "某县农业农村局2019年度部门决算公开 一、部门基本情况 " + Duties + " 二、收入支出决算总体情况 "
            + "2019年度收入总计500.00万元，支出总计500.00万元。 上一篇：某县交通运输局2019年度部门决算公开\n");
        Assert.Equal(2019, read.FiscalYear);
        Assert.Equal("某县农业农村局", JsonAt(read, "/entity/name"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
    }

    /// <summary>A long sentence of duties: a page's line is cut into pieces only from 300 characters on (WebPageText).</summary>
    private const string Duties = "本局是县政府工作部门，负责贯彻执行国家和省、市农业农村工作方针政策，统筹推进乡村振兴、高标准农田建设、"
        + "农产品质量安全监管和农村集体产权制度改革等工作，内设办公室、计划财务股、种植业股、畜牧兽医股等8个股室，"
        + "下属农业技术推广中心、动物疫病预防控制中心等4个事业单位，年末在职人员86人。";

    /// <summary>
    /// No title at all: the year is the one every "YYYY年度" of the body states (a compared year after 较 or 比 does not
    /// count); two different years leave it unknown, with a note naming both.
    /// </summary>
    [Theory]
    [InlineData("较2018年度", 2019)]
    [InlineData("比2018年度", 2019)]
    [InlineData("，2018年度", 0)]
    public void TheYear_IsTheBodys_WhenEveryYearAgrees(string compared, int expected)
    {
        var (read, _, _) = Read("一、收入支出决算总体情况\n2019年度收入总计500.00万元，支出总计500.00万元" + compared
            + "相比持平。\n二、支出决算情况\n2019年度本年支出合计480.00万元。\n");
        Assert.Equal(expected == 0 ? null : expected, read.FiscalYear);
        Assert.Equal(expected == 0, read.Notes.Any(n => n.MessageEn.Contains("names two years", StringComparison.Ordinal)));
    }

    // ---- r14: a hospital's 财政补助收入 ----

    [Theory]
    [InlineData("1.财政补助收入1200.00万元，占12.00%；\n2.事业收入8800.00万元，占88.00%。")]
    [InlineData("财政补助收入1200.00万元，占12.00%；事业收入8800.00万元，占88.00%。")]
    public void AHospitalsFiscalSubsidy_IsItsAppropriation(string lines)
    {
        // 1200.00 + 8800.00 = 10000.00; 1200.00 / 10000.00 = 12.00%, 8800.00 / 10000.00 = 88.00%.
        var (read, errors, _) = Read("某市第二人民医院2015年度部门决算公开说明\n三、收入决算情况\n本年收入合计10000.00万元，其中：\n"
            + lines + "\n");
        Assert.Equal("1200.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("12.00", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("8800.00", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.Empty(errors);
    }

    // ---- prior-year figures in brackets ----

    [Theory]
    [InlineData("（上年：1000.00万元）")]
    [InlineData("（上年数为1000.00万元）")]
    [InlineData("（2020年：1000.00万元）")]
    [InlineData("（上年度：1000.00万元）")]
    public void APriorYearBracket_IsTheChangesPriorAmount(string bracket)
    {
        // 1100.00 − 1000.00 = 100.00, 100.00 / 1000.00 = 10.00%.
        var (read, errors, _) = Read("某区司法局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n"
            + "2021年度一般公共预算财政拨款支出1100.00万元" + bracket + "，比上年增加100.00万元，增长10.00%，主要是社区矫正经费增加。\n");
        Assert.Equal("1000.00", JsonAt(read, "/narrative/generalBudget/total/change/priorYearAmount"));
        Assert.Empty(errors);
    }

    /// <summary>A bracket that disagrees with the stated change (1100.00 − 1000.00 ≠ 120.00) is a note, not a fact.</summary>
    [Fact]
    public void APriorYearBracket_ThatDisagrees_IsANote()
    {
        var (read, _, _) = Read("某区司法局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n"
            + "2021年度一般公共预算财政拨款支出1100.00万元（上年：1000.00万元），比上年增加120.00万元。\n");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/change/priorYearAmount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("bracketed prior-year figure", StringComparison.Ordinal));
    }

    /// <summary>
    /// Invariant: a bracketed prior-year figure is placed exactly when the stated change agrees with it (amount − prior is
    /// the change, in its direction); otherwise nothing is placed and a note says so.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool APriorYearBracket_IsPlacedExactlyWhenItAgrees(PositiveInt current, PositiveInt prior, PositiveInt offset, bool agree)
    {
        var now = current.Get + 100m;
        var before = prior.Get + 100m;
        if (now == before)
        {
            return true;   // 持平 is another wording
        }

        var change = Math.Abs(now - before) + (agree ? 0m : offset.Get);
        var word = now > before ? "增加" : "减少";
        var (read, _, _) = Read("某区司法局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n"
            + string.Create(CultureInfo.InvariantCulture, $"2021年度一般公共预算财政拨款支出{now:0.00}万元（上年：{before:0.00}万元），")
            + string.Create(CultureInfo.InvariantCulture, $"比上年{word}{change:0.00}万元，主要是经费调整。\n"));
        var placed = JsonAt(read, "/narrative/generalBudget/total/change/priorYearAmount");
        return agree
            ? placed == before.ToString("0.00", CultureInfo.InvariantCulture)
            : placed is null && read.Notes.Any(n => n.MessageEn.Contains("bracketed prior-year figure", StringComparison.Ordinal));
    }
}
