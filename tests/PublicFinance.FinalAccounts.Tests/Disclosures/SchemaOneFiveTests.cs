using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Schema 1.5 (issue 8, recall): the members real disclosures state that 1.4 lacked — 一般公共预算财政拨款本年收入 beside the
/// 财政拨款 total, 本年收支结余 and 事业基金, the components of 机关运行经费, assets by category (原值/净值) and the “三公” items
/// split by functional class — kept as written through JSON (property), schema-valid, refused where the model has no
/// meaning for a value, checked by FA1213/FA4005/FA4203, and read by the text reader where subject, period and basis are
/// certain. Every invented text is consistent unless a test says otherwise, so no Error may be raised on it.
/// </summary>
public class SchemaOneFiveTests
{
    private const string Appropriation = "某县某局2024年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n";

    // ---- the reader: 一般公共预算财政拨款本年收入 ----------------------------------------------------------------------

    /// <summary>
    /// 一般公共预算财政拨款本年收入 stated beside the 财政拨款 total (several wordings, Traditional too): its own member with its
    /// change against the prior year — never the total, which keeps its own figure and change. 1,000.00 ≥ 800.00, so FA1213
    /// passes and no Error is raised. (When the total states no change of its own, the clause reader still gives the next
    /// change to the total — a reading that predates 1.5, noted in docs/reader.md — so every text here states both.)
    /// </summary>
    [Theory]
    [InlineData("本部门2024年度财政拨款本年收入1000.00万元，比上年增加50.00万元。一般公共预算财政拨款本年收入800.00万元，比上年增加30.00万元。",
        "30.00", "increase")]
    [InlineData("2024年度财政拨款本年收入1000.00万元，比上年减少20.00万元。其中，一般公共预算财政拨款本年收入800.00万元，比上年减少12.50万元，下降1.5%。",
        "12.50", "decrease")]
    [InlineData("本单位财政拨款本年收入1000.00万元，较上年增加50.00万元，主要原因是人员经费增加；一般公共预算财政拨款本年收入800.00万元，较上年增加30.00万元，"
        + "增长3.9%，主要原因是人员经费增加。", "30.00", "increase")]
    [InlineData("2024年度財政撥款本年收入1000.00萬元，比上年增加50.00萬元。一般公共預算財政撥款本年收入800.00萬元，比上年增加30.00萬元。", "30.00", "increase")]
    public void GeneralBudgetIncome_BesideTheTotal_IsItsOwnMember(string sentence, string change, string direction)
    {
        var (read, diagnostics) = Read(Appropriation + sentence + "\n");
        var appropriation = read.Report.Narrative!.Appropriation!;
        Assert.Equal("800.00", appropriation.GeneralBudgetIncome!.Amount.ToString());
        Assert.Equal(change, appropriation.GeneralBudgetIncome.Change!.Amount!.Value.ToString());
        Assert.Equal(direction == "increase" ? ChangeDirection.Increase : ChangeDirection.Decrease,
            appropriation.GeneralBudgetIncome.Change.Direction);
        Assert.Equal("1000.00", appropriation.CurrentYearIncome!.Amount.ToString());
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1213");
    }

    /// <summary>
    /// A budget basis is not the year's income: "一般公共预算财政拨款收入年初预算为 900.00 万元" places nothing in the 1.5 member
    /// (its basis is the budget, not the final account).
    /// </summary>
    [Fact]
    public void GeneralBudgetIncome_OfTheBudget_IsNotTheYearsIncome()
    {
        var (read, diagnostics) = Read(Appropriation + "一般公共预算财政拨款收入年初预算为900.00万元。\n");
        Assert.Null(read.Report.Narrative?.Appropriation?.GeneralBudgetIncome);
        Assert.Empty(Errors(diagnostics));
    }

    // ---- the model and the contract -----------------------------------------------------------------------------------

    /// <summary>The model refuses a 机关运行经费 component without a name, as the schema does (minLength 1).</summary>
    [Fact]
    public void TheModel_RefusesAComponentWithoutAName()
    {
        Assert.Throws<ArgumentException>(() => new OperatingExpenseComponent { Name = " ", Amount = Amount.Parse("1.00") });
        Assert.Equal("办公费", new OperatingExpenseComponent { Name = "办公费", Amount = Amount.Parse("1.00") }.Name);
    }

    /// <summary>
    /// A 1.4 document still reads under 1.5 (the policy: a 1.x reader accepts every 1.(x−1) document): the sample declared
    /// "1.4" is valid against both the archived 1.4 schema and the current one, reads, keeps its version and is written
    /// back unchanged.
    /// </summary>
    [Fact]
    public void AOnePointFourDocument_StillReads()
    {
        var node = JsonNode.Parse(TestFiles.SampleJson)!;
        node["schemaVersion"] = "1.4";
        var json = node.ToJsonString();
        var archived = JsonSchema.FromText(File.ReadAllText(
            Path.Combine(Path.GetDirectoryName(TestFiles.PublishedSchemaPath)!, "archive", "final-accounts-1.4.schema.json")));
        using (var document = JsonDocument.Parse(json))
        {
            Assert.True(archived.Evaluate(document.RootElement).IsValid);
        }

        Assert.True(SchemaTests.Evaluate(json).IsValid);
        var report = FinalAccountsJson.Deserialize(json);
        Assert.Equal("1.4", report.SchemaVersion);
        Assert.Equal("1.4", JsonNode.Parse(FinalAccountsJson.Serialize(report))!["schemaVersion"]!.GetValue<string>());
    }

