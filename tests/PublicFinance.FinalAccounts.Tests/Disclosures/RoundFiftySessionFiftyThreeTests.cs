using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 53 (r50fix): the causes of blind round 50's false Errors, each family with invented texts (none copied from the
/// round). Bullet lines (●, ■, •, ★ …) are entries with their own subject; a 其中 part of 事业收入 is never the income total;
/// a change in the sentence after "本年支出 X，上年决算数 Y。" is that figure's; coded 项 heads after "；"/"：" and after a
/// bullet are items; a percentage bounding a class phrase ("执行率未达到100%的主要原因") is no rate; a signed "增（减）"
/// change keeps its sign as direction; an area of another subject (土地, 占地) is not the buildings'; a 财政拨款支出决算表 is
/// not the all-funds 支出决算表; a 三公 comparison table by year is not read. Each fact gave the Errors its summary names with
/// the base reader (a59ce533).
/// </summary>
public class RoundFiftySessionFiftyThreeTests
{
    private const string Items = "/narrative/appropriation/items/";

    private static readonly string[] Bullets = ["●", "■", "•", "★", "▲", "○", "◆"];

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    /// <summary>
    /// "事业收入 X，占 Y%，其中：门诊收入 A，住院收入 B" with no income total stated: the base read A as the income total (FA1202,
    /// FA8003 and three FA2001); now A and B are notes and the shares stand.
    /// </summary>
    [Theory]
    [InlineData("■ ", "")]
    [InlineData("● ", "。")]
    [InlineData("", "。")]
    public void PartsAfterQizhong_AreNeverTheIncomeTotal(string bullet, string end)
    {
        var (read, diagnostics) = Read("某市人民医院2020年度单位决算\n\n二、收入决算情况\n"
            + bullet + "财政拨款收入1200.00万元，占10.00%" + end + "\n"
            + bullet + "事业收入10500.00万元，占87.50%，其中：门诊收入4200.00万元，住院收入6300.00万元" + end + "\n"
            + bullet + "其他收入300.00万元，占2.50%" + end + "\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read.Report, "/narrative/income/total/amount"));
        Assert.Equal("10500.00", JsonAt(read.Report, "/narrative/income/serviceIncome/amount"));
    }

    /// <summary>
    /// "★ 本年收入 X，上年决算数 P。与上年相比，增加 C…" then "★ 本年支出 …。与上年相比，增加 …", lines without 。: the base read both
    /// changes as the overview's (FA8003 twice); now each is its figure's, with its prior year.
    /// </summary>
    [Theory]
    [InlineData("★ ", "")]
    [InlineData("", "。")]
    [InlineData("• ", "。")]
    public void AChangeInTheNextSentence_IsTheFlowsOwn(string bullet, string end)
    {
        var (read, diagnostics) = Read("某市人民医院2020年度单位决算\n\n一、收入支出决算总体情况\n"
            + bullet + "本年收入12000.00万元，上年决算数11000.00万元。与上年相比，增加1000.00万元，增长9.09%，因诊疗人次增加" + end + "\n"
            + bullet + "本年支出11800.00万元，上年决算数11500.00万元。与上年相比，增加300.00万元，增长2.61%，因人员经费调整" + end + "\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("1000.00", JsonAt(read.Report, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("11000.00", JsonAt(read.Report, "/narrative/overall/currentYearIncome/change/priorYearAmount"));
        Assert.Equal("300.00", JsonAt(read.Report, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("11500.00", JsonAt(read.Report, "/narrative/overall/currentYearExpenditure/change/priorYearAmount"));
        Assert.Null(JsonAt(read.Report, "/narrative/overall/change/amount"));
    }

    /// <summary>A 财政拨款 section of bullet lines: the total, then one "名称（编码）：调整预算…决算…完成…" line per item.</summary>
    private static string BulletItemsText(string bullet, (long Budget, long Final)[] items)
    {
        var sb = new StringBuilder("某市人民医院2020年度单位决算\n\n三、财政拨款支出决算情况\n");
        var (budget, final) = (items.Sum(i => i.Budget), items.Sum(i => i.Final));
        sb.Append(bullet).Append("2020年度财政拨款支出").Append(PlainMoney(final)).Append("万元，调整预算").Append(PlainMoney(budget))
            .Append("万元，完成调整预算的").Append(PercentOf(final, budget)).Append("%，因部分项目延期\n");
        (string Name, string Code)[] names =
            [("综合医院", "2100201"), ("中医（民族）医院", "2100202"), ("其他公立医院支出", "2100299"), ("住房公积金", "2210201")];
        for (var i = 0; i < items.Length; i++)
        {
            sb.Append(bullet).Append(names[i].Name).Append('（').Append(names[i].Code).Append("）：调整预算").Append(PlainMoney(items[i].Budget))
                .Append("万元，决算").Append(PlainMoney(items[i].Final)).Append("万元，完成").Append(PercentOf(items[i].Final, items[i].Budget))
                .Append("%，因设备采购延期\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// "• 综合医院（2100201）：调整预算…决算…" after the section total's bullet: the base read the first item's 决算 as the total's
    /// (FA8003, FA1208); now each bullet line is its item.
    /// </summary>
    [Fact]
    public void BulletCodedItemLines_AreItems()
    {
        var (read, diagnostics) = Read(BulletItemsText("• ", [(80000, 78000), (45000, 42000)]));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("780.00", JsonAt(read.Report, Items + "0/amount"));
        Assert.Equal("420.00", JsonAt(read.Report, Items + "1/amount"));
        Assert.NotEqual("780.00", JsonAt(read.Report, "/narrative/appropriation/budget/finalAmount"));
    }

    /// <summary>
    /// Property: a generated bullet list (one of seven bullet signs, two to four coded items) gives one item per bullet line,
    /// never the section total's figure, and no Error.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property GeneratedBulletLists_GiveOneSubjectPerBulletAndNeverTheTotal()
    {
        var item =
            from budget in Gen.Choose(10_000, 900_000)
            from pct in Gen.Choose(80, 100)
            select ((long)budget, (long)budget * pct / 100);
        var gen =
            from bullet in Gen.Elements(Bullets)
            from items in Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(item, n))
            select (bullet, items);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(BulletItemsText(t.bullet + " ", t.items));
            var own = t.items.Select((x, i) => JsonAt(read.Report, Items + i + "/amount") == PlainMoney(x.Item2)).All(x => x);
            var total = JsonAt(read.Report, "/narrative/appropriation/currentYearExpenditure/amount")
                == PlainMoney(t.items.Sum(x => x.Item2));
            return (own && total && Of(diagnostics, Severity.Error).Length == 0).Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }

    /// <summary>
    /// Unnumbered "名称（编码）：调整预算…" lines joined by "；" under "具体情况如下：": the base read a later item's budget as the
    /// section total's (FA8003); now each line is its item, and a reason after "。…因…；" is its own.
    /// </summary>
    [Fact]
    public void SemicolonJoinedCodedLines_AreItemsWithTheirReasons()
    {
        var (read, diagnostics) = Read("某县妇联2019年度部门决算\n\n三、财政拨款支出决算情况\n"
            + "2019年度财政拨款支出300.00万元，调整预算320.00万元，完成调整预算的93.75%。具体情况如下：\n"
            + "行政运行（2012901）：调整预算200.00万元，支出190.00万元，完成95.00%。支出低于预算，因人员减少；\n"
            + "其他群众团体事务支出（2012999）：调整预算120.00万元，支出110.00万元，完成91.67%。支出低于预算，因会议推迟；\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("2012999", JsonAt(read.Report, Items + "1/code"));
        Assert.Equal("120.00", JsonAt(read.Report, Items + "1/budget/budgetAmount"));
        Assert.Equal("320.00", JsonAt(read.Report, "/narrative/appropriation/budget/budgetAmount"));
        Assert.DoesNotContain(
            diagnostics, d => d.RuleId == "FA2206" && d.Pointers.Any(p => p.Contains("/items/", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "比上年增（减）-60.00万元（-4.76%）" and "执行率未达到100%的主要原因是…": the base read the signed change as a negative prior
    /// year (FA6001) and 100 as the completion rate stated again (FA8003); now the sign is the direction and 100 a note.
    /// </summary>
    [Fact]
    public void SignedChangesAndRateThresholds_AreNoFiguresOfAnotherKind()
    {
        var (read, diagnostics) = Read("某县民政局2021年度部门决算\n\n五、一般公共预算财政拨款支出决算情况\n"
            + "2021年度一般公共预算财政拨款支出2000.00万元，比上年增（减）+100.00万元（+5.26%）。本年调整预算2100.00万元，预算执行率95.24%，"
            + "执行率未达到100%的主要原因是部分项目按进度结算。\n"
            + "（1）行政运行（2080201）1200.00万元，比上年增（减）-60.00万元（-4.76%），主要是人员退休。\n"
            + "（2）一般行政管理事务（2080202）800.00万元，比上年增（减）+160.00万元（+25.00%），主要原因是新增养老服务补助。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA6001");
        Assert.Equal("95.24", JsonAt(read.Report, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("decrease", JsonAt(read.Report, "/narrative/generalBudget/items/0/change/direction"));
        Assert.Equal("60.00", JsonAt(read.Report, "/narrative/generalBudget/items/0/change/amount"));
        Assert.Equal("increase", JsonAt(read.Report, "/narrative/generalBudget/items/1/change/direction"));
    }

    /// <summary>
    /// Property: a generated signed "增（减）" change of an item (either sign, with its bracketed rate) keeps its sign as its
    /// direction and its magnitude as its amount, and never becomes a prior-year amount.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property AGeneratedSignedChange_KeepsItsSignAsDirection()
    {
        var gen =
            from prior in Gen.Choose(10_000, 900_000)
            from delta in Gen.Choose(-9_000, 9_000).Where(d => d != 0)
            from bracket in Gen.Elements("（减）", "(减)")
            select ((long)prior, (long)delta, bracket);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var now = t.Item1 + t.Item2;
            var sign = t.Item2 > 0 ? "+" : "-";
            var (read, diagnostics) = Read("某县民政局2021年度部门决算\n\n五、一般公共预算财政拨款支出决算情况\n"
                + "（1）行政运行（2080201）" + PlainMoney(now) + "万元，比上年增" + t.bracket + sign + PlainMoney(Math.Abs(t.Item2))
                + "万元（" + sign + PercentOf(Math.Abs(t.Item2), t.Item1) + "%），主要是人员变动。\n");
            var direction = JsonAt(read.Report, "/narrative/generalBudget/items/0/change/direction");
            var amount = JsonAt(read.Report, "/narrative/generalBudget/items/0/change/amount");
            var prior = JsonAt(read.Report, "/narrative/generalBudget/items/0/priorYearAmount");
            return (direction == (t.Item2 > 0 ? "increase" : "decrease") && amount == PlainMoney(Math.Abs(t.Item2))
                && prior is null or { Length: > 0 } && prior?.StartsWith('-') != true && Of(diagnostics, Severity.Error).Length == 0)
                .Label($"{direction} {amount} {prior}; " + string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }

    /// <summary>
    /// "占有土地面积 A 平方米，房屋建筑面积 B 平方米" (and 占地面积/校舍建筑面积, 绿化面积/建筑面积): the base read both into the one
    /// area field (FA8003); now the land's area is a note and the buildings' is read.
    /// </summary>
    [Theory]
    [InlineData("本部门占有土地面积8200.50平方米，房屋建筑面积15600.20平方米")]
    [InlineData("学校占地面积186,400.00平方米，校舍建筑面积15,600.20平方米")]
    [InlineData("单位绿化面积3200.00平方米；建筑面积15600.20平方米")]
    public void AreasOfTwoSubjects_AreNeverTheSameFigure(string sentence)
    {
        var (read, diagnostics) = Read("某县机关事务中心2021年度部门决算\n\n九、国有资产占用情况\n截至2021年12月31日，" + sentence + "。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("15600.20", JsonAt(read.Report, "/narrative/assets/buildingArea"));
    }

    /// <summary>Property: two generated area subjects (land first, then buildings) never give FA8003.</summary>
    [Property(MaxTest = 20)]
    public Property TwoGeneratedAreaSubjects_NeverGiveFA8003()
    {
        var gen =
            from land in Gen.Elements("土地面积", "占地面积", "用地面积", "绿化面积")
            from building in Gen.Elements("房屋建筑面积", "校舍建筑面积", "房屋面积", "建筑面积")
            from a in Gen.Choose(100_000, 90_000_000)
            from b in Gen.Choose(100_000, 90_000_000).Where(b => b != a)
            select (land, building, (long)a, (long)b);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read("某县机关事务中心2021年度部门决算\n\n九、国有资产占用情况\n截至2021年12月31日，本单位" + t.land
                + PlainMoney(t.Item3) + "平方米，" + t.building + PlainMoney(t.Item4) + "平方米。\n");
            var building = JsonAt(read.Report, "/narrative/assets/buildingArea");
            return (!diagnostics.Any(d => d.RuleId == "FA8003") && building == PlainMoney(t.Item4))
                .Label(string.Join("; ", diagnostics.Select(d => d.RuleId)));
        });
    }

    /// <summary>
    /// A space-aligned "财政拨款支出决算表" with 基本支出/项目支出 columns beside the prose's all-funds 基本支出 and 项目支出: the base
    /// took it for the all-funds 支出决算表 (FA1103 twice); now it is not compared with the all-funds figures.
    /// </summary>
    [Fact]
    public void AnAppropriationExpenditureTable_IsNotTheAllFundsTable()
    {
        var (report, diagnostics) = ReadDocument("某中学2016年度单位决算\n"
            + "\n"
            + "二、收入支出决算总体情况\n"
            + "本年支出1000.00万元，其中：基本支出700.00万元，占70.00%；项目支出300.00万元，占30.00%。\n"
            + "\n"
            + "三、财政拨款支出决算情况\n"
            + "财政拨款支出决算表（单位：万元）\n"
            + "科目编码                            科目名称        合计    基本支出    项目支出\n"
            + "2050204                             高中教育      800.00      560.00      240.00\n"
            + "2080505     机关事业单位基本养老保险缴费支出       50.00       50.00        0.00\n"
            + "合计                                              850.00      610.00      240.00\n");

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1103");
        Assert.Null(report.Tables?.Expenditure);
    }

    /// <summary>
    /// A 三公 comparison table by year (项目 | 2021年决算 | 2020年决算 | 增减额 | 增减率): the base made an empty 三公 table of it (in
    /// a complete 说明, FA6101 "no figures") and misread the change (FA2104, FA2107); now the table is not read, and the prose
    /// change stands.
    /// </summary>
    [Fact]
    public void AThreePublicComparisonTableByYear_IsNotReadAsAnEmptyTable()
    {
        var (report, diagnostics) = ReadDocument("某县民政局2021年度部门决算\n"
            + "\n"
            + "七、“三公”经费支出决算情况说明\n"
            + "2021年度“三公”经费财政拨款支出决算12.00万元，比上年增（减）-3.00万元（-20.00%），主要原因是严格控制公务接待。\n"
            + "“三公”经费财政拨款支出决算对比表（单位：万元）\n"
            + "项目                            2021年决算    2020年决算      增减额      增减率\n"
            + "合计                                 12.00         15.00       -3.00     -20.00%\n"
            + "因公出国（境）费                      0.00          0.00        0.00           —\n"
            + "公务用车购置及运行维护费              9.00         10.00       -1.00     -10.00%\n"
            + "公务接待费                            3.00          5.00       -2.00     -40.00%\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(report.Tables?.ThreePublic);
        Assert.Equal("3.00", JsonAt(report, "/narrative/threePublic/total/change/amount"));
    }
}
