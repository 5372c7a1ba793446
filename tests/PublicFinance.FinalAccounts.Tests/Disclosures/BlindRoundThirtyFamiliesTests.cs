using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 30 (session 32), families B, D and F on invented texts of their own: section headings written without 决算 enter
/// the sections of their 决算 forms, and a paragraph opened by a 款 or 项 named without its 类 is that item's, never the section
/// total's (B); "下降的原因：一是…", "减少原因：…" and a marker that ends its paragraph before a numbered list are reasons (D); one
/// reason after both a budget comparison and a change explains both (F). Every text is consistent, so no Error may be raised.
/// </summary>
public sealed class BlindRoundThirtyFamiliesTests
{
    private const string Title = "某市档案局2025年度部门决算\n\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    /// <summary>The 一般公共预算 section, its total (budget 350, final 360: 360 / 350 = 102.86 %), then four 项 items each
    /// named without its 类 ("1.行政运行（项）。年初预算为…"). The items' budgets 200 + 90 + 40 + 20 = 350 and finals 210 + 90 + 38
    /// + 22 = 360 add up to the total's.</summary>
    private static string ItemsText(string detailHeading, string basicHeading) => Title
        + "五、一般公共预算财政拨款支出决算情况说明\n\n"
        + "（一）一般公共预算财政拨款支出决算总体情况\n\n"
        + "2025年度一般公共预算财政拨款支出360.00万元，比上年减少20.00万元，下降5.26%，主要原因是压减一般性支出。\n\n"
        + detailHeading + "\n\n"
        + "2025年度一般公共预算财政拨款支出年初预算为350.00万元，支出决算为360.00万元，完成年初预算的102.86%。其中：\n\n"
        + "1.行政运行（项）。年初预算为200.00万元，支出决算为210.00万元，完成年初预算的105.00%。决算数大于年初预算数的主要原因是人员变动增加。\n\n"
        + "2.档案馆（项）。年初预算为90.00万元，支出决算为90.00万元，完成年初预算的100.00%。\n\n"
        + "3.行政单位离退休（项）。年初预算为40.00万元，支出决算为38.00万元，完成年初预算的95.00%。决算数小于年初预算数的主要原因是退休人员减少。\n\n"
        + "4.机关事业单位基本养老保险缴费支出（项）。年初预算为20.00万元，支出决算为22.00万元，完成年初预算的110.00%。"
        + "决算数大于年初预算数的主要原因是缴费基数调整。\n\n"
        + basicHeading + "\n\n"
        + "2025年度一般公共预算财政拨款基本支出320.00万元，其中：人员经费280.00万元，主要包括基本工资；公用经费40.00万元，主要包括办公费。\n";

