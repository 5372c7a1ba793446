using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 54 (recall54, blind round 48 t05's leftovers), as our own invented texts: coded item lines whose cells are apart
/// by runs of spaces and whose amount carries its unit ("    2010301  行政运行  1,200.50万元"), and score lists whose names are
/// projects by the count written after them ("对困难救助、老旧小区改造2个项目开展绩效自评，得分分别为95.5分和90.0分").
/// Each fact fails at the base (a3df8a2b; run with the base CLI <c>/work/cli-base/finacct.dll extract</c> on the text): the
/// coded lines were space-aligned table rows with no header (no item read), and the score list was unread (names not ending
/// in 项目, scores joined by 和).
/// </summary>
public sealed class NarrativeSessionFiftyFourTests
{
    private const string Title = "青溪县民政局2021年度部门决算说明\n\n";

    private const string AppropriationHead = "第6节 财政拨款支出决算情况\n本年财政拨款支出3,000.00万元。其中一般公共预算财政拨款支出3,000.00万元，"
        + "按项分：\n";

    /// <summary>A coded item line with runs of spaces between code, name and amount (with its unit) is an item.</summary>
    [Theory]
    [InlineData("    ", "  ", "万元")]
    [InlineData("", "   ", "万元")]
    [InlineData("  ", "\u3000 ", "万元")]
    [InlineData("\u3000\u3000", "    ", "万元")]
    public void ACodedLine_WithSpaceRuns_IsAnItem(string indent, string gap, string unit)
    {
        var (read, diagnostics) = Read(Title + AppropriationHead
            + $"{indent}2010301{gap}行政运行{gap}1,200.50{unit}\n"
            + $"{indent}2080208{gap}基层政权建设和社区治理{gap}899.50{unit}\n"
            + $"{indent}2120501{gap}城乡社区环境卫生{gap}900.00{unit}\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2010301", JsonAt(read, "/narrative/appropriation/items/0/code"));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/appropriation/items/0/name"));
        Assert.Equal("1200.50", JsonAt(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("899.50", JsonAt(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("2120501", JsonAt(read, "/narrative/appropriation/items/2/code"));
        Assert.Equal("900.00", JsonAt(read, "/narrative/appropriation/items/2/amount"));
    }

    /// <summary>The near misses stay what they were: a row of cells without a unit, two amounts, no code first, a code of
    /// six digits, a name with a clause mark, words after the amount.</summary>
    [Theory]
    [InlineData("    2010301  行政运行  1,200.50万元", true)]
    [InlineData("2010301  行政运行  1200.50元", true)]
    [InlineData("201  一般公共服务支出  1,200.50万元  ", true)]
    [InlineData("    2010301  行政运行  1,200.50", false)]
    [InlineData("    2010301  行政运行  1,200.50万元  1,100.00万元", false)]
    [InlineData("    行政运行  2010301  1,200.50万元", false)]
    [InlineData("    201030  行政运行  1,200.50万元", false)]
    [InlineData("    2010301  行政运行，人员  1,200.50万元", false)]
    [InlineData("    2010301  行政运行  1,200.50万元，增长3%", false)]
    [InlineData("    2010301  行政运行  12.5%", false)]
    public void OnlyACodeANameAndOneAmountWithItsUnit_IsACodedLine(string line, bool coded)
    {
        Assert.Equal(coded, CodedAmountLine.Is(line, 0, line.Length));
        if (coded)
        {
            Assert.False(BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length));
        }
    }

    /// <summary>A row of a space-aligned table (no unit in its cells) is still a table row.</summary>
    [Fact]
    public void ARowOfCells_WithoutAUnit_StaysATableRow()
    {
        const string Row = "2010301  行政运行  1,200.50  1,100.00  100.50";
        Assert.True(BlockClassifier.IsSpaceAlignedRow(Row, 0, Row.Length));
    }

    /// <summary>Property: any amounts on coded lines with any runs of spaces read back exactly, in order.</summary>
    [Property(MaxTest = 12)]
    public Property CodedLines_WithAnySpaceRuns_ReadBackExactly()
    {
        var lines =
            from a in Gen.Choose(1, 99999999)
            from b in Gen.Choose(1, 99999999)
            from gap in Gen.Choose(2, 6)
            from indent in Gen.Choose(0, 4)
            select (a: (long)a, b: (long)b, gap, indent);
        return Prop.ForAll(lines.ToArbitrary(), t =>
        {
            var space = new string(' ', t.gap);
            var lead = new string(' ', t.indent);
            var (read, diagnostics) = Read(Title + "第6节 财政拨款支出决算情况\n本年财政拨款支出情况如下：\n"
                + $"{lead}2010301{space}行政运行{space}{GroupedMoney(t.a)}万元\n{lead}2101101{space}行政单位医疗{space}{GroupedMoney(t.b)}万元\n");
            return (Errors(diagnostics).Length == 0
                    && JsonAt(read, "/narrative/appropriation/items/0/amount") == PlainMoney(t.a)
                    && JsonAt(read, "/narrative/appropriation/items/1/amount") == PlainMoney(t.b)
                    && JsonAt(read, "/narrative/appropriation/items/1/code") == "2101101")
                .Label($"{t}");
        });
    }

    /// <summary>Property (near miss): a coded row of amounts without their unit, or with two amounts, is never a coded line.
    /// </summary>
    [Property(MaxTest = 50)]
    public Property RowsWithoutTheUnitOrWithTwoAmounts_AreNeverCodedLines()
    {
        var rows =
            from a in Gen.Choose(1, 99999999)
            from b in Gen.Choose(1, 99999999)
            from gap in Gen.Choose(2, 6)
            from twoAmounts in Gen.Elements(true, false)
            select (a, b, gap, twoAmounts);
        return Prop.ForAll(rows.ToArbitrary(), t =>
        {
            var space = new string(' ', t.gap);
            var row = t.twoAmounts
                ? $"2010301{space}行政运行{space}{GroupedMoney(t.a)}万元{space}{GroupedMoney(t.b)}万元"
                : $"2010301{space}行政运行{space}{GroupedMoney(t.a)}{space}{GroupedMoney(t.b)}";
            return (!CodedAmountLine.Is(row, 0, row.Length)).Label(row);
        });
    }

    private static string Scores(string names, string count, string first, string joiner, string second)
        => Title + "一、部门基本情况\n青溪县民政局是县政府工作部门。\n\n二、绩效评价情况\n"
            + $"对{names}{count}开展绩效自评，得分分别为{first}分{joiner}{second}分。\n";

    /// <summary>"对A、B 2个项目开展绩效自评，得分分别为X分和Y分": the names are projects by the count, paired in order.</summary>
    [Theory]
    [InlineData("困难救助、老旧小区改造", "2个项目", "和")]
    [InlineData("困难救助、老旧小区改造", "等2个项目", "、")]
    [InlineData("“困难救助”、“老旧小区改造”", "2个项目", "及")]
    public void ACountedScoreList_PairsNamesAndScores(string names, string count, string joiner)
    {
        var (read, diagnostics) = Read(Scores(names, count, "95.5", joiner, "90.0"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("困难救助", JsonAt(read, "/performance/evaluations/0/name"));
        Assert.Equal("95.5", JsonAt(read, "/performance/evaluations/0/totalScore"));
        Assert.Equal("老旧小区改造", JsonAt(read, "/performance/evaluations/1/name"));
        Assert.Equal("90.0", JsonAt(read, "/performance/evaluations/1/totalScore"));
    }

    /// <summary>Near misses: no count written, a count other than the names, a name that is the department's whole spending.
    /// </summary>
    [Theory]
    [InlineData("困难救助、老旧小区改造", "")]
    [InlineData("困难救助、老旧小区改造", "3个项目")]
    [InlineData("困难救助、部门整体支出", "2个项目")]
    public void AScoreList_WithoutAnAgreeingCountOrWithAWholeName_IsNotRead(string names, string count)
    {
        var (read, diagnostics) = Read(Scores(names, count, "95.5", "和", "90.0"));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/totalScore"));
    }

    /// <summary>Property: any two scores of a counted list read back exactly; the same list without its count is not read.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property ACountedScoreList_ReadsAnyScores_AndWithoutItsCountNone()
    {
        var lists =
            from a in Gen.Choose(0, 1000)
            from b in Gen.Choose(0, 1000)
            from joiner in Gen.Elements("和", "、", "及")
            from counted in Gen.Elements(true, false)
            select (a, b, joiner, counted);
        return Prop.ForAll(lists.ToArbitrary(), t =>
        {
            var first = (t.a / 10m).ToString("0.0", CultureInfo.InvariantCulture);
            var second = (t.b / 10m).ToString("0.0", CultureInfo.InvariantCulture);
            var (read, diagnostics) = Read(Scores("困难救助、老旧小区改造", t.counted ? "2个项目" : "", first, t.joiner, second));
            var ok = t.counted
                ? JsonAt(read, "/performance/evaluations/0/totalScore") == first
                    && JsonAt(read, "/performance/evaluations/1/totalScore") == second
                : JsonAt(read, "/performance/evaluations/0/totalScore") is null;
            return (Errors(diagnostics).Length == 0 && ok).Label($"{t}");
        });
    }
}
