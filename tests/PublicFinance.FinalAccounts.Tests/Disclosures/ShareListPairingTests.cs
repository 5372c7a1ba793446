using System.Globalization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (issue 8), on invented texts: "分别占X%、Y%和Z%" after a list of amounts. Each share pairs with the listed amount in
/// order, on the figure that amount was placed on, only when the counts agree exactly, every amount was placed, and the
/// base is the one the figures' shares are checked against (named, or the figure before the list); otherwise every
/// percentage is a note (SharesOfAList), as before.
/// </summary>
public class ShareListPairingTests
{
    private const string Title = "某区文化馆2022年度部门决算说明\n";

    private const string Income = "二、收入决算情况说明\n";

    private const string Expenditure = "三、支出决算情况说明\n";

    /// <summary>Income sources listed with 、 and paired with 分别占收入合计的… in order.</summary>
    [Theory]
    [InlineData("分别占收入合计的")]
    [InlineData("分别占本年收入的")]
    [InlineData("分别占")]
    public void IncomeSources_PairInOrder(string words)
    {
        var (read, diagnostics) = Read(Title + Income + "2022年度本年收入合计1200.00万元，其中：财政拨款收入1000.00万元、事业收入150.00万元、"
            + "其他收入50.00万元，" + words + "83.33%、12.50%和4.17%。\n");
        Assert.Equal("83.33", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("12.50", JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("4.17", JsonAt(read, "/narrative/income/otherIncome/share"));
        Assert.False(Noted(read, "respectively"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Kinds of spending paired; a wrong share (30.17 for 29.17) is one FA2002 Error on 项目支出's share.</summary>
    [Theory]
    [InlineData("29.17", false)]
    [InlineData("30.17", true)]
    public void KindsOfSpending_PairInOrder_AndAWrongShareIsReported(string projectShare, bool wrong)
    {
        var (read, diagnostics) = Read(Title + Expenditure + "2022年度本年支出合计1200.00万元，其中：基本支出850.00万元、项目支出350.00万元，"
            + "分别占本年支出的70.83%和" + projectShare + "%。\n");
        Assert.Equal("70.83", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal(projectShare, JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal(wrong ? ["FA2002 /narrative/expenditure/project/share"] : [], Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: three shares after two amounts — the counts differ, so every percentage is a note.</summary>
    [Fact]
    public void CountsDiffer_AllNotes()
    {
        var (read, diagnostics) = Read(Title + Expenditure + "2022年度本年支出合计1200.00万元，其中：基本支出800.00万元、项目支出350.00万元，"
            + "分别占66.67%、29.17%和4.17%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal(3, read.Notes.Count(n => n.MessageEn.Contains("respectively", StringComparison.Ordinal)));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA2002");
    }

    /// <summary>
    /// Near miss: a listed amount the reader did not place (其他支出 has no member) — the names do not all resolve, so no
    /// share is paired (the brief's example wording).
    /// </summary>
    [Fact]
    public void AnUnplacedAmount_AllNotes()
    {
        var (read, _) = Read(Title + Expenditure + "2022年度本年支出合计1200.00万元，其中：基本支出800.00万元、项目支出350.00万元和其他支出"
            + "50.00万元，分别占本年支出的66.67%、29.17%和4.17%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Equal(3, read.Notes.Count(n => n.MessageEn.Contains("respectively", StringComparison.Ordinal)));
    }

    /// <summary>Near miss: a base named that is not the figures' (占财政拨款支出的) — notes, never a false FA2002.</summary>
    [Fact]
    public void AnotherBaseNamed_AllNotes()
    {
        var (read, diagnostics) = Read(Title + Expenditure + "2022年度本年支出合计1200.00万元，其中：基本支出850.00万元、项目支出350.00万元，"
            + "分别占财政拨款支出的75.00%和30.00%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// No base named and no whole before the list in its sentence: session 43 takes the section's whole as the base when the
    /// report holds it (the 支出 section's 本年支出合计, stated in the sentence before), so the shares pair (before: notes).
    /// </summary>
    [Fact]
    public void NoBaseAndNoHead_SectionsWholeHeld_Paired()
    {
        var (read, diagnostics) = Read(Title + Expenditure + "2022年度本年支出合计1200.00万元。基本支出850.00万元、项目支出350.00万元，分别占70.83%、"
            + "29.17%。\n");
        Assert.Equal("70.83", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("29.17", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Near miss: no base named, no whole before the list and none held for the section — notes (the base is not known).</summary>
    [Fact]
    public void NoBaseAndNoWhole_AllNotes()
    {
        var (read, _) = Read(Title + Expenditure + "基本支出850.00万元、项目支出350.00万元，分别占70.83%、29.17%。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/share"));
    }

    /// <summary>
    /// For any split of the year's spending into 基本支出 and 项目支出, the shares worked out and rounded to 2 decimals are paired
    /// in order and raise no Error.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool AnySplit_PairsInOrderWithoutError(PositiveInt a, PositiveInt b)
    {
        var basic = 1m + a.Get % 999_900 / 100m;
        var project = 1m + b.Get % 999_900 / 100m;
        var total = basic + project;
        var (read, diagnostics) = Read(Title + Expenditure + "2022年度本年支出合计" + Money(total) + "万元，其中：基本支出" + Money(basic)
            + "万元、项目支出" + Money(project) + "万元，分别占本年支出的" + Share(basic, total) + "%和" + Share(project, total) + "%。\n");
        return Errors(diagnostics).Length == 0
            && JsonAt(read, "/narrative/expenditure/basic/share") == Share(basic, total)
            && JsonAt(read, "/narrative/expenditure/project/share") == Share(project, total);
    }

    private static string Share(decimal part, decimal whole)
        => Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
