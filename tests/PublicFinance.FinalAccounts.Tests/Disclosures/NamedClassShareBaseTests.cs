using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (issue 8), on invented texts: a 一般公共预算 class's share whose base is named (占财政拨款支出的, 占本年支出合计的,
/// 占一般公共预算财政拨款支出总额的) is FA2004's — of the 一般公共预算 total — only when the named base is that total, or a figure
/// held with the same amount; a base held with another amount is a note, never a false FA2004 against the wrong base.
/// </summary>
public class NamedClassShareBaseTests
{
    private const string Title = "某县林业局2022年度部门决算说明\n";

    private const string GeneralBudget = "四、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n2022年度一般公共预算财政拨款支出1000.00万元。\n"
        + "（二）结构情况\n一般公共预算财政拨款支出主要用于以下方面：";

    /// <summary>Shares of the 财政拨款 expenditure (1500) beside a general-budget total of 1000: notes, no FA2004.</summary>
    [Fact]
    public void SharesOfTheAppropriationSpending_OfAnotherAmount_AreNotes()
    {
        var (read, diagnostics) = Read(Title + "三、财政拨款收入支出决算总体情况说明\n2022年度财政拨款支出1500.00万元。\n" + GeneralBudget
            + "一般公共服务（类）支出600.00万元，占财政拨款支出的40.00%；农林水（类）支出400.00万元，占财政拨款支出的26.67%。\n");
        Assert.Equal("600.00", JsonAt(read, "/narrative/generalBudget/classes/0/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/0/share"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/1/share"));
        Assert.True(Noted(read, "A share of another base"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2004");
    }

    /// <summary>
    /// The year's spending named (2000) is another base: a note; the 一般公共预算 total named is the class's own base: read, and
    /// a wrong one (45.00 for 40.00) is FA2004.
    /// </summary>
    [Theory]
    [InlineData("40.00", false)]
    [InlineData("45.00", true)]
    public void EachShare_IsCheckedAgainstItsNamedBaseOnly(string share, bool wrong)
    {
        var (read, diagnostics) = Read(Title + "二、支出决算情况说明\n2022年度本年支出合计2000.00万元。\n" + GeneralBudget
            + "一般公共服务（类）支出600.00万元，占本年支出合计的30.00%；农林水（类）支出400.00万元，占一般公共预算财政拨款支出总额的" + share
            + "%。\n");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/classes/0/share"));
        Assert.Equal(share, JsonAt(read, "/narrative/generalBudget/classes/1/share"));
        Assert.Equal(wrong ? ["FA2004 /narrative/generalBudget/classes/1/share"] : [], Of(diagnostics, Severity.Error));
    }

    /// <summary>The 财政拨款 expenditure named when it equals the general-budget total (all 一般公共预算): read, as before.</summary>
    [Fact]
    public void SharesOfTheAppropriationSpending_OfTheSameAmount_AreRead()
    {
        var (read, diagnostics) = Read(Title + "三、财政拨款收入支出决算总体情况说明\n2022年度财政拨款支出1000.00万元。\n" + GeneralBudget
            + "一般公共服务（类）支出600.00万元，占财政拨款支出的60.00%；农林水（类）支出400.00万元，占财政拨款支出的40.00%。\n");
        Assert.Equal("60.00", JsonAt(read, "/narrative/generalBudget/classes/0/share"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/generalBudget/classes/1/share"));
        Assert.Empty(Errors(diagnostics));
    }
}
