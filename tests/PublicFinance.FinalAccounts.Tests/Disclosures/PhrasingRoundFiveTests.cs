using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of the session 19 generalisation round (issue 8), each with invented sentences of its own: a count of the
/// prior year among the 三公 counts, a reason written before its change and joined to it by 故/因此/所以/从而, a table row
/// whose written 增减额 is 0.00 between equal years (持平), and vehicle kinds listed after the total without 其中. Each text is
/// consistent, so no Error may be raised on it.
/// </summary>
public class PhrasingRoundFiveTests
{
    private const string ThreePublic = "某县某局2017年度部门决算说明\n四、“三公”经费支出情况\n";

    /// <summary>
    /// A purchase count of the prior year ("上年购置…2辆", "去年…", "2016年…" in a 2017 document) is not this year's: this
    /// year's 购置费 is 0.00 and no vehicle was bought, so nothing is placed and FA4002 (an amount of zero beside a count of
    /// two) has nothing to weigh. This year's own count ("本年购置公务用车1辆" with 18.50 万元) is still placed.
    /// </summary>
    [Theory]
    [InlineData("上年购置公务用车2辆，本年未购置")]
    [InlineData("去年购置公务用车2辆，今年未购置")]
    [InlineData("2016年购置公务用车2辆，2017年未购置")]
    public void APriorYearPurchaseCount_IsNotThisYears(string words)
    {
        var (read, diagnostics) = Read(ThreePublic + "2017年度“三公”经费支出12.00万元，其中：公务用车购置费0.00万元，" + words
            + "；公务用车运行维护费8.00万元；公务接待费4.00万元。\n");
        Assert.Equal("0.00", At(read, "/narrative/threePublic/vehiclePurchase/amount"));
        Assert.Null(At(read, "/narrative/threePublic/vehiclesPurchased"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.OtherYearCount(string.Empty).En);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA4002");
        Assert.Empty(Errors(diagnostics));

        var (own, _) = Read(ThreePublic + "2017年度“三公”经费支出30.50万元，其中：公务用车购置费18.50万元，本年购置公务用车1辆；"
            + "公务用车运行维护费8.00万元；公务接待费4.00万元。\n");
        Assert.Equal("1", At(own, "/narrative/threePublic/vehiclesPurchased"));
    }

    /// <summary>
    /// A reason written before the change it explains, joined by 故, 因此, 所以 or 从而 to a clause with a direction word:
    /// in the change's sentence after its figures, in a sentence of its own after it, or before the change in its sentence.
    /// 5.00 − 4.00 = 1.00 and 1.00 / 5.00 = 20.00%: consistent.
    /// </summary>
    [Theory]
    [InlineData("公务接待费4.00万元，比上年减少1.00万元，下降20.00%，由于严格控制接待标准，故支出减少。", "严格控制接待标准")]
    [InlineData("公务接待费4.00万元，比上年减少1.00万元，下降20.00%。由于严格控制接待标准和陪同人数，因此支出减少。", "严格控制接待标准和陪同人数")]
    [InlineData("公务接待费4.00万元，比上年减少1.00万元，下降20.00%。压缩接待批次，所以费用有所下降。", "压缩接待批次")]
    [InlineData("严格执行接待标准，从而公务接待费4.00万元比上年减少1.00万元，下降20.00%。", "严格执行接待标准")]
    public void AReasonBeforeItsConsequence_IsTheChangesReason(string sentence, string reason)
    {
        var (read, diagnostics) = Read(ThreePublic + "2017年度“三公”经费支出4.00万元，其中公务接待费4.00万元，因公出国（境）费、"
            + "公务用车购置及运行维护费均未发生。\n" + sentence + "\n");
        var change = read.Report.Narrative?.ThreePublic?.Reception?.Change;
        Assert.NotNull(change);
        Assert.Contains(reason, change!.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(
            diagnostics, d => d.RuleId == "FA2106" && d.Pointers.Any(p => p.Contains("reception", StringComparison.Ordinal)));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A consequence right after the change's figures has no reason before it ("…减少1.00万元，故…"), and words such as 故障 are
    /// no consequence: no reason is made up, so FA2106 still asks for one.
    /// </summary>
    [Theory]
    [InlineData("公务接待费4.00万元，比上年减少1.00万元，故支出减少。")]
    [InlineData("公务接待费4.00万元，比上年减少1.00万元，车辆已报废，故障维修减少。")]
    public void AConsequenceWithoutAReasonBeforeIt_GivesNoReason(string sentence)
    {
        var (read, _) = Read(ThreePublic + "2017年度“三公”经费支出4.00万元，其中公务接待费4.00万元。\n" + sentence + "\n");
        Assert.Null(read.Report.Narrative?.ThreePublic?.Reception?.Change?.Reason);
        Assert.NotNull(read.Report.Narrative?.ThreePublic?.Reception?.Change);
    }

    /// <summary>
    /// "公务用车购置费 | 0.00 | 0.00 | 0.00 | -": a written zero 增减额 between equal written years is 持平 — the direction
    /// unchanged, the amount 0.00 as written, and the prior-year 0.00 read. A row with equal years and a written zero in another
    /// order of columns reads the same; a zero 增减额 between years that differ (5.00 and 4.00) stays a note (the table's own
    /// error is for the checks, not for the reader to settle).
    /// </summary>
    [Fact]
    public void AWrittenZeroChange_BetweenEqualYears_IsUnchanged()
    {
        var (read, diagnostics) = Read("某区2016年度部门决算说明\n三、“三公”经费支出情况\n2016年度“三公”经费支出11.15万元。\n"
            + "“三公”经费支出决算表（单位：万元）\n| 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |\n| 合计 | 12.20 | 11.15 | -1.05 | -8.61% |\n"
            + "| 公务用车购置费 | 0.00 | 0.00 | 0.00 | - |\n| 公务用车运行维护费 | 9.20 | 8.15 | -1.05 | -11.41% |\n"
            + "| 公务接待费 | 3.00 | 3.00 | 0.00 | 0.00% |\n");
        const string Purchase = "/narrative/threePublic/vehiclePurchase";
        Assert.Equal("0.00", At(read, Purchase + "/amount"));
        Assert.Equal("unchanged", At(read, Purchase + "/change/direction"));
        Assert.Equal("0.00", At(read, Purchase + "/change/amount"));
        Assert.Equal("0.00", At(read, Purchase + "/change/priorYearAmount"));
        Assert.Equal(ChangeDirection.Unchanged, read.Report.Narrative!.ThreePublic!.Reception!.Change!.Direction);
        Assert.Equal("3.00", At(read, "/narrative/threePublic/reception/change/priorYearAmount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("no direction of change", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));

        var (differing, _) = Read("某区2016年度部门决算说明\n三、“三公”经费支出情况\n"
            + "“三公”经费支出决算表（单位：万元）\n| 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |\n| 公务接待费 | 5.00 | 4.00 | 0.00 | - |\n");
        Assert.Null(At(differing, "/narrative/threePublic/reception/change/direction"));
        Assert.Contains(differing.Notes, n => n.MessageEn.Contains("no direction of change", StringComparison.Ordinal));
    }

    /// <summary>
    /// Vehicle kinds listed after the total and joined by 、 without 其中 are its parts: 1 + 3 + 1 = 5, the total stays 5 (no
    /// FA8003 between the total and a kind, no FA4201).
    /// </summary>
    [Theory]
    [InlineData("共有车辆5辆，领导干部用车1辆、一般公务用车3辆、执法执勤用车1辆。")]
    [InlineData("实有车辆5辆，一般公务用车3辆、领导干部用车1辆、执法执勤用车1辆。")]
    public void VehicleKindsListedWithoutQizhong_AreTheTotalsParts(string sentence)
    {
        var (read, diagnostics) = Read("某县某局2016年度部门决算\n十一、国有资产占用情况说明\n截至2016年12月31日，本部门" + sentence + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(5, vehicles.Count);
        Assert.Equal(1, vehicles.Categories.Single(c => c.Category == VehicleCategory.LeadingCadres).Count);
        Assert.Equal(3, vehicles.Categories.Single(c => c.Category == VehicleCategory.GeneralOfficial).Count);
        Assert.Equal(1, vehicles.Categories.Single(c => c.Category == VehicleCategory.LawEnforcement).Count);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA8003" or "FA4201");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "人员经费…，主要包括：…；公用经费…，主要包括：…" in one sentence, in either order: each list ends at its ';' and belongs to
    /// the 经费 named before it (the first had run to the sentence end, its last item "生活补助；公用经费…，主要包括：办公费", FA1109).
    /// 80.00 + 20.00 = 100.00: consistent.
    /// </summary>
    [Theory]
    [InlineData("2016年度一般公共预算财政拨款基本支出100.00万元，其中：人员经费80.00万元，主要包括：基本工资、津贴补贴、生活补助；"
        + "公用经费20.00万元，主要包括：办公费、水电费、差旅费。")]
    [InlineData("2016年度一般公共预算财政拨款基本支出100.00万元，其中：公用经费20.00万元，主要包括：办公费、水电费、差旅费；"
        + "人员经费80.00万元，主要包括：基本工资、津贴补贴、生活补助。")]
    public void BasicItemLists_InOneSentence_AreEachTheirs(string sentence)
    {
        var (read, diagnostics) = Read("某县某局2016年度部门决算说明\n六、一般公共预算财政拨款基本支出决算情况说明\n" + sentence + "\n");
        var basic = read.Report.Narrative!.BasicExpenditure!;
        Assert.Equal(["基本工资", "津贴补贴", "生活补助"], basic.PersonnelItems);
        Assert.Equal(["办公费", "水电费", "差旅费"], basic.PublicItems);
        Assert.Empty(Errors(diagnostics));
    }
}
