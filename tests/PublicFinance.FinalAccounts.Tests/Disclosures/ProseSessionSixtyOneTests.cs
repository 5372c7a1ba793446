using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 61 (prose61, narrative figures the blind rounds 38–57 missed; our own invented 体育中心, 气象台 and 水文站 texts).
/// A bracketed sub-heading that is only its topic's name closed by '。' ("（三）国有资产。年末资产总额…，其中固定资产…") enters
/// its section; the department's 资产总额 and its parts stated in another subject's section (政府采购和国有资产) are the assets'
/// (an enterprise's 资产总额 is not); a count in 台 of a named thing that is no equipment (办公电脑) is no count of the
/// equipment held at 100万元; a bare prior-year clause closing an item's part ("…万元，上年…万元；") is its prior-year amount.
/// </summary>
public sealed class ProseSessionSixtyOneTests
{
    private const string Assets = "/narrative/assets/";
    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>An invented 体育中心 text whose 其他重要事项 list its subjects under bracketed topic names closed by '。'.</summary>
    internal static string TopicNameText(long total, long fixedAssets, string equipment = "办公电脑126台")
        => "某区体育中心2023年度部门决算公开说明\n\n"
            + "一、收入支出决算总体情况\n"
            + "2023年度本年收入合计1532.40万元，本年支出合计1528.96万元。\n\n"
            + "四、其他重要事项\n"
            + "（一）“三公”经费。2023年度“三公”经费支出1.84万元，全部为公务接待费，共接待9批次64人次。\n"
            + "（二）政府采购。2023年度政府采购支出总额214.70万元，全部授予中小企业。\n"
            + $"（三）国有资产。年末资产总额{PlainMoney(total)}万元，其中固定资产{PlainMoney(fixedAssets)}万元；场馆面积18420.00平方米，"
            + equipment + "。\n";

