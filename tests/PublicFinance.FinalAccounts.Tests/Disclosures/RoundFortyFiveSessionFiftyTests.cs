using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 50 (round45b): blind round 45's remaining misses, as families of our own invented texts — shares of the year's
/// income and expenditure parts written after a leading whole ("本年收入中，财政拨款收入占…"); table 6 pasted under a numbered
/// "…情况" heading with a 款 first and its 合计 in the code column; 项 lines written code first with their level path, joined
/// to the line before (no 。 at line ends).
/// </summary>
public sealed class RoundFortyFiveSessionFiftyTests
{
    private const string Overall = "青竹园林服务中心2021年度单位决算说明\n\n一、收入支出决算总体情况\n"
        + "2021年度收入总计1000.00万元，支出总计1000.00万元。本年收入900.00万元，其中：财政拨款收入600.00万元，事业收入300.00万元。"
        + "本年支出800.00万元，其中：基本支出500.00万元，项目支出300.00万元。\n\n";

    /// <summary>"本年收入中，A占a%，B占b%。本年支出中，C占c%…" under a heading the reader does not know: each share is its part's.</summary>
    [Theory]
    [InlineData("二、收入与支出结构\n")]
    [InlineData("")]
    public void SharesAfterALeadingWhole_AreTheirPartsShares(string heading)
    {
        var (read, diagnostics) = Read(Overall + heading + "本年收入中，财政拨款收入占66.67%，事业收入占33.33%。"
            + "本年支出中，基本支出占62.50%，项目支出占37.50%。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("66.67", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("33.33", JsonAt(read, "/narrative/income/serviceIncome/share"));
        Assert.Equal("62.50", JsonAt(read, "/narrative/expenditure/basic/share"));
        Assert.Equal("37.50", JsonAt(read, "/narrative/expenditure/project/share"));
    }

    /// <summary>Near misses stay notes: a part of the other whole after the lead, and no leading whole at all.</summary>
    [Theory]
    [InlineData("本年收入中，基本支出占62.50%。\n")]
    [InlineData("财政拨款收入占66.67%。\n")]
    [InlineData("收入总计中，财政拨款收入占60.00%。\n")]
    public void SharesWithoutTheirLeadingWhole_AreNotPlaced(string sentence)
    {
        var (read, diagnostics) = Read(Overall + sentence);

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/share"));
    }

    /// <summary>The clauses that lead a list of shares, and those that do not.</summary>
    [Theory]
    [InlineData("本年收入中", true)]
    [InlineData("2021年本年支出中", true)]
    [InlineData("2021年度本年收入合计中", true)]
    [InlineData("收入总计中", false)]
    [InlineData("本年收入", false)]
    [InlineData("财政拨款收入中", false)]
    public void LeadingWholes(string clause, bool led)
        => Assert.Equal(led, NarrativeReader.LedWholeFor(clause));

    /// <summary>
    /// Property: whatever the parts' amounts, a share written after "本年收入中" that is the part's true share (rounded to two
    /// decimals) is placed on that part and raises no Error.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property LedShares_TrueShares_NeverAnError()
    {
        var parts = Gen.Choose(1, 99999);
        return Prop.ForAll(parts.ToArbitrary(), parts.ToArbitrary(), (a, c) =>
        {
            decimal first = a / 100m, second = c / 100m, total = first + second;
            var share = Math.Round(first / total * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
            var text = "青竹园林服务中心2021年度单位决算说明\n\n一、收入支出决算总体情况\n"
                + $"本年收入{F(total)}万元，其中：财政拨款收入{F(first)}万元，事业收入{F(second)}万元。本年收入中，财政拨款收入占{share}%。\n";
            var (read, diagnostics) = Read(text);
            return JsonAt(read, "/narrative/income/fiscalAppropriation/share") == share && Errors(diagnostics).Length == 0;
        });
    }

    private static string F(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private const string CodedItems = "白石镇人民政府2016年度部门决算说明\n（五）一般公共预算财政拨款支出决算情况说明\n"
        + "一般公共预算财政拨款支出2000.00万元，主要用于\n"
        + "2010301 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）1000.00万元，与上年持平\n"
        + "2120101 城乡社区支出（类）城乡社区管理事务（款）行政运行（项）600.00万元，上年决算数500.00万元\n"
        + "2130122 农林水支出（类）农业（款）农业生产支持补贴（项）400.00万元，上年决算数420.00万元\n";

    /// <summary>
    /// 项 lines written code first with their level path, in a text without 。 at line ends: each line's item is read with
    /// its code, names, amount and 上年决算数, though the line before ends with words ("主要用于", "与上年持平").
    /// </summary>
    [Fact]
    public void CodeFirstLevelPathLines_JoinedToTheLineBefore_AreRead()
    {
        var (read, diagnostics) = Read(CodedItems);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1000.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2120101", JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("城乡社区支出", JsonAt(read, "/narrative/generalBudget/items/1/className"));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/generalBudget/items/1/priorYearAmount"));
    }

    /// <summary>Where a code-first path starts in a label after other words, and labels that hold none.</summary>
    [Theory]
    [InlineData("主要用于2010301 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)", 4)]
    [InlineData("与上年持平2120101 城乡社区支出(类)城乡社区管理事务(款)行政运行(项)", 5)]
    [InlineData("2120101 城乡社区支出(类)城乡社区管理事务(款)行政运行(项)", 0)]
    [InlineData("比上年增加2120101元", 0)]
    [InlineData("其中2120101号文件(项)", 0)]
    public void JoinedCodeFirstLines(string label, int at) => Assert.Equal(at, NarrativeReader.JoinedCodeFirstLine(label));
}
