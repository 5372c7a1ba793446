using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of session 21 (issue 8, precision first), each with invented sentences of its own: a 类 written again after
/// the class list and its main 项 listed under it, 名 as a unit of persons, a prior-year figure inside a comparison phrase
/// ("与2013年度 X 万元相比"), and staff lines under 部门基本情况 without a 人员情况 heading. Each text is consistent, so no Error
/// may be raised on it.
/// </summary>
public class PhrasingRoundNineTests
{
    private const string GeneralBudget = "某县司法局2024年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n";

    /// <summary>
    /// A 类 written again in a paragraph of its own after the class list ("一般公共服务支出（类）400.00万元。其中：行政运行…300.00
    /// 万元。") is the class already listed, not a second 201 (before: FA5005, and FA1205 "500 vs 900"); its 项 listed with 其中
    /// is only its main item (300 of 400), so it is a note, not an item that 类 = Σ 项 would weigh (FA1205 400 vs 300).
    /// </summary>
    [Fact]
    public void AClassWrittenAgain_IsListedOnce_AndItsMainItemIsANote()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "2024年度一般公共预算财政拨款支出500.00万元。其中：一般公共服务支出（类）400.00万元，占80.00%；住房保障支出（类）100.00万元，"
            + "占20.00%。\n"
            + "一般公共服务支出（类）400.00万元。其中：行政运行（2010301）300.00万元。\n");
        var narrative = read.Report.Narrative!.GeneralBudget!;
        Assert.Equal(["201", "221"], narrative.Classes.Select(c => c.Code!.Value.Value));
        Assert.Empty(narrative.Items);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ItemOfStatedClass.En);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA5005" or "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// 名 counts persons as 人 does: 编制数 40, 实有 48 = 在职 35 + 退休 13 (FA4301 holds, so no Error).
    /// </summary>
    [Fact]
    public void Ming_IsAUnitOfPersons()
    {
        var (read, diagnostics) = Read("某县司法局2024年度部门决算说明\n一、部门基本情况\n（二）人员情况\n"
            + "本部门编制数40名，实有人数48名，其中在职人员35名，退休人员13名。\n");
        Assert.Equal("40", At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("48", At(read, "/personnel/total/count"));
        Assert.Equal("35", At(read, "/personnel/active/count"));
        Assert.Equal("13", At(read, "/personnel/retired/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>名 after a number is a count of persons, but not 名称, 名单, 名次, 名义, 名录 or 名额.</summary>
    [Theory]
    [InlineData("在职人员35名，", true)]
    [InlineData("在职人员35 名", true)]
    [InlineData("共3名称", false)]
    [InlineData("共3名单", false)]
    [InlineData("排第3名次", false)]
    [InlineData("编制5名额", false)]
    public void Ming_IsReadAsPersons_ExceptInWords(string text, bool persons)
    {
        var end = 0;
        while (!char.IsDigit(text[end]))
        {
            end++;
        }

        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        var (unit, unitText, _) = Scanner.UnitAt(text, end, text.Length);
        Assert.Equal(persons ? FigureUnit.Count : FigureUnit.None, unit);
        Assert.Equal(persons ? "人" : string.Empty, unitText);
        Assert.Equal(Scanner.UnitAtByComparison(text, end, text.Length), Scanner.UnitAt(text, end, text.Length));
    }

    /// <summary>
    /// Staff lines directly under 部门基本情况 (no 人员情况 heading) are the 人员 section: 实有 48 = 在职 35 + 退休 13. Before, the
    /// paragraph was in no section and no figure was read at all.
    /// </summary>
    [Theory]
    [InlineData("人")]
    [InlineData("名")]
    public void StaffLines_WithoutTheirHeading_AreRead(string unit)
    {
        var (read, diagnostics) = Read("某县司法局2024年度部门决算说明\n一、部门基本情况\n"
            + $"本部门编制数40{unit}，实有人数48{unit}，其中在职人员35{unit}，退休人员13{unit}。\n");
        Assert.Equal("40", At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("48", At(read, "/personnel/total/count"));
        Assert.Equal("35", At(read, "/personnel/active/count"));
        Assert.Equal("13", At(read, "/personnel/retired/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A staff count needs its own number right after its word; a change in a reason ("在职人员增加5人") is none.</summary>
    [Theory]
    [InlineData("本部门编制数40人，实有人数48人。", true)]
    [InlineData("在职人员为35名。", false)]   // review 21: only 编制 / 实有 words make a staff paragraph (served people)
    [InlineData("核定编制 12 人。", true)]
    [InlineData("主要原因是在职人员增加5人。", false)]
    [InlineData("退休人员经费12.00万元。", false)]
    [InlineData("在职人员35名称。", false)]
    public void AStaffParagraph_StatesItsOwnCount(string text, bool staff)
        => Assert.Equal(staff, NarrativeReader.StatesStaffCount(text));

    /// <summary>
    /// "与2013年度14.28万元相比" in a 2014 text: 14.28 is the prior year's 三公 total (16.38 − 14.28 = 2.10, FA2105 holds), never
    /// this year's (before: an unplaced note).
    /// </summary>
    [Theory]
    [InlineData("与2013年度14.28万元相比")]
    [InlineData("与上年的14.28万元相比")]
    [InlineData("与去年同期14.28万元比较")]
    public void APriorYearFigure_InsideTheComparison_IsThePriorYears(string phrase)
    {
        var (read, diagnostics) = Read("某县司法局2014年度部门决算说明\n五、“三公”经费财政拨款支出决算情况说明\n"
            + $"2014年度“三公”经费财政拨款支出16.38万元，{phrase}，增加2.10万元，增长14.71%，主要原因是接待任务增加。\n");
        Assert.Equal("16.38", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("14.28", At(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("2.10", At(read, "/narrative/threePublic/total/change/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "与2012年度14.28万元相比" in a 2014 text: a figure of another year — a note — and the change after it is against 2012,
    /// not the year-over-year change (a note too). This year's 16.38 stays.
    /// </summary>
    [Fact]
    public void AnotherYearsFigure_InsideTheComparison_IsANote()
    {
        var (read, diagnostics) = Read("某县司法局2014年度部门决算说明\n五、“三公”经费财政拨款支出决算情况说明\n"
            + "2014年度“三公”经费财政拨款支出16.38万元，与2012年度14.28万元相比，增加2.10万元。\n");
        Assert.Equal("16.38", At(read, "/narrative/threePublic/total/amount"));
        Assert.Null(read.Report.Narrative!.ThreePublic!.Total!.Change);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.FigureOfComparedYear.En);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ChangeAgainstOtherYear.En);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "与年初预算相比，决算数为 X 万元，完成预算的 Y%": X is the 年初 budget's final amount and Y its rate (before: X an unplaced note);
    /// a 全年预算 named later in the sentence is a budget of another kind, not written onto the 年初 one (before: 520.00 became the
    /// budget of the 96.00% rate — FA2201 "96.00 vs 92.31" and FA8003, two false Errors). 480 / 500 = 96.00%.
    /// </summary>
    [Fact]
    public void ABudgetOpenedByTheComparison_KeepsItsKind_AcrossTheSentence()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "2024年度一般公共预算财政拨款支出决算为480.00万元，与年初预算相比，决算数为480.00万元，完成预算的96.00%，全年预算为520.00万元，"
            + "完成全年预算的92.31%。决算数小于预算数的主要原因是项目结余。\n");
        const string Budget = "/narrative/generalBudget/total/budget/";
        Assert.Equal("480.00", At(read, Budget + "finalAmount"));
        Assert.Equal("96.00", At(read, Budget + "completionRate"));
        Assert.Null(At(read, Budget + "budgetAmount"));   // 520.00 is the 全年 budget: the field holds the 年初 one
        Assert.Equal(BudgetKind.Initial, read.Report.Narrative!.GeneralBudget!.Total!.Budget!.Kind);
        // Session 26 (schema 1.6): the 全年 budget and its rate are the second comparison (480 / 520 = 92.31%); the relation
        // after both, naming neither basis (决算数小于预算数), is a note.
        const string Second = "/narrative/generalBudget/total/secondBudget/";
        Assert.Equal("520.00", At(read, Second + "budgetAmount"));
        Assert.Equal("92.31", At(read, Second + "completionRate"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.BudgetBasisNotTold.En);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The phrase's kind holds for its own sentence only: "全年预算为 20.00 万元" in a later section is a 全年 budget (before, a
    /// "与年初预算相比" anywhere earlier in the text made every later budget 年初). 18.00 / 20.00 = 90.00%.
    /// </summary>
    [Fact]
    public void ABudgetKindFromTheComparison_EndsWithItsSentence()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "2024年度一般公共预算财政拨款支出决算为480.00万元，与年初预算相比，无增减。\n"
            + "五、“三公”经费财政拨款支出决算情况说明\n"
            + "2024年度“三公”经费财政拨款支出18.00万元，全年预算为20.00万元，完成全年预算的90.00%，主要原因是厉行节约。\n");
        Assert.Equal("20.00", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal(BudgetKind.FullYear, read.Report.Narrative!.ThreePublic!.Total!.Budget!.Kind);
        Assert.Empty(Errors(diagnostics));
    }

    private const string ThreePublic = "某县司法局2024年度部门决算说明\n五、“三公”经费财政拨款支出决算情况说明\n";

    /// <summary>
    /// The total's reason names one item ("主要原因是压减公务接待") whose change goes the same way and has no reason of its own:
    /// that change gets the reason (before: FA2106, a change without a reason). 0.30 / 1.30 = 23.08%.
    /// </summary>
    [Fact]
    public void TheTotalsReason_NamingOneItem_IsThatItemsReason()
    {
        var (read, diagnostics) = Read(ThreePublic
            + "2024年度“三公”经费财政拨款支出3.00万元，比上年减少0.30万元，下降9.09%，主要原因是压减公务接待。其中：公务接待费1.00万元，"
            + "比上年减少0.30万元，下降23.08%；公务用车运行维护费2.00万元，与上年持平。\n");
        Assert.Equal("压减公务接待", read.Report.Narrative!.ThreePublic!.Reception!.Change!.Reason?.TrimEnd('。'));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Not certain, so not attached: a reason that names two items, or an item whose change goes the other way (the reception
    /// rose while the total fell).
    /// </summary>
    [Theory]
    [InlineData("主要原因是压减公务接待和出国任务", "减少", "下降")]
    [InlineData("主要原因是压减公务接待", "增加", "增长")]
    public void TheTotalsReason_IsNotAttached_WhenUncertain(string reason, string direction, string rateWord)
    {
        var (read, _) = Read(ThreePublic
            + $"2024年度“三公”经费财政拨款支出3.00万元，比上年减少0.30万元，下降9.09%，{reason}。其中：公务接待费1.00万元，"
            + $"比上年{direction}0.30万元，{rateWord}23.08%；因公出国（境）费2.00万元，比上年减少0.60万元，下降23.08%。\n");
        Assert.Null(read.Report.Narrative!.ThreePublic!.Reception!.Change!.Reason);
    }

    /// <summary>
    /// A staff paragraph found by its counts may split a group after 中 ("在职人数中行政35人，事业15人"): 35 is a part of 在职, not
    /// 在职 itself (placed as the whole, FA4301 "实有 60 vs 35 + 10" was a false Error); 实有 60 and 退休 10 stay.
    /// </summary>
    [Fact]
    public void ACategoryAfterZhong_IsAPartOfItsGroup()
    {
        var (read, diagnostics) = Read("某镇2024年度部门决算说明\n一、单位基本情况\n"
            + "本单位年末实有人数60人。在职人数中行政35人，事业15人；退休人员10人。\n");
        Assert.Equal("60", At(read, "/personnel/total/count"));
        Assert.Equal("10", At(read, "/personnel/retired/count"));
        Assert.Null(At(read, "/personnel/active/count"));
        Assert.Empty(Errors(diagnostics));
    }
}
