using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 58 (units58, blind round 54 t03's family, our own invented 妇幼保健院 texts): a 单位决算 in 元 with thousands
/// separators whose 收入支出决算变动表 (<c>项目 本年决算数 上年决算数 增减额 增减率</c>, space-aligned, under
/// <c>金额单位：元</c> and the heading <c>二、收入支出决算变动情况</c>) writes decreases and negative rates in parentheses
/// (<c>(1,042,840.14)</c>, <c>(1.13%)</c>) and ends with a 本年收支差额 row of two cells. At the base (4e1d9dfc) the heading
/// named no section, the rows were notes (<c>对比表格行…不是表格所在部分的已知项目</c>), a 元 table was refused as a subject row
/// (万元 only) and the two-cell row was misaligned: the facts below fail there.
/// </summary>
public sealed class ChangeTablesInYuanSessionFiftyEightTests
{
    /// <summary>The display columns the header words and the cells end at (right-aligned), after the label column.</summary>
    private static readonly int[] ColumnEnds = [36, 54, 72, 82];

    /// <summary>A row: its label (with its indent) and its cells, each set flush right at its column's end; null cells blank.</summary>
    private static string Row(string label, params string?[] cells)
    {
        var line = new System.Text.StringBuilder(label);
        var width = Width(label);
        for (var k = 0; k < cells.Length; k++)
        {
            if (cells[k] is not { } cell)
            {
                continue;
            }

            var pad = ColumnEnds[k] - Width(cell) - width;
            line.Append(' ', Math.Max(pad, 2)).Append(cell);
            width += Math.Max(pad, 2) + Width(cell);
        }

        return line.ToString();
    }

    /// <summary>Display width: two for a Chinese character, one otherwise.</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u2E80' ? 2 : 1);

    /// <summary>An amount in hundredths as the table writes it: a negative one in parentheses.</summary>
    private static string Signed(long hundredths) => hundredths < 0 ? "(" + GroupedMoney(-hundredths) + ")" : GroupedMoney(hundredths);

    /// <summary>A change rate in per cent of <paramref name="prior"/>, a negative one in parentheses.</summary>
    private static string Rate(long change, long prior)
        => change < 0 ? "(" + PercentOf(-change, prior) + "%)" : PercentOf(change, prior) + "%";

    /// <summary>A row of this year's amount, the prior year's, the change and its rate.</summary>
    private static string ChangeRow(string label, long now, long prior, long? statedChange = null)
    {
        var change = statedChange ?? now - prior;
        return Row(label, GroupedMoney(now), GroupedMoney(prior), Signed(change), Rate(change, prior));
    }

    /// <summary>
    /// The invented text (amounts in hundredths of a 元): the 变动表 of income (财政拨款, 事业收入) and expenditure (基本, 项目)
    /// and the 收支差额 row, then the prose. <paramref name="statedServiceChange"/> replaces the 事业收入 row's 增减额 (a planted
    /// error); <paramref name="surplusShift"/> moves the 收支差额 row's cells right by that many spaces.
    /// </summary>
    internal static string Text(long appropriation, long service, long priorAppropriation, long priorService, long basic,
        long project, long priorBasic, long priorProject, long? statedServiceChange = null, int surplusShift = 0)
    {
        var income = appropriation + service;
        var priorIncome = priorAppropriation + priorService;
        var expenditure = basic + project;
        var priorExpenditure = priorBasic + priorProject;
        var surplusRow = Row("本年收支差额", Signed(income - expenditure), Signed(priorIncome - priorExpenditure));
        if (surplusShift > 0)
        {
            surplusRow = surplusRow.Insert("本年收支差额".Length, new string(' ', surplusShift));
        }

        return "某市妇幼保健院2023年度单位决算\n"
            + "一、单位基本情况\n"
            + "本院为市卫生健康委员会所属差额拨款公益二类事业单位。\n"
            + "二、收入支出决算变动情况\n"
            + "表一  收入支出决算变动表\n"
            + "                                                    金额单位：元\n"
            + Row("项目", "本年决算数", "上年决算数", "增减额", "增减率") + "\n"
            + ChangeRow("本年收入合计", income, priorIncome) + "\n"
            + ChangeRow("  财政拨款收入", appropriation, priorAppropriation) + "\n"
            + ChangeRow("  事业收入", service, priorService, statedServiceChange) + "\n"
            + ChangeRow("本年支出合计", expenditure, priorExpenditure) + "\n"
            + ChangeRow("  基本支出", basic, priorBasic) + "\n"
            + ChangeRow("  项目支出", project, priorProject) + "\n"
            + surplusRow + "\n"
            + "注：括号内为负数。\n"
            + "三、收入决算情况\n"
            + $"2023年度本年收入合计{GroupedMoney(income)}元，其中：财政拨款收入{GroupedMoney(appropriation)}元，"
            + $"占{PercentOf(appropriation, income)}%；事业收入{GroupedMoney(service)}元，占{PercentOf(service, income)}%。\n"
            + "四、支出决算情况\n"
            + $"2023年度本年支出合计{GroupedMoney(expenditure)}元，其中：基本支出{GroupedMoney(basic)}元，"
            + $"占{PercentOf(basic, expenditure)}%；项目支出{GroupedMoney(project)}元，占{PercentOf(project, expenditure)}%。\n";
    }

    /// <summary>Income falls (事业收入 down), expenditure rises: a deficit this year, a surplus the year before.</summary>
    private static readonly string Clean = Text(1_846_235_000, 7_125_841_637, 1_693_000_000, 7_410_268_820,
        8_431_750_286, 786_534_000, 8_065_421_143, 941_280_000);

    /// <summary>Every row is read in 元 as written: amounts, priors, changes with the parentheses' direction, no Error.</summary>
    [Fact]
    public void ChangeTable_InYuan_IsReadRowByRow()
    {
        var (read, diagnostics) = Read(Clean);
        Assert.Equal("yuan", JsonAt(read, "/unit"));
        Assert.Equal("89720766.37", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearIncome/change/direction"));
        Assert.Equal("1311921.83", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("91032688.20", JsonAt(read, "/narrative/overall/currentYearIncome/change/priorYearAmount"));
        Assert.Equal("increase", JsonAt(read, "/narrative/income/fiscalAppropriation/change/direction"));
        Assert.Equal("1532350.00", JsonAt(read, "/narrative/income/fiscalAppropriation/change/amount"));
        Assert.Equal("16930000.00", JsonAt(read, "/narrative/income/fiscalAppropriation/change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/income/serviceIncome/change/direction"));
        Assert.Equal("2844271.83", JsonAt(read, "/narrative/income/serviceIncome/change/amount"));
        Assert.Equal("3.84", JsonAt(read, "/narrative/income/serviceIncome/change/rate"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/expenditure/project/change/direction"));
        Assert.Equal("9412800.00", JsonAt(read, "/narrative/expenditure/project/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The 本年收支差额 row's two cells stand under 本年决算数 and 上年决算数 by where they end: the deficit in parentheses is the
    /// year's surplus below zero, the prior cell its prior-year figure.
    /// </summary>
    [Fact]
    public void SurplusRow_OfTwoCells_IsTheSignedSurplusWithItsPrior()
    {
        var (read, _) = Read(Clean);
        Assert.Equal("-2462076.49", JsonAt(read, "/narrative/overall/currentYearSurplus/amount"));
        Assert.Equal("965676.77", JsonAt(read, "/narrative/overall/currentYearSurplus/priorYearAmount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageZh.Contains("无法对齐", StringComparison.Ordinal));
    }

    /// <summary>Cells that do not end where a header word ends are not placed by guess: the row stays its note.</summary>
    [Fact]
    public void SurplusRow_OffTheHeadersColumns_StaysANote()
    {
        var text = Text(1_846_235_000, 7_125_841_637, 1_693_000_000, 7_410_268_820, 8_431_750_286, 786_534_000,
            8_065_421_143, 941_280_000, surplusShift: 1);
        var (read, _) = Read(text);
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearSurplus/amount"));
        Assert.Contains(read.Notes, n => n.MessageZh.Contains("无法对齐", StringComparison.Ordinal));
    }

    /// <summary>A 增减额 that is not this year's amount less the prior year's is an Error at the 事业收入 change.</summary>
    [Fact]
    public void WrongChangeCell_IsAnError()
    {
        var text = Text(1_846_235_000, 7_125_841_637, 1_693_000_000, 7_410_268_820, 8_431_750_286, 786_534_000,
            8_065_421_143, 941_280_000, statedServiceChange: -248_427_183);
        var (read, diagnostics) = Read(text);
        Assert.Equal("2484271.83", JsonAt(read, "/narrative/income/serviceIncome/change/amount"));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error
            && d.Pointers.Any(p => p.Contains("serviceIncome/change", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Property: for any amounts, each row's change reads back with the direction of its sign and its magnitude as written,
    /// the surplus with its sign, and no Error is raised.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property ChangeTable_ReadsBackWithTheSigns()
    {
        var money = Gen.Choose(10_000_000, 900_000_000).Select(v => (long)v * 10 + 7);
        var gen = from a in money from s in money from pa in money from ps in money
                  from bas in money from p in money from pb in money from pp in money
                  select (a, s, pa, ps, bas, p, pb, pp);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, s, pa, ps, bas, p, pb, pp) = t;
            var (read, diagnostics) = Read(Text(a, s, pa, ps, bas, p, pb, pp));
            var serviceChange = s - ps;
            var surplus = a + s - bas - p;
            var direction = serviceChange < 0 ? "decrease" : "increase";
            return JsonAt(read, "/narrative/income/serviceIncome/change/direction") == direction
                && JsonAt(read, "/narrative/income/serviceIncome/change/amount") == PlainMoney(Math.Abs(serviceChange))
                && JsonAt(read, "/narrative/income/serviceIncome/change/priorYearAmount") == PlainMoney(ps)
                && JsonAt(read, "/narrative/overall/currentYearSurplus/amount") == PlainMoney(surplus)
                && Errors(diagnostics).Length == 0;
        });
    }
}
