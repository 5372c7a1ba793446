using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 63 (fix60; our own invented texts, none copied from the blind round): a 三公 table titled <c>…“三公”经费支出决算表</c>
/// under the 三公 heading keeps the reader in the section, so the prose after the table is read; a denied 机关运行经费 is
/// zero; a coded table row's rate and the 项 line's differing rate are FA8008.
/// </summary>
public sealed class SectionsSessionSixtyThreeTests
{
    private const string Title = "泸溪县档案馆2022年度单位决算\n";

    private const string ThreePublicTable = "2022年度“三公”经费支出决算表\n单位：万元\n"
        + "项目                        2022年预算数  2022年决算数  2021年决算数\n"
        + "合计                                8.00          6.12            6.80\n"
        + "1.因公出国（境）费                  0.00          0.00            0.00\n"
        + "2.公务接待费                        2.00          1.40            1.60\n"
        + "3.公务用车购置及运行维护费          6.00          4.72            5.20\n";

    private const string ThreePublicProse = "2022年度“三公”经费财政拨款支出决算为6.12万元，完成预算的76.50%，较上年减少0.68万元，"
        + "下降10.00%。其中：公务接待费支出1.40万元，完成预算的70.00%，较上年减少0.20万元，主要是压减接待。"
        + "全年国内公务接待12批次、86人次。\n";

    /// <summary>The prose after the titled 三公 table: completion rates, changes, batches and person-visits.</summary>
    [Fact]
    public void ThreePublicProse_AfterItsTitledTable_IsRead()
    {
        var (read, diagnostics) = Read(Title + "二、“三公”经费支出决算情况说明\n" + ThreePublicTable + ThreePublicProse);
        Assert.Equal("76.50", JsonAt(read, "/narrative/threePublic/total/budget/completionRate"));
        Assert.Equal("0.68", JsonAt(read, "/narrative/threePublic/total/change/amount"));
        Assert.Equal("10.00", JsonAt(read, "/narrative/threePublic/total/change/rate"));
        Assert.Equal("6.80", JsonAt(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Equal("70.00", JsonAt(read, "/narrative/threePublic/reception/budget/completionRate"));
        Assert.Equal("0.20", JsonAt(read, "/narrative/threePublic/reception/change/amount"));
        Assert.Equal("12", JsonAt(read, "/narrative/threePublic/domesticReceptionBatches"));
        Assert.Equal("86", JsonAt(read, "/narrative/threePublic/domesticReceptionPersonTrips"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Near miss: another table's title under the 三公 heading still leaves for the tables; nothing after it is 三公.</summary>
    [Fact]
    public void OtherTableTitle_UnderTheThreePublicHeading_LeavesTheSection()
    {
        var (read, _) = Read(Title + "二、“三公”经费支出决算情况说明\n2022年度一般公共预算财政拨款支出决算表\n" + ThreePublicProse);
        Assert.Null(JsonAt(read, "/narrative/threePublic"));
    }

    /// <summary>"不涉及机关运行经费" / "无机关运行经费支出" in the section: the amount is zero.</summary>
    [Theory]
    [InlineData("本馆为公益一类事业单位，不涉及机关运行经费。")]
    [InlineData("本单位为事业单位，无机关运行经费支出。")]
    public void OperatingExpensesDenied_IsZero(string sentence)
    {
        var (read, diagnostics) = Read(Title + "二、“三公”经费支出决算情况说明\n" + ThreePublicProse + "三、机关运行经费支出情况说明\n" + sentence + "\n");
        Assert.Equal("0", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Near misses: no change, or a denial outside the section, places no amount.</summary>
    [Theory]
    [InlineData("三、机关运行经费支出情况说明\n2022年度机关运行经费支出比上年无变化。\n")]
    [InlineData("三、其他需要说明的事项\n本馆不涉及机关运行经费。\n")]
    public void OperatingExpensesNotDenied_NoAmount(string part)
    {
        var (read, _) = Read(Title + "二、“三公”经费支出决算情况说明\n" + ThreePublicProse + part);
        Assert.Null(JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
    }

    private const string CodedTable = "澧州市水文站2021年度单位决算\n（三）一般公共预算财政拨款支出决算情况说明\n"
        + "1、一般公共预算财政拨款支出决算总体情况\n2021年度一般公共预算财政拨款支出1,250,000.00元。\n"
        + "2、一般公共预算财政拨款支出决算结构情况\n一般公共预算财政拨款支出决算表\n单位：元\n"
        + "| 科目编码 | 科目名称 | 年初预算数 | 决算数 | 完成率（%） |\n"
        + "|  | 合计 | 1,240,000.00 | 1,250,000.00 | 100.81 |\n"
        + "| 2130301 | 行政运行 | 1,000,000.00 | 1,030,000.00 | 103.00 |\n"
        + "| 2210201 | 住房公积金 | 240,000.00 | 220,000.00 | 91.67 |\n"
        + "3、一般公共预算财政拨款支出决算具体情况\n";

    /// <summary>
    /// The 项 line's rate against the table row's (130.00 printed for 103.00): FA8008 names both; the table's value stays. The
    /// same rate in the other 项 line is nothing new.
    /// </summary>
    [Fact]
    public void ItemLineRate_AgainstTheTableRow_IsTableAndText()
    {
        var (read, diagnostics) = Read(CodedTable
            + "（1）农林水支出（类）水利（款）行政运行（项）：年初预算为1,000,000.00元，支出决算为1,030,000.00元，完成年初预算的130.00%，"
            + "决算数大于年初预算数的主要原因是人员增加。\n"
            + "（2）住房保障支出（类）住房改革支出（款）住房公积金（项）：年初预算为240,000.00元，支出决算为220,000.00元，"
            + "完成年初预算的91.67%，决算数小于年初预算数的主要原因是人员调出。\n");
        Assert.Equal("103.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA8008");
        Assert.Equal("/narrative/generalBudget/items/0/budget/completionRate", finding.Pointers[0]);
        Assert.Contains("103.00", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("130.00", finding.MessageZh, StringComparison.Ordinal);
        Assert.Empty(Errors(diagnostics));
    }
}
