using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Phrasing families of issue 8 met in session 6, each from an invented text (no corpus text is copied): a 三公
/// statement that never writes 三公, headings ending in 。, jurisdiction totals, the change of 收支总计, a budget
/// difference with its rate, delegations and batches counted in other words, the year before as the prior year,
/// income and expenditure named alone, item changes inside a reason, and 一般公共预算 / 政府性基金 statements placed
/// in their own fields. Each test also asserts that the validator raises no Error on the consistent text.
/// </summary>
public class PhrasingFamilyTests
{
    private static Amount A(string s) => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static ThreePublicStatement Three(DisclosureReadResult r) => r.Report.Narrative!.ThreePublic!;

    /// <summary>The Errors of the text checks and of the validator together.</summary>
    private static string[] Errors(DisclosureReadResult r) =>
    [
        .. r.TextFindings.Concat(Validator.Default.Validate(r.Report, r.Sources).Diagnostics)
            .Where(d => d.Severity == Severity.Error).Select(d => d.RuleId + " " + d.MessageEn),
    ];

    [Fact]
    public void A三公StatementWithoutTheWord三公_IsReadFromItsItems()
    {
        // Numbered items, no heading, no "三公": the item names say what the section is. 比去年 X 少 Y is a decrease of Y
        // from the prior X (6.00 − 0.40 = 5.60); "基本持平" after it does not contradict the stated decrease; "接待 20 批(次)
        // 150 人" gives batches and the persons received; 2.00 + 1.00 = 3.00.
        var r = DisclosureReader.Read(
            "1、公务用车运行维护费5.60万元,比去年6.00万元少0.40万元,基本持平;\n" +
            "2、公务接待费3.00万元,接待20批(次)150人,同比去年2.00万元增加1.00万元,主要原因是新增检查任务。\n");
        var operation = Three(r).VehicleOperation!;
        Assert.Equal(A("5.60"), operation.Amount);
        Assert.Equal(ChangeDirection.Decrease, operation.Change!.Direction);
        Assert.Equal(A("0.40"), operation.Change.Amount);
        Assert.Equal(A("6.00"), operation.Change.PriorYearAmount);
        var reception = Three(r).Reception!;
        Assert.Equal(A("3.00"), reception.Amount);
        Assert.Equal(A("1.00"), reception.Change!.Amount);
        Assert.Equal(A("2.00"), reception.Change.PriorYearAmount);
        Assert.Equal(20, Three(r).DomesticReceptionBatches);
        Assert.Equal(150, Three(r).DomesticReceptionPersonTrips);
        Assert.Empty(Errors(r));
    }

    [Fact]
    public void AHeadingEndingIn句号_SwitchesTheSection()
    {
        // "(三)…情况说明。" is a heading although it ends in 。: the 三公 figures after it are not read as expenditure.
        var r = DisclosureReader.Read(
            "某局2020年度部门决算说明\n(二)支出决算情况说明。\n2020年度本年支出合计300.00万元。\n" +
            "(三)“三公”经费支出决算情况说明。\n2020年度“三公”经费支出12.00万元,其中公务接待费2.00万元,公务用车购置及运行维护费10.00万元。\n");
        Assert.Equal(A("300.00"), r.Report.Narrative!.Expenditure!.Total!.Amount);
        Assert.Equal(A("12.00"), Three(r).Total!.Amount);
        Assert.Equal(A("2.00"), Three(r).Reception!.Amount);
        Assert.Empty(Errors(r));
    }

