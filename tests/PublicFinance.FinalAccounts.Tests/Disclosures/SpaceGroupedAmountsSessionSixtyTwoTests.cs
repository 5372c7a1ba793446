using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 62 (r59fix, blind round 59 t07 and t05; our own invented 水利工程管理站 and 质量检测所 texts). An amount whose
/// thousands are grouped by a space as some PDFs extract it (<c>本年收入合计3 416.27万元</c>) is one amount where that is certain
/// (a head of one to three digits after a word, groups of three, a money unit), never two cells of a row; where it could be
/// either it is a note, not a figure. A table title joined to the sentence before it (<c>…见下表：</c> / <c>…决算对比表</c> /
/// <c>单位：万元</c>) still makes the bar table after it another table than the 三公 table.
/// </summary>
public sealed class SpaceGroupedAmountsSessionSixtyTwoTests
{
    /// <summary>An invented 水利工程管理站 text with its amounts grouped by spaces; <paramref name="share"/> the appropriation's share.</summary>
    internal static string SpacedText(string share = "98.94")
        => "某县水利工程管理站2024年度单位决算说明\n"
            + "一、收入支出决算总体情况\n"
            + "2024年度本年收入合计3 416.27万元，比上年决算减少218.40万元，下降6.01%。\n"
            + "二、收入决算情况\n"
            + $"本年收入合计3 416.27万元，其中：财政拨款收入3 380.15万元，占{share}%；其他收入36.12万元，占1.06%。\n"
            + "三、支出决算情况\n"
            + "本年支出合计3 402.88万元，其中：基本支出2 115.36万元，占62.16%；项目支出1 287.52万元，占37.84%。\n"
            + "四、国有资产占用情况\n"
            + "截至2024年12月31日，资产总额15 208.64万元，其中：流动资产1 106.20万元，固定资产14 102.44万元。\n";

    /// <summary>Each space-grouped amount is read whole; the shares and the change agree with it: no Error.</summary>
    [Fact]
    public void SpaceGroupedAmounts_AreReadWhole()
    {
        var (read, diagnostics) = Read(SpacedText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3416.27", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("3380.15", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("3402.88", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("2115.36", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("1287.52", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("15208.64", JsonAt(read, "/narrative/assets/totalValue"));
    }

    /// <summary>A planted share (digits swapped, 89.94 for 98.94) of a space-grouped amount is still found: FA2001.</summary>
    [Fact]
    public void PlantedShareOfASpaceGroupedAmount_IsFound()
    {
        var (_, diagnostics) = Read(SpacedText("89.94"));
        Assert.Contains("FA2001", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss: a number after another number and one space (<c>资产总额 3 15 208.64万元</c>) could be 208.64 or 15,208.64:
    /// neither is read; a located note says so.
    /// </summary>
    [Fact]
    public void AmountAfterAnotherNumber_IsANoteNotAFigure()
    {
        var text = SpacedText().Replace("资产总额15 208.64万元，其中：流动资产1 106.20万元，固定资产14 102.44万元",
            "资产总额 3 15 208.64万元", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/assets/totalValue"));
        Assert.True(Noted(read, "thousands grouped by a space"));
    }

    /// <summary>
    /// Near miss: the cells of a space-aligned row (<c>合计  2 742.18  1 268.42</c>, <c>12 486.73 1 268.42</c>) are never
    /// joined into one number: no figure of 742.18 or 268.42 and no Error.
    /// </summary>
    [Fact]
    public void SpaceAlignedRowCells_AreNotJoined()
    {
        var text = SpacedText() + "五、其他需要说明的情况\n"
            + "项目  2024年  2023年\n"
            + "合计  2 742.18  1 268.42\n"
            + "资产  12 486.73 1 268.42\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3416.27", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("15208.64", JsonAt(read, "/narrative/assets/totalValue"));
    }

    /// <summary>An invented 质量检测所 text: a bar table without outer pipes under a title joined to the sentence before it.</summary>
    internal static string BarTableText(string threePublicTitle = "一般公共预算财政拨款支出决算对比表")
        => "某市质量检测所2023年度单位决算说明\n"
            + "1.一般公共预算财政拨款支出决算情况\n"
            + "2023年度一般公共预算财政拨款支出412.50万元，同比增加14.30万元，增长3.59%。具体情况见下表：\n"
            + threePublicTitle + "\n"
            + "单位：万元\n"
            + "项目|2023年决算数|2022年决算数|增减额|增减率（%）\n"
            + "合计|412.50|398.20|14.30|3.59\n"
            + "2013850 事业运行|301.20|290.40|10.80|3.72\n"
            + "2210201 住房公积金|111.30|107.80|3.50|3.25\n"
            + "2.“三公”经费支出情况\n"
            + "2023年度“三公”经费支出5.36万元，其中公务用车运行维护费4.10万元，公务接待费1.26万元。\n";

    /// <summary>The 合计 row of the appropriation's comparison table is not the 三公 total: no false FA2104 / FA2105 / FA8003.</summary>
    [Fact]
    public void BarTableUnderAJoinedTitle_IsNotTheThreePublicTable()
    {
        var (read, diagnostics) = Read(BarTableText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5.36", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/amount"));
    }
}
