using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The wording and layout families of issue 8, each from an invented text (no corpus text is copied): stand-alone 三公
/// statements, mirror-site text, tables as text, figures of another kind that must not be compared, reasons, counts.
/// </summary>
public class GeneralisationTests
{
    private static Amount A(string s) => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static ThreePublicStatement Three(DisclosureReadResult r) => r.Report.Narrative!.ThreePublic!;

    private static string[] Conflicts(DisclosureReadResult r) =>
        [.. r.TextFindings.Where(f => f.RuleId == TextRules.Conflict.Id).Select(f => f.MessageEn)];

    [Fact]
    public void StandAlone三公Statement_WithTheYearFirst_IsRead()
    {
        // No numbered heading: a title that starts with the year, then one paragraph.
        var r = DisclosureReader.Read(
            "2020年某县档案馆“三公”经费决算情况说明\n" +
            "2020年某县档案馆“三公”经费支出决算数为3.50万元，较上年减少0.40万元，下降10.26%。其中：因公出国（境）费0万元，公务接待费1.20万元，公务用车购置及运行维护费2.30万元。\n");
        Assert.Equal(2020, r.FiscalYear);
        Assert.Equal("某县档案馆", r.Report.Entity.Name);
        Assert.Equal(A("3.50"), Three(r).Total!.Amount);
        Assert.Equal(A("0.40"), Three(r).Total!.Change!.Amount);
        Assert.Equal(A("1.20"), Three(r).Reception!.Amount);
        Assert.Equal(A("2.30"), Three(r).VehiclesSubtotal!.Amount);
    }

    [Fact]
    public void MirrorSiteText_PinyinGlossesTraditionalCharactersAndSpacedGroups_IsRead()
    {
        // Traditional characters with a pinyin gloss after some, a stray "?" line, and "1, 204.5" with a space.
        var r = DisclosureReader.Read(
            "某市園林局2019年度“三公”經(jīng)費決算說明\n?\n" +
            "2019年“三公”經(jīng)費支出1, 204.5萬(wàn)元，其中：公務(wù)接待費4.5萬(wàn)元，公務用車購置及運行維護費1, 200.0萬(wàn)元。\n");
        Assert.Equal(A("1204.5"), Three(r).Total!.Amount);
        Assert.Equal(A("4.5"), Three(r).Reception!.Amount);
        Assert.Equal(A("1200.0"), Three(r).VehiclesSubtotal!.Amount);
        Assert.Equal("某市园林局", r.Report.Entity.Name);
    }

    [Fact]
    public void PipeTable_WithBlankCells_IsReadByColumn()
    {
        // Header names the columns; blank cells stay blank; the unit line says 万元.
        var r = DisclosureReader.Read(
            "某区统计局2022年度“三公”经费决算\n单位:万元\n" +
            "项 目 | 预 算 数 | 决 算 数 |\n" +
            "合 计 | 5.0 | 4.25 |\n" +
            "因公出国(境)费 | ||\n" +
            "公务接待费 | 5.0 | 4.25 |\n");
        Assert.Equal(A("4.25"), Three(r).Total!.Amount);
        Assert.Equal(A("5.0"), Three(r).Total!.Budget!.BudgetAmount);
        Assert.Equal(A("4.25"), Three(r).Reception!.Amount);
        Assert.Null(Three(r).OverseasTravel);   // blank cells: nothing stated
    }

    [Fact]
    public void TabTable_WithPriorYearAndSignedChanges_IsReadByColumn()
    {
        // Prior year, this year, change amount and rate: a negative change is a decrease of its absolute value.
        var r = DisclosureReader.Read(
            "某县2018年“三公”经费决算统计表\n单位:万元\n" +
            "项目\t上年决算数\t本年决算数\t增减金额\t增减幅度\n" +
            "合计\t100.00\t90.00\t-10.00\t-10%\n" +
            "公务接待费\t40.00\t40.00\t0\t0%\n");
        var total = Three(r).Total!;
        Assert.Equal(A("90.00"), total.Amount);
        Assert.Equal(A("100.00"), total.Change!.PriorYearAmount);
        Assert.Equal(ChangeDirection.Decrease, total.Change.Direction);
        Assert.Equal(A("10.00"), total.Change.Amount);
        Assert.Equal(A("40.00"), Three(r).Reception!.Amount);
    }

    [Fact]
    public void OneCellPerLineTable_ReadsRowsThatLineUp_AndNotesRowsThatDoNot()
    {
        // The 出国 row lost a blank cell (one figure for two columns): it is not guessed; the others line up.
        var r = DisclosureReader.Read(
            "某镇2017年“三公”经费决算表\n(单位:万元)\n项 目\n预算数\n决算数\n合 计\n20.00\n18.50\n" +
            "因公出国(境)费\n0.00\n公务接待费\n8.00\n7.50\n公务用车购置及运行费\n12.00\n11.00\n");
        Assert.Equal(A("18.50"), Three(r).Total!.Amount);
        Assert.Equal(A("20.00"), Three(r).Total!.Budget!.BudgetAmount);
        Assert.Equal(A("7.50"), Three(r).Reception!.Amount);
        Assert.Equal(A("11.00"), Three(r).VehiclesSubtotal!.Amount);
        Assert.Null(Three(r).OverseasTravel);
        Assert.Contains(r.Notes, n => n.MessageEn.Contains("blank cells were lost", System.StringComparison.Ordinal));
        Assert.DoesNotContain(r.TextFindings, f => f.Severity == PublicFinance.FinalAccounts.Validation.Severity.Error);
    }