    [Fact]
    public void AJurisdictionTotal_IsThe三公Total()
    {
        // 全县 is the scope of a county's summary, not another figure: 5.00 + 40.50 + 75.00 = 120.50; the decrease of 10.00
        // from 130.50 is 7.66% (10 / 130.5 = 7.663%).
        var r = DisclosureReader.Read(
            "某县2018年“三公”经费决算汇总情况\n" +
            "2018年全县“三公”经费支出决算数为120.50万元,比上年减少10.00万元,下降7.66%。其中:因公出国(境)费5.00万元;公务接待费40.50万元;公务用车购置及运行维护费75.00万元。\n");
        Assert.Equal(A("120.50"), Three(r).Total!.Amount);
        Assert.Equal("7.66%", Three(r).Total!.Change!.Rate!.Value.ToString());
        Assert.Equal(A("75.00"), Three(r).VehiclesSubtotal!.Amount);
        Assert.Empty(Errors(r));
    }

    [Fact]
    public void TheChangeOfTheGrandTotals_InTheSameSentence_IsRead()
    {
        // 50.00 / (500.00 − 50.00) = 11.11%.
        var r = DisclosureReader.Read(
            "某所2020年度部门决算\n二、收入支出决算总体情况说明\n2020年度收、支总计500.00万元,比上年增加50.00万元,增长11.11%,主要原因是新增项目。\n");
        var overall = r.Report.Narrative!.Overall!;
        Assert.Equal(A("500.00"), overall.IncomeGrandTotal!.Amount);
        Assert.Equal(A("50.00"), overall.Change!.Amount);
        Assert.Equal("11.11%", overall.Change.Rate!.Value.ToString());
        Assert.Equal("新增项目。", overall.Change.Reason);
    }

    [Fact]
    public void ABudgetDifferenceFollowedByARate_GivesTheVarianceRate()
    {
        // 100.00 below a budget by 20.00: budget 120.00, variance 20 / 120 = 16.67% (below). The prior-year change
        // before it keeps its own rate: 5.00 / 105.00 = 4.76%.
        var r = DisclosureReader.Read(
            "某区2019年“三公”经费决算汇总情况\n" +
            "2019年区本级“三公”经费100.00万元,较上年决算减少5.00万元,下降4.76%;较年初预算数减少20.00万元,下降16.67%。\n");
        var total = Three(r).Total!;
        Assert.Equal("4.76%", total.Change!.Rate!.Value.ToString());
        Assert.Equal(A("20.00"), total.Budget!.Difference);
        Assert.Equal(BudgetRelation.FinalBelowBudget, total.Budget.Relation);
        Assert.Equal("16.67%", total.Budget.VarianceRate!.Value.ToString());
        Assert.Empty(Errors(r));
    }

    [Fact]
    public void CountsWrittenInOtherWords_AreRead()
    {
        // "2个团组10人次" (the word after the number), "批次为12次" (the unit 次), "人数 96 人" after the batches.
        var r = DisclosureReader.Read(
            "某局2019年“三公”经费说明\n2019年“三公”经费支出9.00万元。安排因公出国(境)2个团组10人次。国内公务接待批次为12次,人数96人。\n");
        Assert.Equal(2, Three(r).OverseasDelegations);
        Assert.Equal(10, Three(r).OverseasPersonTrips);
        Assert.Equal(12, Three(r).DomesticReceptionBatches);
        Assert.Equal(96, Three(r).DomesticReceptionPersonTrips);
    }

    [Theory]
    [InlineData("公务用车现保有量为壹辆", 1)]
    [InlineData("年末公务用车保有量两辆", 2)]
    [InlineData("公务用车保有量为三辆", 3)]
    public void AVehicleCountWrittenAsAChineseNumeral_IsRead(string clause, int count)
    {
        var r = DisclosureReader.Read("某局2019年“三公”经费说明\n2019年“三公”经费支出9.00万元," + clause + "。\n");
        Assert.Equal(count, Three(r).VehiclesHeld);
    }

