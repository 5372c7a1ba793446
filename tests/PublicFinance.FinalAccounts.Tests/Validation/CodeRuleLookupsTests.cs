using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 22 (issue 13): the code rules' look-ups made cheaper without a change of outcome — FA3006's unit comparison
/// without the two normalised strings (<c>PerformanceRules.SameUnit</c>), FA6101–FA6103's required parts found by tokens
/// parsed once (<c>ReportFacts.FindTokens</c>), FA5003's class and section names matched once per run of equal rows
/// (<see cref="NameMemo"/>) and FA5004's names found by node (a pointer's text only for a finding). Each against its
/// oracle: the expression it replaced, <c>Find</c> of the pointer's text, and the catalogue asked for every row.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public class CodeRuleLookupsTests
{
    private const char FullWidthPercent = '％';

    /// <summary>The comparison FA3006 made before: each unit trimmed, ％ replaced by %, then compared.</summary>
    private static bool OldSameUnit(string? a, string? b) =>
        string.Equals((a ?? string.Empty).Trim().Replace("％", "%"), (b ?? string.Empty).Trim().Replace("％", "%"), StringComparison.Ordinal);

    [Fact]
    public void SameUnit_OnHandMadeUnits()
    {
        // Trimmed (ASCII, ideographic space U+3000 and a tab are white space) and ％ read as %: equal.
        Assert.True(PerformanceRules.SameUnit(" ％", "%\t"));
        Assert.True(PerformanceRules.SameUnit("\u3000万元", "万元"));
        Assert.True(PerformanceRules.SameUnit(null, "  "));
        // One % against two, a unit against none, an inner space kept: not equal.
        Assert.False(PerformanceRules.SameUnit("%", "%%"));
        Assert.False(PerformanceRules.SameUnit("个", null));
        Assert.False(PerformanceRules.SameUnit("万 元", "万元"));
    }

    /// <summary>On units drawn from white space, both percent signs and a few characters: the old comparison's answer.</summary>
    [Property(MaxTest = 500)]
    public Property SameUnit_IsTheTrimmedReplacedComparison(NonNull<string> seedA, NonNull<string> seedB, bool nullA)
    {
        const string Alphabet = " \t\u3000%％个万元";
        string Unit(string seed) => new([.. seed.Take(6).Select(c => Alphabet[c % Alphabet.Length])]);
        var a = nullA ? null : Unit(seedA.Get);
        var b = Unit(seedB.Get);
        // Half of the pairs made equal up to the percent signs, so that "equal" is drawn as often as "different".
        if (seedA.Get.Length % 2 == 0)
        {
            b = (a ?? string.Empty).Replace('%', FullWidthPercent) + (seedB.Get.Length % 3 == 0 ? " " : string.Empty);
        }

        return (PerformanceRules.SameUnit(a, b) == OldSameUnit(a, b)).Label($"'{a}' '{b}'");
    }

    /// <summary>
    /// Every present node of an index is found by its pointer's tokens where <c>Find</c> finds it; names it lacks are
    /// absent both ways.
    /// </summary>
    private static List<string> FindDifferences(ReportFacts facts, out int found)
    {
        var wrong = new List<string>();
        found = 0;
        for (var node = 0; node < facts.NodeCount; node++)
        {
            if (facts.ValueOf(node) is null)
            {
                continue;
            }

            var pointer = facts.PointerOf(node);
            foreach (var text in new[] { pointer, pointer + "/noSuchMember", pointer + "/0", pointer + "/a~1b" })
            {
                var byTokens = facts.FindTokens(ReportFacts.InternedTokens(text));
                if (byTokens != facts.Find(text))
                {
                    wrong.Add($"{text}: {byTokens} against {facts.Find(text)}");
                }

                found += byTokens >= 0 && text == pointer && byTokens == node ? 1 : 0;
            }
        }

        return wrong;
    }

    [Fact]
    public void FindTokens_OnTheSample_IsFind()
    {
        var facts = ReportFacts.Create(TestReports.Sample);
        Assert.Empty(FindDifferences(facts, out var found));
        // Every present node is found at its own pointer: the sample has well over 1,000 nodes (its amounts alone are > 100).
        Assert.True(found > 1000, $"only {found} nodes found");
    }

    [Property(MaxTest = 60)]
    public Property FindTokens_OnGeneratedReports_IsFind(FinalAccountsReport report)
    {
        var wrong = FindDifferences(ReportFacts.Create(report), out _);
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(5)));
    }

    [Fact]
    public void EveryRequiredPart_IsFoundByItsTokens_AsByItsText()
    {
        var facts = ReportFacts.Create(TestReports.Sample);
        var present = 0;
        foreach (var part in RequiredPart.All)
        {
            Assert.Equal(facts.Find(part.Pointer), facts.FindTokens(part.PointerTokens));
            if (part.When.Length > 0)
            {
                Assert.Equal(facts.Find(part.When), facts.FindTokens(part.WhenTokens));
            }

            present += facts.FindTokens(part.PointerTokens) >= 0 ? 1 : 0;
        }

        // The sample states its narrative sections (FA6102 passes on them), so some parts are present, not only absent ones.
        Assert.True(present > 5, $"only {present} parts present");
    }

    [Fact]
    public void ApplyingParts_AreTheFilteredList_ForEveryKindAndYear()
    {
        // The cache is keyed by part kind, report kind and fiscal year: each key's parts are the list filtered for a report
        // of that kind and year, asked twice (the second answer from the cache), and the years around the 2019 change
        // (the 国有资本经营 table and the 绩效 section) give different lists.
        var sizes = new HashSet<int>();
        foreach (var reportKind in new[] { ReportKind.Department, ReportKind.Unit })
        {
            foreach (int? year in new int?[] { null, 2015, 2018, 2019, 2024, 2030 })
            {
                var report = TestReports.Sample with { Entity = TestReports.Sample.Entity with { Kind = reportKind, FiscalYear = year } };
                foreach (var kind in new[] { RequiredPartKind.Table, RequiredPartKind.Section, RequiredPartKind.Detail })
                {
                    var expected = RequiredPart.All.Where(p => p.Kind == kind && p.AppliesTo(report)).ToList();
                    Assert.Equal(expected, RequiredPart.Applying(report, kind));
                    Assert.Equal(expected, RequiredPart.Applying(report, kind));
                    sizes.Add(expected.Count);
                }
            }
        }

        Assert.True(sizes.Count > 3, "the lists did not differ by kind and year");
    }

    /// <summary>
    /// Codes and written names of class 201 and section 20103 (right, wrong, a class's name for the wrong class) and a code
    /// the catalogue lacks: asked in any order, the memo answers what the catalogue answers for each pair.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property NameMemo_AnswersAsTheCatalogue(NonEmptyArray<byte> picks, bool knownYear)
    {
        (string Code, string Name)[] pairs =
        [
            ("201", "一般公共服务支出"), ("201", "教育支出"), ("20103", "政府办公厅（室）及相关机构事务"), ("20103", "行政运行"),
            ("205", "教育支出"), ("299", "一般公共服务支出"),
        ];
        var catalogue = ClassificationCatalogue.Default;
        int? year = knownYear ? 2024 : null;
        NameMemo memo = default;
        var wrong = new List<string>();
        foreach (var pick in picks.Get)
        {
            var (digits, name) = pairs[pick % pairs.Length];
            var code = FunctionalCode.FromDigits(digits);
            var expected = catalogue.MatchName(code, year, name);
            var actual = memo.Match(catalogue, code, year, name);
            if (actual != expected)
            {
                wrong.Add($"{digits} {name}: {actual} against {expected}");
            }
        }

        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    /// <summary>Five narrative items of class 201 whose class names change and change back (the memo must ask again).</summary>
    private static readonly FinalAccountsReport RepeatedClassNames = FinalAccountsJson.Deserialize(
        """
        {"entity":{"name":"测试单位","fiscalYear":2024},"narrative":{"generalBudget":{"items":[
        {"code":"2010301","className":"一般公共服务支出","sectionName":"政府办公厅（室）及相关机构事务","name":"行政运行","amount":"1.00"},
        {"code":"2010302","className":"一般公共服务支出","sectionName":"政府办公厅（室）及相关机构事务","name":"一般行政管理事务","amount":"1.00"},
        {"code":"2010303","className":"教育支出","sectionName":"政府办公厅（室）及相关机构事务","name":"机关服务","amount":"1.00"},
        {"code":"2010350","className":"一般公共服务支出","sectionName":"政府办公厅（室）及相关机构事务","name":"事业运行","amount":"1.00"},
        {"code":"2010399","className":"教育支出","sectionName":"政府办公厅（室）及相关机构事务","name":"其他政府办公厅（室）及相关机构事务支出",
         "amount":"1.00"}]}}}
        """);

    [Fact]
    public void FunctionalNames_OnRepeatedClassNames_JudgeEveryRowAsTheCatalogue()
    {
        var result = Validator.Default.WithRules("FA5003").Validate(RepeatedClassNames);

        // The oracle: the catalogue asked for every row's class name (no memo). 教育支出 is class 205's name, not 201's, so
        // rows 2 and 4 fail — the class name went 对 → 对 → 错 → 对 → 错, and the memo must answer each change anew.
        var items = RepeatedClassNames.Narrative!.GeneralBudget!.Items;
        var expected = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var match = ClassificationCatalogue.Default.MatchName(FunctionalCode.FromDigits("201"), 2024, items[i].ClassName!);
            if (match is NameMatch.Mismatch)
            {
                expected.Add($"/narrative/generalBudget/items/{i}/className");
            }
        }

        Assert.Equal(["/narrative/generalBudget/items/2/className", "/narrative/generalBudget/items/4/className"], expected);
        Assert.Equal(expected, result.Diagnostics.Where(d => d.Pointers[0].EndsWith("/className", StringComparison.Ordinal))
            .Select(d => d.Pointers[0]));
    }

    [Fact]
    public void EconomicNames_PointAtTheRowsName()
    {
        // Row 0 named as the catalogue names 30101; row 1 gives 30102 (津贴补贴) the name of 30103 (奖金); row 2 a code no
        // classification has. The oracle for each row is the catalogue itself.
        var report = FinalAccountsJson.Deserialize(
            """
            {"entity":{"name":"测试单位","fiscalYear":2024},"tables":{"basicExpenditure":{"rows":[
            {"code":"30101","name":"基本工资","amount":"1.00"},{"code":"30102","name":"奖金","amount":"1.00"},
            {"code":"39988","name":"无此科目","amount":"1.00"}]}}}
            """);
        var rows = report.Tables!.BasicExpenditure!.Rows;
        var failing = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var match = ClassificationCatalogue.Default.MatchName(rows[i].Code, 2024, rows[i].Name);
            var pointer = $"/tables/basicExpenditure/rows/{i}/name";
            if (match is NameMatch.UnknownCode)
            {
                unknown.Add(pointer);
            }
            else if (match is NameMatch.Mismatch)
            {
                failing.Add(pointer);
            }
        }

        var result = Validator.Default.WithRules("FA5004").Validate(report);
        Assert.Equal(["/tables/basicExpenditure/rows/1/name"], failing);
        Assert.Equal(failing, result.Diagnostics.Select(d => d.Pointers[0]));
        Assert.Equal(unknown, result.Coverage.Single().Missing);
    }
}