    /// <summary>
    /// Any values of the 1.5 members round-trip through JSON exactly (figures keep their written decimals, a surplus keeps
    /// its sign) and the document is valid against the published schema.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property NewMembers_RoundTrip_AndAreSchemaValid(int fen, byte decimals, NonEmptyString name, byte category)
    {
        var amount = Amount.FromDecimal(fen / 100m, 2 + (decimals % 3));   // fen need 2 decimals; 3 and 4 keep trailing zeros
        var report = FullReport(amount, "费" + new string(name.Get.Where(char.IsLetterOrDigit).Take(8).ToArray()),
            (AssetCategory)(category % 11));
        var json = FinalAccountsJson.Serialize(report, indented: false);
        var back = FinalAccountsJson.Deserialize(json);
        var valid = SchemaTests.Evaluate(json).IsValid;
        return (valid && back == report && json == FinalAccountsJson.Serialize(back, indented: false))
            .Label($"valid={valid} json={json}");
    }

    /// <summary>
    /// The invariant of FA4005: classes that add up to the item's subtotal pass; a subtotal 0.03 above their sum (beyond the
    /// rounding slack of three figures of 2 decimals, 3 × 0.005) fails. Amounts in fen.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property ThreePublicSplit_AddingUp_Passes_AndAPlantedDifference_Fails(PositiveInt first, NonNegativeInt second)
    {
        static Amount Fen(long fen) => Amount.FromDecimal(fen / 100m, 2);
        FinalAccountsReport Split(long total) => new()
        {
            Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                ThreePublic = new ThreePublicStatement
                {
                    ByClass = new ThreePublicByClass
                    {
                        Reception = new ThreePublicClassSplit
                        {
                            Total = Fen(total),
                            Classes = [new FunctionalFigure { Name = "行政运行", Amount = Fen(first.Get) },
                                new FunctionalFigure { Name = "其他城乡社区管理事务支出", Amount = Fen(second.Get) }],
                        },
                    },
                },
            },
        };
        var sum = (long)first.Get + second.Get;
        var passes = !Validator.Default.Validate(Split(sum)).Diagnostics.Any(d => d.RuleId == "FA4005");
        var caught = Validator.Default.Validate(Split(sum + 3)).Diagnostics.Any(d => d.RuleId == "FA4005" && d.Severity == Severity.Error);
        return (passes && caught).Label($"passes={passes} caught={caught}");
    }

    /// <summary>
    /// FA1213 on the model: the general budget's part above the 财政拨款 total is an Error; equal passes; with no total the
    /// rule does not apply (an unstated total is not zero).
    /// </summary>
    [Theory]
    [InlineData("1020.00", "1000.00", true)]
    [InlineData("1000.00", "1000.00", false)]
    [InlineData("1000.00", null, false)]
    public void GeneralBudgetIncome_AboveTheTotal_IsAnError(string general, string? total, bool error)
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                Appropriation = new AppropriationStatement
                {
                    GeneralBudgetIncome = new StatedFigure { Amount = Amount.Parse(general) },
                    CurrentYearIncome = total is null ? null : new StatedFigure { Amount = Amount.Parse(total) },
                },
            },
        };
        var diagnostics = Validator.Default.Validate(report).Diagnostics;
        Assert.Equal(error, diagnostics.Any(d => d.RuleId == "FA1213" && d.Severity == Severity.Error));
    }

    private static FinalAccountsReport FullReport(Amount amount, string name, AssetCategory category) => new()
    {
        Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Overall = new OverallStatement
            {
                CurrentYearSurplus = new StatedFigure { Amount = amount },
                InstitutionFund = new StatedFigure { Amount = amount },
            },
            Appropriation = new AppropriationStatement
            {
                GeneralBudgetIncome = new StatedFigure
                {
                    Amount = amount, Change = new YearOverYearChange { Direction = ChangeDirection.Increase, Amount = Amount.Parse("1.0") },
                },
            },
            OperatingExpenses = new OperatingExpensesStatement
            {
                Components = [new OperatingExpenseComponent { Name = name, Amount = amount }],
            },
            Assets = new AssetsStatement
            {
                TotalValue = amount,
                Categories = [new AssetCategoryValue { Category = category, OriginalValue = amount, Label = name }],
            },
            ThreePublic = new ThreePublicStatement
            {
                ByClass = new ThreePublicByClass
                {
                    VehicleOperation = new ThreePublicClassSplit
                    {
                        Total = amount, PriorYearTotal = amount,
                        Classes = [new FunctionalFigure { Name = name, Amount = amount }],
                    },
                },
            },
        },
    };
}
