using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (schema46, schema 1.11, rules spec 5.5): the evaluation coverage (<c>performance/evaluationCoverage</c> with its
/// typed base) and FA3013; the key evaluations (<c>performance/keyEvaluations</c>: 重点评价, 部门评价, 财政评价) and FA3014; FA1104
/// over the 1.10 general-budget carry-overs. The reader's family: NarrativeReader.KeyEvaluations.cs. Invented texts, none
/// copied from a blind round; near misses: an indicator coverage (指标覆盖率), monitored key projects (绩效监控), the department's
/// own self-evaluation score, funds stated before the key evaluation's word.
/// </summary>
public class EvaluationCoverageSessionFortySixTests
{
    private const string Head = "某县林业局2024年度部门决算说明\n一、预算绩效管理情况说明\n";

    private const string Coverage = "/performance/evaluationCoverage";

    private const string CoverageBase = "/performance/evaluationCoverageBase";

    private const string First = "/performance/keyEvaluations/0/";

    /// <summary>"占一般公共预算项目支出总额的100%": the coverage and its base, the 一般公共预算 project expenditure; the report is 1.11.</summary>
    [Fact]
    public void ShareOfGeneralBudgetProjects_IsTheCoverageOfThatBase()
    {
        var (read, diagnostics) = Read(Head + "本局组织对2024年度项目开展绩效自评，共涉及项目16个，资金1840.25万元，占一般公共预算项目支出总额的100%。\n");
        Assert.Equal("100", At(read, Coverage));
        Assert.Equal("generalBudgetProjectExpenditure", JsonAt(read, CoverageBase));
        Assert.Equal("1840.25", At(read, "/performance/projectFunds"));
        Assert.Empty(Errors(diagnostics));
        Assert.False(Noted(read, "the evaluation coverage"));
        Assert.Equal("1.11", read.Report.SchemaVersion);
    }

    /// <summary>"项目自评覆盖率100%": the coverage, its base unknown (of the projects or of their funds: not said).</summary>
    [Theory]
    [InlineData("本局对11个项目开展了绩效自评，涉及资金520.00万元，项目自评覆盖率100%。", "100")]
    [InlineData("全年完成项目绩效自评9个，自评覆盖率达98.5%。", "98.5")]
    public void SelfEvaluationCoverageRate_HasAnUnknownBase(string sentence, string expected)
    {
        var (read, diagnostics) = Read(Head + sentence + "\n");
        Assert.Equal(expected, At(read, Coverage));
        Assert.Equal("unknown", JsonAt(read, CoverageBase));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA3013", StringComparison.Ordinal));
    }

    /// <summary>
    /// "覆盖项目支出的85.5%" beside the 项目支出 stated: the base is the project expenditure and FA3013 checks the ratio (342.00 /
    /// 400.00 = 85.5%); a planted 95.5% is a Warning (budget or spending, the text does not say).
    /// </summary>
    [Theory]
    [InlineData("85.5", false)]
    [InlineData("95.5", true)]
    public void ShareOfProjectExpenditure_IsChecked(string share, bool warns)
    {
        var (read, diagnostics) = Read("某县林业局2024年度部门决算说明\n一、支出决算情况说明\n2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，"
            + "项目支出400.00万元。\n二、预算绩效管理情况说明\n本局对8个项目开展了绩效自评，涉及资金342.00万元，覆盖项目支出的" + share + "%。\n");
        Assert.Equal(share, At(read, Coverage));
        Assert.Equal("projectExpenditure", JsonAt(read, CoverageBase));
        var found = diagnostics.Where(d => d.RuleId == "FA3013").Select(d => d.Severity).ToList();
        Assert.Equal(warns ? [Severity.Warning] : [], found);
    }

    /// <summary>A coverage above 100% is an Error of FA3013.</summary>
    [Fact]
    public void CoverageAbove100_IsAnError()
    {
        var (_, diagnostics) = Read(Head + "本局对11个项目开展了绩效自评，项目自评覆盖率105%。\n");
        Assert.Contains(diagnostics, d => d.RuleId == "FA3013" && d.Severity == Severity.Error);
    }

    /// <summary>Near misses: an indicator's coverage, a coverage of people; nothing placed at the coverage.</summary>
    [Theory]
    [InlineData("本局对11个项目开展了绩效自评，绩效指标覆盖率100%。")]
    [InlineData("本局对11个项目开展了绩效自评，其中林区巡护覆盖率96.0%。")]
    [InlineData("本局对11个项目开展了绩效自评，服务对象满意度覆盖率达90%以上。")]
    public void OtherCoverages_AreNotTheEvaluations(string sentence)
    {
        var (read, _) = Read(Head + sentence + "\n");
        Assert.Null(At(read, Coverage));
        Assert.Null(JsonAt(read, CoverageBase));
    }

    /// <summary>
    /// "选取…开展部门评价，涉及资金…，评价得分…分，等级为“良”": one key evaluation with its kind, name, funds, score and grade; the
    /// funds are not the self-evaluated projects' budget (before: <c>projectBudget</c>).
    /// </summary>
    [Fact]
    public void DepartmentEvaluation_IsOneKeyEvaluation()
    {
        var (read, diagnostics) = Read(Head + "本局对11个项目开展了绩效自评，涉及资金520.00万元。另选取“森林防火物资储备”项目开展部门评价，"
            + "涉及资金75.40万元，评价得分86.5分，等级为“良”。\n");
        Assert.Equal("department", JsonAt(read, First + "kind"));
        Assert.Equal("森林防火物资储备", JsonAt(read, First + "name"));
        Assert.Equal("75.40", At(read, First + "funds"));
        Assert.Equal("86.5", At(read, First + "score"));
        Assert.Equal("good", JsonAt(read, First + "grade"));
        Assert.Null(At(read, "/performance/projectBudget"));
        Assert.Equal("520.00", At(read, "/performance/projectFunds"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3014" && d.Severity != Severity.Info);
    }

    /// <summary>An unquoted name after 选取 ("另选取乡村护林补助资金开展部门评价，评价得分91.0分"): the name, the score.</summary>
    [Fact]
    public void SelectedFund_IsTheKeyEvaluationsName()
    {
        var (read, _) = Read(Head + "本局对11个项目开展了绩效自评。另选取乡村护林补助资金开展部门评价，评价得分91.0分。\n");
        Assert.Equal("乡村护林补助资金", JsonAt(read, First + "name"));
        Assert.Equal("91.0", At(read, First + "score"));
        Assert.Null(JsonAt(read, First + "grade"));
    }

    /// <summary>"重点评价项目2个，涉及资金…" and "等3个项目开展了财政评价": the count (and funds) of a key evaluation, never the evaluated projects'.</summary>
    [Theory]
    [InlineData("本局对11个项目开展了绩效自评。开展重点评价项目2个，涉及资金130.00万元。", "key", "2", "130.00")]
    [InlineData("本局对11个项目开展了绩效自评。财政局对“护林员补助”等3个项目开展了财政评价，涉及资金96.30万元。", "fiscal", "3", "96.30")]
    public void KeyEvaluationCount_IsPlaced(string sentence, string kind, string count, string funds)
    {
        var (read, diagnostics) = Read(Head + sentence + "\n");
        Assert.Equal(kind, JsonAt(read, First + "kind"));
        Assert.Equal(count, JsonAt(read, First + "projectCount"));
        Assert.Equal(funds, At(read, First + "funds"));
        Assert.Equal("11", JsonAt(read, "/performance/projectEvaluationCount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A score whose grade is not its band's ("评价得分78分，等级为“良”") is an Error of FA3014; a score above 100 too.</summary>
    [Theory]
    [InlineData("评价得分78分，等级为“良”")]
    [InlineData("评价得分103分")]
    public void KeyEvaluationScore_OutOfItsBand_IsAnError(string score)
    {
        var (_, diagnostics) = Read(Head + "本局选取“林下经济扶持”项目开展重点绩效评价，" + score + "。\n");
        Assert.Contains(diagnostics, d => d.RuleId == "FA3014" && d.Severity == Severity.Error);
    }

    /// <summary>
    /// Near misses: monitored key projects (绩效监控: a note, no entry), the department's own score (selfEvaluationScore), funds
    /// stated before the key evaluation's word (the self-evaluated projects').
    /// </summary>
    [Fact]
    public void NearMisses_AreNoKeyEvaluations()
    {
        var (read, _) = Read(Head + "本局对4个重点项目开展了绩效监控。部门整体支出绩效自评得分95.0分。\n");
        Assert.Null(JsonAt(read, "/performance/keyEvaluations"));
        Assert.Equal("95.0", At(read, "/performance/selfEvaluationScore"));
        Assert.True(Noted(read, "key projects"));

        var (before, _) = Read(Head + "本局对11个项目开展了绩效自评，涉及资金520.00万元，并对其中2个项目开展了重点评价。\n");
        Assert.Equal("520.00", At(before, "/performance/projectFunds"));
        Assert.Null(At(before, First + "funds"));
    }

    /// <summary>Any coverage that is the funds' share of the project expenditure rounded to one decimal passes FA3013; a share
    /// off by more than rounding warns.</summary>
    [Property(MaxTest = 60)]
    public bool AnyConsistentCoverage_Passes_AndAnOffsetBeyondRounding_Warns(uint whole, ushort part, byte offset)
    {
        var w = (int)(whole % 10000000) + 100000;   // at least 1000.00: the funds' own rounding is far below 0.3 points
        var f = (int)((long)w * (part % 1001) / 1000);
        var share = Math.Round(f * 100m / w, 1, MidpointRounding.AwayFromZero);
        var off = share + 0.3m + offset % 50 / 10m;
        Severity? Finding(decimal stated) => Validator.Default.Validate(CoverageReport(f, w, stated)).Diagnostics
            .Where(d => d.RuleId == "FA3013").Select(d => (Severity?)d.Severity).FirstOrDefault();
        var offFinding = Finding(off);
        return Finding(share) is null && (off > 100m ? offFinding == Severity.Error : offFinding == Severity.Warning);
    }

    /// <summary>The new members round-trip through JSON exactly, valid against the published schema, and make the report 1.11.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = CoverageReport(34200, 40000, 85.5m) with
        {
            SchemaVersion = "1.11",
            Performance = CoverageReport(34200, 40000, 85.5m).Performance! with
            {
                KeyEvaluations =
                [
                    new KeyEvaluation { Kind = KeyEvaluationKind.Department, Name = "森林防火物资储备", Funds = Amount.Parse("75.40"),
                        Score = Quantity.Parse("86.5"), Grade = PerformanceGrade.Good },
                    new KeyEvaluation { Kind = KeyEvaluationKind.Key, ProjectCount = 2, Funds = Amount.Parse("130.00") },
                ],
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"evaluationCoverage\":\"85.5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"evaluationCoverageBase\":\"projectExpenditure\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"department\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.11");
    }

    /// <summary>A 1.10 document (no 1.11 member) still reads and keeps its version; the model refuses a negative score or count.</summary>
    [Fact]
    public void A110Document_StillReads_AndTheConstructorsValidate()
    {
        var json = FinalAccountsJson.Serialize(CoverageReport(34200, 40000, 85.5m) with
        {
            SchemaVersion = "1.10",
            Performance = new PerformanceStatement { ProjectFunds = Amount.Parse("342.00") },
        });
        var back = FinalAccountsJson.Deserialize(json);
        Assert.Equal("1.10", back.SchemaVersion);
        Assert.Empty(back.Performance!.KeyEvaluations);
        Assert.Null(back.Performance.EvaluationCoverage);
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyEvaluation { Kind = KeyEvaluationKind.Key, ProjectCount = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyEvaluation { Kind = KeyEvaluationKind.Key, Score = Quantity.Parse("-1") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceStatement { EvaluationCoverage = Percent.Parse("-5") });
    }

    /// <summary>FA1104 compares the 1.10 general-budget carry-overs with T4's 一般公共预算 column: equal passes, another is an Error.</summary>
    [Theory]
    [InlineData("86.48", false)]
    [InlineData("84.48", true)]
    public void GeneralBudgetCarryOver_IsComparedWithTheTable(string tableClosing, bool fails)
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
            Narrative = new NarrativeSections
            {
                Appropriation = new AppropriationStatement
                {
                    GeneralBudgetOpeningCarryOver = new StatedFigure { Amount = Amount.Parse("58.12") },
                    GeneralBudgetClosingCarryOver = new StatedFigure { Amount = Amount.Parse("86.48") },
                },
            },
            Tables = new DisclosureTables
            {
                AppropriationSummary = new AppropriationSummaryTable
                {
                    Income = new AppropriationIncomeSide { OpeningCarryOver = new FundColumns { GeneralBudget = Amount.Parse("58.12") } },
                    Expenditure = new AppropriationExpenditureSide
                    {
                        ClosingCarryOver = new FundColumns { GeneralBudget = Amount.Parse(tableClosing) },
                    },
                },
            },
        };
        var errors = Validator.Default.Validate(report).Diagnostics
            .Where(d => d.RuleId == "FA1104" && d.Severity == Severity.Error).ToList();
        Assert.Equal(fails ? 1 : 0, errors.Count);
    }

    /// <summary>A report with the evaluated funds, the project expenditure (in cents) and the stated coverage of that base.</summary>
    private static FinalAccountsReport CoverageReport(int funds, int whole, decimal coverage) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Narrative = new NarrativeSections
        {
            Expenditure = new ExpenditureStatement { Project = new StatedFigure { Amount = Cents(whole) } },
        },
        Performance = new PerformanceStatement
        {
            ProjectFunds = Cents(funds),
            EvaluationCoverage = Percent.Parse(coverage.ToString("0.0", Inv)),
            EvaluationCoverageBase = EvaluationCoverageBase.ProjectExpenditure,
        },
    };

    private static Amount Cents(int cents) => Amount.Parse((cents / 100m).ToString("0.00", Inv));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
