using FsCheck;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 59 (prose59): three families of blind round 55, each with invented texts (none copied from the blind texts).
/// (1) A fund's expenditure followed by the list of its items the text declares whole (具体为 / 分别为…): the list is weighed
/// against the expenditure (FA8006); a list of the main items (主要用于) is not. (2) Items written with three years —
/// "本年 X 万元，上年 Y 万元，上上年 Z 万元，较上年增加…": the prior year's figure is the change's prior-year amount and the change is
/// checked; the year before the prior one is a note, never compared. (3) The 财政拨款 income broken down into its 中央 and 地方
/// parts in a bracket: notes, weighed against the figure; the share after the bracket stays the figure's.
/// </summary>
public class ProseSessionFiftyNineTests
{
    private const string Fund = "/narrative/governmentFund/";

    private const string FundHead = "宁德市自然资源局2022年度部门决算说明\n一、收入支出决算总体情况\n2022年度收入总计3600.00万元，支出总计3600.00万元。\n"
        + "二、政府性基金预算财政拨款收入支出决算情况\n";

    private static string FundText(string word, string first, string second, string third, string total = "3000.00")
        => FundHead + $"2022年度政府性基金预算财政拨款本年收入{total}万元，本年支出{total}万元，{word}征地和拆迁补偿支出（2120801）{first}万元，"
            + $"土地开发支出（2120802）{second}万元，城市建设支出（2120803）{third}万元。\n";