    /// <summary>The topic-name sub-heading enters 国有资产: the total and its 固定资产 part are read; 办公电脑 is no equipment count.</summary>
    [Fact]
    public void TopicNameSubheading_EntersTheAssetsSection()
    {
        var (read, diagnostics) = Read(TopicNameText(462_318, 381_905));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("4623.18", JsonAt(read, Assets + "totalValue"));
        Assert.Equal("3819.05", JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.Equal("18420.00", JsonAt(read, Assets + "buildingArea"));
        Assert.Null(JsonAt(read, Assets + "largeEquipmentCount"));   // 办公电脑126台: a note, not 单价100万元以上设备
        Assert.Equal("214.70", JsonAt(read, "/narrative/procurement/total/amount"));
    }

    /// <summary>Near miss: equipment at the template's threshold is still the count of the equipment held at 100万元.</summary>
    [Fact]
    public void EquipmentAtItsThreshold_StaysTheLargeEquipmentCount()
    {
        var (read, diagnostics) = Read(TopicNameText(462_318, 381_905, "单价100万元以上设备2台（套）"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2", JsonAt(read, Assets + "largeEquipmentCount"));
    }

    /// <summary>A planted 固定资产 above the total (digits swapped) is exactly one Error, FA4204 on the total.</summary>
    [Fact]
    public void PlantedPartAboveTheTotal_IsOneError()
    {
        var (_, diagnostics) = Read(TopicNameText(462_318, 481_905));
        Assert.Equal(["FA4204"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Whatever the total and its part (part at most the total), both are read and no Error is raised.</summary>
    /// <summary>
    /// A breakdown that states a negative residual part (其他资产-95.40万元) adds up to more than its total: its parts are not read,
    /// so rule FA4204 ("at most the total") does not fire on it (found at the merge, round 58 t09); the total still is.
    /// </summary>
    [Fact]
    public void BreakdownWithANegativePart_IsNotCheckedAsParts()
    {
        var text = TopicNameText(462_318, 381_905).Replace(
            "其中固定资产3819.05万元；", "其中流动资产899.53万元，固定资产3819.05万元（其他资产-95.40万元）；", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("4623.18", JsonAt(read, Assets + "totalValue"));
        Assert.Null(JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.Null(JsonAt(read, Assets + "currentAssetsValue"));
    }

    [Property(MaxTest = 30)]
    public Property TopicNameSubheading_ReadsTotalAndPart()
    {
        var pairs = Gen.Choose(10_000, 9_000_000).SelectMany(t => Gen.Choose(1, t).Select(f => ((long)t, (long)f)));
        return Prop.ForAll(pairs.ToArbitrary(), p =>
        {
            var (read, diagnostics) = Read(TopicNameText(p.Item1, p.Item2));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, Assets + "totalValue") == PlainMoney(p.Item1)
                && JsonAt(read, Assets + "fixedAssetsValue") == PlainMoney(p.Item2);
        });
    }

    /// <summary>An invented 气象台 text whose heading joins 政府采购 and 国有资产, the assets after the procurement sentence.</summary>
    internal static string JoinedHeadingText(string owner, long total, long fixedAssets)
        => "某市气象台2024年度部门决算说明\n\n"
            + "一、收入支出决算总体情况\n"
            + "2024年度本年收入合计2861.35万元，本年支出合计2859.02万元。\n\n"
            + "六、政府采购和国有资产\n"
            + "2024年度政府采购支出总额138.60万元，其中货物96.20万元、服务42.40万元，全部授予中小企业。"
            + $"截至2024年12月31日，{owner}资产总额{PlainMoney(total)}万元，其中固定资产{PlainMoney(fixedAssets)}万元。\n";

    /// <summary>The department's total assets after the procurement sentence are the assets', with their part.</summary>
    [Fact]
    public void DepartmentAssetsAfterProcurement_AreRead()
    {
        var (read, diagnostics) = Read(JoinedHeadingText("本部门", 93_462, 71_839));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("934.62", JsonAt(read, Assets + "totalValue"));
        Assert.Equal("718.39", JsonAt(read, Assets + "fixedAssetsValue"));
        Assert.Equal("138.60", JsonAt(read, "/narrative/procurement/total/amount"));
    }

    /// <summary>Near miss: the enterprises' 资产总额 (监管企业) is not the department's: neither it nor its part is read.</summary>
    [Fact]
    public void EnterprisesAssets_AreNotTheDepartments()
    {
        var (read, diagnostics) = Read(JoinedHeadingText("所监管企业", 93_462, 71_839));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Assets + "totalValue"));
        Assert.Null(JsonAt(read, Assets + "fixedAssetsValue"));
    }

    /// <summary>A planted part above the department's total there is exactly one Error, FA4204.</summary>
    [Fact]
    public void PlantedPartAfterProcurement_IsOneError()
    {
        var (_, diagnostics) = Read(JoinedHeadingText("本部门", 93_462, 97_839));
        Assert.Equal(["FA4204"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>An invented 水文站 三公 paragraph whose items each state the prior year after their amount.</summary>
    internal static string PriorAfterItemText(string receptionTail)
        => "某县水文站2019年度单位决算公开说明\n\n"
            + "七、“三公”经费财政拨款支出决算情况说明\n"
            + "2019年度“三公”经费支出5.41万元，比上年减少1.01万元，下降15.73%。其中：公务用车运行维护费4.26万元，上年4.80万元；"
            + "公务接待费1.15万元，" + receptionTail + "；因公出国（境）费和公务用车购置费均为0。\n";

    /// <summary>"…万元，上年…万元；": each item's prior-year amount; no Error.</summary>
    [Fact]
    public void BarePriorClause_IsTheItemsPriorYearAmount()
    {
        var (read, diagnostics) = Read(PriorAfterItemText("上年1.62万元"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("4.26", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("4.80", JsonAt(read, ThreePublic + "vehicleOperation/priorYearAmount"));
        Assert.Equal("1.15", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("1.62", JsonAt(read, ThreePublic + "reception/priorYearAmount"));
    }

    /// <summary>Near miss: "上年结转…" names another figure of the prior year, never the item's prior amount.</summary>
    [Fact]
    public void PriorClauseNamingAnotherFigure_IsNotThePriorAmount()
    {
        var (read, diagnostics) = Read(PriorAfterItemText("上年结转0.30万元"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("4.80", JsonAt(read, ThreePublic + "vehicleOperation/priorYearAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/priorYearAmount"));
    }
}
