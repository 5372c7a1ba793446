using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The precision families of the session-21 blind test (f1 a change naming an unstated figure, f3 a comparison after a 其中
/// list, f5 a title's two years, f6 a change without its direction, m3 the other matters' heading, f4 本单位 of a 办公室),
/// each with invented texts of its own in several wordings (not the blind texts).
/// </summary>
public class BlindRoundTwentyOneATests
{
    /// <summary>
    /// f1: the change names 本年收入合计 / 本年支出合计, which the overview has not stated; the grand total was stated just
    /// before. 2150.40 − 210.30 = 1940.10 and 210.30 / 1940.10 = 10.84 %, so the stated 11.20 % would be a false FA2104 on
    /// the grand total: the change is a note, the overview has no change, and there is no Error.
    /// </summary>
    [Theory]
    [InlineData("2023年度收入总计2150.40万元，支出总计2150.40万元。与上年相比，本年收入合计增加210.30万元，增长11.20%，主要原因是新增专项经费。")]
    [InlineData("2023年度收入总计2150.40万元，支出总计2150.40万元。与上年相比，本年支出合计减少210.30万元，下降11.20%。")]
    [InlineData("2023年度收、支总计均为2150.40万元。较上年，本年收入增加210.30万元，增长11.20%，主要是人员经费增加。")]
    public void AChangeNamingAnUnstatedFigure_IsANoteNotTheTotals(string sentence)
    {
        var (read, diagnostics) = Read("某县某局2023年度部门决算说明\n一、收入支出决算总体情况说明\n" + sentence + "\n");
        Assert.Null(JsonAt(read, "/narrative/overall/change"));
        Assert.Empty(Errors(diagnostics));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.ChangeOfUnstatedFigure.Zh);
    }

    /// <summary>
    /// f1's control: when 本年收入合计 is stated first (1940.10 + 210.30 = 2150.40 this year), its change is its own, as
    /// before: 210.30 / 1940.10 = 10.84 %.
    /// </summary>
    [Fact]
    public void AChangeOfAStatedFigure_IsStillItsOwn()
    {
        var (read, diagnostics) = Read("某县某局2023年度部门决算说明\n一、收入支出决算总体情况说明\n2023年度本年收入合计2150.40万元。"
            + "与上年相比，本年收入合计增加210.30万元，增长10.84%，主要原因是新增专项经费。\n");
        Assert.Equal("210.30", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// f3: a comparison sentence right after a 其中 list of the 三公 items compares the total (30.00 budget, 24.50 final:
    /// below), not the last item: the total's budget has the relation and the reason, the last item's has neither.
    /// </summary>
    [Theory]
    [InlineData("2022年度“三公”经费财政拨款支出决算为24.50万元，完成预算的81.7%。其中：因公出国（境）费0万元；"
        + "公务用车购置及运行费20.10万元；公务接待费4.40万元。决算数小于预算数的主要原因是压减一般性支出。", "finalBelowBudget")]
    [InlineData("2022年度“三公”经费财政拨款支出决算为24.50万元，年初预算为30.00万元。其中：公务用车运行费20.10万元，"
        + "公务接待费4.40万元。决算数小于预算数的原因是严格控制接待标准。", "finalBelowBudget")]
    [InlineData("2022年度“三公”经费财政拨款支出决算为24.50万元，年初预算为20.00万元。其中：公务用车运行费20.10万元，"
        + "公务接待费4.40万元。决算数大于预算数的主要原因是新增防汛用车运行。", "finalAboveBudget")]
    [InlineData("2022年度“三公”经费财政拨款支出决算为24.50万元，完成预算的81.7%，其中：公务用车运行费20.10万元，"
        + "公务接待费4.40万元。决算数小于预算数的主要原因是压减一般性支出。", "finalBelowBudget")]
    public void AComparisonAfterAList_IsTheTotals(string paragraph, string relation)
    {
        var (read, _) = Read("某县某局2022年度部门决算说明\n四、“三公”经费支出情况\n" + paragraph + "\n");
        Assert.Equal(relation, JsonAt(read, "/narrative/threePublic/total/budget/relation"));
        Assert.NotNull(JsonAt(read, "/narrative/threePublic/total/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/budget/relation"));
    }

    /// <summary>f3's control: a comparison that names its item ("公务接待费决算数小于预算数") stays that item's.</summary>
    [Fact]
    public void AComparisonNamingItsItem_IsTheItems()
    {
        var (read, _) = Read("某县某局2022年度部门决算说明\n四、“三公”经费支出情况\n2022年度“三公”经费财政拨款支出决算为24.50万元。"
            + "其中：公务用车运行费20.10万元，公务接待费4.40万元。公务接待费决算数小于预算数的主要原因是减少来访接待。\n");
        Assert.Equal("finalBelowBudget", JsonAt(read, "/narrative/threePublic/reception/budget/relation"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/budget/relation"));
    }

    /// <summary>
    /// f5: a title with the publication year and the fiscal year in brackets — as a heading, or a web page's line after its
    /// trail of links or before its date — is the bracketed year's (2024), with a note; the issuer is the words before the
    /// first year.
    /// </summary>
    [Theory]
    [InlineData("中共某区委机构编制委员会办公室2025年部门决算信息公开（2024年度）\n一、收入支出决算总体情况\n", "中共某区委机构编制委员会办公室")]
    [InlineData("某市某局2025年部门决算公开(2024年度)\n一、收入支出决算总体情况\n", "某市某局")]
    [InlineData("首页 > 政务公开 > 部门决算 中共某区委机构编制委员会办公室2025年部门决算信息公开（2024年度） 发布日期：2025-09-12 "
        + "一、收入支出决算总体情况 ", "中共某区委机构编制委员会办公室")]
    public void ATitlesBracketedYear_IsTheFiscalYear(string head, string issuer)
    {
        var (read, _) = Read(head + "2024年度收入总计1,320.50万元，支出总计1,320.50万元。\n");
        Assert.Equal(2024, read.FiscalYear);
        Assert.Equal(issuer, JsonAt(read, "/entity/name"));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.TitleTwoYears(2024, 2025).Zh);
    }

    /// <summary>f5's control: a title with one year keeps it, and with the same year in brackets no note is made.</summary>
    [Theory]
    [InlineData("某市某局2024年度部门决算说明\n")]
    [InlineData("某市某局2024年部门决算（2024年度）\n")]
    public void ATitleWithOneYear_KeepsIt(string title)
    {
        var (read, _) = Read(title + "一、收入支出决算总体情况\n2024年度收入总计1,320.50万元，支出总计1,320.50万元。\n");
        Assert.Equal(2024, read.FiscalYear);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("two years", StringComparison.Ordinal));
    }

    /// <summary>
    /// f6 (a property): whatever the figures of an expenditure change written with its prior amount inline, the read never
    /// ends in invalid JSON dropped by the materializer — no note of it — and the rest of the report (the grand total, the
    /// year) is kept.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool AChangeWithThePriorAmountInline_NeverMakesInvalidJson(PositiveInt a, PositiveInt b, bool decrease, bool second)
    {
        var (current, prior) = (a.Get + 100m, b.Get + 100m);
        var change = Math.Abs(current - prior);
        var word = decrease ? "减少" : "增加";
        var sentence = second
            ? $"本年支出{current:0.00}万元，比上年{prior:0.00}万元{word}{change:0.00}万元，因项目进度加快。"
            : $"本年支出{current:0.00}万元，较上年的{prior:0.00}万元{word}{change:0.00}万元。";
        var read = DisclosureReader.Read("某市某局2015年度部门决算公开\n（一）收入支出总体情况\n2015年度收入总计9000.00万元，"
            + "支出总计9000.00万元。\n（三）支出情况\n2015年度" + sentence + "\n");
        return read.Notes.All(n => !n.MessageEn.Contains("Invalid report JSON", StringComparison.Ordinal))
            && read.FiscalYear == 2015 && JsonAt(read, "/narrative/overall/incomeGrandTotal/amount") == "9000.00";
    }

    /// <summary>f6: the overview's change read with a prior amount and no direction is a located note, not invalid JSON.</summary>
    [Fact]
    public void AChangeWithoutDirection_IsALocatedNote()
    {
        var read = DisclosureReader.Read("某市某局2015年度部门决算公开\n一、收入支出决算总体情况\n2015年度收入总计7200.00万元，"
            + "支出总计7200.00万元。本年支出6650.00万元，比上年6120.00万元增加530.00万元，增长8.66%。\n");
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("Invalid report JSON", StringComparison.Ordinal));
        Assert.Equal("7200.00", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.All(read.Notes.Where(n => n.MessageEn.Contains("without its direction", StringComparison.Ordinal)),
            n => Assert.True(n.Span.StartLine == 3, n.Span.ToString()));
    }

    /// <summary>
    /// m3: "其他事项说明", "其他事项", "其他说明" after the 三公 section open the other matters' part: 机关运行经费, 政府采购 and the
    /// vehicles are read there, not as the 三公 section's.
    /// </summary>
    [Theory]
    [InlineData("四、其他事项说明")]
    [InlineData("四、其他事项")]
    [InlineData("五、其他说明")]
    [InlineData("四、其他重要事项情况说明")]
    public void TheOtherMattersHeading_OpensItsPart(string heading)
    {
        var (read, diagnostics) = Read("某市某局2016年度部门决算公开\n三、“三公”经费支出情况\n2016年度“三公”经费财政拨款支出21.30万元，"
            + "比上年减少3.20万元，主要是压减公务接待。其中：公务用车运行维护费16.10万元，公务接待费5.20万元。\n" + heading + "\n"
            + "（一）机关运行经费。2016年度机关运行经费支出64.25万元。\n（二）政府采购。2016年度政府采购支出总额512.40万元，"
            + "其中货物类112.40万元，服务类400.00万元。\n（三）国有资产占用。截至2016年底，本部门共有公务用车5辆。\n");
        Assert.Equal("64.25", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("512.40", JsonAt(read, "/narrative/procurement/total/amount"));
        Assert.Equal("5", JsonAt(read, "/narrative/assets/vehicles/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// f4: an 办公室 (a 委办 such as 编办, a 政府办公室) is one unit that speaks of itself as 本单位 in its own 部门决算: no
    /// FA8004 (precision first: the Warning fired for 编办 but not for a town or a hospital); a 局 still warns.
    /// </summary>
    [Theory]
    [InlineData("中共某区委机构编制委员会办公室2024年度部门决算说明\n", false)]
    [InlineData("某县人民政府办公室2024年度部门决算说明\n", false)]
    [InlineData("某县教育局2024年度部门决算说明\n", true)]
    public void UnitWording_OfAnOffice_IsNoWarning(string title, bool warns)
    {
        var (read, _) = Read(title + "九、国有资产占用情况\n截至2024年12月31日，本单位共有车辆1辆。\n");
        Assert.Equal(warns, read.TextFindings.Any(f => f.RuleId == "FA8004"));
    }
}
