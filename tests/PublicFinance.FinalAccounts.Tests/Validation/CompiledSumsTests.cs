using System.Globalization;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 22 (issue 13): the sums over lists compiled into typed walks from their data
/// (<c>Validation/Compiled/CompiledSums.g.cs</c>, written by <see cref="CompiledSumsGenerator"/>). The generated file must
/// be current; the interpreter is the oracle (internal <c>ValidationOptions.CompiledSums = false</c>) for the whole
/// catalogue — findings, severities, pointers, messages, verifications and coverage with missing pointers identical on the
/// conformance cases and their variants, the sample and its variants under six option sets and with rules removed, the
/// sample's evaluations changed every way, tables of many rows, the real texts read, and generated reports with mutants.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CompiledSumsTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    /// <summary>The performance sums, the income table's sums, and a rule of the narrative's.</summary>
    private static readonly string[] Removed = ["FA3001", "FA3003", "FA0201", "FA0203", "FA1205"];

    [Fact]
    public void CompiledSums_AreCurrent()
        => GeneratedFile.Check(
            CompiledSumsGenerator.RelativePath,
            CompiledSumsGenerator.Generate(),
            CompiledSumsGenerator.UpdateVariable,
            "The rule catalogue's sums or the model changed: the compiled sums must be generated again. ");

    [Fact]
    public void EverySum_IsCompiled_InItsShape()
    {
        // docs/rules/relations.json declares 204 sums (session 33: FA1208's 财政拨款 = 一般公共预算 + funds became a condition
        // relation, a fund the text does not mention being unknown, not 0); each one's total and terms are amounts,
        // quantities or counts (a sum
        // of percentages is a ratio relation, not a sum), each has at most one wildcard in its total and one per term, so
        // all 205 are compiled. A total per element — FA0201, FA0301, FA0402, FA0501 (a row's members), FA0801 and FA0802
        // (two tables each), FA3001 and FA3003 (the lists below an evaluation): 4 + 2 + 2 + 2 = 10; one total: the other
        // 195 — the 150 over fixed pointers (session 24: FA4006's 8 = four “三公” items' split 小计 against the item, this year
        // and the prior year; session 26: FA1208's 财政拨款 final on the second budget basis; session 36: FA1214) and 45
        // columns or lists (FA0103 1, FA0203 7, FA0303 6, FA0408 4, FA0503 3, FA0602 1, FA0603 1,
        // FA0804 12 = two tables × six columns, FA1205 1, FA4201 1, FA4005 8 = four “三公” items × this year and the prior
        // year, schema 1.5).
        var compiled = CompiledSumsGenerator.Compiled;
        Assert.Equal(212, RuleCatalogue.Relations.OfType<SumRelation>().Count());   // 46: FA4105, FA4204, FA1104 x2; 47: FA1216; 48: FA1218
        Assert.Equal(212, compiled.Count);
        Assert.Equal(
            ["FA0201", "FA0301", "FA0402", "FA0501", "FA0801", "FA0801", "FA0802", "FA0802", "FA3001", "FA3003"],
            compiled.Where(c => c.Shape == CompiledSumsGenerator.SumShape.PerElement).Select(c => c.RuleId));
        Assert.Equal(12, compiled.Count(c => c.RuleId == "FA0804"));
        Assert.Equal(CompiledSums.GeneratedCount, compiled.Count);
    }

    [Fact]
    public void ASumWhoseDataChanged_HasNoWalk_AndRunsInterpreted()
    {
        // The walk is found by the sum's data, not its rule id: FA0201 with its terms in another order (the same sum,
        // differently declared) is a relation the generator never saw; FA3001 without its default total likewise.
        var fa0201 = Sum("FA0201");
        Assert.NotNull(CompiledSums.Of(fa0201));
        var reordered = fa0201 with { Items = [.. fa0201.Items.Reverse()] };
        Assert.NotEqual(CompiledSums.KeyOf(fa0201), CompiledSums.KeyOf(reordered));
        Assert.Null(CompiledSums.Of(reordered));
        var fa3001 = Sum("FA3001");
        Assert.NotNull(CompiledSums.Of(fa3001));
        Assert.Null(CompiledSums.Of(fa3001 with { TotalDefault = null }));
        Assert.Null(CompiledSums.Of(fa3001 with { WhenAbsent = AbsentFigures.CouldNotRun }));
    }

    [Fact]
    public void EveryGeneratedWalk_IsFoundAtRunTime_FromItsSumsData()
    {
        // Were the key computed differently at run time than when the file was generated, every sum would silently run
        // interpreted and the differential tests would still pass: so as many catalogue sums find a walk as were generated.
        var found = RuleCatalogue.Relations.OfType<SumRelation>().Count(r => CompiledSums.Of(r) is not null);
        Assert.True(CompiledSums.GeneratedCount > 0);
        Assert.Equal(CompiledSums.GeneratedCount, found);
    }

    [Fact]
    public void ARowSum_PassesByItsWalk_AndAnythingElseIsLeftUnrecorded()
    {
        // FA0201: a row's total = 财政拨款 + 上级补助 + 事业 + 经营 + 附属 + 其他 (all required). Two rows, each
        // 10.00 + 2.50 + four zeros = 12.50: two passes by the walk, nothing else recorded.
        var sum = Sum("FA0201");
        var rows = new[] { Row("201", "12.50", "10.00", "2.50"), Row("20101", "12.50", "10.00", "2.50") };
        var (handled, coverage) = Walk(sum, rows, ValidationOptions.Default);
        Assert.True(handled);
        Assert.Equal((2, 0, 0, 0), coverage);

        // The second row's total one cent off: the interpreter must write the finding, so the walk records nothing at all
        // (not even the first row's pass, which the interpreter records again).
        rows[1] = Row("20101", "12.51", "10.00", "2.50");
        Assert.Equal((false, (0, 0, 0, 0)), Walk(sum, rows, ValidationOptions.Default));

        // A total written with nine decimals is not exact by values first (its interval is worked out): left over.
        rows[1] = Row("20101", "12.500000000", "10.00", "2.50");
        Assert.Equal((false, (0, 0, 0, 0)), Walk(sum, rows, ValidationOptions.Default));

        // A row without a total and without any member: FA0201 records not applicable there (WhenAbsent default, no item).
        rows[1] = new IncomeRow { Code = FunctionalCode.Parse("20101"), Name = "行政运行" };
        Assert.Equal((true, (1, 0, 1, 0)), Walk(sum, rows, ValidationOptions.Default));

        // A member missing where the total is stated: could not run, with its pointer — the interpreter's.
        rows[1] = Row("20101", "12.50", "10.00", "2.50") with { OtherIncome = null };
        Assert.Equal((false, (0, 0, 0, 0)), Walk(sum, rows, ValidationOptions.Default));

        // Verifications recorded, or values first off, or the switch off: the interpreter alone.
        rows[1] = Row("20101", "12.50", "10.00", "2.50");
        Assert.False(Walk(sum, rows, ValidationOptions.Default with { RecordVerifications = true }).Handled);
        Assert.False(Walk(sum, rows, ValidationOptions.Default with { ValuesFirst = false }).Handled);
        Assert.False(Walk(sum, rows, ValidationOptions.Default with { CompiledSums = false }).Handled);
    }

    [Fact]
    public void AColumnSum_ReadsOnlyTheRowsItsCodeFilterAccepts()
    {
        // FA0203's first sum: the table's total = Σ the rows whose code has three digits. Rows 201 (12.50) and 208 (1.25)
        // make 13.75; the row 20101 (12.50) is below 201 and is not added. A total of 13.75 passes; 26.25 (all rows
        // added) is a difference the interpreter must report.
        var sum = Sum("FA0203");
        Assert.Equal("/tables/income/total/total", sum.Total);
        var rows = new[] { Row("201", "12.50", "12.50", "0"), Row("20101", "12.50", "12.50", "0"), Row("208", "1.25", "1.25", "0") };
        Assert.Equal((true, (1, 0, 0, 0)), Walk(sum, rows, ValidationOptions.Default, total: "13.75"));
        Assert.Equal((false, (0, 0, 0, 0)), Walk(sum, rows, ValidationOptions.Default, total: "26.25"));

        // No row of three digits: the required term has no figure, so the check cannot run (the interpreter's).
        Assert.Equal((false, (0, 0, 0, 0)), Walk(sum, [rows[1]], ValidationOptions.Default, total: "12.50"));
    }

    [Fact]
    public void AFixedTermMissing_UnderAStatedTotal_IsRecordedWithItsPointer()
    {
        // FA1101's first sum: the narrative's 收入总计 = the summary table's grand total. The sample states the narrative's
        // figure and has no tables, so the term is missing: could not run, the term's pointer (its template, as the
        // interpreter's location reads) as the missing one — recorded by the walk, no index location made.
        var sum = Sum("FA1101");
        Assert.Equal("/narrative/overall/incomeGrandTotal/amount", sum.Total);
        var report = TestReports.Sample;
        var rule = RuleCatalogue.Descriptors.First(d => d.Id == sum.RuleId);
        var options = ValidationOptions.Default;
        var context = new ValidationContext(report, ReportFacts.Create(report), options, rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
        Assert.True(CompiledSums.TryEvaluate(context, sum));
        var coverage = context.ToCoverage();
        Assert.Equal((0, 0, 0, 1), (coverage.Passed, coverage.Failed, coverage.NotApplicable, coverage.CouldNotRun));
        Assert.Equal(["/tables/summary/income/grandTotal"], coverage.Missing);
    }

    [Fact]
    public void EveryCase_AndItsVariants_AsTheInterpreter()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheInterpreter() =>
        OracleSweeps.TheSampleAndItsVariants(Options, Removed, BothWays);

    [Property(MaxTest = 60)]
    public Property TheSample_WithItsEvaluationsChanged_AsTheInterpreter(int[] choices, bool recordVerifications)
    {
        // FA3001/FA3003 per evaluation: a total weight or score removed (FA3001 then reads its default of 100), moved by
        // 0.1 or written with nine decimals, a fund's or an indicator's weight or score removed or moved, an empty list.
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var evaluations = json["performance"]!["evaluations"]!.AsArray();
        var i = 0;
        foreach (var evaluation in evaluations.Select(e => e!.AsObject()))
        {
            var choice = choices.Length == 0 ? i : Math.Abs(choices[i % choices.Length] % 1000);
            Change(evaluation, choice);
            i++;
        }

        Assert.True(i > 0);
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var set = Options[Math.Abs(choices.Sum(c => c % 7)) % Options.Length] with { RecordVerifications = recordVerifications };
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Property(MaxTest = 40)]
    public Property TablesOfManyRows_AsTheInterpreter(int[] choices, PositiveInt size, bool recordVerifications)
    {
        // An income table and a basic-expenditure table of 20–400 rows each: classes of three digits with rows of five and
        // seven below, every figure chosen, a row's total its members' sum or one cent off or absent, a member absent now
        // and then, a value with nine decimals now and then; the tables' totals the sum of their three-digit rows or off.
        var count = 20 + (size.Get % 381);
        var report = TestReports.Sample with { Tables = ManyRows(choices, count) };
        var set = Options[(size.Get / 7) % Options.Length] with { RecordVerifications = recordVerifications };
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Theory]
    [MemberData(nameof(ReadResultGoldenTests.Texts), MemberType = typeof(ReadResultGoldenTests))]
    public void TheTextsRead_AsTheInterpreter(string path)
    {
        var report = DisclosureReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path))).Report;
        foreach (var set in Options)
        {
            var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
            Assert.Equal(expected, actual);
        }
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledSums = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledSums = false }).Validate(report)));

    private static SumRelation Sum(string ruleId) => RuleCatalogue.Relations.OfType<SumRelation>().First(r => r.RuleId == ruleId);

    private static IncomeRow Row(string code, string total, string fiscal, string other) => new()
    {
        Code = FunctionalCode.Parse(code),
        Name = "项目" + code,
        Total = Amount.Parse(total),
        FiscalAppropriation = Amount.Parse(fiscal),
        SuperiorSubsidy = Amount.Parse("0"),
        ServiceIncome = Amount.Parse("0"),
        BusinessIncome = Amount.Parse("0"),
        AffiliatedRemittance = Amount.Parse("0"),
        OtherIncome = Amount.Parse(other),
    };

    /// <summary>A sum evaluated by its walk over an income table of these rows: whether it recorded, and the counts.</summary>
    private static (bool Handled, (int Passed, int Failed, int NotApplicable, int CouldNotRun) Coverage) Walk(
        SumRelation sum, IncomeRow[] rows, ValidationOptions options, string? total = null)
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
            Tables = new DisclosureTables
            {
                Income = new IncomeTable { Rows = rows, Total = total is null ? null : new IncomeColumns { Total = Amount.Parse(total) } },
            },
        };
        var rule = RuleCatalogue.Descriptors.First(d => d.Id == sum.RuleId);
        var context = new ValidationContext(report, ReportFacts.Create(report), options, rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
        var handled = CompiledSums.TryEvaluate(context, sum);
        var coverage = context.ToCoverage();
        return (handled, (coverage.Passed, coverage.Failed, coverage.NotApplicable, coverage.CouldNotRun));
    }

    private static void Change(JsonObject evaluation, int choice)
    {
        switch (choice % 10)
        {
            case 0:
                evaluation.Remove("totalWeight");
                break;
            case 1:
                evaluation.Remove("totalScore");
                break;
            case 2:
                evaluation["totalWeight"] = "100.000000000";
                break;
            case 3:
                evaluation["totalScore"] = "0.1";
                break;
            case 4:
                evaluation["indicators"] = new JsonArray();
                break;
            case 5:
                evaluation["funds"] = new JsonArray();
                break;
            case 6:
                First(evaluation, "funds")?.Remove("weight");
                break;
            case 7:
                First(evaluation, "indicators")?.Remove("score");
                break;
            case 8:
                if (First(evaluation, "indicators") is { } indicator)
                {
                    indicator["weight"] = "0.5";
                }

                break;
        }

        // Every other evaluation keeps the rest as it is; every third also loses its total weight.
        if (choice / 10 % 3 == 0)
        {
            evaluation.Remove("totalWeight");
        }
    }

    private static JsonObject? First(JsonObject evaluation, string list) =>
        evaluation[list] is JsonArray { Count: > 0 } items ? items[0] as JsonObject : null;

    private static DisclosureTables ManyRows(int[] choices, int count)
    {
        int Choice(int i) => choices.Length == 0 ? i * 7 : Math.Abs(choices[i % choices.Length] + i);
        Amount? Member(int i, int k)
        {
            var c = Choice(i * 8 + k);
            return c % 29 == 0 ? null : c % 31 == 0 ? Amount.FromDecimal(0.000000001m, 9) : Amount.FromDecimal(c % 1000 / 100m, 2);
        }

        var income = new List<IncomeRow>(count);
        var basic = new List<EconomicRow>(count);
        var classTotal = 0m;
        var basicTotal = 0m;
        for (var i = 0; i < count; i++)
        {
            // Every fifth row a class (three digits), then a 款 (five) and 项 (seven) rows below it.
            var code = (i % 5) switch
            {
                0 => (201 + i / 5 % 99).ToString(CultureInfo.InvariantCulture),
                1 or 2 => (201 + i / 5 % 99).ToString(CultureInfo.InvariantCulture) + "01",
                _ => (201 + i / 5 % 99).ToString(CultureInfo.InvariantCulture) + "0101",
            };
            var members = Enumerable.Range(0, 6).Select(k => Member(i, k)).ToArray();
            var sum = members.Sum(m => m?.Value ?? 0m);
            var c = Choice(i * 8 + 7);
            var total = c % 11 == 0 ? null : (Amount?)Amount.Round(c % 13 == 0 ? sum + 0.01m : sum, 2);
            if (code.Length == 3)
            {
                classTotal += total?.Value ?? 0m;
            }

            income.Add(new IncomeRow
            {
                Code = FunctionalCode.Parse(code),
                Name = "项目" + code,
                Total = total,
                FiscalAppropriation = members[0],
                SuperiorSubsidy = members[1],
                ServiceIncome = members[2],
                BusinessIncome = members[3],
                AffiliatedRemittance = members[4],
                OtherIncome = members[5],
            });

            // The basic-expenditure rows: 301/302/303 classes and their items (five digits).
            var economic = (i % 3) switch { 0 => "301", 1 => "302", _ => "303" } + (i % 2 == 0 ? string.Empty : "01");
            var amount = Amount.FromDecimal(Choice(i * 8 + 6) % 500 / 10m, 1);
            basicTotal += economic is "301" or "303" ? amount.Value : 0m;
            basic.Add(new EconomicRow { Code = EconomicCode.Parse(economic), Name = "经济" + economic, Amount = amount });
        }

        var off = Choice(count) % 4 == 0 ? 0.01m : 0m;
        return new DisclosureTables
        {
            Income = new IncomeTable { Rows = income, Total = new IncomeColumns { Total = Amount.FromDecimal(classTotal + off, 2) } },
            BasicExpenditure = new BasicExpenditureTable { Rows = basic, PersonnelTotal = Amount.FromDecimal(basicTotal, 1) },
        };
    }
}
