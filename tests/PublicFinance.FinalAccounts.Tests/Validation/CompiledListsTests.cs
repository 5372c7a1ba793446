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
/// Session 24 (issue 13): the matches, unique keys, patterns and listed parents compiled into typed walks from their data
/// (<c>Validation/Compiled/CompiledLists.g.cs</c>, written by <see cref="CompiledListsGenerator"/>) so that none of them
/// reads the fact index. The generated file must be current; the interpreter (<c>ListRelationEvaluator</c>,
/// <c>RelationEvaluator.EvaluateMatch</c> over the index) is the oracle (internal <c>ValidationOptions.CompiledLists =
/// false</c>) — findings, severities, pointers, messages, verifications and coverage with missing pointers identical on
/// the conformance cases and their variants, the sample under every option set and with rules removed, the texts read,
/// coded lists mutated every way, and generated reports with mutants; and a walk gives the same outcomes when the index
/// it is handed is another report's (it never reads it).
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CompiledListsTests
{
    /// <summary>The list rules (patterns, parents, unique keys), a match rule (FA1004) and the vehicles' rule (FA4202).</summary>
    private static readonly string[] Removed = ["FA5001", "FA5002", "FA5005", "FA1004", "FA4202"];

    [Fact]
    public void CompiledLists_AreCurrent()
        => GeneratedFile.Check(
            CompiledListsGenerator.RelativePath,
            CompiledListsGenerator.Generate(),
            CompiledListsGenerator.UpdateVariable,
            "The rule catalogue's list relations or the model changed: the compiled lists must be generated again. ");

    [Fact]
    public void EveryRelationOfTheFourKinds_IsCompiled()
    {
        // FA5001 declares three-digit patterns on the three class lists and five-or-seven-digit ones on the three 款/项
        // lists (6); FA5002 a listed parent on each of the six coded tables (6); FA5005 a unique code on those twelve lists,
        // and the vehicles' and the assets' categories are unique by category (14). Every list is typed by the contract as
        // a list of records and every member as one token; every match's values are amounts: all are compiled.
        var compiled = CompiledListsGenerator.Compiled;
        Assert.Equal(6, compiled.Count(c => c.Kind == typeof(PatternRelation)));
        Assert.Equal(6, compiled.Count(c => c.Kind == typeof(ParentListedRelation)));
        Assert.Equal(14, compiled.Count(c => c.Kind == typeof(UniqueRelation)));
        Assert.Equal(RuleCatalogue.Relations.Count(r => r is MatchRelation), compiled.Count(c => c.Kind == typeof(MatchRelation)));
        Assert.Equal(
            RuleCatalogue.Relations.Count(r => r is MatchRelation or UniqueRelation or PatternRelation or ParentListedRelation),
            compiled.Count);
        Assert.Equal(CompiledLists.GeneratedCount, compiled.Count);
        Assert.All(
            RuleCatalogue.Relations.Where(r => r is MatchRelation or UniqueRelation or PatternRelation or ParentListedRelation),
            r => Assert.NotNull(CompiledLists.Of(r)));
    }

    [Fact]
    public void ARelationWhoseDataChanged_HasNoWalk_AndRunsInterpreted()
    {
        var unique = RuleCatalogue.Relations.OfType<UniqueRelation>().First(r => r.List == "/tables/income/rows");
        Assert.NotNull(CompiledLists.Of(unique));
        Assert.Null(CompiledLists.Of(unique with { Key = "name" }));
        Assert.Null(CompiledLists.Of(unique with { PointAtRow = true }));
        var pattern = RuleCatalogue.Relations.OfType<PatternRelation>().First();
        Assert.Null(CompiledLists.Of(pattern with { Pattern = "[0-9]{4}" }));
        var match = RuleCatalogue.Relations.OfType<MatchRelation>().First();
        Assert.Null(CompiledLists.Of(match with { Comparison = match.Comparison == RelationComparison.Equal
            ? RelationComparison.LessOrEqual : RelationComparison.Equal }));

        // A sum has its own generator: no key here.
        Assert.Null(CompiledLists.KeyOf(RuleCatalogue.Relations.OfType<SumRelation>().First()));
    }

    [Fact]
    public void IncomeRows_UniqueAndParents_ByTheirWalks()
    {
        // Rows 201, 20101, 2010101, 20101 (again), 20399 (its parent 203 absent), 2050101 (its parent 20501 absent):
        // unique — five first codes pass, the repeat fails naming rows 3 and 1 (the code members); parents — 201 is a class
        // (not applicable), 20101 ×2 and 2010101 have their parents (3 passes), 20399 and 2050101 fail (2).
        var report = Income(["201", "20101", "2010101", "20101", "20399", "2050101"]);
        var unique = RuleCatalogue.Relations.OfType<UniqueRelation>().First(r => r.List == "/tables/income/rows");
        var (handled, coverage, findings) = Evaluate(report, unique, useIndex: false);
        Assert.True(handled);
        Assert.Equal((5, 1, 0, 0), coverage);
        Assert.Equal(["/tables/income/rows/3/code /tables/income/rows/1/code"], PointersOf(findings));

        var parents = RuleCatalogue.Relations.OfType<ParentListedRelation>().First(r => r.List == "/tables/income/rows");
        (handled, coverage, findings) = Evaluate(report, parents, useIndex: false);
        Assert.True(handled);
        Assert.Equal((3, 2, 1, 0), coverage);
        Assert.Equal(["/tables/income/rows/4/code", "/tables/income/rows/5/code"], PointersOf(findings));
    }

    [Fact]
    public void AMatch_WithItsListsAbsent_CouldNotRunAtTheLeftList()
    {
        // Neither list present: could not run at the left list's pointer (the interpreter's first test), with no index read.
        var match = RuleCatalogue.Relations.OfType<MatchRelation>().First();
        var empty = new FinalAccountsReport { Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 } };
        var (handled, coverage, _) = Evaluate(empty, match, useIndex: false);
        Assert.True(handled);
        Assert.Equal((0, 0, 0, 1), coverage);
        Assert.Equal(Interpret(empty, match).Coverage, coverage);
    }

    [Fact]
    public void AWalk_NeverReadsTheIndex()
    {
        // Each walk handed the index of an empty report gives what the interpreter gives with the report's own index: on the
        // sample and on every conformance case (a walk that read the index would see no rows).
        foreach (var report in CompiledConditionTests.CaseReports.Value.Append(TestReports.Sample))
        {
            foreach (var relation in RuleCatalogue.Relations.Where(r => CompiledLists.Of(r) is not null))
            {
                var walked = Evaluate(report, relation, useIndex: false);
                if (!walked.Handled)
                {
                    continue;
                }

                var interpreted = Interpret(report, relation);
                Assert.Equal(interpreted.Coverage, walked.Coverage);
                Assert.Equal(interpreted.Findings, walked.Findings);
            }
        }
    }

    [Fact]
    public void EveryCase_AndItsVariants_AsTheInterpreter()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(OracleSweeps.SixOptionSets, BothWays);

        // The variants make relations fail, or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheInterpreter() =>
        OracleSweeps.TheSampleAndItsVariants(OracleSweeps.SixOptionSets, Removed, BothWays);

    [Theory]
    [MemberData(nameof(ReadResultGoldenTests.Texts), MemberType = typeof(ReadResultGoldenTests))]
    public void TheTextsRead_AsTheInterpreter(string path)
    {
        var report = DisclosureReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path))).Report;
        foreach (var set in OracleSweeps.SixOptionSets)
        {
            var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), report);
            Assert.Equal(expected, actual);
        }
    }

    [Property(MaxTest = 40)]
    public Property TheCases_WithTheirCodedListsMutated_AsTheInterpreter(int[] choices, PositiveInt pick)
    {
        // Every list of rows with a code in a conformance case: a row repeated, removed or nulled, a code cut or lengthened
        // or removed (then the row is matched by name), a name changed, an amount moved by a cent or made zero or removed.
        var cases = CompiledConditionTests.CaseReports.Value;
        var report = cases[pick.Get % cases.Count];
        var json = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        var i = 0;
        foreach (var list in CodedLists(json))
        {
            Mutate(list, choices, ref i);
        }

        if (!FinalAccountsJson.TryDeserialize(json.ToJsonString(), out var changed, out _))
        {
            return true.Label("not a report");
        }

        var problems = new List<string>();
        foreach (var set in OracleSweeps.SixOptionSets.Where((_, k) => k % 2 == 0 || k == pick.Get % 6))
        {
            var (actual, expected) = BothWays(new Validator(RuleCatalogue.Rules, set), changed!);
            if (actual != expected)
            {
                problems.Add(actual + "\nexpected\n" + expected);
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(1)));
    }

    [Property(MaxTest = 40)]
    public Property GeneratedReports_AndTheirMutants_AsTheInterpreter(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, OracleSweeps.SixOptionSets, BothWays);

    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledLists = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { CompiledLists = false }).Validate(report)));

    /// <summary>Every JSON array whose objects have a <c>code</c> member, anywhere in the report.</summary>
    private static List<JsonArray> CodedLists(JsonNode node)
    {
        var found = new List<JsonArray>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (_, v) in o.ToList())
                    {
                        Walk(v);
                    }

                    break;
                case JsonArray a:
                    if (a.Any(e => e is JsonObject row && row.ContainsKey("code")))
                    {
                        found.Add(a);
                    }

                    foreach (var e in a.ToList())
                    {
                        Walk(e);
                    }

                    break;
            }
        }

        Walk(node);
        return found;
    }

    private static void Mutate(JsonArray list, int[] choices, ref int i)
    {
        int Next(ref int k) => choices.Length == 0 ? k++ : Math.Abs(choices[k++ % choices.Length] % 1000);
        for (var row = 0; row < list.Count; row++)
        {
            var choice = Next(ref i) % 14;
            if (list[row] is not JsonObject line)
            {
                continue;
            }

            switch (choice)
            {
                case 0:
                    list.Insert(row + 1, line.DeepClone());
                    row++;
                    break;
                case 1:
                    list.RemoveAt(row--);
                    break;
                case 2:
                    list[row] = null;
                    break;
                case 3 when line["code"] is JsonValue code && ((string)code!).Length > 3:
                    line["code"] = ((string)code!).Substring(0, ((string)code!).Length - 2);
                    break;
                case 4 when line["code"] is JsonValue code:
                    line["code"] = (string)code! + "01";
                    break;
                case 5:
                    line.Remove("code");
                    break;
                case 6 when line.ContainsKey("name"):
                    line["name"] = "其他" + (string?)line["name"];
                    break;
                case 7:
                    foreach (var (key, value) in line.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var text) && decimal.TryParse(
                            text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && key != "code")
                        {
                            line[key] = (amount + 0.01m).ToString(CultureInfo.InvariantCulture);
                            break;
                        }
                    }

                    break;
                case 8:
                    foreach (var (key, value) in line.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var text) && key != "code"
                            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                        {
                            line[key] = "0";
                        }
                    }

                    break;
                case 9:
                    foreach (var key in new[] { "amount", "total", "generalBudget", "expenditureTotal", "basic", "project" })
                    {
                        line.Remove(key);
                    }

                    break;
            }
        }
    }

    private static FinalAccountsReport Income(string[] codes) => new()
    {
        Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 },
        Tables = new DisclosureTables
        {
            Income = new IncomeTable
            {
                Rows = [.. codes.Select(c => new IncomeRow
                {
                    Code = FunctionalCode.Parse(c),
                    Name = "项目" + c,
                    Total = Amount.Parse("1"),
                    FiscalAppropriation = Amount.Parse("1"),
                })],
            },
        },
    };

    private static ValidationContext Context(FinalAccountsReport report, RuleDescriptor rule, ReportFacts facts) =>
        new(report, facts, ValidationOptions.Default, rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(ValidationOptions.Default.Scope, report), []);

    /// <summary>A relation by its walk, handed its own report's index or (<paramref name="useIndex"/> false) an empty report's.</summary>
    private static (bool Handled, (int, int, int, int) Coverage, List<string> Findings) Evaluate(
        FinalAccountsReport report, Relation relation, bool useIndex)
    {
        var rule = RuleCatalogue.Descriptors.First(d => d.Id == relation.RuleId);
        var facts = ReportFacts.Create(useIndex ? report : new FinalAccountsReport { Entity = new ReportingEntity { Name = "空" } });
        var context = Context(report, rule, facts);
        var handled = CompiledLists.TryEvaluate(context, CompiledRelation.Compile(relation));
        return (handled, Counts(context), Findings(context));
    }

    /// <summary>A relation by the interpreter (the walks off) with the report's own index.</summary>
    private static ((int, int, int, int) Coverage, List<string> Findings) Interpret(FinalAccountsReport report, Relation relation)
    {
        var rule = RuleCatalogue.Descriptors.First(d => d.Id == relation.RuleId);
        var options = ValidationOptions.Default with { CompiledLists = false };
        var context = new ValidationContext(report, ReportFacts.Create(report), options, rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
        RelationEvaluator.Evaluate(context, relation);
        return (Counts(context), Findings(context));
    }

    private static (int, int, int, int) Counts(ValidationContext context)
    {
        var coverage = context.ToCoverage();
        return (coverage.Passed, coverage.Failed, coverage.NotApplicable, coverage.CouldNotRun);
    }

    /// <summary>Each finding's pointers, then its severity and English message after a bar.</summary>
    private static List<string> Findings(ValidationContext context) =>
        [.. context.Diagnostics.Select(d => string.Join(" ", d.Pointers) + " | " + d.Severity + " " + d.MessageEn)];

    private static List<string> PointersOf(List<string> findings) => [.. findings.Select(f => f.Split(" | ")[0])];
}
