using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 57 (tables57; blind round 53 t10's and t09's layouts, our own invented 市场监督管理局 and 幼儿园 texts):
/// <list type="bullet">
/// <item>a coded 项 table one cell per line, each cell ending in <c> |</c>, a bare <c>|</c> for the 合计 row's empty code, with
/// the header <c>科目编码 / 科目名称 / 年初预算 / 调整预算 / 决算数 / 执行率</c> — refused at the base (no 执行率 header word, and two
/// budgets beside a rate that names no basis): now each row states both budgets and the rate, which the prose reader
/// places on the basis it fits (<c>NarrativeReader.CodedUnnamedRates</c>);</item>
/// <item>a 三公 table <c>项目 / 预算数 / 决算数 / 上年决算数</c> with no 增减 column: its 上年 cells were notes (no direction of
/// change); the direction is now the two years' (<c>TextTableReader.YearsWithoutChange</c>);</item>
/// <item>a two-sided 收入支出决算总表 as tab-separated values (<c>收入⇥行次⇥金额⇥支出⇥行次⇥金额</c>): each side's 本年合计 is
/// checked against its numbered rows (FA8006), and the 结转和结余 and 总计 rows are placed
/// (<c>NarrativeReader.TwoSidedTotalTables</c>).</item>
/// </list>
/// </summary>
public sealed class TablesSessionFiftySevenTests
{
    /// <summary>The coded rows: code, name, 年初预算, 调整预算, 决算数, 执行率 (of the 调整 budget).</summary>
    private static readonly string[][] CodedRows =
    [
        ["2013801", "行政运行", "700.00", "720.00", "716.40", "99.50%"],
        ["2013804", "市场主体管理", "120.00", "150.00", "135.00", "90.00%"],
        ["2013816", "食品安全监管", "330.00", "330.00", "328.85", "99.65%"],
    ];

