using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 64 (prose64; our own invented 青少年宫, 农机监理站, 检测站, 文化馆 and 市场监管所 texts): a 三公 table whose columns are
/// years alone and their 增减 after a 三公 title; reception counts after 全年 in a reason; 年末有公务用车; a prior year after the
/// budget in one bracket; the fixed assets stated without the total and the classes listed after 固定资产原值; a coded table's
/// 决算数为年初预算数的% column and a 项 line whose code is closed right before that share.
/// </summary>
public sealed class AssetsAndThreePublicSessionSixtyFourTests
{
    private const string ThreePublic = "/narrative/threePublic/";
    private const string Assets = "/narrative/assets/";

    /// <summary>An invented 青少年宫 text with no headings and a space-aligned 三公 table of years.</summary>
    internal static string YearTableText(
        string title = "2016年度“三公”经费支出情况如下（单位：万元）：", string years = "2016年      2015年", string receptionChange = "-0.50")
        => "东川县青少年宫2016年度单位决算说明\n"
            + "2016年度本年收入合计186.40万元，本年支出合计185.90万元。\n"
            + title + "\n"
            + "项目                        " + years + "      增减\n"
            + "合计                          3.60        4.10     -0.50\n"
            + "因公出国（境）费                 0           0         0\n"
            + "公务接待费                    0.80        1.30     " + receptionChange + "\n"
            + "公务用车购置及运行费          2.80        2.80         0\n"
            + "  其中：公务用车购置费           0           0         0\n"
            + "“三公”经费支出同比下降12.20%，主要是公务接待费减少，全年公务接待6批次31人次；年末有公务用车2辆。\n";

