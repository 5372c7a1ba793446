using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Rules;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The checks reviewers run (issue 10): presence and completeness, detail level, plausibility, correspondences,
/// across years, and the catalogue given through the options.
/// </summary>
public class ChecksTests
{
    private static readonly string[] TableMembers =
        [
            "summary", "income", "expenditure", "appropriationSummary", "generalBudgetExpenditure", "basicExpenditure", "threePublic",
            "governmentFund", "stateCapital",
        ];

    private static readonly ValidationOptions Complete = new() { Scope = InputScope.Complete };

    private static readonly FinalAccountsReport Sample = TestReports.Sample;

    /// <summary>The seed 说明 plus the nine tables, each published empty with its no-data statement: a complete disclosure.</summary>
    private static JsonNode CompleteSampleJson()
    {
        var root = JsonNode.Parse(TestFiles.SampleJson)!;
        var tables = new JsonObject();
        foreach (var member in TableMembers)
        {
            tables[member] = new JsonObject { ["note"] = "本表无数据。" };
        }

        root["tables"] = tables;
        return root;
    }

    private static FinalAccountsReport Read(JsonNode node) => FinalAccountsJson.Deserialize(node.ToJsonString());

    private static string Key(Diagnostic d) => d.RuleId + " " + string.Join(",", d.Pointers);

    /// <summary>Removes what a pointer names: a property is dropped, a list is emptied.</summary>
    private static JsonNode Without(JsonNode root, string pointer)
    {
        var copy = JsonNode.Parse(root.ToJsonString())!;
        var tokens = pointer.Trim('/').Split('/');
        var parent = tokens.Take(tokens.Length - 1).Aggregate(copy, (node, token) => node[token]!);
        var last = tokens[^1];
        if (parent[last] is JsonArray)
        {
            parent[last] = new JsonArray();
        }
        else
        {
            parent.AsObject().Remove(last);
        }

        return copy;
    }

    public static TheoryData<string> RequiredTablesAndSections()
    {
        var data = new TheoryData<string>();
        foreach (var part in RequiredPart.For(Sample, RequiredPartKind.Table).Concat(RequiredPart.For(Sample, RequiredPartKind.Section)))
        {
            data.Add(part.Pointer);
        }

        return data;
    }

    [Fact]
    public void RequiredParts_CoverTheNineTablesAndTheSectionsOfIssue10()
    {
        // 2024: nine tables; 15 sections (概况 … 名词解释), the 2019+ ones included.
        Assert.Equal(TableMembers.Select(m => "/tables/" + m), RequiredPart.For(Sample, RequiredPartKind.Table).Select(p => p.Pointer));
        Assert.Equal(15, RequiredPart.For(Sample, RequiredPartKind.Section).Count());
        // A 2016 report is not asked for the state-capital table and section or the performance section (first required in 2019).
        var old = Sample with { Entity = Sample.Entity with { FiscalYear = 2016 } };
        Assert.DoesNotContain(RequiredPart.For(old, RequiredPartKind.Table), p => p.Pointer == "/tables/stateCapital");
        Assert.DoesNotContain(
            RequiredPart.For(old, RequiredPartKind.Section), p => p.Pointer is "/performance" or "/narrative/stateCapital");
    }

