using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 52 (order52, blind round 48), as our own invented texts: numbered and circled "名称（代码）：调整预算…" item lines in
/// the 财政拨款 section; a change written with its sign ("增减+12.40万元（+3.10%）"); a prior-year clause before a signed change;
/// "第N节" headings in a non-standard order; 三公 part lines after a paragraph without "。"; a change against a named year.
/// </summary>
public sealed class NarrativeSessionFiftyTwoTests
{
    private const string Title = "青禾县地震局2019年度部门决算说明\n\n";

    private const string Appropriation = "5) 财政拨款支出决算情况\n";

    private static string Money(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Items(string first, string second) => Title + Appropriation
        + "2019年度财政拨款支出900.00万元，调整预算950.00万元，预算执行率94.74%。各项支出如下：\n"
        + first + "行政运行（2240101）：调整预算400.00万元，决算388.00万元，执行率97.00%；上年决算370.00万元，增减+18.00万元（+4.86%）\n"
        + second + "地震监测（2240501）：调整预算150.00万元，决算140.00万元；上年决算160.00万元，增减-20.00万元（-12.50%），"
        + "主要原因是监测台站改造上年已完成\n";

    /// <summary>"① 行政运行（2240101）：调整预算…" under "财政拨款支出决算情况": each item's budget, final, rate and signed change.</summary>
    [Theory]
    [InlineData("① ", "② ")]
    [InlineData("（1）", "（2）")]
    [InlineData("1.", "2.")]
    public void CodedItemLines_InTheAppropriationSection_AreItsItems(string first, string second)
    {
        var (read, diagnostics) = Read(Items(first, second));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2240101", JsonAt(read, "/narrative/appropriation/items/0/code"));
        Assert.Equal("400.00", JsonAt(read, "/narrative/appropriation/items/0/budget/budgetAmount"));
        Assert.Equal("388.00", JsonAt(read, "/narrative/appropriation/items/0/budget/finalAmount"));
        Assert.Equal("97.00", JsonAt(read, "/narrative/appropriation/items/0/budget/completionRate"));
        Assert.Equal("370.00", JsonAt(read, "/narrative/appropriation/items/0/change/priorYearAmount"));
        Assert.Equal("increase", JsonAt(read, "/narrative/appropriation/items/0/change/direction"));
        Assert.Equal("18.00", JsonAt(read, "/narrative/appropriation/items/0/change/amount"));
        Assert.Equal("4.86", JsonAt(read, "/narrative/appropriation/items/0/change/rate"));
        Assert.Equal("2240501", JsonAt(read, "/narrative/appropriation/items/1/code"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/appropriation/items/1/change/direction"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/appropriation/items/1/change/amount"));
        Assert.Equal("12.50", JsonAt(read, "/narrative/appropriation/items/1/change/rate"));
        Assert.Equal("950.00", JsonAt(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change/amount"));   // no item's change is the total's
    }

    /// <summary>"增减-6.00万元（-1.50%）" of the section total, "增减+2.00万元（+0.50%）": the sign is the direction, the bracket the rate.</summary>
    [Theory]
    [InlineData("增减-6.00万元（-1.50%）", "decrease", "6.00", "1.50")]
    [InlineData("增减+6.00万元（+1.50%）", "increase", "6.00", "1.50")]
    [InlineData("减少6.00万元（-1.50%）", "decrease", "6.00", "1.50")]
    public void ASignedChange_AndItsBracketedRate(string change, string direction, string amount, string rate)
    {
        var (read, diagnostics) = Read(Title + Appropriation + $"2019年度财政拨款支出400.00万元，上年决算406.00万元，{change}，"
            + "主要原因是人员调出。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(direction, JsonAt(read, "/narrative/appropriation/change/direction"));
        Assert.Equal(amount, JsonAt(read, "/narrative/appropriation/change/amount"));
        Assert.Equal(rate, JsonAt(read, "/narrative/appropriation/change/rate"));
    }

    /// <summary>A bracketed rate whose sign goes against its change ("增加6.00万元（-1.50%）") is not that change's rate.</summary>
    [Fact]
    public void ABracketedRateAgainstItsChange_IsNotItsRate()
    {
        var (read, _) = Read(Title + Appropriation + "2019年度财政拨款支出412.00万元，上年决算406.00万元，增加6.00万元（-1.50%）。\n");
        Assert.Equal("6.00", JsonAt(read, "/narrative/appropriation/change/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change/rate"));
    }

    /// <summary>"上年13.00万元，增减-1.00万元（-7.69%）" in the 三公 section: the prior year's amount of the 三公 total's change.</summary>
    [Fact]
    public void APriorClause_BeforeASignedChange_IsTheChangesPriorAmount()
    {
        var (read, diagnostics) = Read(Title + "6) “三公”经费财政拨款支出决算情况\n“三公”经费支出12.00万元，预算15.00万元，执行率80.00%；"
            + "上年13.00万元，增减-1.00万元（-7.69%），主要原因是公务接待减少。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("13.00", JsonAt(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/total/change/direction"));
        Assert.Equal("7.69", JsonAt(read, "/narrative/threePublic/total/change/rate"));
    }

    private static string ThreePublicPart(string mark) => $"{mark} “三公”经费\n2019年度“三公”经费财政拨款支出决算6.20万元，与上年持平，"
        + "预算10.00万元，决算为预算的62.00%，因严控公务活动\n"
        + "因公出国（境）费：无\n公务用车运行维护费：5.40万元，与上年持平\n公务接待费：0.80万元，接待4批次、30人次\n\n";

    private static string IncomePart(string mark) => $"{mark} 收入决算情况\n本年收入2,000.00万元，其中财政拨款收入1,900.00万元、"
        + "其他收入100.00万元\n\n";

    /// <summary>"第2节 “三公”经费" before "第3节 收入…": the section is the 三公's, its part lines its parts.</summary>
    [Theory]
    [InlineData("第2节", "第3节")]
    [InlineData("第二节", "第三节")]
    [InlineData("第2部分", "第3部分")]
    public void PartHeadings_OpenTheirSections_InAnyOrder(string first, string second)
    {
        var (read, diagnostics) = Read(Title + "第1节 部门基本情况\n本局负责全县防震减灾工作\n\n" + ThreePublicPart(first)
            + IncomePart(second));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("6.20", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("10.00", JsonAt(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("5.40", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("0.80", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("2000.00", JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>"较2017年增加150.00万元" in a 2019 text, first in its sentence, is never the year-on-year change.</summary>
    [Fact]
    public void AChangeAgainstANamedYear_FirstInItsSentence_IsNoYearOnYearChange()
    {
        var (read, _) = Read(Title + "三、支出决算情况\n2019年度本年支出1,150.00万元，较2017年增加150.00万元，增长15.00%。\n");
        Assert.Equal("1150.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change/rate"));
    }

    /// <summary>Property: circled-number entries are read like the same entries numbered "1." (every figure at the same place).</summary>
    [Property(MaxTest = 15)]
    public Property CircledEntries_ReadLikeNumberedOnes()
    {
        var items =
            from budget in Gen.Choose(10000, 90000)
            from under in Gen.Choose(0, 5000)
            from prior in Gen.Choose(5000, 90000)
            select (budget, under, prior);
        return Prop.ForAll(items.ToArbitrary(), i =>
        {
            var final = i.budget - i.under;
            var diff = final - i.prior;
            var sign = diff >= 0 ? "+" : "-";
            string Text(string mark) => Title + Appropriation + "2019年度财政拨款支出900.00万元。各项支出如下：\n"
                + $"{mark}行政运行（2240101）：调整预算{Money(i.budget)}万元，决算{Money(final)}万元；上年决算{Money(i.prior)}万元，"
                + $"增减{sign}{Money(Math.Abs(diff))}万元\n";
            var (circled, _) = Read(Text("① "));
            var (numbered, _) = Read(Text("1."));
            var pointers = new[]
            {
                "budget/budgetAmount", "budget/finalAmount", "change/priorYearAmount", "change/amount", "change/direction",
            };
            return pointers.All(p => JsonAt(circled, "/narrative/appropriation/items/0/" + p) is { } v
                    && v == JsonAt(numbered, "/narrative/appropriation/items/0/" + p))
                .Label($"{i}");
        });
    }

    /// <summary>Property: a signed change's direction follows its sign, and its amount is the magnitude.</summary>
    [Property(MaxTest = 20)]
    public Property ASignedChangesDirection_FollowsItsSign()
    {
        var changes =
            from cents in Gen.Choose(1, 90000)
            from up in Gen.Elements(true, false)
            select (cents, up);
        return Prop.ForAll(changes.ToArbitrary(), c =>
        {
            var (read, _) = Read(Title + Appropriation + $"2019年度财政拨款支出1,000.00万元，增减{(c.up ? "+" : "-")}{Money(c.cents)}万元。\n");
            return (JsonAt(read, "/narrative/appropriation/change/direction") == (c.up ? "increase" : "decrease")
                    && JsonAt(read, "/narrative/appropriation/change/amount") == Money(c.cents))
                .Label($"{c}");
        });
    }

    /// <summary>Property: a change against a named year other than the prior one is never the year-on-year change.</summary>
    [Property(MaxTest = 15)]
    public Property AChangeAgainstANamedYear_IsNeverTheYearOnYearChange()
    {
        var changes =
            from cents in Gen.Choose(1, 90000)
            from back in Gen.Choose(2, 6)
            from up in Gen.Elements(true, false)
            select (cents, back, up);
        return Prop.ForAll(changes.ToArbitrary(), c =>
        {
            var (read, _) = Read(Title + "三、支出决算情况\n"
                + $"2019年度本年支出1,150.00万元，较{2019 - c.back}年{(c.up ? "增加" : "减少")}{Money(c.cents)}万元。\n");
            return (JsonAt(read, "/narrative/expenditure/total/change/amount") is null).Label($"{c}");
        });
    }

    /// <summary>Property: the 三公 section's figures are read the same whether it comes before or after the 收入 section.</summary>
    [Property(MaxTest = 10)]
    public Property ASectionsFigures_AreReadTheSame_WhereverItComes()
    {
        var totals = Gen.Choose(100, 9000).Select(c => c);
        return Prop.ForAll(totals.ToArbitrary(), cents =>
        {
            var part = ThreePublicPart("第2节").Replace("6.20", Money(cents), StringComparison.Ordinal);
            var (early, _) = Read(Title + "第1节 部门基本情况\n本局负责全县防震减灾工作\n\n" + part + IncomePart("第3节"));
            var (late, _) = Read(Title + "第1节 部门基本情况\n本局负责全县防震减灾工作\n\n" + IncomePart("第2节")
                + part.Replace("第2节", "第3节", StringComparison.Ordinal));
            var pointers = new[] { "threePublic/total/amount", "threePublic/total/budget/budgetAmount", "threePublic/reception/amount" };
            return pointers.All(p => JsonAt(early, "/narrative/" + p) is { } v && v == JsonAt(late, "/narrative/" + p))
                .Label($"{cents}");
        });
    }
}
