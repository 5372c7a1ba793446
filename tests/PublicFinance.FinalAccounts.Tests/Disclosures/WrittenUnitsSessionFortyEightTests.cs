using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (precision first; blind round 44's t04 and t07): figures written in another unit than the document's. A
/// finding whose stated figure the text wrote in 元 in a 万元 document names the figures as written (a reviewer finds
/// "36,420.50元" in the text, not 3.642050); a 亿元 figure restated at once in brackets in 万元 ("3.46亿元（34612.85万元）")
/// is the same figure at a finer precision and is placed, never a conflict. Texts of our own wording.
/// </summary>
public class WrittenUnitsSessionFortyEightTests
{
    private const string Overview = "某县档案馆2019年度部门决算说明\n一、收入支出决算总体情况\n"
        + "2019年度收入总计286.40万元，支出总计286.40万元。本年收入270.15万元，本年支出262.90万元。\n";

    private const string ThreePublicInYuan = "二、“三公”经费支出情况\n"
        + "2019年度“三公”经费支出36,420.50元，其中：因公出国（境）费0元；公务用车购置及运行费21,300.00元；"
        + "公务接待费14,020.50元。\n";

    private const string YiYuanOverview = "某省林业厅2018年度部门决算说明\n一、收入支出决算总体情况\n"
        + "2018年度收入总计5.12亿元，支出总计5.12亿元。本年收入4.87亿元，本年支出3.46亿元（34612.85万元），较上年增加1208.40万元。"
        + "年初结转和结余0.25亿元。\n"
        + "二、“三公”经费支出情况\n2018年度“三公”经费支出126.40万元，其中因公出国（境）费10.20万元，公务用车购置及运行费80.00万元，"
        + "公务接待费36.20万元。\n";

    /// <summary>
    /// The 三公 total written in 元 does not equal its items (36,420.50 against 0 + 21,300.00 + 14,020.50 = 35,320.50 元): the
    /// Error names the total and the items' sum as written, in 元, beside the 万元 figures the report holds.
    /// </summary>
    [Fact]
    public void ThreePublicInYuan_TheErrorNamesTheWrittenFigures()
    {
        var (_, diagnostics) = Read(Overview + ThreePublicInYuan);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA1207", error.RuleId);
        Assert.Contains("3.642050", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("声明 36,420.50元", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("计算 35,320.50元", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("差额 1,100.00元", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("stated 36,420.50 yuan, computed 35,320.50 yuan", error.MessageEn, StringComparison.Ordinal);
    }

    /// <summary>The same text whose 元 figures add up: no Error, and the figures are still placed converted to 万元.</summary>
    [Fact]
    public void ThreePublicInYuan_Consistent_NoError()
    {
        var (read, diagnostics) = Read(Overview + ThreePublicInYuan.Replace("36,420.50元", "35,320.50元", StringComparison.Ordinal));

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("3.532050", JsonAt(read, "/narrative/threePublic/total/amount"));
    }

    /// <summary>A finding on a figure written in the report's own unit is unchanged: no "as written" part.</summary>
    [Fact]
    public void WanYuanFigures_TheErrorHasNoWrittenPart()
    {
        var (_, diagnostics) = Read(YiYuanOverview.Replace("126.40万元", "127.40万元", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA1207", error.RuleId);
        Assert.DoesNotContain("原文以", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("as written", error.MessageEn, StringComparison.Ordinal);
    }

    /// <summary>
    /// "本年支出3.46亿元（34612.85万元）": the 亿元 figure is coarser than the 万元 report and is not placed; the bracketed 万元
    /// figure is the same figure (34,612.85 万元 is 3.46 亿元 rounded) and takes its place. Before, it was an amount the reader
    /// could not place. The other 亿元 figures stay out (a note each), and no Error.
    /// </summary>
    [Fact]
    public void YiYuanRestatedInWanYuan_TheFinerFigureIsPlaced()
    {
        var (read, diagnostics) = Read(YiYuanOverview);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("34612.85", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.True(Noted(read, "4.87亿元"));
    }

    /// <summary>A bracketed 万元 figure that is not the 亿元 figure (35,612.85 万元 is 3.56 亿元, not 3.46) is not placed.</summary>
    [Fact]
    public void YiYuanRestatedInWanYuan_Disagreeing_NotPlaced()
    {
        var (read, diagnostics) = Read(YiYuanOverview.Replace("34612.85", "35612.85", StringComparison.Ordinal));

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// Property: a 亿元 figure with its 万元 restatement in brackets, the 万元 figure any that rounds to it, is placed as the
    /// 万元 figure and never makes an Error; one that rounds to another 亿元 figure is not placed.
    /// </summary>
    [Property(MaxTest = 20)]
    public bool YiYuanRestatement_Property(PositiveInt wanCents, bool agree)
    {
        var wan = 10_000m + (wanCents.Get % 5_000_000) / 100m;   // 10,000.00 … 59,999.99 万元
        var yi = Math.Round(wan / 10_000m, 2, MidpointRounding.AwayFromZero);
        var stated = agree ? yi : yi + 0.01m;
        var text = YiYuanOverview.Replace("3.46亿元（34612.85万元）",
            string.Create(CultureInfo.InvariantCulture, $"{stated:0.00}亿元（{wan:0.00}万元）"), StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        var placed = JsonAt(read, "/narrative/overall/currentYearExpenditure/amount");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && (agree ? placed == wan.ToString("0.00", CultureInfo.InvariantCulture) : placed is null);
    }

    /// <summary>
    /// Property: a 三公 total written in 元 with its items in 元 — consistent, no Error; off by a whole number of 元, an
    /// FA1207 Error that names the total and the items' sum as written (grouped, with the written decimals, in 元).
    /// </summary>
    [Property(MaxTest = 20)]
    public bool ThreePublicInYuan_Property(PositiveInt vehicleCents, PositiveInt receptionCents, NonNegativeInt offBy)
    {
        var vehicles = 1_000m + (vehicleCents.Get % 9_000_000) / 100m;
        var reception = 500m + (receptionCents.Get % 4_000_000) / 100m;
        var sum = vehicles + reception;
        var off = offBy.Get % 3 == 0 ? 0m : 100m + offBy.Get % 5_000;
        var total = sum + off;
        string Yuan(decimal v) => v.ToString("N2", CultureInfo.InvariantCulture);
        var section = "二、“三公”经费支出情况\n"
            + $"2019年度“三公”经费支出{Yuan(total)}元，其中：因公出国（境）费0元；公务用车购置及运行费{Yuan(vehicles)}元；"
            + $"公务接待费{Yuan(reception)}元。\n";
        var (_, diagnostics) = Read(Overview + section);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (off == 0m)
        {
            return errors.Count == 0;
        }

        return errors.Count == 1 && errors[0].RuleId == "FA1207"
            && errors[0].MessageZh.Contains($"声明 {Yuan(total)}元", StringComparison.Ordinal)
            && errors[0].MessageZh.Contains($"计算 {Yuan(sum)}元", StringComparison.Ordinal);
    }
}
