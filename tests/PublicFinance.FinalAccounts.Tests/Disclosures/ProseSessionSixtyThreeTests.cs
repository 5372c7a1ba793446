using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 63 (prose63; our own invented 航道养护所, 残疾人联合会, 森林公园管理站, 园林绿化管理所, 气象站 and 水库管理站 texts):
/// 项 lines "name（code）：amount，比上年决算增加…" under the all-funds 支出决算情况 are the items' notes, never the 项目支出's change;
/// an unplaced amount right after a colon ends an earlier sentence's subject; a numbered sub-heading closed by a colon
/// ("4、财政拨款支出决算情况:2021年度…") enters its section; numbered 项 lines without a code ("2.事业单位离退休支出286.10万元，…")
/// are the catalogue's only 项 of that name; a bare 支出 after the 三公 budget is its final; a bare 上年 clause followed by a
/// clause of counts is the 三公 item's prior year.
/// </summary>
public sealed class ProseSessionSixtyThreeTests
{
    private const string GeneralBudget = "/narrative/generalBudget/";
    private const string Appropriation = "/narrative/appropriation/";
    private const string ThreePublic = "/narrative/threePublic/";
    private const string NoListNote = "a part of the report that has no list for it";

    /// <summary>An invented 航道养护所 text: all-funds 项 lines "name（code）：amount，…" after "按支出功能分类科目分：".</summary>
    internal static string ColonCodedLinesText(string firstRate = "3.15")
        => "宜州市航道养护所\n2024年度单位决算说明\n"
            + "二、　收入支出决算总体情况。\n"
            + "2024年度本年收入合计1 642.30万元，比上年决算增加58.20万元，增长3.67%；本年支出合计1 650.10万元，比上年决算增加"
            + "61.40万元，增长3.86%，主要是航道疏浚工程量增加。\n"
            + "四、　支出决算情况。\n"
            + "本年支出合计1 650.10万元，其中：基本支出1 021.60万元，占61.91%；项目支出628.50万元，占38.09%。按支出功能分类科目分：\n"
            + $"事业运行（2140150）：1 021.60万元，比上年决算增加31.20万元，增长{firstRate}%，因人员正常晋级；\n"
            + "航道维护（2140112）：628.50万元，比上年决算增加30.20万元，增长5.05%，系航道疏浚工程量增加。\n";

    /// <summary>The 项 lines have no list under 支出决算情况: notes; their changes are never the 项目支出's.</summary>
    [Fact]
    public void ColonCodedLines_InAllFundsExpenditure_AreNotes()
    {
        var (read, diagnostics) = Read(ColonCodedLinesText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("628.50", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));   // before: 31.20 and 3.15% (a false FA2104)
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/change"));
        Assert.True(Noted(read, NoListNote));
    }

