using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 51 (regress51): the no-。 harness's Errors and round 46 t08's key–value rows, each with invented texts. A line that
/// opens with a topic frame ("绿色采购方面，") or a list's first entry ("（1）…", "1）…") after a line ending in an amount is a
/// statement of its own; a 一般公共预算 list item is judged on its own line; an unplaced amount of its own sentence keeps the
/// share after it; prose that names a coded row's item by name is compared with the row (FA8008) and gives the row its
/// reason when it says the right way.
/// </summary>
public class RegressionsSessionFiftyOneTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private static string Money(long hundredths) => (hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Stop(bool stop) => stop ? "。" : string.Empty;

    /// <summary>An invented procurement section whose green-purchase line follows the SME line.</summary>
    private static string Procurement(bool stop)
        => "某县林业局2023年度部门决算说明\n八、政府采购支出情况\n2023年度本部门政府采购支出总额1200.00万元，其中：政府采购货物支出"
        + "300.00万元、政府采购工程支出700.00万元、政府采购服务支出200.00万元。授予中小企业合同金额840.00万元，占政府采购支出总额的"
        + "70.00%" + Stop(stop) + "\n绿色采购方面，采购节能环保产品96.00万元，占政府采购货物支出的32.00%" + Stop(stop) + "\n";

    /// <summary>
    /// The no-。 harness's procurement Errors (blind pages 25 t09, 27 t07): "绿色采购方面，采购节能环保产品…，占…32.00%" after the SME
    /// line. Joined without "。", and even with it, the 32.00 % went to the SME contracts' share (a false FA8003). Now the
    /// topic frame opens a statement, and an amount with a name of its own that is not placed keeps the share after it.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AGreenPurchaseLine_KeepsItsShare(bool stop)
    {
        var (read, diagnostics) = Read(Procurement(stop));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("70.00", JsonAt(read.Report, "/narrative/procurement/smeContracts/share"));
        Assert.Equal("840.00", JsonAt(read.Report, "/narrative/procurement/smeContracts/amount"));
    }

    /// <summary>An invented overview whose income parts are list items, each on a line of its own.</summary>
    private static string FundPartList(long general, long fund, long other, bool stop)
        => "某镇人民政府2023年度部门决算说明\n二、收入支出决算总体情况\n本年收入合计" + Money(general + fund + other) + "万元，其中：\n"
        + "（1）一般公共预算财政拨款收入" + Money(general) + "万元" + (stop ? "；" : string.Empty) + "\n（2）政府性基金预算财政拨款收入"
        + Money(fund) + "万元" + (stop ? "；" : string.Empty) + "\n（3）其他收入" + Money(other) + "万元" + Stop(stop) + "\n";

    /// <summary>
    /// The no-。 harness's FA1211 (blind pages 27 t01): without "；" the lead and item (1) ran into one sentence, which opens
    /// without a list mark, so the 一般公共预算 item was taken as the whole 财政拨款收入 and 2000.00 ≠ 1700.00 + 100.00 was an
    /// Error. The item is judged on its own line: one fund's part, never the whole.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AGeneralBudgetListItem_IsNeverTheWholeAppropriation(bool stop)
    {
        var (read, diagnostics) = Read(FundPartList(170000, 20000, 10000, stop));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read.Report, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("100.00", JsonAt(read.Report, "/narrative/income/otherIncome/amount"));
    }

    /// <summary>
    /// Property: whatever the three parts, the list reads no Error and never places the 一般公共预算 part as the whole
    /// 财政拨款收入, with or without the items' "；".
    /// </summary>
    [Property(MaxTest = 25)]
    public Property FundPartListItems_AreNeverTheWhole()
    {
        var gen =
            from general in Gen.Choose(100, 900_000)
            from fund in Gen.Choose(1, 90_000)
            from other in Gen.Choose(1, 90_000)
            from stop in Gen.Elements(true, false)
            select (general, fund, other, stop);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(FundPartList(t.general, t.fund, t.other, t.stop));
            return Of(diagnostics, Severity.Error).Length == 0
                && JsonAt(read.Report, "/narrative/income/fiscalAppropriation/amount") is null;
        });
    }

    /// <summary>
    /// The no-。 harness's FA2205 (blind pages 46 t07): a class list ending "…住房保障支出（类）200.00万元" without "。", then item
    /// (1) on the next line. Joined, item (1)'s 年初预算 and 决算 went to the last class (200.00 ≠ 1900.00, a false FA2205). The
    /// first entry after a line ending in an amount starts a paragraph.
    /// </summary>
    [Fact]
    public void AFirstEntryAfterAClassList_IsItsOwnItem()
    {
        var (read, diagnostics) = Read("某市测绘院2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n"
            + "2023年度一般公共预算财政拨款支出3000.00万元，其中：自然资源海洋气象等支出（类）2800.00万元；住房保障支出（类）200.00万元\n"
            + "（1）自然资源海洋气象等支出（类）自然资源事务（款）事业运行（项）（2200150）：年初预算2000.00万元，决算1900.00万元，"
            + "完成年初预算的95.00%\n（2）自然资源海洋气象等支出（类）自然资源事务（款）其他自然资源事务支出（项）（2200199）：年初预算"
            + "900.00万元，决算900.00万元，与年初预算持平\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("1900.00", JsonAt(read.Report, Items + "0/amount"));
        Assert.Equal("900.00", JsonAt(read.Report, Items + "1/amount"));
        Assert.Null(JsonAt(read.Report, "/narrative/generalBudget/classes/1/budget/budgetAmount"));
    }

    /// <summary>
    /// The no-。 harness's FA2205 (blind pages 47 t04): entries numbered "1）", "2）" whose lines end in a reason without "。".
    /// "1)" was no list mark, so entry 2 ran into entry 1 and its figures went to item 1 (false FA2205 ×2). Now "2）" follows
    /// "1）" as "(2)" follows "(1)".
    /// </summary>
    [Fact]
    public void ClosingBracketEntries_AreItemsOfTheirOwn()
    {
        var (read, diagnostics) = Read("某市职业学院2021年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n2021年度一般公共预算财政拨款支出"
            + "1400.00万元。\n1）教育支出（类）职业教育（款）高等职业教育（项）（2050305）：年初预算1000.00万元，调整预算1100.00万元，"
            + "支出决算1080.00万元，完成调整预算的98.18%。年初预算与调整预算的差异，因年中追加生均经费\n2）社会保障和就业支出（类）"
            + "行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）（2080505）：年初预算300.00万元，调整预算320.00万元，"
            + "支出决算320.00万元，完成调整预算的100.00%。调整预算增加，因缴费基数调整\n六、“三公”经费支出情况\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("1080.00", JsonAt(read.Report, Items + "0/amount"));
        Assert.Equal("320.00", JsonAt(read.Report, Items + "1/amount"));
    }

    /// <summary>A key–value row of the invented 检察院 table: its name, code, 年初预算 and 决算 (hundredths of 万元).</summary>
    private readonly record struct Row(string Code, string Name, long Budget, long Final);

    private static readonly Row[] Rows =
    [
        new("2040401", "行政运行", 200000, 198000), new("2040402", "一般行政管理事务", 50000, 62000),
        new("2040499", "其他检察支出", 70000, 60000),
    ];

    /// <summary>
    /// An invented 检察院 section: the key–value item lines, then a sentence that names rows 1 and 2 by name — row 1 with an
    /// amount (<paramref name="stated"/>) and the way <paramref name="firstAbove"/>, row 2 with the way
    /// <paramref name="secondAbove"/>, each with a reason after "系".
    /// </summary>
    private static string KeyValueText(IReadOnlyList<Row> rows, long stated, bool firstAbove, bool secondAbove)
    {
        var sb = new StringBuilder("某市某区人民检察院2019年度部门决算说明\n五、一般公共预算财政拨款支出决算情况\n2019年度一般公共预算财政拨款支出");
        sb.Append(Money(rows.Sum(r => r.Final))).Append("万元，按项级科目列示如下（单位：万元）：\n");
        foreach (var r in rows)
        {
            var rate = Math.Round(r.Final * 100m / r.Budget, 2).ToString("0.00", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"科目编码：{r.Code}；科目名称：{r.Name}；年初预算：{Money(r.Budget)}；")
                .Append(CultureInfo.InvariantCulture, $"决算数：{Money(r.Final)}；决算数为年初预算的{rate}%\n");
        }

        static string Way(bool above) => above ? "超过年初预算" : "未达到年初预算";
        return sb.Append("公共安全支出中，").Append(rows[1].Name).Append("（项）支出").Append(Money(stated)).Append("万元，")
            .Append(Way(firstAbove)).Append("，系办案量增加；").Append(rows[2].Name).Append("（项）").Append(Way(secondAbove))
            .Append("，系部分项目延期。\n六、“三公”经费支出情况\n").ToString();
    }

    private static string[] Warned(List<Diagnostic> diagnostics, string rule)
        => [.. diagnostics.Where(d => d.RuleId == rule).SelectMany(d => d.Pointers)];

    /// <summary>
    /// Blind round 46 t08's pattern, invented: the prose names row 1 by name with another amount (602.00 against the row's
    /// 620.00). Before, the amount was unplaced and both reasons were notes (FA2206 asked for them); now the table and the
    /// text differ (FA8008, a Warning naming the row's amount), and each row named with the right way has its reason.
    /// </summary>
    [Fact]
    public void ProseNamingAKeyValueRow_IsComparedWithTheRow()
    {
        var (read, diagnostics) = Read(KeyValueText(Rows, 60200, true, false));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal([Items + "1/amount"], Warned(diagnostics, "FA8008"));
        Assert.Equal([Items + "0/budget"], Warned(diagnostics, "FA2206"));
        Assert.Equal("620.00", JsonAt(read.Report, Items + "1/amount"));
        Assert.Equal("办案量增加", JsonAt(read.Report, Items + "1/budget/reason"));
        Assert.Equal("部分项目延期", JsonAt(read.Report, Items + "2/budget/reason"));
    }

    /// <summary>The prose's amount equal to the row's is the same figure: no finding.</summary>
    [Fact]
    public void ProseRestatingTheRowsAmount_IsNothingNew()
    {
        var (_, diagnostics) = Read(KeyValueText(Rows, 62000, true, false));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Empty(Warned(diagnostics, "FA8008"));
    }

    /// <summary>
    /// A reason that says the wrong way (row 2, 600.00 of 700.00, "超过年初预算，系…") is not the row's: FA2206 still asks
    /// for it (a reason of "above budget" never explains an item below it).
    /// </summary>
    [Fact]
    public void AReasonOfTheWrongWay_IsNotTheRowsReason()
    {
        var (read, diagnostics) = Read(KeyValueText(Rows, 62000, true, true));

        Assert.Contains(Items + "2/budget", Warned(diagnostics, "FA2206"));
        Assert.Null(JsonAt(read.Report, Items + "2/budget/reason"));
    }

    /// <summary>
    /// Property: for generated rows and ways, the named rows' reasons are given exactly when the way agrees with the row (a
    /// row level with its budget takes none), the prose's amount differing from the row's is one FA8008 and an equal one
    /// none, and no Error is ever given.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property NamedRows_TakeReasonsOfTheirWayOnly()
    {
        var gen =
            from budgets in Gen.ArrayOf(Gen.Choose(10_000, 500_000), 3)
            from parts in Gen.ArrayOf(Gen.Choose(60, 140), 3)
            from delta in Gen.Elements(0, 0, 900, -450)
            from firstAbove in Gen.Elements(true, false)
            from secondAbove in Gen.Elements(true, false)
            select (budgets, parts, delta, firstAbove, secondAbove);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var rows = Rows.Select((r, i) => r with { Budget = t.budgets[i], Final = (long)t.budgets[i] * t.parts[i] / 100 }).ToArray();
            var (read, diagnostics) = Read(KeyValueText(rows, rows[1].Final + t.delta, t.firstAbove, t.secondAbove));
            bool Agrees(Row r, bool above) => r.Final != r.Budget && r.Final > r.Budget == above;
            var reasons = JsonAt(read.Report, Items + "1/budget/reason") is not null == Agrees(rows[1], t.firstAbove)
                && JsonAt(read.Report, Items + "2/budget/reason") is not null == Agrees(rows[2], t.secondAbove);
            var differs = Warned(diagnostics, "FA8008").Length == (t.delta == 0 ? 0 : 1);
            return (reasons && differs && Of(diagnostics, Severity.Error).Length == 0)
                .Label(string.Join("; ", Of(diagnostics, Severity.Error)) + " | " + string.Join("; ", Warned(diagnostics, "FA8008")));
        });
    }
}
