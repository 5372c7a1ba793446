using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The outside review of session 23 (contract and rules): the version a producer writes (the lowest minor whose members the
/// report uses), a white-space-only component name (schema and reader agree, located), FA2106 on the rows of a “三公” split
/// by class (a table states no reasons), and FA4203 on two differently labelled 其他资产 rows (and its message naming the
/// category as the contract does). Every text and report here is invented.
/// </summary>
public sealed class ReviewTwentyThreeBTests
{
    private static readonly Amount One = Amount.Parse("1.00");

    private static FinalAccountsReport Base(NarrativeSections narrative, PerformanceStatement? performance = null) => new()
    {
        Entity = new ReportingEntity { Name = "测试区卫生局", FiscalYear = 2024 },
        Narrative = narrative,
        Performance = performance,
    };

    /// <summary>The lowest minor version whose members each report uses, and the archived schema of it accepts the document.</summary>
    /// <param name="which">Which member the report carries.</param>
    /// <param name="expected">The version: a 1.5 member needs 1.5, a 1.4 member 1.4, a 1.3 vehicle kind 1.3, none 1.2.</param>
    [Theory]
    [InlineData("none", "1.2")]
    [InlineData("leadingCadres", "1.3")]
    [InlineData("generalEquipmentCount", "1.4")]
    [InlineData("projectFunds", "1.4")]
    [InlineData("schoolBus", "1.4")]
    [InlineData("components", "1.5")]
    [InlineData("generalBudgetIncome", "1.5")]
    [InlineData("byClass", "1.5")]
    [InlineData("schoolBusAndCategories", "1.5")]
    [InlineData("secondBudget", "1.6")]
    [InlineData("basicPersonnel", "1.7")]
    [InlineData("basicPublic", "1.7")]
    [InlineData("threePublicRates", "1.7")]
    [InlineData("evaluationsListed", "1.8")]
    [InlineData("gradeCounts", "1.9")]
    [InlineData("averageProjectScore", "1.9")]
    [InlineData("generalBudgetOpeningCarryOver", "1.10")]
    [InlineData("generalBudgetClosingCarryOver", "1.10")]
    [InlineData("microSmallShareOfSme", "1.10")]
    [InlineData("procurementBudget", "1.11")]
    [InlineData("procurementSavings", "1.11")]
    [InlineData("procurementSavingsRate", "1.11")]
    [InlineData("currentAssetsValue", "1.11")]
    [InlineData("fixedAssetsValue", "1.11")]
    [InlineData("intangibleAssetsValue", "1.11")]
    [InlineData("otherAssetsValue", "1.11")]
    [InlineData("evaluationCoverage", "1.11")]
    [InlineData("keyEvaluations", "1.11")]
    [InlineData("equipmentHoldings", "1.12")]
    [InlineData("projectItems", "1.12")]
    [InlineData("otherProjects", "1.12")]
    [InlineData("qianYuan", "1.14")]
    [InlineData("appropriationItemPrior", "1.13")]
    [InlineData("statedFigurePrior", "1.15")]
    public void VersionFloor_IsTheLowestMinorWithTheMembersUsed(string which, string expected)
    {
        static VehicleHoldings Vehicles(VehicleCategory c) => new() { Count = 1, Categories = [new() { Category = c, Count = 1 }] };
        var narrative = which switch
        {
            "leadingCadres" => new NarrativeSections
            {
                Assets = new AssetsStatement { Vehicles = Vehicles(VehicleCategory.LeadingCadres) },
            },
            "generalEquipmentCount" => new NarrativeSections { Assets = new AssetsStatement { GeneralEquipmentCount = 2 } },
            "schoolBus" => new NarrativeSections { Assets = new AssetsStatement { Vehicles = Vehicles(VehicleCategory.SchoolBus) } },
            "components" => new NarrativeSections
            {
                OperatingExpenses = new OperatingExpensesStatement { Components = [new() { Name = "办公费", Amount = One }] },
            },
            "generalBudgetIncome" => new NarrativeSections
            {
                GovernmentFund = new AppropriationStatement { GeneralBudgetIncome = new StatedFigure { Amount = One } },
            },
            "byClass" => new NarrativeSections { ThreePublic = new ThreePublicStatement { ByClass = new ThreePublicByClass() } },
            "schoolBusAndCategories" => new NarrativeSections
            {
                Assets = new AssetsStatement
                {
                    Vehicles = Vehicles(VehicleCategory.SchoolBus),
                    Categories = [new() { Category = AssetCategory.Land, OriginalValue = One }],
                },
            },
            "secondBudget" => new NarrativeSections
            {
                GeneralBudget = new GeneralBudgetStatement
                {
                    Items = [new FunctionalFigure
                    {
                        Name = "行政运行", Amount = One, Budget = new BudgetComparison { Kind = BudgetKind.Initial },
                        SecondBudget = new BudgetComparison { Kind = BudgetKind.FullYear },
                    }],
                },
            },
            "basicPersonnel" => new NarrativeSections
            {
                Expenditure = new ExpenditureStatement { BasicPersonnel = new() { Amount = One } },
            },
            "basicPublic" => new NarrativeSections { Expenditure = new ExpenditureStatement { BasicPublic = new() { Amount = One } } },
            "generalBudgetOpeningCarryOver" => new NarrativeSections   // schema 1.10
            {
                Appropriation = new AppropriationStatement { GeneralBudgetOpeningCarryOver = new StatedFigure { Amount = One } },
            },
            "generalBudgetClosingCarryOver" => new NarrativeSections
            {
                Appropriation = new AppropriationStatement { GeneralBudgetClosingCarryOver = new StatedFigure { Amount = One } },
            },
            "microSmallShareOfSme" => new NarrativeSections
            {
                Procurement = new ProcurementStatement { MicroSmallShareOfSme = Percent.Parse("82.57") },
            },
            "procurementBudget" => new NarrativeSections { Procurement = new ProcurementStatement { Budget = One } },   // schema 1.11
            "procurementSavings" => new NarrativeSections { Procurement = new ProcurementStatement { Savings = One } },
            "procurementSavingsRate" => new NarrativeSections
            {
                Procurement = new ProcurementStatement { SavingsRate = Percent.Parse("4.64") },
            },
            "currentAssetsValue" => new NarrativeSections { Assets = new AssetsStatement { CurrentAssetsValue = One } },
            "fixedAssetsValue" => new NarrativeSections { Assets = new AssetsStatement { FixedAssetsValue = One } },
            "intangibleAssetsValue" => new NarrativeSections { Assets = new AssetsStatement { IntangibleAssetsValue = One } },
            "otherAssetsValue" => new NarrativeSections { Assets = new AssetsStatement { OtherAssetsValue = One } },
            "equipmentHoldings" => new NarrativeSections   // schema 1.12
            {
                Assets = new AssetsStatement
                {
                    EquipmentHoldings =
                    [
                        new()
                        {
                            PriceThreshold = Amount.Parse("50"), PriceThresholdUnit = AmountUnit.WanYuan, Kind = EquipmentKind.Unspecified,
                            Count = 2,
                        },
                    ],
                },
            },
            "projectItems" => new NarrativeSections
            {
                Expenditure = new ExpenditureStatement { ProjectItems = [new() { Name = "城市运行保障", Amount = One }] },
            },
            "otherProjects" => new NarrativeSections { Expenditure = new ExpenditureStatement { OtherProjects = One } },
            "appropriationItemPrior" => new NarrativeSections   // schema 1.13: a 项's prior year, wherever the 项 is listed
            {
                Appropriation = new AppropriationStatement { Items = [new() { Name = "行政运行", Amount = One, PriorYearAmount = One }] },
            },
            "statedFigurePrior" => new NarrativeSections   // schema 1.15 (session 56): any stated figure's prior year
            {
                Income = new IncomeStatement { Total = new StatedFigure { Amount = One, PriorYearAmount = One } },
            },
            _ => new NarrativeSections { Income = null },
        };
        var report = Base(narrative, which switch
        {
            "projectFunds" => new PerformanceStatement { ProjectFunds = One },
            "evaluationsListed" => new PerformanceStatement { EvaluationsListed = EvaluationsListed.Selection },   // schema 1.8
            "gradeCounts" => new PerformanceStatement { GradeCounts = [new() { Grade = PerformanceGrade.Excellent, Count = 1 }] },
            "averageProjectScore" => new PerformanceStatement { AverageProjectScore = Quantity.Parse("93.6") },   // schema 1.9
            "evaluationCoverage" => new PerformanceStatement   // schema 1.11
            {
                EvaluationCoverage = Percent.Parse("100"), EvaluationCoverageBase = EvaluationCoverageBase.ProjectExpenditure,
            },
            "keyEvaluations" => new PerformanceStatement
            {
                KeyEvaluations = [new() { Kind = KeyEvaluationKind.Department, Score = Quantity.Parse("91.6") }],
            },
            _ => null,
        });
        if (which == "qianYuan")   // schema 1.14: the unit 千元 (session 54)
        {
            report = report with { Unit = AmountUnit.QianYuan };
        }

        if (which == "threePublicRates")   // schema 1.7: the 三公 table's 完成预算% column
        {
            report = report with
            {
                Tables = new DisclosureTables
                {
                    ThreePublic = new ThreePublicTable { CompletionRate = new ThreePublicRateColumns { Total = Percent.Parse("80.00") } },
                },
            };
        }

        Assert.Equal(expected, SchemaVersionFloor.Of(report));
        var json = FinalAccountsJson.Serialize(report with { SchemaVersion = expected });
        Assert.True(Valid(expected, json), json);
        if (expected != "1.0")   // every version: the one below it refuses the member (session 26: 1.5 archived too)
        {
            // One minor lower refuses it (the member is new in that version), unless it is the floor: the floor is enough.
            // Session 45: minors of two digits (1.10), so the minor is parsed, not read as one character.
            var minor = int.Parse(expected.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
            var lower = "1." + (minor - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var refused = !Valid(lower, FinalAccountsJson.Serialize(report with { SchemaVersion = lower }));
            Assert.True(refused || expected == SchemaVersionFloor.Floor, $"{lower} accepts {which}");
        }
    }

    /// <summary>
    /// The text reader writes the lowest sufficient minor: a text with no 1.3+ member is declared "1.2" and the archived 1.4
    /// schema (a 1.4 consumer) accepts it, where before it was declared "1.5" and refused; one 1.5 member makes it "1.5".
    /// </summary>
    [Fact]
    public void Reader_DeclaresTheLowestSufficientMinor()
    {
        const string Plain = "测试区卫生局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收入总计1000.00万元，支出总计1050.00万元。\n";
        var read = DisclosureReader.Read(Plain).Report;
        Assert.Equal("1.2", read.SchemaVersion);
        var json = FinalAccountsJson.Serialize(read);
        Assert.Equal("1.2", JsonNode.Parse(json)!["schemaVersion"]!.GetValue<string>());
        Assert.True(Valid("1.4", json), json);

        // A report carrying a 1.5 member (the components of 机关运行经费) is 1.5 and the 1.4 schema refuses it, as it must.
        var withComponents = read with
        {
            Narrative = new NarrativeSections
            {
                OperatingExpenses = new OperatingExpensesStatement { Components = [new() { Name = "办公费", Amount = One }] },
            },
        };
        Assert.Equal("1.5", SchemaVersionFloor.Of(withComponents));
    }

    /// <summary>
    /// A component name of white space only: the published schema (pattern) and the reader refuse it alike, the reader with
    /// a located error at the name's JSON path (before: an unlocated "Invalid value … (Parameter 'Name')"); any other name
    /// is accepted by both and round-trips exactly. Names are drawn as white space only, text, or text padded by white space.
    /// </summary>
    [Property(MaxTest = 80)]
    public bool ComponentName_SchemaAndReaderAgree(NonNull<string> raw, byte shape)
    {
        const string Blanks = " \t\r\n\u3000\u00a0\u2003\u0085\u2028\u205f";
        var text = new string(raw.Get.Where(c => !char.IsSurrogate(c)).ToArray());
        var name = (shape % 3) switch
        {
            0 => new string(text.Select(c => Blanks[c % Blanks.Length]).DefaultIfEmpty(' ').ToArray()),
            1 => text.Length == 0 ? "费" : text,
            _ => Blanks[shape % Blanks.Length] + (text.Length == 0 ? "费" : text) + Blanks[(shape / 3) % Blanks.Length],
        };
        var patch = new JsonArray(new JsonObject
        {
            ["op"] = "add",
            ["path"] = "/narrative/operatingExpenses/components",
            ["value"] = new JsonArray(new JsonObject { ["name"] = name, ["amount"] = "1.00" }),
        });
        var json = SchemaMutantTests.Mutate(patch);
        var expected = !string.IsNullOrWhiteSpace(name);   // the model's own rule

        var schemaAccepts = SchemaTests.Evaluate(json).IsValid;
        var readerAccepts = FinalAccountsJson.TryDeserialize(json, out var report, out var error);
        if (!expected)
        {
            return !schemaAccepts && !readerAccepts
                && FinalAccounts.Validation.Conformance.ConformanceSuite.ToPointer(error!.Path)
                    == "/narrative/operatingExpenses/components/0/name";
        }

        var back = FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(report!));
        return schemaAccepts && readerAccepts && report!.Narrative!.OperatingExpenses!.Components[0].Name == name
            && back.Narrative!.OperatingExpenses!.Components[0].Name == name;
    }

    /// <summary>
    /// FA2106 (a change should come with its reason) does not apply to the rows of a “三公” item split by class: the split
    /// is a table, with a prior-year column and no reasons. The same change without reason elsewhere — on the item itself
    /// (/narrative/threePublic/reception, beside byClass) or on a class of the appropriation — still raises FA2106.
    /// </summary>
    [Fact]
    public void Fa2106_ExemptsTheRowsOfASplitByClass_Only()
    {
        var decrease = new YearOverYearChange { Direction = ChangeDirection.Decrease, PriorYearAmount = Amount.Parse("1.00") };
        var withAmount = new YearOverYearChange { Direction = ChangeDirection.Decrease, Amount = Amount.Parse("0.63") };
        var report = Base(new NarrativeSections
        {
            ThreePublic = new ThreePublicStatement
            {
                ByClass = new ThreePublicByClass
                {
                    Reception = new ThreePublicClassSplit
                    {
                        Total = Amount.Parse("0.37"),
                        PriorYearTotal = Amount.Parse("1.00"),
                        Classes = [new FunctionalFigure { Name = "行政运行", Amount = Amount.Parse("0.37"), Change = decrease }],
                    },
                },
            },
        });
        Assert.DoesNotContain(Validator.Default.Validate(report).Diagnostics, d => d.RuleId == "FA2106");

        // Controls: the item's own change (depth 3 under 三公, which has byClass) and an appropriation class's change.
        var controls = Base(new NarrativeSections
        {
            ThreePublic = new ThreePublicStatement
            {
                Reception = new StatedFigure { Amount = Amount.Parse("0.37"), Change = withAmount },
                ByClass = new ThreePublicByClass(),
            },
            Appropriation = new AppropriationStatement
            {
                Items = [new FunctionalFigure { Name = "行政运行", Amount = Amount.Parse("0.37"), Change = withAmount }],
            },
        });
        var pointers = Validator.Default.Validate(controls).Diagnostics.Where(d => d.RuleId == "FA2106")
            .SelectMany(d => d.Pointers).ToList();
        Assert.Contains("/narrative/threePublic/reception/change", pointers);
        Assert.Contains("/narrative/appropriation/items/0/change", pointers);
    }

    /// <summary>
    /// FA4203 keys the asset categories on (category, label): two 其他资产 rows labelled 其他固定资产 and 其他资产 are two
    /// categories (no Error); the same label twice, or two unlabelled rows of one category, is one category listed twice,
    /// and the message names it as the contract writes it (otherAssets, buildings), never by the C# name.
    /// </summary>
    [Theory]
    [InlineData("otherAssets", "其他固定资产", "其他资产", null)]
    [InlineData("otherAssets", "其他资产", "其他资产", "otherAssets（其他资产）")]
    [InlineData("buildings", null, null, "buildings")]
    public void Fa4203_KeysOnCategoryAndLabel(string category, string? first, string? second, string? named)
    {
        var kind = Enum.Parse<AssetCategory>(category, ignoreCase: true);
        var report = Base(new NarrativeSections
        {
            Assets = new AssetsStatement
            {
                Categories =
                [
                    new AssetCategoryValue { Category = kind, Label = first, OriginalValue = Amount.Parse("5.00") },
                    new AssetCategoryValue { Category = kind, Label = second, OriginalValue = Amount.Parse("3.00") },
                ],
            },
        });
        var found = Validator.Default.Validate(report).Diagnostics.Where(d => d.RuleId == "FA4203").ToList();
        if (named is null)
        {
            Assert.Empty(found);
            return;
        }

        var error = Assert.Single(found);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(["/narrative/assets/categories/1", "/narrative/assets/categories/0"], error.Pointers);
        Assert.Contains("“" + named + "”", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("OtherAssets", error.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("Buildings", error.MessageEn, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, JsonSchema> Archived =
        new[] { "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14" }.ToDictionary(
        v => v,
        v => JsonSchema.FromText(File.ReadAllText(
                Path.Combine(Path.GetDirectoryName(TestFiles.PublishedSchemaPath)!, "archive", $"final-accounts-{v}.schema.json"))
            // Another $id: the archived one may be registered by another test already (JsonSchema.Net refuses a second).
            .Replace($"/final-accounts/{v}/schema.json", $"/final-accounts/{v}/review23.json", StringComparison.Ordinal)));

    /// <summary>Whether the schema of a version (the published file for the current one, else the archived one) accepts a
    /// document.</summary>
    private static bool Valid(string version, string json)
    {
        if (version == FinalAccountsSchema.Version)
        {
            return SchemaTests.Evaluate(json).IsValid;
        }

        using var document = JsonDocument.Parse(json);
        return Archived[version].Evaluate(document.RootElement).IsValid;
    }
}
