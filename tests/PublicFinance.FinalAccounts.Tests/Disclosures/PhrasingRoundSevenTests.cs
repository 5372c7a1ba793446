using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of session 20 (issue 8, precision), each with invented sentences of its own (not the blind texts): a
/// completion rate against a stated 比年初预算 difference (FA2207), 本单位 in a single unit's own 部门决算 (FA8004), the title
/// after a mirror or navigation line, vehicle counts under 其他重要事项说明, and staff lines. Each consistent text raises no
/// Error.
/// </summary>
public class PhrasingRoundSevenTests
{
    private const string GeneralBudget = "某县某局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n";

    /// <summary>
    /// A completion rate with a stated difference from the budget and no budget amount. Above: 1500.00 − 300.00 = 1200.00,
    /// so 1500.00 / 1200.00 = 125.00 % and 300.00 / 1200.00 = 25.00 %. Below: 960.00 + 240.00 = 1200.00, so 960.00 / 1200.00
    /// = 80.00 % and the variance 240.00 / 1200.00 = 20.00 %. The consistent text raises nothing; the rate written as if
    /// the budget were another (120.00 %, 78.00 %) is FA2207's Error, naming the rate, the final amount and the difference.
    /// </summary>
    [Theory]
    [InlineData("支出1500.00万元，比年初预算增加300.00万元，增长25.00%，完成年初预算的{0}%", "125.00", "120.00")]
    [InlineData("支出960.00万元，比年初预算减少240.00万元，下降20.00%，完成年初预算的{0}%", "80.00", "78.00")]
    [InlineData("支出1500.00万元，较年初预算增加300.00万元，完成年初预算的{0}%", "125.00", "120.00")]
    public void ACompletionRate_IsCheckedAgainstTheStatedDifference(string sentence, string right, string wrong)
    {
        var text = GeneralBudget + "2023年度一般公共预算财政拨款" + sentence + "。决算数与年初预算数存在差异的主要原因是追加专项资金。\n";
        var (read, diagnostics) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, right));
        Assert.Equal(right, At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.NotNull(At(read, "/narrative/generalBudget/total/budget/difference"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2207");

        var (_, planted) = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, wrong));
        var error = Assert.Single(planted, d => d.Severity == Severity.Error);
        Assert.Equal("FA2207", error.RuleId);
        Assert.Equal(
            ["/narrative/generalBudget/total/budget/completionRate", "/narrative/generalBudget/total/amount",
                "/narrative/generalBudget/total/budget/difference"],
            error.Pointers);
    }

    /// <summary>
    /// With the budget amount stated as well, FA2201 decides and FA2207 is not applicable: 1500.00 / 1200.00 = 125.00 %,
    /// written 120.00 % — one Error (FA2201), not two.
    /// </summary>
    [Fact]
    public void WithTheBudgetStated_FA2201Decides()
    {
        var (_, diagnostics) = Read(GeneralBudget + "2023年度一般公共预算财政拨款支出1500.00万元，年初预算为1200.00万元，比年初预算增加300.00万元，"
            + "完成年初预算的120.00%。决算数大于年初预算数的主要原因是追加专项资金。\n");
        Assert.Equal(["FA2201"], diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId));
    }

    /// <summary>
    /// FA8004 is for a department of several units that writes a unit's words. An issuer that is itself one unit — a
    /// hospital, a school, a town, a department's 本级 report, or a text that calls its issuer 我单位 / 我镇 / 我院 — and never
    /// says 本部门 speaks of itself as 本单位 as it should: no Warning.
    /// </summary>
    [Theory]
    [InlineData("某市第一人民医院2022年度部门决算说明\n", "本单位")]
    [InlineData("某县实验中学2022年度部门决算说明\n", "本单位")]
    [InlineData("某县某镇人民政府2022年度部门决算说明\n", "本单位")]
    [InlineData("某区某街道办事处2022年度部门决算说明\n", "本单位")]
    [InlineData("某县农业农村局（本级）2022年度部门决算说明\n", "本单位")]
    [InlineData("", "经核查，我单位")]
    [InlineData("", "我镇")]
    public void UnitWording_OfASingleUnit_IsNoWarning(string title, string self)
    {
        var (read, _) = Read(title + "二、收入决算情况说明\n" + self + "2022年度收入合计100.00万元。本单位无政府性基金收支。\n");
        Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8004");
    }

    /// <summary>
    /// A department (a 局 with no word of being one unit) that writes 本单位 is still reported, and so is a single unit that
    /// mixes 本部门 and 本单位; 我局 and 我县 are no unit's words.
    /// </summary>
    [Theory]
    [InlineData("某县教育局2022年度部门决算说明\n", "")]
    [InlineData("某县教育局2022年度部门决算说明\n", "我局")]
    [InlineData("某县教育局2022年度部门决算说明\n", "我县")]   // session 39: a title that states 部门决算 (no title: no FA8004)
    [InlineData("某市第一人民医院2022年度部门决算说明\n", "本部门")]
    public void UnitWording_OfADepartment_IsStillAWarning(string title, string self)
    {
        var (read, _) = Read(title + "二、收入决算情况说明\n" + self + "2022年度收入合计100.00万元。本单位无政府性基金收支。\n");
        var finding = Assert.Single(read.TextFindings, f => f.RuleId == "FA8004");
        Assert.Equal(DisclosureMessages.EntityWording(false).Zh, finding.MessageZh);
    }

    /// <summary>The issuer's name endings that make it one unit, and some that do not (a 局, a county government, a 委).</summary>
    [Theory]
    [InlineData("某市第一人民医院", true)]
    [InlineData("某镇人民政府", true)]
    [InlineData("某乡", true)]
    [InlineData("某县疾病预防控制中心", true)]
    [InlineData("某县图书馆", true)]
    [InlineData("某县农业农村局(本级)", true)]
    [InlineData("某县教育局", false)]
    [InlineData("某县人民政府", false)]
    [InlineData("某市卫生健康委员会", false)]
    [InlineData(null, false)]
    public void SingleUnitNames(string? name, bool single) => Assert.Equal(single, TextChecks.IsSingleUnit(name));

    /// <summary>
    /// A title after a line of a web page that is no part of the document (a mirror's note, a portal's trail), with or
    /// without a pinyin gloss after it: the issuer and the year are the title's (某县水利局, 2016), not lost.
    /// </summary>
    [Theory]
    [InlineData("[某镜像网 example-mirror.org 转载] 原页面已删除\n", " (Mǒu Xiàn Shuǐlìjú bùmén juésuàn shuōmíng)")]
    [InlineData("[某镜像网 example-mirror.org 转载] 原页面已删除\n", "")]
    [InlineData("当前位置：首页 > 信息公开 > 财政资金\n", "")]
    [InlineData("", " (Mǒu Xiàn Shuǐlìjú bùmén juésuàn shuōmíng)")]
    public void TheTitle_AfterAWebLine_OrWithAGloss_GivesIssuerAndYear(string before, string gloss)
    {
        var (read, diagnostics) = Read(before + "某县水利局2016年度部门决算说明" + gloss + "\n一、收入支出决算总体情况说明\n"
            + "2016年度收入总计1200.00万元，支出总计1200.00万元。\n");
        Assert.Equal("某县水利局", read.Report.Entity.Name);
        Assert.Equal(2016, read.Report.Entity.FiscalYear);
        Assert.Equal("1200.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A long line that is no title stays none: 决算 and 年 in a sentence of more than 60 characters with no line before it
    /// ("…年度部门决算…" in a remark) gives no issuer.
    /// </summary>
    [Fact]
    public void ALongRemarkWithoutALineBreak_IsNoTitle()
    {
        var (read, _) = Read("本页面内容转载自某县人民政府门户网站，原文为某县水利局发布的2016年度部门决算公开材料，如有出入以原文为准并请联系网站管理员\n"
            + "一、收入支出决算总体情况说明\n2016年度收入总计1200.00万元，支出总计1200.00万元。\n");
        Assert.True(string.IsNullOrEmpty(read.Report.Entity.Name));
    }

    /// <summary>
    /// The vehicles held, stated under 其他重要事项说明 (simplified or Traditional): 6 in all, 4 一般公务用车 and 2
    /// 特种专业技术用车 — 4 + 2 = 6, so FA4201 holds and nothing is an Error.
    /// </summary>
    [Theory]
    [InlineData("截至2016年12月31日，本部门共有车辆6辆，其中一般公务用车4辆、特种专业技术用车2辆。")]
    [InlineData("截至2016年12月31日，本部門共有車輛6輛，其中一般公務用車4輛、特種專業技術用車2輛。")]
    public void VehiclesHeld_UnderOtherMatters_AreTheAssetsVehicles(string sentence)
    {
        var (read, diagnostics) = Read("某县林业局2016年度部门决算说明\n七、其他重要事项说明\n" + sentence + "\n");
        Assert.Equal("6", At(read, "/narrative/assets/vehicles/count"));
        Assert.Equal("4", At(read, "/narrative/assets/vehicles/categories/0/count"));
        Assert.Equal("2", At(read, "/narrative/assets/vehicles/categories/1/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A vehicle bought (购置) under 其他重要事项 is no count of the fleet held: it does not open the assets part.</summary>
    [Fact]
    public void AVehicleBought_UnderOtherMatters_IsNotTheFleet()
    {
        var (read, _) = Read("某县林业局2016年度部门决算说明\n七、其他重要事项说明\n本年度购置车辆1辆。\n");
        Assert.Null(At(read, "/narrative/assets/vehicles/count"));
    }

    private const string Staff = "某县某局2019年度部门决算说明\n一、机构设置及人员情况\n";

    /// <summary>
    /// Two categories of the establishment listed without the whole (行政编制 21 人、事业编制 27 人) are parts, neither the
    /// 编制数 (which would be 48, stated nowhere): located notes, never the field of the whole. 实有人数 59 = 在职 40 + 离退休
    /// 19 keep their fields (离退休 as <c>retired</c>, as before, so FA4301 holds).
    /// </summary>
    [Fact]
    public void StaffParts_WithoutTheirFields_AreNotes()
    {
        var (read, diagnostics) = Read(Staff + "本部门行政编制21人、事业编制27人，实有人数59人，其中在职人员40人，离退休人员19人。\n");
        Assert.Null(At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("59", At(read, "/personnel/total/count"));
        Assert.Equal("40", At(read, "/personnel/active/count"));
        Assert.Equal("19", At(read, "/personnel/retired/count"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "21" or "27");
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.StaffCountNoField(string.Empty).En));
        Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The whole establishment stated, then its parts (编制数 48 人，其中：行政编制 21 人，事业编制 27 人): 48 is the 编制数, the
    /// parts are not placed on it (no FA8003); a lone 行政编制 96 人 stays the establishment, as before.
    /// </summary>
    [Fact]
    public void TheWholeEstablishment_KeepsItsField()
    {
        var (read, diagnostics) = Read(Staff + "本部门编制数48人，其中：行政编制21人，事业编制27人；实有人数45人。\n");
        Assert.Equal("48", At(read, "/personnel/authorizedPositions/count"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "21" or "27");
        Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));

        var (lone, _) = Read(Staff + "本部门行政编制96人，实有人数92人。\n");
        Assert.Equal("96", At(lone, "/personnel/authorizedPositions/count"));
        Assert.Equal("92", At(lone, "/personnel/total/count"));
    }
}
