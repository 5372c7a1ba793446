using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 59 (r56fix, blind round 56's false findings; our own invented texts). A space-aligned comparison table whose first
/// figure column is the prior year's (<c>项目  上年决算数  本年决算数  增减额 增减率（%）</c>, the last two words one space apart)
/// and whose total rows carry a list number (<c>一、收入合计  272.83  300.82 …</c>): at the base the numbered rows were list
/// items read as prose — the 上年 cell this year's total, every other cell a conflicting restatement (FA1211 and FA8003 ×8 in
/// t04). A coded 项 table with 上年决算数 / 本年决算数 under a 决算表 title inside the 一般公共预算 section was skipped. And
/// <c>占地236.5亩</c> was a share without its % (FA8002).
/// </summary>
public sealed class RoundFiftySixSessionFiftyNineTests
{
    /// <summary>
    /// An invented 地方志办公室 说明 with the comparison table (amounts in hundredths of a 万元): income of 财政拨款 and 其他收入,
    /// expenditure of 基本 and 项目, each with its prior year; <paramref name="statedOtherChange"/> replaces the 其他收入 row's
    /// 增减额 (a planted error); <paramref name="header"/> is the table's header line.
    /// </summary>
    internal static string Text(long appropriation, long other, long priorAppropriation, long priorOther, long basic,
        long priorBasic, long? statedOtherChange = null, string? header = null)
    {
        var income = appropriation + other;
        var priorIncome = priorAppropriation + priorOther;
        var project = income - basic;
        var priorProject = priorIncome - priorBasic;
        return "某市某区地方志办公室2015年度部门决算公开说明\n\n"
            + "一、基本情况\n"
            + "区地方志办公室为区政府直属事业单位，负责全区地方志的编纂和年鉴编辑工作。\n\n"
            + "二、收入支出决算情况\n"
            + "表一 收入支出决算对比表\n"
            + "                                                        单位：万元\n"
            + (header ?? "项目                        上年决算数  本年决算数    增减额 增减率（%）") + "\n"
            + Row("一、收入合计", priorIncome, income) + "\n"
            + Row("  公共财政预算拨款收入", priorAppropriation, appropriation) + "\n"
            + Row("  其他收入", priorOther, other, statedOtherChange) + "\n"
            + Row("二、支出合计", priorIncome, income) + "\n"
            + Row("  基本支出", priorBasic, basic) + "\n"
            + Row("  项目支出", priorProject, project) + "\n\n"
            + $"2015年度收入合计{PlainMoney(income)}万元，其中公共财政预算拨款收入{PlainMoney(appropriation)}万元，"
            + $"占{PercentOf(appropriation, income)}%；其他收入{PlainMoney(other)}万元。支出合计{PlainMoney(income)}万元，与收入相等。\n";
    }

    /// <summary>A row: the label, then 上年, 本年, 增减额 (signed) and 增减率, apart by runs of spaces.</summary>
    private static string Row(string label, long prior, long now, long? statedChange = null)
    {
        var change = statedChange ?? now - prior;
        var rate = Math.Round(change * 100m / prior, 2, MidpointRounding.AwayFromZero);
        return label.PadRight(24) + "    " + PlainMoney(prior) + "    " + PlainMoney(now) + "    " + Signed(change) + "    "
            + rate.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A signed amount in hundredths ("-0.45" for a fall).</summary>
    private static string Signed(long hundredths) => hundredths < 0 ? "-" + PlainMoney(-hundredths) : PlainMoney(hundredths);

    /// <summary>Income and expenditure rise, 其他收入 falls.</summary>
    private static readonly string Clean = Text(29_662, 420, 26_818, 465, 25_222, 23_783);

    /// <summary>The 上年决算数 column is the prior year, 本年决算数 this year's figure, the signed 增减额 the change.</summary>
    [Fact]
    public void PriorFirstTable_ColumnsGoToTheirYears()
    {
        var (read, diagnostics) = Read(Clean);
        Assert.Equal("300.82", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("272.83", JsonAt(read, "/narrative/overall/currentYearIncome/change/priorYearAmount"));
        Assert.Equal("27.99", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("300.82", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("296.62", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("268.18", JsonAt(read, "/narrative/income/fiscalAppropriation/change/priorYearAmount"));
        Assert.Equal("4.20", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/income/otherIncome/change/direction"));
        Assert.Equal("0.45", JsonAt(read, "/narrative/income/otherIncome/change/amount"));
        Assert.Equal("9.68", JsonAt(read, "/narrative/income/otherIncome/change/rate"));
        Assert.Equal("252.22", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("237.83", JsonAt(read, "/narrative/expenditure/basic/change/priorYearAmount"));
        Assert.Equal("35.00", JsonAt(read, "/narrative/expenditure/project/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2001");
    }

    /// <summary>The header's last two words two spaces apart, 上年数 / 本年数: read the same.</summary>
    [Fact]
    public void PriorFirstTable_OtherHeaderWords_ReadTheSame()
    {
        var text = Text(29_662, 420, 26_818, 465, 25_222, 23_783,
            header: "项目                        上年数      本年数        增减额  增减率(%)");
        var (read, diagnostics) = Read(text);
        Assert.Equal("300.82", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("4.65", JsonAt(read, "/narrative/income/otherIncome/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A header word broken by a space (<c>本年 决算数</c>: a piece of two characters) is not cut into two columns: it stays
    /// one column, this year's, and the table reads as under <c>本年决算数</c>.
    /// </summary>
    [Fact]
    public void BrokenHeaderWord_IsNoTwoColumns()
    {
        var text = Text(29_662, 420, 26_818, 465, 25_222, 23_783,
            header: "项目                        上年决算数  本年 决算数    增减额  增减率（%）");
        var (read, diagnostics) = Read(text);
        Assert.Equal("300.82", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("4.65", JsonAt(read, "/narrative/income/otherIncome/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A 增减额 that is not this year's amount less the prior year's is an Error at the 其他收入 change.</summary>
    [Fact]
    public void WrongChangeCell_IsAnError()
    {
        var text = Text(29_662, 420, 26_818, 465, 25_222, 23_783, statedOtherChange: -54);
        var (read, diagnostics) = Read(text);
        Assert.Equal("0.54", JsonAt(read, "/narrative/income/otherIncome/change/amount"));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error
            && d.Pointers.Any(p => p.Contains("otherIncome/change", StringComparison.Ordinal)));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
    }

    /// <summary>
    /// Property: for any consistent amounts the table reads back — this year's figures from the 本年 column, the priors from
    /// the 上年 column, the change's direction from its sign — and no Error is raised.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property PriorFirstTable_ReadsBackWithoutError()
    {
        var money = Gen.Choose(1_000, 900_000).Select(v => (long)v);
        var gen = from a in money from o in money from pa in money from po in money
                  from share in Gen.Choose(30, 90) from priorShare in Gen.Choose(30, 90)
                  select (a, o, pa, po, share, priorShare);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, o, pa, po, share, priorShare) = t;
            var basic = (a + o) * share / 100;
            var priorBasic = (pa + po) * priorShare / 100;
            var (read, diagnostics) = Read(Text(a, o, pa, po, basic, priorBasic));
            var otherChange = o - po;
            return JsonAt(read, "/narrative/overall/currentYearIncome/amount") == PlainMoney(a + o)
                && JsonAt(read, "/narrative/overall/currentYearIncome/change/priorYearAmount") == PlainMoney(pa + po)
                && JsonAt(read, "/narrative/income/otherIncome/amount") == PlainMoney(o)
                && (otherChange == 0 || JsonAt(read, "/narrative/income/otherIncome/change/direction")
                    == (otherChange < 0 ? "decrease" : "increase"))
                && JsonAt(read, "/narrative/expenditure/basic/amount") == PlainMoney(basic)
                && Errors(diagnostics).Length == 0;
        });
    }

    /// <summary>
    /// A coded 项 table with 上年决算数 / 本年决算数 under its 决算表 title inside the 一般公共预算 section: each row is an item
    /// with its prior year.
    /// </summary>
    [Theory]
    [InlineData("表二 公共财政预算拨款支出决算表（按功能分类项级科目）", "三、公共财政预算拨款支出决算情况")]
    [InlineData("一般公共预算财政拨款支出决算表", "三、一般公共预算财政拨款支出决算情况")]
    public void CodedTable_WithPriorColumn_GivesItemsTheirPriorYear(string title, string heading)
    {
        var text = "某市某区地方志办公室2015年度部门决算公开说明\n\n"
            + heading + "\n"
            + title + "\n"
            + "                                                        单位：万元\n"
            + "科目编码      科目名称                    上年决算数  本年决算数\n"
            + "          合计                            220.88      247.01\n"
            + "2012604   档案馆                          176.42      211.37\n"
            + "2080505   机关事业单位基本养老保险缴费支出   24.60       23.08\n"
            + "2210201   住房公积金                       19.86       12.56\n\n"
            + "四、“三公”经费支出情况\n"
            + "2015年度“三公”经费支出3.30万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("2012604", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("211.37", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("176.42", JsonAt(read, "/narrative/generalBudget/items/0/priorYearAmount"));
        Assert.Equal("23.08", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("24.60", JsonAt(read, "/narrative/generalBudget/items/1/priorYearAmount"));
        Assert.Equal("19.86", JsonAt(read, "/narrative/generalBudget/items/2/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>占地 in 亩 (or a number with a unit of area after 占) is no share missing its %; a bare 占 98.37 still is.</summary>
    [Theory]
    [InlineData("学校占地236.5亩，校舍建筑面积98640.3平方米。", false)]
    [InlineData("园区占用土地12.5公顷，绿化面积3.2万平方米。", false)]
    [InlineData("其中财政拨款收入268.18万元，占98.37，其他收入4.20万元。", true)]
    public void AreaAfterZhan_IsNoShareWithoutPercent(string sentence, bool flagged)
    {
        var text = "某市第一中学2025年度单位决算\n\n一、单位基本情况\n" + sentence + "\n";
        var (read, _) = Read(text);
        Assert.Equal(flagged, read.TextFindings.Any(f => f.RuleId == "FA8002"));
    }
}
