using System.Reflection;
using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Conformance;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Bilingual;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The validator's message catalogue (<see cref="ValidationMessages"/>, issue 13): every member is bilingual, and the
/// throw sites and code rules produce exactly the catalogue's text.
/// </summary>
public class ValidationMessagesTests
{
    /// <summary>
    /// A sample argument of each parameter type the catalogue's methods take. Texts are digits and lists hold digits, so
    /// the Latin letters and the CJK a message must have come from the message itself, not from its arguments.
    /// </summary>
    private static object? Sample(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) ? "0"
            : t == typeof(int) ? 7
            : t == typeof(long) ? 9L   // session 44: FA3012 adds counts as long
            : t == typeof(decimal) ? 1.5m
            : t == typeof(Quantity) ? Quantity.Parse("85")
            : t == typeof(Percent) ? Percent.Parse("105")   // session 46: FA3013
            : t == typeof(Amount) ? Amount.Parse("342.00")
            : t == typeof(DecimalInterval) ? DecimalInterval.Exact(2m)
            : t == typeof(PerformanceGrade) ? PerformanceGrade.Good
            : t == typeof(FunctionalCode) ? FunctionalCode.Parse("2010101")
            : t == typeof(EconomicCode) ? EconomicCode.Parse("30101")
            : t == typeof(JsonValueKind) ? JsonValueKind.String
            : t == typeof(IEnumerable<string>) ? new[] { "1", "2" }
            : t == typeof(WrittenFigure) ? new WrittenFigure(45812.30m, 2, WrittenUnit.Yuan, 10000m)   // session 48: AsWritten
            : throw new InvalidOperationException("No sample for " + type);
    }

    /// <summary>Every message of the catalogue (the nested format class of conformance differences excluded), by name.</summary>
    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var name in MemberNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> MemberNames() =>
    [
        .. typeof(ValidationMessages).GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is FieldInfo or PropertyInfo or MethodInfo { IsSpecialName: false })
            .Select(m => m.Name),
    ];

    [Fact]
    public void Catalogue_HasTheMessagesOfEachSubject()
    {
        // One member of each part (declarations, conformance, findings), so a part that went missing fails here.
        var names = MemberNames();
        Assert.Contains(nameof(ValidationMessages.RuleIdForm), names);
        Assert.Contains(nameof(ValidationMessages.NoManifest), names);
        Assert.Contains(nameof(ValidationMessages.GradeMismatch), names);
        Assert.True(names.Count >= 40, names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void EveryMember_IsBilingual(string name)
    {
        foreach (var value in ValuesOf(name))
        {
            switch (value)
            {
                case string text:
                    // An exception message: one string, English then Chinese.
                    Assert.True(HasCjk(text) && HasLatin(text), name + ": " + text);
                    break;
                case ValueTuple<string, string> pair:
                    // A finding: the Chinese text has CJK, the English text Latin letters and no CJK.
                    Assert.True(HasCjk(pair.Item1), name + " (zh): " + pair.Item1);
                    Assert.True(HasLatin(pair.Item2) && !HasCjk(pair.Item2), name + " (en): " + pair.Item2);
                    break;
                default:
                    Assert.Fail(name + " is neither a message nor a (Zh, En) pair: " + value);
                    break;
            }
        }
    }

    private static IEnumerable<object?> ValuesOf(string name)
    {
        foreach (var m in typeof(ValidationMessages).GetMember(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            yield return m switch
            {
                FieldInfo f => f.GetValue(null),
                PropertyInfo p => p.GetValue(null),
                MethodInfo method => method.Invoke(null, [.. method.GetParameters().Select(p => Sample(p.ParameterType))]),
                _ => null,
            };
        }
    }

    [Fact]
    public void GradeMismatch_WritesTheGradeBandAndTheScore()
    {
        // Written by hand from the rule (FA3007: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60): a total of 85 graded 优 names
        // the band of 优 in Chinese and the enum's name in English.
        var (zh, en) = ValidationMessages.GradeMismatch(Quantity.Parse("85"), PerformanceGrade.Excellent);
        Assert.Equal("总分 85 与等级 优（90–100） 不符。", zh);
        Assert.Equal("The total score 85 does not match the grade Excellent.", en);
    }

    [Fact]
    public void CodeRuleFinding_IsTheCataloguesText()
    {
        // The conformance case FA3007-grade: total 85 graded "excellent" — one Error whose message is the catalogue's.
        var caseText = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "conformance", "cases", "FA3007-grade.json"));
        using var document = JsonDocument.Parse(caseText);
        var report = FinalAccountsJson.Deserialize(document.RootElement.GetProperty("report").GetRawText());

        var finding = Assert.Single(Validator.Default.Validate(report).Diagnostics, d => d.RuleId == "FA3007");

        var (zh, en) = ValidationMessages.GradeMismatch(Quantity.Parse("85"), PerformanceGrade.Excellent);
        Assert.Equal(zh, finding.MessageZh);
        Assert.Equal(en, finding.MessageEn);
    }

    [Fact]
    public void CountFinding_IsTheCataloguesText()
    {
        // The conformance case FA3010-evaluation-count states 3 project evaluations, discloses 1 project table and
        // 1 classified project: 3 ≠ 1 + 1, and the message names the three counts.
        var caseText = File.ReadAllText(
            Path.Combine(TestFiles.RepositoryRoot, "docs", "conformance", "cases", "FA3010-evaluation-count.json"));
        using var document = JsonDocument.Parse(caseText);
        var report = FinalAccountsJson.Deserialize(document.RootElement.GetProperty("report").GetRawText());

        var finding = Assert.Single(Validator.Default.Validate(report).Diagnostics, d => d.RuleId == "FA3010");

        Assert.Equal(ValidationMessages.ProjectEvaluationCount(3, 1, 1), (finding.MessageZh, finding.MessageEn));
        Assert.Equal("称开展项目支出绩效自评 3 个，但公开自评表 1 个、涉密项目 1 个。", finding.MessageZh);
        Assert.Equal("3 project evaluations are stated, but 1 are disclosed and 1 classified.", finding.MessageEn);
    }

    [Fact]
    public void ThrowSites_ThrowTheCataloguesText()
    {
        var id = Assert.Throws<ArgumentException>(
            () => new RuleDescriptor("X1", RuleCategory.Narrative, Severity.Error, "标题", "Title", "f", "b"));
        Assert.StartsWith(ValidationMessages.RuleIdForm, id.Message, StringComparison.Ordinal);

        var span = Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan(2, 1, 1, 1));
        Assert.StartsWith(ValidationMessages.SpanOutOfOrder, span.Message, StringComparison.Ordinal);

        var figure = Assert.Throws<ArgumentException>(() => new NamedFigure { Name = "n" }.Validated());
        Assert.Equal(ValidationMessages.NamedFigureForm, figure.Message);

        Assert.Equal(ValidationMessages.SuiteCannotBeLoaded, new ConformanceSuiteException().Message);

        var missing = Path.Combine(Path.GetTempPath(), "finacct-no-suite-" + Guid.NewGuid().ToString("N"));
        var load = Assert.Throws<ConformanceSuiteException>(() => ConformanceSuite.Load(missing));
        Assert.Equal(ValidationMessages.NoManifest(missing), load.Message);
    }

    [Fact]
    public void EngineThrowSites_ThrowTheCataloguesText()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Validator.Default.WithRules("FA9999"));
        Assert.StartsWith(ValidationMessages.UnknownRuleId("FA9999"), unknown.Message, StringComparison.Ordinal);

        var descriptor = RuleCatalogue.Descriptors.Single(d => d.Id == "FA0101");
        var relation = RuleCatalogue.Relations.First(r => r.RuleId == "FA0102");
        var other = Assert.Throws<ArgumentException>(() => new RelationRule(descriptor, [relation]));
        Assert.StartsWith(ValidationMessages.RelationOfOtherRule("FA0102", "FA0101"), other.Message, StringComparison.Ordinal);

        var pointer = Assert.Throws<FormatException>(() => JsonPointer.Parse("no-slash"));
        Assert.Equal(ValidationMessages.NotAPointer("no-slash"), pointer.Message);

        var zero = Assert.Throws<DivideByZeroException>(
            () => ValidationContext.Divide(DecimalInterval.Exact(1m), new DecimalInterval(-1m, 1m)));
        Assert.Equal(ValidationMessages.DivisorContainsZero, zero.Message);

        // A condition naming a figure the relation does not declare fails when it is evaluated, with the catalogue's text.
        var undeclared = ConditionBuilder.Each("FA6001", string.Empty,
            ConditionBuilder.When(ConditionBuilder.Present("$nowhere"), ConditionBuilder.Passed));
        var validator = new Validator([new RelationRule(RuleCatalogue.Descriptors.Single(d => d.Id == "FA6001"), [undeclared])]);
        var figure = Assert.Throws<InvalidOperationException>(
            () => validator.Validate(FinalAccountsJson.Deserialize(TestFiles.SampleJson)));
        Assert.Equal(ValidationMessages.UnknownFigure("$nowhere", "FA6001"), figure.Message);
    }

    [Fact]
    public void SumFinding_WritesTheFiguresAsStated()
    {
        // Written from the check's wording: the stated total, the items' sum, their difference and the slack, each as
        // printed (2926.12 − 2926.11 = 0.01; two figures of two decimals: slack (0.005 + 0.01) = 0.015 with one item).
        var (zh, en) = ValidationMessages.SumWithinRounding("合计", "Total", 2926.12m, 2926.11m, 0.01m, 0.015m);
        Assert.Equal("合计：声明 2926.12，各项合计 2926.11，差额 0.01，在舍入误差范围（±0.015）内。", zh);
        Assert.Equal("Total: stated 2926.12, items sum to 2926.11; the difference 0.01 is within the rounding slack (±0.015).", en);
        var (failZh, failEn) = ValidationMessages.Exceeds("上限", "Bound", 3m, 2.5m, 0.5m);
        Assert.Equal("上限：3 大于 2.5（超出 0.5）。", failZh);
        Assert.Equal("Bound: 3 exceeds 2.5 (by 0.5).", failEn);
    }

    [Fact]
    public void ConformanceDifferences_KeepTheDocumentedWords()
    {
        // docs/conformance/README.md documents these lines: `missing: …`, `unexpected: …`,
        // `coverage FA0101: expected failed, was passed`, `error kind: …`.
        Assert.Equal("missing: FA0101 error /a,/b", ValidationMessages.Differences.Missing("FA0101 error /a,/b"));
        Assert.Equal("unexpected: FA0101 error /a", ValidationMessages.Differences.Unexpected("FA0101 error /a"));
        Assert.Equal("coverage FA0101: expected failed, was passed", ValidationMessages.Differences.Coverage("FA0101", "failed", "passed"));
        Assert.Equal("error kind: expected notJson, was accepted", ValidationMessages.Differences.ErrorKind("notJson", "accepted"));
        Assert.Equal("error location: expected /a, was none", ValidationMessages.Differences.ErrorLocation("/a", null));
    }

    [Fact]
    public void CheckLabel_FromTheCatalogue_WritesTitleAndDetails()
    {
        // The label a sum check names: title（detail） in Chinese, title (detail) in English.
        var label = CheckLabel.Of(ValidationMessages.FundLinesAddUp, "项目A");
        Assert.Equal("项目资金：年度资金总额应等于各资金来源之和（项目A）", label.Zh);
        Assert.Equal("Project funds: the total should equal its sources (项目A)", label.En);
    }
}
