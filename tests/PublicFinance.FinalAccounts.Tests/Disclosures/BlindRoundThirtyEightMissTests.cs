using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 38's missed families (session 40, blindmiss38), on invented texts of our own wording and numbers: a 亿元
/// document with a 万元 part (every 亿元 amount was refused as coarser than a 万元 report) and a coded `|` table whose
/// completion-rate column names its basis (完成年初预算%) and whose 类 rows stand above their 项.
/// </summary>
public class BlindRoundThirtyEightMissTests
{
    private const string YiHead = "某省水利厅2023年度部门决算说明\n一、收入支出决算总体情况说明\n"
        + "2023年度收入总计86.45亿元、支出总计86.45亿元。收入总计中：本年收入80.12亿元，年初结转和结余6.33亿元。\n"
        + "二、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出35.70亿元。\n";

    private static string ThreePublicInWan(string total, string vehicles, string reception)
        => "三、“三公”经费财政拨款支出决算情况说明（单位：万元）\n"
            + $"2023年度“三公”经费财政拨款支出决算{total}万元。其中：因公出国（境）费0万元，公务用车购置及运行维护费{vehicles}万元，"
            + $"公务接待费{reception}万元。\n";

    /// <summary>
    /// 亿元 totals with a 三公 paragraph in 万元: the report is in 亿元, each 亿元 amount as written (86.45 = 80.12 + 6.33), each
    /// 万元 amount converted exactly (123.45 万元 = 0.012345 亿元 = 0.008025 + 0.004320), with an Info per conversion; no Error.
    /// </summary>
    [Fact]
    public void YiYuanDocument_WithAWanYuanPart_IsReadInYiYuan()
    {
        var (read, diagnostics) = Read(YiHead + ThreePublicInWan("123.45", "80.25", "43.20"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("yiYuan", JsonAt(read, "/unit"));
        Assert.Equal("86.45", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("80.12", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("6.33", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("35.70", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("0.012345", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("0.004320", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Info && d.MessageZh.Contains("123.45 万元在亿元文件中", StringComparison.Ordinal));
    }

    /// <summary>
    /// Near misses keep the report in 万元 and the 亿元 figures refused as coarse: the 万元 part a table (“单位：万元” over bare
    /// cells), a 万元 amount before the first 亿元, more 万元 amounts than 亿元 ones, or an amount in 元 beside them.
    /// </summary>
    [Theory]
    [InlineData("三、“三公”经费财政拨款支出决算情况说明（单位：万元）\n项目 | 决算数\n合计 | 123.45\n公务接待费 | 43.20\n", false)]
    [InlineData("", true)]
    [InlineData("三、“三公”经费\n2023年度“三公”经费财政拨款支出决算123.45万元，公务用车购置及运行维护费80.25万元，公务接待费43.20万元，"
        + "其中接待费用12.00万元，会议费5.00万元，培训费3.00万元。\n", false)]
    [InlineData("三、其他\n机关运行经费1,234.50元。\n", false)]
    public void NearMisses_KeepWanYuan(string tail, bool wanFirst)
    {
        var head = wanFirst ? YiHead.Replace("一、收入支出", "本年收入中，财政拨款收入1234.56万元。\n一、收入支出", StringComparison.Ordinal) : YiHead;
        var (read, diagnostics) = Read(head + tail);

        Assert.Empty(Errors(diagnostics));
        Assert.NotEqual("yiYuan", JsonAt(read, "/unit"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.True(Noted(read, "coarser than the report's unit"));
    }

    /// <summary>
    /// Any 万元 三公 parts in a 亿元 document are converted exactly: the placed figure is the written one over ten thousand,
    /// with four decimals more, and a total that adds up raises no Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property WanYuanParts_ConvertExactly(PositiveInt vehicleFen, PositiveInt receptionFen)
    {
        var (vehicles, reception) = (vehicleFen.Get % 10_000_000 / 100m, receptionFen.Get % 10_000_000 / 100m);
        string W(decimal v) => v.ToString("F2", CultureInfo.InvariantCulture);
        var (read, diagnostics) = Read(YiHead + ThreePublicInWan(W(vehicles + reception), W(vehicles), W(reception)));
        string Yi(decimal v) => (v / 10_000m).ToString("F6", CultureInfo.InvariantCulture);
        var total = JsonAt(read, "/narrative/threePublic/total/amount");
        var placed = JsonAt(read, "/narrative/threePublic/reception/amount");
        return (total == Yi(vehicles + reception) && placed == Yi(reception) && Errors(diagnostics).Length == 0)
            .Label($"total={total} reception={placed} errors={string.Join(";", Errors(diagnostics))}");
    }

    private const string CodedHead = "某乡人民政府2019年度部门决算说明\n二、一般公共预算财政拨款支出决算情况\n"
        + "2019年度一般公共预算财政拨款支出516.30万元，年初预算480.00万元，完成年初预算的107.56%。具体情况见下表（单位：万元）：\n";

    /// <summary>A markdown coded table (a `| --- |` line) with 类 rows above their 项; the rate column's header given.</summary>
    private static string CodedTable(string rateHeader, string classRate)
        => $"| 科目编码 | 科目名称 | 年初预算数 | 决算数 | {rateHeader} |\n| --- | --- | --- | --- | --- |\n"
            + "| | 合计 | 480.00 | 516.30 | 107.56 |\n"
            + "| 201 | 一般公共服务支出 | 300.00 | 330.60 | 110.20 |\n"
            + "| 2010301 | 行政运行 | 220.00 | 236.50 | 107.50 |\n"
            + "| 2010350 | 事业运行 | 80.00 | 94.10 | 117.63 |\n"
            + $"| 213 | 农林水支出 | 180.00 | 185.70 | {classRate} |\n"
            + "| 2130705 | 对村民委员会和村党支部的补助 | 120.00 | 118.20 | 98.50 |\n"
            + "| 2130599 | 其他扶贫支出 | 60.00 | 67.50 | 112.50 |\n";

    /// <summary>
    /// 完成年初预算% is the completion rate against the 年初预算 column: the 项 rows are the section's items (236.50 / 220.00 =
    /// 107.50%, 94.10 / 80.00 = 117.625% → 117.63), the 类 rows its classes (330.60 / 300.00 = 110.20%, 185.70 / 180.00 =
    /// 103.17%), the 合计 its total; no Error (before: nothing of the table was read).
    /// </summary>
    [Theory]
    [InlineData("完成年初预算%")]
    [InlineData("完成年初预算(%)")]
    public void CodedTable_NamedRateBasis_ReadsItemsAndClasses(string rateHeader)
    {
        var (read, diagnostics) = Read(CodedHead + CodedTable(rateHeader, "103.17"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2010301", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("220.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("initial", JsonAt(read, "/narrative/generalBudget/items/0/budget/kind"));
        Assert.Equal("117.63", JsonAt(read, "/narrative/generalBudget/items/1/budget/completionRate"));
        Assert.Equal("2130599", JsonAt(read, "/narrative/generalBudget/items/3/code"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/4"));
        Assert.Equal("一般公共服务支出", JsonAt(read, "/narrative/generalBudget/classes/0/name"));
        Assert.Equal("330.60", JsonAt(read, "/narrative/generalBudget/classes/0/amount"));
        Assert.Equal("103.17", JsonAt(read, "/narrative/generalBudget/classes/1/budget/completionRate"));
        Assert.Equal("480.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
    }

    /// <summary>A wrong 类 rate in the table (108.17% for 185.70 / 180.00 = 103.17%) is that class's FA2201, the only Error.</summary>
    [Fact]
    public void CodedTable_WrongClassRate_IsTheClasssError()
    {
        var (_, diagnostics) = Read(CodedHead + CodedTable("完成年初预算%", "108.17"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Equal("/narrative/generalBudget/classes/1/budget/completionRate", error.Pointers[0]);
    }

    /// <summary>
    /// A rate column naming another basis than the table's budget column (完成调整预算% beside 年初预算数) is not this table:
    /// none of its rows is read.
    /// </summary>
    [Fact]
    public void CodedTable_RateOfAnotherBasis_IsNotRead()
    {
        var (read, diagnostics) = Read(CodedHead + CodedTable("完成调整预算%", "103.17"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/0"));
    }

    private const string BasicHead = "某县林业站2018年度部门决算说明\n五、一般公共预算财政拨款基本支出决算情况说明\n";

    /// <summary>
    /// 人员经费 with its share, change and reason, then after ';' 公用经费 with its own: the reason stops at the ';' (before: it
    /// swallowed the 公用经费 clause, whose four figures were lost). 312.40 + 27.60 = 340.00; 27.60 / 340.00 = 8.12%.
    /// </summary>
    [Fact]
    public void PublicExpenses_AfterThePersonnelReason_AreRead()
    {
        var (read, diagnostics) = Read(BasicHead + "2018年度一般公共预算财政拨款基本支出340.00万元，其中：人员经费312.40万元，占91.88%，"
            + "较上年度增加20.40万元，增长6.99%，主要原因是增加在职人员；公用经费27.60万元，占8.12%，较上年度减少3.40万元，"
            + "下降10.97%，主要原因是压减会议费。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("增加在职人员", JsonAt(read, "/narrative/basicExpenditure/personnel/change/reason"));
        Assert.Equal("27.60", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Equal("8.12", JsonAt(read, "/narrative/basicExpenditure/public/share"));
        Assert.Equal("3.40", JsonAt(read, "/narrative/basicExpenditure/public/change/amount"));
        Assert.Equal("10.97", JsonAt(read, "/narrative/basicExpenditure/public/change/rate"));
        Assert.Equal("压减会议费。", JsonAt(read, "/narrative/basicExpenditure/public/change/reason"));
    }

    /// <summary>A reason whose part after ';' names 公用经费 without a figure of its own goes on (it is one reason).</summary>
    [Fact]
    public void PublicExpensesWithoutFigure_StayInTheReason()
    {
        var (read, _) = Read(BasicHead + "2018年度一般公共预算财政拨款基本支出340.00万元，其中：人员经费312.40万元，较上年度增加20.40万元，"
            + "主要原因是增加在职人员；公用经费相应增加。\n");

        Assert.Equal("增加在职人员；公用经费相应增加。", JsonAt(read, "/narrative/basicExpenditure/personnel/change/reason"));
    }
}

