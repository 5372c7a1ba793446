using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The figures of schema 1.4 (issue 8, recall): equipment by kind (通用设备, 专用设备), the vehicle kinds 校车 and 殡葬车, the SME
/// contracts by purchase kind (货物/工程/服务) and the 绩效自评 count, funds and score — read from invented texts in several
/// wordings each (Traditional too), kept as written through JSON, and checked by FA4103/FA4104. Every text is consistent
/// unless a test says otherwise, so no Error may be raised on it.
/// </summary>
public class SchemaOneFourReaderTests
{
    private const string Assets = "某县某局2024年度部门决算说明\n八、国有资产占用情况\n";

    private const string Procurement = "某县某局2024年度部门决算说明\n七、政府采购支出情况\n";

    private const string Performance = "某县某局2024年度部门决算说明\n九、预算绩效管理情况\n";

    // ---- equipment by kind ------------------------------------------------------------------------------------------

    /// <summary>
    /// The 2018–2020 template's two equipment counts at their thresholds (50万元 通用, 100万元 专用): each in its own member, and
    /// neither is the model's 单价100万元以上设备 (all kinds), which stays absent.
    /// </summary>
    [Theory]
    [InlineData("截至2024年12月31日，本部门共有车辆2辆；单价50万元（含）以上通用设备3台（套），单价100万元（含）以上专用设备1台（套）。", 3, 1)]
    [InlineData("单价50万元以上通用设备 3 台，单价100万元以上专用设备 1 台。", 3, 1)]
    [InlineData("单价100万元（含）以上专用设备1台（套），单价50万元（含）以上通用设备0台（套）。", 0, 1)]
    [InlineData("截至2024年12月31日，單價50萬元（含）以上通用設備3臺（套），單價100萬元（含）以上專用設備1臺（套）。", 3, 1)]
    public void EquipmentByKind_AtTheTemplateThresholds(string sentence, int general, int special)
    {
        var (read, diagnostics) = Read(Assets + sentence + "\n");
        var assets = read.Report.Narrative!.Assets!;
        Assert.Equal(general, assets.GeneralEquipmentCount);
        Assert.Equal(special, assets.SpecialEquipmentCount);
        Assert.Null(assets.LargeEquipmentCount);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A count at a threshold the model has no member for (单价20万元以上通用设备) stays a note, and the 2021 template's
    /// 单价100万元以上设备 (all kinds) is still the large-equipment count.
    /// </summary>
    [Fact]
    public void Equipment_AtAnotherThreshold_IsAHolding_AndAllKindsAt100_IsTheLargeCount()
    {
        // Session 47 (schema 1.12): the count at another threshold, a note until then, is a holding with its threshold.
        var (read, _) = Read(Assets + "单价20万元以上通用设备4台（套）。单价100万元（含）以上设备（不含车辆）2台（套）。\n");
        var assets = read.Report.Narrative!.Assets!;
        Assert.Null(assets.GeneralEquipmentCount);
        Assert.Null(assets.SpecialEquipmentCount);
        Assert.Equal(2, assets.LargeEquipmentCount);
        var holding = Assert.Single(assets.EquipmentHoldings);
        Assert.Equal((20m, EquipmentKind.General, 4), (holding.PriceThreshold.Value, holding.Kind, holding.Count));
    }

    // ---- vehicle kinds ----------------------------------------------------------------------------------------------

    /// <summary>
    /// 校车 and 殡葬车 listed among the fleet's kinds are categories of their own, so the categories add up (FA4201): 6 = 2 + 1 + 2
    /// + 1. A wording other than the standard one keeps its label.
    /// </summary>
    [Theory]
    [InlineData("校车", VehicleCategory.SchoolBus, null)]
    [InlineData("殡葬车", VehicleCategory.FuneralVehicle, null)]
    [InlineData("殡仪车", VehicleCategory.FuneralVehicle, "殡仪车")]
    [InlineData("殯葬車", VehicleCategory.FuneralVehicle, null)]
    public void ListedVehicleKinds_AreCategories(string kind, VehicleCategory category, string? label)
    {
        var (read, diagnostics) = Read(Assets
            + "截至2024年12月31日，本单位共有车辆6辆，其中：执法执勤用车2辆，特种专业技术用车1辆，" + kind + "2辆，其他用车1辆。\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(6, vehicles.Count);
        var entry = Assert.Single(vehicles.Categories, c => c.Category == category);
        Assert.Equal(2, entry.Count);
        Assert.Equal(label, entry.Label);
        Assert.Equal(6, vehicles.Categories.Sum(c => c.Count));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA4201" or "FA4202");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// 校车 and 殡葬车 in brackets after another kind are parts of that kind, not kinds of the fleet: notes, and the categories
    /// still add up (2 = 2; 5 = 1 + 1 + 3).
    /// </summary>
    [Theory]
    [InlineData("本单位共有车辆2辆，其中：其他用车2辆（校车1辆、实训教学用车1辆）。", 2)]
    [InlineData("本部门共有车辆5辆，其中，机要通信用车1辆、应急保障用车1辆、其他用车3辆（殡葬服务车辆2辆、救助巡查车1辆）。", 5)]
    public void AKindInBrackets_IsAPartOfAnother_NotAKind(string sentence, int total)
    {
        var (read, diagnostics) = Read(Assets + "截至2024年12月31日，" + sentence + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(total, vehicles.Count);
        Assert.DoesNotContain(vehicles.Categories, c => c.Category is VehicleCategory.SchoolBus or VehicleCategory.FuneralVehicle);
        Assert.Equal(total, vehicles.Categories.Sum(c => c.Count));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA4201");
    }

    /// <summary>A purchase of 校车 (新购置) is no kind of the fleet, nor its total: a note, and the total stays 6.</summary>
    [Theory]
    [InlineData("本年新购置校车2辆。")]
    [InlineData("报废殡葬车1辆。")]
    public void AChangeOfAKind_IsANote_NotTheTotal(string sentence)
    {
        var (read, _) = Read(Assets + "截至2024年12月31日，本单位共有车辆6辆。" + sentence + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(6, vehicles.Count);
        Assert.Empty(vehicles.Categories);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.UnplacedCount(string.Empty).En);
    }

    // ---- SME contracts by purchase kind -----------------------------------------------------------------------------

    private const string CentralTemplate =
        "2024年度，本部门政府采购支出总额100.00万元，其中：政府采购货物支出60.00万元、政府采购工程支出0.00万元、政府采购服务支出40.00万元。"
        + "授予中小企业合同金额80.00万元，占政府采购支出总额的80.00%，其中：授予小微企业合同金额50.00万元，占授予中小企业合同金额的62.50%；";

    /// <summary>
    /// The central template states the kinds' SME parts as shares of each kind only. By hand: 60 × 75% = 45 and 40 × 87.5% =
    /// 35, so 45 + 0 + 35 = 80, the SME total — a consistent text; the parts have no amount, so FA4103 could not run.
    /// </summary>
    [Theory]
    [InlineData("货物采购授予中小企业合同金额占货物支出金额的75.00%，工程采购授予中小企业合同金额占工程支出金额的0.00%，"
        + "服务采购授予中小企业合同金额占服务支出金额的87.50%。")]
    [InlineData("货物采购授予中小企业合同金额占货物支出金额的75.00%；工程采购授予中小企业合同金额占工程支出金额的0.00%；"
        + "服务采购授予中小企业合同金额占服务支出金额的 87.50 %。")]
    public void CentralTemplate_KindShares(string kinds)
    {
        var (read, diagnostics) = Read(Procurement + CentralTemplate + kinds + "\n");
        var procurement = read.Report.Narrative!.Procurement!;
        Assert.Equal("80.00", procurement.SmeContracts!.Amount.ToString());
        Assert.Equal("75.00%", procurement.SmeGoods!.Share.ToString());
        Assert.Equal("0.00%", procurement.SmeWorks!.Share.ToString());
        Assert.Equal("87.50%", procurement.SmeServices!.Share.ToString());
        Assert.Null(procurement.SmeGoods.Amount);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The kinds' SME amounts, named each time or listed after the SME total: 30 + 20 + 30 = 80 (FA4103 passes) and each is at
    /// most its kind (30 ≤ 60, 20 ≤ 20, 30 ≤ 40: FA4104 passes).
    /// </summary>
    [Theory]
    [InlineData("授予中小企业合同金额80.00万元，其中：货物30.00万元、工程20.00万元、服务30.00万元。")]
    [InlineData("授予中小企业合同金额80.00万元，其中货物类30.00万元，工程类20.00万元，服务类30.00万元。")]
    [InlineData("授予中小企业合同金额80.00万元。货物采购授予中小企业合同金额30.00万元，工程采购授予中小企业合同金额20.00万元，"
        + "服务采购授予中小企业合同金额30.00万元。")]
    [InlineData("授予中小企業合同金額80.00萬元，其中：貨物30.00萬元、工程20.00萬元、服務30.00萬元。")]
    public void KindAmounts_AfterTheSmeTotal(string sentence)
    {
        var (read, diagnostics) = Read(Procurement
            + "2024年度，本部门政府采购支出总额120.00万元，其中：货物支出60.00万元、工程支出20.00万元、服务支出40.00万元。"
            + sentence + "\n");
        var procurement = read.Report.Narrative!.Procurement!;
        Assert.Equal("60.00", procurement.Goods!.Amount.ToString());
        Assert.Equal("80.00", procurement.SmeContracts!.Amount.ToString());
        Assert.Equal("30.00", procurement.SmeGoods!.Amount.ToString());
        Assert.Equal("20.00", procurement.SmeWorks!.Amount.ToString());
        Assert.Equal("30.00", procurement.SmeServices!.Amount.ToString());
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The kinds named once and their amounts given respectively (分别为): 36.80 + 100.00 + 165.30 = 302.10, the SME total; each
    /// at most its kind (36.80 ≤ 46.84, 100.00 ≤ 120.00, 165.30 ≤ 219.70). The share of the 小微 part stays a note.
    /// </summary>
    [Theory]
    [InlineData("货物、工程、服务中授予中小企业合同金额分别为36.80万元、100.00万元、165.30万元。")]
    [InlineData("授予中小企业合同金额中，货物、工程和服务分别为36.80万元、100.00万元和165.30万元。")]
    public void KindAmounts_GivenRespectively(string sentence)
    {
        var (read, diagnostics) = Read(Procurement
            + "本部门2023年度政府采购支出总额386.54万元，其中：政府采购货物支出46.84万元、政府采购工程支出120.00万元、政府采购服务支出219.70万元。"
            + "授予中小企业合同金额302.10万元，占政府采购支出总额的78.15%，其中：授予小微企业合同金额205.30万元，占政府采购支出总额的53.11%；"
            + sentence + "\n");
        var procurement = read.Report.Narrative!.Procurement!;
        Assert.Equal("302.10", procurement.SmeContracts!.Amount.ToString());
        Assert.Equal("36.80", procurement.SmeGoods!.Amount.ToString());
        Assert.Equal("100.00", procurement.SmeWorks!.Amount.ToString());
        Assert.Equal("165.30", procurement.SmeServices!.Amount.ToString());
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA8003" or "FA4103" or "FA4104");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The same list with a planted error: 30 + 20 + 40 = 90 ≠ 80 (FA4103), and 40 of services awarded to SMEs out of 35 of
    /// services (FA4104) — both Errors, each at its figures.
    /// </summary>
    [Fact]
    public void KindAmounts_ThatDoNotAddUp_AreFindings()
    {
        var (_, diagnostics) = Read(Procurement
            + "2024年度，本部门政府采购支出总额115.00万元，其中：货物支出60.00万元、工程支出20.00万元、服务支出35.00万元。"
            + "授予中小企业合同金额80.00万元，其中：货物30.00万元、工程20.00万元、服务40.00万元。\n");
        var sum = Assert.Single(diagnostics, d => d.RuleId == "FA4103");
        Assert.Equal("/narrative/procurement/smeContracts/amount", sum.Pointers[0]);
        var part = Assert.Single(diagnostics, d => d.RuleId == "FA4104");
        Assert.Equal("/narrative/procurement/smeServices/amount", part.Pointers[0]);
    }

    /// <summary>
    /// The kinds of the whole procurement listed before the SME total stay the procurement's own (no SME part), and a share
    /// of another base (占授予中小企业合同金额的…) is a note, not the part's share.
    /// </summary>
    [Fact]
    public void KindsBeforeTheSmeTotal_AndSharesOfAnotherBase_AreNotParts()
    {
        var (read, _) = Read(Procurement
            + "2024年度，本部门政府采购支出总额100.00万元，其中：货物60.00万元、工程0.00万元、服务40.00万元；授予中小企业合同金额80.00万元。"
            + "货物采购授予中小企业合同金额占授予中小企业合同金额的56.25%。\n");
        var procurement = read.Report.Narrative!.Procurement!;
        Assert.Equal("60.00", procurement.Goods!.Amount.ToString());
        Assert.Null(procurement.SmeGoods);
        Assert.Null(procurement.SmeWorks);
        Assert.Null(procurement.SmeServices);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ShareOfAnotherBase.En);
    }

    // ---- 绩效自评 ------------------------------------------------------------------------------------------------------

    /// <summary>
    /// The count of evaluated projects written after the count or with 涉及, the funds they cover, and the department's score.
    /// </summary>
    [Theory]
    [InlineData("2024年度，本部门对12个项目开展绩效自评，涉及资金3,456.78万元。部门整体支出绩效自评得分95.5分，自评等级为优。",
        12, "3456.78", "95.5")]
    [InlineData("本部门组织开展项目支出绩效自评，共涉及项目12个，涉及资金3456.78万元。部门整体绩效自评综合评分为95.5分。",
        12, "3456.78", "95.5")]
    [InlineData("本部門對12個項目開展績效自評，涉及資金3,456.78萬元。部門整體支出績效自評得分95.5分。", 12, "3456.78", "95.5")]
    [InlineData("部门整体支出绩效自评综合得分 92 分，等级为优。", null, null, "92")]
    [InlineData("组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目21个，资金2654.18万元。另开展部门整体支出绩效评价，自评得分93.6分。",
        21, "2654.18", "93.6")]
    [InlineData("本镇对2020年度全部8个项目开展了绩效自评，涉及资金1313.58万元。部门整体自评得分为 90.00 分。", 8, "1313.58", "90.00")]
    public void SelfEvaluation_CountFundsAndScore(string sentence, int? count, string? funds, string score)
    {
        var (read, diagnostics) = Read(Performance + sentence + "\n");
        var performance = read.Report.Performance!;
        Assert.Equal(count, performance.ProjectEvaluationCount);
        Assert.Equal(funds, performance.ProjectFunds?.ToString());
        Assert.Null(performance.ProjectBudget);   // 涉及资金 is not said to be the budget
        Assert.Equal(score, performance.SelfEvaluationScore?.ToString());
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>An average of the projects' scores, or one project's, is not the department's score.</summary>
    [Theory]
    [InlineData("本部门对12个项目开展绩效自评，项目平均得分90分。")]
    [InlineData("其中，农田建设项目自评得分88分。")]
    [InlineData("绩效自评总分100分，其中产出指标50分。")]
    [InlineData("本部门对8个项目开展了绩效自评，自评得分均在90分以上。")]
    [InlineData("部门整体支出绩效自评得分达90分以上。")]
    public void ProjectScores_AreNotTheDepartments(string sentence)
    {
        var (read, _) = Read(Performance + sentence + "\n");
        Assert.Null(read.Report.Performance?.SelfEvaluationScore);
    }

    /// <summary>
    /// 涉及资金 of another sentence, about one project evaluated by the department (部门评价), is not the funds of the evaluated
    /// projects: those stay 4703.75.
    /// </summary>
    [Fact]
    public void OneProjectsFunds_InAnotherSentence_AreNotTheEvaluatedProjects()
    {
        var (read, _) = Read(Performance + "本街道2024年度对所有项目开展了绩效自评，共涉及项目38个，涉及资金4703.75万元。"
            + "同时对“重大公共卫生服务”项目开展部门评价，涉及资金186.35万元，自评得分92分，评价等级为“优”。\n");
        var performance = read.Report.Performance!;
        Assert.Equal(38, performance.ProjectEvaluationCount);
        Assert.Equal("4703.75", performance.ProjectFunds?.ToString());
        Assert.Null(performance.SelfEvaluationScore);
    }

    // ---- the contract ------------------------------------------------------------------------------------------------

    /// <summary>Every 1.4 member is written and read back as written (decimals kept), under schemaVersion 1.4.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                Assets = new AssetsStatement
                {
                    GeneralEquipmentCount = 3, SpecialEquipmentCount = 0,
                    Vehicles = new VehicleHoldings
                    {
                        Count = 2, Categories = [new() { Category = VehicleCategory.SchoolBus, Count = 1 },
                            new() { Category = VehicleCategory.FuneralVehicle, Count = 1, Label = "殡仪车" }],
                    },
                },
                Procurement = new ProcurementStatement
                {
                    SmeGoods = new SmeKindContracts { Amount = Amount.Parse("30.0"), Share = Percent.Parse("50.00") },
                    SmeWorks = new SmeKindContracts { Share = Percent.Parse("0") },
                },
            },
            Performance = new PerformanceStatement
            {
                ProjectFunds = Amount.Parse("3456.780"), SelfEvaluationScore = Quantity.Parse("95.50"),
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"schemaVersion\":\"" + FinalAccountsReport.CurrentSchemaVersion + "\"", json);   // the current version
        Assert.Contains("\"smeGoods\":{\"amount\":\"30.0\",\"share\":\"50.00\"}", json);
        Assert.Contains("\"category\":\"schoolBus\"", json);
        Assert.Contains("\"selfEvaluationScore\":\"95.50\"", json);
        var back = FinalAccountsJson.Deserialize(json);
        Assert.Equal(report, back);
        Assert.Equal(json, FinalAccountsJson.Serialize(back, indented: false));
    }

    /// <summary>The model refuses what has no sign in its meaning: a negative count, share or score.</summary>
    [Fact]
    public void TheModel_RefusesNegativeCountsSharesAndScores()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssetsStatement { GeneralEquipmentCount = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssetsStatement { SpecialEquipmentCount = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmeKindContracts { Share = Percent.Parse("-0.01") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceStatement { SelfEvaluationScore = Quantity.Parse("-1") });
        Assert.Equal(0, new AssetsStatement { GeneralEquipmentCount = 0 }.GeneralEquipmentCount);
    }

    /// <summary>
    /// The invariant of the SME parts: whatever the kinds' amounts (in fen, written with 2 decimals), parts of at most each
    /// kind that add up to the SME total pass FA4103 and FA4104; raising the total by 0.03 (beyond the rounding slack of the
    /// four figures of 2 decimals, 4 × 0.005 = 0.02, where closed intervals still touch) makes FA4103 fail.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property SmeParts_WithinTheirKinds_AndAddingUp_Pass(PositiveInt goods, NonNegativeInt works, PositiveInt services, byte percent)
    {
        static Amount Fen(long fen) => Amount.FromDecimal(fen / 100m, 2);
        var share = percent % 101;
        long[] kinds = [goods.Get, works.Get, services.Get];
        var parts = kinds.Select(k => k * share / 100).ToArray();
        var report = ProcurementReport(kinds.Select(Fen).ToArray(), parts.Select(Fen).ToArray(), Fen(parts.Sum()));
        var result = Validator.Default.Validate(report);
        var planted = Validator.Default.Validate(ProcurementReport(kinds.Select(Fen).ToArray(),
            parts.Select(Fen).ToArray(), Fen(parts.Sum() + 3)));
        var passes = !result.Diagnostics.Any(d => d.RuleId is "FA4103" or "FA4104" && d.Severity == Severity.Error);
        var caught = planted.Diagnostics.Any(d => d.RuleId == "FA4103" && d.Severity == Severity.Error);
        return (passes && caught).Label($"passes={passes} caught={caught}");
    }

    private static FinalAccountsReport ProcurementReport(Amount[] kinds, Amount[] parts, Amount smeTotal) => new()
    {
        Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Procurement = new ProcurementStatement
            {
                Total = new StatedFigure { Amount = kinds.Aggregate((a, b) => a + b) },
                Goods = new StatedFigure { Amount = kinds[0] },
                Works = new StatedFigure { Amount = kinds[1] },
                Services = new StatedFigure { Amount = kinds[2] },
                SmeContracts = new StatedFigure { Amount = smeTotal },
                SmeGoods = new SmeKindContracts { Amount = parts[0] },
                SmeWorks = new SmeKindContracts { Amount = parts[1] },
                SmeServices = new SmeKindContracts { Amount = parts[2] },
            },
        },
    };
}
