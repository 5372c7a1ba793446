using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A part led by its whole and 中 in the overview (session 45, issue 8): "本年收入中财政拨款收入 3120.40 万元", "本年支出中基本
/// 支出 2010.66 万元" — the part's own field, as after 其中, never the whole's (where it was a note, "a figure of another
/// kind"). A label with nothing after 中, or a whole not among the leads, reads as before.
/// </summary>
public class WholeLeadPartsSessionFortyFiveTests
{
    private const string Head = "固阳县第二中学2017年度单位决算说明\n一、收入支出决算总体情况\n2017年度收入总计3405.10万元。本年收入合计3300.00万元。\n";

    [Fact]
    public void APartLedByItsWhole_IsThePartsFigure()
    {
        var (read, errors) = ReadWithErrors(Head + "本年收入中财政拨款收入3120.40万元，占94.56%。\n本年支出合计3250.00万元。\n"
            + "本年支出中基本支出2010.66万元。\n");
        Assert.Empty(errors);
        Assert.Equal("3120.40", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("94.56", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("2010.66", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("3300.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("3250.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
    }

    [Theory]
    [InlineData("本年收入中财政拨款收入", "财政拨款收入")]
    [InlineData("，本年支出中基本支出", "基本支出")]
    [InlineData("本年收入合计中事业收入", "事业收入")]
    [InlineData("本年收入中", null)]              // nothing after 中
    [InlineData("本年收入中的", null)]            // one character
    [InlineData("其中财政拨款收入", null)]        // no whole
    [InlineData("全年收入中财政拨款收入", null)]  // a whole not among the leads
    public void ThePartAfterTheLead_IsFoundByItsWords(string label, string? part)
        => Assert.Equal(part, NarrativeReader.PartAfterWholeLead(label));

    /// <summary>Property: any 财政拨款收入 led by 本年收入中 is the appropriation income, the whole kept.</summary>
    [Property(MaxTest = 25)]
    public bool AnyLedPart_IsReadAsThePart(PositiveInt cents)
    {
        var part = 1m + cents.Get % 329_900 / 100m;
        var written = part.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var (read, errors) = ReadWithErrors(Head + $"本年收入中财政拨款收入{written}万元。\n");
        return errors.Length == 0 && JsonAt(read, "/narrative/income/fiscalAppropriation/amount") == written
            && JsonAt(read, "/narrative/overall/currentYearIncome/amount") == "3300.00";
    }
}
