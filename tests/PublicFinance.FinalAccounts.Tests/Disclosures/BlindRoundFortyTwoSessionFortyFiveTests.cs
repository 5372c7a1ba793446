using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (fix42): the causes of blind round 42's false findings, each written as invented texts of the same family with
/// asserted values, near misses and a planted-error twin: (1) the 合计 of a one-cell-per-line 项 table read as the 三公 total
/// (a false FA8003 and an FA2201 on the 项 table's budget); (2) the change of an income part stated in the overview put on
/// the overview's grand totals (a false FA2104); (3) a procurement share written after 全部授予中小企业 read as the kind's share
/// (a false FA2006); (4) reasons headed by a 项 or 类 name after the table given to the table's last row (false FA2206);
/// (5) the consequence of a disputed total names the total, not the share, as the figure to correct.
/// </summary>
public class BlindRoundFortyTwoSessionFortyFiveTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private const string ThreePublic = "/narrative/threePublic/total/";

    // ---- 1 and 4. a 项 table one cell per line, its 合计, and the reasons named after it ---------------------------------------

    private const string GeneralBudgetHead = "某县水务局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n"
        + "2023年度一般公共预算财政拨款支出905.00万元，年初预算880.00万元，完成年初预算的102.84%。具体情况见下表：\n";

    private const string ItemCells = "一般公共预算财政拨款支出决算明细表（单位：万元） |\n科目编码 |\n科目名称 |\n年初预算 |\n决算数 |\n完成率 |\n"
        + "2130301 |\n行政运行 |\n400.00 |\n420.00 |\n105.00% |\n"
        + "2130306 |\n水利工程运行与维护 |\n480.00 |\n485.00 |\n101.04% |\n"
        + " |\n合计 |\n880.00 |\n905.00 |\n102.84% |\n";

    private const string NamedReasons =
        "行政运行决算数大于年初预算，主要原因是人员经费增加；水利工程运行与维护决算数大于年初预算，主要原因是追加维修资金。\n";

    private const string ThreePublicProse =
        "七、“三公”经费支出决算情况\n2023年度“三公”经费支出8.20万元，完成年初预算的82.00%，主要原因是压减公务接待。\n";

    /// <summary>
    /// The 项 table's 合计 row (880.00 | 905.00 | 102.84%) follows rows that name no 三公 item: it is that table's total, never
    /// the 三公 total. Before, it became the 三公 total, its budget and its rate: an FA8003 against the prose's 8.20 and an
    /// FA2201 of 8.20 / 880.00 against 82.00%. The 三公 rate has no budget of its own stated, so nothing computes it.
    /// </summary>
    [Fact]
    public void ItemTableTotal_OneCellPerLine_IsNotTheThreePublicTotal()
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + ItemCells + NamedReasons + ThreePublicProse);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("8.20", JsonAt(read, ThreePublic + "amount"));
        Assert.Equal("82.00", JsonAt(read, ThreePublic + "budget/completionRate"));
        Assert.Null(JsonAt(read, ThreePublic + "budget/budgetAmount"));
        Assert.Equal("420.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("480.00", JsonAt(read, Items + "1/budget/budgetAmount"));
    }

    /// <summary>
    /// The near miss: a real 三公 table one cell per line after the 项 table is still read — its 合计 row (no row of another
    /// subject before it in its own table) is the 三公 total with its budget, and its items theirs.
    /// </summary>
    [Fact]
    public void ThreePublicTableAfterAnItemTable_IsStillRead()
    {
        var threePublicCells = "七、“三公”经费支出决算情况\n项目 |\n年初预算数 |\n决算数 |\n合计 |\n10.00 |\n8.20 |\n"
            + "公务用车运行维护费 |\n7.00 |\n6.00 |\n公务接待费 |\n3.00 |\n2.20 |\n"
            + "2023年度“三公”经费支出8.20万元，完成年初预算的82.00%，主要原因是压减公务接待。\n";
        var (read, diagnostics) = Read(GeneralBudgetHead + ItemCells + NamedReasons + threePublicCells);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("10.00", JsonAt(read, ThreePublic + "budget/budgetAmount"));
        Assert.Equal("7.00", JsonAt(read, "/narrative/threePublic/vehicleOperation/budget/budgetAmount"));
        Assert.Equal("2.20", JsonAt(read, "/narrative/threePublic/reception/amount"));
    }

    /// <summary>The twin: a 三公 rate wrong on its own table's budget (8.20 / 10.00 = 82.00%, written 72.00%) is still an FA2201.</summary>
    [Fact]
    public void ThreePublicTableAfterAnItemTable_WrongRate_StillAnError()
    {
        var threePublicCells = "七、“三公”经费支出决算情况\n项目 |\n年初预算数 |\n决算数 |\n合计 |\n10.00 |\n8.20 |\n"
            + "2023年度“三公”经费支出8.20万元，完成年初预算的72.00%，主要原因是压减公务接待。\n";
        var (_, diagnostics) = Read(GeneralBudgetHead + ItemCells + NamedReasons + threePublicCells);

        Assert.Contains("FA2201 " + ThreePublic + "budget/completionRate", Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "行政运行决算数大于年初预算，主要原因是 A；水利工程运行与维护决算数大于年初预算，主要原因是 B。" after the table: each named row's
    /// budget takes its own reason. Before, the whole sentence was the last row's reason and 行政运行 warned (a false FA2206).
    /// </summary>
    [Fact]
    public void ReasonsNamedByRow_GoToEachRow()
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + ItemCells + NamedReasons + ThreePublicProse);

        Assert.Equal("人员经费增加", JsonAt(read, Items + "0/budget/reason"));
        Assert.Equal("追加维修资金。", JsonAt(read, Items + "1/budget/reason"));
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w.StartsWith("FA2206 " + Items, StringComparison.Ordinal));
    }

    /// <summary>
    /// The same with a `|` table of 类 (codes of three digits), and the first clause of the sentence naming no row: the
    /// named 类 (below its budget, as the clause says) takes its reason.
    /// </summary>
    [Fact]
    public void ReasonNamedByClass_AfterABarTable_GoesToThatClass()
    {
        var text = "某镇人民政府2019年度部门决算说明\n（三）一般公共预算财政拨款支出情况\n"
            + "2019年度一般公共预算财政拨款支出215.00万元，按功能分类科目（类级）列示如下（单位：万元）：\n"
            + "| 科目编码 | 科目名称 | 年初预算数 | 决算数 | 完成率 |\n| --- | --- | --- | --- | --- |\n"
            + "| 201 | 一般公共服务支出 | 150.00 | 165.00 | 110.00% |\n"
            + "| 213 | 农林水支出 | 60.00 | 50.00 | 83.33% |\n"
            + "| | 合计 | 210.00 | 215.00 | 102.38% |\n"
            + "决算数大于年初预算数的主要原因是年中追加了村级公益事业奖补资金；农林水支出决算数小于年初预算数，主要原因是部分水利项目延期。\n";
        var (read, diagnostics) = Read(text);

        Assert.Equal("部分水利项目延期。", JsonAt(read, "/narrative/generalBudget/classes/1/budget/reason"));
        Assert.DoesNotContain("FA2206 /narrative/generalBudget/classes/1/budget", Of(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// Near misses: a relation the row's figures contradict (行政运行 420.00 above 400.00, written 小于) and a name that is no row
    /// of the table (其他科目) are not read as that row's comparison: 行政运行 gets no reason (FA2206 still asks for one).
    /// </summary>
    [Theory]
    [InlineData("行政运行决算数小于年初预算，主要原因是人员经费增加。\n")]
    [InlineData("其他科目决算数大于年初预算，主要原因是追加资金。\n")]
    public void ComparisonNamingNoMatchingRow_IsNotThatRowsReason(string sentence)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + ItemCells + sentence + ThreePublicProse);

        Assert.Null(JsonAt(read, Items + "0/budget/reason"));
        Assert.Contains("FA2206 " + Items + "0/budget", Of(diagnostics, Severity.Warning));
    }

    // ---- 2. the change of an income part stated in the overview ------------------------------------------------------------

    private const string OverviewText = "某市第三中学2022年度单位决算说明\n收入支出决算总体情况\n"
        + "2022年度本单位收入总计3180.40万元，比上年增加100.00万元，增长3.25%，支出总计3180.40万元。"
        + "财政拨款收入2900.00万元；事业收入160.00万元，比上年度减少40.00万元，降低20.00%，减少原因是学生人数减少；其他收入20.40万元\n";

    /// <summary>
    /// "事业收入 160.00 万元，比上年度减少 40.00 万元，降低 20.00%" under the overview's heading: the change is 事业收入's (40.00 /
    /// 200.00 = 20.00%), with its reason. Before, it went to the grand totals' change (or, that being held, a note): checked
    /// on 收入总计 it was a false FA2104. A change of 收入总计 stated right after it stays the overview's.
    /// </summary>
    [Fact]
    public void PartChangeInTheOverview_IsThePartsChange()
    {
        var (read, diagnostics) = Read(OverviewText);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("40.00", JsonAt(read, "/narrative/income/serviceIncome/change/amount"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/income/serviceIncome/change/rate"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/income/serviceIncome/change/direction"));
        Assert.Equal("学生人数减少", JsonAt(read, "/narrative/income/serviceIncome/change/reason"));
        Assert.Equal("100.00", JsonAt(read, "/narrative/overall/change/amount"));
        Assert.Equal("3.25", JsonAt(read, "/narrative/overall/change/rate"));
    }

    /// <summary>The twin: the part's rate written 25.00% (40.00 / 200.00 = 20.00%) is an FA2104 Error on the part's change.</summary>
    [Fact]
    public void PartChangeInTheOverview_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(OverviewText.Replace("降低20.00%", "降低25.00%", StringComparison.Ordinal));

        Assert.Equal(["FA2104 /narrative/income/serviceIncome/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Property: whatever the part's amount and its decrease, the change written with its rate on the prior year (amount +
    /// decrease) is the part's and raises no Error; the overview's change is never given it.
    /// </summary>
    [Property(MaxTest = 20)]
    public bool PartChangeInTheOverview_Property(PositiveInt amountCents, PositiveInt decreaseCents)
    {
        var amount = (amountCents.Get % 50000 + 100) / 100m;
        var decrease = (decreaseCents.Get % 20000 + 1) / 100m;
        var rate = Math.Round(decrease * 100m / (amount + decrease), 2, MidpointRounding.AwayFromZero);
        var text = "某市第一小学2021年度单位决算说明\n收入支出决算总体情况\n2021年度本单位收入总计5000.00万元，支出总计5000.00万元。"
            + "财政拨款收入4500.00万元；事业收入" + amount.ToString("0.00", CultureInfo.InvariantCulture) + "万元，比上年度减少"
            + decrease.ToString("0.00", CultureInfo.InvariantCulture) + "万元，降低" + rate.ToString("0.00", CultureInfo.InvariantCulture)
            + "%，减少原因是学生人数减少\n";
        var (read, diagnostics) = Read(text);
        return Of(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, "/narrative/income/serviceIncome/change/amount") == decrease.ToString("0.00", CultureInfo.InvariantCulture)
            && JsonAt(read, "/narrative/overall/change/amount") is null;
    }

    // ---- 3. a procurement share after words naming the SME contracts -------------------------------------------------------

    private const string ProcurementHead = "某区档案馆2024年度部门决算说明\n九、政府采购支出情况\n";

    /// <summary>
    /// "…政府采购服务支出 100.00 万元，全部授予中小企业，占比100%": the share is the SME contracts' (of the whole purchase), not the
    /// services' share of the total — a located note, nothing placed. Before, 100.00 / 120.00 against 100% was a false FA2006.
    /// The same for a 小微 share after an SME amount ("其中小微企业占比 60.00%": of the SME contracts, not of the total).
    /// </summary>
    [Theory]
    [InlineData("2024年度政府采购支出总额 120.00 万元，其中政府采购货物支出 20.00 万元、政府采购服务支出 100.00 万元，全部授予中小企业，占比100%。\n",
        "/narrative/procurement/services/share")]
    [InlineData("2024年度政府采购支出总额 120.00 万元，其中授予中小企业合同金额 90.00 万元，其中小微企业占比 60.00%。\n",
        "/narrative/procurement/smeContracts/share")]
    public void ShareAfterSmeWords_IsANote(string sentence, string pointer)
    {
        var (read, diagnostics) = Read(ProcurementHead + sentence);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, pointer));
        Assert.True(Noted(read, "words naming the contracts awarded to SMEs"));
    }

    /// <summary>
    /// Near misses: a share right after the figure it is of is read as before — the services' share of the total, and the
    /// SME contracts' share of the total.
    /// </summary>
    [Fact]
    public void ShareRightAfterItsFigure_IsStillRead()
    {
        var (read, diagnostics) = Read(ProcurementHead + "2024年度政府采购支出总额 120.00 万元，其中政府采购服务支出 100.00 万元，"
            + "占政府采购支出总额的83.33%。授予中小企业合同金额 120.00 万元，占政府采购支出总额的100%。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("83.33", JsonAt(read, "/narrative/procurement/services/share"));
        Assert.Equal("100", JsonAt(read, "/narrative/procurement/smeContracts/share"));
    }

    /// <summary>The twin: the services' own share written wrong (100.00 / 120.00 = 83.33%, written 73.33%) is still an FA2006.</summary>
    [Fact]
    public void ShareRightAfterItsFigure_Wrong_StillAnError()
    {
        var (_, diagnostics) = Read(ProcurementHead + "2024年度政府采购支出总额 120.00 万元，其中政府采购服务支出 100.00 万元，"
            + "占政府采购支出总额的73.33%。\n");

        Assert.Equal(["FA2006 /narrative/procurement/services/share"], Of(diagnostics, Severity.Error));
    }

    // ---- 5. a consequence names the figure to correct ----------------------------------------------------------------------

    /// <summary>
    /// 本年支出合计 written 1100.00 beside 基本支出 400.00 (40.00%) and 项目支出 600.00 (60.00%): FA1203 on the total, and the shares
    /// (right on the parts' sum 1000.00) are its consequences — Warnings whose message names the total as the figure to
    /// correct, not the share.
    /// </summary>
    [Fact]
    public void ShareOnADisputedTotal_NamesTheTotalToCorrect()
    {
        var (_, diagnostics) = Read("某市审计局2024年度部门决算说明\n三、支出决算情况说明\n"
            + "2024年度本年支出合计1100.00万元，其中：基本支出400.00万元，占40.00%；项目支出600.00万元，占60.00%。\n");

        Assert.Equal(["FA1203 /narrative/expenditure/total/amount"], Of(diagnostics, Severity.Error));
        var shares = diagnostics.Where(d => d.RuleId == "FA2002").ToList();
        Assert.Equal(2, shares.Count);
        Assert.All(shares, d =>
        {
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.Contains(
                "the figure to correct is /narrative/expenditure/total/amount, not this one", d.MessageEn, StringComparison.Ordinal);
            Assert.Contains("应更正的是 /narrative/expenditure/total/amount", d.MessageZh, StringComparison.Ordinal);
        });
    }
}
