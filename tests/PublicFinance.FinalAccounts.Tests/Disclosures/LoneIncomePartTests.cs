using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A lone 其中 part is not the whole (issue 8, session 36; spec §4.8a), on invented texts of our own wording and numbers:
/// the reader stores the sources a text names and nothing else (no unstated source filled with 0, no list marked complete),
/// and the income sums (FA1202 under a 收入 heading, FA1211 from the overview) treat the named sources as a lower bound of
/// 本年收入合计 unless every source or the closing 其他收入 is stated. Before, "本年收入合计520.00万元，其中财政拨款收入480.00万元"
/// was an Error (520.00 ≠ 480.00), the undisclosed sources counted as 0.
/// </summary>
public class LoneIncomePartTests
{
    /// <summary>The overview's paragraph (as blind round 33's t08: FA1211, the income section states no total).</summary>
    private const string InOverview = "某县图书馆2023年度部门决算说明\n\n1.收入支出决算总体情况\n"
        + "（1）收入情况。本年收入合计520.00万元，{0}\n"
        + "（2）支出情况。本年支出合计500.00万元，其中：基本支出300.00万元，占60.00%；项目支出200.00万元，占40.00%。\n";

    /// <summary>Under a 收入 heading (FA1202: the section states its total).</summary>
    private const string UnderIncomeHeading = "某县图书馆2023年度部门决算说明\n\n二、收入决算情况说明\n"
        + "本年收入合计520.00万元，{0}\n\n三、支出决算情况说明\n"
        + "本年支出合计500.00万元，其中：基本支出300.00万元，占60.00%；项目支出200.00万元，占40.00%。\n";

    private const string Income = "/narrative/income/";

    /// <summary>
    /// The named sources below 520.00, the list not closed by 其他收入: a lower bound that holds (480.00 ≤ 520.00; 480.00 +
    /// 30.00 = 510.00 ≤ 520.00), so no income sum Error, in either place; and the unstated sources stay absent (not 0).
    /// </summary>
    [Theory]
    [InlineData(InOverview, "其中财政拨款收入480.00万元。")]
    [InlineData(InOverview, "其中：财政拨款收入480.00万元、事业收入30.00万元。")]
    [InlineData(InOverview, "其中：财政拨款收入480.00万元，占92.31%；事业收入30.00万元，占5.77%。")]
    [InlineData(UnderIncomeHeading, "其中财政拨款收入480.00万元。")]
    [InlineData(UnderIncomeHeading, "其中：财政拨款收入480.00万元、事业收入30.00万元。")]
    [InlineData(UnderIncomeHeading, "其中：财政拨款收入480.00万元，占92.31%；事业收入30.00万元，占5.77%。")]
    public void NamedSourcesBelowTheTotal_AreALowerBound_NoError(string frame, string parts)
    {
        var (read, diagnostics) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, parts));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("480.00", JsonAt(read, Income + "fiscalAppropriation/amount"));
        // The reader fills nothing: 其他收入, 上级补助收入 and the rest are not stated.
        Assert.Null(JsonAt(read, Income + "otherIncome"));
        Assert.Null(JsonAt(read, Income + "superiorSubsidy"));
        Assert.Null(JsonAt(read, Income + "businessIncome"));
    }

    /// <summary>
    /// A named source already above the total (530.00 &gt; 520.00) fails whatever the others are: one Error, FA1202 under the
    /// heading or FA1211 from the overview.
    /// </summary>
    [Theory]
    [InlineData(InOverview, "FA1211")]
    [InlineData(UnderIncomeHeading, "FA1202")]
    public void LonePartAboveTheTotal_IsAnError(string frame, string rule)
    {
        var (_, diagnostics) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, "其中财政拨款收入530.00万元。"));

        Assert.Equal([rule], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A list closed by 其他收入 is the breakdown: 480.00 + 30.00 + 10.00 = 520.00 passes; 480.00 + 30.00 + 12.00 = 522.00 and
    /// 480.00 + 30.00 = 510.00 (事业收入 then 其他收入, nothing else) are one Error each (before as now).
    /// </summary>
    [Theory]
    [InlineData(InOverview, "其中：财政拨款收入480.00万元，事业收入30.00万元，其他收入10.00万元。", null)]
    [InlineData(UnderIncomeHeading, "其中：财政拨款收入480.00万元，事业收入30.00万元，其他收入10.00万元。", null)]
    [InlineData(InOverview, "其中：财政拨款收入480.00万元，事业收入30.00万元，其他收入12.00万元。", "FA1211")]
    [InlineData(UnderIncomeHeading, "其中：财政拨款收入480.00万元，事业收入30.00万元，其他收入12.00万元。", "FA1202")]
    [InlineData(InOverview, "其中：财政拨款收入480.00万元，其他收入30.00万元。", "FA1211")]
    [InlineData(UnderIncomeHeading, "其中：财政拨款收入480.00万元，其他收入30.00万元。", "FA1202")]
    public void ListClosedByOtherIncome_IsTheBreakdown(string frame, string parts, string? rule)
    {
        var (read, diagnostics) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, parts));

        Assert.Equal(rule is null ? [] : [rule], RuleIds(diagnostics, Severity.Error));
        Assert.NotNull(JsonAt(read, Income + "otherIncome/amount"));
    }
}