    [Fact]
    public void GeneralBudgetAndFundFigures_AreNotTheSameFigure()
    {
        // 财政拨款 total, then its 一般公共预算 and 政府性基金 parts in the same wording: three different figures.
        var r = DisclosureReader.Read(
            "某局2021年度部门决算\n四、财政拨款收入支出决算总体情况说明\n" +
            "2021年度财政拨款本年收入500.00万元，比上年增加50.00万元。\n" +
            "一般公共预算财政拨款本年收入400.00万元，比上年增加30.00万元。政府性基金预算财政拨款本年收入100.00万元，比上年增加20.00万元。\n");
        Assert.Empty(Conflicts(r));
        Assert.Equal(A("500.00"), r.Report.Narrative!.Appropriation!.CurrentYearIncome!.Amount);
    }

    [Fact]
    public void StaffingCategories_AreNotTheSameFigure()
    {
        var r = DisclosureReader.Read("某局2019年度部门决算\n一、机构设置及人员情况\n本部门行政编制40人，实有人数38人；事业编制12人，实有人数10人。\n");
        Assert.Empty(Conflicts(r));
        // Session 20: 行政编制 40 is the 行政 part of an establishment of 40 + 12 = 52, stated nowhere — a located note, not
        // the 编制数 (it had been placed as the whole).
        Assert.Null(r.Report.Personnel?.AuthorizedPositions);
        Assert.Equal(2, r.Notes.Count(n => n.MessageEn == DisclosureMessages.StaffCountNoField(string.Empty).En));
    }

    [Fact]
    public void AnotherYearsTotal_IsNotTheSameFigure()
    {
        // "较2016年…合计 8.00 万元": the earlier year's total, not a second statement of this year's.
        var r = DisclosureReader.Read("某站2017年“三公”经费说明\n2017年“三公”经费合计10.00万元。较2016年“三公”经费合计8.00万元增加2.00万元。\n");
        Assert.Empty(Conflicts(r));
        Assert.Equal(A("10.00"), Three(r).Total!.Amount);
    }

    [Fact]
    public void TheSameFigureWithTheSameQualifiers_StillConflicts()
    {
        // Same subject, same period, same basis, different values: FA8003 stays an Error.
        var r = DisclosureReader.Read("某站2017年“三公”经费说明\n2017年“三公”经费合计10.00万元。\n2017年“三公”经费合计12.00万元。\n");
        Assert.Single(Conflicts(r));
    }

    [Fact]
    public void SameValueWithOtherPrecision_IsNotAConflict()
    {
        // 6.5 and 6.50 are the same figure written with different precision.
        var r = DisclosureReader.Read("某站2017年“三公”经费说明\n2017年“三公”经费合计6.50万元。\n2017年“三公”经费合计6.5万元。\n");
        Assert.Empty(Conflicts(r));
    }

    [Fact]
    public void CountsWithPartsInBrackets_KeepDomesticAndForeignApart()
    {
        // "50批次(其中外事接待2批次),400人次(其中外事接待10人次)": 50/400 domestic-or-all, 2/10 foreign.
        var r = DisclosureReader.Read("某局2019年“三公”经费说明\n2019年“三公”经费支出6.00万元。国内公务接待50批次(其中外事接待2批次),400人次(其中外事接待10人次)。\n");
        Assert.Equal(50, Three(r).DomesticReceptionBatches);
        Assert.Equal(400, Three(r).DomesticReceptionPersonTrips);
        Assert.Equal(2, Three(r).ForeignReceptionBatches);
        Assert.Equal(10, Three(r).ForeignReceptionPersonTrips);
    }

    [Theory]
    [InlineData("下降的原因是压减会议接待。", "压减会议接待。")]
    [InlineData("主要是严格控制接待标准。", "严格控制接待标准。")]
    [InlineData("系因车辆减少。", "车辆减少。")]
    public void ReasonsAfterTheirMarkers_AreAttachedToTheChange(string reasonSentence, string reason)
    {
        var r = DisclosureReader.Read("某局2019年“三公”经费说明\n2019年“三公”经费支出6.00万元，比上年减少1.00万元，" + reasonSentence + "\n");
        Assert.Equal(reason, Three(r).Total!.Change!.Reason);
    }

    [Fact]
    public void UseDescription_IsNotAReason_WithoutAChange()
    {
        // "主要用于…" after a plain amount describes uses; the figure after it in the same sentence is still read.
        var r = DisclosureReader.Read("某局2019年“三公”经费说明\n2019年“三公”经费支出6.00万元，主要用于公务接待，公务接待费2.00万元。\n");
        Assert.Null(Three(r).Total!.Change);
        Assert.Equal(A("2.00"), Three(r).Reception!.Amount);
    }

