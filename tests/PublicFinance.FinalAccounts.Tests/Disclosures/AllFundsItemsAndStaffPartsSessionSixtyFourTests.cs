using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 64 (schema116, schema 1.16; blind rounds 58 t04, 59 t07, 60 t09): the 项 lines of the all-funds 支出决算情况
/// (<c>/narrative/expenditure/items</c>), the count of the units in the accounts (<c>/entity/unitCount</c>) and the 行政 / 事业
/// parts of the establishment and the staff (<c>/personnel/administrativePositions</c> …) — before, located notes for want of
/// a member. Invented texts only, with near misses that stay notes.
/// </summary>
public sealed class AllFundsItemsAndStaffPartsSessionSixtyFourTests
{
    private const string Title = "白杨县水文站2023年度单位决算说明\n";

    private const string Items = "/narrative/expenditure/items/";

    /// <summary>The colon form with a change and a reason: each line is an item with its code, amount and change.</summary>
    [Fact]
    public void ColonLines_AreItemsWithTheirChanges()
    {
        var (read, diagnostics) = Read(Title + "四、支出决算情况\n"
            + "本年支出合计1 024.60万元，其中：基本支出724.60万元，占70.72%；项目支出300.00万元，占29.28%。按支出功能分类科目分：\n"
            + "水利行业业务管理（2130306）：612.40万元，比上年决算增加32.40万元，增长5.59%，因监测站点增加；\n"
            + "水文测报（2130310）：300.00万元，比上年决算减少20.00万元，下降6.25%；\n"
            + "住房公积金（2210201）：112.20万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130306", JsonAt(read, Items + "0/code"));
        Assert.Equal("612.40", JsonAt(read, Items + "0/amount"));
        Assert.Equal("32.40", JsonAt(read, Items + "0/change/amount"));
        Assert.Equal("5.59", JsonAt(read, Items + "0/change/rate"));
        Assert.Equal("decrease", JsonAt(read, Items + "1/change/direction"));
        Assert.Equal("112.20", JsonAt(read, Items + "2/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("1.16", read.Report.SchemaVersion);
    }

    /// <summary>"名称（编码）支出 X 万元": the bare 支出 is the item's amount, never 本年支出合计.</summary>
    [Fact]
    public void BareSpendingWord_IsTheItemsAmount()
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况\n"
            + "本年支出合计580.00万元。按支出功能分类科目分，水文测报（2130310）支出480.00万元，占82.76%；"
            + "住房公积金（2210201）支出100.00万元，比上年增加4.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("580.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("480.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("82.76", JsonAt(read, Items + "0/share"));
        Assert.Equal("100.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("4.00", JsonAt(read, Items + "1/change/amount"));
    }

    /// <summary>
    /// Near miss: an item's own 基本支出 / 项目支出 split is a note — never the section's 基本支出 or 项目支出 — and neither is a
    /// share after the split the item's.
    /// </summary>
    [Fact]
    public void ItemsSplit_StaysANote()
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况\n"
            + "本年支出合计900.00万元，其中：基本支出600.00万元；项目支出300.00万元。\n"
            + "水文测报（2130310）支出700.00万元，其中基本支出450.00万元，占64.29%，项目支出250.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("700.00", JsonAt(read, Items + "0/amount"));
        Assert.Null(JsonAt(read, Items + "0/share"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.True(Noted(read, "A part of an item of the expenditure of all funds"));
    }

    /// <summary>Near miss: a 类 under 支出决算 and a 项 of the 一般公共预算 section do not go to the all-funds list.</summary>
    [Fact]
    public void ClassesAndAppropriationItems_AreNotAllFundsItems()
    {
        var (read, _) = Read(Title + "三、支出决算情况\n"
            + "本年支出合计900.00万元。按支出功能分类，农林水支出（213）800.00万元。\n"
            + "四、一般公共预算财政拨款支出决算情况\n"
            + "一般公共预算财政拨款支出850.00万元。其中：水文测报（2130310）750.00万元。\n");
        Assert.Null(JsonAt(read, "/narrative/expenditure/items"));
        Assert.Equal("750.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
    }

    /// <summary>The count of the units in the accounts, in the three fixed phrasings.</summary>
    [Theory]
    [InlineData("纳入本部门2023年度部门决算编制范围的单位共3个，包括局机关和2个所属事业单位。", 3)]
    [InlineData("本部门决算单位共4个。", 4)]
    [InlineData("本部门决算由2个单位组成。", 2)]
    public void UnitCount_IsRead(string sentence, int count)
    {
        var (read, diagnostics) = Read("白杨县水利局2023年度部门决算说明\n一、部门基本情况\n" + sentence + "内设办公室、规划股等6个股室。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(count, read.Report.Entity.UnitCount);
        Assert.Equal("1.16", read.Report.SchemaVersion);
    }

    /// <summary>Near misses: a count of subordinate or second-level units only is not the accounts' count.</summary>
    [Theory]
    [InlineData("纳入本部门决算编制范围的二级预算单位3个。")]
    [InlineData("本局下设水文站、灌溉站等6个事业单位。")]
    [InlineData("本部门决算包括本级及所属3个单位的决算。")]
    public void SubordinateUnitCounts_AreNotTheUnitCount(string sentence)
    {
        var (read, _) = Read("白杨县水利局2023年度部门决算说明\n一、部门基本情况\n" + sentence + "\n");
        Assert.Null(read.Report.Entity.UnitCount);
    }

    /// <summary>The 行政 / 事业 parts of the staff after 中, with the retired read as before (FA4301's whole untouched).</summary>
    [Fact]
    public void StaffParts_AfterTheWhole_AreRead()
    {
        var (read, diagnostics) = Read("白杨县水利局2023年度部门决算说明\n一、机构设置及人员情况\n"
            + "年末实有人员64人，其中行政40人、事业16人、离退休8人。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(64, read.Report.Personnel?.Total?.Count);
        Assert.Equal(40, read.Report.Personnel?.AdministrativeStaff?.Count);
        Assert.Equal(16, read.Report.Personnel?.InstitutionalStaff?.Count);
        Assert.Equal(8, read.Report.Personnel?.Retired?.Count);
        Assert.Null(read.Report.Personnel?.AdministrativePositions);
    }

    /// <summary>The 行政编制 / 事业编制 parts, each with its own count; and 行政人员 / 事业人员 by name.</summary>
    [Fact]
    public void PositionsAndNamedStaffParts_AreRead()
    {
        var (read, diagnostics) = Read("白杨县水利局2023年度部门决算说明\n一、机构设置及人员情况\n"
            + "核定行政编制21名、事业编制9名。行政人员19人，事业人员8人。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(21, read.Report.Personnel?.AdministrativePositions?.Count);
        Assert.Equal(9, read.Report.Personnel?.InstitutionalPositions?.Count);
        Assert.Equal(19, read.Report.Personnel?.AdministrativeStaff?.Count);
        Assert.Equal(8, read.Report.Personnel?.InstitutionalStaff?.Count);
    }

    /// <summary>
    /// Near misses: the parts of the retired stay notes; a whole of both kinds of 编制 stays the establishment; a lone
    /// 行政编制 stays the establishment as before.
    /// </summary>
    [Fact]
    public void PartsOfTheRetiredAndWholes_AreNotParts()
    {
        var (retired, _) = Read("白杨县水利局2023年度部门决算说明\n一、机构设置及人员情况\n"
            + "在职人员30人，离退休人员20人，其中行政8人、事业12人。\n");
        Assert.Null(retired.Report.Personnel?.AdministrativeStaff);
        Assert.Null(retired.Report.Personnel?.InstitutionalStaff);
        Assert.Equal(20, retired.Report.Personnel?.Retired?.Count);

        var (whole, _) = Read("白杨县水利局2023年度部门决算说明\n一、机构设置及人员情况\n行政编制和事业编制共48名，实有在职人员45人。\n");
        Assert.Null(whole.Report.Personnel?.AdministrativePositions);
        Assert.Null(whole.Report.Personnel?.InstitutionalPositions);

        var (lone, _) = Read("白杨县水利局2023年度部门决算说明\n一、机构设置及人员情况\n核定行政编制30名，实有在职人员28人。\n");
        Assert.Equal(30, lone.Report.Personnel?.AuthorizedPositions?.Count);
        Assert.Null(lone.Report.Personnel?.AdministrativePositions);
    }

    /// <summary>The new members round-trip through the JSON contract, are schema-valid, and make the report's floor 1.16.</summary>
    [Fact]
    public void NewMembers_RoundTripAt116()
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "白杨县水利局", FiscalYear = 2023, UnitCount = 3 },
            Personnel = new Personnel
            {
                AdministrativePositions = new() { Count = 21 },
                InstitutionalPositions = new() { Count = 9, Change = -1 },
                AdministrativeStaff = new() { Count = 19 },
                InstitutionalStaff = new() { Count = 8 },
            },
            Narrative = new NarrativeSections
            {
                Expenditure = new ExpenditureStatement
                {
                    Items =
                    [
                        new FunctionalFigure
                        {
                            Code = FunctionalCode.FromDigits("2130310"), Name = "水文测报", Amount = Amount.Parse("480.00"),
                            PriorYearAmount = Amount.Parse("450.00"),
                        },
                    ],
                },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"unitCount\":3", json, StringComparison.Ordinal);
        Assert.Contains("\"items\":[{\"code\":\"2130310\"", json, StringComparison.Ordinal);
        Assert.Contains("\"institutionalPositions\":{\"count\":9,\"change\":-1}", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.16");
    }

    /// <summary>A negative count of units is refused by the model.</summary>
    [Fact]
    public void NegativeUnitCount_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingEntity { Name = "白杨县水利局", UnitCount = -1 });
}
