using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The false-Error and missed families of the session 23 blind texts that blindfixa fixed, on invented texts of their own
/// (several wordings each): two equipment counts at their thresholds written without 单价 (F1), a grand total "composed of"
/// its parts (F2), a class named as in another year's catalogue (F3), a paragraph stated twice (F5), the change of a named
/// total stated in the overview before the total (M3) and short 收入情况 / 支出情况 headings (M2). Each consistent text
/// raises no Error; where the reading has a place, the figure is asserted there.
/// </summary>
public class BlindRoundTwentyThreeATests
{
    // ---- F1: 通用设备 and 专用设备 at their thresholds are two figures ----

    [Theory]
    [InlineData("单位价值50万元以上通用设备", "单位价值100万元以上专用设备")]
    [InlineData("单价50万元（含）以上通用设备", "单价100万元（含）以上专用设备")]
    [InlineData("价值50万元及以上的通用设备", "价值100万元及以上的专用设备")]
    [InlineData("单台价值50万元以上的通用设备", "单台价值100万元以上的专用设备")]
    public void TwoEquipmentKinds_AreTwoFigures(string general, string special)
    {
        // 4 and 7 are counts of two template members (schema 1.4), never one figure stated twice (before: both were the
        // 100万元 count, FA8003 "4 vs 7"), and the thresholds 50 and 100 are no values (before: 50 was the vehicles' value).
        var (read, errors) = ReadWithErrors("某区图书馆2022年度部门决算说明\n八、国有资产占用情况说明\n截至2022年12月31日，本单位共有车辆3辆，"
            + "其中：一般公务用车1辆、特种专业技术用车2辆；" + general + "4台（套），" + special + "7台（套）。\n");
        Assert.Empty(errors);
        Assert.Equal("4", At(read, "/narrative/assets/generalEquipmentCount"));
        Assert.Equal("7", At(read, "/narrative/assets/specialEquipmentCount"));
        Assert.Null(At(read, "/narrative/assets/largeEquipmentCount"));
        Assert.Null(At(read, "/narrative/assets/vehicles/value"));
        Assert.Null(At(read, "/narrative/assets/largeEquipmentValue"));
    }

