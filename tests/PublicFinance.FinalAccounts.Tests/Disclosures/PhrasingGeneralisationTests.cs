using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The phrasing and layout families found by the session 16 generalisation corpus (<c>TestData/generalisation</c>), each
/// with sentences of its own in several wordings: unnumbered headings (and 1. 2. ones), functional classes in the 支出决算
/// section, a share of another base, reception counts after a reason, a reason ending at the next 三公 item, 执行率 as
/// the completion rate, "与上年相比" between the grand totals and their change, the changes of income and expenditure in the overview,
/// subjects under 其他(重要)事项 and 基本情况, and a figure the field cannot hold taking nothing after it. Each text is
/// consistent, so no Error may be raised on it.
/// </summary>
public class PhrasingGeneralisationTests
{
    /// <summary>
    /// Reads <paramref name="text"/> and asserts the value claimed at each pointer (null: nothing claimed there) and that
    /// no Error is raised.
    /// </summary>
    private static DisclosureReadResult Expect(string text, params (string Pointer, string? Value)[] expected)
    {
        var (read, errors) = ReadWithErrors(text);
        foreach (var (pointer, value) in expected)
        {
            Assert.True(value == At(read, pointer), $"{pointer}: expected {value ?? "nothing"}, read {At(read, pointer) ?? "nothing"}");
        }

        Assert.Empty(errors);
        return read;
    }

    [Theory]
    [InlineData("收入决算情况说明。")]
    [InlineData("收入决算情况")]
    [InlineData("部门收入决算情况说明")]
    [InlineData("2.收入决算情况")]
    [InlineData("2、收入决算情况说明")]
    public void AnUnnumberedHeading_SwitchesTheSection(string heading)
    {
        Expect(
            "某镇2021年度部门决算\n收支总计情况。\n2021年度收入总计300.00万元。\n" + heading + "\n" +
            "2021年度本年收入280.00万元，其中财政拨款收入250.00万元，占本年收入的89.29%；其他收入30.00万元，占本年收入的10.71%。\n",
            ("/narrative/income/fiscalAppropriation/amount", "250.00"),
            ("/narrative/income/otherIncome/share", "10.71"));
    }