    /// <summary>A wrong rate on a 项 line under 支出决算情况 raises no Error of another figure (the line is not read).</summary>
    [Fact]
    public void ColonCodedLines_WrongItemRate_RaisesNoErrorElsewhere()
    {
        var (read, diagnostics) = Read(ColonCodedLinesText("9.15"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
    }

    /// <summary>
    /// Near miss of the guard: a line "name：amount，比上年增加…" with no code that the reader cannot place — its change is not
    /// the 项目支出's of the sentence before (the amount right after the colon had no words of its own).
    /// </summary>
    [Fact]
    public void UnlabelledAmountAfterColon_EndsTheEarlierSubject()
    {
        var text = "宜州市航道养护所\n2024年度单位决算说明\n"
            + "四、支出决算情况。\n"
            + "本年支出合计1650.10万元，其中：基本支出1021.60万元，占61.91%；项目支出628.50万元，占38.09%。按用途分：\n"
            + "航道疏浚专项：300.00万元，比上年增加30.20万元，增长11.19%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("628.50", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
    }

    /// <summary>An invented 残疾人联合会 text with half-width punctuation and "N、…情况:" sub-headings run into their text.</summary>
    internal static string ColonHeadingText(string heading = "4、财政拨款支出决算情况:")
        => "泉山区残疾人联合会2021年度部门决算说明\n\n"
            + "一、部门决算情况说明\n"
            + "1、收入支出决算总体情况:2021年度收入总计318.52万元,支出总计318.52万元。\n"
            + "2、收入决算情况:本年收入合计318.52万元,其中:财政拨款收入316.20万元,占99.27%;其他收入2.32万元,占0.73%。\n"
            + "3、支出决算情况:本年支出合计318.52万元,其中:基本支出210.40万元,占66.05%;项目支出108.12万元,占33.95%。\n"
            + heading + "2021年度财政拨款支出316.20万元,较上年增加10.60万元,增长3.47%。具体为:\n"
            + "(1)行政运行(2081101)196.30万元,主要用于在职人员工资福利。\n"
            + "(2)残疾人康复(2081104)98.40万元,主要用于辅具适配。\n"
            + "(3)住房公积金(2210201)21.50万元,为在职人员住房公积金单位缴存。\n";

    /// <summary>"4、财政拨款支出决算情况:2021年度…": the 财政拨款 statement's total, change and its 项 lines in half-width brackets.</summary>
    [Fact]
    public void ArabicHeadingClosedByColon_EntersTheAppropriation()
    {
        var (read, diagnostics) = Read(ColonHeadingText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("316.20", JsonAt(read, Appropriation + "currentYearExpenditure/amount"));
        Assert.Equal("10.60", JsonAt(read, Appropriation + "change/amount"));
        Assert.Equal("3.47", JsonAt(read, Appropriation + "change/rate"));
        Assert.Equal("2081101", JsonAt(read, Appropriation + "items/0/code"));
        Assert.Equal("196.30", JsonAt(read, Appropriation + "items/0/amount"));
        Assert.Equal("21.50", JsonAt(read, Appropriation + "items/2/amount"));
        Assert.Equal("318.52", JsonAt(read, "/narrative/expenditure/total/amount"));   // the all-funds figure stays the expenditure's
        Assert.Equal("108.12", JsonAt(read, "/narrative/expenditure/project/amount"));
    }

    /// <summary>Near miss: a colon heading whose words do not end in 情况 ("4、财政拨款支出:") is not entered; its items stay notes.</summary>
    [Fact]
    public void ColonHeadingWithoutSituationWord_IsNotEntered()
    {
        var (read, diagnostics) = Read(ColonHeadingText("4、财政拨款支出:"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Appropriation + "items/0/amount"));
    }

    /// <summary>An invented 森林公园管理站 paragraph: "name（code）支出X万元，比上年增加…" lines after 按支出功能分类科目分.</summary>
    internal static string SpentAfterCodeText(string heading, string totalSentence)
        => "某县森林公园管理站2016年度单位决算说明\n"
            + heading + "\n"
            + totalSentence + "按支出功能分类科目分，林业事业机构（2130204）支出206.10万元，比上年增加9.30万元，增长4.73%；"
            + "事业单位医疗（2101102）支出8.60万元，与上年持平；住房公积金（2210201）支出103.70万元，比上年增加2.90万元，增长2.88%。\n";

    /// <summary>Under the 一般公共预算 heading the lines are the section's 项, each with its change.</summary>
    [Fact]
    public void SpentAfterCode_InTheGeneralBudget_AreItsItems()
    {
        var (read, diagnostics) = Read(SpentAfterCodeText("三、一般公共预算财政拨款支出决算情况",
            "2016年度一般公共预算财政拨款支出318.40万元，比上年增加12.20万元，增长3.98%。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130204", JsonAt(read, GeneralBudget + "items/0/code"));
        Assert.Equal("206.10", JsonAt(read, GeneralBudget + "items/0/amount"));
        Assert.Equal("9.30", JsonAt(read, GeneralBudget + "items/0/change/amount"));
        Assert.Equal("4.73", JsonAt(read, GeneralBudget + "items/0/change/rate"));
        Assert.Equal("2.88", JsonAt(read, GeneralBudget + "items/2/change/rate"));
    }

    /// <summary>
    /// Near miss: the same lines under 支出决算情况 (all funds: the model has no list of its functional items) stay notes, and
    /// their changes are not the total's.
    /// </summary>
    [Fact]
    public void SpentAfterCode_InAllFundsExpenditure_StaysANote()
    {
        var (read, diagnostics) = Read(SpentAfterCodeText("二、支出决算情况",
            "2016年度本年支出合计318.40万元，比上年增加12.20万元，增长3.98%，主要是人员增加。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("318.40", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("12.20", JsonAt(read, "/narrative/expenditure/total/change/amount"));
        Assert.Null(JsonAt(read, GeneralBudget + "items/0/amount"));
        Assert.True(Noted(read, NoListNote));
    }

    /// <summary>An invented 园林绿化管理所 text: numbered 项 lines "N.名称支出X万元，比2014年增加…" without a code.</summary>
    internal static string NumberedSpendingText(string firstName = "城市绿化", string retiredRate = "4.53")
        => "某市园林绿化管理所2015年度单位决算说明\n"
            + "三、公共财政预算财政拨款支出决算情况\n"
            + "2015年度公共财政预算财政拨款支出3120.40万元，比2014年增加152.30万元，增幅5.13%，主要是新增绿地养护面积。\n"
            + $"1.{firstName}支出2640.20万元，比2014年增加130.10万元，增幅5.18%，主要原因是新增绿地养护面积。\n"
            + $"2.事业单位离退休支出286.10万元，比2014年增加12.40万元，增幅{retiredRate}%，主要原因是离退休人员增加。\n"
            + "3.事业单位医疗支出72.30万元，与上年持平。\n"
            + "4.住房公积金支出121.80万元，比2014年增加9.80万元，增幅8.75%，主要原因是缴存基数调整。\n";

    /// <summary>A name the catalogue gives only to one 项 is that 项, with its change; an unknown name stays a note.</summary>
    [Fact]
    public void NumberedSpendingLines_AreTheCataloguesItems()
    {
        var (read, diagnostics) = Read(NumberedSpendingText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2080502", JsonAt(read, GeneralBudget + "items/0/code"));
        Assert.Equal("286.10", JsonAt(read, GeneralBudget + "items/0/amount"));
        Assert.Equal("12.40", JsonAt(read, GeneralBudget + "items/0/change/amount"));
        Assert.Equal("4.53", JsonAt(read, GeneralBudget + "items/0/change/rate"));
        Assert.Equal("2101102", JsonAt(read, GeneralBudget + "items/1/code"));
        Assert.Equal("72.30", JsonAt(read, GeneralBudget + "items/1/amount"));
        Assert.Equal("2210201", JsonAt(read, GeneralBudget + "items/2/code"));
        Assert.Equal("9.80", JsonAt(read, GeneralBudget + "items/2/change/amount"));
        Assert.Null(JsonAt(read, GeneralBudget + "items/3"));   // 城市绿化: no catalogue name
    }

    /// <summary>A planted 项 rate (5.43 for 4.53) is exactly one Error, FA2104 on that item.</summary>
    [Fact]
    public void NumberedSpendingLines_PlantedRate_IsOneError()
    {
        var (_, diagnostics) = Read(NumberedSpendingText(retiredRate: "5.43"));
        Assert.Equal(["FA2104 " + GeneralBudget + "items/0/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a name the catalogue gives a 款 and a 项 alike (城乡社区环境卫生) is not guessed: a note, no item.</summary>
    [Fact]
    public void NumberedSpendingLine_SectionAndItemName_StaysANote()
    {
        var (read, diagnostics) = Read(NumberedSpendingText("城乡社区环境卫生"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2080502", JsonAt(read, GeneralBudget + "items/0/code"));
        Assert.Null(JsonAt(read, GeneralBudget + "items/3"));
    }

    /// <summary>An invented 气象站 三公 sentence: "预算 A 万元，支出 B 万元，完成预算的 C%".</summary>
    internal static string ThreePublicBudgetText(string completion = "85.00")
        => "某县气象站2022年度单位决算说明\n"
            + "（三）“三公”经费支出情况说明\n"
            + $"2022年度“三公”经费预算12.00万元，支出10.20万元，完成预算的{completion}%，主要是压减公务接待。其中：因公出国（境）费0万元；"
            + "公务用车运行维护费9.60万元；公务接待费0.60万元，接待3批次15人次。\n";

    /// <summary>The bare 支出 after the 三公 budget is the budget's final and the total's amount.</summary>
    [Fact]
    public void ThreePublicBareSpending_IsTheBudgetsFinal()
    {
        var (read, diagnostics) = Read(ThreePublicBudgetText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("10.20", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("12.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("10.20", JsonAt(read, ThreePublic + "total/budget/finalAmount"));
        Assert.Equal("85.00", JsonAt(read, ThreePublic + "total/budget/completionRate"));
    }

    /// <summary>A planted completion rate (58.00 for 85.00) is exactly one Error, FA2201 on it.</summary>
    [Fact]
    public void ThreePublicBareSpending_PlantedCompletion_IsOneError()
    {
        var (_, diagnostics) = Read(ThreePublicBudgetText("58.00"));
        Assert.Equal(["FA2201 " + ThreePublic + "total/budget/completionRate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: "预算 A 万元，其中基本支出 B 万元" — a labelled part is no final of the 三公 budget.</summary>
    [Fact]
    public void ThreePublicBudget_NamedPart_IsNoFinal()
    {
        var text = "某县气象站2022年度单位决算说明\n"
            + "（三）“三公”经费支出情况说明\n"
            + "2022年度“三公”经费预算12.00万元，其中公务用车支出9.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "total/budget/finalAmount"));
    }

    /// <summary>An invented 水库管理站 三公 sentence: each item's "上年 X 万元" followed by a clause of counts.</summary>
    internal static string PriorThenCountsText(string vehicleAfterPrior = "年末公务用车保有量2辆")
        => "某县水库管理站2020年度单位决算说明\n"
            + "五、“三公”经费支出情况。\n"
            + "2020年度“三公”经费支出7.00万元，比上年决算减少1.20万元，下降14.63%，主要是压减公务接待。因公出国（境）费0万元；"
            + $"公务用车运行维护费6.20万元，上年7.10万元，{vehicleAfterPrior}；公务接待费0.80万元，上年1.10万元，接待4批次20人次。\n";

    /// <summary>"公务用车运行维护费6.20万元，上年7.10万元，年末公务用车保有量2辆": 7.10 is the item's prior year.</summary>
    [Fact]
    public void BarePriorBeforeCounts_IsTheItemsPriorYear()
    {
        var (read, diagnostics) = Read(PriorThenCountsText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("6.20", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("7.10", JsonAt(read, ThreePublic + "vehicleOperation/priorYearAmount"));
        Assert.Equal("1.10", JsonAt(read, ThreePublic + "reception/priorYearAmount"));
        Assert.Equal("2", JsonAt(read, ThreePublic + "vehiclesHeld"));
    }

    /// <summary>Near miss: an amount in the clause after the prior ("…，上年7.10万元，其中燃油费2.00万元") — not taken as closing it.</summary>
    [Fact]
    public void BarePriorBeforeAnAmount_IsNotTaken()
    {
        var (read, diagnostics) = Read(PriorThenCountsText("其中燃油费2.00万元"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/priorYearAmount"));
        Assert.Equal("1.10", JsonAt(read, ThreePublic + "reception/priorYearAmount"));
    }
}
