using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 31's false findings (issue 8, session 33), on invented texts of new wording and numbers: two equipment
/// counts of different kinds are not one figure stated twice (F1, a false FA8003 Error); a change the text calls 基本持平
/// asks no reason (F3, FA2106); a 万元 threshold does not make a text in 元 a 万元 document (M3).
/// </summary>
public class BlindRoundThirtyOneFixTests
{
    private const string Assets = "某区某局2022年度部门决算说明\n六、国有资产占用情况\n截至2022年12月31日，本部门共有车辆5辆，其中：一般公务用车2辆、"
        + "执法执勤用车3辆；";

    // ---- F1: equipment counts of two kinds ------------------------------------------------------------------------

    /// <summary>
    /// Two counts of one kind each, without the template's thresholds (or with none matching): neither is the model's
    /// all-kinds 单价100万元以上设备 count, so no FA8003 "same figure, 1 here, 4 before" (the blind round's Error) and
    /// no large-equipment count; each is a located note.
    /// </summary>
    [Theory]
    [InlineData("大型通用设备4台（套），大型专用设备1台（套）。")]
    [InlineData("通用设备7台（套），专用设备3台（套）。")]
    [InlineData("其中大型通用设备4台，大型专用设备0台。")]
    public void TwoKindsOfEquipment_AreNotOneFigureStatedTwice(string sentence)
    {
        var (read, diagnostics) = Read(Assets + sentence + "\n");
        Assert.Empty(Errors(diagnostics));
        var assets = read.Report.Narrative!.Assets!;
        Assert.Null(assets.LargeEquipmentCount);
        Assert.Null(assets.GeneralEquipmentCount);
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.EquipmentOfOneKindUnplaced.En));
    }

    /// <summary>
    /// The 2021 template's all-kinds count stays the large count (6), and its 其中 of one kind (专用设备 2) is a note, not
    /// a second value of the same count (before: FA8003, 2 here, 6 before).
    /// </summary>
    [Fact]
    public void OneKindUnderTheAllKindsCount_IsANote()
    {
        var (read, diagnostics) = Read(Assets + "单价100万元以上设备6台（套），其中专用设备2台（套）。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(6, read.Report.Narrative!.Assets!.LargeEquipmentCount);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.EquipmentOfOneKindUnplaced.En);
    }

    /// <summary>
    /// 通用设备 at 100万元 is not the template's 50万元 general count (a note until session 47, now a holding of schema 1.12 at
    /// its threshold), while 专用设备 at 100万元 is the special count (5); before, both went to the all-kinds count (FA8003, 5
    /// here, 2 before).
    /// </summary>
    [Fact]
    public void GeneralAt100_IsAHolding_SpecialAt100_IsTheSpecialCount()
    {
        var (read, diagnostics) = Read(Assets + "单价100万元以上通用设备2台（套），单价100万元以上专用设备5台（套）。\n");
        Assert.Empty(Errors(diagnostics));
        var assets = read.Report.Narrative!.Assets!;
        Assert.Null(assets.LargeEquipmentCount);
        Assert.Null(assets.GeneralEquipmentCount);
        Assert.Equal(5, assets.SpecialEquipmentCount);
        var holding = Assert.Single(assets.EquipmentHoldings);
        Assert.Equal((100m, EquipmentKind.General, 2), (holding.PriceThreshold.Value, holding.Kind, holding.Count));
    }

    /// <summary>The template's own thresholds are still each kind's member (3 general at 50万元, 1 special at 100万元).</summary>
    [Fact]
    public void KindsAtTheirTemplateThresholds_AreStillRead()
    {
        var (read, diagnostics) = Read(Assets + "单价50万元以上的通用设备3台（套），单价100万元以上的专用设备1台（套）。\n");
        Assert.Empty(Errors(diagnostics));
        var assets = read.Report.Narrative!.Assets!;
        Assert.Equal(3, assets.GeneralEquipmentCount);
        Assert.Equal(1, assets.SpecialEquipmentCount);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn == DisclosureMessages.EquipmentOfOneKindUnplaced.En);
    }

    // ---- F3: 基本持平 -----------------------------------------------------------------------------------------------

    private const string ThreePublic = "某区某局2023年度部门决算说明\n三、“三公”经费支出情况\n";

    /// <summary>
    /// "比上年增加 0.48 万元，与上年基本持平": the text calls the change not material, which is its account of it: no
    /// FA2106, and the change's reason is the text's words. The control (增长 4.04% = 0.48 / (12.36 − 0.48), no 基本持平)
    /// still asks for a reason at the same pointer, so the test can fail.
    /// </summary>
    [Theory]
    [InlineData("，与上年基本持平。", "与上年基本持平")]
    [InlineData("，基本持平。", "基本持平")]
    public void ARoughlyLevelChange_NeedsNoOtherReason(string level, string reason)
    {
        var (_, control) = Read(ThreePublic + "2023年度“三公”经费支出12.36万元，比上年增加0.48万元，增长4.04%。\n");
        var asked = Assert.Single(Of(control, Severity.Warning), w => w.StartsWith("FA2106 ", StringComparison.Ordinal));
        var pointer = asked["FA2106 ".Length..];

        var (read, diagnostics) = Read(ThreePublic + "2023年度“三公”经费支出12.36万元，比上年增加0.48万元" + level + "\n");
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w.StartsWith("FA2106 ", StringComparison.Ordinal));
        Assert.Equal(reason, JsonAt(read, pointer + "/reason"));
        Assert.Equal("increase", JsonAt(read, pointer + "/direction"));
    }

    /// <summary>A reason written after 基本持平 is the change's reason, as before (not the words 基本持平).</summary>
    [Fact]
    public void AReasonAfterRoughlyLevel_IsTheReason()
    {
        var (read, diagnostics) = Read(ThreePublic
            + "2023年度“三公”经费支出12.36万元，比上年增加0.48万元，基本持平，主要原因是接待任务略有增加。\n");
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w.StartsWith("FA2106 ", StringComparison.Ordinal));
        var json = FinalAccounts.Serialization.FinalAccountsJson.Serialize(read.Report);
        Assert.Contains("接待任务略有增加", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reason\": \"基本持平\"", json, StringComparison.Ordinal);
    }

    // ---- M3: a threshold's 万元 ------------------------------------------------------------------------------------

    /// <summary>
    /// A text whose amounts are all in 元, with "单位价值50万元以上" in its asset section, is a document in 元: its unit is
    /// yuan and 1,734,215.60 元 stays 1734215.60 (not 173.421560 万元 with an Info FA8005 for each amount).
    /// </summary>
    [Theory]
    [InlineData("单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。")]
    [InlineData("单价100万元（含）以上设备（不含车辆）0台（套）。")]
    public void AThresholdIn万元_DoesNotMakeAYuanTextA万元Text(string equipment)
    {
        var text = "某区某院2020年度部门决算说明\n一、机关运行经费支出情况\n本院2020年度机关运行经费支出1,734,215.60元，比上年减少96,300.40元，"
            + "下降5.26%，主要原因是压减会议费支出。\n二、“三公”经费支出情况\n2020年度“三公”经费支出215,400.00元，其中：因公出国（境）费0元；"
            + "公务用车运行维护费180,000.00元；公务接待费35,400.00元。\n三、国有资产占用情况\n截至2020年12月31日，本院共有车辆6辆；" + equipment + "\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("yuan", JsonAt(read, "/unit"));
        Assert.Contains(read.Claims, c => c.Value == "1734215.60");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8005");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>The threshold test itself: a threshold's 万 (after 单价 / 单位价值, before 以上) and not an amount's.</summary>
    [Theory]
    [InlineData("单位价值50万元以上通用设备", 6, true)]
    [InlineData("单价100万元（含）以上设备", 5, true)]
    [InlineData("单价在100万元及以上的设备", 6, true)]
    [InlineData("支出50万元以上", 4, false)]
    [InlineData("单价合计50万元，比上年", 6, false)]
    public void UnitPriceThreshold_IsOnlyAThreshold(string text, int at, bool expected)
    {
        Assert.Equal('万', text[at]);
        Assert.Equal(expected, NarrativeReader.UnitPriceThreshold(text, at));
    }
}
