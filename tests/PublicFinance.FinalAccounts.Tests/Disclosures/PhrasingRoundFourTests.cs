using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of the session 18 generalisation round (texts 29–36 of <c>TestData/generalisation</c>), each with
/// sentences of its own: 千元 figures in the narrative and in a table, a zero-change table row, "原因如下：" and "原因主要是"
/// as reasons, a written zero that wins over a zero a word gives, and a 完成率 column. Each text is consistent, so no Error
/// may be raised on it (except where a test plants one).
/// </summary>
public class PhrasingRoundFourTests
{
    [Theory]
    // 3,856.20 千元 = 385.620 万元 (÷ 10, one decimal more: nothing rounded); 143.80 千元 = 14.380 万元.
    [InlineData("机关运行经费支出3,856.20千元，比上年减少143.80千元，下降3.60%。", "385.620", "14.380")]
    // 1286.4 千元 = 128.64 万元; 63.6 千元 = 6.36 万元 (a space before the unit, as PDF exports write it).
    [InlineData("机关运行经费支出1286.4 千元，比上年减少63.6千元，下降4.71%。", "128.64", "6.36")]
    public void AmountsInQianYuan_AreTenthsOfAWanYuan(string sentence, string amount, string change)
    {
        var (read, diagnostics) = Read("某局2022年度部门决算说明\n机关运行经费支出情况\n2022年度" + sentence + "\n");
        const string Owner = "/narrative/operatingExpenses/administrativeOperatingExpenses";
        Assert.Equal(amount, At(read, Owner + "/amount"));
        Assert.Equal(change, At(read, Owner + "/change/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    [Theory]
    [InlineData("“三公”经费支出情况")]
    [InlineData("四、“三公”经费财政拨款支出决算情况（金额单位：千元）")]   // a heading with its unit declaration is still one
    public void ThreePublicItemsInQianYuan_AreChecked(string heading)
    {
        // 52.4 + 33.2 = 85.6 千元 (8.56 万元): consistent; with 接待 35.2 the items add to 87.6 千元 = 8.76 万元, not 8.56.
        var text = "某区2024年度部门决算说明\n三、支出决算情况\n本年支出合计6900.00万元。\n" + heading
            + "\n2024年度“三公”经费支出85.6千元，其中：公务用车运行维护费52.4千元，"
            + "公务接待费{0}千元；因公出国（境）费和公务用车购置费无支出。\n";
        var (read, diagnostics) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "33.2"));
        Assert.Equal("8.56", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("3.32", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Empty(Errors(diagnostics));

        var (_, planted) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "35.2"));
        Assert.Contains(planted, d => d.Severity == Severity.Error
            && (d.MessageEn + d.Computed).Contains("8.76", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAmountInQianYuan_InAYuanDocument_IsPlacedOnlyWhenExact()
    {
        // A document in 元: 12.345千元 is 12,345 元 exactly (placed); 85.6千元 is 85,600 元 only to the nearest 100 元 (a note).
        var (read, _) = Read("某街道2021年度部门决算说明（金额单位：元）\n一、收入支出决算总体情况\n2021年度收入总计8765432.10元，"
            + "支出总计8765432.10元，本年收入合计8465432.10元。\n"
            + "五、机关运行经费支出情况\n2021年度机关运行经费支出12.345千元。\n六、政府采购支出情况\n2021年度政府采购支出总额85.6千元。\n");
        Assert.Equal("12345", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Null(At(read, "/narrative/procurement/total/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.CoarserFigure("85.6千元").En);   // named (session 38)
    }

    [Fact]
    public void AQianYuanTable_IsConvertedToWanYuan()
    {
        // The table's unit line says 千元: 98.50 千元 = 9.850 万元 is the narrative's 9.85 (the same figure); 62.00 千元 = 6.200.
        var (read, diagnostics) = Read("某局2021年度部门决算说明\n四、“三公”经费支出情况\n2021年度“三公”经费支出9.85万元。\n"
            + "“三公”经费支出决算表\n单位：千元\t\t\t\n项目\t预算数\t决算数\t\t\n合计\t120.00\t98.50\t\t\n公务用车运行维护费\t70.00\t62.00\t\t\n"
            + "公务接待费\t50.00\t36.50\t\t\n");
        Assert.Equal("6.200", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("12.000", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    [Fact]
    public void AZeroChangeTableRow_IsUnchanged_WithItsPriorYear()
    {
        // 上年 0.00, 本年 0.00, 增减额 0.00, 增减率 "-": session 18 placed no change here (a note: "no direction of change").
        // Session 19: a written zero 增减额 between two equal written years is 持平 — the model's change takes the direction
        // unchanged with the amount 0.00 as written — so the prior-year 0.00 is read (PhrasingRoundFiveTests has the family).
        var (read, diagnostics) = Read("某区2016年度部门决算说明\n三、“三公”经费支出情况\n2016年度“三公”经费支出8.15万元。\n"
            + "“三公”经费支出决算表（单位：万元）\n| 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |\n| 合计 | 9.20 | 8.15 | -1.05 | -11.41% |\n"
            + "| 公务用车购置费 | 0.00 | 0.00 | 0.00 | - |\n| 公务用车运行维护费 | 9.20 | 8.15 | -1.05 | -11.41% |\n");
        Assert.Equal("0.00", At(read, "/narrative/threePublic/vehiclePurchase/amount"));
        Assert.Equal("unchanged", At(read, "/narrative/threePublic/vehiclePurchase/change/direction"));
        Assert.Equal("0.00", At(read, "/narrative/threePublic/vehiclePurchase/change/priorYearAmount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("no direction of change", StringComparison.Ordinal));

        // The row with a change keeps its prior year and direction (1.05 = 9.20 - 8.15).
        Assert.Equal("9.20", At(read, "/narrative/threePublic/vehicleOperation/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    [Theory]
    [InlineData("原因如下：")]
    [InlineData("主要原因如下：")]
    [InlineData("。原因主要是")]
    public void AReasonAfterItsMarker_IsTheOverviewChangesReason(string marker)
    {
        var (read, diagnostics) = Read("某街道2021年度部门决算说明\n一、收入支出决算总体情况\n2021年度收入总计876.54万元，支出总计876.54万元，"
            + "比上年增加36.54万元，增长4.35%，" + marker + "社区工作者薪酬标准提高。\n");
        var change = read.Report.Narrative?.Overall?.Change;
        Assert.NotNull(change);
        Assert.Contains("社区工作者薪酬标准提高", change!.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
    }

    [Fact]
    public void AWrittenZero_WinsOverTheZeroAWordGives()
    {
        // "因公出国（境）费未发生" comes first (a zero with the total's one decimal: 0.0); the item written as 0.00 after it is
        // the figure the text states, and it is the one placed.
        var (read, diagnostics) = Read("某局2020年度部门决算说明\n“三公”经费支出情况\n因公出国（境）费未发生。2020年度“三公”经费支出12.4万元，"
            + "其中：公务用车运行维护费8.2万元，公务接待费4.2万元，因公出国（境）费0.00万元。\n");
        Assert.Equal("0.00", At(read, "/narrative/threePublic/overseasTravel/amount"));
        Assert.Single(read.Claims, c => c.Pointer == "/narrative/threePublic/overseasTravel/amount");
        Assert.Empty(Errors(diagnostics));
    }

    [Fact]
    public void AZeroAWordGives_TakesTheDecimalsOfATotalStatedAfterIt()
    {
        // The zero clause before the total: placed at the end of the text, it takes the total's two decimals (0.00).
        var (read, _) = Read("某局2020年度部门决算说明\n“三公”经费支出情况\n本年度因公出国（境）费和公务用车购置费均未发生。2020年度“三公”经费支出12.40万元，"
            + "其中：公务用车运行维护费8.20万元，公务接待费4.20万元。\n");
        Assert.Equal("0.00", At(read, "/narrative/threePublic/overseasTravel/amount"));
        Assert.Equal("0.00", At(read, "/narrative/threePublic/vehiclePurchase/amount"));
    }

    [Theory]
    [InlineData("完成率（%）")]
    [InlineData("执行率")]
    [InlineData("完成预算%")]
    public void ACompletionRateColumn_IsTheBudgetsCompletionRate(string header)
    {
        // 62.00 / 70.00 = 88.57%; 36.50 / 40.00 = 91.25%.
        var (read, diagnostics) = Read("某局2021年度部门决算说明\n四、“三公”经费支出情况\n“三公”经费支出决算表\n单位：万元\n"
            + "项目\t预算数\t决算数\t" + header + "\n合计\t110.00\t98.50\t89.55\n公务用车运行维护费\t70.00\t62.00\t88.57\n"
            + "公务接待费\t40.00\t36.50\t91.25\n");
        Assert.Equal("88.57", At(read, "/narrative/threePublic/vehicleOperation/budget/completionRate"));
        Assert.Equal("91.25", At(read, "/narrative/threePublic/reception/budget/completionRate"));
        Assert.Empty(Errors(diagnostics));
    }

    [Theory]
    [InlineData("决算支出")]
    [InlineData("支出决算")]
    [InlineData("决算")]
    public void AFinalBesideTheBudgetJustOpened_IsTheFigure(string word)
    {
        // "年初预算45.00万元，决算支出38.60万元，完成预算的85.78%" (38.60 / 45.00 = 85.78%): 38.60 is the 三公 total and the
        // budget's final; before, it was a note and the total (a budget without an amount) was dropped.
        var (read, diagnostics) = Read("某市委办公室2018年度部门决算说明\n六、“三公”经费支出情况\n2018年度“三公”经费财政拨款年初预算45.00万元，" + word
            + "38.60万元，完成预算的85.78%。其中：因公出国（境）费6.20万元；公务用车购置及运行维护费18.40万元；公务接待费14.00万元。\n");
        Assert.Equal("38.60", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("45.00", At(read, "/narrative/threePublic/total/budget/budgetAmount"));
        Assert.Equal("85.78", At(read, "/narrative/threePublic/total/budget/completionRate"));
        Assert.Empty(Errors(diagnostics));
    }
}
