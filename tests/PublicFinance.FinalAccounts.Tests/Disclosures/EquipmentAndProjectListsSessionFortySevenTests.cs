using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (schema47, schema 1.12, rules spec 5.7): equipment held at a unit-price threshold the older members do not
/// carry (<c>assets/equipmentHoldings</c>; NarrativeReader.EquipmentThresholds.cs) and the named projects of the 项目支出
/// (<c>expenditure/projectItems</c>, <c>otherProjects</c>; FA1216; NarrativeReader.ProjectLists.cs). Invented texts, none
/// copied from a blind round; negatives: a kind with no threshold, a purchase of the year, a list of purposes without
/// amounts, a list under an appropriation's 项目支出, an entry 其他… that does not name the other projects.
/// </summary>
public class EquipmentAndProjectListsSessionFortySevenTests
{
    private const string AssetsHead = "东山县气象局2024年度部门决算说明\n一、国有资产占用情况说明\n";

    private const string ExpenditureHead = "东山县气象局2024年度部门决算说明\n三、支出决算情况说明\n";

    private const string Holdings = "/narrative/assets/equipmentHoldings/";

    private const string Expenditure = "/narrative/expenditure/";

    /// <summary>A count at a threshold the older members lack is a holding with its threshold, kind and count as written.</summary>
    [Theory]
    [InlineData("截至2024年12月31日，单价50万元以上设备3台（套）。", "50", null, "unspecified", "3")]
    [InlineData("截至2024年12月31日，单价50万元（含）以上设备2台（套），均为雷达观测设备。", "50", "inclusive", "unspecified", "2")]
    [InlineData("截至2024年12月31日，单价50万元以上专用设备4台（套），为自动气象站。", "50", null, "special", "4")]
    [InlineData("截至2024年12月31日，单价100万元以上通用设备1台（套）。", "100", null, "general", "1")]
    [InlineData("截至2024年12月31日，单价20万元及以上设备6台（套）。", "20", "inclusive", "unspecified", "6")]
    public void ACountAtAnotherThreshold_IsAHolding(string paragraph, string threshold, string? inclusion, string kind, string count)
    {
        var (read, diagnostics) = Read(AssetsHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(threshold, JsonAt(read, Holdings + "0/priceThreshold"));
        Assert.Equal("wanYuan", JsonAt(read, Holdings + "0/priceThresholdUnit"));
        Assert.Equal(inclusion, JsonAt(read, Holdings + "0/inclusion"));
        Assert.Equal(kind, JsonAt(read, Holdings + "0/kind"));
        Assert.Equal(count, At(read, Holdings + "0/count"));
        Assert.Null(JsonAt(read, "/narrative/assets/largeEquipmentCount"));
        Assert.Equal("1.12", read.Report.SchemaVersion);
    }

    /// <summary>
    /// The value after a holding is the holding's; the template counts keep their members (通用 at 50, 专用 at 100, every
    /// kind at 100) and are not repeated in the list.
    /// </summary>
    [Fact]
    public void TemplateCountsKeepTheirMembers_AndAValueFollowsItsHolding()
    {
        var (read, diagnostics) = Read(AssetsHead + "截至2024年12月31日，单价50万元以上通用设备2台（套），单价100万元以上专用设备1台（套）；"
            + "单价50万元以上专用设备3台（套），价值412.60万元；单价50万元以上设备37台（套），其中单价100万元以上设备11台（套）。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2", At(read, "/narrative/assets/generalEquipmentCount"));
        Assert.Equal("1", At(read, "/narrative/assets/specialEquipmentCount"));
        Assert.Equal("11", At(read, "/narrative/assets/largeEquipmentCount"));
        Assert.Equal("special", JsonAt(read, Holdings + "0/kind"));
        Assert.Equal("3", At(read, Holdings + "0/count"));
        Assert.Equal("412.60", At(read, Holdings + "0/value"));
        Assert.Equal("unspecified", JsonAt(read, Holdings + "1/kind"));
        Assert.Equal("37", At(read, Holdings + "1/count"));
        Assert.Null(JsonAt(read, Holdings + "2/count"));
    }

    /// <summary>Near misses stay notes: no threshold written, both kinds in one count, a purchase of the year.</summary>
    [Theory]
    [InlineData("截至2024年12月31日，大型专用设备2台（套）。")]
    [InlineData("截至2024年12月31日，单价50万元以上通用设备和专用设备3台（套）。")]
    [InlineData("截至2024年12月31日，本年新购置单价50万元以上设备1台（套）。")]
    public void EquipmentNearMisses_AreNotHoldings(string paragraph)
    {
        var (read, diagnostics) = Read(AssetsHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Holdings + "0/count"));
        Assert.Null(JsonAt(read, "/narrative/assets/largeEquipmentCount"));
        Assert.NotEmpty(read.Notes);
    }

