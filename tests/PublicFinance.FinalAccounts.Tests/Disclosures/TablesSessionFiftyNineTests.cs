using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 59 (tables59; blind round 55's t07, t04 and t02 layouts, our own invented texts): the untitled <c>|</c> 项目支出绩效自评表
/// with fund and 一级指标 rows under one header, the coded table one cell per line with its blank cells dropped, and the
/// space-aligned per-unit table with blank cells and a 支出合计 column.
/// </summary>
public sealed class TablesSessionFiftyNineTests
{
    /// <summary>
    /// A 文旅局 说明 with two untitled score tables, cells apart by <paramref name="separator"/>; the second table's 总分 is
    /// <paramref name="secondTotal"/> (its parts add to 86.4) and its rate <paramref name="secondRate"/> (412.50 / 450.00 =
    /// 91.67 %); <paramref name="header"/> is the tables' header.
    /// </summary>
    internal static string ScoreText(
        char separator = '|', string secondTotal = "86.4", string secondRate = "91.67%",
        string header = "指标|年度预算数/分值|全年执行数|执行率|得分", string[]? secondScores = null)
    {
        string Row(params string[] cells) => string.Join(" " + separator + " ", cells) + "\n";
        var h = header.Split('|');
        var p = secondScores ?? ["9.2", "44.0", "25.5", "7.7"];
        return "娄底市文化旅游广电体育局2023年度部门决算说明\n\n一、部门基本情况\n本局内设8个科室。\n\n"
            + "二、预算绩效情况\n本局对2个项目开展绩效自评，每个项目满分100分。\n\n"
            + Row("项目名称", "乡村文旅融合示范", "", "", "") + Row(h) + Row("资金", "800.00", "776.40", "97.05%", "9.7")
            + Row("产出指标", "50", "", "", "47.5") + Row("效益指标", "30", "", "", "28.0") + Row("满意度指标", "10", "", "", "9.1")
            + Row("总分", "100", "", "", "94.3") + "\n"
            + Row("项目名称", "公共图书馆免费开放", "", "", "") + Row(h) + Row("资金", "450.00", "412.50", secondRate, p[0])
            + Row("产出指标", "50", "", "", p[1]) + Row("效益指标", "30", "", "", p[2]) + Row("满意度指标", "10", "", "", p[3])
            + Row("总分", "100", "", "", secondTotal) + "\n部门整体支出绩效自评得分90.1分。\n";
    }

    /// <summary>Both tables read as project evaluations: names, fund lines, indicator scores and 总分; consistent: no Error.</summary>
    [Theory]
    [InlineData('|')]
    [InlineData('\t')]
    public void UntitledScoreTables_AreRead(char separator)
    {
        var (read, diagnostics) = Read(ScoreText(separator));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("乡村文旅融合示范", JsonAt(read, "/performance/evaluations/0/name"));
        Assert.Equal("project", JsonAt(read, "/performance/evaluations/0/kind"));
        Assert.Equal("800.00", JsonAt(read, "/performance/evaluations/0/funds/0/fullYearBudget"));
        Assert.Equal("776.40", JsonAt(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Equal("97.05", JsonAt(read, "/performance/evaluations/0/funds/0/executionRate"));
        Assert.Equal("9.7", JsonAt(read, "/performance/evaluations/0/funds/0/score"));
        Assert.Equal("47.5", JsonAt(read, "/performance/evaluations/0/indicators/0/score"));
        Assert.Equal("9.1", JsonAt(read, "/performance/evaluations/0/indicators/2/score"));
        Assert.Equal("94.3", JsonAt(read, "/performance/evaluations/0/totalScore"));
        Assert.Equal("公共图书馆免费开放", JsonAt(read, "/performance/evaluations/1/name"));
        Assert.Equal("86.4", JsonAt(read, "/performance/evaluations/1/totalScore"));
        Assert.Null(JsonAt(read, "/performance/evaluations/2/name"));
    }

    /// <summary>
    /// The 分值 column holds the fund's budget (年度预算数/分值): the fund line's weight is unstated, so no weight is written
    /// (FA3001 would add 50 + 30 + 10 to 100) and a note says so.
    /// </summary>
    [Fact]
    public void BudgetAndWeightInOneColumn_WeightsAreNotWritten()
    {
        var (read, diagnostics) = Read(ScoreText());

        Assert.DoesNotContain("FA3001", RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/indicators/0/weight"));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/totalWeight"));
        Assert.True(Noted(read, "no column of its own for weights"));
    }

    /// <summary>A 分值 column of its own: the fund line's and the indicators' weights and the 总分's are read.</summary>
    [Fact]
    public void OwnWeightColumn_WeightsAreRead()
    {
        var withWeights = "娄底市文化旅游广电体育局2023年度部门决算说明\n\n二、预算绩效情况\n本局对1个项目开展绩效自评。\n\n"
            + "项目名称 | 乡村文旅融合示范 | | | | \n指标 | 预算数 | 执行数 | 执行率 | 分值 | 得分\n资金 | 800.00 | 776.40 | 97.05% | 10 | 9.7\n"
            + "产出指标 | | | | 50 | 47.5\n效益指标 | | | | 30 | 28.0\n满意度指标 | | | | 10 | 9.1\n总分 | | | | 100 | 94.3\n\n以上为自评结果。\n";
        var (read, diagnostics) = Read(withWeights);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("10", JsonAt(read, "/performance/evaluations/0/funds/0/weight"));
        Assert.Equal("50", JsonAt(read, "/performance/evaluations/0/indicators/0/weight"));
        Assert.Equal("100", JsonAt(read, "/performance/evaluations/0/totalWeight"));
    }

    /// <summary>A planted 总分 (88.4 for 9.2 + 44.0 + 25.5 + 7.7 = 86.4) is FA3003; a wrong rate (92.67 %) is FA3004.</summary>
    [Fact]
    public void PlantedTotalAndRate_AreErrors()
    {
        var (_, total) = Read(ScoreText(secondTotal: "88.4"));
        Assert.Equal(["FA3003"], RuleIds(total, Severity.Error));

        var (_, rate) = Read(ScoreText(secondRate: "92.67%"));
        Assert.Contains("FA3004", RuleIds(rate, Severity.Error));
    }

    /// <summary>A 项目名称 row followed by no 绩效 header opens no evaluation.</summary>
    [Fact]
    public void NameRowWithoutHeader_OpensNothing()
    {
        var text = "某局2023年度部门决算说明\n\n二、项目情况\n本局项目如下。\n\n项目名称 | 乡村文旅融合示范 | |\n实施期限 | 2023年 | |\n\n以上。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/name"));
    }

    /// <summary>
    /// FsCheck: for any scores of one decimal (the fund's 0–10, the indicators' within their weights) and a stated 总分, FA3003
    /// is raised exactly when the 总分 differs from the sum by more than rounding.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property StatedTotal_IsAnErrorExactlyWhenItIsNotTheSum()
    {
        var tenths = Gen.Choose(0, 100);
        var cases = tenths.SelectMany(f => Gen.Choose(0, 500).SelectMany(o => Gen.Choose(0, 300).SelectMany(e =>
            Gen.Choose(0, 100).SelectMany(s => Gen.Elements(0, 0, 3, -5).Select(d => (f, o, e, s, d))))));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            static string T(int tenth) => (tenth / 10m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            var sum = c.f + c.o + c.e + c.s;
            var text = ScoreText(secondTotal: T(Math.Max(0, sum + c.d)), secondScores: [T(c.f), T(c.o), T(c.e), T(c.s)]);
            var (_, diagnostics) = Read(text);
            var planted = Math.Max(0, sum + c.d) != sum;
            return (RuleIds(diagnostics, Severity.Error).Contains("FA3003") == planted).Label(text);
        });
    }

    /// <summary>A 林草局 说明 whose 一般公共预算 table is one cell per line, blank cells dropped (<paramref name="rows"/>: the cells).</summary>
    internal static string CellText(string rows) =>
        "鹤岗市林业和草原局\n2020年度部门决算\n\n一、一般公共预算财政拨款支出决算情况说明\n"
        + "2020年度一般公共预算财政拨款支出2500.00万元，比上年增加100.00\n万元。分项目情况见下表。\n\n"
        + "一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n合计\n2500.00\n900.00\n1600.00\n"
        + rows + "\n二、“三公”经费财政拨款支出决算情况说明\n2020年度“三公”经费财政拨款支出12.00万元。\n";

    /// <summary>Short rows (合计 and one part) and a full row: each item's code, name and 合计 are read.</summary>
    [Fact]
    public void CellLines_DroppedBlankCells_ItemsAreRead()
    {
        var (read, diagnostics) = Read(CellText(
            "2130201\n行政运行\n700.00\n700.00\n2130205\n森林资源培育\n1600.00\n1600.00\n2210201\n住房公积金\n200.00\n200.00\n"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("700.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("1600.00", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/generalBudget/items/2/amount"));
    }

    /// <summary>A short row whose 合计 is not the sum of what is left is not read (which cell was dropped is unknown).</summary>
    [Fact]
    public void CellLines_ShortRowNotAddingUp_IsNotRead()
    {
        var (read, diagnostics) = Read(CellText("2130201\n行政运行\n700.00\n600.00\n2130205\n森林资源培育\n1800.00\n1800.00\n"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/amount"));
    }

    /// <summary>The 卫健委 per-unit table aligned with spaces: blank 事业收入 cells, a 支出合计 column.</summary>
    internal static string UnitText(bool proseExpenditure = true) =>
        "盘锦市卫生健康委员会2022年度部门决算\n\n一、收入支出决算总体情况\n2022年度本部门收入合计6100.00万元。"
        + (proseExpenditure ? "支出合计6050.00万元。" : string.Empty) + "各单位收支情况如下（单位：万元）：\n\n"
        + "单位名称                  收入合计  财政拨款收入    事业收入  其他收入    支出合计\n"
        + "合计                       6100.00       3600.00     2400.00    100.00     6050.00\n"
        + "本级                       1200.00       1180.00                 20.00     1190.00\n"
        + "市疾病预防控制中心         4900.00       2420.00     2400.00     80.00     4860.00\n\n"
        + "二、收入决算情况\n本年收入合计6100.00万元。其中：财政拨款收入3600.00万元，占59.02%；事业收入2400.00万元，占39.34%；"
        + "其他收入100.00万元，占1.64%。\n";

    /// <summary>No Error; each unit row a note; the 合计 row's 支出合计 placed where the prose did not state it.</summary>
    [Fact]
    public void SpaceAlignedUnitTable_IsReadByDisplayColumn()
    {
        var (read, diagnostics) = Read(UnitText());
        Assert.Empty(Errors(diagnostics));
        Assert.True(Noted(read, "A row of a per-unit income table (本级)"));
        Assert.True(Noted(read, "A row of a per-unit income table (市疾病预防控制中心)"));
        Assert.Equal("3600.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));

        var (bare, bareDiagnostics) = Read(UnitText(proseExpenditure: false));
        Assert.Empty(Errors(bareDiagnostics));
        Assert.Equal("6050.00", JsonAt(bare, "/narrative/expenditure/total/amount"));
    }
}