    /// <summary>
    /// The 说明 with the coded table and the 三公 table one cell per line (<c>cell |</c>); <paramref name="lastRate"/>
    /// replaces the last row's rate.
    /// </summary>
    internal static string CellText(string lastRate = "99.65%")
    {
        var sb = new System.Text.StringBuilder(
            "某县市场监督管理局2024年度部门决算说明\n\n一、收入支出决算总体情况说明\n\n2024年度收入总计1250.40万元，支出总计1250.40万元。\n\n"
            + "四、一般公共预算财政拨款支出决算情况说明\n\n2024年度一般公共预算财政拨款支出1180.25万元，年初预算1150.00万元，"
            + "调整预算1200.00万元，完成调整预算的98.35%。具体如下（单位：万元）：\n\n");
        foreach (var cell in new[] { "科目编码", "科目名称", "年初预算", "调整预算", "决算数", "执行率", "", "合计", "1150.00", "1200.00",
                     "1180.25", "98.35%" })
        {
            sb.Append(cell.Length == 0 ? "|" : cell + " |").Append('\n');
        }

        for (var r = 0; r < CodedRows.Length; r++)
        {
            for (var c = 0; c < 6; c++)
            {
                sb.Append(r == CodedRows.Length - 1 && c == 5 ? lastRate : CodedRows[r][c]).Append(" |\n");
            }
        }

        sb.Append("\n市场主体管理执行率较低，主要原因是部分项目结转下年。\n\n五、“三公”经费财政拨款支出决算情况说明\n\n")
            .Append("2024年度“三公”经费财政拨款支出8.20万元。具体如下（单位：万元）：\n\n");
        foreach (var cell in new[]
                 {
                     "项目", "预算数", "决算数", "上年决算数", "合计", "10.00", "8.20", "9.10", "因公出国（境）费", "", "", "",
                     "公务用车购置及运行维护费", "7.00", "6.00", "6.30", "其中：公务用车购置费", "", "", "", "公务用车运行维护费", "7.00",
                     "6.00", "6.30", "公务接待费", "3.00", "2.20", "2.80",
                 })
        {
            sb.Append(cell.Length == 0 ? "|" : cell + " |").Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Read: every 项 with its code, both budgets and its 决算; the rate on the 调整 budget it fits (99.50, 90.00); no Error.
    /// </summary>
    [Fact]
    public void CodedCellLines_TwoBudgetsAndAnUnnamedRate_AreRead()
    {
        var (read, diagnostics) = Read(CellText());

        Assert.Empty(Errors(diagnostics));
        for (var i = 0; i < CodedRows.Length; i++)
        {
            var item = $"/narrative/generalBudget/items/{i}";
            Assert.Equal(CodedRows[i][0], JsonAt(read, item + "/code"));
            Assert.Equal(CodedRows[i][2], JsonAt(read, item + "/budget/budgetAmount"));
            Assert.Equal("initial", JsonAt(read, item + "/budget/kind"));
            Assert.Equal(CodedRows[i][3], JsonAt(read, item + "/secondBudget/budgetAmount"));
            Assert.Equal(CodedRows[i][4], JsonAt(read, item + "/amount"));
        }

        Assert.Equal("99.50", JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/completionRate"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/generalBudget/items/1/secondBudget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/3"));
        Assert.Equal("1180.25", JsonAt(read, "/narrative/generalBudget/total/amount"));
    }

    /// <summary>
    /// Near miss: a rate that fits neither budget (97.00 % beside 330.00 / 330.00 / 328.85) names no basis, so it is not
    /// guessed onto one — no Error, and no rate placed on that row.
    /// </summary>
    [Fact]
    public void CodedCellLines_ARateFittingNoBudget_IsNoError()
    {
        var (read, diagnostics) = Read(CellText(lastRate: "97.00%"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("328.85", JsonAt(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/budget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/secondBudget/completionRate"));
    }

    /// <summary>
    /// The 三公 table with 上年决算数 and no 增减 column: each row's 上年 is its prior-year amount, the direction the two
    /// years' (2.20 below 2.80: a decrease); the empty rows give nothing.
    /// </summary>
    [Fact]
    public void ThreePublicCells_PriorYearWithoutChangeColumn_IsRead()
    {
        var (read, diagnostics) = Read(CellText());

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2.80", JsonAt(read, "/narrative/threePublic/reception/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Equal("6.30", JsonAt(read, "/narrative/threePublic/vehicleOperation/change/priorYearAmount"));
        Assert.Equal("9.10", JsonAt(read, "/narrative/threePublic/total/change/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/overseasTravel/change"));
    }

    /// <summary>
    /// The two-sided 总表 as tab-separated values; <paramref name="stated"/> is the 本年支出合计 the table writes (the
    /// 支出 rows add to 341.00); <paramref name="extraRow"/> inserts an unnumbered 其中 row under the first 支出 row.
    /// </summary>
    internal static string TwoSidedText(string stated = "341.00", bool extraRow = false) =>
        "某县实验幼儿园2024年度单位决算说明\n\n一、收入支出决算总表\n\n单位：万元\n"
        + "收入\t行次\t金额\t支出\t行次\t金额\n"
        + "一、一般公共预算财政拨款收入\t1\t300.00\t（一）教育支出\t8\t280.50\n"
        + (extraRow ? "\t\t\t其中：学前教育\t\t270.00\n" : string.Empty)
        + "二、政府性基金预算财政拨款收入\t2\t\t（二）社会保障和就业支出\t9\t30.20\n"
        + "三、上级补助收入\t3\t\t（三）卫生健康支出\t10\t12.30\n"
        + "四、事业收入\t4\t60.00\t（四）住房保障支出\t11\t18.00\n"
        + "五、经营收入\t5\t\t\t\t\n"
        + "六、其他收入\t6\t2.50\t\t\t\n"
        + $"本年收入合计\t7\t362.50\t本年支出合计\t12\t{stated}\n"
        + "用事业基金弥补收支差额\t8\t\t结余分配\t13\t\n"
        + "年初结转和结余\t9\t10.00\t年末结转和结余\t14\t31.50\n"
        + "总计\t10\t372.50\t总计\t15\t372.50\n\n"
        + "二、收入决算情况说明\n\n本年收入合计362.50万元，其中：财政拨款收入300.00万元；事业收入60.00万元；其他收入2.50万元。\n\n"
        + "三、支出决算情况说明\n\n本年支出合计341.00万元。\n";

    /// <summary>A clean two-sided 总表: no Error, no Warning; the carry-overs and both 总计 placed from the table.</summary>
    [Fact]
    public void TwoSidedTotalTable_Clean_PlacesCarryOversAndGrandTotals()
    {
        var (read, diagnostics) = Read(TwoSidedText());

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        Assert.Equal("10.00", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("31.50", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("372.50", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("372.50", JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
    }

    /// <summary>A 本年支出合计 that is not the sum of the four 支出 rows (314.00 against 341.00): FA8006 at the total's cell.</summary>
    [Fact]
    public void TwoSidedTotalTable_WrongTotal_IsFA8006()
    {
        var (_, diagnostics) = Read(TwoSidedText(stated: "314.00"));

        var error = Assert.Single(diagnostics, d => d.Severity == PublicFinance.FinalAccounts.Validation.Severity.Error);
        Assert.Equal("FA8006", error.RuleId);
        Assert.Contains("314.00", error.MessageEn);
        Assert.Contains("341.00", error.MessageEn);
        Assert.Equal(13, error.Span?.StartLine);
    }

    /// <summary>Near miss: an unnumbered 其中 row on the 支出 side makes its parts uncertain — no check, no Error.</summary>
    [Fact]
    public void TwoSidedTotalTable_UnnumberedRow_IsNotChecked()
    {
        var (_, diagnostics) = Read(TwoSidedText(stated: "314.00", extraRow: true));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8006");
    }

    /// <summary>
    /// Property: any 本年支出合计 the table writes is an Error exactly when it is off the rows' sum (341.00) by more than
    /// their rounding (4 rows: 0.02).
    /// </summary>
    [Property(MaxTest = 10)]
    public Property AnyStatedTotal_IsFlaggedExactlyWhenOffItsRows()
    {
        var gen = Gen.Choose(-500, 500).Select(d => 34_100L + d);
        return Prop.ForAll(gen.ToArbitrary(), hundredths =>
        {
            var (_, diagnostics) = Read(TwoSidedText(stated: PlainMoney(hundredths)));
            var flagged = diagnostics.Any(d => d.RuleId == "FA8006");
            return (flagged == Math.Abs(hundredths - 34_100L) > 2).Label(PlainMoney(hundredths));
        });
    }
}