    /// <summary>A list of named projects under the 项目支出, closed by 其他项目 or open, with its wordings; no Error.</summary>
    [Theory]
    [InlineData("项目支出主要包括：", "，其他项目329.20万元", "329.20")]
    [InlineData("项目支出具体包括：", "，其余项目合计329.20万元", "329.20")]
    [InlineData("项目支出主要用于：", "", null)]
    public void AProjectList_IsRead(string opening, string rest, string? other)
    {
        var (read, diagnostics) = Read(ExpenditureHead + "2024年度本年支出合计4800.00万元，其中：基本支出2000.00万元，占41.67%；"
            + "项目支出2800.00万元，占58.33%。" + opening + "人工影响天气作业1200.00万元，“气象灾害预警工程”850.50万元，"
            + "农业气象服务站运行420.30万元" + rest + "。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("人工影响天气作业", JsonAt(read, Expenditure + "projectItems/0/name"));
        Assert.Equal("1200.00", At(read, Expenditure + "projectItems/0/amount"));
        Assert.Equal("气象灾害预警工程", JsonAt(read, Expenditure + "projectItems/1/name"));
        Assert.Equal("420.30", At(read, Expenditure + "projectItems/2/amount"));
        Assert.Null(JsonAt(read, Expenditure + "projectItems/3/name"));
        Assert.Equal(other, At(read, Expenditure + "otherProjects"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1216" && d.Severity != Severity.Info);
        Assert.Equal("1.12", read.Report.SchemaVersion);
    }

    /// <summary>
    /// A list whose entries "；" separates runs to the sentence's end; a quote inside a name stays; a list written with commas
    /// ends at its first "；" (what follows is not an entry).
    /// </summary>
    [Fact]
    public void ASemicolonList_RunsOn_AndACommaListEndsAtItsSemicolon()
    {
        var (read, diagnostics) = Read(ExpenditureHead + "项目支出300.00万元。项目支出主要用于：防雷检测培训68.40万元；“智慧气象”服务项目112.65万元；"
            + "其他项目118.95万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("“智慧气象”服务项目", JsonAt(read, Expenditure + "projectItems/1/name"));
        Assert.Equal("118.95", At(read, Expenditure + "otherProjects"));
        (read, _) = Read(ExpenditureHead + "项目支出300.00万元。项目支出主要用于：防雷检测培训68.40万元，气象服务112.65万元；"
            + "另有台站维修118.95万元。\n");
        Assert.Equal("气象服务", JsonAt(read, Expenditure + "projectItems/1/name"));
        Assert.Null(JsonAt(read, Expenditure + "projectItems/2/name"));
    }

    /// <summary>A list after the 项目支出's own figure ("项目支出 X 万元，具体包括：") is read too; one that exceeds it is FA1216's Error.</summary>
    [Fact]
    public void AListAboveItsProjectExpenditure_IsAnError()
    {
        var (read, diagnostics) = Read(ExpenditureHead + "2024年度本年支出合计4800.00万元，其中：基本支出2000.00万元；"
            + "项目支出2800.00万元，具体包括：人工影响天气作业1200.00万元，气象灾害预警工程850.50万元，其他项目769.50万元。\n");
        Assert.Equal("769.50", At(read, Expenditure + "otherProjects"));
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA1216");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(Expenditure + "otherProjects", finding.Pointers);
    }

    /// <summary>
    /// Near misses: purposes without amounts, a list under the 一般公共预算财政拨款 项目支出 (another basis: a note), an entry
    /// 其他… that does not name the other projects (a note), a list of 项 in the general-budget section.
    /// </summary>
    [Theory]
    [InlineData("项目支出2800.00万元，主要用于人工影响天气作业、气象灾害预警等。", false)]
    [InlineData("项目支出2800.00万元。一般公共预算财政拨款项目支出主要包括：人工影响天气作业1200.00万元，气象灾害预警工程850.50万元。", true)]
    [InlineData("项目支出2800.00万元。项目支出主要包括：其他专项经费120.00万元。", true)]
    public void ProjectListNearMisses_AreNotItems(string paragraph, bool noted)
    {
        var (read, diagnostics) = Read(ExpenditureHead + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2800.00", At(read, Expenditure + "project/amount"));
        Assert.Null(JsonAt(read, Expenditure + "projectItems/0/name"));
        Assert.Null(At(read, Expenditure + "otherProjects"));
        Assert.Equal(noted, read.Notes.Any(n => n.MessageEn.Contains("list of the project expenditure", StringComparison.Ordinal)
            || n.MessageEn.Contains("project expenditure of another basis", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Any closed list that adds up to its 项目支出 passes FA1216; one whose remainder is off by more than rounding fails
    /// it with an Error; an open list below the 项目支出 is not applicable.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool AClosedConsistentList_Passes_AndAnOffsetBeyondRounding_Fails(uint first, uint second, uint other, short offset)
    {
        var a = (int)(first % 5000000);
        var b2 = (int)(second % 5000000);
        var o = (int)(other % 5000000);
        var k = offset % 400;
        var extra = k is >= 0 and < 3 ? k + 3 : k is < 0 and > -3 ? k - 3 : k;
        var total = a + b2 + o;
        Severity? Finding(int remainder, bool closed) => Validator.Default.Validate(Listed(total, a, b2, closed ? remainder : null))
            .Diagnostics.Where(d => d.RuleId == "FA1216").Select(d => (Severity?)d.Severity).FirstOrDefault();
        return Finding(o, closed: true) is null
            && (o + extra < 0 || Finding(o + extra, closed: true) == Severity.Error)
            && Finding(0, closed: false) is null or Severity.Info;   // an open list within rounding of its total: an Info
    }

    /// <summary>The new members round-trip through JSON exactly, valid against the published schema, and make the report 1.12.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = Listed(280000, 120000, 85050, 74950) with { SchemaVersion = "1.12" };
        report = report with
        {
            Narrative = report.Narrative! with
            {
                Assets = new AssetsStatement
                {
                    EquipmentHoldings =
                    [
                        new EquipmentHolding
                        {
                            PriceThreshold = Amount.Parse("50"), PriceThresholdUnit = AmountUnit.WanYuan,
                            Inclusion = ThresholdInclusion.Inclusive, Kind = EquipmentKind.Special, Count = 4,
                            Value = Amount.Parse("412.60"),
                        },
                        new EquipmentHolding
                        {
                            PriceThreshold = Amount.Parse("500000"), PriceThresholdUnit = AmountUnit.Yuan, Kind = EquipmentKind.Unspecified,
                            Count = 0,
                        },
                    ],
                },
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"priceThresholdUnit\":\"yuan\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inclusion\":\"inclusive\"", json, StringComparison.Ordinal);
        Assert.Contains("\"otherProjects\":\"749.50\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.12");
        Assert.DoesNotContain(Validator.Default.Validate(report).Diagnostics, d => d.Severity == Severity.Error);
    }

    /// <summary>A 1.11 document still reads and is written back as 1.11; negatives and a zero threshold are refused.</summary>
    [Fact]
    public void AOnePointElevenDocument_StillReads_AndInvalidValuesAreRefused()
    {
        const string Json = "{\"schemaVersion\":\"1.11\",\"entity\":{\"name\":\"测试单位\",\"fiscalYear\":2024},"
            + "\"narrative\":{\"expenditure\":{\"project\":{\"amount\":\"2800.00\"}},\"assets\":{\"largeEquipmentCount\":2}}}";
        var report = FinalAccountsJson.Deserialize(Json);
        Assert.Equal("1.11", report.SchemaVersion);
        Assert.Contains("\"schemaVersion\":\"1.11\"", FinalAccountsJson.Serialize(report, indented: false), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExpenditureStatement { OtherProjects = Amount.Parse("-1.00") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProjectExpenditureItem { Name = "甲", Amount = Amount.Parse("-1.00") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EquipmentHolding
        {
            PriceThreshold = Amount.Parse("0"), PriceThresholdUnit = AmountUnit.WanYuan, Kind = EquipmentKind.General, Count = 1,
        });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EquipmentHolding
        {
            PriceThreshold = Amount.Parse("50"), PriceThresholdUnit = AmountUnit.WanYuan, Kind = EquipmentKind.General, Count = -1,
        });
        Assert.ThrowsAny<Exception>(() => FinalAccountsJson.Deserialize(Json.Replace("\"1.11\"", "\"1.12\"", StringComparison.Ordinal)
            .Replace("\"largeEquipmentCount\":2", "\"equipmentHoldings\":[{\"priceThreshold\":\"50\",\"priceThresholdUnit\":\"wanYuan\","
                + "\"kind\":\"general\",\"count\":1,\"value\":\"-3.00\"}]", StringComparison.Ordinal)));
    }

    /// <summary>A report whose 项目支出 (in cents) lists two projects and, when not null, the other projects.</summary>
    private static FinalAccountsReport Listed(int project, int first, int second, int? other) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Expenditure = new ExpenditureStatement
            {
                Project = new StatedFigure { Amount = Cents(project) },
                ProjectItems =
                [
                    new ProjectExpenditureItem { Name = "人工影响天气作业", Amount = Cents(first) },
                    new ProjectExpenditureItem { Name = "气象灾害预警工程", Amount = Cents(second) },
                ],
                OtherProjects = other is { } o ? Cents(o) : null,
            },
        },
    };

    private static Amount Cents(int cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
