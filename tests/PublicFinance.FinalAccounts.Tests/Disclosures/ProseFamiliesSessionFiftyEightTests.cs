using FsCheck;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 58 (prose58): three families, each with invented texts (none copied from the blind rounds).
/// (1) An uncoded entry named before its colon among coded ones — "（2）档案馆（补充说明）：50.00万元，占25.00%；" — whose share went
/// to the entry before it (a false FA8003, "the same figure stated twice"): it is an entry of its own now. (2) A 项 line whose
/// final is stated in words — "…调整预算121.64万元，决算数与调整预算数一致" — whose item was dropped for want of an amount: the
/// amount is that budget's. (3) A project's score broken into parts without 得分 and without fund figures — "自评得分91.3分，
/// 其中预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分" — read as the total's breakdown. (4) A fund's year with
/// its carry-overs named without 和结余 — "年初结转300.00万元；本年收入…；本年支出…；年末结转400.00万元" — read as the fund's balances
/// when the four close exactly.
/// </summary>
public class ProseFamiliesSessionFiftyEightTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private const string BudgetHead = "某市档案局2023年度部门决算说明\n一、收入支出决算总体情况\n2023年度收入总计200.00万元，支出总计200.00万元。\n"
        + "二、一般公共预算财政拨款支出决算情况\n2023年度一般公共预算财政拨款支出200.00万元，主要用于以下方面：\n";

    /// <summary>The uncoded second entry is an entry of its own with its amount and share, never FA8003 on the first.</summary>
    [Theory]
    [InlineData("（1）行政运行（2012601）：150.00万元，占75.00%；\n（2）档案馆（补充说明）：50.00万元，占25.00%；\n", "档案馆(补充说明)")]
    [InlineData("（1）行政运行（2012601）：150.00万元，占75.00%；\n（2）档案馆：50.00万元，占25.00%；\n", "档案馆")]
    [InlineData("2.行政运行（2012601）：150.00万元，占75.00%；\n3.档案馆（补充）：50.00万元，占25.00%。\n", "档案馆(补充)")]
    [InlineData("（1）行政运行（2012601）：150.00万元，占75.00%；（2）档案馆【补充说明】：50.00万元，占25.00%。\n", "档案馆【补充说明】")]
    public void AnUncodedEntryBeforeItsColon_IsItsOwnEntry(string lines, string name)
    {
        var (read, diagnostics) = Read(BudgetHead + lines);
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Equal("150.00", At(read, Items + "0/amount"));
        Assert.Equal("75.00", At(read, Items + "0/share"));
        Assert.Equal("50.00", At(read, Items + "1/amount"));
        Assert.Equal("25.00", At(read, Items + "1/share"));
        Assert.Equal(name, JsonAt(read, Items + "1/name")?.Replace('（', '(').Replace('）', ')'));
        Assert.Null(JsonAt(read, Items + "1/code"));
    }

    /// <summary>Changes stated on each line stay each entry's own: no FA8003 on the first entry's change.</summary>
    [Fact]
    public void AnUncodedEntrysChange_IsItsOwn()
    {
        var (read, diagnostics) = Read(BudgetHead + "（1）行政运行（2012601）：150.00万元，占75.00%，较上年增加10.00万元；\n"
            + "（2）档案馆（补充说明）：50.00万元，占25.00%，较上年减少5.00万元；\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Equal("10.00", At(read, Items + "0/change/amount"));
        Assert.Equal("5.00", At(read, Items + "1/change/amount"));
    }

    /// <summary>A numbered 基本支出 or a 三公 item before a colon is no entry: it does not become an item.</summary>
    [Theory]
    [InlineData("（2）基本支出：")]
    [InlineData("（2）公务接待费：")]
    public void ATotalsPartBeforeAColon_IsNoEntry(string label)
    {
        var (read, _) = Read(BudgetHead + "（1）行政运行（2012601）：150.00万元，占75.00%；\n" + label + "50.00万元；\n");
        Assert.Null(At(read, Items + "1/amount"));
    }

    /// <summary>Any two entries, the second uncoded, are each read with their own amount and share, with no Error.</summary>
    [Property(MaxTest = 20)]
    public void AnySplit_ReadsBothEntries(ushort first)
    {
        var a = 1 + first % 19_999;   // hundredths of 200.00
        var amount = PlainMoney(a);
        var other = PlainMoney(20_000 - a);
        var text = BudgetHead + $"（1）行政运行（2012601）：{amount}万元，占{PercentOf(a, 20_000)}%；\n"
            + $"（2）档案馆（补充说明）：{other}万元，占{PercentOf(20_000 - a, 20_000)}%；\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(amount, At(read, Items + "0/amount"));
        Assert.Equal(other, At(read, Items + "1/amount"));
    }

    private const string LineHead = "某县职业教育中心2019年度单位决算说明\n三、一般公共预算财政拨款支出决算情况\n2019年度一般公共预算财政拨款支出年初预算"
        + "300.00万元，调整预算320.00万元，决算数314.00万元，决算数为调整预算数的98.13%。按项目分：\n"
        + "（2050302）中等职业教育：年初预算200.00万元，调整预算214.00万元，决算数208.00万元，决算数为调整预算数的97.20%。\n";

    /// <summary>"决算数与调整预算数一致": the item is kept, its amount the 调整预算's, its budgets read; the section adds up.</summary>
    [Theory]
    [InlineData("决算数与调整预算数一致")]
    [InlineData("决算与调整预算一致")]
    [InlineData("决算数等于调整预算数")]
    public void AFinalEqualToItsAdjustedBudget_IsTheItemsAmount(string words)
    {
        var (read, diagnostics) = Read(LineHead + $"（2080505）机关事业单位基本养老保险缴费支出：年初预算60.00万元，调整预算62.00万元，{words}。\n"
            + "（2210201）住房公积金：年初预算40.00万元，调整预算44.00万元，决算数与调整预算数一致。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2080505", JsonAt(read, Items + "1/code"));
        Assert.Equal("62.00", At(read, Items + "1/amount"));
        Assert.Equal("60.00", At(read, Items + "1/budget/budgetAmount"));
        Assert.Equal("62.00", At(read, Items + "1/secondBudget/budgetAmount"));
        Assert.Equal("44.00", At(read, Items + "2/amount"));
        Assert.Equal("40.00", At(read, Items + "2/budget/budgetAmount"));
    }

    /// <summary>"决算数与年初预算数一致" takes the 年初预算; with no budget of that basis on the line the item stays unread.</summary>
    [Fact]
    public void TheNamedBasis_Decides()
    {
        var (read, _) = Read(LineHead + "（2210201）住房公积金：年初预算40.00万元，调整预算44.00万元，决算数与年初预算数一致。\n");
        Assert.Equal("40.00", At(read, Items + "1/amount"));
        var (none, _) = Read(LineHead + "（2210201）住房公积金：调整预算44.00万元，决算数与年初预算数一致。\n");
        Assert.Null(At(none, Items + "1/amount"));
    }

    private const string EvaluationHead = "某县职业教育中心2019年度单位决算说明\n一、支出决算情况\n本年支出合计900.00万元，其中基本支出770.00万元，"
        + "项目支出130.00万元。\n四、预算绩效情况\n2019年本中心对2个项目开展绩效自评，自评结果如下：\n";

    private const string Second = "2.实训基地建设项目：自评得分87.8分，其中预算执行率8.8分、产出指标44.0分、效益指标26.5分、满意度指标8.5分。\n";

    private const string E0 = "/performance/evaluations/0/";

    /// <summary>Scores without 得分 after 其中, no fund figure: each evaluation is read whole (total, fund score, three parts).</summary>
    [Fact]
    public void BareScoreParts_AreTheTotalsBreakdown()
    {
        var (read, diagnostics) = Read(EvaluationHead
            + "1.中职学生免学费补助资金：自评得分91.3分，其中预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分。\n" + Second);
        Assert.Empty(Errors(diagnostics));
        var evaluations = read.Report.Performance!.Evaluations;
        Assert.Equal(2, evaluations.Count);
        Assert.Equal("91.3", At(read, E0 + "totalScore"));
        Assert.Equal("9.6", At(read, E0 + "funds/0/score"));
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], evaluations[0].Indicators.Select(i => i.Level1));
        Assert.Equal("45.5", At(read, E0 + "indicators/0/score"));
        Assert.Equal("9.2", At(read, E0 + "indicators/2/score"));
        Assert.Equal("87.8", At(read, "/performance/evaluations/1/totalScore"));
    }

    /// <summary>A total below its bare parts is FA3003; parts without 其中 are not read as parts (no evaluation, no Error).</summary>
    [Fact]
    public void ATotalBelowItsBareParts_IsFA3003()
    {
        var (_, diagnostics) = Read(EvaluationHead
            + "1.中职学生免学费补助资金：自评得分88.3分，其中预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分。\n" + Second);
        Assert.Contains(diagnostics, d => d.RuleId == "FA3003" && d.Pointers.Contains(E0 + "totalScore"));
        var (read, plain) = Read(EvaluationHead
            + "1.中职学生免学费补助资金：自评得分88.3分，预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分。\n" + Second);
        Assert.Empty(Errors(plain));
        Assert.Equal("实训基地建设项目", Assert.Single(read.Report.Performance!.Evaluations).Name);   // only the second is read
    }

    /// <summary>Any breakdown that adds up is read with no Error; the total lowered by 3 points is FA3003.</summary>
    [Property(MaxTest = 20)]
    public void AnyBareBreakdown_IsCheckedAgainstItsTotal(byte fund, byte output, byte effect, byte satisfaction)
    {
        var (f, o, e, s) = (1 + fund % 91 / 10m, 1 + output % 50, 1 + effect % 30, 1 + satisfaction % 91 / 10m);
        static string S(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Body(decimal stated) => $"1.中职学生免学费补助资金：自评得分{S(stated)}分，其中预算执行率{S(f)}分、产出指标{o}分、效益指标{e}分、"
            + $"满意度指标{S(s)}分。\n";
        var (read, diagnostics) = Read(EvaluationHead + Body(f + o + e + s) + Second);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(3, read.Report.Performance!.Evaluations[0].Indicators.Count);
        var (_, wrong) = Read(EvaluationHead + Body(f + o + e + s - 3m) + Second);
        Assert.Contains(wrong, d => d.RuleId == "FA3003" && d.Pointers.Contains(E0 + "totalScore"));
    }

    private const string FundHead = "某市土地储备中心2021年度单位决算说明\n六、政府性基金预算财政拨款收入支出决算情况\n";

    private const string Fund = "/narrative/governmentFund/";

    /// <summary>年初结转 + 本年收入 = 本年支出 + 年末结转 exactly: both halves are the fund's opening and closing balances.</summary>
    [Fact]
    public void AFundYearThatCloses_PlacesBothCarryOvers()
    {
        var (read, diagnostics) = Read(FundHead + "2021年度政府性基金预算财政拨款年初结转300.00万元；本年收入1000.00万元，其中专项债券收入600.00万元；"
            + "本年支出900.00万元；年末结转400.00万元，为尚未完成的项目资金。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("300.00", At(read, Fund + "openingCarryOver/amount"));
        Assert.Equal("1000.00", At(read, Fund + "currentYearIncome/amount"));
        Assert.Equal("900.00", At(read, Fund + "currentYearExpenditure/amount"));
        Assert.Equal("400.00", At(read, Fund + "closingCarryOver/amount"));
    }

    /// <summary>A year that does not close, or a paragraph that names a 结余, leaves both halves notes.</summary>
    [Theory]
    [InlineData("年末结转400.00万元", "年末结转410.00万元")]
    [InlineData("为尚未完成的项目资金", "其中结余20.00万元")]
    public void AFundYearThatDoesNotClose_PlacesNeither(string was, string now)
    {
        var (read, diagnostics) = Read(FundHead + ("2021年度政府性基金预算财政拨款年初结转300.00万元；本年收入1000.00万元；本年支出900.00万元；"
            + "年末结转400.00万元，为尚未完成的项目资金。\n").Replace(was, now));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, Fund + "openingCarryOver/amount"));
        Assert.Null(At(read, Fund + "closingCarryOver/amount"));
    }
}