    [Fact]
    public void TheYearBeforeTheDocumentsYear_IsThePriorYear()
    {
        // In a 2017 text (the year from its title), "较2016年…合计 8.00 万元增加 2.00 万元" states the prior-year total;
        // 8.00 + 2.00 = 10.00. A year two back is another figure, and the change against it is no year-over-year change.
        var r = DisclosureReader.Read("某站2017年“三公”经费决算说明\n2017年“三公”经费合计10.00万元。较2016年“三公”经费合计8.00万元增加2.00万元。\n");
        Assert.Equal(A("8.00"), Three(r).Total!.Change!.PriorYearAmount);
        Assert.Equal(A("2.00"), Three(r).Total!.Change!.Amount);
        Assert.Empty(Errors(r));

        var older = DisclosureReader.Read("某站2017年“三公”经费决算说明\n2017年“三公”经费合计10.00万元。较2015年“三公”经费合计7.00万元增加3.00万元。\n");
        Assert.Null(Three(older).Total!.Change);   // neither the 2015 figure nor the change against it is a prior-year change
        Assert.Equal(A("10.00"), Three(older).Total!.Amount);
    }

    [Fact]
    public void IncomeAndExpenditureNamedAlone_AreTheYearsFigures_AndShareTheReasonAfterThem()
    {
        // A 元 document (no 万 anywhere): "部门收入 X 元, 支出 Y 元, 比上年收入增加 a%, 支出比上年增加 b%。主要原因是…" — each
        // rate belongs to its own figure, and the reason sentence explains both changes.
        var r = DisclosureReader.Read(
            "某乡2017年部门决算其他事项说明\n一、决算收支增减变化情况说明\n" +
            "2017年部门收入812345.60元,支出798765.40元,比上年收入增加12.5%,支出比上年增加10.2%。主要原因是新增人员。\n" +
            "二、机关运行经费\n2017年机关运行经费财政拨款100000.00元。\n");
        var overall = r.Report.Narrative!.Overall!;
        Assert.Equal(A("812345.60"), overall.CurrentYearIncome!.Amount);
        Assert.Equal(A("798765.40"), overall.CurrentYearExpenditure!.Amount);
        Assert.Equal("12.5%", overall.CurrentYearIncome.Change!.Rate!.Value.ToString());
        Assert.Equal("10.2%", overall.CurrentYearExpenditure.Change!.Rate!.Value.ToString());
        Assert.Equal("新增人员。", overall.CurrentYearIncome.Change.Reason);
        Assert.Equal("新增人员。", overall.CurrentYearExpenditure.Change.Reason);
        Assert.Null(overall.Change);   // not the change of the totals
    }

    [Fact]
    public void ItemChangesInsideAReason_ArePlacedWhenEveryItemIsStated()
    {
        // The reason of the income change lists the items' changes; 30.00 + 10.00 = 40.00, 500.00 + 300.00 = 800.00, and
        // the prior year rebuilt from them agrees: 760.00 = 490.00 + 270.00.
        var r = DisclosureReader.Read(IncomeWithReason(string.Empty, "40.00", "5.3"));
        var income = r.Report.Narrative!.Income!;
        Assert.Equal(A("30.00"), income.ServiceIncome!.Change!.Amount);
        Assert.Equal(ChangeDirection.Increase, income.ServiceIncome.Change.Direction);
        Assert.Equal(A("10.00"), income.FiscalAppropriation!.Change!.Amount);
        Assert.Equal(A("40.00"), income.Total!.Change!.Amount);   // the total's own change is untouched
        Assert.Empty(Errors(r));

        // One listed item (经营收入, down 5.00 to nothing) has no stated amount: none of the reason's changes is placed,
        // since a rebuilt prior year without that item would show a gap the text does not have. The total's change is
        // 30 + 10 − 5 = 35.00, 35 / 765 = 4.6%.
        var partial = DisclosureReader.Read(IncomeWithReason("三是经营收入减少5.00万元;", "35.00", "4.6"));
        Assert.Null(partial.Report.Narrative!.Income!.ServiceIncome!.Change);
        Assert.Null(partial.Report.Narrative.Income.BusinessIncome);
        Assert.Empty(Errors(partial));
    }

