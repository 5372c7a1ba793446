using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 62 (staff62; our own invented texts): the counts of a 部门概况 / 单位基本情况 written in a paragraph the reader does
/// not take for the 人员 section (under 主要职责, 单位概况, or none): 内设…N个科室 → <c>/entity/internalDivisionCount</c>,
/// 在职职工 / 在职人员 / 教职工 → <c>/personnel/active</c>, 编制 → <c>/personnel/authorizedPositions</c>, 离退休人员 after them →
/// <c>/personnel/retired</c>; and the near misses (students, beds, units, the people a unit serves, a split 编制).
/// </summary>
public sealed class StaffCountsSessionSixtyTwoTests
{
    /// <summary>An invented 说明 whose 概况 paragraph is <paramref name="overview"/>, under <paramref name="heading"/>.</summary>
    private static string Text(string overview, string heading = "一、部门主要职责")
        => "某县水务局2022年度部门决算公开说明\n第一部分 部门概况\n" + heading + "\n" + overview + "\n"
            + "第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
            + "2022年度收入总计812.40万元，支出总计812.40万元。\n";

    /// <summary>The listed divisions with 等 and their count, the units after 下设, the year-end staff and retirees.</summary>
    [Fact]
    public void FunctionsParagraph_ListedDivisionsAndYearEndStaff()
    {
        var (read, diagnostics) = Read(Text("负责全县水资源管理工作。内设办公室、水政股、工程股等7个股室，下设水利站、"
            + "灌溉所等3个事业单位。2022年末在职职工86人，离退休人员41人。"));
        Assert.Equal("7", JsonAt(read, "/entity/internalDivisionCount"));
        Assert.Equal("86", JsonAt(read, "/personnel/active/count"));
        Assert.Equal("41", JsonAt(read, "/personnel/retired/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>"内设N个科室，编制N名，在职职工N人，离退休人员N人" in a unit's 概况 without a staff heading.</summary>
    [Fact]
    public void UnitOverview_DivisionsEstablishmentActiveRetired()
    {
        var (read, diagnostics) = Read(Text("本站为县水务局所属公益一类事业单位，负责水文监测工作。内设3个科室，编制19名，"
            + "在职职工17人，离退休人员6人。", "一、单位概况"));
        Assert.Equal("3", JsonAt(read, "/entity/internalDivisionCount"));
        Assert.Equal("19", JsonAt(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("17", JsonAt(read, "/personnel/active/count"));
        Assert.Equal("6", JsonAt(read, "/personnel/retired/count"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>"内设机构12个", "局机关设9个科室", "下设…等5个科室", a lone "在职41人" and "教职工" are read too.</summary>
    [Theory]
    [InlineData("本局内设机构12个，年末在职人员52人。", "12", "52")]
    [InlineData("局机关设9个科室，在职人员33人。", "9", "33")]
    [InlineData("下设调度科、信息科、后勤科等5个科室，在职职工64人。", "5", "64")]
    [InlineData("本馆内设办公室、采编部、阅览部4个部门。编制31人　在职29人。", "4", "29")]
    [InlineData("学校设教学班24个，在校学生1086人，教职工93人，其中专任教师81人。", null, "93")]
    public void Wordings_AreRead(string overview, string? divisions, string active)
    {
        var (read, _) = Read(Text(overview, "一、单位概况"));
        Assert.Equal(divisions, JsonAt(read, "/entity/internalDivisionCount"));
        Assert.Equal(active, JsonAt(read, "/personnel/active/count"));
    }

    /// <summary>Near misses: students, beds, members, units, a kind of division and the people served are no staff counts.</summary>
    [Theory]
    [InlineData("医院内设职能科室12个、临床医技科室31个，编制床位600张，在校实习学生85人。")]
    [InlineData("下设林业站、种苗站等6个事业单位，另有6个二级机构。")]
    [InlineData("本会现有会员2316人，服务离退休人员3000人。")]
    [InlineData("全年培训在职职工320人次，慰问离退休人员150人。")]
    public void NearMisses_AreNotStaff(string overview)
    {
        var (read, diagnostics) = Read(Text(overview, "一、单位概况"));
        Assert.Null(JsonAt(read, "/entity/internalDivisionCount"));
        Assert.Null(JsonAt(read, "/personnel/active"));
        Assert.Null(JsonAt(read, "/personnel/retired"));
        Assert.Null(JsonAt(read, "/personnel/authorizedPositions"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>"行政编制N名、事业编制N名" names two parts of the 编制 and no whole: neither is the establishment.</summary>
    [Fact]
    public void SplitEstablishment_IsNoWhole()
    {
        var (read, _) = Read(Text("局机关内设6个股室。核定行政编制14名、事业编制9名，在职人员21人。"));
        Assert.Null(JsonAt(read, "/personnel/authorizedPositions"));
        Assert.Equal("21", JsonAt(read, "/personnel/active/count"));
        Assert.Equal("6", JsonAt(read, "/entity/internalDivisionCount"));
    }

    /// <summary>A 离退休 count with no serving staff before it in its sentence is left (the people a unit may serve).</summary>
    [Fact]
    public void RetireesAlone_AreLeft()
    {
        var (read, _) = Read(Text("负责全县老干部工作。离退休人员412人分布在各乡镇。"));
        Assert.Null(JsonAt(read, "/personnel/retired"));
    }
}