    [Fact]
    public void AStatementAfterAReason_IsStillRead()
    {
        // The reason ends at ';' because a new statement with its own figure follows.
        var r = DisclosureReader.Read(
            "某局2021年度部门决算\n四、财政拨款收入支出决算总体情况说明\n" +
            "2021年度财政拨款本年收入500.00万元，比上年增加50.00万元，主要是人员增加;本年支出480.00万元。\n");
        Assert.Equal(A("480.00"), r.Report.Narrative!.Appropriation!.CurrentYearExpenditure!.Amount);
        Assert.Equal("人员增加", r.Report.Narrative.Appropriation.Change!.Reason);
    }

    [Fact]
    public void ARateOfAnotherFigure_IsNotTheRateOfTheChange()
    {
        // 收支 fell by 30.00 (10.00%); then 收入合计 rose by 12.0%: that rate belongs to income, not to the 收支 change, so
        // the change keeps one direction and no "amount down, rate up" contradiction is invented.
        var r = DisclosureReader.Read(
            "某所2019年度部门决算\n一、收入支出决算总体情况说明\n" +
            "2019年度收入总计270.00万元，支出总计270.00万元。收支较上年决算数减少30.00万元、下降10.00%。\n" +
            "收入合计250.00万元，较上年决算数增加26.79万元，增长12.0%。\n");
        var change = r.Report.Narrative!.Overall!.Change!;
        Assert.Equal(ChangeDirection.Decrease, change.Direction);
        Assert.Null(change.RateDirection);
        Assert.Equal(A("30.00"), change.Amount);
    }

    [Fact]
    public void NumberedIncomeAndExpenditureParts_OfTheOverallSection_AreReadAsThoseSections()
    {
        // Invented: "2.收入情况。" and "3.支出情况。" inside 收入支出决算总体情况; their items belong to income and expenditure.
        // The composition "其中:…" follows a list of reasons ending in ";" (one sentence): the reason ends before "其中:".
        var r = DisclosureReader.Read(
            "某研究所2021年度部门决算情况说明\n(一)收入支出决算总体情况说明。\n" +
            "1.总体情况。2021年度收入总计900.00万元,支出总计900.00万元。\n" +
            "2.收入情况。2021年度收入合计800.00万元,较上年决算数增加40.00万元,增长5.3%,主要原因是:事业收入增加30.00万元;财政拨款收入增加10.00万元;\n" +
            "其中:财政拨款收入500.00万元,占62.5%;事业收入300.00万元,占37.5%。\n" +
            "3.支出情况。2021年度支出合计700.00万元。其中:基本支出450.00万元,占64.3%;项目支出250.00万元,占35.7%。\n");
        var n = r.Report.Narrative!;
        Assert.Equal(A("900.00"), n.Overall!.IncomeGrandTotal!.Amount);
        Assert.Equal(A("800.00"), n.Income!.Total!.Amount);
        Assert.Equal(A("40.00"), n.Income.Total.Change!.Amount);
        Assert.Equal(A("500.00"), n.Income.FiscalAppropriation!.Amount);
        Assert.Equal("62.5%", n.Income.FiscalAppropriation.Share!.Value.ToString());
        Assert.Equal(A("300.00"), n.Income.ServiceIncome!.Amount);
        Assert.Equal(A("700.00"), n.Expenditure!.Total!.Amount);
        Assert.Equal(A("450.00"), n.Expenditure.Basic!.Amount);
        Assert.Equal(A("250.00"), n.Expenditure.Project!.Amount);
        Assert.DoesNotContain(r.TextFindings, f => f.RuleId == TextRules.Conflict.Id);
    }

    [Fact]
    public void ADocumentWrittenIn元_KeepsItsAmountsIn元()
    {
        // Invented: every amount in 元 (three of them), no 万 anywhere — the report's unit is 元 and the figures stay as written.
        var r = DisclosureReader.Read(
            "某乡2018年部门决算其他事项说明\n一、机关运行经费\n2018年机关运行经费财政拨款812345.60元,较2017年增加12345.60元,增长1.54%,主要原因是新增办公用房维修费10000.00元。\n");
        Assert.Equal(AmountUnit.Yuan, r.Report.Unit);
        var operating = r.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!;
        Assert.Equal(A("812345.60"), operating.Amount);
        Assert.Equal(A("12345.60"), operating.Change!.Amount);
        Assert.DoesNotContain(r.TextFindings, f => f.RuleId == TextRules.Magnitude.Id);   // nothing converted

        // One 万元 figure anywhere: the report stays in 万元 and 元 figures are converted (with an Info).
        var mixed = DisclosureReader.Read(
            "某乡2018年部门决算其他事项说明\n一、机关运行经费\n2018年机关运行经费财政拨款81.23万元,较2017年增加12345.60元。\n");
        Assert.Equal(AmountUnit.WanYuan, mixed.Report.Unit);
        // 12345.60 元 = 1.23456 万元
        Assert.Equal(
            1.2345600m, mixed.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!.Change!.Amount!.Value.Value);
    }
}
