using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The false-Error families of the session 22 blind texts, on invented texts of their own (several wordings each): a
/// project's 绩效 line (r01), 类 restated in （三）具体情况 (r02), 三公 items written "N.项目：金额" (r03), a 类 named as in another
/// year's catalogue (r04), a change without a subject after an item list (r05), an emergency vehicle kind beside 其他用车
/// (r06) and vehicles stated apart from the count (r08). Each consistent text raises no Error; where the reading has a
/// place, the figure is asserted there.
/// </summary>
public class BlindRoundTwentyTwoATests
{
    // ---- r01: a project's 绩效 line is that project's, never the department's totals ----

    [Theory]
    [InlineData("年度预算", "执行")]
    [InlineData("全年预算数", "实际执行")]
    [InlineData("预算", "实际支出")]
    public void AProjectLine_IsThatProjectsEvaluation(string budgetWord, string executedWord)
    {
        // 300.00 + 200.00 = 500.00 and 282.00 + 188.00 = 470.00: the lines are the two projects the total covers; each
        // rate is executed / budget (282.00 / 300.00 = 94.00%, 188.00 / 200.00 = 94.00%). 5.6 万亩 is a quantity.
        var (read, errors) = ReadWithErrors("某县农业技术推广中心2021年度部门决算说明\n六、预算绩效管理情况\n"
            + "2021年度本中心对全部2个项目开展了绩效自评，涉及项目预算500.00万元，实际执行470.00万元，执行率94.00%。\n"
            + "1.耕地质量提升项目：" + budgetWord + "300.00万元，" + executedWord + "282.00万元，执行率94.00%；完成土壤改良5.6万亩，"
            + "自评得分91分，评价等级为优。\n"
            + "2.农技服务体系建设项目：" + budgetWord + "200.00万元，" + executedWord + "188.00万元，执行率94.00%；培训农民1200人次，"
            + "自评得分85分，等级良。\n");
        Assert.Empty(errors);
        Assert.Equal("500.00", At(read, "/performance/projectBudget"));
        Assert.Equal("470.00", At(read, "/performance/projectExecuted"));
        Assert.Equal("282.00", At(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Equal("188.00", At(read, "/performance/evaluations/1/funds/0/executed"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "5.6");
    }

    [Fact]
    public void AProjectLine_WithItsBudgetOnly_IsANote()
    {
        // One fund figure is no fund line: the 260.00 is the project's, noted, and the department's 500.00 stays.
        var (read, errors) = ReadWithErrors("某县农业技术推广中心2021年度部门决算说明\n六、预算绩效管理情况\n"
            + "2021年度本中心对全部2个项目开展了绩效自评，涉及项目预算500.00万元。\n"
            + "1.耕地质量提升项目：年度预算260.00万元；完成土壤改良5.6万亩，自评得分91分。\n");
        Assert.Empty(errors);
        Assert.Equal("500.00", At(read, "/performance/projectBudget"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "260.00");
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("one project's performance line", StringComparison.Ordinal));
    }

    // ---- r02: a 类 restated in （三）具体情况 is the same class ----

    private const string ClassesStated = "某市档案馆2020年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n"
        + "2020年度一般公共预算财政拨款支出600.00万元。\n（二）结构情况\n"
        + "一般公共服务支出450.00万元，占75.00%；社会保障和就业支出90.00万元，占15.00%；住房保障支出60.00万元，占10.00%。\n"
        + "（三）具体情况\n";

    [Theory]
    [InlineData("社会保障和就业支出90.00万元，主要用于养老保险缴费。住房保障支出60.00万元，为住房公积金。")]
    [InlineData("一般公共服务支出450.00万元，主要用于机关运转。社会保障和就业支出90.00万元，主要用于职业年金缴费。")]
    [InlineData("一般公共服务支出（类）档案事务（款）行政运行（项）与档案馆（项）合计450.00万元，主要用于档案保管。"
        + "住房保障支出60.00万元，为提租补贴。")]
    public void ARestatedClass_IsTheSameClass(string detail)
    {
        // 450.00 + 90.00 + 60.00 = 600.00: three classes, each listed once (no FA5005, no FA1205).
        var (read, errors) = ReadWithErrors(ClassesStated + detail + "\n");
        Assert.Empty(errors);
        Assert.Equal("60.00", At(read, "/narrative/generalBudget/classes/2/amount"));
        Assert.Null(At(read, "/narrative/generalBudget/classes/3/amount"));
        Assert.Null(At(read, "/narrative/generalBudget/items/0/name"));
    }

    [Fact]
    public void ARestatedClass_WithAnotherAmount_IsANote()
    {
        // 95.00 is not the 90.00 read: the first is kept (the three classes still add up), the second is a note.
        var (read, errors) = ReadWithErrors(ClassesStated + "社会保障和就业支出95.00万元，主要用于养老保险缴费。\n");
        Assert.Empty(errors);
        Assert.Equal("90.00", At(read, "/narrative/generalBudget/classes/1/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "95.00");
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("restated with an amount other", StringComparison.Ordinal));
    }

    // ---- r04: a class named as in another year's catalogue ----

    [Theory]
    [InlineData("2018", "卫生健康支出", "医疗卫生与计划生育支出")]   // 210's name from 2019: a 2018 决算 published in 2019
    [InlineData("2019", "医疗卫生与计划生育支出", "卫生健康支出")]   // 210's name until 2018, written a year on
    public void AClassRenamedAYearApart_IsTheSameClass(string year, string name, string yearName)
    {
        // The class is 210 under the year's own name, its share 12.00% its own (72.00 / 600.00); 480.00 + 72.00 + 48.00 =
        // 600.00 (before, the class was dropped: FA1205, and its share went to the class before it: FA8003).
        var (read, errors) = ReadWithErrors("某县民政局" + year + "年度部门决算公开说明\n五、一般公共预算财政拨款支出决算情况说明\n"
            + year + "年度一般公共预算财政拨款支出600.00万元。其中：社会保障和就业支出480.00万元，占80.00%；"
            + name + "72.00万元，占12.00%；住房保障支出48.00万元，占8.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/classes/0/share"));
        Assert.Equal("72.00", At(read, "/narrative/generalBudget/classes/1/amount"));
        Assert.Equal("12.00", At(read, "/narrative/generalBudget/classes/1/share"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("another year's catalogue (210", StringComparison.Ordinal));
        Assert.Equal(yearName, read.Report.Narrative!.GeneralBudget!.Classes[1].Name);
    }

    // ---- r03: 三公 items written "N.项目：金额" ----

    [Theory]
    [InlineData("较上年减少0.50万元，下降20.00%")]
    [InlineData("比上年减少0.50万元，下降20.00%")]
    [InlineData("与上年相比减少0.50万元，下降20.00%")]
    public void AColonItem_KeepsItsShareAndChange(string change)
    {
        // 3.00 + 2.00 = 5.00; 2.00 / 5.00 = 40.00%; 2.50 − 0.50 = 2.00 and 0.50 / 2.50 = 20.00%; the total 6.50 − 1.50 = 5.00,
        // 1.50 / 6.50 = 23.08%. 因公出国 0 is level with the prior year: said of that item, not of the total.
        var (read, errors) = ReadWithErrors("某区文化馆2022年度部门决算说明\n五、“三公”经费支出情况\n（一）总体情况\n"
            + "2022年度“三公”经费支出5.00万元，较上年6.50万元减少1.50万元，下降23.08%。\n（二）具体情况\n"
            + "1.因公出国（境）费：0万元，全年未安排出国团组，与上年持平。\n"
            + "2.公务用车购置及运行维护费：3.00万元，占“三公”经费的60.00%，较上年减少1.00万元，下降25.00%。\n"
            + "3.公务接待费：2.00万元，占“三公”经费的40.00%，" + change + "。\n");
        Assert.Empty(errors);
        Assert.Equal("40.00", At(read, "/narrative/threePublic/reception/share"));
        Assert.Equal("20.00", At(read, "/narrative/threePublic/reception/change/rate"));
        Assert.Equal("0.50", At(read, "/narrative/threePublic/reception/change/amount"));
        Assert.Equal("23.08", At(read, "/narrative/threePublic/total/change/rate"));
        Assert.Null(At(read, "/narrative/threePublic/vehicleOperation/share"));
    }

    // ---- r05: a change without a subject after an item list ----

    private const string ItemList = "某镇人民政府2021年度部门决算公开说明\n五、“三公”经费情况\n"
        + "2021年度“三公”经费支出12.00万元，其中公务用车运行维护费8.00万元，公务接待费4.00万元，无因公出国（境）费。";

    [Theory]
    [InlineData("与上年15.00万元相比下降20.00%", "rate", "20.00")]   // 12.00 / 15.00 − 1 = −20.00%: the total's
    [InlineData("较上年减少3.00万元，下降20.00%", "amount", "3.00")]   // 12.00 + 3.00 = 15.00; 3.00 / 15.00 = 20.00%
    [InlineData("比上年15.00万元减少3.00万元", "amount", "3.00")]      // 15.00 − 12.00 = 3.00
    public void AChangeThatFitsTheTotal_IsTheTotals(string change, string member, string value)
    {
        var (read, errors) = ReadWithErrors(ItemList + change + "，主要是公务接待减少。\n");
        Assert.Empty(errors);
        Assert.Equal(value, At(read, "/narrative/threePublic/total/change/" + member));
        Assert.Null(At(read, "/narrative/threePublic/reception/change/" + member));
    }

    [Fact]
    public void AChangeThatFitsTheLastItem_StaysTheItems()
    {
        // 4.00 / 5.00 − 1 = −20.00%: the reception's, not the total's (12.00 / 5.00 would be an increase).
        var (read, errors) = ReadWithErrors(ItemList + "与上年5.00万元相比下降20.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("20.00", At(read, "/narrative/threePublic/reception/change/rate"));
        Assert.Null(At(read, "/narrative/threePublic/total/change/rate"));
    }

    [Fact]
    public void AChangeThatFitsNeither_IsANote()
    {
        // 12.00 / 15.00 − 1 = −20.00% and 4.00 / 15.00 − 1 = −73.33%: 35.00% fits neither, so it is not placed.
        var (read, errors) = ReadWithErrors(ItemList + "与上年15.00万元相比下降35.00%。\n");
        Assert.Empty(errors);
        Assert.DoesNotContain(read.Claims, c => c.Value == "35.00");
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("fit neither the list's total", StringComparison.Ordinal));
    }

    // ---- r06 and r08: vehicle kinds and vehicles apart from the count ----

    [Theory]
    [InlineData("防汛应急用车")]
    [InlineData("森林防火应急用车")]
    [InlineData("应急抢险用车")]
    public void AnEmergencyKind_BesideOtherVehicles_AddsUp(string kind)
    {
        // 3 = 2 + 1: the emergency kind is 应急保障用车 under its own name, 其他用车 the "other" category.
        var (read, errors) = ReadWithErrors("某县水利局2016年度部门决算公开\n九、国有资产占用情况\n截至2016年12月31日，本部门共有车辆3辆，其中"
            + kind + "2辆，其他用车1辆。\n");
        Assert.Empty(errors);
        Assert.Equal("3", At(read, "/narrative/assets/vehicles/count"));
        Assert.Equal("2", At(read, "/narrative/assets/vehicles/categories/0/count"));
        Assert.Equal("1", At(read, "/narrative/assets/vehicles/categories/1/count"));
    }

    [Theory]
    [InlineData("另有已封存待处置车辆1辆")]
    [InlineData("另有待报废车辆1辆")]
    [InlineData("另外已封存车辆1辆")]
    public void VehiclesApart_AreNotTheCount(string apart)
    {
        // 2 is the count (2 其他用车); the one vehicle stated apart is outside it — a note, not a second count.
        var (read, errors) = ReadWithErrors("某省地方志办公室2020年度部门决算\n七、国有资产占用情况\n截至2020年12月31日，本部门共有车辆2辆"
            + "（其他用车2辆），" + apart + "，车辆账面价值合计68.40万元。\n");
        Assert.Empty(errors);
        Assert.Equal("2", At(read, "/narrative/assets/vehicles/count"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("outside the vehicle count", StringComparison.Ordinal));
    }

    // ---- FitsChange: the arithmetic of family r05 ----

    [Theory]
    [InlineData("8.92", "10.36", null, "13.90", -1, true)]    // 1.44 / 10.36 = 13.8996%
    [InlineData("2.52", "10.36", null, "13.90", -1, false)]   // 7.84 / 10.36 = 75.68%
    [InlineData("12.00", null, "3.00", "20.00", -1, true)]    // prior 15.00; 3.00 / 15.00 = 20%
    [InlineData("12.00", "15.00", null, "20.00", 1, false)]   // a decrease said to be an increase
    [InlineData("12.00", "15.00", "2.00", null, -1, false)]   // 15.00 − 12.00 = 3.00, not 2.00
    public void FitsChange_ChecksEveryStatedFigure(string current, string? prior, string? change, string? rate, int direction,
        bool fits)
    {
        static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        NumberToken? r = rate is null ? null : Assert.Single(Scanner.Numbers(rate + "%"));
        Assert.Equal(fits, NarrativeReader.FitsChange(D(current), D(prior), D(change), r, direction));
    }
}
