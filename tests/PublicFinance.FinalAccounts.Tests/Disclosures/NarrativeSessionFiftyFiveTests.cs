using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 55 (recall55, blind round 51's prose patterns), as our own invented texts: a unit declared once for the whole
/// text (<c>金额单位：万元（下同）</c>, <c>（单位：万元，下同）</c>, <c>以下金额单位均为万元</c>, a lone <c>金额单位：万元</c> line before the
/// first heading) after which every amount is a bare number; and a 类 list whose shares add up to 100 % though a later
/// sentence says 主要用于. Each fact of the first kind fails at the base (82b978e2): a declaration held for its own section
/// only, so the bare amounts were no figures (<c>/narrative/income</c> absent, the planted total unchecked); the share-complete
/// list was withdrawn as a partial list (<c>/narrative/generalBudget/classes</c> absent, its disagreement with the total a
/// note).
/// </summary>
public sealed class NarrativeSessionFiftyFiveTests
{
    private const string Title = "某县档案馆2022年度部门决算说明\n\n";

    /// <summary>
    /// An invented 说明 whose amounts are bare numbers after <paramref name="declaration"/>; <paramref name="income"/> is the
    /// stated 本年收入合计 in hundredths (86,240 when it agrees with its parts 80,010 + 6,230).
    /// </summary>
    private static string BareText(string declaration, long income = 86_240, long appropriation = 80_010, long other = 6_230)
        => Title + declaration + "\n\n一、部门基本情况\n本馆内设3个科室，核定编制18名，年末实有人员17人。\n"
            + "二、收入支出决算总体情况\n2022年度收入总计" + GroupedMoney(income + 4_320) + "，支出总计" + GroupedMoney(income + 4_320)
            + "。本年收入合计" + GroupedMoney(income) + "，年初结转和结余43.20。\n"
            + "三、收入决算情况\n本年收入合计" + GroupedMoney(income) + "，其中：财政拨款收入" + GroupedMoney(appropriation) + "，占"
            + PercentOf(appropriation, income) + "%；其他收入" + GroupedMoney(other) + "，占" + PercentOf(other, income) + "%。\n"
            + "四、支出决算情况\n本年支出合计880.10，其中：基本支出610.00，占69.31%；项目支出270.10，占30.69%。\n"
            + "五、其他重要事项\n2022年度对2个项目开展绩效自评，自评得分95.50。馆舍面积1,250.50，车辆1辆。\n";

    /// <summary>Each way of declaring the unit once for the text gives the bare amounts after it that unit.</summary>
    [Theory]
    [InlineData("金额单位：万元（下同）")]
    [InlineData("（单位：万元，下同）")]
    [InlineData("以下金额单位均为万元。")]
    [InlineData("本说明金额单位均为万元")]
    [InlineData("金额单位：万元")]
    public void AUnitDeclaredOnce_GivesTheBareAmountsAfterItTheirUnit(string declaration)
    {
        var (read, diagnostics) = Read(BareText(declaration));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("862.40", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Equal("800.10", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("92.78", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("62.30", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Equal("905.60", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("43.20", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("610.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("270.10", JsonAt(read, "/narrative/expenditure/project/amount"));
    }

    /// <summary>A score or an area written bare after the declaration is no amount of money.</summary>
    [Fact]
    public void AScoreOrAnArea_WrittenBare_IsNoAmount()
    {
        var (read, _) = Read(BareText("金额单位：万元（下同）"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "95.50" or "1250.50");
    }

    /// <summary>A total that disagrees with its bare parts is an Error (the round-51 t06 family).</summary>
    [Fact]
    public void ABareTotal_ThatDisagreesWithItsParts_IsAnError()
    {
        var (read, diagnostics) = Read(BareText("金额单位：万元（下同）", income: 87_240));
        Assert.Equal("872.40", JsonAt(read, "/narrative/income/total/amount"));
        Assert.Contains("FA1202 /narrative/income/total/amount", Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss (precision): a declaration under a heading, without 下同 / 以下 / 均为, is that section's (a table caption);
    /// the bare numbers of later sections stay unread, as before.
    /// </summary>
    [Fact]
    public void ACaptionUnderAHeading_DoesNotHoldForLaterSections()
    {
        var text = BareText(string.Empty).Replace("一、部门基本情况\n", "一、部门基本情况\n（单位：万元）\n", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
    }

    /// <summary>Near miss: a declaration for the tables alone (各表) gives prose no unit.</summary>
    [Fact]
    public void ADeclarationForTheTables_GivesProseNoUnit()
    {
        var (read, _) = Read(BareText("以下各表金额单位均为万元。"));
        Assert.Null(JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>Property: any two bare parts after the declaration read back exactly, their total checks, and reading twice
    /// gives the same claims.</summary>
    [Property(MaxTest = 10)]
    public Property BareParts_ReadBackExactly_AndDeterministically()
    {
        var parts =
            from a in Gen.Choose(10_000, 9_999_999)
            from o in Gen.Choose(100, 999_999)
            from declaration in Gen.Elements("金额单位：万元（下同）", "（单位：万元，下同）", "以下金额单位均为万元。")
            select (a: (long)a, o: (long)o, declaration);
        return Prop.ForAll(parts.ToArbitrary(), t =>
        {
            var text = BareText(t.declaration, t.a + t.o, t.a, t.o);
            var (read, diagnostics) = Read(text);
            var again = PublicFinance.FinalAccounts.Disclosures.DisclosureReader.Read(text);
            return (Errors(diagnostics).Length == 0
                    && JsonAt(read, "/narrative/income/total/amount") == PlainMoney(t.a + t.o)
                    && JsonAt(read, "/narrative/income/fiscalAppropriation/amount") == PlainMoney(t.a)
                    && JsonAt(read, "/narrative/income/otherIncome/amount") == PlainMoney(t.o)
                    && read.Claims.Select(c => c.Pointer + "=" + c.Value)
                        .SequenceEqual(again.Claims.Select(c => c.Pointer + "=" + c.Value)))
                .Label($"{t}");
        });
    }

    private const string ClassHead = "某市民族事务委员会2018年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n"
        + "2018年度一般公共预算财政拨款支出500.00万元，按支出功能分类：";

    /// <summary>
    /// A 类 list whose shares add up to 100 % is complete: kept, and its amounts falling short of the total are an Error
    /// whose consequence names the 类 to correct (the round-51 t08 family).
    /// </summary>
    [Fact]
    public void AClassList_WhoseSharesAddUpTo100_IsKeptAndChecked()
    {
        var (read, diagnostics) = Read(ClassHead + "一般公共服务支出420.00万元，占86.00%；社会保障和就业支出40.00万元，占8.00%；"
            + "住房保障支出30.00万元，占6.00%。其中民族团结专项主要用于示范创建。\n");
        Assert.Equal("420.00", JsonAt(read, "/narrative/generalBudget/classes/0/amount"));
        Assert.Equal("30.00", JsonAt(read, "/narrative/generalBudget/classes/2/amount"));
        Assert.Equal(["FA1205 /narrative/generalBudget/total/amount"], Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a list of main 类 whose shares do not add up to 100 % stays a partial list, withdrawn with a note.</summary>
    [Fact]
    public void AClassList_WhoseSharesFallShort_StaysPartial()
    {
        var (read, diagnostics) = Read(ClassHead + "一般公共服务支出420.00万元，占84.00%；社会保障和就业支出40.00万元，占8.00%。"
            + "其中民族团结专项主要用于示范创建。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes"));
        Assert.True(Noted(read, "the text lists only some of them"));
    }

    /// <summary>An invented 一图读懂 transcription: 【】 banners, ▶ lines, ¥ before totals, changes as arrows.</summary>
    private static string Infographic(string up = "↑", string down = "↓")
        => "某县水务局2021年度部门决算\n\n【收支总览】\n收入总计 ¥1,200.0万元\n支出总计 ¥1,200.0万元\n"
            + $"▶ 本年收入 1,100.0万元\u3000{up}100.0万元\u3000{up}10.0%\n▶ 本年支出 1,050.0万元\u3000{down}50.0万元\u3000{down}4.5%\n"
            + "▶ 年初结转和结余 100.0万元\n▶ 年末结转和结余 150.0万元\n\n"
            + $"【机关运行经费 40.0万元\u3000{down}5.0万元\u3000{down}11.1%】\n主要用于办公费、水电费和差旅费。\n";

    /// <summary>
    /// An arrow alone before a figure is its change's direction (↑ increase, ↓ decrease), and a 【】 banner's figures are its
    /// section's (the round-51 t02 family). At the base the arrowed figures were unplaced notes and the banner unread.
    /// </summary>
    [Fact]
    public void Arrows_AreChanges_AndABannersFigures_AreItsSections()
    {
        var (read, diagnostics) = Read(Infographic());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("increase", JsonAt(read, "/narrative/overall/currentYearIncome/change/direction"));
        Assert.Equal("100.0", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("10.0", JsonAt(read, "/narrative/overall/currentYearIncome/change/rate"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/direction"));
        Assert.Equal("50.0", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("4.5", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Equal("150.0", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("40.0", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/direction"));
        Assert.Equal("11.1", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/rate"));
    }

    /// <summary>Near miss: another mark before the figure (★) is no direction; the figures stay unplaced, no change is made up.
    /// </summary>
    [Fact]
    public void AnotherMark_IsNoDirection()
    {
        var (read, diagnostics) = Read(Infographic("★", "☆"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearExpenditure/change"));
    }

    /// <summary>An invented 解读 in questions and answers; <paramref name="incomeQuestion"/> heads the income answer.</summary>
    private static string QuestionsAndAnswers(string incomeQuestion)
        => "某县统计局2022年度部门决算解读\n\n问：本局有多少人员？\n答：年末实有人员24人。\n\n问：2022年度收支总体情况如何？\n"
            + "答：2022年度本年收入合计512.30万元，比上年决算增加12.30万元，增长2.46%；本年支出合计508.10万元。"
            + "年初结转和结余6.00万元，年末结转和结余10.20万元。\n\n" + incomeQuestion + "\n"
            + "答：财政拨款收入500.00万元，占97.60%；其他收入12.30万元，占2.40%。\n";

    /// <summary>
    /// A question line (问：…？) heads its answer: the answer's figures are the asked section's (the round-51 t05 family). At
    /// the base the answers stayed in the staff section of the first answer and no statement figure was read.
    /// </summary>
    [Theory]
    [InlineData("问：收入主要来自哪里？")]
    [InlineData("问:本年收入决算情况如何?")]
    public void AQuestion_HeadsItsAnswer(string incomeQuestion)
    {
        var (read, diagnostics) = Read(QuestionsAndAnswers(incomeQuestion));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("512.30", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("increase", JsonAt(read, "/narrative/overall/currentYearIncome/change/direction"));
        Assert.Equal("10.20", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("97.60", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("12.30", JsonAt(read, "/narrative/income/otherIncome/amount"));
    }
}
