using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (issue 8, precision): a carry-over split by kind of spending — <c>上年结转 X 万元（基本支出结转 A 万元，项目支出结转
/// B 万元）</c>, <c>其中：基本支出结余 A 万元，项目支出结转和结余 B 万元</c> — names parts of the carry-over, never the year's
/// 基本支出 / 项目支出. Before, the parts took the expenditure fields and the year's own 基本支出 and 项目支出 were refused as "a
/// figure of another kind": a false FA1203 (本年支出 against A + B). Invented texts of our own wording.
/// </summary>
public class KindCarryOverPartsSessionFortyThreeTests
{
    private const string Head = "某局2024年度部门决算说明\n一、收入支出决算总体情况说明\n";

    private const string Expenditure = "二、支出决算情况说明\n2024年度本年支出1180.00万元，其中：基本支出800.00万元，占67.80%；"
        + "项目支出380.00万元，占32.20%。\n";

    private const string Basic = "/narrative/expenditure/basic/amount";

    private const string Project = "/narrative/expenditure/project/amount";

    private const string PartNote = "carry-over's part by kind of spending";

    /// <summary>
    /// Each wording of a kind's carry-over part (bracketed after 上年结转, after 其中 of 年末结转和结余, 结余 and 结转和结余, a
    /// space inside): the parts are notes, the year's 基本支出 and 项目支出 are placed, and no Error is raised.
    /// </summary>
    [Theory]
    [InlineData("上年结转120.00万元（基本支出结转45.00万元，项目支出结转75.00万元）；年末结转和结余140.00万元。", 2)]
    [InlineData("上年结转120.00万元；年末结转和结余140.00万元，其中：基本支出结余20.00万元，项目支出结转和结余120.00万元。", 2)]
    [InlineData("上年结转120.00万元，其中项目支出 结转120.00万元；年末结转和结余140.00万元。", 1)]
    public void KindPartsOfACarryOver_AreNotes(string carryOver, int parts)
    {
        var (read, diagnostics) = Read(Head + "2024年度本年收入1200.00万元，本年支出1180.00万元。" + carryOver + "\n" + Expenditure);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("800.00", JsonAt(read, Basic));
        Assert.Equal("380.00", JsonAt(read, Project));
        Assert.Equal(parts, read.Notes.Count(n => n.MessageEn.Contains(PartNote, StringComparison.Ordinal)));
    }

    /// <summary>The planted twin: the year's 基本支出 and 项目支出 that do not add up to 本年支出 are still an FA1203 Error.</summary>
    [Fact]
    public void KindsThatDoNotAdd_AreStillAnError()
    {
        var (_, diagnostics) = Read(Head + "上年结转120.00万元（基本支出结转45.00万元，项目支出结转75.00万元）。\n"
            + Expenditure.Replace("380.00万元", "390.00万元", StringComparison.Ordinal));

        Assert.Contains("FA1203", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Near misses: a bare 基本支出 / 项目支出 (no 结转 or 结余 right after it) is the year's, as before.</summary>
    [Theory]
    [InlineData("基本支出45.00万元", false)]
    [InlineData("项目支出 结余30.00万元", true)]
    [InlineData("基本支出结转和结余10.00万元", true)]
    [InlineData("项目支出80.00万元，结转下年20.00万元", false)]
    [InlineData("结转下年的项目支出20.00万元", false)]
    public void NamesKindCarryOver_OnlyWithTheCarryOverWordRightAfter(string label, bool expected)
        => Assert.Equal(expected, PublicFinance.FinalAccounts.Disclosures.NarrativeReader.NamesKindCarryOver(label));

    /// <summary>
    /// Property: for any amounts, a carry-over split by kind never changes the year's 基本支出 and 项目支出 read, and raises no
    /// Error when the kinds add up.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool AnySplit_LeavesTheYearsKindsAlone(PositiveInt a, PositiveInt b)
    {
        var first = (a.Get % 100000) / 100m;
        var second = (b.Get % 100000) / 100m;
        var text = Head + $"上年结转{first + second:0.00}万元（基本支出结转{first:0.00}万元，项目支出结转{second:0.00}万元）。\n" + Expenditure;
        var (read, diagnostics) = Read(text);
        return JsonAt(read, Basic) == "800.00" && JsonAt(read, Project) == "380.00" && RuleIds(diagnostics, Severity.Error).Length == 0;
    }
}
