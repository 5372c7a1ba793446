using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (round46): blind round 46's false findings and missed statements, as families of our own invented texts — a
/// 政府购买服务 sentence under the procurement heading is not procurement (false FA8003); a share named with the report's year
/// first ("2024年财政拨款收入占本年收入的…") is that figure's (false FA2001); 百分之X is X % (false FA8002); a 款 name written
/// before the 项 name and a copula before a 类 name are no part of the item's name (false FA5003); a half-width ". " ends a
/// sentence (a reason after it is the changes' before it); a statement after a reason's ';' that starts with its year is read.
/// </summary>
public sealed class RoundFortySixSessionFortyNineTests
{
    private const string Procurement = "青禾县文化和旅游局2023年度部门决算说明\n\n（七）政府采购支出情况\n"
        + "2023年度政府采购支出总额860.00万元，其中：政府采购货物支出300.00万元，政府采购工程支出200.00万元，政府采购服务支出360.00万元。\n";

    /// <summary>A 政府购买服务 paragraph under its own heading after the procurement section: no Error, a note, services kept.</summary>
    [Fact]
    public void PurchasedServices_UnderTheirOwnHeading_AreNotProcurement()
    {
        var (read, diagnostics) = Read(Procurement + "（八）政府购买服务情况\n"
            + "2023年度政府购买服务支出520.00万元，其中：图书馆夜间开放服务310.00万元，文物巡查服务210.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("360.00", JsonAt(read, "/narrative/procurement/services/amount"));
        Assert.True(Noted(read, "government purchase of services"));
    }

    /// <summary>The same in one paragraph after a combined heading (政府采购和政府购买服务情况).</summary>
    [Fact]
    public void PurchasedServices_InACombinedParagraph_AreNotProcurement()
    {
        var (read, diagnostics) = Read("青禾县统计局2024年度部门决算说明\n\n六、政府采购和政府购买服务情况\n"
            + "2024年度政府采购支出总额60.00万元，其中货物20.00万元，服务40.00万元。政府购买服务支出95.50万元，其中普查辅助服务70.50万元，"
            + "数据核查服务25.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("40.00", JsonAt(read, "/narrative/procurement/services/amount"));
    }

    /// <summary>The words before a sentence's first figure that make it a purchase of services, and those that do not.</summary>
    [Theory]
    [InlineData("2023年度政府购买服务支出", true)]
    [InlineData("本部门购买服务金额", true)]
    [InlineData("政府采购服务支出", false)]
    [InlineData("政府采购中购买服务", false)]
    [InlineData("服务类采购", false)]
    public void PurchasedServicesHeads(string head, bool purchase)
        => Assert.Equal(purchase, NarrativeReader.PurchasedServicesHead(head + "1.00万元", 0, head.Length));

    /// <summary>
    /// Property: whatever the purchased services' amounts, a 政府购买服务 sentence after the procurement sentence raises no Error and
    /// leaves the procurement services as written.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property PurchasedServiceAmounts_NeverProcurement()
    {
        var amounts = Gen.Choose(1, 9999).Select(n => (n / 10m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        return Prop.ForAll(amounts.ToArbitrary(), amounts.ToArbitrary(), (a, c) =>
        {
            var (read, diagnostics) = Read(Procurement + $"政府购买服务支出{a}万元，其中物业服务{c}万元。\n");
            return JsonAt(read, "/narrative/procurement/services/amount") == "360.00"
                && !diagnostics.Any(d => d.Severity == Severity.Error);
        });
    }

    private const string Income = "白沙市商务局2024年度部门决算说明\n\n三、收入决算情况\n"
        + "2024年本年收入6400.00万元。2024年本年收入中，财政拨款收入6000.00万元，2023年为5800.00万元；其他收入400.00万元，2023年为380.00万元。";

    /// <summary>"2024年财政拨款收入占本年收入的93.75%，其他收入占6.25%": each share is its own figure's, no Error.</summary>
    [Fact]
    public void AShareNamedWithTheYear_IsTheNamedFiguresShare()
    {
        var (read, diagnostics) = Read(Income + "2024年财政拨款收入占本年收入的93.75%，其他收入占6.25%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("93.75", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.NotEqual("93.75", JsonAt(read, "/narrative/income/otherIncome/share"));
    }

    /// <summary>A share named with another year than the report's is not placed on this year's figure.</summary>
    [Fact]
    public void AShareNamedWithAnotherYear_IsNotThisYearsFigures()
    {
        var (read, diagnostics) = Read(Income + "2023年财政拨款收入占本年收入的93.85%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
    }

    /// <summary>The wholes written after 占 that are a share rule's base.</summary>
    [Theory]
    [InlineData("/narrative/income/fiscalAppropriation", "本年收入的", true)]
    [InlineData("/narrative/income/otherIncome", "收入合计", true)]
    [InlineData("/narrative/expenditure/basic", "本年支出的", true)]
    [InlineData("/narrative/income/fiscalAppropriation", "本年支出的", false)]
    [InlineData("/narrative/income/fiscalAppropriation", "财政拨款的", false)]
    public void WholesOfShares(string named, string afterZhan, bool whole)
        => Assert.Equal(whole, NarrativeReader.NamesWholeOfShare(named, afterZhan));

    private const string OldBasis = "淮南县住房和城乡建设局2015年度部门决算公开说明\n\n一、收入支出决算总体情况\n";

    /// <summary>Shares written 百分之X: no FA8002, and each is read as X %.</summary>
    [Fact]
    public void SharesWrittenInWords_ArePercentages()
    {
        var (read, diagnostics) = Read(OldBasis + "2015年度收入合计2000.00万元，其中：公共财政预算拨款1500.00万元，占收入合计的百分之75.00；"
            + "其他收入500.00万元，占百分之25.00。\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8002");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("25.00", JsonAt(read, "/narrative/income/otherIncome/share"));
    }

    /// <summary>A share written 百分之X that its figures do not give is an Error, as "X%" is.</summary>
    [Fact]
    public void AWrongShareWrittenInWords_IsAnError()
    {
        var (_, diagnostics) = Read(OldBasis + "2015年度收入合计2000.00万元，其中：公共财政预算拨款1500.00万元，占收入合计的百分之75.00；"
            + "其他收入500.00万元，占百分之35.00。\n");
        Assert.Contains(diagnostics, d => d.RuleId == "FA2001" && d.Severity == Severity.Error);
    }

    /// <summary>Property: the scanner reads 百分之X as the number X with the percent unit, starting at the word.</summary>
    [Property(MaxTest = 100)]
    public Property PercentWord_IsAPercentage()
    {
        var numbers = Gen.Choose(0, 99999).Select(n => (n / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var leads = Gen.Elements("占", "增长", "占收入合计的", "，");
        return Prop.ForAll(leads.ToArbitrary(), numbers.ToArbitrary(), (lead, number) =>
        {
            var text = lead + "百分之" + number + "；";
            var token = Assert.Single(Scanner.Numbers(text));
            return token.Unit == FigureUnit.Percent && token.Digits == number && token.Start == lead.Length
                && token.End == lead.Length + 3 + number.Length;
        });
    }

    /// <summary>"城乡社区管理事务行政运行（2120101）": the 款 name before the 项 name; no FA5003.</summary>
    [Fact]
    public void ASectionNameBeforeTheItemName_IsSplit()
    {
        var (read, diagnostics) = Read(OldBasis.Replace("一、收入支出决算总体情况", "二、公共财政预算拨款支出决算情况", StringComparison.Ordinal)
            + "2015年度公共财政预算拨款支出1800.00万元。城乡社区支出主要是：城乡社区管理事务行政运行（2120101）900.00万元，"
            + "城乡社区管理事务一般行政管理事务（2120102）300.00万元。\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003" && d.Severity != Severity.Info);
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("城乡社区管理事务", JsonAt(read, "/narrative/generalBudget/items/0/sectionName"));
    }

    /// <summary>"…万元，为城乡社区支出（类）…（项）2120803": the copula is no part of the class name; no FA5003.</summary>
    [Fact]
    public void ACopulaBeforeAClassName_IsNotTheName()
    {
        var (_, diagnostics) = Read("南岭区城市管理局2018年度部门决算说明\n\nⅤ. 政府性基金预算财政拨款支出决算情况\n"
            + "2018年度政府性基金预算财政拨款支出900.00万元，为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）2120803，"
            + "主要用于道路改造，年末结转60.00万元。\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003" && d.Severity != Severity.Info);
    }

    /// <summary>The class names a copula is taken off, and those kept as written.</summary>
    [Theory]
    [InlineData("为城乡社区支出", "城乡社区支出")]
    [InlineData("是教育支出", "教育支出")]
    [InlineData("城乡社区支出", "城乡社区支出")]
    [InlineData("为某某专项", "为某某专项")]
    [InlineData(null, null)]
    public void CopulasBeforeClassNames(string? written, string? name)
        => Assert.Equal(name, NarrativeReader.WithoutCopula(written));

    /// <summary>Half-width full stops: a reason sentence after ". " explains the change before it (no FA2106).</summary>
    [Fact]
    public void AHalfWidthFullStop_EndsTheSentence_AndTheReasonIsTheChanges()
    {
        var (read, diagnostics) = Read("东湖区交通运输局2021年度部门决算说明\n\n一、收入支出决算总体情况\n"
            + "2021年度收入总计3200.00万元, 支出总计3200.00万元. 其中: 本年收入3000.00万元, 同比增长200.00万元, 增幅7.14%. "
            + "收入增长的主要原因是: 新增农村公路养护经费. 年初结转和结余200.00万元.\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106" && d.Severity != Severity.Info);
        Assert.Equal("3000.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
    }

    /// <summary>Where a '.' ends a sentence, and where it does not (a decimal point, list and heading numbers).</summary>
    [Theory]
    [InlineData("支出总计3200.00万元. 其中", 13, true)]
    [InlineData("增幅7.14%. 收入", 7, true)]
    [InlineData("本年收入3000.00万元", 8, false)]
    [InlineData("1. 办公费", 1, false)]
    [InlineData("一. 部门概况", 1, false)]
    [InlineData("压减一般性支出.", 7, true)]
    public void HalfWidthFullStops(string text, int at, bool stop)
    {
        Assert.Equal('.', text[at]);
        Assert.Equal(stop, NarrativeReader.HalfWidthFullStop(text, at));
    }

    /// <summary>"…，主要是…；2024年本年支出 X 万元，2023年为 Y 万元，增加 Z 万元": the statement after the reason is read.</summary>
    [Fact]
    public void AStatementWithItsYearFirst_AfterAReason_IsRead()
    {
        var (read, _) = Read("白沙市商务局2024年度部门决算说明\n\n二、收入支出决算总体情况\n"
            + "2024年本年收入6400.00万元，2023年为6000.00万元，增加400.00万元，增长6.67%，主要是会展补助增加；"
            + "2024年本年支出6100.00万元，2023年为5900.00万元，增加200.00万元，增长3.39%。\n");
        Assert.Equal("6100.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
    }

    /// <summary>The planted kind of error in such a statement is found: a change that its two years do not give.</summary>
    [Fact]
    public void AWrongChangeWithItsYearFirst_AfterAReason_IsReported()
    {
        var (_, diagnostics) = Read("白沙市商务局2024年度部门决算说明\n\n二、收入支出决算总体情况\n"
            + "2024年本年收入6400.00万元，2023年为6000.00万元，增加400.00万元，增长6.67%，主要是会展补助增加；"
            + "2024年本年支出6100.00万元，2023年为5900.00万元，增加290.00万元，增长3.39%。\n");
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Pointers.Any(p => p.Contains("currentYearExpenditure")));
    }
}