    /// <summary>The year columns are this year's final and the prior year; 增减 their change; the prose's counts are read.</summary>
    [Fact]
    public void YearColumns_AfterThreePublicTitle_AreRead()
    {
        var (read, diagnostics) = Read(YearTableText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3.60", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("4.10", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Equal("0.50", JsonAt(read, ThreePublic + "total/change/amount"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "total/change/direction"));
        Assert.Equal("12.20", JsonAt(read, ThreePublic + "total/change/rate"));
        Assert.Equal("0.80", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("1.30", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Equal("2.80", JsonAt(read, ThreePublic + "vehiclesSubtotal/amount"));
        Assert.Equal("unchanged", JsonAt(read, ThreePublic + "vehiclesSubtotal/change/direction"));
        Assert.Equal("6", JsonAt(read, ThreePublic + "domesticReceptionBatches"));
        Assert.Equal("31", JsonAt(read, ThreePublic + "domesticReceptionPersonTrips"));
        Assert.Equal("2", JsonAt(read, ThreePublic + "vehiclesHeld"));
    }

    /// <summary>年度 years and 增减数 read the same way.</summary>
    [Fact]
    public void YearColumns_WithDuAndZengJianShu_AreRead()
    {
        var text = YearTableText(years: "2016年度    2015年度").Replace("      增减\n", "      增减数\n", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("0.80", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("0.50", JsonAt(read, ThreePublic + "reception/change/amount"));
    }

    /// <summary>A planted 增减 cell of an item (0.80 against 1.30 is −0.50, written −0.40) is an Error on that item's change.</summary>
    [Fact]
    public void YearColumns_PlantedChange_IsAnError()
    {
        var (_, diagnostics) = Read(YearTableText(receptionChange: "-0.40"));
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Pointers.Any(p => p.StartsWith(ThreePublic + "reception/change", StringComparison.Ordinal)));
    }

    /// <summary>Near miss: the same year columns under a title naming no 三公 are another table's: no 三公 total from them.</summary>
    [Fact]
    public void YearColumns_WithoutThreePublicTitle_AreNotRead()
    {
        var (read, diagnostics) = Read(YearTableText(title: "2016年度收入支出对比情况如下（单位：万元）："));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
    }

    /// <summary>Near miss: year columns of other years than the report's and the one before are not read.</summary>
    [Fact]
    public void YearColumns_OfOtherYears_AreNotRead()
    {
        var (read, diagnostics) = Read(YearTableText(years: "2014年      2013年"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
    }

    /// <summary>Near miss: the fleet at the end of the year before is not the fleet held.</summary>
    [Fact]
    public void FleetOfTheYearBefore_IsNotHeld()
    {
        var text = YearTableText().Replace("年末有公务用车2辆", "上年末有公务用车3辆", StringComparison.Ordinal);
        var (read, _) = Read(text);
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesHeld"));
    }

    /// <summary>An invented 农机监理站 text: each item's budget and prior year in one bracket after its amount.</summary>
    internal static string BracketText(string vehicleBracket = "（预算9.00万元，上年8.90万元）", string after = "，全部为运行维护费")
        => "南溪县农机监理站2016年度部门决算说明\n"
            + "六、“三公”经费支出情况说明\n"
            + "2016年度“三公”经费财政拨款预算12.00万元，决算10.40万元，完成预算的86.67%。其中：因公出国（境）费0万元；"
            + "公务用车购置及运行维护费8.20万元" + vehicleBracket + after + "；公务接待费2.20万元（预算3.00万元，上年2.60万元），"
            + "共接待9批次52人次。\n";

    /// <summary>The prior year after the budget in the bracket is the item's prior-year amount.</summary>
    [Fact]
    public void PriorAfterBracketedBudget_IsTheItemsPriorYear()
    {
        var (read, diagnostics) = Read(BracketText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("9.00", JsonAt(read, ThreePublic + "vehiclesSubtotal/budget/budgetAmount"));
        Assert.Equal("8.90", JsonAt(read, ThreePublic + "vehiclesSubtotal/priorYearAmount"));
        Assert.Equal("3.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Equal("2.60", JsonAt(read, ThreePublic + "reception/priorYearAmount"));
        Assert.Equal("9", JsonAt(read, ThreePublic + "domesticReceptionBatches"));
    }

    /// <summary>Near miss: 上年预算 and 其中上年结转 in the bracket are no prior year.</summary>
    [Theory]
    [InlineData("（预算9.00万元，上年预算8.00万元）")]
    [InlineData("（预算9.00万元，其中上年结转1.00万元）")]
    public void OtherWordsAfterBracketedBudget_AreNoPriorYear(string bracket)
    {
        var (read, diagnostics) = Read(BracketText(bracket));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesSubtotal/priorYearAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesSubtotal/change/priorYearAmount"));
    }

    /// <summary>A bracketed prior that disagrees with the change stated after it is a note, never placed nor an Error.</summary>
    [Fact]
    public void PriorAfterBracketedBudget_DisagreeingWithTheChange_IsANote()
    {
        var (read, diagnostics) = Read(BracketText(after: "，比上年增加0.70万元"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesSubtotal/change/priorYearAmount"));
    }

    /// <summary>An invented 检测站 text: the assets section states the fixed assets without the total.</summary>
    internal static string AssetsText(string sentence)
        => "北湖区机动车检测站2019年度部门决算说明\n"
            + "一、收入支出决算总体情况说明\n2019年度收入总计620.00万元，支出总计620.00万元。\n"
            + "七、国有资产占用情况说明\n" + sentence + "\n";

    /// <summary>固定资产原值 is a note; the classes after it are their 原值.</summary>
    [Fact]
    public void ClassesAfterFixedAssetsOriginalValue_AreTheirOriginalValues()
    {
        var (read, diagnostics) = Read(AssetsText("截至2019年12月31日，本站固定资产原值2468.35万元，其中房屋1352.60万元、专用设备615.27万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("buildings", JsonAt(read, Assets + "categories/0/category"));
        Assert.Equal("1352.60", JsonAt(read, Assets + "categories/0/originalValue"));
        Assert.Equal("specialEquipment", JsonAt(read, Assets + "categories/1/category"));
        Assert.Equal("615.27", JsonAt(read, Assets + "categories/1/originalValue"));
        Assert.Null(JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.True(Noted(read, "original or net value of all fixed assets"));
    }

    /// <summary>固定资产账面净值: the classes after it are their 净值.</summary>
    [Fact]
    public void ClassesAfterFixedAssetsNetValue_AreTheirNetValues()
    {
        var (read, diagnostics) = Read(AssetsText("年末本站固定资产账面净值860.40万元，其中通用设备120.30万元，专用设备410.10万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("generalEquipment", JsonAt(read, Assets + "categories/0/category"));
        Assert.Equal("120.30", JsonAt(read, Assets + "categories/0/netValue"));
        Assert.Equal("410.10", JsonAt(read, Assets + "categories/1/netValue"));
    }

    /// <summary>A bare 固定资产 is the fixed assets' value; its classes, whose value the text does not name, are notes.</summary>
    [Fact]
    public void BareFixedAssets_IsTheValue_ItsClassesNotes()
    {
        var (read, diagnostics) = Read(AssetsText("截至2019年底，本中心固定资产862.10万元，其中房屋及构筑物512.40万元，车辆96.30万元；另有库存物资6.52万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("862.10", JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.Null(JsonAt(read, Assets + "categories/0"));
        Assert.True(Noted(read, "does not say whether it is an original or a net value"));
    }

    /// <summary>Near misses: a movement of the year, another unit's, another period's fixed assets are not the holding.</summary>
    [Theory]
    [InlineData("本年新增固定资产120.00万元，其中专用设备100.00万元。")]
    [InlineData("所属企业固定资产3200.00万元，其中房屋2100.00万元。")]
    [InlineData("上年末固定资产800.00万元。")]
    [InlineData("2018年固定资产790.00万元。")]
    public void FixedAssetsNotHeld_AreNotRead(string sentence)
    {
        var (read, diagnostics) = Read(AssetsText(sentence));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.Null(JsonAt(read, Assets + "categories/0"));
    }

    /// <summary>Near misses of the parts: a purchase after the head, a class in the next sentence.</summary>
    [Theory]
    [InlineData("本站固定资产原值2468.35万元，其中本年购置专用设备120.00万元。")]
    [InlineData("本站固定资产原值2468.35万元。房屋1352.60万元。")]
    public void NotAPartOfTheFixedAssets_IsNotRead(string sentence)
    {
        var (read, diagnostics) = Read(AssetsText(sentence));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Assets + "categories/0"));
    }

    /// <summary>The total's breakdown reads as before (AssetPart): 资产总额, then 固定资产 its part.</summary>
    [Fact]
    public void TotalThenFixedAssets_ReadsAsBefore()
    {
        var (read, diagnostics) = Read(AssetsText("截至2019年12月31日，本站资产总额3000.00万元，其中固定资产2000.00万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3000.00", JsonAt(read, Assets + "totalValue"));
        Assert.Equal("2000.00", JsonAt(read, Assets + "fixedAssetsValue"));
    }

    /// <summary>With no headings, 年末固定资产 after a 政府采购 sentence is the fixed assets' value.</summary>
    [Fact]
    public void FixedAssetsAfterProcurement_WithoutHeadings_IsRead()
    {
        var text = "西坪县文化馆2019年度单位决算说明\n2019年度本年收入合计96.40万元，本年支出合计95.80万元。\n"
            + "本馆2019年政府采购演出器材8.60万元。年末固定资产206.45万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("206.45", JsonAt(read, Assets + "fixedAssetsValue"));
    }

    /// <summary>An invented 市场监管所 text: a coded table with a 决算数为年初预算数的% column and a 项 line of that share.</summary>
    internal static string ShareColumnText(string firstRate = "97.00", string rateHeader = "决算数为年初预算数的%")
        => "金台区市场监督管理所2019年度部门决算说明\n"
            + "二、一般公共预算财政拨款支出决算情况说明\n"
            + "（一）总体情况。2019年度一般公共预算财政拨款支出553.00万元，完成年初预算540.00万元的102.41%。\n"
            + "（二）决算明细。\n一般公共预算财政拨款支出决算表\n单位：万元\n"
            + "| 科目编码 | 科目名称 | 年初预算数 | 决算数 | " + rateHeader + " |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| 2013801 | 行政运行 | 400.00 | 388.00 | " + firstRate + " |\n"
            + "| 2013816 | 食品安全监管 | 100.00 | 125.00 | 125.00 |\n"
            + "| 2210201 | 住房公积金 | 40.00 | 40.00 | 100.00 |\n"
            + "|  | 合计 | 540.00 | 553.00 | 102.41 |\n"
            + "（三）主要支出项目说明。\n"
            + "1.食品安全监管（2013816）决算数为年初预算数的125.00%，主要原因是追加食品抽检经费。\n";

    /// <summary>The rows' rates are read as completion rates; the 项 line's share is that 项's, never the last row's.</summary>
    [Fact]
    public void ShareOfBudgetColumn_IsTheCompletionRate()
    {
        var (read, diagnostics) = Read(ShareColumnText());
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8008");
        var food = ItemIndex(read, "2013816");
        Assert.True(food >= 0);
        Assert.Equal("125.00", JsonAt(read, $"/narrative/generalBudget/items/{food}/budget/completionRate"));
        Assert.Equal("100.00", JsonAt(read, $"/narrative/generalBudget/items/{food}/budget/budgetAmount"));
        Assert.NotNull(JsonAt(read, $"/narrative/generalBudget/items/{food}/budget/reason"));
        var housing = ItemIndex(read, "2210201");
        Assert.Equal("100.00", JsonAt(read, $"/narrative/generalBudget/items/{housing}/budget/completionRate"));
    }

    /// <summary>A planted rate in the column (388.00 / 400.00 is 97.00%, written 96.00) is one FA2201.</summary>
    [Fact]
    public void ShareOfBudgetColumn_PlantedRate_IsAnError()
    {
        var (_, diagnostics) = Read(ShareColumnText(firstRate: "96.00"));
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA2201", StringComparison.Ordinal));
    }

    /// <summary>Near miss: a share of a budget whose basis is not named (预算数) leaves the header refused, as before.</summary>
    [Fact]
    public void ShareOfUnnamedBudget_IsNotRead()
    {
        var (read, diagnostics) = Read(ShareColumnText(rateHeader: "决算数为预算数的%"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(-1, ItemIndex(read, "2013801"));
    }

    /// <summary>The index of the 一般公共预算 item of <paramref name="code"/>, or -1.</summary>
    private static int ItemIndex(DisclosureReadResult read, string code)
    {
        for (var i = 0; i < 20; i++)
        {
            var at = JsonAt(read, $"/narrative/generalBudget/items/{i}/code");
            if (at is null)
            {
                return -1;
            }

            if (at == code)
            {
                return i;
            }
        }

        return -1;
    }
}
