using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 40 (fam40, issue 8), on invented texts of our own wording and numbers: the per-item 三公 completion rates in
/// prose (an item named before a colon whose amount has a final's words of its own), a completion rate worded 完成 Y% after
/// a budget amount stated earlier in its sentence (与年初预算 X 万元相比，完成 Y%), a share's change in percentage points
/// (a note, never a rate or share), 年末结转 / 年末结余 alone as the closing balance only when it closes 支出总计, and a 三公
/// statement's title without 决算 naming the entity.
/// </summary>
public class ProseFamiliesSessionFortyTests
{
    private const string ThreePublic = "/narrative/threePublic/";

    private const string Title = "某县水务局2023年度部门决算说明\n";

    private const string ThreePublicHead = Title + "七、“三公”经费支出情况说明\n";

    // ---- Family 1: per-item 三公 completion rates ----

    /// <summary>
    /// Each item's completion rate in its own wording — 完成预算的 (with a full-width ％), 为年初预算的, 完成年度预算的 — is that
    /// item's budget comparison's, and the total's rate the total's. The 三公 total is 12.30 + 10.20 + 8.00 = 30.50.
    /// </summary>
    [Fact]
    public void ItemRates_InAList_AreEachItemsOwn()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "2023年度“三公”经费财政拨款支出决算为30.50万元，完成预算的87.14%。其中：因公出国（境）费支出决算为12.30万元，"
            + "完成预算的98.46％；公务用车购置及运行维护费支出决算为10.20万元，为年初预算的85.2%；公务接待费支出决算为8.00万元，"
            + "完成年度预算的100%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("87.14", JsonAt(read, ThreePublic + "total/budget/completionRate"));
        Assert.Equal("12.30", JsonAt(read, ThreePublic + "overseasTravel/amount"));
        Assert.Equal("98.46", JsonAt(read, ThreePublic + "overseasTravel/budget/completionRate"));
        Assert.Equal("85.2", JsonAt(read, ThreePublic + "vehiclesSubtotal/budget/completionRate"));
        Assert.Equal("100", JsonAt(read, ThreePublic + "reception/budget/completionRate"));
    }

    /// <summary>
    /// An item named before a colon, its amount after a final's words ("因公出国（境）费：支出决算为 12.30 万元"): the amount is the
    /// item's, so the rate after it is too. Before, the amount was an unplaced note and the item (a part without its amount)
    /// was dropped with its rate.
    /// </summary>
    [Theory]
    [InlineData("因公出国（境）费", "overseasTravel", "支出决算为", "完成预算的98.46％")]
    [InlineData("1.公务接待费", "reception", "决算数为", "为年初预算的98.46%")]
    [InlineData("（二）公务用车运行维护费", "vehicleOperation", "决算支出", "完成年度预算的98.46%")]
    public void ColonItem_FinalWords_AmountAndRateAreTheItems(string name, string item, string final, string rate)
    {
        var (read, diagnostics) = Read(ThreePublicHead + $"{name}：{final}12.30万元，{rate}。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("12.30", JsonAt(read, ThreePublic + item + "/amount"));
        Assert.Equal("98.46", JsonAt(read, ThreePublic + item + "/budget/completionRate"));
        Assert.False(Noted(read, "could not place"));
    }

    /// <summary>
    /// Near miss: the colon's item has its amount already (a figure right after the colon); a second final's words in the
    /// sentence do not overwrite it, and a change after the colon is no amount.
    /// </summary>
    [Fact]
    public void ColonItem_ChangeWords_AreNoAmount()
    {
        var (read, _) = Read(ThreePublicHead + "公务接待费：比上年减少2.00万元，下降20.00%。\n");

        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer == ThreePublic + "reception/amount");
    }

    // ---- Family 2: 与年初预算 X 万元相比，完成 Y% ----

    /// <summary>
    /// The rate worded 完成 / 完成率 / 决算完成率 after the budget amount stated earlier in its sentence is that budget's
    /// completion rate, for each kind of subject: 549.36 / 520.00 = 105.646…% → 105.65, 500.00 / 480.00 = 104.1666…% →
    /// 104.17, 300.00 / 320.00 = 93.75%. No Error.
    /// </summary>
    [Theory]
    [InlineData("与年初预算{0}万元相比，完成{1}%")]
    [InlineData("较年初预算{0}万元，完成{1}%")]
    [InlineData("年初预算为{0}万元，决算完成率{1}%")]
    [InlineData("年初预算{0}万元，完成率为{1}%")]
    [InlineData("与年初预算{0}万元相比完成{1}%")]
    public void RateAfterTheBudgetJustStated_IsItsCompletionRate(string wording)
    {
        string Words(string budget, string rate) => string.Format(CultureInfo.InvariantCulture, wording, budget, rate);
        var text = Title
            + "（三）财政拨款支出决算情况说明\n2023年度财政拨款支出549.36万元，" + Words("520.00", "105.65") + "。\n"
            + "（四）一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出500.00万元，" + Words("480.00", "104.17")
            + "，主要原因是追加防汛项目经费。\n"
            + "1.农林水支出（类）水利（款）行政运行（项）：支出决算300.00万元，" + Words("320.00", "93.75") + "，主要原因是人员调出。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("520.00", JsonAt(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("105.65", JsonAt(read, "/narrative/appropriation/budget/completionRate"));
        Assert.Equal("104.17", JsonAt(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("93.75", JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
    }

    /// <summary>
    /// The 三公 total and an item in this wording: their rates are theirs and checked — the item's planted 90.00% (8.00 /
    /// 10.00 = 80.00%) is an FA2201 Error on the item, the total's right 87.14% (30.50 / 35.00 = 87.142…%) none.
    /// </summary>
    [Fact]
    public void ThreePublicRates_InThisWording_AreChecked()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "2023年度“三公”经费财政拨款支出30.50万元，较年初预算35.00万元，完成87.14%。其中：公务接待费8.00万元，与年初预算10.00万元"
            + "相比，完成90.00%。\n");

        Assert.Equal("87.14", JsonAt(read, ThreePublic + "total/budget/completionRate"));
        Assert.Equal("90.00", JsonAt(read, ThreePublic + "reception/budget/completionRate"));
        Assert.Equal(["FA2201 " + ThreePublic + "reception/budget/completionRate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses, each stays the note it was: no amount stated with the budget (与年初预算相比，完成 Y%), a difference
    /// between the budget and the rate (比年初预算增加 X 万元，完成 Y%: the last figure is no budget amount), and a rate of
    /// something else (完成绩效目标的 95%), and a bare 完成 after two budgets of different kinds (年初 and 调整: which basis is
    /// not told, as session 26 decided).
    /// </summary>
    [Theory]
    [InlineData("与年初预算相比，完成104.17%", "104.17")]
    [InlineData("比年初预算增加20.00万元，完成104.17%", "104.17")]
    [InlineData("年初预算480.00万元，完成绩效目标的95%", "95")]
    [InlineData("年初预算480.00万元，调整预算520.00万元，完成96.15%", "96.15")]
    public void RateWithoutItsBudgetAmountJustBefore_StaysANote(string words, string rate)
    {
        var (read, _) = Read(Title + "（四）一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出500.00万元，"
            + words + "。\n");

        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.DoesNotContain(read.Claims, c => c.Value == rate);
        Assert.True(Noted(read, "percentage the reader could not place"));
    }

    /// <summary>The bare completion words: 完成 or 完成率 with the comparison's words before and 为/了/达 after, nothing else.</summary>
    [Theory]
    [InlineData("完成", true)]
    [InlineData("完成率为", true)]
    [InlineData("决算完成率", true)]
    [InlineData("相比完成", true)]
    [InlineData("预算完成率达", true)]
    [InlineData("完成绩效目标的", false)]
    [InlineData("完成预算的", false)]
    [InlineData("占", false)]
    [InlineData("完成项目", false)]
    public void BareCompletionWords(string label, bool bare) => Assert.Equal(bare, NarrativeReader.IsBareCompletion(label));

    // ---- Family 3: a share's change in percentage points ----

    /// <summary>
    /// "占比较上年提高 3.2 个百分点", "比重下降 1.5 个百分点", "所占比重同比下降 2.5 个百分点": the model has no member for a share's
    /// change, so each is the located note; the share before it stays the figure's, and the points are never read as a rate
    /// or a share.
    /// </summary>
    [Theory]
    [InlineData("占比较上年提高3.2个百分点")]
    [InlineData("比重下降3.2个百分点")]
    [InlineData("所占比重同比下降3.2个百分点")]
    [InlineData("较上年提高3.2个百分点")]
    public void SharePoints_AreANote_NeverARateOrShare(string words)
    {
        var (read, diagnostics) = Read(Title + "二、收入决算情况说明\n2023年度收入合计600.00万元。其中：财政拨款收入540.00万元，"
            + "占收入合计的90.00%，" + words + "。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("90.00", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "3.2");
        Assert.True(Noted(read, "percentage points"));
    }

    /// <summary>
    /// For any points value (0.1 … 99.9) and direction, the points after a share are never a claim's value, and the share is
    /// the one written.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 30)]
    public bool SharePoints_NeverAClaim(FsCheck.PositiveInt seed, bool up)
    {
        var points = (1 + seed.Get % 999) / 10m;
        var written = points.ToString("0.0", CultureInfo.InvariantCulture);
        var (read, _) = Read(Title + "三、支出决算情况说明\n2023年度支出合计604.40万元。其中：基本支出500.00万元，占82.73%，占比比上年"
            + (up ? "提高" : "下降") + written + "个百分点。\n");

        return read.Claims.All(c => c.Value != written)
            && JsonAt(read, "/narrative/expenditure/basic/share") == "82.73";
    }

    // ---- Family 4: 年末结转 / 年末结余 alone ----

    private const string Overview = Title + "一、收入支出决算总体情况说明\n2023年度收入总计650.00万元，支出总计650.00万元。"
        + "本年收入合计600.00万元，本年支出合计604.40万元，年初结转和结余50.00万元，";

    /// <summary>
    /// 年末结转 (or 年末结余) alone, the paragraph's only closing balance, closing the expenditure side exactly (650.00 =
    /// 604.40 + 45.60): the overview's closing balance, and the sums hold (no Error).
    /// </summary>
    [Theory]
    [InlineData("年末结转45.60万元")]
    [InlineData("年末结余45.60万元")]
    [InlineData("年末结转为45.60万元")]
    public void LoneClosingHalf_ThatClosesTheSum_IsTheClosingBalance(string words)
    {
        var (read, diagnostics) = Read(Overview + words + "。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("45.60", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
    }

    /// <summary>
    /// Near misses, each a note: the amount does not close 支出总计 (40.00: a 结余 may be left unstated); both halves stated (年末
    /// written twice: each a part only); a qualified name (财政拨款年末结转).
    /// </summary>
    [Theory]
    [InlineData("年末结转40.00万元。")]
    [InlineData("年末结转45.60万元，年末结余0万元。")]
    [InlineData("财政拨款年末结转45.60万元。")]
    public void LoneClosingHalf_Uncertain_StaysANote(string words)
    {
        var (read, diagnostics) = Read(Overview + words + "\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/overall/closingCarryOver"));
        Assert.True(Noted(read, "could not place"));
    }

    // ---- Family 5: a 三公 statement titled with a sub-unit ----

    /// <summary>
    /// A stand-alone 三公 statement titled without 决算, issued by a sub-unit (分局, 支队, 所, 站): the title names the entity
    /// and gives the year; the statement is read as before.
    /// </summary>
    [Theory]
    [InlineData("溪北市公安局河西区公安分局")]
    [InlineData("溪北市消防救援支队")]
    [InlineData("溪北县河西镇农业技术推广站")]
    [InlineData("溪北县公安局城关派出所")]
    public void ThreePublicTitle_WithoutJuesuan_NamesTheEntity(string name)
    {
        var (read, diagnostics) = Read(name + "2023年度“三公”经费支出情况说明\n"
            + "2023年度“三公”经费财政拨款支出30.50万元，比上年减少2.10万元，下降6.44%，主要原因是严格控制公务支出。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal(name, JsonAt(read, "/entity/name"));
        Assert.Equal("2023", JsonAt(read, "/entity/fiscalYear"));
        Assert.Equal("30.50", JsonAt(read, ThreePublic + "total/amount"));
        Assert.False(Noted(read, "entity name"));
    }

    /// <summary>Near miss: a numbered 三公 section heading has no issuer's name before its year — the title's name stays.</summary>
    [Fact]
    public void NumberedThreePublicHeading_IsNoTitle()
    {
        var (read, _) = Read("某县统计局2023年度部门决算说明\n七、2023年度“三公”经费支出情况说明\n2023年度“三公”经费财政拨款支出30.50万元。\n");

        Assert.Equal("某县统计局", JsonAt(read, "/entity/name"));
        Assert.False(NarrativeReader.IsThreePublicTitle("七、2023年度“三公”经费支出情况说明"));
        Assert.True(NarrativeReader.IsThreePublicTitle("溪北市公安局河西区公安分局2023年度“三公”经费支出情况说明"));
    }
}