    [Fact]
    public void EquipmentAtAnotherThreshold_IsANote()
    {
        // 专用设备 at 50万元 is no member of the model (the template counts 专用设备 from 100万元): a note, not the 100万元 count.
        var (read, errors) = ReadWithErrors("某镇卫生院2016年度单位决算说明\n九、国有资产占用情况说明\n截至2016年12月31日，本单位共有车辆1辆；"
            + "单位价值50万元以上专用设备2台。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, "/narrative/assets/largeEquipmentCount"));
        Assert.Null(At(read, "/narrative/assets/specialEquipmentCount"));
        Assert.Null(At(read, "/narrative/assets/vehicles/value"));
    }

    // ---- F2: 收入总计由本年收入 A 与年初结转 B 构成 ----

    [Theory]
    [InlineData("收入总计由本年收入820.00万元与上年结转结余80.00万元构成；支出总计由本年支出850.00万元与年末结转和结余50.00万元构成。")]
    [InlineData("收入总计包括本年收入合计820.00万元、年初结转和结余80.00万元；支出总计包括本年支出合计850.00万元、年末结转和结余50.00万元。")]
    [InlineData("其中，收入总计包含本年收入820.00万元和年初结转和结余80.00万元，支出总计包含本年支出850.00万元和年末结转和结余50.00万元。")]
    public void AGrandTotalComposedOfParts_PlacesEachPart(string composition)
    {
        // 820.00 + 80.00 = 900.00 = 850.00 + 50.00: the first figure after "收入总计由/包括/包含" is the year's income, not the
        // grand total 900.00 stated before it (before: FA8003 "820.00 vs 900.00").
        var (read, errors) = ReadWithErrors("某县水务局2020年度部门决算说明\n一、收入支出决算总体情况说明\n"
            + "2020年度收入总计900.00万元，支出总计900.00万元。" + composition + "\n");
        Assert.Empty(errors);
        Assert.Equal("900.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("820.00", At(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("80.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("850.00", At(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("50.00", At(read, "/narrative/overall/closingCarryOver/amount"));
    }

    [Fact]
    public void ComposedPart_TakesThePartAfterTheCompositionWord()
    {
        // Only a grand total followed at once by 由/包括/包含 names a part; any other label is as written.
        Assert.Equal("本年收入", NarrativeReader.ComposedPart("收入总计由本年收入"));
        Assert.Equal("本年支出合计", NarrativeReader.ComposedPart("支出总计包括本年支出合计"));
        Assert.Equal("收入总计", NarrativeReader.ComposedPart("收入总计"));
        Assert.Equal("由于本年收入", NarrativeReader.ComposedPart("由于本年收入"));
        Assert.Equal("收入总计由", NarrativeReader.ComposedPart("收入总计由"));
    }

    // ---- F3: a class named as in another year's catalogue, in any year ----

    [Theory]
    [InlineData("2017", "卫生健康支出", "医疗卫生与计划生育支出")]   // 210's name from 2019, two years on
    [InlineData("2016", "卫生健康支出", "医疗卫生与计划生育支出")]
    [InlineData("2022", "医疗卫生与计划生育支出", "卫生健康支出")]   // 210's name until 2018, four years before
    public void AClassOfAnotherYearsCatalogue_InTheAppropriationList_IsTheSameClass(string year, string name, string yearName)
    {
        // 500.00 + 60.00 + 40.00 = 600.00; 60.00 / 600.00 = 10.00%: the share is the renamed class's own (before: the class was
        // unplaced and its 10.00% went to 教育支出 before it, FA8003 "10.00 vs 83.33").
        var (read, errors) = ReadWithErrors("某农场" + year + "年度部门决算公开\n四、财政拨款支出情况\n"
            + "（一）一般公共预算财政拨款支出600.00万元。按功能分类：教育支出500.00万元，占83.33%；" + name + "60.00万元，占10.00%；"
            + "住房保障支出40.00万元，占6.67%。\n");
        Assert.Empty(errors);
        Assert.Equal("83.33", At(read, "/narrative/appropriation/items/0/share"));
        Assert.Equal("60.00", At(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("10.00", At(read, "/narrative/appropriation/items/1/share"));
        Assert.Equal(yearName, read.Report.Narrative!.Appropriation!.Items[1].Name);
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("another year's catalogue (210", StringComparison.Ordinal));
    }

    [Fact]
    public void AClassOfAnotherYearsCatalogue_InTheGeneralBudget_IsTheSameClass()
    {
        // As session 22's rename a year apart, now two years apart: 2016's class 210 under its own name.
        var (read, errors) = ReadWithErrors("某县民政局2016年度部门决算公开说明\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2016年度一般公共预算财政拨款支出600.00万元。其中：社会保障和就业支出480.00万元，占80.00%；"
            + "卫生健康支出72.00万元，占12.00%；住房保障支出48.00万元，占8.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("12.00", At(read, "/narrative/generalBudget/classes/1/share"));
        Assert.Equal("医疗卫生与计划生育支出", read.Report.Narrative!.GeneralBudget!.Classes[1].Name);
    }

    [Fact]
    public void AClassTheYearDoesNotHave_KeepsItsShareApart()
    {
        // 224 灾害防治及应急管理支出 exists from 2019: in a 2017 text it is no class of the year, so its amount is a note — and
        // its share 10.00% is never the share of 教育支出 before it (83.33%).
        var (read, errors) = ReadWithErrors("某农场2017年度部门决算公开\n四、财政拨款支出情况\n"
            + "（一）一般公共预算财政拨款支出600.00万元。按功能分类：教育支出500.00万元，占83.33%；灾害防治及应急管理支出60.00万元，"
            + "占10.00%；住房保障支出40.00万元，占6.67%。\n");
        Assert.DoesNotContain(errors, e => e.StartsWith("FA8003", StringComparison.Ordinal));
        Assert.Equal("83.33", At(read, "/narrative/appropriation/items/0/share"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "10.00");
    }

    // ---- F5: a paragraph stated twice is read once ----

    [Theory]
    [InlineData("八、国有资产占用情况\n截至2021年12月31日，本部门共有车辆9辆，其中：执法执勤用车6辆、特种专业技术用车3辆。\n")]
    [InlineData("五、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出300.00万元。其中：一般公共服务支出240.00万元，占80.00%；"
        + "住房保障支出60.00万元，占20.00%。\n")]
    [InlineData("四、财政拨款支出情况\n2021年度财政拨款支出300.00万元。按功能分类：教育支出270.00万元，占90.00%；"
        + "住房保障支出30.00万元，占10.00%。\n")]
    [InlineData("七、政府采购支出情况\n2021年度政府采购支出总额150.00万元，其中：政府采购货物支出50.00万元、政府采购工程支出60.00万元、"
        + "政府采购服务支出40.00万元。\n")]
    public void ARepeatedParagraph_IsReadOnce(string part)
    {
        // The heading and the paragraph twice, as a scraped page repeats a block: every list holds each entry once (before:
        // 9 vehicles against 6 + 3 + 6 + 3, FA4201 and FA4202; two of each class, FA5005 and FA1205), and one note says why.
        var once = ReadWithErrors("某市某局2021年度部门决算\n" + part);
        var (read, errors) = ReadWithErrors("某市某局2021年度部门决算\n" + part + "\n" + part);
        Assert.Empty(errors);
        Assert.Equal(once.Read.Claims.Count, read.Claims.Count);
        Assert.Equal(once.Read.Claims.Select(c => c.Pointer + "=" + c.Value), read.Claims.Select(c => c.Pointer + "=" + c.Value));
        Assert.Single(read.Notes, n => n.MessageEn.Contains("repeats an earlier one", StringComparison.Ordinal));
    }

    [Fact]
    public void ARepeatedParagraph_WithOtherLineBreaks_IsStillARepeat()
    {
        // White space does not count: the second copy broken over two lines is the same paragraph.
        var (read, errors) = ReadWithErrors("某市某局2021年度部门决算\n八、国有资产占用情况\n本部门共有车辆9辆，其中：执法执勤用车6辆、特种专业技术用车3辆。\n"
            + "八、国有资产占用情况\n本部门共有车辆9辆，其中：执法执勤用车6辆、\n特种专业技术用车3辆。\n");
        Assert.Empty(errors);
        Assert.Equal(2, read.Report.Narrative!.Assets!.Vehicles!.Categories.Count);
    }

    [Fact]
    public void AParagraphWithAnotherFigure_IsNoRepeat()
    {
        // One figure differs (10 辆 against 9): not the same statement, so it is read — the conflict is the text's own: the
        // count 10 against 9 is FA8003 at the second paragraph. (Its kinds repeat the first paragraph's categories, so since
        // precision round 23 every kind is a located note, not a category: the count is what is compared.)
        var (read, errors) = ReadWithErrors("某市某局2021年度部门决算\n八、国有资产占用情况\n本部门共有车辆9辆，其中：执法执勤用车6辆、特种专业技术用车3辆。\n"
            + "八、国有资产占用情况\n本部门共有车辆10辆，其中：执法执勤用车7辆、特种专业技术用车3辆。\n");
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("repeats an earlier one", StringComparison.Ordinal));
        Assert.Equal("FA8003", Assert.Single(errors)[..6]);
        Assert.Contains(read.Claims, c => c.Pointer == "/narrative/assets/vehicles/count" && c.Value == "9");
    }

    // ---- M3: the change of a named total stated in the overview before the total ----

    private const string OverviewOfIncome = "某县档案馆2020年度部门决算说明\n一、收入支出决算总体情况说明\n"
        + "2020年度收入总计950.00万元，支出总计950.00万元。与2019年度相比，本年收入合计";

    [Theory]
    [InlineData("二、收入决算情况说明")]
    [InlineData("二、收入情况")]
    public void AChangeOfTheYearsIncome_IsPlacedOnceTheIncomeIsStated(string heading)
    {
        // 1000.00 − 900.00 = 100.00, 100.00 / 1000.00 = 10.00%: the change is the year's income's, stated later (before: three
        // notes, the change and its reason lost).
        var (read, errors) = ReadWithErrors(OverviewOfIncome + "减少100.00万元，下降10.00%，主要原因是项目资金减少。\n" + heading + "\n"
            + "本年收入合计900.00万元，其中：财政拨款收入810.00万元，占90.00%；其他收入90.00万元，占10.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("100.00", At(read, "/narrative/income/total/change/amount"));
        Assert.Equal("10.00", At(read, "/narrative/income/total/change/rate"));
        Assert.Equal("项目资金减少。", read.Report.Narrative!.Income!.Total!.Change!.Reason);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("whose amount is not stated", StringComparison.Ordinal));
    }

    [Fact]
    public void AChangeOfTheYearsExpenditure_IsPlacedOnceTheExpenditureIsStated()
    {
        // 860.00 − 800.00 = 60.00, 60.00 / 800.00 = 7.50%; 600.00 / 860.00 = 69.77%, 260.00 / 860.00 = 30.23%.
        var (read, errors) = ReadWithErrors("某县档案馆2020年度部门决算说明\n一、收入支出决算总体情况说明\n"
            + "2020年度收入总计950.00万元，支出总计950.00万元，与2019年度相比，本年支出合计增加60.00万元，增长7.50%，"
            + "主要原因是新增档案数字化项目。\n三、支出决算情况说明\n"
            + "本年支出合计860.00万元，其中：基本支出600.00万元，占69.77%；项目支出260.00万元，占30.23%。\n");
        Assert.Empty(errors);
        Assert.Equal("60.00", At(read, "/narrative/expenditure/total/change/amount"));
        Assert.Equal("7.50", At(read, "/narrative/expenditure/total/change/rate"));
    }

    [Fact]
    public void AChangeOfTheYearsIncome_DecreasedYetGrowing_IsFA2103()
    {
        // "减少 100.00 万元，增长 10.00%": the amount and the rate go opposite ways — FA2103 says so once the change is placed.
        var (_, errors) = ReadWithErrors(OverviewOfIncome + "减少100.00万元，增长10.00%，主要原因是项目资金减少。\n二、收入情况\n"
            + "本年收入合计900.00万元，其中：财政拨款收入810.00万元，占90.00%；其他收入90.00万元，占10.00%。\n");
        Assert.Single(errors);
        Assert.StartsWith("FA2103", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeOfTheYearsIncome_StatedInTheNextParagraph_IsCheckedThere()
    {
        // 2150.40 − 210.30 = 1940.10 and 210.30 / 1940.10 = 10.84%: the written 11.20% is wrong, and FA2104 says so on the
        // year's income stated in the next paragraph (before: the change was a note, the slip unseen).
        var (read, errors) = ReadWithErrors("某县某局2023年度部门决算说明\n一、收入支出决算总体情况说明\n收入总计2150.40万元。与上年相比，"
            + "本年收入合计增加210.30万元，增长11.20%。\n本年收入合计2150.40万元。\n");
        Assert.Equal("210.30", At(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Single(errors);
        Assert.StartsWith("FA2104", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeOfAnIncomeNeverStated_StaysANote()
    {
        // No 本年收入合计 anywhere: nothing to hold the change, so it stays the located notes it was.
        var (read, errors) = ReadWithErrors(OverviewOfIncome + "减少100.00万元，下降10.00%，主要原因是项目资金减少。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, "/narrative/income/total/change/amount"));
        Assert.Null(At(read, "/narrative/overall/incomeGrandTotal/change/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("whose amount is not stated", StringComparison.Ordinal)));
    }

    // ---- M2: short headings of the income and the expenditure ----

    private const string ShortOverview = "某农场2017年度部门决算公开\n一、收支总体情况\n2017年度收入总计1000.00万元，支出总计1000.00万元。\n";

    [Theory]
    [InlineData("二、收入情况", "三、支出情况")]
    [InlineData("二、收入情况说明", "三、支出情况说明")]
    [InlineData("二、收入说明", "三、支出说明")]
    public void ShortHeadings_EnterTheIncomeAndTheExpenditure(string income, string expenditure)
    {
        // 700.00 / 800.00 = 87.50%, 100.00 / 800.00 = 12.50%: the shares are checked against the income's total, as under
        // "收入决算情况说明" (before: the total was the overview's only and no share was checked).
        var (read, errors) = ReadWithErrors(ShortOverview + income + "\n本年收入合计800.00万元，其中：财政拨款收入700.00万元，占87.50%；"
            + "其他收入100.00万元，占12.50%。\n" + expenditure + "\n本年支出合计900.00万元，其中：基本支出600.00万元，占66.67%；"
            + "项目支出300.00万元，占33.33%。\n");
        Assert.Empty(errors);
        Assert.Equal("800.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("900.00", At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("66.67", At(read, "/narrative/expenditure/basic/share"));
    }

    [Fact]
    public void ShortHeadings_AWrongShare_IsFA2001()
    {
        // 100.00 / 800.00 = 12.50%, written 21.50%: found as under the long heading.
        var (_, errors) = ReadWithErrors(ShortOverview + "二、收入情况\n本年收入合计800.00万元，其中：财政拨款收入700.00万元，占87.50%；"
            + "其他收入100.00万元，占21.50%。\n");
        Assert.Contains(errors, e => e.StartsWith("FA2001", StringComparison.Ordinal));
    }
}
