using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

public class ValidatorTests
{
    private static readonly FinalAccountsReport Sample = TestReports.Sample;

    private static readonly RuleDescriptor TestRule = new("FA9999", RuleCategory.Narrative, Severity.Error, "测试", "Test", "t = Σ", "test");

    private static ValidationContext Context(ValidationOptions? options = null) =>
        new(Sample, ReportFacts.Create(Sample), options ?? ValidationOptions.Default, TestRule, SourceMap.Empty, null, null,
            InputScopes.Resolve((options ?? ValidationOptions.Default).Scope, Sample), RuleCatalogue.Relations);

    private static Figure Fen(string pointer, long fen, ValidationContext context) => context.Figure(pointer, Arbitraries.Fen(fen));

    // ---- intervals -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(RoundingMode.RoundToNearest, "2.50", 2, "2.495", "2.505")]
    [InlineData(RoundingMode.RoundToNearest, "3", 0, "2.5", "3.5")]
    [InlineData(RoundingMode.Truncation, "2.50", 2, "2.495", "2.51")]
    [InlineData(RoundingMode.Truncation, "-2.50", 2, "-2.51", "-2.495")]
    [InlineData(RoundingMode.Truncation, "0.00", 2, "-0.01", "0.01")]
    [InlineData(RoundingMode.Exact, "2.50", 2, "2.50", "2.50")]
    public void RangeOf_FollowsTheRoundingMode(RoundingMode mode, string value, int decimals, string lower, string upper)
    {
        var range = ValidationContext.RangeOf(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, mode);
        Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), range.Lower);
        Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), range.Upper);
    }

    [Fact]
    public void PercentRange_KeepsItsOwnPrecision_EvenInExactMode()
    {
        var context = Context(new ValidationOptions { Rounding = RoundingMode.Exact });
        var range = context.Range(Percent.Parse("98.37"));
        Assert.Equal(98.365m, range.Lower);
        Assert.Equal(98.375m, range.Upper);
        Assert.Equal(DecimalInterval.Exact(3653.30m), context.Range(Amount.Parse("3653.30")));
    }

    /// <summary>
    /// For 2-decimal figures, <c>total = Σ n items</c> holds exactly when |difference in fen| ≤ ⌊(n + 1) / 2⌋
    /// (engineering notes §C), and the Info note appears exactly when the difference is not zero.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property CheckSum_AcceptsExactlyTheRoundingSlack(NonEmptyArray<short> items, short shift)
    {
        var context = Context();
        var figures = items.Get.Select((v, i) => (Fen("/i/" + i, v, context), 1)).ToList();
        var total = Fen("/t", items.Get.Sum(v => (long)v) + shift, context);
        var holds = context.CheckSum(total, figures, "和", "sum");
        var coverage = context.ToCoverage();
        var expected = Math.Abs((int)shift) <= (items.Get.Length + 1) / 2;
        var notes = context.Diagnostics.Count(d => d.Severity == Severity.Info);
        return (holds == expected && coverage.Failed == (expected ? 0 : 1) && notes == (expected && shift != 0 ? 1 : 0))
            .Label($"n={items.Get.Length} shift={shift} holds={holds}");
    }

    [Fact]
    public void CheckSum_Failure_CarriesTheNumbersAndPointers()
    {
        var context = Context();
        context.CheckSum(
            Fen("/t", 10_000, context), new[] { (Fen("/a", 6_000, context), 1), (Fen("/b", 3_990, context), 1) }, "合计", "Total");
        var d = Assert.Single(context.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(new[] { "/t", "/a", "/b" }, d.Pointers);
        Assert.Equal(0.10m, d.Difference);
        Assert.Equal(0.015m, d.Slack);
        Assert.Equal(new DecimalInterval(99.995m, 100.005m), d.Stated);
        Assert.Equal(new DecimalInterval(99.89m, 99.91m), d.Computed);
        Assert.Contains("声明 100.00", d.MessageZh);
        Assert.Contains("各项合计 99.90", d.MessageZh);
        Assert.Contains("difference 0.10 exceeds the rounding slack (±0.015)", d.MessageEn);
    }

    /// <summary>A percentage rounded from the exact ratio always passes; one moved by 0.04 points or more never does.</summary>
    [Property(MaxTest = 1000)]
    public Property CheckRatio_AcceptsTheRoundedRatio_AndRejectsMovedOnes(PositiveInt part, PositiveInt extra, int move)
    {
        var numerator = 10_000L + part.Get % 10_000_000;
        var denominator = numerator + extra.Get % 10_000_000;
        var context = Context();
        var exact = Percent.FromRatio(numerator, denominator, 2);
        var steps = move % 2 == 0 ? 0 : (4 + Math.Abs(move % 1000)) * Math.Sign(move);
        var stated = Percent.Round(exact.Value + steps * 0.01m, 2);
        var n = context.Range(Arbitraries.Fen(numerator));
        var d = context.Range(Arbitraries.Fen(denominator));
        var holds = context.CheckRatio("/p", stated, n, numerator / 100m, d, denominator / 100m, new[] { "/n", "/d" }, "占比", "share");
        return (holds == (steps == 0)).Label($"{numerator}/{denominator} stated {stated} steps {steps}");
    }

    [Fact]
    public void CheckRatio_TruncatedPercentage_IsInfoOnlyWhenAllowed()
    {
        var context = Context();
        Assert.True(context.CheckRatio(
            "/p", Percent.Parse("38.28"), context.Range(Amount.Parse("2570.97")), 2570.97m,
            context.Range(Amount.Parse("6714.88")), 6714.88m, Array.Empty<string>(), "占比", "share"));
        Assert.Equal(Severity.Info, Assert.Single(context.Diagnostics).Severity);

        var strict = Context(new ValidationOptions { AllowTruncatedPercentages = false });
        Assert.False(strict.CheckRatio(
            "/p", Percent.Parse("38.28"), strict.Range(Amount.Parse("2570.97")), 2570.97m,
            strict.Range(Amount.Parse("6714.88")), 6714.88m, Array.Empty<string>(), "占比", "share"));
        Assert.Equal(Severity.Error, Assert.Single(strict.Diagnostics).Severity);
    }

    [Fact]
    public void Divide_IsIntervalDivision()
    {
        Assert.Equal(new DecimalInterval(0.5m, 2m), ValidationContext.Divide(new DecimalInterval(1m, 2m), new DecimalInterval(1m, 2m)));
        Assert.Equal(new DecimalInterval(-2m, -0.5m), ValidationContext.Divide(new DecimalInterval(-2m, -1m), new DecimalInterval(1m, 2m)));
        Assert.Throws<DivideByZeroException>(() => ValidationContext.Divide(new DecimalInterval(1m, 2m), new DecimalInterval(-1m, 1m)));
    }

    // ---- the seed ------------------------------------------------------------------------------------------

    [Fact]
    public void Seed_HasNoErrors_AndReportsItsTwoRoundingDifferencesAsInfo()
    {
        var result = Validator.Default.Validate(Sample);
        Assert.Equal(0, result.ErrorCount);
        var infos = result.Diagnostics.Where(d => d.Severity == Severity.Info).ToList();
        Assert.Equal(3, infos.Count);
        // The seed is a 说明 whose tables are attachments (见附表): one Info says they are not in the input.
        Assert.Contains(infos, d => d.RuleId == "FA6101" && d.Pointers.Count == 9 && d.MessageZh.Contains("FA0101"));
        Assert.Contains(infos, d => d.RuleId == "FA1206" && d.MessageZh.Contains("声明 2926.12，各项合计 2926.11，差额 0.01") && d.Slack == 0.015m);
        Assert.Contains(infos, d => d.RuleId == "FA1205" && d.MessageZh.Contains("（208）：声明 362.06，各项合计 362.07，差额 -0.01"));
        Assert.Equal(
            new[] { "FA2009", "FA3006", "FA3006", "FA4001" },
            result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.RuleId));
    }

    [Fact]
    public void Seed_Coverage_SaysWhatWasVerified()
    {
        var result = Validator.Default.Validate(Sample);
        Assert.Equal(RuleCatalogue.Rules.Count, result.Coverage.Count);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA1202")!.Outcome);
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA3009")!.Outcome);   // 549.88 + 177.30 = 727.18
        var t1 = result.CoverageOf("FA0101")!;
        Assert.Equal(CheckOutcome.CouldNotRun, t1.Outcome);                         // the seed has no tables
        Assert.Contains("/tables/summary/income", t1.Missing);
        Assert.Equal(0, t1.Passed);
    }

    [Fact]
    public void Verifications_AreRecordedOnlyWhenAskedFor()
    {
        Assert.Empty(Validator.Default.Validate(Sample).Verifications);
        var result = Validator.Default.WithOptions(new ValidationOptions { RecordVerifications = true }).Validate(Sample);
        var share = Assert.Single(result.Verifications, v => v.Pointers[0] == "/narrative/income/fiscalAppropriation/share");
        Assert.Equal(("FA2001", CheckOutcome.Passed), (share.RuleId, share.Outcome));
        Assert.Equal(new DecimalInterval(98.365m, 98.375m), share.Stated);
        Assert.Contains(
            result.Verifications,
            v => v.RuleId == "FA1206" && v.Outcome == CheckOutcome.Passed && v.Stated == new DecimalInterval(2926.115m, 2926.125m));
        var exact = Validator.Default.WithOptions(new ValidationOptions { RecordVerifications = true, Rounding = RoundingMode.Exact })
            .Validate(Sample);
        Assert.Contains(
            exact.Verifications,
            v => v.RuleId == "FA1206" && v.Outcome == CheckOutcome.Failed && v.Pointers[0] == "/narrative/basicExpenditure/total/amount");
    }

    [Fact]
    public void RoundingNotes_CanBeSwitchedOff()
    {
        var result = Validator.Default.WithOptions(new ValidationOptions { ReportRoundingDifferences = false }).Validate(Sample);
        // only the not-in-input note
        Assert.Equal(new[] { "FA6101" }, result.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.RuleId));
        Assert.Equal(CheckOutcome.Passed, result.CoverageOf("FA1206")!.Outcome);
    }

    [Fact]
    public void ExactMode_TurnsTheSeedRoundingDifferencesIntoErrors()
    {
        var result = Validator.Default.WithOptions(new ValidationOptions { Rounding = RoundingMode.Exact }).Validate(Sample);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "FA1206" && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "FA1205" && d.Severity == Severity.Error);
    }

    [Fact]
    public void SeverityOverride_AppliesToFailuresOnly()
    {
        var options = new ValidationOptions
        {
            SeverityOverrides = new Dictionary<string, Severity> { ["FA4001"] = Severity.Info, ["FA1206"] = Severity.Error },
        };
        var result = Validator.Default.WithOptions(options).Validate(Sample);
        Assert.Equal(Severity.Info, result.Diagnostics.Single(d => d.RuleId == "FA4001").Severity);
        Assert.Equal(Severity.Info, result.Diagnostics.Single(d => d.RuleId == "FA1206").Severity);   // a rounding note stays a note
    }

    [Fact]
    public void SourceMap_AttachesTheSpanOfTheNearestMappedAncestor()
    {
        var span = new SourceSpan(12, 5, 12, 48);
        var map = new SourceMap(new[] { new KeyValuePair<string, SourceSpan>("/narrative/basicExpenditure/total", span) });
        var result = Validator.Default.Validate(Sample, map);
        Assert.Equal(span, result.Diagnostics.Single(d => d.RuleId == "FA1206").Span);
        Assert.Null(result.Diagnostics.Single(d => d.RuleId == "FA4001").Span);
        Assert.Equal("12:5-12:48", span.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan(0, 1, 1, 1));
    }

    // ---- the API -------------------------------------------------------------------------------------------

    [Fact]
    public void RuleSelection_RunsOnlyTheChosenRules()
    {
        var one = Validator.Default.WithRules("FA1206");
        Assert.Equal("FA1206", Assert.Single(one.Validate(Sample).Coverage).Rule.Id);
        var without = Validator.Default.WithoutRules("FA4001", "FA3006");
        Assert.DoesNotContain(without.Validate(Sample).Diagnostics, d => d.RuleId is "FA4001" or "FA3006");
        Assert.Equal(RuleCatalogue.Rules.Count - 2, without.Rules.Count);
        Assert.Throws<ArgumentException>(() => Validator.Default.WithRules("FA0000"));
        Assert.Throws<ArgumentException>(() => new Validator(new[] { RuleCatalogue.Rules[0], RuleCatalogue.Rules[0] }));
    }

    [Fact]
    public void EachRule_IsUsableOnItsOwn()
    {
        Assert.True(RuleCatalogue.TryGetRule("FA1206", out var rule));
        var result = new Validator(new[] { rule! }).Validate(Sample);
        Assert.Equal(Severity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    private sealed class CustomRule : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            "FA9001", RuleCategory.Completeness, Severity.Warning, "单位名称不能为空", "The entity has a name", "name ≠ ''", "test");

        public void Check(ValidationContext context)
        {
            if (context.Report.Entity.Name.Length > 0)
            {
                context.Pass();
            }
            else
            {
                context.Fail("名称为空", "Empty name", new[] { "/entity/name" });
            }
        }
    }

    [Fact]
    public void ThirdPartyRules_RunAlongsideTheCatalogue()
    {
        var validator = new Validator(RuleCatalogue.Rules.Append(new CustomRule()));
        var result = validator.Validate(Sample with { Entity = Sample.Entity with { Name = "" } });
        Assert.Equal(Severity.Warning, result.Diagnostics.Single(d => d.RuleId == "FA9001").Severity);
        Assert.Equal("FA9001", result.Coverage[^1].Rule.Id);
    }

    [Fact]
    public void RealErrors_AreCaught()
    {
        // 完成预算 100% next to 决算数大于预算数, and a share computed on the wrong base.
        var broken = Sample with
        {
            Narrative = Sample.Narrative! with
            {
                Appropriation = Sample.Narrative.Appropriation! with
                {
                    Budget = Sample.Narrative.Appropriation.Budget! with
                    {
                        CompletionRate = Percent.Parse("100.00"), Relation = BudgetRelation.FinalAboveBudget,
                    },
                },
                Income = Sample.Narrative.Income! with
                {
                    OtherIncome = Sample.Narrative.Income.OtherIncome! with { Share = Percent.Parse("1.66") },
                },
            },
        };
        var result = Validator.Default.Validate(broken);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "FA2201" && d.Severity == Severity.Error);   // 3593.65 / 3865.46 = 92.97%
        Assert.Contains(result.Diagnostics, d => d.RuleId == "FA2203" && d.Severity == Severity.Error);
        // 59.65 / 3593.65
        Assert.Contains(result.Diagnostics, d => d.RuleId == "FA2001" && d.Pointers[0] == "/narrative/income/otherIncome/share");
    }

    // ---- the catalogue -------------------------------------------------------------------------------------

    [Fact]
    public void Catalogue_IdsAreStableShapedAndUnique_AndTitlesBilingual()
    {
        var ids = RuleCatalogue.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(RuleCatalogue.Descriptors, d =>
        {
            Assert.Matches("^FA[0-9]{4}$", d.Id);
            Assert.Matches("[\u4e00-\u9fff]", d.TitleZh);
            Assert.Matches("^[A-Za-z\"]", d.TitleEn);
            Assert.False(string.IsNullOrWhiteSpace(d.Formula));
            Assert.False(string.IsNullOrWhiteSpace(d.Basis));
        });
        Assert.All(RuleCatalogue.Relations, r => Assert.Contains(r.RuleId, ids));
    }

    /// <summary>Every pointer template of every declared relation names a place that exists in the published schema.</summary>
    [Fact]
    public void RelationTemplates_ResolveInThePublishedSchema()
    {
        var schema = JsonNode.Parse(System.IO.File.ReadAllText(TestFiles.PublishedSchemaPath))!;
        var defs = schema["$defs"]!;
        JsonNode Deref(JsonNode node) => node["$ref"] is { } r ? defs[r.GetValue<string>().Substring("#/$defs/".Length)]! : node;
        bool Resolves(string template)
        {
            var node = schema;
            foreach (var token in template.Split('/').Skip(1))
            {
                node = Deref(node);
                if (token == "*")
                {
                    node = node["items"];
                }
                else
                {
                    node = node["properties"]?[token];
                }

                if (node is null)
                {
                    return false;
                }
            }

            return true;
        }

        var templates = new List<string>();
        foreach (var relation in RuleCatalogue.Relations)
        {
            switch (relation)
            {
                case SumRelation s:
                    templates.Add(s.Total);
                    templates.AddRange(s.Items.Select(i => i.Pointer));
                    break;
                case HierarchyRelation h:
                    templates.AddRange(h.Columns.Select(c => h.Rows + "/*/" + c));
                    break;
                case RollupRelation u:
                    templates.Add(u.Parents + "/*/" + u.Value);
                    templates.Add(u.Children + "/*/" + u.Value);
                    break;
                case MatchRelation m:
                    templates.Add(m.Left + "/*/" + m.LeftValue);
                    templates.Add(m.Right + "/*/" + m.RightValue);
                    break;
                case InequalityRelation i:
                    templates.Add(i.Lesser);
                    templates.Add(i.Greater);
                    break;
                case RatioRelation r:
                    templates.AddRange(new[] { r.Percent, r.Numerator, r.Denominator });
                    break;
            }
        }

        var unresolved = templates.Distinct().Where(t => !Resolves(t)).ToList();
        Assert.True(unresolved.Count == 0, string.Join("\n", unresolved));
    }

    /// <summary>The fact index addresses values by the same pointers as the JSON form.</summary>
    [Fact]
    public void ReportFacts_PointersResolveInTheJson()
    {
        var facts = ReportFacts.Create(Sample);
        var json = JsonNode.Parse(TestFiles.SampleJson)!;
        Assert.True(facts.LeafPointers.Count > 500);
        foreach (var pointer in facts.LeafPointers)
        {
            JsonNode? node = json;
            foreach (var token in pointer.Split('/').Skip(1))
            {
                node = node is JsonArray a ? a[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node?[token];
            }

            Assert.True(node is not null, pointer);
        }

        Assert.True(facts.TryGet<Amount>("/narrative/basicExpenditure/total/amount", out var basic));
        Assert.Equal("2926.12", basic.ToString());
        Assert.Equal(10, facts.ListCount("/narrative/generalBudget/items"));
        Assert.Equal(-1, facts.ListCount("/tables/summary/expenditure/classes"));
    }

    [Fact]
    public void ResultJson_HasCountsDiagnosticsAndCoverage()
    {
        var result = Validator.Default.Validate(Sample);
        using var doc = JsonDocument.Parse(ValidationJson.Write(result));
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(4, root.GetProperty("warnings").GetInt32());
        Assert.Equal(3, root.GetProperty("infos").GetInt32());   // 2 rounding notes + FA6101 (the tables are not in the input)
        var info = root.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("ruleId").GetString() == "FA1206");
        Assert.Equal("info", info.GetProperty("severity").GetString());
        Assert.Equal("narrative", info.GetProperty("category").GetString());
        Assert.Equal("0.01", info.GetProperty("difference").GetRawText());
        Assert.Equal("2926.115", info.GetProperty("stated").GetProperty("lower").GetRawText());
        Assert.Equal(RuleCatalogue.Rules.Count, root.GetProperty("coverage").GetArrayLength());
        Assert.Equal(ValidationJson.Write(result), ValidationJson.Write(Validator.Default.Validate(Sample)));
    }
}