    private static string IncomeWithReason(string more, string change, string rate) =>
        "某所2021年度部门决算\n(二)收入决算情况说明\n" +
        "2021年度收入合计800.00万元,较上年决算数增加" + change + "万元,增长" + rate + "%,主要原因是:一是事业收入增加30.00万元;二是财政拨款收入增加10.00万元;" + more +
        "其中:财政拨款收入500.00万元,占62.5%;事业收入300.00万元,占37.5%。\n";

    [Fact]
    public void FundStatements_GoToTheirOwnFields()
    {
        // 财政拨款 income 500 = 400 + 100 and expenditure 500 = 400 + 100; changes 50 = 30 + 20 and 60 = 40 + 20.
        // Rates: 40 / 360 = 11.1%, 20 / 80 = 25%, 60 / 440 = 13.6%.
        var r = DisclosureReader.Read(
            "某局2021年度部门决算\n四、财政拨款收入支出决算总体情况说明\n" +
            "2021年度财政拨款本年收入500.00万元,比上年增加50.00万元,增长11.1%;本年支出500.00万元,增加60.00万元,增长13.6%。\n" +
            "一般公共预算财政拨款本年收入400.00万元,比上年增加30.00万元;本年支出400.00万元,比上年增加40.00万元,增长11.1%,主要是人员经费增加。\n" +
            "政府性基金预算财政拨款本年收入100.00万元,比上年增加20.00万元,增长25%;本年支出100.00万元,比上年增加20.00万元,增长25%;主要是新建项目。\n");
        var n = r.Report.Narrative!;
        Assert.Equal(A("500.00"), n.Appropriation!.CurrentYearExpenditure!.Amount);
        Assert.Equal(A("60.00"), n.Appropriation.CurrentYearExpenditure.Change!.Amount);
        Assert.Equal(A("400.00"), n.GeneralBudget!.Total!.Amount);
        Assert.Equal(A("40.00"), n.GeneralBudget.Total.Change!.Amount);
        Assert.Equal("11.1%", n.GeneralBudget.Total.Change.Rate!.Value.ToString());
        Assert.Equal("人员经费增加", n.GeneralBudget.Total.Change.Reason);   // the reason after the change is its own
        Assert.Equal("新建项目", n.GovernmentFund!.CurrentYearExpenditure!.Change!.Reason);   // also after a ";"
        Assert.Equal(A("100.00"), n.GovernmentFund!.CurrentYearIncome!.Amount);
        Assert.Equal(A("20.00"), n.GovernmentFund.CurrentYearIncome.Change!.Amount);
        Assert.Equal(A("100.00"), n.GovernmentFund.CurrentYearExpenditure!.Amount);
        Assert.Empty(Errors(r));
    }

    [Fact]
    public void AFundStatementWithAWrongRate_IsFoundByTheValidator()
    {
        // The same text with the 政府性基金 expenditure rate 11.76% (20 / 180) instead of 25% (20 / 80): the rate check now
        // reaches that statement.
        var r = DisclosureReader.Read(
            "某局2021年度部门决算\n四、财政拨款收入支出决算总体情况说明\n" +
            "2021年度财政拨款本年收入500.00万元,比上年增加50.00万元,增长11.1%;本年支出500.00万元,增加60.00万元,增长13.6%。\n" +
            "一般公共预算财政拨款本年收入400.00万元,比上年增加30.00万元;本年支出400.00万元,比上年增加40.00万元,增长11.1%。\n" +
            "政府性基金预算财政拨款本年收入100.00万元,比上年增加20.00万元,增长25%;本年支出100.00万元,比上年增加20.00万元,增长11.76%。\n");
        Assert.Contains(
            Errors(r),
            e => e.StartsWith("FA2104", System.StringComparison.Ordinal) && e.Contains("11.76", System.StringComparison.Ordinal));
    }
}