    [Theory]
    [InlineData("机关运行经费情况", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount")]
    [InlineData("机关运行经费支出情况说明。", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount")]
    [InlineData("政府采购情况", "/narrative/procurement/total/amount")]
    public void AnUnnumberedHeadingAfterATable_EndsTheTablesSection(string heading, string pointer)
    {
        // A table title ("…决算表") enters the skipped tables section; the heading after the table leaves it.
        var (read, _) = ReadWithErrors(
            "某街道2024年度“三公”经费支出决算表\n单位:万元\n项目\t决算数\t上年\n合计\t1.00\t2.00\n" + heading + "\n" +
            "2024年度" + (pointer.Contains("procurement") ? "政府采购支出总额" : "机关运行经费支出") + "64.18万元。\n");
        Assert.Equal("64.18", At(read, pointer));
    }

    /// <summary>
    /// Lines that end like an unnumbered heading but are not one: a clause mark, a digit, no section subject, the tail of a
    /// sentence broken across lines, or a statement that there is none (which the narrative records as an empty statement).
    /// </summary>
    [Theory]
    [InlineData("主要用于保障机构运转的支出情况，")]
    [InlineData("本年度无变动的情况")]
    [InlineData("的政府采购支出情况。")]
    [InlineData("及机关运行经费情况")]
    [InlineData("本年度无政府性基金预算财政拨款收支情况。")]
    [InlineData("本部门没有国有资本经营预算财政拨款支出情况")]
    [InlineData("本单位未发生“三公”经费支出情况。")]
    public void ALineThatIsNoHeading_StaysProse(string line)
        => Assert.Equal(BlockKind.Prose, BlockClassifier.Classify(line, 0, line.Length, out _));

    /// <summary>A short line with a digit is no unnumbered heading (a title with a year is another rule's).</summary>
    [Fact]
    public void ALineWithADigit_IsNoUnnumberedHeading()
        => Assert.NotEqual(BlockKind.Heading, BlockClassifier.Classify("支出情况2", 0, 5, out _));

    /// <summary>
    /// In a stand-alone 三公 statement, "其中：政府采购金额" is a part of the figure before it: it moves nothing to the 政府采购
    /// section (a subject-given section changes only for a label that names the next subject and has a field there).
    /// </summary>
    [Theory]
    [InlineData("其中：政府采购金额3.00万元。")]
    [InlineData("其中政府采购支出3.00万元。")]
    public void APartNamingAnotherSubject_DoesNotMoveTheSection(string part)
    {
        var (read, _) = ReadWithErrors(
            "2023年某局“三公”经费支出决算数为12.00万元，其中：公务接待费2.00万元，公务用车购置及运行费10.00万元；" + part + "\n");
        Assert.Equal("12.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Null(At(read, "/narrative/procurement/total/amount"));
    }

    /// <summary>
    /// Under 其他需要说明的事项 a paragraph about 机关运行经费 is read in that section; the next paragraph, about something
    /// else, goes back to the notes instead of being read as 机关运行经费 — and, since session 50 (topic entries), an entry
    /// whose label names the 绩效 topic is read in that section.
    /// </summary>
    [Fact]
    public void UnderOtherMatters_TheNextParagraph_GoesBackToTheNotes()
    {
        var (read, errors) = ReadWithErrors(
            "某局2024年度部门决算\n四、其他需要说明的事项\n（一）机关运行经费情况：本部门2024年度机关运行经费支出50.00万元。\n" +
            "（二）培训工作情况：本部门举办培训3期，支出12.00万元。\n" +
            "（三）绩效评价情况：本部门对5个项目开展绩效自评，涉及资金120.00万元。\n");
        Assert.Equal("50.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Null(At(read, "/narrative/operatingExpenses/total/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "12.00" && c.Pointer.StartsWith("/narrative", StringComparison.Ordinal));
        Assert.Equal("120.00", At(read, "/performance/projectFunds"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// "本年支出合计 Y 万元，较上年减少 Z 万元" in one sentence is the change of 本年支出合计; an unlabelled "与上年相比" in the
    /// next sentence is not taken as its change (as before session 16: the overview's own rule decides it).
    /// </summary>
    [Fact]
    public void AnOverviewChange_InTheSameSentence_IsTheStatedFiguresOnly()
    {
        const string Head = "某局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收入总计300.00万元，支出总计300.00万元。";
        var (same, _) = ReadWithErrors(Head + "本年支出合计280.00万元，较上年减少20.00万元。\n");
        Assert.Equal("20.00", At(same, "/narrative/overall/currentYearExpenditure/change/amount"));
        var (next, _) = ReadWithErrors(Head + "本年支出合计280.00万元。与上年相比，减少20.00万元。\n");
        Assert.Null(At(next, "/narrative/overall/currentYearExpenditure/change/amount"));
    }

    [Theory]
    [InlineData("按支出功能分类，城乡社区支出", "住房保障支出")]
    [InlineData("其中：城乡社区支出（类）", "住房保障支出（类）")]
    public void FunctionalClassesInTheExpenditureSection_AreNotTheTotal(string first, string second)
    {
        var read = Expect(
            "某局2015年度部门决算\n三、支出决算情况说明\n本年支出合计500.00万元，其中：基本支出300.00万元，占60.00%；项目支出200.00万元，占40.00%。\n" +
            first + "350.00万元，占70.00%；" + second + "150.00万元，占30.00%。\n",
            ("/narrative/expenditure/total/amount", "500.00"),
            ("/narrative/expenditure/total/share", null));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.ClassInExpenditureSection.En));
    }

    [Theory]
    [InlineData("占授予中小企业合同金额的50.00%")]
    [InlineData("占中小企业合同金额的50.00%")]
    public void AShareOfAnotherBase_IsNotPlaced(string share)
    {
        var read = Expect(
            "某局2025年度部门决算\n（二）政府采购支出情况\n2025年度政府采购支出总额100.00万元。授予中小企业合同金额80.00万元，占政府采购支出总额的80.00%，" +
            "其中：授予小微企业合同金额40.00万元，" + share + "。\n",
            ("/narrative/procurement/smeContracts/share", "80.00"),
            ("/narrative/procurement/microSmallContracts/amount", "40.00"),
            ("/narrative/procurement/microSmallContracts/share", null));
        // Session 45 (schema 1.10): not the share of the total, but the 小微 share of the SME contracts, a field of its own.
        Assert.DoesNotContain(read.Notes, n => n.MessageEn == DisclosureMessages.ShareOfAnotherBase.En);
        Assert.Equal("50.00", JsonAt(read, "/narrative/procurement/microSmallShareOfSme"));
    }

    [Theory]
    [InlineData("国内公务接待12批次、80人次")]
    [InlineData("共接待12批次、80人次")]
    [InlineData("接待12批次80人次")]
    public void ReceptionCountsAfterAReason_AreRead(string counts)
    {
        var read = Expect(
            "某局2017年度“三公”经费决算情况说明\n2017年度“三公”经费支出2.00万元，全部为公务接待费。公务接待费2.00万元，比上年减少0.50万元，下降20.00%，" +
            "原因是严格控制接待范围，" + counts + "。\n",
            ("/narrative/threePublic/domesticReceptionBatches", "12"),
            ("/narrative/threePublic/domesticReceptionPersonTrips", "80"));
        Assert.Equal("严格控制接待范围", read.Report.Narrative!.ThreePublic!.Reception!.Change!.Reason);
    }

    [Theory]
    [InlineData("主要是车辆维修费用减少；")]
    [InlineData("主要原因是车辆老旧报废；")]
    public void AReason_EndsAtTheNext三公ItemAfterASemicolon(string reason)
    {
        Expect(
            "某街道2024年度“三公”经费支出决算情况说明\n2024年度“三公”经费支出4.00万元。其中：公务用车运行维护费3.00万元，比上年减少0.20万元，" +
            reason + "公务接待费1.00万元，比上年减少0.10万元，接待5批次、30人次。\n",
            ("/narrative/threePublic/reception/amount", "1.00"),
            ("/narrative/threePublic/reception/change/amount", "0.10"),
            ("/narrative/threePublic/domesticReceptionBatches", "5"));
    }

    [Theory]
    [InlineData("与年初预算1750.00万元相比，执行率为106.42%")]
    [InlineData("年初预算为1750.00万元，预算执行率为106.42%")]
    public void An执行率_IsTheCompletionRate(string wording)
    {
        Expect(
            "某局2020年度部门决算\n二、一般公共预算财政拨款支出决算情况说明\n2020年度一般公共预算财政拨款支出1862.40万元，" + wording + "，主要是追加了专项经费。\n",
            ("/narrative/generalBudget/total/budget/budgetAmount", "1750.00"),
            ("/narrative/generalBudget/total/budget/completionRate", "106.42"));
    }

    [Theory]
    [InlineData("与上年相比")]
    [InlineData("与上年度相比")]
    [InlineData("同比")]
    public void AComparisonBetweenTheGrandTotalsAndTheirChange_IsRead(string comparison)
    {
        var read = Expect(
            "某局2020年度部门决算\n一、收入支出决算总体情况\n2020年度收、支总计1532.86万元，" + comparison + "，收、支总计各增加114.66万元，增长8.08%，" +
            "主要原因是新增救助资金。\n",
            ("/narrative/overall/change/amount", "114.66"),
            ("/narrative/overall/change/rate", "8.08"));
        Assert.StartsWith("新增救助资金", read.Report.Narrative!.Overall!.Change!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("较上年增长", "较上年减少")]
    [InlineData("比上年增加", "比上年减少")]
    public void TheChangesOfIncomeAndExpenditureInTheOverview_AreTheirOwn(string up, string down)
    {
        var read = Expect(
            "某局2015年度部门决算\n一、收入支出决算总体情况说明\n本部门2015年度本年收入合计2345.60万元，" + up + "144.20万元，增长6.55%，系新增补助资金所致；" +
            "本年支出合计2290.18万元，" + down + "26.72万元，下降1.15%，系道路维修项目完工。\n",
            ("/narrative/overall/currentYearIncome/change/amount", "144.20"),
            ("/narrative/overall/currentYearExpenditure/change/amount", "26.72"),
            ("/narrative/overall/currentYearExpenditure/change/rate", "1.15"));
        Assert.Null(read.Report.Narrative!.Overall!.Change);
    }

    [Theory]
    [InlineData("四、其他需要说明的事项")]
    [InlineData("十、其他重要事项的情况说明")]
    [InlineData("其他重要事项的情况说明")]
    public void SubjectsUnderOtherMatters_AreReadInTheirSections(string heading)
    {
        Expect(
            "某局2016年度部门决算\n三、“三公”经费支出情况\n2016年度“三公”经费支出3.00万元，全部为公务接待费。\n" + heading + "\n" +
            "（一）机关运行经费情况：本部门2016年度机关运行经费支出148.60万元，比上年增加8.85万元，增长6.33%，主要是新增后勤机构。" +
            "2016年度政府采购支出总额128.40万元，其中：政府采购货物支出38.40万元，政府采购服务支出90.00万元。\n",
            ("/narrative/operatingExpenses/administrativeOperatingExpenses/amount", "148.60"),
            ("/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount", "8.85"),
            ("/narrative/procurement/total/amount", "128.40"),
            ("/narrative/procurement/services/amount", "90.00"));
    }

    [Theory]
    [InlineData("；")]
    [InlineData("，")]
    public void TwoSubjectsInOneSentence_UnderOtherMatters_AreEachPlaced(string separator)
    {
        Expect(
            "某局2020年度部门决算\n七、其他重要事项情况\n2020年度机关运行经费支出86.44万元" + separator + "政府采购支出总额215.60万元，全部为政府采购服务支出。\n",
            ("/narrative/operatingExpenses/administrativeOperatingExpenses/amount", "86.44"),
            ("/narrative/procurement/total/amount", "215.60"));
    }

    [Theory]
    [InlineData("一、部门基本情况")]
    [InlineData("一、单位基本情况")]
    public void StaffingUnderBasicFacts_IsPersonnel(string heading)
    {
        var (read, errors) = ReadWithErrors("某局2020年度部门决算\n" + heading + "\n（二）人员构成：本部门行政编制96人，实有人数92人。退休人员58人。\n");
        Assert.Equal(96, read.Report.Personnel!.AuthorizedPositions!.Count);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("年初预算为6500.00万元，预算执行率为95.08%")]
    [InlineData("年初预算为6500.00万元，完成年初预算的95.08%")]
    public void AFigureTheFieldCannotHold_TakesNothingAfterIt(string budget)
    {
        // 财政拨款支出 in the 支出决算 section is another figure than 本年支出合计: its budget is not the total's.
        var read = Expect(
            "某医院2018年度单位决算\n（三）支出决算情况\n本年支出合计44970.62万元，其中：基本支出38215.40万元；项目支出6755.22万元。\n" +
            "（四）财政拨款支出决算情况\n2018年度财政拨款支出6180.25万元，" + budget + "，主要原因是设备采购项目延至下年实施。\n",
            ("/narrative/expenditure/total/amount", "44970.62"));
        Assert.Null(read.Report.Narrative!.Expenditure!.Total!.Budget);
    }

    // Round two (session 16): the families texts 15-20 of the generalisation corpus showed.

    [Theory]
    [InlineData("与2020年度相比，本年收入合计增加100.00万元，增长10.00%，主要是项目资金增加。", "/narrative/overall/currentYearIncome", "100.00")]
    [InlineData("与上年度相比，本年收入合计增加100.00万元，增长10.00%。", "/narrative/overall/currentYearIncome", "100.00")]
    [InlineData("同比，本年支出合计减少50.00万元，下降5.00%，主要是会议费减少。", "/narrative/overall/currentYearExpenditure", "50.00")]
    public void AnOverviewChangeNamingItsFigure_IsThatFiguresChange(string sentence, string owner, string amount)
    {
        // The grand totals (1200.00) are stated before: the change belongs to the figure the label names, not to them.
        Expect(
            "某厅2021年度部门决算\n一、收入支出决算总体情况说明\n2021年度收、支总计均为1200.00万元。收入总计中，本年收入合计1100.00万元，" +
            "上年结转和结余100.00万元；支出总计中，本年支出合计950.00万元，年末结转和结余250.00万元。" + sentence + "\n",
            (owner + "/change/amount", amount),
            ("/narrative/overall/incomeGrandTotal/change/amount", null));
    }

    [Theory]
    [InlineData("本年收入合计1100.00万元（财政拨款收入1000.00万元，其他收入100.00万元）。")]
    [InlineData("本年收入合计1100.00万元，其中：财政拨款收入1000.00万元，其他收入100.00万元。")]
    [InlineData("本年收入合计1100.00万元，其中财政拨款收入1000.00万元，占90.91%，其他收入100.00万元。")]
    public void IncomePartsInTheOverview_AreTheIncomeParts(string sentence)
    {
        Expect(
            "某区教育局2023年度部门决算\n二、收入支出决算总体情况说明\n2023年度收入总计1100.00万元，支出总计1100.00万元。" + sentence + "\n",
            ("/narrative/overall/currentYearIncome/amount", "1100.00"),
            ("/narrative/income/fiscalAppropriation/amount", "1000.00"),
            ("/narrative/income/otherIncome/amount", "100.00"),
            ("/narrative/income/total/amount", null));
    }

    [Theory]
    [InlineData("本年支出合计1050.00万元，其中基本支出650.00万元，项目支出400.00万元。")]
    [InlineData("本年支出合计1050.00万元（基本支出650.00万元、项目支出400.00万元）。")]
    public void ExpenditurePartsInTheOverview_AreTheExpenditureParts(string sentence)
    {
        Expect(
            "某县2019年度部门决算\n一、收入支出决算总体情况说明\n" + sentence + "\n",
            ("/narrative/expenditure/basic/amount", "650.00"),
            ("/narrative/expenditure/project/amount", "400.00"),
            ("/narrative/expenditure/total/amount", null));
    }

    [Theory]
    [InlineData("金额单位：元")]
    [InlineData("单位：元")]
    [InlineData("（单位：元）")]
    public void AYuanDeclaration_KeepsTheDocumentInYuan(string declaration)
    {
        var read = Expect(
            "某镇人民政府2020年度部门决算公开说明\n" + declaration + "\n一、收入支出决算总体情况说明\n" +
            "2020年度本年收入合计23456789.12元，本年支出合计23012345.67元，年末结转和结余444443.45元。\n",
            ("/narrative/overall/currentYearIncome/amount", "23456789.12"),
            ("/narrative/overall/closingCarryOver/amount", "444443.45"));
        Assert.Equal(AmountUnit.Yuan, read.Report.Unit);
    }

    [Theory]
    [InlineData("共有车辆6辆，其中：机关业务用车4辆，执法执勤用车2辆。", "机关业务用车", 4)]
    [InlineData("车辆5辆，其中业务用车3辆、应急保障用车2辆。", "业务用车", 3)]
    [InlineData("公务用车7辆，其中后勤保障用车5辆，特种专业技术用车2辆。", "后勤保障用车", 5)]
    public void AVehicleKindTheTemplateDoesNotName_IsAnOtherVehicleUnderItsName(string sentence, string kind, int count)
    {
        var read = Expect("某局2021年度部门决算\n八、国有资产占有使用情况\n截至2021年12月31日，本部门" + sentence + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        var other = Assert.Single(vehicles.Categories, c => c.Category == VehicleCategory.Other);
        Assert.Equal((kind, count), (other.Label, other.Count));
        Assert.Equal(vehicles.Count, vehicles.Categories.Sum(c => c.Count));
    }

    [Theory]
    // Schema 1.4: the 专用设备 count at 100万元 has a member of its own (specialEquipmentCount; SchemaOneFourReaderTests).
    [InlineData("单价50万元以上通用设备2台（套），单价100万元以上专用设备1台（套）。", null)]
    [InlineData("单价100万元（含）以上设备3台（套）。", 3)]
    [InlineData("单价50万元（含）以上设备4台。", null)]
    [InlineData("单价500000元以上设备2台，单价1000000元以上设备1台。", 1)]
    public void EquipmentAtAnotherThreshold_IsNotTheLargeEquipmentCount(string sentence, int? count)
    {
        var read = Expect("某局2021年度部门决算\n八、国有资产占有使用情况\n截至2021年12月31日，本部门共有车辆2辆。" + sentence + "\n");
        Assert.Equal(count, read.Report.Narrative!.Assets!.LargeEquipmentCount);
    }

    [Theory]
    [InlineData("28.46", true)]
    [InlineData("28.26", false)]
    public void AThreePublicItemOfNothing_AddsNoRoundingSlack(string total, bool wrong)
    {
        // 0 + 12.50 + 8.66 + 7.10 = 28.26: "因公出国（境）费0万元" is exactly nothing, so 28.46 is 0.20 off.
        var (read, errors) = ReadWithErrors(
            "某局2021年度部门决算\n六、“三公”经费财政拨款支出决算情况说明\n2021年度“三公”经费财政拨款支出" + total + "万元。其中：因公出国（境）费0万元；" +
            "公务用车购置费12.50万元；公务用车运行维护费8.66万元；公务接待费7.10万元。\n");
        Assert.Equal(wrong, read.TextFindings.Any(d => d.RuleId == "FA8006" && d.Severity == Severity.Error));
        Assert.Equal(wrong, errors.Length > 0);
    }
    /// <summary>
    /// Vehicle kinds the template does not name: one is the "other" category; a second is a note (the categories are not
    /// repeated, FA4202), and a purchase ("新购置一般公务用车") or a count outside a 其中 list is no kind of the fleet at all.
    /// Since session 23 kinds that then fall short of the count are all withdrawn as notes (no "other" row, no FA4201).
    /// </summary>
    [Theory]
    [InlineData("本部门共有车辆5辆，其中：业务用车4辆，后勤用车1辆。", 0, false)]
    [InlineData("本部门共有车辆6辆，其中：机关用车4辆，其他用车2辆。", 0, false)]
    [InlineData("本部门共有车辆5辆。本年新购置一般公务用车1辆。", 0, false)]
    [InlineData("本部门共有车辆5辆，一般公务用车4辆。", 0, false)]
    public void OtherVehicleKinds_AreOneCategory_AndOnlyInAPartList(string sentence, int others, bool shortOfTheTotal)
    {
        var (read, errors) = ReadWithErrors("某局2021年度部门决算\n八、国有资产占有使用情况\n截至2021年12月31日，" + sentence + "\n");
        var categories = read.Report.Narrative?.Assets?.Vehicles?.Categories ?? [];
        Assert.Equal(others, categories.Count(c => c.Category == VehicleCategory.Other));
        // No repeated category (FA4202). A second unnamed kind is a note, so the categories would fall short of the total:
        // since session 23 the kinds are then withdrawn as notes (PartialLists.WithdrawVehicleKinds) and FA4201 is silent.
        Assert.DoesNotContain(errors, e => e.StartsWith("FA4202", StringComparison.Ordinal));
        // shortOfTheTotal: FA4201 expected (none since session 23: the gap is closed); without a 其中 list no category.
        Assert.Equal(shortOfTheTotal, errors.Any(e => e.StartsWith("FA4201", StringComparison.Ordinal)));
    }

    /// <summary>The value after equipment of another price threshold is not taken as the vehicles' value (it was a false FA8003).</summary>
    [Fact]
    public void AValueAfterEquipmentOfAnotherThreshold_IsNotTheVehiclesValue()
    {
        var (read, errors) = ReadWithErrors("某局2021年度部门决算\n八、国有资产占有使用情况\n截至2021年12月31日，本部门共有车辆6辆，价值120.00万元；" +
            "单价50万元以上通用设备2台（套），价值130.00万元。\n");
        Assert.Equal("120.00", At(read, "/narrative/assets/vehicles/value"));
        Assert.Empty(errors);
    }

    // ---- round three (session 17: texts 21-28) ------------------------------------------------------------------------

    private const string ThreePublicHeading = "某局2021年度部门决算\n（三）“三公”经费支出情况\n";

    /// <summary>
    /// 三公 items said to have spent nothing are zero amounts of each item named (texts 18, 21, 22, 25, 28): the zero is
    /// written with the decimals of the total (2 here: an exact zero), so the sum checks run. Each text adds up
    /// (10.00 = 0 + 0 + 6.00 + 4.00; 4.00 = 0 + 0 + 4.00), so no Error.
    /// </summary>
    [Theory]
    [InlineData("“三公”经费支出10.00万元，其中：公务用车运行维护费6.00万元；公务接待费4.00万元；因公出国（境）费和公务用车购置费无支出。",
        "overseasTravel", "vehiclePurchase")]
    [InlineData("“三公”经费支出10.00万元，其中：公务用车运行维护费6.00万元；公务接待费4.00万元；出国（境）费和公务用车购置费均无支出。",
        "overseasTravel", "vehiclePurchase")]
    [InlineData("“三公”经费支出10.00万元。其中：因公出国（境）费未发生；公务用车运行维护费6.00万元，公务接待费4.00万元，公务用车购置费为零。",
        "overseasTravel", "vehiclePurchase")]
    [InlineData("“三公”经费支出4.00万元，其中公务接待费4.00万元；因公出国（境）费、公务用车购置及运行维护费均未发生。",
        "overseasTravel", "vehiclesSubtotal")]
    public void ThreePublicItemsOfNothing_AreZeroAmounts(string sentence, string first, string second)
        => Expect(
            ThreePublicHeading + sentence + "\n",
            ("/narrative/threePublic/" + first + "/amount", "0.00"),
            ("/narrative/threePublic/" + second + "/amount", "0.00"));

    /// <summary>
    /// Precision first: a clause that says more than "these items spent nothing" reads no zero — an unchanged item
    /// (未发生变化), a fleet of none (无公务用车), an item said to be within its standard, or a year in front.
    /// </summary>
    [Theory]
    [InlineData("因公出国（境）费未发生变化")]
    [InlineData("本单位无公务用车")]
    [InlineData("公务接待费未发生超标准接待")]
    [InlineData("2021年因公出国（境）费未发生")]
    public void AClauseSayingMore_ReadsNoZero(string clause)
    {
        var (read, _) = ReadWithErrors(ThreePublicHeading + "“三公”经费支出10.00万元，公务接待费10.00万元；" + clause + "。\n");
        Assert.Null(At(read, "/narrative/threePublic/overseasTravel/amount"));
        Assert.Null(At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
        Assert.Equal("10.00", At(read, "/narrative/threePublic/reception/amount"));
    }

    private const string IncomeHeading = "市林业局2024年度部门决算说明\n二、收入决算情况\n";

    /// <summary>
    /// Precision first (found by the session-17 review): 1.28亿元 is 12,800 万元 only to the nearest 100 万元, and 1.20亿元
    /// likewise, so 1.20亿元 + 834.56万元 = 12,834.56 万元 agrees with 1.28亿元 (within ±100). Placed as "12800" and "12000"
    /// the checks took them as exact to the 万元 and reported a false FA1202 (12,800 against 12,834.56). Neither is placed
    /// now (a note each), the 万元 part still is, and there is no Error.
    /// </summary>
    [Fact]
    public void AnAmountInYiYuan_CoarserThanTheReport_IsANote_NotAFigure()
    {
        var (read, errors) = ReadWithErrors(IncomeHeading + "2024年度本年收入合计1.28亿元，其中：财政拨款收入1.20亿元，其他收入834.56万元。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, "/narrative/income/total/amount"));
        Assert.Null(At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Contains(read.Claims, c => c.Value == "834.56");
        Assert.Contains(read.Notes, n => n.MessageZh.Contains("亿元", StringComparison.Ordinal));
    }

    /// <summary>
    /// With four decimals a 亿元 amount is exact to the 万元 (1.2835亿元 = 12,835 万元 ± 0.5), so it is placed as "12835",
    /// and a part that breaks the sum is still reported: 12,000.00 + 845.00 = 12,845.00 ≠ 12,835.
    /// </summary>
    [Fact]
    public void AnAmountInYiYuan_ExactToTheWanYuan_IsPlaced_AndChecked()
    {
        var (read, errors) = ReadWithErrors(IncomeHeading + "2024年度本年收入合计1.2835亿元，其中：财政拨款收入12000.00万元，其他收入845.00万元。\n");
        Assert.Equal("12835", At(read, "/narrative/income/total/amount"));
        Assert.Contains(errors, e => e.StartsWith("FA1202", StringComparison.Ordinal));
    }

    /// <summary>
    /// A paragraph that opens with 、 (a list whose first item was lost, as copied text sometimes is) before "均未发生":
    /// no list before it, so no zero is read — and the rest of the paragraph is still read (the review found the
    /// look-back for the list's start threw there, and the whole paragraph was dropped with a note).
    /// </summary>
    [Fact]
    public void AParagraphOpeningWithAListBreak_StillReadsItsFigures()
    {
        var (read, _) = ReadWithErrors(ThreePublicHeading + "、因公出国（境）费、公务用车购置及运行维护费均未发生。本年公务接待费3.00万元。\n");
        Assert.Equal("3.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Null(At(read, "/narrative/threePublic/overseasTravel/amount"));
    }

    /// <summary>
    /// With the zero items read, a 三公 total that is not its items' sum is reported (text 18's planted error, a known gap
    /// before): 10.00 stated, 0 + 0 + 6.00 + 4.50 = 10.50.
    /// </summary>
    [Fact]
    public void WithZeroItems_AWrongThreePublicTotal_IsAnError()
    {
        var (_, errors) = ReadWithErrors(ThreePublicHeading
            + "“三公”经费支出10.00万元，其中：公务用车运行维护费6.00万元；公务接待费4.50万元；因公出国（境）费和公务用车购置费无支出。\n");
        Assert.Contains(errors, e => e.Contains("10.5", StringComparison.Ordinal));
    }

    /// <summary>PDF page marks on a line of their own (and only those) are dropped from the paragraph they interrupt.</summary>
    [Theory]
    [InlineData("第 4 页 共 12 页", true)]
    [InlineData("第4页/共12页", true)]
    [InlineData("共12页 第4页", true)]
    [InlineData("第 3 页", true)]
    [InlineData("- 3 -", true)]
    [InlineData("— 12 —", true)]
    [InlineData("第一部分 部门概况", false)]
    [InlineData("第3页的表格", false)]
    [InlineData("-2.40", false)]
    [InlineData("第 4 页 共 12 页 第 5 页", false)]
    public void PageMarks_AreRecognised(string line, bool mark)
        => Assert.Equal(mark, Paragraphs.IsPageMark(line, 0, line.Length));

    /// <summary>
    /// A PDF text export (text 24): a sentence broken over lines with the page's running title and page mark between a
    /// label and its figure. The title line (the text's first line) and the mark are dropped, so 其他收入 2000.00 is read
    /// and the income sum holds (98765.43 + 24691.35 + 2000.00 = 125456.78; it was a false FA1202).
    /// </summary>
    [Fact]
    public void APageBreakInsideAParagraph_DoesNotCutIt()
        => Expect(
            "某委2023年度部门决算\n二、收入决算情况说明\n本年收入合计125456.78万元，其中：财政拨款收入98765.43万\n元，占78.72%；事业收入" +
            "24691.35万元，占19.68%；其他收入\n某委2023年度部门决算\n第 4 页 共 12 页\n2000.00万元，占1.59%。\n",
            ("/narrative/income/otherIncome/amount", "2000.00"),
            ("/narrative/income/otherIncome/share", "1.59"));

    /// <summary>Rows of a table aligned with spaces are table rows (three cells at least, no clause punctuation); prose is not.</summary>
    [Theory]
    [InlineData("公务接待费                        6.50          5.40       -1.10", 4)]
    [InlineData("项目                        上年决算数    本年决算数      增减额", 4)]
    [InlineData("公务用车购置及运行维护费  14.50  13.20", 3)]
    [InlineData("本年收入合计  1256.54万元,其中财政拨款收入  1186.54万元", 0)]
    [InlineData("公务接待费  5.40", 0)]
    public void SpaceAlignedRows_AreTableRows(string line, int cells)
    {
        Assert.Equal(cells > 0, BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length));
        if (cells > 0)
        {
            var list = new List<(int Start, int End)>();
            BlockClassifier.SpaceCells(line, 0, line.Length, list);
            Assert.Equal(cells, list.Count);
        }
    }

    /// <summary>
    /// A 三公 table aligned with spaces (text 26) is read as a table: no FA8003 between its columns (they had been read as
    /// prose, the prior-year column against this year's), and its 合计 of the year meets the narrative's total (18.60 both).
    /// </summary>
    [Fact]
    public void ASpaceAlignedThreePublicTable_IsReadByColumn()
    {
        var (read, errors) = ReadWithErrors(ThreePublicHeading + "2021年度“三公”经费支出18.60万元，比上年减少2.40万元，下降11.43%。\n" +
            "项目                        上年决算数    本年决算数      增减额\n" +
            "合计                             21.00         18.60       -2.40\n" +
            "因公出国（境）费                  0.00          0.00        0.00\n" +
            "公务用车购置及运行维护费         14.50         13.20       -1.30\n" +
            "公务接待费                        6.50          5.40       -1.10\n");
        Assert.Empty(errors);
        Assert.Equal("5.40", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("13.20", At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
    }

    /// <summary>
    /// A 财政拨款支出决算情况 section (text 16, 27): the 年初预算 is the figure's budget; a 调整预算 beside it is its second
    /// comparison (schema 1.6, session 26; before, a note), with the rate that names it (9180.00 / 9400.00 = 97.66%). Since
    /// session 20 a class line is an item of the section (<c>appropriation/items</c>) with its own budget and rate
    /// (8600.00 / 8350.00 = 102.99%); they had been notes too.
    /// </summary>
    [Fact]
    public void AnAppropriationExpenditureSection_KeepsBothBudgets()
    {
        var (read, errors) = ReadWithErrors("某学院2022年度单位决算\n（三）财政拨款支出决算情况\n" +
            "2022年度财政拨款支出9180.00万元，年初预算8900.00万元，全年调整预算9400.00万元，完成调整预算的97.66%。\n" +
            "1.教育支出（类）8600.00万元，年初预算8350.00万元，完成年初预算的102.99%。\n");
        Assert.Empty(errors);
        Assert.Contains(read.Claims, c => c.Value == "8900.00" && c.Pointer == "/narrative/appropriation/budget/budgetAmount");
        Assert.Contains(read.Claims, c => c.Value == "9400.00" && c.Pointer == "/narrative/appropriation/secondBudget/budgetAmount");
        Assert.Contains(read.Claims, c => c.Value == "97.66" && c.Pointer == "/narrative/appropriation/secondBudget/completionRate");
        Assert.Contains(read.Claims, c => c.Value == "8350.00" && c.Pointer == "/narrative/appropriation/items/0/budget/budgetAmount");
        Assert.Contains(read.Claims, c => c.Value == "102.99" && c.Pointer == "/narrative/appropriation/items/0/budget/completionRate");
    }

    /// <summary>"部门决算收支总体情况" (the 2024-2025 wording, text 25) is the overview.</summary>
    [Fact]
    public void TheNewOverviewHeading_IsTheOverview()
        => Expect(
            "某院2025年度部门决算说明\n一、部门决算收支总体情况\n本年收入合计8542.30万元，上年结转和结余100.00万元。\n",
            ("/narrative/overall/currentYearIncome/amount", "8542.30"),
            ("/narrative/overall/openingCarryOver/amount", "100.00"));

    private const string OldTermsText = "某中心2014年度部门决算说明\n三、一般预算财政拨款支出情况\n" +
        "2014年度公共财政预算财政拨款支出588.80万元，主要用于：农林水事务支出（类）536.80万元，占91.17%；" +
        "社会保障和就业支出（类）52.00万元，占8.83%。\n四、公用经费支出情况\n2014年度公用经费支出48.60万元。\n" +
        "五、三公经费支出情况\n2014年度三公经费支出9.85万元，其中：公务用车运行维护费7.25万元；公务接待费2.60万元。三公经费比上年下降21.2%。\n";

    /// <summary>
    /// The 2013-2016 terms (text 28): 一般预算财政拨款支出情况 is the 一般公共预算 section and 公共财政预算财政拨款支出 its total
    /// (read before the class list after 主要用于：, which had swallowed it); 公用经费支出情况 is a part of the basic
    /// expenditure; and "三公经费比上年下降 21.2%" is the total's rate, not the item read just before (公务接待费).
    /// 536.80 + 52.00 = 588.80; 536.80 / 588.80 = 91.17 %, 52.00 / 588.80 = 8.83 %; 7.25 + 2.60 = 9.85.
    /// </summary>
    [Fact]
    public void OldTerms_AreTheirSections()
        => Expect(
            OldTermsText,
            ("/narrative/generalBudget/total/amount", "588.80"),
            ("/narrative/basicExpenditure/public/amount", "48.60"),
            ("/narrative/threePublic/total/change/rate", "21.2"),
            ("/narrative/threePublic/reception/change/rate", null));

    /// <summary>With the section's total read, a class share that is not the class over the total is reported (text 28's
    /// planted error: 93.17 % stated, 536.80 / 588.80 = 91.17 %).</summary>
    [Fact]
    public void OldTerms_AWrongClassShare_IsAnError()
    {
        var (_, errors) = ReadWithErrors(OldTermsText.Replace("占91.17%", "占93.17%", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("93.17", StringComparison.Ordinal));
    }

    /// <summary>"财政拨款收、支总计 X 万元" in the 财政拨款 section (text 25) is both of its grand totals.</summary>
    [Fact]
    public void AppropriationGrandTotals_AreBoth()
        => Expect(
            "某院2025年度部门决算说明\n二、财政拨款收入支出决算总体情况\n2025年度财政拨款收、支总计8416.30万元。\n",
            ("/narrative/appropriation/incomeGrandTotal/amount", "8416.30"),
            ("/narrative/appropriation/expenditureGrandTotal/amount", "8416.30"));

    // ---- blind test, session 18: complete county 说明 of 2014–2018 ---------------------------------------------------------

    /// <summary>
    /// "（三）具体情况" after a class list: the sentence naming the whole 一般公共预算财政拨款支出 states the section total's
    /// budget (it was put on the last class: four false FA2205, FA2203), and the first entry after its "具体如下：" / "其中："
    /// is a paragraph of its own, numbered (1) or 一是 or not at all (it was merged into the total's sentence and lost, its
    /// 小于 put on the total). Reasoning: classes 200.00 + 50.00 = 250.00 (80.00 %, 20.00 %); the total 250.00 of a budget
    /// of 200.00 is 125.00 %; the entry 200.00 of 210.00 is 95.24 % (0.95238…), below its budget as its sentence says.
    /// </summary>
    [Theory]
    [InlineData("（1）", "具体如下：")]
    [InlineData("一是", "其中：")]
    [InlineData("", "其中：")]
    public void TheTotalsBudgetAfterAClassList_IsTheTotals_AndTheFirstEntryIsItsOwn(string number, string lead)
    {
        var read = Expect(
            "某县某局2015年度部门决算\n四、一般公共预算财政拨款支出决算情况说明\n（二）结构情况\n" +
            "一般公共预算财政拨款支出250.00万元，主要用于以下方面：教育支出200.00万元，占80.00%；社会保障和就业支出50.00万元，占20.00%。\n" +
            "（三）具体情况\n一般公共预算财政拨款支出年初预算为200.00万元，支出决算为250.00万元，完成年初预算的125.00%。" + lead + "\n" +
            number + "教育支出（类）普通教育（款）小学教育（项）年初预算为210.00万元，支出决算为200.00万元，完成年初预算的95.24%。" +
            "决算数小于年初预算数的主要原因是学生人数减少。\n",
            ("/narrative/generalBudget/total/budget/budgetAmount", "200.00"),
            ("/narrative/generalBudget/total/budget/completionRate", "125.00"),
            ("/narrative/generalBudget/total/budget/relation", null),
            ("/narrative/generalBudget/classes/1/budget/budgetAmount", null));
        // The entry's number is no part of its class name.
        Assert.Equal("教育支出", Assert.Single(read.Report.Narrative!.GeneralBudget!.Items).ClassName);
        // The entry's own figures are read (they were notes of "another kind" at the total's budget).
        Assert.Contains(read.Claims, c => c.Value == "210.00" && c.Pointer.EndsWith("/budget/budgetAmount", StringComparison.Ordinal)
            && c.Pointer.StartsWith("/narrative/generalBudget/items/", StringComparison.Ordinal));
    }

    /// <summary>A line after "其中：" that goes on with the sentence (a page break, no number, no class level) stays in it.</summary>
    [Fact]
    public void ALineAfterAColon_WithoutAnEntrysForm_ContinuesTheParagraph()
    {
        Assert.False(Paragraphs.StartsListEntry("人员经费80.00万元", 0, 11));
        Assert.True(Paragraphs.StartsListEntry("(12)教育支出", 0, 8));
        Assert.True(Paragraphs.StartsListEntry("三是教育支出", 0, 6));
        Assert.True(Paragraphs.StartsListEntry("教育支出(类)普通教育(款)", 0, 14));
        Assert.False(Paragraphs.StartsListEntry("(12教育支出", 0, 7));
    }

    /// <summary>
    /// The 2014–2016 vehicle kinds (领导干部用车, 一般公务用车, schema 1.3) are categories of their own, so a fleet listed
    /// whole adds up (they went to one "other" slot, the first kept and the rest dropped: 4 read as 2, a false FA4201).
    /// Reasoning: 0 + 2 + 1 + 1 = 4; 1 + 2 + 1 + 1 = 5; 3 + 1 = 4.
    /// </summary>
    [Theory]
    [InlineData("共有车辆4辆，其中，领导干部用车0辆、一般公务用车2辆、执法执勤用车1辆、特种专业技术用车1辆。", 4, 0, 2)]
    [InlineData("车辆5辆，其中：领导干部用车1辆，一般公务用车2辆，执法执勤用车1辆，其他用车1辆。", 4, 1, 2)]
    [InlineData("共有车辆4辆，其中一般公务用车3辆、特种专业技术用车1辆。", 2, null, 3)]
    public void TheEarlierTemplatesVehicleKinds_AreTheirCategories(string sentence, int kinds, int? leading, int general)
    {
        var read = Expect("某县某局2016年度部门决算\n十一、国有资产占用情况说明\n截至2016年12月31日，本部门" + sentence + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(kinds, vehicles.Categories.Count);
        Assert.Equal(leading, vehicles.Categories.SingleOrDefault(c => c.Category == VehicleCategory.LeadingCadres)?.Count);
        Assert.Equal(general, vehicles.Categories.Single(c => c.Category == VehicleCategory.GeneralOfficial).Count);
        Assert.Equal(vehicles.Count, vehicles.Categories.Sum(c => c.Count));
    }

    /// <summary>A purchase of a 2014–2016 kind, or a count outside a 其中 list, is no category (as for the unnamed kinds).</summary>
    [Theory]
    [InlineData("本部门共有车辆5辆。本年新购置一般公务用车1辆。")]
    [InlineData("本部门共有车辆5辆，领导干部用车1辆。")]
    public void AnEarlierKindOutsideAPartList_IsNoCategory(string sentence)
    {
        var (read, errors) = ReadWithErrors("某县某局2016年度部门决算\n十一、国有资产占用情况说明\n截至2016年12月31日，" + sentence + "\n");
        Assert.Empty(read.Report.Narrative?.Assets?.Vehicles?.Categories ?? []);
        Assert.DoesNotContain(errors, e => e.StartsWith("FA4201", StringComparison.Ordinal));
    }

    /// <summary>The number of a list entry is no part of its class name ("(6)", "六是", "2.", "3、"; kept, FA5003 spoke).</summary>
    [Theory]
    [InlineData("(6)教育支出", "教育支出")]
    [InlineData("六是教育支出", "教育支出")]
    [InlineData("十二是教育支出", "教育支出")]
    [InlineData("2.教育支出", "教育支出")]
    [InlineData("3、 教育支出", "教育支出")]
    [InlineData("教育支出", "教育支出")]
    [InlineData("(教育)支出", "(教育)支出")]
    [InlineData("一般公共服务支出", "一般公共服务支出")]
    public void AnEntryNumber_IsNoPartOfTheClassName(string written, string name)
        => Assert.Equal(name, NarrativeReader.WithoutEntryNumber(written));

    /// <summary>
    /// Two budgets of different kinds for the total ("年初预算为 0 万元，全年预算为 321.02 万元", a real Shanghai text): the 小于
    /// after them names neither basis, so it is not placed (the relation on the 年初 budget of 0 was a false FA2203). Since
    /// session 26 (schema 1.6) the 全年 budget is the total's second comparison and the rate the text names 年初 is the 年初
    /// one's — on a budget of 0, which FA2009 warns of (a Warning, no Error).
    /// </summary>
    [Fact]
    public void ARelationAfterTwoBudgetKinds_IsOfNeither()
    {
        var read = Expect(
            "某区某局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n（二）结构情况\n" +
            "一般公共预算财政拨款支出100.00万元，主要用于以下方面：一般公共服务支出（类）100.00万元，占100.00%。\n" +
            "（三）具体情况\n一般公共预算财政拨款支出年初预算为0万元，全年预算为120.00万元，支出决算为100.00万元，" +
            "完成年初预算的83.33%。决算数小于预算数的主要原因：人员减少。\n",
            ("/narrative/generalBudget/total/budget/relation", null),
            ("/narrative/generalBudget/total/secondBudget/relation", null),
            ("/narrative/generalBudget/total/budget/completionRate", "83.33"),
            ("/narrative/generalBudget/total/secondBudget/budgetAmount", "120.00"),
            ("/narrative/generalBudget/classes/0/budget/budgetAmount", null));
        Assert.NotNull(read);
    }
}
