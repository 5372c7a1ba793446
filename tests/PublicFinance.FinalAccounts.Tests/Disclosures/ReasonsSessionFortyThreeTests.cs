using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (issue 8; blind round 40's false FA2106, FA2206 and FA5003), on invented texts of our own wording and numbers:
/// a reason one sentence (or a table) after the changes it covers ("减少的原因是…", "上述两项减少的原因，一是…"), one reason
/// closing the sentence of the year's income and expenditure changes, a reason by reference ("…的主要原因同上"), and level
/// marks ("（类）", "（類）") that are no part of a classification name. Near misses: a reason of the other direction, a
/// reason in the next section, "上述两项" with one change, "同上" after a difference the other way.
/// </summary>
public class ReasonsSessionFortyThreeTests
{
    private const string Title = "# excerpt\n";

    private const string ThreePublicHead = Title + "七、财政拨款“三公”经费支出决算情况说明\n"
        + "2023年度“三公”经费财政拨款支出决算数为20.00万元，完成年初预算的80.00%，较上年减少2.00万元，下降9.09%。";

    /// <summary>The 三公 table with a count column after the total's sentence (its rows' items are not kept).</summary>
    private const string ThreePublicTable = "具体情况见下表：\n"
        + "| 项目 | 年初预算（万元） | 决算数（万元） | 上年决算（万元） | 数量 |\n"
        + "| 合计 | 25.00 | 20.00 | 22.00 | — |\n"
        + "| 因公出国（境）费 | 0 | 0 | 0 | 0人次 |\n"
        + "| 公务用车运行维护费 | 15.00 | 12.00 | 13.00 | 保有量5辆 |\n"
        + "| 公务接待费 | 10.00 | 8.00 | 9.00 | 20批次100人次 |\n";

    private const string ItemChanges = "公务用车运行维护费12.00万元，较上年减少1.00万元，下降7.69%；公务接待费8.00万元，较上年减少1.00万元，"
        + "下降11.11%。";

    private const string Austerity = "严格执行公务用车管理制度，压减非必要接待";

    /// <summary>
    /// "减少的原因是…" after a table and the items' changes (the items are not kept): the reason covers the section's
    /// decreases since the last reason — the total's too (no FA2106 on the total).
    /// </summary>
    [Fact]
    public void BareDirectionHeadAfterTableAndItemChanges_CoversTheTotal()
    {
        var (read, diagnostics) = Read(ThreePublicHead + ThreePublicTable
            + "公务用车运行维护费较上年减少1.00万元，下降7.69%；公务接待费较上年减少1.00万元，下降11.11%。减少的原因是" + Austerity
            + "。因公出国（境）费为0，与上年持平。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.StartsWith(Austerity, JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Equal("2.00", JsonAt(read, "/narrative/threePublic/total/change/amount"));
    }

    /// <summary>A bare direction head after the items' changes with their amounts: each item and the total take the reason.</summary>
    [Fact]
    public void BareDirectionHead_CoversEveryDecreaseOfTheSection()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "\n" + ItemChanges + "减少的原因是" + Austerity + "。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.StartsWith(Austerity, JsonAt(read, "/narrative/threePublic/vehicleOperation/change/reason"));
        Assert.StartsWith(Austerity, JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.StartsWith(Austerity, JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary>
    /// "上述两项减少的原因，一是…二是…": the two item changes above take the reason ("原因，一是" is a marker); the total does
    /// not (上述两项 names two), and FA2106 is silent because the items going its way give their reasons.
    /// </summary>
    [Theory]
    [InlineData("上述两项减少的原因，一是")]
    [InlineData("以上两项减少的原因，一是")]
    [InlineData("上述两项减少的主要原因是：一是")]
    public void CountedAboveHead_CoversTheLastTwoChanges(string head)
    {
        var (read, diagnostics) = Read(ThreePublicHead + "\n" + ItemChanges + "\n" + head + "严格执行定点维修制度，二是压减接待批次。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Contains("定点维修", JsonAt(read, "/narrative/threePublic/vehicleOperation/change/reason"));
        Assert.Contains("定点维修", JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary>Near miss: "上述两项" with one change that way (the other rose): which two it names is not certain — none.</summary>
    [Fact]
    public void CountedAboveHeadWithFewerChanges_CoversNone()
    {
        var (read, diagnostics) = Read(Title + "七、财政拨款“三公”经费支出决算情况说明\n"
            + "2023年度“三公”经费财政拨款支出决算数为20.00万元。公务用车运行维护费12.00万元，较上年减少1.00万元，下降7.69%；"
            + "公务接待费8.00万元，较上年增加1.00万元，增长14.29%。\n上述两项减少的原因是" + Austerity + "。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.Contains("FA2106 /narrative/threePublic/reception/change", Of(diagnostics, Severity.Warning));
    }

    /// <summary>Near miss: a reason of the other direction ("增加的原因是…" after decreases) covers none of them.</summary>
    [Fact]
    public void ReasonOfTheOtherDirection_CoversNone()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "\n" + ItemChanges + "增加的原因是新增执法车辆。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
        var warnings = Of(diagnostics, Severity.Warning);
        Assert.Contains("FA2106 /narrative/threePublic/reception/change", warnings);
        Assert.Contains("FA2106 /narrative/threePublic/vehicleOperation/change", warnings);
    }

    /// <summary>
    /// Near miss: a reason in the next section ("减少的原因是…" after the 机关运行经费's decrease) is that section's — the 三公
    /// total above, without a reason, still warns.
    /// </summary>
    [Fact]
    public void ReasonInTheNextSection_DoesNotCoverTheSectionAbove()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "\n八、机关运行经费支出情况说明\n"
            + "2023年度机关运行经费支出36.00万元，比上年减少4.00万元，下降10.00%。减少的原因是压减办公费和印刷费。\n");

        Assert.StartsWith("压减办公费", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Contains("FA2106 /narrative/threePublic/total/change", Of(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// Near miss: a change with a reason of its own ends the run — "减少的原因是 B" after "A…，主要原因是 A'。C…" covers C only;
    /// the item before keeps its own reason.
    /// </summary>
    [Fact]
    public void EarlierReason_EndsTheRun()
    {
        var (read, _) = Read(ThreePublicHead + "主要原因是公务用车改革。\n公务用车运行维护费12.00万元，较上年减少1.00万元，下降7.69%，"
            + "主要原因是车辆报废。公务接待费8.00万元，较上年减少1.00万元，下降11.11%。\n减少的原因是压减接待批次。\n");

        Assert.StartsWith("公务用车改革", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.StartsWith("车辆报废", JsonAt(read, "/narrative/threePublic/vehicleOperation/change/reason"));
        Assert.StartsWith("压减接待批次", JsonAt(read, "/narrative/threePublic/reception/change/reason"));
    }

    /// <summary>The 三公 items a property may list, with their keys and amounts (万元).</summary>
    private static readonly (string Name, string Key, decimal Amount)[] PropertyItems =
    [
        ("因公出国（境）费", "overseasTravel", 6.00m),
        ("公务用车运行维护费", "vehicleOperation", 12.00m),
        ("公务接待费", "reception", 8.00m),
    ];

    /// <summary>
    /// Property: for any non-empty choice of 三公 items, each 1.00 万元 lower than the year before, a bare "减少的原因是…" after
    /// them covers every item's change and the total's (no FA2106); "增加的原因是…" covers none (every change warns).
    /// </summary>
    [Property(MaxTest = 20)]
    public bool AnyItemsDecreasing_ABareHeadCoversThemAll(byte mask, bool otherWay)
    {
        var chosen = PropertyItems.Where((_, i) => ((mask % 7) + 1 & (1 << i)) != 0).ToArray();
        var total = chosen.Sum(c => c.Amount);
        var text = Title + "七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算数为" + Money(total)
            + "万元，较上年减少" + Money(chosen.Length) + "万元，下降" + Rate(chosen.Length, total + chosen.Length) + "%。\n"
            + string.Join("；", chosen.Select(c => c.Name + Money(c.Amount) + "万元，较上年减少1.00万元，下降" + Rate(1m, c.Amount + 1m) + "%"))
            + "。\n" + (otherWay ? "增加" : "减少") + "的原因是压减一般性支出。\n";
        var (read, diagnostics) = Read(text);
        var pointers = chosen.Select(c => "/narrative/threePublic/" + c.Key + "/change").Append("/narrative/threePublic/total/change");
        var warnings = Of(diagnostics, Severity.Warning);
        return otherWay
            ? pointers.All(p => JsonAt(read, p + "/reason") is null && warnings.Contains("FA2106 " + p))
            : pointers.All(p => JsonAt(read, p + "/reason") == "压减一般性支出。")
                && !warnings.Any(w => w.StartsWith("FA2106", StringComparison.Ordinal));
    }

    private static string Money(decimal value) => value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    private static string Rate(decimal part, decimal whole)
        => Money(Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero));

    private const string OverallHead = Title + "一、收入支出决算总体情况说明\n2023年度收入总计1300.00万元，支出总计1300.00万元。";

    /// <summary>
    /// One reason closing "本年收入…增加…；本年支出…增加…，主要原因是…": it covers both changes (no FA2106 on the income's).
    /// </summary>
    [Theory]
    [InlineData("较上年决算", "同比")]
    [InlineData("比上年", "比上年")]
    public void ReasonClosingIncomeAndExpenditureSentence_CoversBoth(string incomeBasis, string expenditureBasis)
    {
        var (read, diagnostics) = Read(OverallHead + $"本年收入1250.00万元，{incomeBasis}增加50.00万元，增长4.17%；本年支出1240.00万元，"
            + $"{expenditureBasis}增加40.00万元，增长3.33%，主要原因是新增换届选举经费。年末结转和结余60.00万元。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.StartsWith("新增换届选举经费", JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.StartsWith("新增换届选举经费", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    /// <summary>Near miss: the income rose and the expenditure fell — the reason after the ';' is the expenditure's only.</summary>
    [Fact]
    public void ReasonClosingSentenceOfOppositeChanges_IsTheLastOnly()
    {
        var (read, diagnostics) = Read(OverallHead + "本年收入1250.00万元，较上年增加50.00万元，增长4.17%；本年支出1240.00万元，"
            + "较上年减少40.00万元，下降3.12%，主要原因是压减会议费。年末结转和结余60.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.StartsWith("压减会议费", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
        Assert.Contains("FA2106 /narrative/overall/currentYearIncome/change", Of(diagnostics, Severity.Warning));
    }

    private const string ItemBudgets = Title + "五、一般公共预算财政拨款支出决算情况说明\n"
        + "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为200.00万元，"
        + "支出决算为190.00万元，完成年初预算的95.00%。决算数小于年初预算数的主要原因是退休人员增加，缴费基数下降。\n";

    /// <summary>
    /// "决算数小于年初预算数的主要原因同上。": the item takes the reason of the item above (the same relation), with a note that
    /// names it; no FA2206.
    /// </summary>
    [Theory]
    [InlineData("决算数小于年初预算数的主要原因同上。")]
    [InlineData("原因同上。")]
    [InlineData("决算数小于年初预算数的原因与上述相同。")]
    public void ReasonSameAsAbove_IsTheItemAbovesReason(string reference)
    {
        var (read, diagnostics) = Read(ItemBudgets
            + "2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：年初预算为100.00万元，"
            + "支出决算为96.00万元，完成年初预算的96.00%。" + reference + "\n");

        Assert.DoesNotContain("FA2206", RuleIds(diagnostics, Severity.Warning));
        Assert.StartsWith("退休人员增加", JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.True(Noted(read, "the same as above"));
        Assert.Contains(read.Notes, n => n.Text.Contains("基本养老保险缴费支出", StringComparison.Ordinal));
    }

    /// <summary>Near miss: "同上" after a difference the other way (决算数大于 after 小于) takes no reason; FA2206 stays.</summary>
    [Fact]
    public void ReasonSameAsAboveOfTheOtherWay_TakesNone()
    {
        var (read, diagnostics) = Read(ItemBudgets
            + "2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初预算为50.00万元，支出决算为55.00万元，"
            + "完成年初预算的110.00%。决算数大于年初预算数的主要原因同上。\n");

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Contains("FA2206", RuleIds(diagnostics, Severity.Warning));
        Assert.False(Noted(read, "the same as above"));
    }

    /// <summary>Near miss: "原因同上" with no reason above it (the first item) stays without a reason.</summary>
    [Fact]
    public void ReasonSameAsAboveWithNothingAbove_TakesNone()
    {
        var (read, diagnostics) = Read(Title + "五、一般公共预算财政拨款支出决算情况说明\n"
            + "1.住房保障支出（类）住房改革支出（款）住房公积金（项）：年初预算为80.00万元，支出决算为84.00万元，"
            + "完成年初预算的105.00%。决算数大于年初预算数的主要原因同上。\n");

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Contains("FA2206", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// "社會保障和就業支出（類）（208）": the class is named without its level mark, and FA5003 is silent (Traditional and
    /// Simplified marks alike).
    /// </summary>
    [Theory]
    [InlineData("社會保障和就業支出（類）（208）82.14萬元；住房保障支出（類）（221）34.16萬元。")]
    [InlineData("社会保障和就业支出（类）（208）82.14万元；住房保障支出（类）（221）34.16万元。")]
    public void LevelMarkBeforeClassCode_IsNoPartOfTheName(string items)
    {
        var (read, diagnostics) = Read(Title + "五、財政撥款支出決算情況說明\n2016年度一般公共預算財政撥款支出按功能分類：" + items + "\n");

        Assert.DoesNotContain("FA5003", RuleIds(diagnostics, Severity.Warning));
        var names = new[] { JsonAt(read, "/narrative/appropriation/items/0/name"), JsonAt(read, "/narrative/appropriation/items/1/name") };
        Assert.Contains("社会保障和就业支出", names);
        Assert.Contains("住房保障支出", names);
    }

    /// <summary>Near miss: a wrong class name with its mark still warns (the mark is dropped, the name judged).</summary>
    [Fact]
    public void WrongNameWithLevelMark_StillWarns()
    {
        var (_, diagnostics) = Read(Title + "五、财政拨款支出决算情况说明\n2016年度一般公共预算财政拨款支出按功能分类："
            + "住房保障支出（类）（208）82.14万元；社会保障和就业支出（类）（221）34.16万元。\n");

        Assert.Contains("FA5003", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>The catalogue drops a trailing mark of the code's own level only (类 for 3 digits, 项 for 7), either width.</summary>
    [Theory]
    [InlineData("208", "社会保障和就业支出（类）", NameMatch.Exact)]
    [InlineData("208", "社会保障和就业支出(類) ", NameMatch.Exact)]
    [InlineData("208", "社会保障和就业支出（项）", NameMatch.Mismatch)]
    [InlineData("2010101", "行政运行（项）", NameMatch.Exact)]
    [InlineData("2010101", "行政运行(項)", NameMatch.Exact)]
    [InlineData("2010101", "行政运行（类）", NameMatch.Mismatch)]
    [InlineData("208", "（类）", NameMatch.Mismatch)]
    public void CatalogueName_WithoutItsLevelMark(string code, string name, NameMatch expected)
        => Assert.Equal(expected, ClassificationCatalogue.Default.MatchName(FunctionalCode.FromDigits(code), 2023, name));

    /// <summary>
    /// Property: for any class the catalogue names in 2023, its name with its own level mark (类 or 類, either bracket width,
    /// blanks after) matches exactly, and with another level's mark it does not.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool AnyClassName_MatchesWithItsOwnMarkOnly(byte pick, bool fullWidth, bool traditional, bool blank)
    {
        var classes = Enumerable.Range(201, 33)
            .Select(c => FunctionalCode.FromDigits(c.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Where(c => ClassificationCatalogue.Default.TryGetName(c, 2023, out _)).ToArray();
        var code = classes[pick % classes.Length];
        ClassificationCatalogue.Default.TryGetName(code, 2023, out var name);
        var (open, close) = fullWidth ? ("（", "）") : ("(", ")");
        var own = name + open + (traditional ? "類" : "类") + close + (blank ? " " : string.Empty);
        var other = name + open + "款" + close;
        return ClassificationCatalogue.Default.MatchName(code, 2023, own) == NameMatch.Exact
            && ClassificationCatalogue.Default.MatchName(code, 2023, other) != NameMatch.Exact;
    }
}
