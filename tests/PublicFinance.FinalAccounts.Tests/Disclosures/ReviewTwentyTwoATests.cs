using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Narrative;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Reader bugs the outside review of session 22 proved with tiny inputs (all texts here invented): two 应急 kinds read as one
/// category (a false FA4202), held vehicles in a 其中 list dropped from the fleet (a false FA4201), a title paragraph starting
/// with 。 that threw, a 类's amount run into a 款's or 项's name, and the bracketed prior figure's notes and rate.
/// </summary>
public class ReviewTwentyTwoATests
{
    private const string Assets = "某县某局2023年度部门决算说明\n一、国有资产占有使用情况\n";

    private const string General = "某县某局2024年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n";

    private static IReadOnlyList<VehicleCategoryCount> Categories(DisclosureReadResult read)
        => read.Report.Narrative?.Assets?.Vehicles?.Categories ?? [];

    /// <summary>
    /// A list naming the template's own 应急保障用车 beside another 应急 kind (before or after it): the template's one is the
    /// category, the other stays "other" under its label — before the fix both were emergencySupport (FA4202, listed twice).
    /// The kinds add up to the count (2 + 1 = 3; 1 + 3 = 4; 2 + 2 + 1 = 5), so no Error at all.
    /// </summary>
    [Theory]
    [InlineData("共有车辆3辆，其中：防汛应急用车2辆，应急保障用车1辆。", "防汛应急用车", 2)]
    [InlineData("共有车辆4辆，其中应急保障用车1辆，森林防火应急用车3辆。", "森林防火应急用车", 3)]
    [InlineData("共有车辆5辆，其中：应急救援用车2辆，应急保障用车2辆，一般公务用车1辆。", "应急救援用车", 2)]
    public void AnotherEmergencyKindBesideTheTemplatesOwn_StaysOther(string sentence, string kind, int count)
    {
        var (read, diagnostics) = Read(Assets + "截至2023年12月31日，" + sentence + "\n");
        var categories = Categories(read);
        Assert.Single(categories, c => c.Category == VehicleCategory.EmergencySupport);
        var other = Assert.Single(categories, c => c.Category == VehicleCategory.Other);
        Assert.Equal(kind, other.Label);
        Assert.Equal(count, other.Count);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA4201" or "FA4202");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// An emergency kind alone (no 应急保障用车 in the sentence) is still the template's category under its own name.
    /// </summary>
    [Fact]
    public void AnEmergencyKindAlone_IsStillTheCategory()
    {
        var (read, diagnostics) = Read(Assets + "共有车辆3辆，其中防汛应急用车2辆，其他用车1辆。\n");
        var emergency = Assert.Single(Categories(read), c => c.Category == VehicleCategory.EmergencySupport);
        Assert.Equal("防汛应急用车", emergency.Label);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Vehicles sealed or awaiting disposal listed among the 其中 parts of the count are part of the fleet (3 + 1 + 1 = 5;
    /// 2 + 1 + 1 = 4; 4 + 2 = 6): placed as "other" under their label, no note that they stand apart, no FA4201 — before
    /// the fix they were dropped with that note and the categories fell one short.
    /// </summary>
    [Theory]
    [InlineData("共有车辆5辆，其中：一般公务用车3辆，执法执勤用车1辆，封存待处置公务用车1辆。", "封存待处置公务用车", 1)]
    [InlineData("共有车辆4辆，其中一般公务用车2辆、执法执勤用车1辆、待报废公务用车1辆。", "待报废公务用车", 1)]
    [InlineData("共有车辆6辆，其中：执法执勤用车4辆，已封存用车2辆。", "已封存用车", 2)]
    public void HeldVehiclesInTheList_ArePartOfTheFleet(string sentence, string kind, int count)
    {
        var (read, diagnostics) = Read(Assets + "截至2023年12月31日，本部门" + sentence + "\n");
        var other = Assert.Single(Categories(read), c => c.Category == VehicleCategory.Other);
        Assert.Equal(kind, other.Label);
        Assert.Equal(count, other.Count);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn == DisclosureMessages.VehiclesOutsideTheCount.En);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA4201" or "FA4202");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Vehicles stated with 另有/另外, or held ones outside a 其中 list, are still apart: a note, the count of 2 untouched.
    /// </summary>
    [Theory]
    [InlineData("共有车辆2辆，其中其他用车2辆，另有已封存待处置车辆1辆。")]
    [InlineData("共有车辆2辆，其中其他用车2辆。另外待报废公务用车1辆。")]
    [InlineData("共有车辆2辆。已封存车辆1辆。")]
    public void VehiclesApartFromTheList_StayANote(string sentence)
    {
        var (read, diagnostics) = Read(Assets + sentence + "\n");
        Assert.Equal(2, read.Report.Narrative!.Assets!.Vehicles!.Count);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.VehiclesOutsideTheCount.En);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A first paragraph starting with 。 (nothing before the first 。) is no scraped page's title: before the fix the search
    /// for the page's meta words threw and the paragraph was dropped with the exception's text as a note.
    /// </summary>
    [Theory]
    [InlineData("。某局2023年度部门决算公开说明")]
    [InlineData("。")]
    [InlineData("。。某县某中心2023年度部门决算 发布时间：2024-09-01")]
    public void ATitleStartingWithAFullStop_NeverThrows(string title)
    {
        var read = DisclosureReader.Read(title + "\n一、收支总体情况\n2023年度收入总计326.48万元，支出总计326.48万元。\n");
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.StartsWith("Could not read this paragraph", StringComparison.Ordinal));
        Assert.Equal("326.48", At(read, "/narrative/overall/incomeGrandTotal/amount"));
    }

    /// <summary>The words a random title-like first paragraph is made of (full stops, page meta words, spaces).</summary>
    private static readonly string[] TitleWords =
        ["。", "某局", "2023年度", "部门决算", "公开说明", "：", "发布时间", "来源", "浏览次数", " ", "首页", "2024-09-01", "286"];

    /// <summary>
    /// Property: whatever a title-like first paragraph is made of (any order of full stops, meta words and spaces), reading
    /// it never ends in an exception's note.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool ATitleLikeParagraph_NeverMakesAnExceptionNote(NonEmptyArray<byte> picks)
    {
        var title = string.Concat(picks.Get.Take(24).Select(p => TitleWords[p % TitleWords.Length]));
        var read = DisclosureReader.Read(title + "\n一、收支总体情况\n2023年度收入总计10.00万元。\n");
        return read.Notes.All(n => !n.MessageEn.StartsWith("Could not read this paragraph", StringComparison.Ordinal));
    }

    /// <summary>
    /// A 类 with its amount, then items in later sentences (coded or marked 项): no 款's or 项's name runs across a sentence
    /// end or a figure — before the fix the 类 became an item named "100.00万元。行政运行（2010101）30.00万元。乡村…" or a 款
    /// named "100.00万元,占100.00%。其中:人大事务". The 类 keeps its 100.00.
    /// </summary>
    [Theory]
    [InlineData("一般公共服务支出（类）100.00万元。行政运行（2010101）30.00万元。乡村专项工作经费（项）20.00万元。")]
    [InlineData("2024年度一般公共预算财政拨款支出100.00万元。一般公共服务支出（类）100.00万元，占100.00%。其中：人大事务（款）"
        + "100.00万元；人大事务（款）行政运行（项）30.00万元。")]
    [InlineData("一般公共服务支出（类）100.00万元；财政事务（款）100.00万元。")]
    public void ANameNeverRunsAcrossASentenceEndOrAFigure(string sentence)
    {
        var (read, _) = Read(General + sentence + "\n");
        var budget = read.Report.Narrative!.GeneralBudget!;
        foreach (var figure in budget.Items.Concat(budget.Classes))
        {
            foreach (var name in new[] { figure.Name, figure.SectionName, figure.ClassName })
            {
                Assert.True(name is null || !"。；;%".Any(name.Contains) && !name.Contains("万元"), name);
            }
        }

        var general = Assert.Single(budget.Classes, c => c.Name == "一般公共服务支出");
        Assert.Equal("100.00", general.Amount.ToString());
    }

    private const string Lines = "某县某局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n（三）具体情况\n"
        + "1.教育支出（类）210.50万元，主要项级科目如下：\n（1）教育管理事务（款）行政运行（项）";

    private const string Prior = "/narrative/generalBudget/items/0/change/priorYearAmount";

    /// <summary>
    /// A bracketed prior figure whose direction and amount agree with the change (210.50 − 200.00 = 10.50) but not the
    /// rate: 10.50 / 200.00 = 5.25 %, which 6.25 % does not round from — a note of its own (the rate), not placed. With
    /// 5.25 % or 5.3 % (5.25 rounds to 5.3 half away from zero: within half a unit) it is placed.
    /// </summary>
    [Theory]
    [InlineData("6.25", false)]
    [InlineData("5.25", true)]
    [InlineData("5.3", true)]
    public void ABracketWhoseRateDisagrees_IsANote(string rate, bool placed)
    {
        var read = DisclosureReader.Read(Lines + "210.50万元（上年：200.00万元），增加10.50万元，增长" + rate + "%，主要是人员调资。\n");
        Assert.Equal(placed ? "200.00" : null, At(read, Prior));
        Assert.Equal(!placed, read.Notes.Any(n => n.MessageEn == DisclosureMessages.PriorBracketRateDisagrees(rate, "10.50").En));
    }

    /// <summary>
    /// A bracket whose difference disagrees with the stated amount (210.50 − 200.00 = 10.50, not 30.00) has the "differs by"
    /// note, without the words of the other case (a change that already has a prior figure).
    /// </summary>
    [Fact]
    public void ADisagreeingBracket_HasItsOwnNote()
    {
        var read = DisclosureReader.Read(Lines + "210.50万元（上年：200.00万元），增加30.00万元，主要是人员调资。\n");
        Assert.Null(At(read, Prior));
        var note = Assert.Single(read.Notes, n => n.MessageEn == DisclosureMessages.PriorBracketDisagrees("10.50").En);
        Assert.DoesNotContain("already", note.MessageEn, StringComparison.Ordinal);
    }
}
