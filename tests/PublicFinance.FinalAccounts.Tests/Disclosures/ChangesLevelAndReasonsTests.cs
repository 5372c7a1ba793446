using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 34 (issue 8), on invented texts: one reason after two comparisons of one figure explains both (blind 31 F4);
/// 持平 right after an item's amount is a change of 0 (M6); a 财政拨款 change whose reason opens the next sentence keeps it
/// (item 3); a fund declared empty inside the 财政拨款 paragraph is 0 for FA1208 (item 4); a total's change whose parts give
/// their reasons is explained (F5, FA2106).
/// </summary>
public sealed class ChangesLevelAndReasonsTests
{
    private const string ThreePublic = "某县档案局2023年度部门决算说明\n\n三、“三公”经费支出情况\n";

    private const string Appropriation = "某区档案馆2024年度部门决算说明\n\n三、财政拨款收入支出决算总体情况说明\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    private static string[] Of(List<Diagnostic> diagnostics, string rule) =>
        [.. TextReading.Of(diagnostics, Severity.Warning).Concat(TextReading.Of(diagnostics, Severity.Error))
            .Where(d => d.StartsWith(rule, StringComparison.Ordinal))];

    /// <summary>
    /// F4: a budget comparison and a year-on-year change of one 三公 item, then one reason — after a list's ';' (the item is
    /// the list's last), with 增加/增长, with 一是…二是… and the change first. Figures: 接待 4.20 against a budget of 6.00
    /// (−1.80, 30.00 %) and a prior year of 5.00 (−0.80, 16.00 %); 运行维护 14.40 against 13.00 (+1.40, 10.77 %) and 13.50
    /// (+0.90, 6.67 %). Both the budget and the change take the reason: no FA2206, no FA2106 (before: FA2206 on the budget).
    /// </summary>
    [Theory]
    [InlineData("2023年度“三公”经费支出18.60万元。其中：因公出国（境）费0.00万元；公务用车运行维护费14.40万元；公务接待费4.20万元，"
        + "比年初预算减少1.80万元，下降30.00%，比上年减少0.80万元，下降16.00%，主要原因是严格执行接待标准。", "reception", "严格执行接待标准")]
    [InlineData("2023年度公务用车运行维护费14.40万元，比年初预算增加1.40万元，增长10.77%，比上年增加0.90万元，增长6.67%，"
        + "主要原因是车辆老化维修费用增加。", "vehicleOperation", "车辆老化维修费用增加")]
    [InlineData("2023年度公务接待费4.20万元，比上年减少0.80万元，下降16.00%，比年初预算减少1.80万元，下降30.00%，"
        + "主要原因：一是严格执行接待标准；二是减少陪餐人数。", "reception", "减少陪餐人数")]
    public void OneReasonAfterTwoComparisons_ExplainsBoth(string paragraph, string item, string reason)
    {
        var (read, diagnostics) = TextReading.Read(ThreePublic + paragraph + "\n");

        Assert.Contains(reason, At(read, "/narrative/threePublic/" + item + "/budget/reason") ?? "(none)");
        Assert.Contains(reason, At(read, "/narrative/threePublic/" + item + "/change/reason") ?? "(none)");
        Assert.Empty(Of(diagnostics, "FA2206"));
        Assert.Empty(Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// F4, the other side: the budget comparison is 运行维护费's, the change and its reason 接待费's (a second subject) — the
    /// reason does not reach the first item's budget, which keeps FA2206.
    /// </summary>
    [Fact]
    public void ReasonAfterSecondSubject_DoesNotReachTheFirst()
    {
        var (read, diagnostics) = TextReading.Read(ThreePublic + "2023年度“三公”经费支出18.60万元。其中：公务用车运行维护费14.40万元，"
            + "比年初预算减少1.60万元，下降10.00%，公务接待费4.20万元，比上年减少0.80万元，下降16.00%，主要原因是严格执行接待标准。\n");

        Assert.Null(At(read, "/narrative/threePublic/vehicleOperation/budget/reason"));
        Assert.Contains("严格执行接待标准", At(read, "/narrative/threePublic/reception/change/reason") ?? "(none)");
        Assert.Equal(["FA2206 /narrative/threePublic/vehicleOperation/budget"], Of(diagnostics, "FA2206"));
    }

    /// <summary>
    /// M6: 持平 right after a 三公 item's amount of 0 (as 0.0, 0 or 0.00; 与上年持平, 同比持平, 与上年度持平) is its change of 0,
    /// though a later item's change follows after ';' (before: that change's 1.0 was taken for a differing prior-year figure
    /// and the 持平 was a note). 12.5 = 0 + 8.5 + 4.0; the changes 0 + 1.0 + 0.5 = 1.5 (10.7 % of 14.0).
    /// </summary>
    [Theory]
    [InlineData("0.0", "与上年持平")]
    [InlineData("0", "同比持平")]
    [InlineData("0.00", "与上年度持平")]
    public void LevelAfterZeroItem_IsChangeOfZero(string amount, string level)
    {
        var (read, diagnostics) = TextReading.Read(ThreePublic + "2016年度“三公”经费支出12.5万元，比上年减少1.5万元，下降10.7%，"
            + "主要原因是厉行节约。其中：因公出国（境）费" + amount + "万元，" + level + "；公务用车运行维护费8.5万元，比上年减少1.0万元，"
            + "下降10.5%；公务接待费4.0万元，比上年减少0.5万元，下降11.1%。\n");

        Assert.Equal(amount, At(read, "/narrative/threePublic/overseasTravel/amount"));
        Assert.Equal("unchanged", At(read, "/narrative/threePublic/overseasTravel/change/direction"));
        Assert.False(TextReading.Noted(read, "\"Level with the prior year\""));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// M6 and F5: a 项 line "…行政运行（项）845万元，与上年持平" is that 项's change of 0; "比上年增加 2 万元，与上年基本持平" keeps its
    /// increase (基本持平 is the change's stated reason, session 33, never a 0). 3,709 + 217 = 3,926 = 2,864 + 845 + 217; the
    /// total's +600 (3,326 → 3,926, 18.04 %) is explained by the 项 that follow ("具体情况如下："): the first 项 moved the same
    /// way with its reason, so no FA2106 on the total (F5), and none on the 项.
    /// </summary>
    [Fact]
    public void LevelAfterItemAmount_IsChangeOfZero_AndItemsExplainTheTotal()
    {
        var (read, diagnostics) = TextReading.Read("某县水务局2016年度部门决算说明\n\n二、财政拨款支出决算情况\n"
            + "2016年度财政拨款支出3,926万元，比上年增加600万元，增长18.04%。具体情况如下：\n"
            + "1.农林水支出（类）水利（款）水利工程建设（项）2,864万元，比上年增加598万元，增长26.39%，主要原因是中小河流治理项目投资增加。\n"
            + "2.农林水支出（类）水利（款）行政运行（项）845万元，与上年持平。\n"
            + "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）217万元，比上年增加2万元，"
            + "与上年基本持平。\n");

        Assert.Equal("845", At(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("unchanged", At(read, "/narrative/appropriation/items/1/change/direction"));
        Assert.Equal("increase", At(read, "/narrative/appropriation/items/2/change/direction"));
        Assert.Null(At(read, "/narrative/appropriation/change/reason"));   // no reason made up for the total
        Assert.Empty(Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// Item 3: the income's change with its reason, then the expenditure's change with its reason opening the next sentence —
    /// in one paragraph or two, "主要原因是…", "减少原因：…", "支出减少的主要原因是…". Income 340 → 320 (−20, 5.88 %),
    /// expenditure 325 → 310 (−15, 4.62 %). Each change keeps its own reason; no FA2106 (before: the expenditure's warned).
    /// </summary>
    [Theory]
    [InlineData("2024年度财政拨款收入320.00万元，比上年减少20.00万元，下降5.88%。减少原因：一次性修缮项目结束。\n"
        + "2024年度财政拨款支出310.00万元，比上年减少15.00万元，下降4.62%。减少原因：压减一般性支出。")]
    [InlineData("2024年度财政拨款收入320.00万元，比上年减少20.00万元，下降5.88%，主要原因是一次性修缮项目结束。"
        + "2024年度财政拨款支出310.00万元，比上年减少15.00万元，下降4.62%。主要原因是压减一般性支出。")]
    [InlineData("2024年度财政拨款收入320.00万元，比上年减少20.00万元，下降5.88%。收入减少原因：一次性修缮项目结束。\n"
        + "2024年度财政拨款支出310.00万元，比上年减少15.00万元，下降4.62%。支出减少的主要原因是压减一般性支出。")]
    public void ExpenditureReasonInNextSentence_IsKept(string paragraphs)
    {
        var (read, diagnostics) = TextReading.Read(Appropriation + paragraphs + "\n");

        Assert.Contains("一次性修缮项目结束", At(read, "/narrative/appropriation/change/reason") ?? "(none)");
        Assert.Contains("压减一般性支出", At(read, "/narrative/appropriation/currentYearExpenditure/change/reason") ?? "(none)");
        Assert.Empty(Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// Item 3, the other side: the sentence after the expenditure's change gives the income's reason ("收入减少原因：…"): not
    /// the expenditure's, which keeps FA2106.
    /// </summary>
    [Fact]
    public void NextSentenceNamingTheOtherFlow_IsNotTheReason()
    {
        var (read, diagnostics) = TextReading.Read(Appropriation + "2024年度财政拨款收入320.00万元，比上年减少20.00万元，下降5.88%，"
            + "主要原因是一次性修缮项目结束。财政拨款支出310.00万元，比上年减少15.00万元，下降4.62%。收入减少原因：项目结束。\n");

        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/change/reason"));
        Assert.Equal(["FA2106 /narrative/appropriation/currentYearExpenditure/change"], Of(diagnostics, "FA2106"));
    }

    /// <summary>财政拨款 500 in a paragraph that says <paramref name="declaration"/>, and 一般公共预算 <paramref name="general"/>
    /// in its own section, then <paramref name="funds"/>.</summary>
    private static string FundsText(string declaration, string general, string funds) => Appropriation
        + "2024年度财政拨款收入500.00万元，财政拨款支出500.00万元" + declaration + "。\n\n"
        + "五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出" + general + "万元。\n\n" + funds;

    private const string CapitalNone = "七、国有资本经营预算财政拨款支出决算情况说明\n本年度无国有资本经营预算财政拨款支出。\n";

    /// <summary>
    /// Item 4: the funds declared empty inside the 财政拨款 paragraph (both in one phrase; or 政府性基金 there and 国有资本经营 in
    /// its own section) are 0 for FA1208: 420 + 0 + 0 ≠ 500 fires, 500 + 0 + 0 = 500 passes (before: the fund was unknown and
    /// FA1208 not applicable). The declaration is the fund's emptyStatement.
    /// </summary>
    [Theory]
    [InlineData("，本部门无政府性基金预算和国有资本经营预算财政拨款收支", "", "420.00", true)]
    [InlineData("，全部为一般公共预算财政拨款，本单位无政府性基金预算财政拨款收入和支出", CapitalNone, "420.00", true)]
    [InlineData("，本单位无政府性基金预算财政拨款收入、支出", CapitalNone, "500.00", false)]
    public void FundDeclaredEmptyInParagraph_IsZero(string declaration, string funds, string general, bool fails)
    {
        var (read, diagnostics) = TextReading.Read(FundsText(declaration, general, funds));

        Assert.Contains("无政府性基金", At(read, "/narrative/governmentFund/emptyStatement") ?? "(none)");
        Assert.Equal(fails ? ["FA1208 /narrative/appropriation/currentYearExpenditure/amount"] : [], Of(diagnostics, "FA1208"));
    }

    /// <summary>
    /// Item 4, the other side: no declaration, or one of income alone ("无政府性基金预算财政拨款收入": an expenditure out of the
    /// opening carry-over is not excluded) — the fund stays unknown and FA1208 is not applicable to 420 ≠ 500.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("，本单位无政府性基金预算财政拨款收入")]
    public void FundNotDeclaredEmpty_StaysUnknown(string declaration)
    {
        var (read, diagnostics) = TextReading.Read(FundsText(declaration, "420.00", CapitalNone));

        Assert.Null(At(read, "/narrative/governmentFund/emptyStatement"));
        Assert.Empty(Of(diagnostics, "FA1208"));
    }

    /// <summary>
    /// F5: the 三公 total's decrease (52.50 → 47.30, −5.20, 9.90 %) with no reason of its own, then "其中：" each item with its
    /// change (0 持平; 运行维护 40.20 → 36.10, −4.10, 10.20 %; 接待 12.30 → 11.20, −1.10, 8.94 %). With the items' reasons the
    /// total is explained (no FA2106); without them the total and each item warn.
    /// </summary>
    [Theory]
    [InlineData("，主要是压减车辆运行次数", "，主要是严格执行接待标准", "")]
    [InlineData("", "", "total vehicleOperation reception")]
    public void TotalExplainedByItsItems(string operationReason, string receptionReason, string warned)
    {
        var (read, diagnostics) = TextReading.Read(ThreePublic + "2022年度“三公”经费支出47.30万元，比上年减少5.20万元，下降9.90%。"
            + "其中：因公出国（境）费0万元，与上年持平；公务用车运行维护费36.10万元，比上年减少4.10万元，下降10.20%" + operationReason
            + "；公务接待费11.20万元，比上年减少1.10万元，下降8.94%" + receptionReason + "。\n");

        Assert.Null(At(read, "/narrative/threePublic/total/change/reason"));
        string[] expected = [.. warned.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "FA2106 /narrative/threePublic/" + w + "/change")];
        Assert.Equal(expected, Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// F5, the other side: the only item with a reason moved the other way (接待 10.10 → 11.20, +1.10, 10.89 %, against the
    /// total's −5.20; 运行维护 42.40 → 36.10, −6.30, 14.86 %, no reason): it does not explain the total's decrease, so the
    /// total warns, and so does 运行维护.
    /// </summary>
    [Fact]
    public void ItemOfTheOtherDirection_DoesNotExplainTheTotal()
    {
        var (_, diagnostics) = TextReading.Read(ThreePublic + "2022年度“三公”经费支出47.30万元，比上年减少5.20万元，下降9.90%。"
            + "其中：公务用车运行维护费36.10万元，比上年减少6.30万元，下降14.86%；公务接待费11.20万元，比上年增加1.10万元，增长10.89%，"
            + "主要是新增上级检查接待任务。\n");

        Assert.Equal(["FA2106 /narrative/threePublic/total/change", "FA2106 /narrative/threePublic/vehicleOperation/change"],
            Of(diagnostics, "FA2106"));
    }
}
