using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 61 (tbl61; our own invented 体育运动学校, 档案馆 and 乡人民政府 texts, none copied from the blind rounds). Three table
/// layouts read from text: a <c>|</c> 支出决算结构对比表 with a share column beside each year (round 57 t06), a 三公 table
/// whose blank rows leave its echoed items' budget differences to the narrative (round 57 t02), and a coded 项 table with
/// full-width-space cells, the prior year and the change (round 47 t03).
/// </summary>
public sealed class TablesSessionSixtyOneTests
{
    private const string Expenditure = "/narrative/expenditure/";

    /// <summary>A signed amount in hundredths as a table cell writes it ("-59.19").</summary>
    private static string Signed(long hundredths) => (hundredths < 0 ? "-" : string.Empty) + PlainMoney(Math.Abs(hundredths));

    /// <summary>The change rate of <paramref name="now"/> against <paramref name="prior"/>, signed, to 2 places.</summary>
    private static string Rate(long now, long prior, int places = 2)
        => Math.Round((now - prior) * 100m / prior, places, MidpointRounding.AwayFromZero)
            .ToString(places == 2 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// An invented 体育运动学校 支出决算结构对比表 (hundredths of a 万元): 基本支出 = 人员经费 + 公用经费, 本年支出合计 = 基本支出 + 项目支出,
    /// this year's and the prior year's shares of the year's total, the change and its rate. <paramref name="edit"/> changes
    /// the table's text (a planted cell, a near miss).
    /// </summary>
    internal static string StructureText(
        long personnel, long office, long project, long priorPersonnel, long priorOffice, long priorProject,
        Func<string, string>? edit = null)
    {
        var basic = personnel + office;
        var total = basic + project;
        var priorBasic = priorPersonnel + priorOffice;
        var priorTotal = priorBasic + priorProject;
        string Row(string label, long now, long prior, bool whole = false)
            => $"| {label} | {PlainMoney(now)} | {(whole ? "100.00" : PercentOf(now, total))} | {PlainMoney(prior)} | "
                + $"{(whole ? "100.00" : PercentOf(prior, priorTotal))} | {Signed(now - prior)} | {Rate(now, prior)} |\n";
        var table = "| 项目 | 2023年决算数 | 占比（%） | 2022年决算数 | 占比（%） | 增减额 | 增减率（%） |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n"
            + Row("本年支出合计", total, priorTotal, whole: true)
            + Row("基本支出", basic, priorBasic)
            + Row("其中：人员经费", personnel, priorPersonnel)
            + Row("公用经费", office, priorOffice)
            + Row("项目支出", project, priorProject);
        return "清河县体育运动学校2023年度单位决算公开\n\n"
            + "一、单位基本情况\n"
            + "清河县体育运动学校是县教育体育局所属公益一类事业单位，承担青少年业余体育训练工作。\n\n"
            + "二、收入支出决算总体情况\n"
            + $"2023年度本年支出合计{PlainMoney(total)}万元。支出构成及与上年对比见下表。\n\n"
            + "支出决算结构对比表\n"
            + "单位：万元\n"
            + (edit is null ? table : edit(table))
            + "\n三、其他重要事项\n本校2023年度无政府性基金预算财政拨款支出。\n";
    }

    /// <summary>The clean table: every row's amount, share, prior year and signed change read; the parts' shares noted.</summary>
    [Fact]
    public void StructureComparison_ReadsEachRow()
    {
        var (read, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("648.88", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("682.73", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/direction"));
        Assert.Equal("33.85", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("438.52", JsonAt(read, Expenditure + "basic/amount"));
        Assert.Equal("67.58", JsonAt(read, Expenditure + "basic/share"));
        Assert.Equal("419.55", JsonAt(read, Expenditure + "basic/change/priorYearAmount"));
        Assert.Equal("increase", JsonAt(read, Expenditure + "basic/change/direction"));
        Assert.Equal("18.97", JsonAt(read, Expenditure + "basic/change/amount"));
        Assert.Equal("4.52", JsonAt(read, Expenditure + "basic/change/rate"));
        Assert.Equal("386.40", JsonAt(read, Expenditure + "basicPersonnel/amount"));
        Assert.Equal("364.25", JsonAt(read, Expenditure + "basicPersonnel/change/priorYearAmount"));
        Assert.Equal("52.12", JsonAt(read, Expenditure + "basicPublic/amount"));
        Assert.Equal("decrease", JsonAt(read, Expenditure + "basicPublic/change/direction"));
        Assert.Equal("3.18", JsonAt(read, Expenditure + "basicPublic/change/amount"));
        Assert.Equal("210.36", JsonAt(read, Expenditure + "project/amount"));
        Assert.Equal("32.42", JsonAt(read, Expenditure + "project/share"));
        Assert.Equal("263.18", JsonAt(read, Expenditure + "project/change/priorYearAmount"));

        // The parts' shares are of the year's total, not of 基本支出 (the model's FA2011 share): notes, never placed.
        Assert.Null(JsonAt(read, Expenditure + "basicPersonnel/share"));
        Assert.Null(JsonAt(read, Expenditure + "basicPublic/share"));
        Assert.Contains(
            read.Notes,
            n => n.MessageZh == DisclosureMessages.ShareOfAnotherBase.Zh && n.Text.Contains("人员经费", StringComparison.Ordinal));
        Assert.Contains(
            read.Notes,
            n => n.MessageZh == DisclosureMessages.ShareOfAnotherBase.Zh && n.Text.Contains("公用经费", StringComparison.Ordinal));
    }

    /// <summary>A planted 增减额 (项目支出 −42.82 for −52.82) is exactly one Error, FA2105 on that change.</summary>
    [Fact]
    public void StructureComparison_PlantedChange_IsOneError()
    {
        var (_, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318,
            t => t.Replace("| -52.82 |", "| -42.82 |")));
        Assert.Equal(["FA2105"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A planted share (项目支出 34.42 for 32.42) is exactly one Error, FA2002.</summary>
    [Fact]
    public void StructureComparison_PlantedShare_IsOneError()
    {
        var (_, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318,
            t => t.Replace("| 32.42 |", "| 34.42 |")));
        Assert.Equal(["FA2002"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A row that lost a cell is not placed (a note), the others are; no Error.</summary>
    [Fact]
    public void StructureComparison_MisalignedRow_NotPlaced()
    {
        var (read, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318,
            t => t.Replace("| 公用经费 | 52.12 | 8.03 |", "| 公用经费 | 52.12 |")));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Expenditure + "basicPublic/amount"));
        Assert.Equal("210.36", JsonAt(read, Expenditure + "project/amount"));
    }

    /// <summary>A share column that follows no year's column leaves the header unread: nothing of the table is placed.</summary>
    [Fact]
    public void StructureComparison_ShareColumnFirst_NoTable()
    {
        var (read, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318,
            t => t.Replace("| 项目 | 2023年决算数 | 占比（%） |", "| 项目 | 占比（%） | 2023年决算数 |")));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Expenditure + "basic/amount"));
        Assert.Null(JsonAt(read, Expenditure + "basic/share"));
    }

    /// <summary>人员经费 not right under 基本支出 (after 项目支出) is no part of it: not placed as the basic's part.</summary>
    [Fact]
    public void StructureComparison_PersonnelAwayFromBasic_NoPart()
    {
        var (read, diagnostics) = Read(StructureText(38_640, 5_212, 21_036, 36_425, 5_530, 26_318, t =>
        {
            var lines = t.Split('\n').ToList();
            var personnel = lines.FindIndex(l => l.StartsWith("| 其中：人员经费", StringComparison.Ordinal));
            var row = lines[personnel];
            lines.RemoveAt(personnel);
            lines.Insert(lines.FindIndex(l => l.StartsWith("| 项目支出", StringComparison.Ordinal)) + 1, row);
            return string.Join("\n", lines);
        }));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Expenditure + "basicPersonnel/amount"));
    }

    /// <summary>Any consistent table reads back with no Error: each row's amount and prior year where it belongs.</summary>
    [Property(MaxTest = 25)]
    public Property StructureComparison_AnyConsistentTable_NoError()
    {
        var amounts = Gen.Choose(1_000, 90_000).Select(v => (long)v);
        return Prop.ForAll(Gen.ArrayOf(amounts, 6).ToArbitrary(), t =>
        {
            var (p, u, j, pp, pu, pj) = (t[0], t[1], t[2], t[3], t[4], t[5]);
            var (read, diagnostics) = Read(StructureText(p, u, j, pp, pu, pj));
            return Errors(diagnostics).Length == 0
                && JsonAt(read, Expenditure + "basic/amount") == PlainMoney(p + u)
                && JsonAt(read, Expenditure + "basicPersonnel/amount") == PlainMoney(p)
                && JsonAt(read, Expenditure + "basicPublic/amount") == PlainMoney(u)
                && JsonAt(read, Expenditure + "project/amount") == PlainMoney(j)
                && (j == pj || JsonAt(read, Expenditure + "project/change/priorYearAmount") == PlainMoney(pj))
                && JsonAt(read, Expenditure + "project/share") == PercentOf(j, p + u + j);
        });
    }

    /// <summary>The signed difference as the 三公 table writes it.</summary>
    private static string Difference(long budget, long final) => Signed(final - budget);

    /// <summary>The display width of <paramref name="s"/>: a CJK or full-width character two columns, ASCII one.</summary>
    private static int DisplayWidth(string s) => s.Sum(c => c < 128 ? 1 : 2);

    /// <summary>
    /// A 三公 row in round 57 t02's layout: the label, then the budget, the final and the difference right-aligned under the
    /// header's 预算数, 决算数 and 决算比预算增减 (display columns 40, 50 and 66).
    /// </summary>
    private static string ThreePublicRow(string label, long budget, long final)
    {
        var line = new StringBuilder(label);
        void Cell(string cell, int end) => line.Append(' ', end - DisplayWidth(line.ToString()) - cell.Length).Append(cell);
        Cell(PlainMoney(budget), 40);
        Cell(PlainMoney(final), 50);
        Cell(Difference(budget, final), 66);
        return line.Append('\n').ToString();
    }

    /// <summary>
    /// An invented 救助管理站 text in round 57 t02's layout: a space-aligned 三公 预算与决算对比表 (项目 / 预算数 / 决算数 /
    /// 决算比预算增减), a 合计 row, blank 因公出国 and 公务用车购置费 rows, no vehicle subtotal (hundredths of a 万元).
    /// </summary>
    internal static string ThreePublicReportText(long vehicleBudget, long vehicle, long receptionBudget, long reception)
    {
        var (budget, total) = (vehicleBudget + receptionBudget, vehicle + reception);
        return "平江县救助管理站2022年度单位决算公开说明\n\n"
            + "一、单位基本情况\n"
            + "平江县救助管理站为县民政局所属公益一类事业单位，承担流浪乞讨人员救助工作。\n\n"
            + "四、“三公”经费支出情况\n"
            + "2022年“三公”经费预算与决算对比表\n"
            + new string(' ', 52) + "单位：万元\n"
            + "项目" + new string(' ', 30) + "预算数    决算数  决算比预算增减\n"
            + ThreePublicRow("合计", budget, total)
            + "因公出国（境）费\n"
            + "公务用车购置费\n"
            + ThreePublicRow("公务用车运行维护费", vehicleBudget, vehicle)
            + ThreePublicRow("公务接待费", receptionBudget, reception)
            + $"2022年“三公”经费决算{PlainMoney(total)}万元，比预算减少{PlainMoney(budget - total)}万元。\n";
    }

    /// <summary>
    /// The 三公 table with blank 因公出国 and 公务用车购置费 rows and no vehicle subtotal, read as a .txt file is: the table is
    /// the report's 三公 table, and the narrative keeps the items' budget differences (决算比预算增减).
    /// </summary>
    [Fact]
    public void ThreePublicBlankRows_ItemsKeepTheirDifferences()
    {
        var (report, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(ThreePublicReportText(1_260, 1_134, 450, 318));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("11.34", JsonAt(report, "/tables/threePublic/final/vehicleOperation"));
        Assert.Equal("0.00", JsonAt(report, "/tables/threePublic/final/overseasTravel"));
        Assert.Equal("1.26", JsonAt(report, "/narrative/threePublic/vehicleOperation/budget/difference"));
        Assert.Equal("1.32", JsonAt(report, "/narrative/threePublic/reception/budget/difference"));
    }

    /// <summary>A planted difference (公务接待费 −1.23 for −1.32) is exactly one Error, FA2204 on that item's difference.</summary>
    [Fact]
    public void ThreePublicBlankRows_PlantedDifference_IsOneError()
    {
        var text = ThreePublicReportText(1_260, 1_134, 450, 318).Replace("-1.32", "-1.23");
        var (_, diagnostics) = RoundFiftySevenSessionSixtyTests.ReadDocument(text);
        Assert.Equal(["FA2204"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A 合计 (in the row and the sentence) that the rows do not add up to leaves the items to the table.</summary>
    [Fact]
    public void ThreePublicBlankRows_TotalNotClosing_ItemsLeftToTheTable()
    {
        var text = ThreePublicReportText(1_260, 1_134, 450, 318).Replace("14.52", "14.62");
        var (report, _) = RoundFiftySevenSessionSixtyTests.ReadDocument(text);
        Assert.Equal("14.62", JsonAt(report, "/narrative/threePublic/total/amount"));
        Assert.Null(JsonAt(report, "/narrative/threePublic/vehicleOperation/budget/difference"));
    }

    private const string Items = "/narrative/generalBudget/items/";

    /// <summary>The items of the invented 乡 table: code, catalogue name, this year and the prior year (hundredths).</summary>
    private static readonly (string Code, string Name)[] TownItems =
    [
        ("2010301", "行政运行"), ("2080505", "机关事业单位基本养老保险缴费支出"), ("2130705", "对村民委员会和村党支部的补助"),
        ("2210201", "住房公积金"),
    ];

    /// <summary>
    /// An invented 乡人民政府 coded 项 table in full-width-space cells (<c>　</c>), a space before each %, the 合计 row's code
    /// cell blank (two separators). <paramref name="edit"/> changes the table's text.
    /// </summary>
    internal static string TownText(long[] now, long[] prior, Func<string, string>? edit = null)
    {
        const char W = '\u3000';
        var sb = new StringBuilder();
        sb.Append("科目编码").Append(W).Append("科目名称").Append(W).Append("2023年决算数").Append(W).Append("2022年决算数").Append(W)
            .Append("增减额").Append(W).Append("增减率\n");
        for (var i = 0; i < TownItems.Length; i++)
        {
            sb.Append(TownItems[i].Code).Append(W).Append(TownItems[i].Name).Append(W).Append(PlainMoney(now[i])).Append(W)
                .Append(PlainMoney(prior[i])).Append(W).Append(Signed(now[i] - prior[i])).Append(W)
                .Append(Rate(now[i], prior[i], 1)).Append(" %\n");
        }

        var (total, priorTotal) = (now.Sum(), prior.Sum());
        sb.Append("合计").Append(W).Append(W).Append(PlainMoney(total)).Append(W).Append(PlainMoney(priorTotal)).Append(W)
            .Append(Signed(total - priorTotal)).Append(W).Append(Rate(total, priorTotal, 1)).Append(" %\n");
        var table = sb.ToString();
        return "青山县白石乡人民政府2023年度部门决算公开\n\n"
            + "一、部门基本情况\n"
            + "白石乡人民政府内设党政综合办公室等5个机构。\n\n"
            + "四、一般公共预算财政拨款支出决算情况说明\n"
            + $"（一）总体情况：2023年度一般公共预算财政拨款支出{PlainMoney(total)}万元。\n"
            + "（二）具体情况：按项级科目列示的2023年度决算数与上年决算数对比如下（单位：万元）。\n"
            + (edit is null ? table : edit(table))
            + "五、一般公共预算财政拨款基本支出决算情况说明\n本乡基本支出主要用于人员经费和公用经费。\n";
    }

    private static readonly long[] TownNow = [72_045, 14_876, 31_250, 9_846];
    private static readonly long[] TownPrior = [69_820, 15_203, 28_000, 9_372];

    /// <summary>Each item's amount, prior year and signed change (-3.27 is 减少 3.27, -2.2 % 下降 2.2) are read; no Error.</summary>
    [Fact]
    public void FullWidthCodedTable_ReadsEachItemsChange()
    {
        var (read, diagnostics) = Read(TownText(TownNow, TownPrior));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2010301", JsonAt(read, Items + "0/code"));
        Assert.Equal("720.45", JsonAt(read, Items + "0/amount"));
        Assert.Equal("698.20", JsonAt(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("increase", JsonAt(read, Items + "0/change/direction"));
        Assert.Equal("22.25", JsonAt(read, Items + "0/change/amount"));
        Assert.Equal("3.2", JsonAt(read, Items + "0/change/rate"));
        Assert.Equal("148.76", JsonAt(read, Items + "1/amount"));
        Assert.Equal("decrease", JsonAt(read, Items + "1/change/direction"));
        Assert.Equal("3.27", JsonAt(read, Items + "1/change/amount"));
        Assert.Equal("2.2", JsonAt(read, Items + "1/change/rate"));
        Assert.Equal("98.46", JsonAt(read, Items + "3/amount"));
        Assert.Equal("1280.17", JsonAt(read, "/narrative/generalBudget/total/amount"));
    }

    /// <summary>A planted 增减额 (22.52 for 22.25) is exactly one Error, FA2105.</summary>
    [Fact]
    public void FullWidthCodedTable_PlantedChange_IsOneError()
    {
        var (_, diagnostics) = Read(TownText(TownNow, TownPrior, t => t.Replace("22.25", "22.52")));
        Assert.Equal(["FA2105"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A change column with no prior year beside it is not read as a change (no year comparison is certain).</summary>
    [Fact]
    public void FullWidthCodedTable_ChangeWithoutPriorYear_NoChange()
    {
        var text = TownText(TownNow, TownPrior, t =>
        {
            var lines = t.Split('\n').Select(l => string.Join("\u3000", l.Split('\u3000').Where((_, k) => k != 3))).ToArray();
            return string.Join("\n", lines);
        });
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Items + "0/change/amount"));
    }

    /// <summary>A row that lost a cell ends the table there: it and the rows after it are not read as the table's; no Error.</summary>
    [Fact]
    public void FullWidthCodedTable_MisalignedRow_NotGuessed()
    {
        var (read, diagnostics) = Read(TownText(TownNow, TownPrior, t => t.Replace("\u3000312.50", string.Empty)));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("720.45", JsonAt(read, Items + "0/amount"));
        Assert.DoesNotContain("280.00", Enumerable.Range(0, 4).Select(i => JsonAt(read, Items + i + "/amount")));
    }

    /// <summary>Any consistent table reads back with no Error, each item's prior year where the change is not zero.</summary>
    [Property(MaxTest = 20)]
    public Property FullWidthCodedTable_AnyConsistentTable_NoError()
    {
        var amounts = Gen.Choose(1_000, 90_000).Select(v => (long)v);
        return Prop.ForAll(Gen.ArrayOf(amounts, 8).ToArbitrary(), v =>
        {
            long[] now = [v[0], v[1], v[2], v[3]];
            long[] prior = [v[4], v[5], v[6], v[7]];
            var (read, diagnostics) = Read(TownText(now, prior));
            return Errors(diagnostics).Length == 0
                && Enumerable.Range(0, 4).All(i => JsonAt(read, Items + i + "/amount") == PlainMoney(now[i])
                    && (now[i] == prior[i] || JsonAt(read, Items + i + "/change/priorYearAmount") == PlainMoney(prior[i])));
        });
    }
}