    /// <summary>
    /// B: "（三）…支出具体情况" and "（四）…基本支出情况" with or without 决算 (and 说明 for 情况) read alike: each numbered 项 is an
    /// item with its own budget, final and rate; the total keeps 350 / 360 / 102.86 % (before: each item's figures were read as
    /// the total's comparison, a false FA8003 on its relation); 基本支出 320 = 人员经费 280 + 公用经费 40 is read (before: nothing).
    /// </summary>
    [Theory]
    [InlineData("（三）一般公共预算财政拨款支出具体情况", "（四）一般公共预算财政拨款基本支出情况")]
    [InlineData("（三）一般公共预算财政拨款支出决算具体情况", "（四）一般公共预算财政拨款基本支出决算情况")]
    [InlineData("（三）一般公共预算财政拨款支出具体说明", "（四）一般公共预算财政拨款基本支出说明")]
    [InlineData("（三）一般公共预算财政拨款支出结构情况", "（四）财政拨款基本支出情况")]
    public void HeadingsWithoutJueSuan_AndUnclassedItems_ReadAsTheirOwn(string detailHeading, string basicHeading)
    {
        var (read, diagnostics) = TextReading.Read(ItemsText(detailHeading, basicHeading));

        Assert.Equal("350.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("360.00", At(read, "/narrative/generalBudget/total/budget/finalAmount"));
        Assert.Equal("102.86", At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("行政运行", At(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("210.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("200.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("档案馆", At(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("95.00", At(read, "/narrative/generalBudget/items/2/budget/completionRate"));
        Assert.Equal("2080501", At(read, "/narrative/generalBudget/items/2/code"));   // 行政单位离退休: one 项 of that name
        Assert.Equal("22.00", At(read, "/narrative/generalBudget/items/3/amount"));
        Assert.Equal("320.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("280.00", At(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("40.00", At(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// B: the section's own heading without 决算 ("五、一般公共预算财政拨款支出说明") and items written "(1)A(款)B(项)：…" and "(2)B(项)，…"
    /// — each item's budget and reason are its own (30 → 25: 83.33 %; 120 → 123: 102.50 %), the total's stay 150 / 148.
    /// </summary>
    [Fact]
    public void BracketNumberedItemsWithoutClass_AreItems()
    {
        var (read, diagnostics) = TextReading.Read("某县统计局2024年度部门决算\n\n五、一般公共预算财政拨款支出说明\n\n"
            + "2024年度一般公共预算财政拨款支出年初预算为150.00万元，支出决算为148.00万元，完成年初预算的98.67%。决算数小于年初预算数的主要原因是厉行节约。\n\n"
            + "（1）统计管理（款）专项统计业务（项）：年初预算为30.00万元，支出决算为25.00万元，完成年初预算的83.33%，决算数小于年初预算数的主要原因是调查任务调整。\n\n"
            + "（2）行政运行（项），年初预算为120.00万元，支出决算为123.00万元，完成年初预算的102.50%，决算数大于年初预算数的主要原因是人员增加。\n");

        Assert.Equal("150.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("厉行节约。", At(read, "/narrative/generalBudget/total/budget/reason"));
        Assert.Equal("统计管理", At(read, "/narrative/generalBudget/items/0/sectionName"));
        Assert.Equal("专项统计业务", At(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("83.33", At(read, "/narrative/generalBudget/items/0/budget/completionRate"));
        Assert.Equal("调查任务调整。", At(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Equal("123.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// B, independently of headings: under "四、财政拨款支出决算情况说明" (a section that reads no 项 at a paragraph's head) the numbered
    /// 项 paragraphs are located notes; the 财政拨款 comparison keeps its own 150 / 148 and no item figure reaches it.
    /// </summary>
    [Fact]
    public void UnclassedItemParagraphs_WhereNoListHoldsThem_AreNotes()
    {
        var (read, diagnostics) = TextReading.Read("某县统计局2024年度部门决算\n\n四、财政拨款支出决算情况说明\n\n"
            + "2024年度财政拨款支出年初预算为150.00万元，支出决算为148.00万元，完成年初预算的98.67%。决算数小于年初预算数的主要原因是厉行节约。\n\n"
            + "1.专项统计业务（项）。年初预算为30.00万元，支出决算为25.00万元，完成年初预算的83.33%。\n\n"
            + "2.行政运行（项）。年初预算为120.00万元，支出决算为123.00万元，完成年初预算的102.50%。\n");

        Assert.Equal("150.00", At(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Equal("98.67", At(read, "/narrative/appropriation/budget/completionRate"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageZh == DisclosureMessages.FunctionalItemParagraphWithoutPlace.Zh));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>The head of an item paragraph: 款 and 项 without 类 read; a figure right after the name, a (类) first, or words
    /// with a clause break are none.</summary>
    [Theory]
    [InlineData("行政运行(项)。年初预算为1万元", true, null, "行政运行")]
    [InlineData("(2)档案事务(款)档案馆(项):年初预算", true, "档案事务", "档案馆")]
    [InlineData("①机关服务(款),年初预算", true, "机关服务", null)]
    [InlineData("行政运行(项)300.00万元", false, null, null)]
    [InlineData("一般公共服务支出(类)行政运行(项)。", false, null, null)]
    [InlineData("本年支出,其中行政运行(项)。", false, null, null)]
    public void UnclassedItemHead_ReadsOnlyANameAndItsLevel(string text, bool expected, string? section, string? item)
    {
        Assert.Equal(expected, NarrativeReader.UnclassedItemHead(text, out var s, out var i, out _));
        Assert.Equal(section, s);
        Assert.Equal(item, i);
    }

    /// <summary>
    /// D: "下降的原因：一是…；二是…", "增加的原因：…", "减少原因：…" after a change are its reason (before: FA2106 "no reason").
    /// </summary>
    [Theory]
    [InlineData("比上年减少50.00万元，下降9.09%。下降的原因：一是部分展览项目结束；二是压减一般性支出。", "一是部分展览项目结束；二是压减一般性支出。")]
    [InlineData("比上年减少50.00万元，下降9.09%，减少原因：展览项目结束。", "展览项目结束。")]
    [InlineData("比上年减少50.00万元，下降9.09%。原因：展览项目结束。", "展览项目结束。")]
    [InlineData("比上年减少50.00万元，下降9.09%。主要原因：\n一是部分展览项目结束；\n二是压减一般性支出。", "一是部分展览项目结束；二是压减一般性支出。")]
    [InlineData("比上年减少50.00万元，下降9.09%。原因如下：\n1.部分展览项目结束；\n2.压减一般性支出。", "1.部分展览项目结束；2.压减一般性支出。")]
    [InlineData("比上年减少50.00万元，下降9.09%。减少的主要原因如下：\n（1）部分展览项目结束；\n（2）压减一般性支出。",
        "（1）部分展览项目结束；（2）压减一般性支出。")]
    public void ReasonAfterAColonOrOnTheNextLines_IsTheChangesReason(string sentence, string reason)
    {
        var (read, diagnostics) = TextReading.Read(Title + "三、收入决算情况说明\n\n2025年度本年收入合计500.00万元，" + sentence
            + "\n\n四、支出决算情况说明\n\n2025年度本年支出合计480.00万元，比上年增加30.00万元，增长6.67%。增加的原因：新增非遗保护项目。\n");

        Assert.Equal(reason, At(read, "/narrative/income/total/change/reason"));
        Assert.Equal("新增非遗保护项目。", At(read, "/narrative/expenditure/total/change/reason"));
        Assert.DoesNotContain(TextReading.RuleIds(diagnostics, Severity.Warning), id => id == "FA2106");
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// D, near misses: "原因：" in the middle of a sentence with no direction before it names no reason of a change, and a marker
    /// ending its paragraph followed by the next section's heading (no numbered entry) gives nothing — the change keeps FA2106.
    /// </summary>
    [Theory]
    [InlineData("比上年减少50.00万元。存在的问题及原因：档案数字化进度偏慢。")]
    [InlineData("比上年减少50.00万元。主要原因：\n\n四、支出决算情况说明\n\n2025年度本年支出合计480.00万元。")]
    public void NoReasonWhereNoneIsGiven(string sentence)
    {
        var (read, diagnostics) = TextReading.Read(Title + "三、收入决算情况说明\n\n2025年度本年收入合计500.00万元，" + sentence + "\n");

        Assert.Null(At(read, "/narrative/income/total/change/reason"));
        Assert.Contains(TextReading.RuleIds(diagnostics, Severity.Warning), id => id == "FA2106");
    }

    /// <summary>
    /// F: one reason after both a budget comparison and a change of the same figure explains both — the budget (720 → 700,
    /// 97.22 %) and the change (+20) take "护林员补助标准调整。", so neither FA2206 nor FA2106 is raised.
    /// </summary>
    [Theory]
    [InlineData("2025年度一般公共预算财政拨款支出决算为700.00万元，年初预算为720.00万元，完成年初预算的97.22%，与上年相比增加20.00万元，增长2.94%，"
        + "主要原因是护林员补助标准调整。")]
    [InlineData("2025年度一般公共预算财政拨款支出决算为700.00万元，比上年增加20.00万元，增长2.94%，年初预算为720.00万元，完成年初预算的97.22%，"
        + "主要是护林员补助标准调整。")]
    public void OneReasonAfterABudgetAndAChange_ExplainsBoth(string paragraph)
    {
        var (read, diagnostics) = TextReading.Read(Title + "五、一般公共预算财政拨款支出决算情况说明\n\n" + paragraph + "\n");

        Assert.Equal("护林员补助标准调整。", At(read, "/narrative/generalBudget/total/change/reason"));
        Assert.Equal("护林员补助标准调整。", At(read, "/narrative/generalBudget/total/budget/reason"));
        Assert.DoesNotContain(TextReading.RuleIds(diagnostics, Severity.Warning), id => id is "FA2206" or "FA2106");
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// F, the reason that names its own: "增加的原因是…" explains the change only, and after a ';' between the two statements
    /// the reason is the change's — the budget keeps none (FA2206 stays, as the text gives no reason for 720 → 700).
    /// </summary>
    [Theory]
    [InlineData("2025年度一般公共预算财政拨款支出决算为700.00万元，年初预算为720.00万元，完成年初预算的97.22%，比上年增加20.00万元，增长2.94%，"
        + "增加的原因是护林员补助标准调整。")]
    [InlineData("2025年度一般公共预算财政拨款支出决算为700.00万元，年初预算为720.00万元，完成年初预算的97.22%；比上年增加20.00万元，增长2.94%，"
        + "主要原因是护林员补助标准调整。")]
    public void AReasonOfTheChangeOnly_StaysWithTheChange(string paragraph)
    {
        var (read, diagnostics) = TextReading.Read(Title + "五、一般公共预算财政拨款支出决算情况说明\n\n" + paragraph + "\n");

        Assert.Equal("护林员补助标准调整。", At(read, "/narrative/generalBudget/total/change/reason"));
        Assert.Null(At(read, "/narrative/generalBudget/total/budget/reason"));
        Assert.Contains(TextReading.RuleIds(diagnostics, Severity.Warning), id => id == "FA2206");
    }

    /// <summary>
    /// F: a later sentence that gives the budget its own reason keeps it — the shared reason is placed only where none was
    /// given by the end ("决算数小于预算数的主要原因是…" after the shared one).
    /// </summary>
    [Fact]
    public void ABudgetsOwnLaterReason_IsKept()
    {
        var (read, diagnostics) = TextReading.Read(Title + "六、财政拨款“三公”经费支出决算情况说明\n\n"
            + "2025年度“三公”经费财政拨款支出决算为12.00万元，年初预算为15.00万元，完成预算的80.00%，比上年减少2.00万元，下降14.29%，"
            + "主要原因是压减公务接待。决算数小于预算数的主要原因是公务用车运行费节约。\n");

        Assert.Equal("压减公务接待。", At(read, "/narrative/threePublic/total/change/reason"));
        Assert.Equal("公务用车运行费节约。", At(read, "/narrative/threePublic/total/budget/reason"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }
}
