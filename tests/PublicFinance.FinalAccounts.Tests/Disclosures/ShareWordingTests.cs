using System.Globalization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8, blind round 36 family D), on invented texts of our own wording and numbers: shares worded 比重为,
/// 所占比例为, 占比为…, approximate shares (约占, 占比约, 左右) kept as notes, and a share of a figure named before 占 whose
/// amount is not in its clause.
/// </summary>
public class ShareWordingTests
{
    private const string Title = "某县图书馆2023年度部门决算说明\n";

    private const string Income = "二、收入决算情况说明\n";

    /// <summary>
    /// A share word after the figure's amount, in its own clause, is the figure's share as "占 X%" is: 2880.00 / 3200.00 =
    /// 90.00%, 256.00 / 3200.00 = 8.00%, 64.00 / 3200.00 = 2.00% (each written to 1 decimal). Before, "比重为" was a
    /// percentage the reader could not place.
    /// </summary>
    [Theory]
    [InlineData("比重为")]
    [InlineData("比重是")]
    [InlineData("所占比重为")]
    [InlineData("所占比例为")]
    [InlineData("所占比例")]
    [InlineData("占比为")]
    [InlineData("比例为")]
    [InlineData("占")]
    public void ShareWordAfterTheAmount_IsTheFiguresShare(string word)
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计3,200.00万元。其中：财政拨款收入2,880.00万元，" + word
            + "90.0%；事业收入256.00万元，" + word + "8.0%；其他收入64.00万元，" + word + "2.0%。\n");
        Assert.Equal("90.0", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("8.0", JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("2.0", JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.Empty(Errors(diagnostics));
        Assert.False(Noted(read, "could not place"));
    }

    /// <summary>
    /// A wrong share worded 比重为 is checked as one worded 占: 64.00 / 3200.00 = 2.00%, so "2.5%" is one FA2001 Error on the
    /// 其他收入 share, and the right ones raise nothing.
    /// </summary>
    [Fact]
    public void WrongShareWordedBiZhongWei_IsAnFA2001Error()
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计3,200.00万元。其中：财政拨款收入2,880.00万元，比重为90.0%；"
            + "其他收入320.00万元，比重为12.5%。\n");
        Assert.Equal("12.5", JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.Equal(["FA2001"], RuleIds(diagnostics, Severity.Error));
        Assert.Single(diagnostics, d => d.Severity == Severity.Error && d.Pointers.Contains("/narrative/income/otherIncome/share"));
    }

    /// <summary>
    /// The 支出 parts: 2520.00 / 3150.00 = 80.00% and 630.00 / 3150.00 = 20.00%, worded "所占比例为" and "占总支出的比重为"
    /// (the base named: 总支出 is no other model figure than the year's expenditure, so the share stays the part's).
    /// </summary>
    [Fact]
    public void ExpenditurePartsWithShareWords_AreRead()
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n本年支出合计3,150.00万元。其中：基本支出2,520.00万元，所占比例为80.0%；"
            + "项目支出630.00万元，占总支出的比重为20.0%。\n");
        Assert.Equal("80.0", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("20.0", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal("总支出", JsonAt(read, "/narrative/expenditure/project/shareBasis"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// An approximate share is a note, never a figure: "约占 8%" of 256.00 / 3200.00 = 8% would pass, but "约占 9%" would be a
    /// false FA2001 Error if read as exact. Each wording of approximation before 占, after it, or after the percentage.
    /// </summary>
    [Theory]
    [InlineData("约占9%")]
    [InlineData("占比约9%")]
    [InlineData("占本年收入的近9%")]
    [InlineData("比重为9%左右")]
    [InlineData("占比超过9%")]
    [InlineData("大约占9%")]
    public void ApproximateShare_IsANoteNeverAFigure(string share)
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计3,200.00万元。其中：财政拨款收入2,944.00万元；事业收入256.00万元，"
            + share + "。\n");
        Assert.Null(JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("256.00", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.True(Noted(read, "The approximate share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A share of a figure named before 占 whose amount is not in the sentence ("本年收入合计 X 万元，财政拨款收入占 Y%"): with no
    /// such amount in the report it is a located note (the model keeps no share without its amount); it is never the total's
    /// share. Before, it was "a percentage the reader could not place", or with 占比 the total's share.
    /// </summary>
    [Theory]
    [InlineData("财政拨款收入占92.0%")]
    [InlineData("财政拨款收入占比92.0%")]
    [InlineData("其中财政拨款收入所占比重为92.0%")]
    [InlineData("财政拨款收入占本年收入合计的92.0%")]
    public void ShareOfANamedFigureWithoutItsAmount_IsANote(string share)
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计3,200.00万元，" + share + "。\n");
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/share"));
        Assert.Equal("3200.00", JsonAt(read, "/narrative/income/total/amount"));
        Assert.True(Noted(read, "The share of \"财政拨款收入\""));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The same share when an earlier sentence stated the figure's amount (of the same kind: no fund, budget or prior year
    /// between): it is that figure's share, checked by FA2001. 2944.00 / 3200.00 = 92.00%, so "92.0%" passes and "93.0%" is one
    /// FA2001 Error; the total keeps no share.
    /// </summary>
    [Theory]
    [InlineData("92.0", false)]
    [InlineData("93.0", true)]
    public void ShareOfANamedFigureStatedBefore_IsThatFiguresShare(string share, bool wrong)
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入合计3,200.00万元，其中：财政拨款收入2,944.00万元，事业收入256.00万元。"
            + "本年收入合计3,200.00万元，财政拨款收入占" + share + "%。\n");
        Assert.Equal(share, JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/share"));
        Assert.Equal(wrong ? ["FA2001"] : [], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "一般公共预算财政拨款收入 2,790.00 万元，占比 30.00%" among three funds' incomes is a part of the 财政拨款 income, not the
    /// whole: neither the 财政拨款 income nor the year's total takes its share (session 40: the part and its share go to
    /// appropriation/generalBudgetIncome, ShareFamiliesSessionFortyTests).
    /// </summary>
    [Fact]
    public void ShareOfOneFundsIncomeAmongThree_IsNotPlaced()
    {
        var (read, diagnostics) = Read(Title + Income + "本年收入9,300.00万元。本年收入中，一般公共预算财政拨款收入2,790.00万元，占比30.00%；"
            + "政府性基金预算财政拨款收入6,417.00万元，占比69.00%；国有资本经营预算财政拨款收入93.00万元。\n");
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/income/total/share"));
        Assert.Equal("30.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>The share words of the property: the bare words, 占 and a named base that is the rule's own.</summary>
    private static readonly string[] PropertyWords = ["占", "占比", "比重为", "所占比例为", "占比为", "占本年收入合计的比重为"];

    /// <summary>
    /// For any part and total (total 1000.00 … 99999.99, so the amounts' own rounding moves the ratio by under 0.001 points;
    /// part 0 … total), each share word and 0, 1 or 2 decimals: the share from exact arithmetic rounded half-up never gives
    /// FA2001, and one off by 2 units of its last place (down when the true share is above 50, else up, so it stays within
    /// 0–100) always does. The edges the generator reaches: a part of 0 (share 0) and a part equal to the total (100%), a
    /// quotient exactly at half a unit (rounded up: the share's lower bound must be inclusive), shares that truncation and
    /// rounding write alike; 2 units off is never the truncated value (that differs from the rounded one by at most 1 unit).
    /// </summary>
    [Property(MaxTest = 60)]
    public bool ExactShare_NeverFA2001_AndTwoUnitsOff_Always(PositiveInt totalSeed, NonNegativeInt partSeed, NonNegativeInt pick)
    {
        var total = 1000m + totalSeed.Get % 9_899_900 / 100m;
        var part = partSeed.Get % 5 == 0 ? total : partSeed.Get % 7 == 0 ? 0m : Math.Round(total * (partSeed.Get % 10_001) / 10_000m, 2);
        var decimals = pick.Get % 3;
        var word = PropertyWords[pick.Get / 3 % PropertyWords.Length];
        var exact = part / total * 100m;
        var share = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
        var unit = decimals == 0 ? 1m : decimals == 1 ? 0.1m : 0.01m;
        var off = exact > 50m ? share - 2 * unit : share + 2 * unit;
        return !ShareErrors(total, part, word, share, decimals) && ShareErrors(total, part, word, off, decimals);
    }

    /// <summary>Edge cases of the property written out: a quotient at half a unit, 0%, 100%, a part equal to the total.</summary>
    [Theory]
    [InlineData("2000.00", "1.00", "0.1", 1, false)]     // 1 / 2000 = 0.05% exactly: half-up 0.1, its lower bound inclusive
    [InlineData("2000.00", "1.00", "0.05", 2, false)]
    [InlineData("2000.00", "1.00", "0.3", 1, true)]
    [InlineData("1500.00", "1500.00", "100", 0, false)]  // the part equal to the total
    [InlineData("1500.00", "1500.00", "98", 0, true)]
    [InlineData("1500.00", "0.00", "0", 0, false)]
    [InlineData("1500.00", "0.00", "0.02", 2, true)]
    [InlineData("127340.00", "118900.00", "93.4", 1, false)]   // 93.3721…% → 93.4 with 1 decimal against amounts with 2
    public void ShareEdges(string total, string part, string share, int decimals, bool error)
        => Assert.Equal(error, ShareErrors(decimal.Parse(total, CultureInfo.InvariantCulture),
            decimal.Parse(part, CultureInfo.InvariantCulture), "比重为", decimal.Parse(share, CultureInfo.InvariantCulture), decimals));

    /// <summary>Whether the share of 财政拨款收入 written with <paramref name="word"/> gives an FA2001 Error.</summary>
    private static bool ShareErrors(decimal total, decimal part, string word, decimal share, int decimals)
    {
        var text = Title + Income + "本年收入合计" + Money(total) + "万元。其中：财政拨款收入" + Money(part) + "万元，" + word
            + share.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%。\n";
        var (read, diagnostics) = Read(text);
        Assert.NotNull(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        return diagnostics.Any(d => d.RuleId == "FA2001" && d.Severity == Severity.Error);
    }

    private static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
