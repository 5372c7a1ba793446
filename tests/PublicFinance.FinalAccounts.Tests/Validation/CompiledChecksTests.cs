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
/// Session 23 (issue 13): the inequalities, ratios, roll-ups and hierarchies compiled into typed walks from their data
/// (<c>Validation/Compiled/CompiledChecks.g.cs</c>, written by <see cref="CompiledChecksGenerator"/>). The generated file
/// must be current; the interpreter (with the bound forms) is the oracle (internal <c>ValidationOptions.CompiledChecks =
/// false</c>) for the whole catalogue — findings, severities, pointers, messages, verifications and coverage with missing
/// pointers identical on the conformance cases and their variants, the sample and its variants under the three option sets
/// without verifications (with them the walks refuse) and with rules removed, the sample's evaluations and narrative changed every way,
/// coded tables of many rows, the real texts
/// read, and generated reports with mutants.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CompiledChecksTests
{
    // The three option sets without verifications recorded: with them CompiledChecks.TryEvaluate refuses (the walks record
    // no verifications) and both runs would be the interpreter's, comparing it with itself (review 23).
    // CompiledWalks_RunUnderEveryComparedOptionSet asserts that the walks do run under each of these.
    private static readonly ValidationOptions[] Options = [.. OracleSweeps.SixOptionSets.Where(o => !o.RecordVerifications)];

    /// <summary>The performance rules, a roll-up's, a share's and a hierarchy's.</summary>
    private static readonly string[] Removed = ["FA3002", "FA3004", "FA1205", "FA2001", "FA0202"];

    [Fact]
    public void CompiledChecks_AreCurrent()
        => GeneratedFile.Check(
            CompiledChecksGenerator.RelativePath,
            CompiledChecksGenerator.Generate(),
            CompiledChecksGenerator.UpdateVariable,
            "The rule catalogue's inequalities, ratios, roll-ups or hierarchies or the model changed: the compiled checks must be "
            + "generated again. ");

    [Fact]
    public void EveryRelationOfTheFourKinds_IsCompiled()
    {
        // docs/rules/relations.json declares 15 inequalities (FA3002's two over the evaluations' lists, thirteen at
        // fixed pointers — schema 1.5's FA1213 among them), 33 ratios (FA3004 over the evaluations' funds with a fallback
        // denominator, FA2004 over the narrative's classes, 31 at fixed pointers — spec 5.1's three FA2007, 5.4's FA2010,
        // 5.5's FA4106 and 5.6's four FA2011 among them), one
        // roll-up (FA1205) and 6 hierarchies (tables 2, 3, 5, 6, 8 and 9). Every template is typed by the contract as a figure
        // (a percentage for a ratio's percent), and every wildcard of another template names a list the checked figure walks:
        // all 56 are compiled (48: FA1217).
        var compiled = CompiledChecksGenerator.Compiled;
        Assert.Equal(15, compiled.Count(c => c.Kind == typeof(InequalityRelation)));
        Assert.Equal(33, compiled.Count(c => c.Kind == typeof(RatioRelation)));   // session 45: FA2010; 46: FA4106, FA2011 (4)
        Assert.Equal(["FA1205", "FA1217"], compiled.Where(c => c.Kind == typeof(RollupRelation)).Select(c => c.RuleId));
        Assert.Equal(6, compiled.Count(c => c.Kind == typeof(HierarchyRelation)));
        Assert.Equal(
            56, RuleCatalogue.Relations.Count(r => r is InequalityRelation or RatioRelation or RollupRelation or HierarchyRelation));
        Assert.Equal(CompiledChecks.GeneratedCount, compiled.Count);
    }

    [Fact]
    public void ARelationWhoseDataChanged_HasNoWalk_AndRunsInterpreted()
    {
        // The walk is found by the relation's data, not its rule id: FA3002's first inequality with another whenAbsent, FA3004
        // without its fallback, a hierarchy with its columns reordered are relations the generator never saw.
        var fa3002 = RuleCatalogue.Relations.OfType<InequalityRelation>().First(r => r.RuleId == "FA3002");
        Assert.NotNull(CompiledChecks.Of(fa3002));
        Assert.Null(CompiledChecks.Of(fa3002 with { WhenAbsent = AbsentFigures.CouldNotRun }));
        var fa3004 = RuleCatalogue.Relations.OfType<RatioRelation>().First(r => r.RuleId == "FA3004");
        Assert.NotNull(CompiledChecks.Of(fa3004));
        Assert.Null(CompiledChecks.Of(fa3004 with { DenominatorFallback = null }));
        var hierarchy = Hierarchy();
        Assert.NotNull(CompiledChecks.Of(hierarchy));
        Assert.Null(CompiledChecks.Of(hierarchy with { Columns = [.. hierarchy.Columns.Reverse()] }));

        // A sum or a condition relation has its own generator: no key here.
        Assert.Null(CompiledChecks.KeyOf(RuleCatalogue.Relations.OfType<SumRelation>().First()));
    }

    [Fact]
    public void EveryGeneratedWalk_IsFoundAtRunTime_FromItsRelationsData()
    {
        // Were the key computed differently at run time than when the file was generated, every relation would silently run
        // interpreted and the differential tests would still pass: so as many relations find a walk as were generated.
        var found = RuleCatalogue.Relations.Count(r => CompiledChecks.KeyOf(r) is not null && CompiledChecks.Of(r) is not null);
        Assert.True(CompiledChecks.GeneratedCount > 0);
        Assert.Equal(CompiledChecks.GeneratedCount, found);
    }

    [Fact]
    public void CompiledWalks_RunUnderEveryComparedOptionSet()
    {
        // Table 2's consistent hierarchy (201 = 20101 + 20102, 20101 = 2010101): under every compared option set the walk
        // handles it (14 passes, as below); with verifications recorded it refuses, so those sets are not compared.
        var rows = new[] { Row("201", "12.50"), Row("20101", "10.00"), Row("2010101", "10.00"), Row("20102", "2.50") };
        Assert.Equal(3, Options.Length);
        foreach (var set in Options)
        {
            Assert.Equal((true, (14, 0, 0, 0)), Walk(rows, set));
        }

        Assert.All(OracleSweeps.SixOptionSets.Where(o => o.RecordVerifications), set => Assert.False(Walk(rows, set).Handled));
    }

    [Fact]
    public void AHierarchy_PassesByItsWalk_AndAnythingElseIsLeftUnrecorded()
    {
        // Table 2's hierarchy over its seven columns: 201 = 20101 + 20102 in every column (12.50 = 10.00 + 2.50 in the
        // total, fiscal and other columns; zeros elsewhere), 20101 = 2010101 (10.00). Rows with children: 201 and 20101,
        // seven columns each: 14 passes, nothing else.
        var rows = new[]
        {
            Row("201", "12.50"), Row("20101", "10.00"), Row("2010101", "10.00"), Row("20102", "2.50"),
        };
        Assert.Equal((true, (14, 0, 0, 0)), Walk(rows, ValidationOptions.Default));

        // 201 one cent off: the interpreter must write the finding, so the walk records nothing (not even 20101's passes).
        rows[0] = Row("201", "12.51");
        Assert.Equal((false, (0, 0, 0, 0)), Walk(rows, ValidationOptions.Default));

        // A child's total absent under a stated parent: could not run with the child's cell — the interpreter's.
        rows[0] = Row("201", "12.50");
        rows[3] = Row("20102", "2.50") with { Total = null };
        Assert.Equal((false, (0, 0, 0, 0)), Walk(rows, ValidationOptions.Default));

        // The parent's total and its only child's absent: not applicable in that column (13 passes, 1 not applicable).
        rows[3] = Row("20102", "2.50");
        rows[1] = Row("20101", "10.00") with { Total = null };
        rows[2] = Row("2010101", "10.00") with { Total = null };
        Assert.Equal((false, (0, 0, 0, 0)), Walk(rows, ValidationOptions.Default));
        rows[0] = Row("201", "12.50") with { Total = null };
        rows[3] = Row("20102", "2.50") with { Total = null };
        Assert.Equal((true, (12, 0, 2, 0)), Walk(rows, ValidationOptions.Default));

        // Nine decimals are not exact by values first; verifications, values first off or the switch off: the interpreter.
        rows = [Row("201", "2.500000000"), Row("20101", "2.500000000")];
        Assert.False(Walk(rows, ValidationOptions.Default).Handled);
        rows = [Row("201", "2.50"), Row("20101", "2.50")];
        Assert.Equal((true, (7, 0, 0, 0)), Walk(rows, ValidationOptions.Default));
        Assert.False(Walk(rows, ValidationOptions.Default with { RecordVerifications = true }).Handled);
        Assert.False(Walk(rows, ValidationOptions.Default with { ValuesFirst = false }).Handled);
        Assert.False(Walk(rows, ValidationOptions.Default with { CompiledChecks = false }).Handled);
    }

    [Fact]
    public void TheSamplesScoresAndRates_AreDecidedByTheirWalks()
    {
        // The sample's evaluations: every fund's and indicator's score is within its weight, every execution rate the
        // quotient of its figures (FA3002, FA3004): each walk records its every outcome.
        var report = TestReports.Sample;
        foreach (var relation in RuleCatalogue.Relations.Where(r => r.RuleId is "FA3002" or "FA3004"))
        {
            Assert.True(Evaluate(report, relation).Handled, relation.RuleId);
        }

        // The narrative's class 208 states 362.06 where its items add up to 362.07 (2080501 + 2080505 + 2080506 + 2080801):
        // within rounding, a pass with the interpreter's note — since session 25 recorded by the walk itself
        // (CompiledChecks.RollupChecked): the two other classes pass (2); class 208's note is a diagnostic, not a pass.
        var rollup = RuleCatalogue.Relations.OfType<RollupRelation>().Single(r => r.RuleId == "FA1205");
        Assert.Equal((true, (2, 0, 0, 0)), Evaluate(report, rollup));

        // A score raised above its weight leaves FA3002's first walk to the interpreter.
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var fund = json["performance"]!["evaluations"]![0]!["funds"]![0]!;
        fund["score"] = "11";
        Assert.Equal("10", (string?)fund["weight"]);
        var changed = FinalAccountsJson.Deserialize(json.ToJsonString());
        var first = RuleCatalogue.Relations.OfType<InequalityRelation>().First(r => r.RuleId == "FA3002");
        Assert.Equal((false, (0, 0, 0, 0)), Evaluate(changed, first));
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
    public Property TheSample_WithItsFiguresChanged_AsTheInterpreter(int[] choices)
    {
        // Per evaluation, fund and indicator: a score or a weight removed, raised, written with nine decimals; an execution
        // rate removed or moved, a full-year budget removed (the initial budget is the fallback) or zero; per narrative class
        // and item (whose amount the contract requires): an amount moved by a cent, a code removed or cut.
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        var i = 0;
        foreach (var evaluation in json["performance"]!["evaluations"]!.AsArray().Select(e => e!.AsObject()))
        {
            foreach (var line in Lines(evaluation, "funds").Concat(Lines(evaluation, "indicators")))
            {
                Change(line, Choice(choices, i++));
            }
        }

        var budget = json["narrative"]!["generalBudget"]!;
        foreach (var row in Lines(budget.AsObject(), "classes").Concat(Lines(budget.AsObject(), "items")))
        {
            Change(row, Choice(choices, i++));
        }

        Assert.True(i > 0);
        var report = FinalAccountsJson.Deserialize(json.ToJsonString());
        var set = Options[Math.Abs(choices.Sum(c => c % 7)) % Options.Length];   // verifications off: the walks run
        var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
        return (actual == expected).Label(actual + "\nexpected\n" + expected);
    }

    [Property(MaxTest = 40)]
    public Property CodedTablesOfManyRows_AsTheInterpreter(int[] choices, PositiveInt size)
    {
        // Income, expenditure and general-budget tables of 20–600 rows: classes with 款 and 项 below, each parent the sum of
        // its children (so most hierarchies pass by their walks), now and then a figure off by a cent, absent, with nine
        // decimals, a code repeated or a child listed before its parent.
        var count = 20 + (size.Get % 581);
        var report = TestReports.Sample with { Tables = CodedTables(choices, count) };
        var set = Options[(size.Get / 7) % Options.Length];   // verifications off: the walks run
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
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledChecks = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledChecks = false }).Validate(report)));

    private static HierarchyRelation Hierarchy() =>
        RuleCatalogue.Relations.OfType<HierarchyRelation>().First(r => r.Rows == "/tables/income/rows");

    private static int Choice(int[] choices, int i) => choices.Length == 0 ? i : Math.Abs(choices[i % choices.Length] % 1000);

    private static IEnumerable<JsonObject> Lines(JsonObject parent, string list) =>
        parent[list] is JsonArray items ? items.OfType<JsonObject>() : [];

    private static void Change(JsonObject line, int choice)
    {
        // Members a line may not have are simply set: the contract ignores none of them (each is one of the line's).
        switch (choice % 12)
        {
            case 0 when line.ContainsKey("score"):
                line.Remove("score");
                break;
            case 1 when line.ContainsKey("weight"):
                line["weight"] = "0.5";
                break;
            case 2 when line.ContainsKey("score"):
                line["score"] = "1.000000000";
                break;
            case 3 when line.ContainsKey("executionRate"):
                line.Remove("executionRate");
                break;
            case 4 when line.ContainsKey("executionRate"):
                line["executionRate"] = "99.9";
                break;
            case 5 when line.ContainsKey("fullYearBudget"):
                line.Remove("fullYearBudget");
                break;
            case 6 when line.ContainsKey("fullYearBudget"):
                line["fullYearBudget"] = "0";
                break;
            case 7 when line.ContainsKey("weight"):
                line.Remove("weight");
                break;
            case 8 when line["amount"] is JsonValue amount:
                var moved = decimal.Parse((string)amount!, CultureInfo.InvariantCulture) + 0.01m;
                line["amount"] = moved.ToString(CultureInfo.InvariantCulture);
                break;
            case 9 when line.ContainsKey("code"):
                line.Remove("code");
                break;
            case 10 when line["code"] is JsonValue code && ((string)code!).Length > 3:
                line["code"] = ((string)code!).Substring(0, 3);
                break;
        }
    }

    private static IncomeRow Row(string code, string total) => new()
    {
        Code = FunctionalCode.Parse(code),
        Name = "项目" + code,
        Total = Amount.Parse(total),
        FiscalAppropriation = Amount.Parse(total),
        SuperiorSubsidy = Amount.Parse("0"),
        ServiceIncome = Amount.Parse("0"),
        BusinessIncome = Amount.Parse("0"),
        AffiliatedRemittance = Amount.Parse("0"),
        OtherIncome = Amount.Parse("0"),
    };

    /// <summary>Table 2's hierarchy evaluated by its walk over these rows: whether it recorded, and the counts.</summary>
    private static (bool Handled, (int Passed, int Failed, int NotApplicable, int CouldNotRun) Coverage) Walk(
        IncomeRow[] rows, ValidationOptions options)
    {
        var report = new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
            Tables = new DisclosureTables { Income = new IncomeTable { Rows = rows } },
        };
        return Evaluate(report, Hierarchy(), options);
    }

    private static (bool Handled, (int Passed, int Failed, int NotApplicable, int CouldNotRun) Coverage) Evaluate(
        FinalAccountsReport report, Relation relation, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var rule = RuleCatalogue.Descriptors.First(d => d.Id == relation.RuleId);
        var context = new ValidationContext(report, ReportFacts.Create(report), options, rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
        var handled = CompiledChecks.TryEvaluate(context, relation);
        var coverage = context.ToCoverage();
        return (handled, (coverage.Passed, coverage.Failed, coverage.NotApplicable, coverage.CouldNotRun));
    }

    private static DisclosureTables CodedTables(int[] choices, int count)
    {
        int Pick(int i) => choices.Length == 0 ? i * 7 : Math.Abs(choices[i % choices.Length] + i);
        var codes = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            // A class every six rows, two 款 below it, a 项 below each 款.
            var head = (201 + (i / 6 % 99)).ToString(CultureInfo.InvariantCulture);
            codes.Add((i % 6) switch
            {
                0 => head,
                1 => head + "01",
                2 => head + "0101",
                3 => head + "0102",
                4 => head + "02",
                _ => head + "0201",
            });
        }

        // Each leaf's value chosen; a parent's the sum of its children's (so 类 = Σ 款 and 款 = Σ 项 hold by construction).
        var values = new decimal[count];
        for (var i = count - 1; i >= 0; i--)
        {
            var prefix = codes[i];
            var children = Enumerable.Range(i + 1, count - i - 1).TakeWhile(j => codes[j].StartsWith(prefix, StringComparison.Ordinal))
                .Where(j => codes[j].Length == prefix.Length + 2).ToList();
            values[i] = children.Count == 0 ? Pick(i) % 1000 / 100m : children.Sum(j => values[j]);
        }

        Amount? Figure(int i, int column)
        {
            var c = Pick((i * 5) + column + 3);
            return c % 37 == 0 ? null
                : c % 41 == 0 ? Amount.FromDecimal(values[i] + 0.000000001m, 9)
                : Amount.FromDecimal(c % 43 == 0 ? values[i] + 0.01m : values[i], 2);
        }

        string CodeOf(int i) => Pick(i + 11) % 53 == 0 ? codes[Math.Max(0, i - 1)] : codes[i];
        var order = Enumerable.Range(0, count).ToList();
        if (Pick(count) % 3 == 0 && count > 3)
        {
            // A child listed before its parent.
            (order[0], order[2]) = (order[2], order[0]);
        }

        return new DisclosureTables
        {
            Income = new IncomeTable
            {
                Rows = [.. order.Select(i => new IncomeRow
                {
                    Code = FunctionalCode.Parse(CodeOf(i)),
                    Name = "收入" + codes[i],
                    Total = Figure(i, 0),
                    FiscalAppropriation = Figure(i, 1),
                })],
            },
            Expenditure = new ExpenditureTable
            {
                Rows = [.. order.Select(i => new ExpenditureRow
                {
                    Code = FunctionalCode.Parse(CodeOf(i)),
                    Name = "支出" + codes[i],
                    Total = Figure(i, 2),
                    Basic = Figure(i, 3),
                    Project = Amount.FromDecimal(0m, 2),
                })],
            },
            GeneralBudgetExpenditure = new GeneralBudgetExpenditureTable
            {
                Rows = [.. order.Select(i => new GeneralBudgetRow
                {
                    Code = FunctionalCode.Parse(codes[i]),
                    Name = "一般" + codes[i],
                    Total = Figure(i, 4),
                    Basic = Figure(i, 4),
                    Project = Amount.FromDecimal(0m, 2),
                })],
            },
        };
    }
}
