using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 29 (session 29), families F2, F3, F6 and F8 on invented texts of their own: a part's share after 其中 is never
/// the whole's (F2); a bare reason after a budget and its final is the difference's reason (F3); a numbered 三公 item's
/// "支出决算" is the item's own amount and its share the item's (F6); "为预算 X 万元的 R%" is a completion rate and a grade count
/// is never the count of projects evaluated (F8). Every text is consistent, so no Error may be raised on it.
/// </summary>
public sealed class PartSharesAndBareReasonsTests
{
    private const string Title = "某县水利局2023年度部门决算\n\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// 本年支出合计 400.00 and the 一般公共预算 spending 250.00, "其中：基本支出 200.00 万元，占 80.00%" (200 / 250): 80 % is the part's
    /// share within 250, never the 一般公共预算 total's share of 400 (which would be 62.50 %: before, a false FA2003).
    /// </summary>
    [Fact]
    public void ShareOfAPartAfterQiZhong_IsNotTheWholesShare()
    {
        var (read, diagnostics) = TextReading.Read(Title
            + "三、支出决算情况说明\n\n本年支出合计400.00万元，其中：基本支出300.00万元，占75.00%；项目支出100.00万元，占25.00%。\n\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n\n一般公共预算财政拨款支出250.00万元，其中：基本支出200.00万元，占80.00%；"
            + "项目支出50.00万元，占20.00%。\n");

        Assert.Equal("250.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/generalBudget/total/share"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A 项 line whose budget and final differ gives its reason without "决算数大于…": "因…" after a clause, "主要是…" after the
    /// completion rate (520 / 500 = 104.00 %). No FA2206 on the item. Near miss: "主要是用于…" describes a use, so the
    /// difference keeps its FA2206.
    /// </summary>
    [Theory]
    [InlineData("年初预算为0万元，支出决算为80.00万元，年初未安排，因汛期追加堤防应急抢修资金。", true)]
    [InlineData("年初预算为500.00万元，支出决算为520.00万元，完成年初预算的104.00%，主要是汛后水毁工程修复增加。", true)]
    [InlineData("年初预算为500.00万元，支出决算为520.00万元，完成年初预算的104.00%，主要是用于水毁工程修复。", false)]
    public void BareReasonAfterABudgetAndItsFinal_IsTheDifferencesReason(string line, bool reasoned)
    {
        var (read, diagnostics) = TextReading.Read(Title + "五、一般公共预算财政拨款支出决算情况说明\n\n"
            + "（一）农林水支出（类）水利（款）水利工程建设（项）。" + line + "\n");

        Assert.NotNull(At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal(reasoned, TextReading.Of(diagnostics, Severity.Warning).All(w => !w.StartsWith("FA2206", StringComparison.Ordinal)));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// Numbered 三公 items after the total's comparison (budget 30.00, final 20.00, 66.67 %): each "N.…费支出决算 X 万元，占 Y%，完成预算的
    /// Z%" is the item's amount, share (6 / 20 = 30 %, 12 / 20 = 60 %, 2 / 20 = 10 %) and rate; the total keeps no share.
    /// </summary>
    [Fact]
    public void NumberedThreePublicItems_AreTheItemsOwn()
    {
        var (read, diagnostics) = TextReading.Read(Title + "六、财政拨款“三公”经费支出决算情况说明\n\n"
            + "2023年度“三公”经费财政拨款支出预算为30.00万元，支出决算为20.00万元，完成预算的66.67%。决算数小于预算数的主要原因是压减出差。\n\n"
            + "1.因公出国（境）费支出决算6.00万元，占30.00%，完成预算的60.00%。\n\n"
            + "2.公务用车购置及运行费支出决算12.00万元，占60.00%，完成预算的80.00%。\n\n"
            + "3.公务接待费支出决算2.00万元，占10.00%，完成预算的40.00%。\n");

        Assert.Equal("6.00", At(read, "/narrative/threePublic/overseasTravel/amount"));
        Assert.Equal("30.00", At(read, "/narrative/threePublic/overseasTravel/share"));
        Assert.Equal("12.00", At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
        Assert.Equal("10.00", At(read, "/narrative/threePublic/reception/share"));
        Assert.Null(At(read, "/narrative/threePublic/total/share"));
        Assert.Equal("20.00", At(read, "/narrative/threePublic/total/budget/finalAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>"“三公”经费支出 9.00 万元，为预算 12.00 万元的 75.00%" (9 / 12 = 75 %): the comparison's completion rate.</summary>
    [Fact]
    public void RateOfTheStatedBudget_IsTheCompletionRate()
    {
        var (read, diagnostics) = TextReading.Read(Title + "六、财政拨款“三公”经费支出决算情况说明\n\n"
            + "2023年度“三公”经费支出9.00万元，为预算12.00万元的75.00%，主要是减少公务接待。\n");

        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("75.00", At(read, "/narrative/threePublic/total/budget/completionRate"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// "对2023年度 14 个项目开展了绩效评价 … 评价结果为“优”的项目 9 个，“良”的项目 5 个": 14 projects evaluated; 9 and 5 are grade counts
    /// (before: the count was read as 9).
    /// </summary>
    [Fact]
    public void GradeCounts_AreNotTheCountOfProjectsEvaluated()
    {
        var (read, _) = TextReading.Read(Title + "八、预算绩效管理情况说明\n\n"
            + "本部门对2023年度14个项目开展了绩效评价，涉及金额860.00万元。评价结果为“优”的项目9个，“良”的项目5个。\n");

        Assert.Equal("14", At(read, "/performance/projectEvaluationCount"));
    }
}