    [Fact]
    public void CompleteDisclosure_HasNoPresenceFinding()
    {
        var result = Validator.Default.WithOptions(Complete).Validate(Read(CompleteSampleJson()));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("FA61", StringComparison.Ordinal));
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA6101")!.Outcome);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA6102")!.Outcome);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA6103")!.Outcome);
    }

    [Theory]
    [MemberData(nameof(RequiredTablesAndSections))]
    public void MissingTableOrSection_GivesExactlyOneFindingNamingIt(string pointer)
    {
        var complete = CompleteSampleJson();
        var before = Validator.Default.WithOptions(Complete).Validate(Read(complete)).Diagnostics.Select(Key).ToList();
        var after = Validator.Default.WithOptions(Complete).Validate(Read(Without(complete, pointer)));
        var added = after.Diagnostics.Where(d => d.Severity != Severity.Info).ToList();
        foreach (var key in before)
        {
            var same = added.FindIndex(d => Key(d) == key);
            if (same >= 0)
            {
                added.RemoveAt(same);
            }
        }

        var finding = Assert.Single(added);
        Assert.Equal(
            pointer.StartsWith("/tables/", StringComparison.Ordinal) ? ("FA6101", Severity.Error) : ("FA6102", Severity.Warning),
            (finding.RuleId, finding.Severity));
        Assert.Equal(new[] { pointer }, finding.Pointers);
    }

    [Theory]
    [InlineData("/narrative/threePublic/overseasDelegations")]   // 因公出国（境）费 12.80 万元
    [InlineData("/narrative/threePublic/vehiclesHeld")]          // 运行维护费 89.56 万元
    [InlineData("/narrative/procurement/smeContracts")]          // 政府采购 64.25 万元
    [InlineData("/narrative/basicExpenditure/publicItems")]      // 公用经费 281.39 万元
    [InlineData("/narrative/assets/vehicles")]
    public void MissingDetail_GivesOneDetailFindingNamingIt(string pointer)
    {
        var result = Validator.Default.WithOptions(Complete).Validate(Read(Without(CompleteSampleJson(), pointer)));
        var finding = Assert.Single(result.Diagnostics, d => d.RuleId == "FA6103");
        Assert.Equal(new[] { pointer }, finding.Pointers);
    }

    [Fact]
    public void DetailOfAZeroAmount_IsNotRequired()
    {
        // The seed's 公务接待费 is 0.00 and it states 0 批次; without the count nothing is missing, since there was no reception.
        var result = Validator.Default.WithOptions(Complete)
            .Validate(Read(Without(CompleteSampleJson(), "/narrative/threePublic/domesticReceptionBatches")));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "FA6103");
    }

    [Fact]
    public void NarrativeWithAttachedTables_GetsOneInfo_NamingTheTablesAndTheRulesThatCouldNotRun()
    {
        var result = Validator.Default.Validate(Sample);   // Auto: the seed is a whole 说明 → Narrative
        var note = Assert.Single(result.Diagnostics, d => d.RuleId == "FA6101");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal(TableMembers.Select(m => "/tables/" + m), note.Pointers);
        Assert.Contains("收入支出决算总表", note.MessageZh, StringComparison.Ordinal);
        foreach (var rule in new[] { "FA0101", "FA0601", "FA1001", "FA1013", "FA1014", "FA6104" })
        {
            Assert.Contains(rule, note.MessageEn, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("FA2001", note.MessageEn, StringComparison.Ordinal);   // a narrative-only rule
        Assert.Equal(CheckOutcome.CouldNotRun, result.CoverageOf("FA6101")!.Outcome);
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void InferredScope_ListsAbsentSectionsInOneInfo_NotAsFindings()
    {
        // A reader may miss a section the document has (precision first): only a declared scope makes absence a finding.
        var report = Read(Without(JsonNode.Parse(TestFiles.SampleJson)!, "/glossary"));
        var note = Assert.Single(Validator.Default.Validate(report).Diagnostics, d => d.RuleId == "FA6102");
        Assert.Equal((Severity.Info, "/glossary"), (note.Severity, note.Pointers.Single()));
        var declared = Validator.Default.WithOptions(new ValidationOptions { Scope = InputScope.Narrative }).Validate(report);
        Assert.Equal(Severity.Warning, Assert.Single(declared.Diagnostics, d => d.RuleId == "FA6102").Severity);
    }

    [Fact]
    public void Fragment_IsNotJudgedForAbsentParts()
    {
        var result = Validator.Default.WithOptions(new ValidationOptions { Scope = InputScope.Fragment }).Validate(Sample);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("FA61", StringComparison.Ordinal));
        Assert.Equal(CheckOutcome.CouldNotRun, result.CoverageOf("FA6101")!.Outcome);
    }

    [Fact]
    public void Auto_TreatsASingleSectionAsAFragment()
    {
        var only = Sample with { Narrative = new NarrativeSections { Income = Sample.Narrative!.Income } };
        var result = Validator.Default.Validate(only);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("FA61", StringComparison.Ordinal));
    }

    /// <summary>Whatever the report, presence rules give an Error only when the caller declared a complete disclosure.</summary>
    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property PresenceErrors_OnlyForCompleteDisclosures(FinalAccountsReport report, bool narrative)
    {
        var scope = narrative ? InputScope.Narrative : InputScope.Auto;
        var result = Validator.Default.WithOptions(new ValidationOptions { Scope = scope }).Validate(report with { Tables = null });
        return result.Diagnostics.Where(d => d.RuleId.StartsWith("FA61", StringComparison.Ordinal)).All(d => d.Severity != Severity.Error)
            .Label(string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    // ---- correspondences -----------------------------------------------------------------------------------------

    private static FinalAccountsReport WithTables(GeneralBudgetRow[] t5, EconomicRow[] t6) => Sample with
    {
        Narrative = null, Performance = null,
        Tables = new DisclosureTables
        {
            GeneralBudgetExpenditure = new GeneralBudgetExpenditureTable { Rows = t5 },
            BasicExpenditure = new BasicExpenditureTable { Rows = t6 },
        },
    };

    private static GeneralBudgetRow G(string code, string name, string basic)
        => new() { Code = FunctionalCode.FromDigits(code), Name = name, Basic = Amount.Parse(basic) };

    private static EconomicRow E(string code, string name, string amount)
        => new() { Code = EconomicCode.FromDigits(code), Name = name, Amount = Amount.Parse(amount) };

    [Fact]
    public void Correspondence_SumsTheItemsOfASectionThatIsNotPrinted()
    {
        // No 21011 row: 2101101 (6.00) + 2101103 (2.00) = 8.00 = 30110 (6.00) + 30111 (2.00).
        var report = WithTables(
            [G("210", "卫生健康支出", "8.00"), G("2101101", "行政单位医疗", "6.00"), G("2101103", "公务员医疗补助", "2.00")],
            [E("301", "工资福利支出", "8.00"), E("30110", "职工基本医疗保险缴费", "6.00"), E("30111", "公务员医疗补助缴费", "2.00")]);
        var result = Validator.Default.WithRules("FA1014").Validate(report);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA1014")!.Outcome);
    }

    [Fact]
    public void Correspondence_CountsAnAbsentEconomicRowAsZero_OnlyWhenTheTableIsPrintedBySection()
    {
        var t5 = new[] { G("221", "住房保障支出", "5.00"), G("22102", "住房改革支出", "5.00"), G("2210201", "住房公积金", "5.00") };
        // T6 printed by 款 (30101) without 30113: the housing fund of 5.00 has no economic counterpart → one warning.
        var bySection = Validator.Default.WithRules("FA1014")
            .Validate(WithTables(t5, [E("301", "工资福利支出", "9.00"), E("30101", "基本工资", "9.00")]));
        var warning = Assert.Single(bySection.Diagnostics);
        Assert.Equal(("FA1014", Severity.Warning, 5.00m), (warning.RuleId, warning.Severity, warning.Difference!.Value));
        // T6 printed by 类 only: nothing can be said.
        var byClass = Validator.Default.WithRules("FA1014").Validate(WithTables(t5, [E("301", "工资福利支出", "9.00")]));
        Assert.Empty(byClass.Diagnostics);
        Assert.Equal(CheckOutcome.CouldNotRun, byClass.CoverageOf("FA1014")!.Outcome);
    }

    private static FinalAccountsReport InYear(int? year, FinalAccountsReport report) =>
        report with { Entity = report.Entity with { FiscalYear = year } };

    [Fact]
    public void Correspondence_FollowsTheEconomicClassificationOfTheReportsYear()
    {
        // Before the 2018 reform the housing provident fund was 30311 (303 对个人和家庭的补助), from it 30113 (301).
        var t5 = new[] { G("221", "住房保障支出", "5.00"), G("22102", "住房改革支出", "5.00"), G("2210201", "住房公积金", "5.00") };
        EconomicRow[] before = [E("301", "工资福利支出", "9.00"), E("30101", "基本工资", "9.00"),
            E("303", "对个人和家庭的补助", "5.00"), E("30311", "住房公积金", "5.00")];
        var fa1014 = Validator.Default.WithRules("FA1014");

        // 2016: 2210201 5.00 = 30311 5.00 — passes (today's 30113 pair does not apply, so no warning for its absence).
        var in2016 = fa1014.Validate(InYear(2016, WithTables(t5, before)));
        Assert.Empty(in2016.Diagnostics);
        Assert.Equal(CheckOutcome.Passed, in2016.CoverageOf("FA1014")!.Outcome);

        // 2016 with 30311 at 4.00: the pre-2018 pair differs by 1.00.
        EconomicRow[] wrong = [.. before[..3], E("30311", "住房公积金", "4.00")];
        var warning = Assert.Single(fa1014.Validate(InYear(2016, WithTables(t5, wrong))).Diagnostics);
        Assert.Equal(("FA1014", Severity.Warning, 1.00m), (warning.RuleId, warning.Severity, warning.Difference!.Value));

        // 2019: 30311 is 代缴社会保险费 (never switched back to the earlier classification); the fund belongs in 30113, which
        // is absent from a table printed by 款 → 5.00.
        var in2019 = Assert.Single(fa1014.Validate(InYear(2019, WithTables(t5, before))).Diagnostics);
        Assert.Equal(5.00m, in2019.Difference!.Value);

        // Unknown year: judged by today's classification, as before years were declared (5.00 missing in 30113).
        Assert.Equal(5.00m, Assert.Single(fa1014.Validate(InYear(null, WithTables(t5, before))).Diagnostics).Difference!.Value);
    }

    [Fact]
    public void Correspondence_JudgesATablePrintedInTheOtherClassificationByItsOwnCodes()
    {
        // A 2016 table printing the fund as 30113 (the 2018 code) and no 30311: judged by the 30113 pair — 5.00 = 5.00,
        // no warning for the absent 30311; with 30113 at 4.00 the difference is 1.00 (one warning, not two).
        var t5 = new[] { G("221", "住房保障支出", "5.00"), G("22102", "住房改革支出", "5.00"), G("2210201", "住房公积金", "5.00") };
        EconomicRow[] early = [E("301", "工资福利支出", "14.00"), E("30101", "基本工资", "9.00"), E("30113", "住房公积金", "5.00")];
        var fa1014 = Validator.Default.WithRules("FA1014");
        var agrees = fa1014.Validate(InYear(2016, WithTables(t5, early)));
        Assert.Empty(agrees.Diagnostics);
        Assert.Equal(CheckOutcome.Passed, agrees.CoverageOf("FA1014")!.Outcome);
        EconomicRow[] differs = [.. early[..2], E("30113", "住房公积金", "4.00")];
        Assert.Equal(1.00m, Assert.Single(fa1014.Validate(InYear(2016, WithTables(t5, differs))).Diagnostics).Difference!.Value);
    }

    [Fact]
    public void Correspondence_HasNoMedicalPairBefore2018()
    {
        // 2016: medical insurance was inside 30104 社会保障缴费 with other contributions; 30110/30111 did not exist, so
        // a 2101101 row against a 301 table printed by 款 says nothing (in 2019 it is 6.00 without its 30110).
        var t5 = new[] { G("210", "卫生健康支出", "6.00"), G("2101101", "行政单位医疗", "6.00") };
        EconomicRow[] t6 = [E("301", "工资福利支出", "6.00"), E("30104", "社会保障缴费", "6.00")];
        var fa1014 = Validator.Default.WithRules("FA1014");
        Assert.Empty(fa1014.Validate(InYear(2016, WithTables(t5, t6))).Diagnostics);
        Assert.Equal(6.00m, Assert.Single(fa1014.Validate(InYear(2019, WithTables(t5, t6))).Diagnostics).Difference!.Value);
    }

    // ---- across years --------------------------------------------------------------------------------------------

    private static FinalAccountsReport Year(int year, AmountUnit unit, NarrativeSections narrative) =>
        new() { Entity = new ReportingEntity { Name = "测试部门", FiscalYear = year }, Unit = unit, Narrative = narrative };

    [Fact]
    public void AcrossYears_ComparesInThisReportsUnit()
    {
        // Last year in 元: closing 1,234,500.00 元 = 123.45 万元 = this year's opening.
        var last = Year(2023, AmountUnit.Yuan, new NarrativeSections
        {
            Overall = new OverallStatement { ClosingCarryOver = new StatedFigure { Amount = Amount.Parse("1234500.00") } },
        });
        var now = Year(2024, AmountUnit.WanYuan, new NarrativeSections
        {
            Overall = new OverallStatement { OpeningCarryOver = new StatedFigure { Amount = Amount.Parse("123.45") } },
        });
        var result = Validator.Default.WithRules("FA7001").Validate(now, last);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA7001")!.Outcome);
        var wrong = now with
        {
            Narrative = new NarrativeSections
            {
                Overall = new OverallStatement { OpeningCarryOver = new StatedFigure { Amount = Amount.Parse("123.55") } },
            },
        };
        var failed = Assert.Single(Validator.Default.WithRules("FA7001").Validate(wrong, last).Diagnostics);
        Assert.Equal(
            new[] { "/narrative/overall/openingCarryOver/amount", "previous#/narrative/overall/closingCarryOver/amount" },
            failed.Pointers);
        Assert.Equal(0.10m, failed.Difference);
    }

    [Fact]
    public void AcrossYears_MatchesListElementsByCode_AndRecomputesChanges()
    {
        FunctionalFigure Item(string code, string amount, YearOverYearChange? change = null) =>
            new() { Code = FunctionalCode.FromDigits(code), Name = "项", Amount = Amount.Parse(amount), Change = change };
        // Last year lists 2010302 first; this year 2010301 (50.00 → 60.00, +10.00, +20%) and 2010302 (40.00 → 30.00, stated −5.00: wrong).
        var last = Year(2023, AmountUnit.WanYuan, new NarrativeSections
        {
            GeneralBudget = new GeneralBudgetStatement { Items = new[] { Item("2010302", "40.00"), Item("2010301", "50.00") } },
        });
        var now = Year(2024, AmountUnit.WanYuan, new NarrativeSections
        {
            GeneralBudget = new GeneralBudgetStatement
            {
                Items = new[]
                {
                    Item(
                        "2010301",
                        "60.00",
                        new YearOverYearChange
                        {
                            Direction = ChangeDirection.Increase, Amount = Amount.Parse("10.00"), Rate = Percent.Parse("20.00"),
                        }),
                    Item(
                        "2010302",
                        "30.00",
                        new YearOverYearChange { Direction = ChangeDirection.Decrease, Amount = Amount.Parse("5.00") }),
                },
            },
        });
        var result = Validator.Default.WithRules("FA7003").Validate(now, last);
        var failed = Assert.Single(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "/narrative/generalBudget/items/1/amount", "previous#/narrative/generalBudget/items/0/amount",
                "/narrative/generalBudget/items/1/change/amount",
            },
            failed.Pointers);
        Assert.Equal(CheckOutcome.Failed, result.CoverageOf("FA7003")!.Outcome);
    }

    [Fact]
    public void AcrossYears_WithoutAPreviousReport_CouldNotRun_AndSaysNothing()
    {
        var result = Validator.Default.Validate(Sample);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("FA70", StringComparison.Ordinal));
        Assert.Equal(CheckOutcome.CouldNotRun, result.CoverageOf("FA7001")!.Outcome);
        Assert.Throws<ArgumentNullException>(() => Validator.Default.Validate(Sample, (FinalAccountsReport)null!));
    }

    // ---- names and the catalogue in the options ------------------------------------------------------------------

    private static FinalAccountsReport Named(int year, string health, string capital) => WithTables(
        [G("210", health, "8.00"), G("21011", "行政事业单位医疗", "8.00"), G("2101101", "行政单位医疗", "8.00")],
        [E("309", capital, "3.00"), E("30901", "房屋建筑物购建", "3.00")]) with { Entity = Sample.Entity with { FiscalYear = year } };

    [Theory]
    [InlineData(2016, "医疗卫生与计划生育支出", "基本建设支出", 0)]
    [InlineData(2024, "卫生健康支出", "资本性支出（基本建设）", 0)]
    [InlineData(2016, "卫生健康支出", "基本建设支出", 1)]          // a 2019+ name in 2016
    [InlineData(2024, "医疗卫生与计划生育支出", "资本性支出（基本建设）", 1)]   // a 2014–2018 name in 2024
    [InlineData(2024, "卫生健康支出", "基本建设支出", 1)]           // a pre-2018-reform economic name in 2024
    [InlineData(2016, "医疗卫生与计划生育支出", "资本性支出（基本建设）", 1)]   // a post-reform economic name in 2016
    public void NameWarnings_FollowTheReportYear(int year, string health, string capital, int warnings)
    {
        var result = Validator.Default.WithRules("FA5003", "FA5004").Validate(Named(year, health, capital));
        Assert.Equal(warnings, result.WarningCount);
    }

    [Fact]
    public void LoadedCatalogue_ReplacesTheBuiltInOne_InTheCodeRules()
    {
        var report = Named(2024, "卫生健康支出", "资本性支出（基本建设）");
        Assert.Equal(0, Validator.Default.WithRules("FA5003", "FA5004").Validate(report).WarningCount);
        // A user's list (e.g. converted from the official Excel) that names 210 and 30901 differently and knows 2101101.
        var csv = "code,name\n210,卫生健康支出（用户目录）\n2101101,行政单位医疗\n30901,房屋建筑物购建（用户目录）\n";
        var options = new ValidationOptions { Catalogue = ClassificationCatalogue.Load(new StringReader(csv)) };
        var result = Validator.Default.WithOptions(options).WithRules("FA5003", "FA5004").Validate(report);
        Assert.Equal(new[] { "/tables/generalBudgetExpenditure/rows/0/name", "/tables/basicExpenditure/rows/1/name" },
            result.Diagnostics.Select(d => d.Pointers[0]).OrderByDescending(p => p, StringComparer.Ordinal));
        // 309 and 21011 are not in the user's list: those names could not be judged, although the built-in list knows them.
        Assert.Contains("/tables/basicExpenditure/rows/0/name", result.CoverageOf("FA5004")!.Missing);
    }
}
