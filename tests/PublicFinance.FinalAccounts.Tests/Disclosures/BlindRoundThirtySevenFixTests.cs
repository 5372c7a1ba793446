using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 37's families (issue 8, session 39), on invented texts of our own wording and numbers: items that give
/// 年初预算, 调整预算 and 决算 (FA2206 against the adjusted budget only), an item named by its 类/款/项 path with its code in
/// brackets after it (a false FA5003 before), a reason written before the figure (only with a marker), and the adjusted
/// budget worded 调整后预算为 after 年中 (an increment before).
/// </summary>
public class BlindRoundThirtySevenFixTests
{
    private const string Items = "/narrative/appropriation/items/";

    private const string Head = "某县水务局2023年度部门决算说明\n（三）财政拨款支出决算情况说明\n3.财政拨款支出决算具体情况\n";

    /// <summary>
    /// Two items, each with 年初预算, 调整预算 and 决算, the path with the code in brackets after it. The first spends its
    /// adjusted budget exactly (86.00 / 86.00 = 100.00%): no reason is owed, though 86.00 ≠ 年初 80.00 (the mid-year
    /// adjustment). The second (152.10 / 158.40 = 96.023% → 96.02) differs from both budgets with no reason: one FA2206
    /// Warning, on the adjusted budget — none against 年初预算 150.00. The path is split: 类 农林水支出, 款 水利, the 项's own
    /// name, the bracketed code the item's (no FA5003: 2130301 is 行政运行, 2130302 一般行政管理事务). The wordings: 调整预算 /
    /// 调整后预算为, a full stop or a colon after the code.
    /// </summary>
    [Theory]
    [InlineData("年初预算", "调整预算", "支出决算", "。")]
    [InlineData("年初预算为", "调整后预算为", "决算数为", "：")]
    public void AdjustedBudget_IsTheOnlyBasisOfTheReason(string initial, string adjusted, string final, string stop)
    {
        var text = Head
            + $"（1）农林水支出（类）水利（款）一般行政管理事务（项）（2130302）{stop}{initial}80.00万元，{adjusted}86.00万元，"
            + $"{final}86.00万元，完成调整预算的100.00%。\n"
            + $"（2）农林水支出（类）水利（款）行政运行（项）（2130301）{stop}{initial}150.00万元，{adjusted}158.40万元，"
            + $"{final}152.10万元，完成调整预算的96.02%。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal(["FA2206 " + Items + "1/secondBudget"], Of(diagnostics, Severity.Warning));
        Assert.Equal("2130302", JsonAt(read, Items + "0/code"));
        Assert.Equal("农林水支出", JsonAt(read, Items + "0/className"));
        Assert.Equal("水利", JsonAt(read, Items + "0/sectionName"));
        Assert.Equal("一般行政管理事务", JsonAt(read, Items + "0/name"));
        Assert.Equal("80.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("initial", JsonAt(read, Items + "0/budget/kind"));
        Assert.Equal("86.00", JsonAt(read, Items + "0/secondBudget/budgetAmount"));
        Assert.Equal("fullYear", JsonAt(read, Items + "0/secondBudget/kind"));
        Assert.Equal("2130301", JsonAt(read, Items + "1/code"));
        Assert.Equal("行政运行", JsonAt(read, Items + "1/name"));
        Assert.Equal("152.10", JsonAt(read, Items + "1/amount"));
        Assert.Equal("96.02", JsonAt(read, Items + "1/secondBudget/completionRate"));
    }

    /// <summary>
    /// The same path with a code the 项 name does not match (2130301 is 行政运行, written 一般行政管理事务): the split name is
    /// compared with the catalogue's and FA5003 still warns — the split hides no wrong name.
    /// </summary>
    [Fact]
    public void LevelPathWithCode_WrongName_StillWarned()
    {
        var text = Head + "（1）农林水支出（类）水利（款）一般行政管理事务（项）（2130301）。年初预算80.00万元，调整预算86.00万元，"
            + "支出决算86.00万元，完成调整预算的100.00%。\n";
        var (read, diagnostics) = Read(text);

        Assert.Equal("一般行政管理事务", JsonAt(read, Items + "0/name"));
        Assert.Contains("FA5003", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// "年中调整后预算为 X 万元" states the adjusted budget (a level), not an increment: the 财政拨款 statement's second
    /// comparison is fullYear 560.00 with its rate 549.36 / 560.00 = 98.1% → 98.10 (no FA2201), the first 年初 520.00.
    /// </summary>
    [Theory]
    [InlineData("年中调整后预算为")]
    [InlineData("调整后的预算为")]
    public void MidYearAdjustedBudget_IsALevel(string words)
    {
        var text = "某县统计局2023年度部门决算说明\n（三）财政拨款支出决算情况说明\n"
            + $"2023年度财政拨款支出549.36万元。年初预算为520.00万元，{words}560.00万元，财政拨款支出完成调整预算的98.10%。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("549.36", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("520.00", JsonAt(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("fullYear", JsonAt(read, "/narrative/appropriation/secondBudget/kind"));
        Assert.Equal("560.00", JsonAt(read, "/narrative/appropriation/secondBudget/budgetAmount"));
        Assert.Equal("98.10", JsonAt(read, "/narrative/appropriation/secondBudget/completionRate"));
    }

    /// <summary>An addition named as such (追加调整预算 40.00 万元) stays an increment: noted, not a budget.</summary>
    [Fact]
    public void AddedBudget_StaysAnIncrement()
    {
        var text = "某县统计局2023年度部门决算说明\n（三）财政拨款支出决算情况说明\n"
            + "2023年度财政拨款支出549.36万元。年初预算为520.00万元，年中追加调整后预算40.00万元。\n";
        var (read, _) = Read(text);

        Assert.Null(JsonAt(read, "/narrative/appropriation/secondBudget"));
        Assert.True(Noted(read, "increment"));
    }

    private const string ThreePublicHead = "某市文化馆2024年度部门决算说明\n七、“三公”经费支出情况说明\n";

    /// <summary>
    /// A reason clause with its own marker (由于, 因为, 因 — not 因公, which is 因公出国's word) before the figure whose change
    /// it explains: the change's reason, no FA2106 (6.40 = 7.50 − 1.10; 1.10 / 7.50 = 14.67%).
    /// </summary>
    [Theory]
    [InlineData("由于", "严格执行公务接待标准")]
    [InlineData("因为", "会议和接待活动压缩")]
    [InlineData("因", "车辆编制调整")]
    public void MarkedLeadingReason_IsTheChangesReason(string marker, string reason)
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + $"{marker}{reason}，2024年度“三公”经费财政拨款支出6.40万元，比上年减少1.10万元，下降14.67%。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal(reason, JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Equal("1.10", JsonAt(read, "/narrative/threePublic/total/change/amount"));
    }

    /// <summary>
    /// A lead-in without a marker that is a preamble ("本单位认真编制决算，…") is not read as the reason, and FA2106's Warning
    /// stays (precision first: a prompt to look is cheaper than a wrong silence); nor are austerity words before an increase
    /// (6.40 = 5.30 + 1.10; 1.10 / 5.30 = 20.75%). Session 40: austerity words before a decrease are its reason
    /// (<c>FalseFindingsSessionFortyTests</c>).
    /// </summary>
    [Theory]
    [InlineData("本单位认真编制决算，2024年度“三公”经费财政拨款支出6.40万元，比上年减少1.10万元，下降14.67%。")]
    [InlineData("全面落实过紧日子要求，2024年度“三公”经费财政拨款支出6.40万元，比上年增加1.10万元，增长20.75%。")]
    public void UnmarkedLeadIn_IsNoReason(string sentence)
    {
        var (read, diagnostics) = Read(ThreePublicHead + sentence + "\n");

        Assert.Contains("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary>A marked clause with a figure of its own ("由于 3 辆车报废，…") is a statement, not a lead-in reason.</summary>
    [Fact]
    public void MarkedClauseWithAFigure_IsNoLeadInReason()
    {
        var (read, _) = Read(ThreePublicHead
            + "由于3辆公务用车报废，2024年度“三公”经费财政拨款支出6.40万元，比上年减少1.10万元，下降14.67%。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary>
    /// A change written with a minus sign after a neutral change word (变动, 增减, 同比…) and no direction word: the sign is the
    /// direction, a decrease of 1.10 (7.50 − 6.40), rate 1.10 / 7.50 = 14.67% — no FA2104 (the rate holds). The weak marker
    /// 主要是 after it is its reason, as after 减少 (no FA2106).
    /// </summary>
    [Theory]
    [InlineData("较上年变动-1.10万元，变动率-14.67%")]
    [InlineData("比上年增减-1.10万元，增减率为-14.67%")]
    public void MinusSignAfterNeutralWord_IsADecrease(string change)
    {
        var (read, diagnostics) = Read(ThreePublicHead + $"2024年度“三公”经费财政拨款支出6.40万元，{change}，主要是压缩公务接待。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/total/change/direction"));
        Assert.Equal("1.10", JsonAt(read, "/narrative/threePublic/total/change/amount"));
        Assert.Equal("14.67", JsonAt(read, "/narrative/threePublic/total/change/rate"));
        Assert.Equal("压缩公务接待。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>A neutral word with an unsigned figure ("较上年变动1.10万元") names no direction: nothing is placed.</summary>
    [Fact]
    public void UnsignedFigureAfterNeutralWord_IsNotPlaced()
    {
        var (read, _) = Read(ThreePublicHead + "2024年度“三公”经费财政拨款支出6.40万元，较上年变动1.10万元。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/direction"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/amount"));
    }
}