    /// <summary>A whole list that adds up: its items are read, no Error.</summary>
    [Theory]
    [InlineData("具体为：")]
    [InlineData("分别为：")]
    [InlineData("具体是")]
    public void AWholeFundListThatAddsUp_RaisesNoError(string word)
    {
        var (read, diagnostics) = Read(FundText(word, "1800.00", "700.00", "500.00"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3000.00", At(read, Fund + "currentYearExpenditure/amount"));
        Assert.Equal("1800.00", At(read, Fund + "items/0/amount"));
        Assert.Equal("700.00", At(read, Fund + "items/1/amount"));
        Assert.Equal("500.00", At(read, Fund + "items/2/amount"));
    }

    /// <summary>A wrong item of a whole list (770.00 for 700.00) is FA8006 at the expenditure, naming the item.</summary>
    [Theory]
    [InlineData("具体为：")]
    [InlineData("分别为：")]
    [InlineData("具体是")]
    public void AWrongItemOfAWholeFundList_IsAnError(string word)
    {
        var (_, diagnostics) = Read(FundText(word, "1800.00", "770.00", "500.00"));
        var error = Assert.Single(Errors(diagnostics));
        Assert.StartsWith("FA8006", error, StringComparison.Ordinal);
        Assert.Contains("770.00", error, StringComparison.Ordinal);
        Assert.Contains("3070.00", error, StringComparison.Ordinal);
    }

    /// <summary>The main items (主要用于) that fall short of the expenditure are no whole list: no Error.</summary>
    [Theory]
    [InlineData("主要用于：")]
    [InlineData("其中：")]
    [InlineData("主要包括")]
    public void APartialFundList_IsNotWeighed(string word)
    {
        var (_, diagnostics) = Read(FundText(word, "1800.00", "700.00", "300.00"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8006");
    }

    /// <summary>A whole list with a part of an item in it (a money figure that is no item) is not weighed.</summary>
    [Fact]
    public void AWholeFundListWithAnItemsPart_IsNotWeighed()
    {
        var text = FundHead + "2022年度政府性基金预算财政拨款本年收入3000.00万元，本年支出3000.00万元，具体为：征地和拆迁补偿支出（2120801）"
            + "1800.00万元，其中拆迁补偿600.00万元，土地开发支出（2120802）700.00万元，城市建设支出（2120803）300.00万元。\n";
        var (_, diagnostics) = Read(text);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8006");
    }

    /// <summary>
    /// Any whole list that adds up raises no Error; the same list with one item changed by 0.05 or more raises exactly one FA8006.
    /// </summary>
    [Property(MaxTest = 15)]
    public void AnyWholeFundList_IsWeighedExactly(ushort first, ushort second, byte change)
    {
        var a = 1 + first % 150_000;   // hundredths of 3000.00
        var b = 1 + second % (299_999 - a);
        var c = 300_000 - a - b;
        var (_, clean) = Read(FundText("具体为：", PlainMoney(a), PlainMoney(b), PlainMoney(c)));
        Assert.Empty(Errors(clean));
        // At least 0.05 off: a difference of 0.01 is within the four figures' rounding (±0.005 each), a rounding-sized Info.
        var (_, wrong) = Read(FundText("具体为：", PlainMoney(a), PlainMoney(b + 5 + change), PlainMoney(c)));
        Assert.Equal(["FA8006"], RuleIds(wrong, PublicFinance.FinalAccounts.Validation.Severity.Error));
    }

    private const string Items = "/narrative/appropriation/items/";

    private const string YearsHead = "合肥市政协办公室2021年度部门决算说明\n一、财政拨款支出决算情况\n2021年度财政拨款支出500.00万元。分科目情况：\n";

    /// <summary>
    /// Three years per item: the prior year's figure is the change's prior-year amount; the older one (上上年, 前年, 2019年 in a
    /// 2021 report) is noted and never compared — it would give a wrong change (300 − 260 ≠ 20) if it were.
    /// </summary>
    [Theory]
    [InlineData("上年", "上上年")]
    [InlineData("上年", "前年")]
    [InlineData("2020年", "2019年")]
    [InlineData("上年度", "上上年度")]
    public void ThreeYearsPerItem_PlaceThePriorYearOnly(string prior, string older)
    {
        var text = YearsHead + $"（1）行政运行（2010201）：本年300.00万元，{prior}280.00万元，{older}260.00万元，较上年增加20.00万元。\n"
            + $"（2）一般行政管理事务（2010202）：本年200.00万元，{prior}210.00万元，{older}190.00万元，较上年减少10.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("280.00", At(read, Items + "0/change/priorYearAmount"));
        Assert.Equal("20.00", At(read, Items + "0/change/amount"));
        Assert.Equal("210.00", At(read, Items + "1/change/priorYearAmount"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "260.00" or "190.00");
    }

    /// <summary>A change that is not this year's figure less the prior year's is FA2105; the older year changes nothing.</summary>
    [Fact]
    public void AWrongChangeBesideThreeYears_IsAnError()
    {
        var text = YearsHead + "（1）行政运行（2010201）：本年300.00万元，上年280.00万元，上上年260.00万元，较上年增加25.00万元。\n";
        var (_, diagnostics) = Read(text);
        Assert.Equal(["FA2105"], RuleIds(diagnostics, PublicFinance.FinalAccounts.Validation.Severity.Error));
    }

    /// <summary>An older year's clause alone, with no prior year's, is a note: nothing is compared.</summary>
    [Fact]
    public void AnOlderYearAlone_IsNotThePriorYear()
    {
        var text = YearsHead + "（1）行政运行（2010201）：本年300.00万元，上上年260.00万元，较上年增加20.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, Items + "0/change/priorYearAmount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "260.00");
    }

    /// <summary>Any prior and older figures: the prior is placed, no Error, whatever the older one.</summary>
    [Property(MaxTest = 15)]
    public void AnyThreeYears_ComparesThePriorOnly(ushort prior, ushort older)
    {
        var p = 1 + prior % 29_999;   // hundredths below 300.00
        var o = 1 + older % 60_000;
        var change = 30_000 - p;
        var text = YearsHead + $"（1）行政运行（2010201）：本年300.00万元，上年{PlainMoney(p)}万元，上上年{PlainMoney(o)}万元，"
            + $"较上年增加{PlainMoney(change)}万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(PlainMoney(p), At(read, Items + "0/change/priorYearAmount"));
    }

    private const string LevelHead = "遵义市气象局2016年度部门决算说明\n一、收入决算情况\n";

    private static string LevelText(string bracket)
        => LevelHead + $"2016年度收入合计1000.00万元，其中：财政拨款收入800.00万元{bracket}，占收入合计的80.00%；事业收入200.00万元，占20.00%。\n";

    /// <summary>中央 and 地方 parts that make the income: notes, the share kept, no Error.</summary>
    [Theory]
    [InlineData("（其中中央财政拨款600.00万元，地方财政拨款200.00万元）")]
    [InlineData("（中央财政拨款600.00万元、地方财政拨款200.00万元）")]
    [InlineData("（其中：中央财政拨款收入600.00万元，地方财政拨款收入200.00万元）")]
    public void LevelPartsThatAddUp_AreNotedAndTheShareKept(string bracket)
    {
        var (read, diagnostics) = Read(LevelText(bracket));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("800.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("80.00", At(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("central or local part", StringComparison.Ordinal)));
        Assert.DoesNotContain(read.Claims, c => c.Value is "600.00");
    }

    /// <summary>Parts that do not make the income are FA8006; one part alone is not weighed.</summary>
    [Theory]
    [InlineData("（其中中央财政拨款600.00万元，地方财政拨款250.00万元）", true)]
    [InlineData("（中央财政拨款550.00万元、地方财政拨款200.00万元）", true)]
    [InlineData("（其中中央财政拨款650.00万元）", false)]
    public void LevelPartsThatDoNotAddUp_AreAnError(string bracket, bool error)
    {
        var (_, diagnostics) = Read(LevelText(bracket));
        Assert.Equal(error ? ["FA8006"] : [], RuleIds(diagnostics, PublicFinance.FinalAccounts.Validation.Severity.Error));
    }
}
