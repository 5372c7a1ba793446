using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The validator's typed pointers (<see cref="JsonPointer"/>, <see cref="PointerTemplate"/>) and its node index
/// (<see cref="ReportFacts"/>): RFC 6901 round trips, the index against a plain string walk of the JSON form, template
/// expansion against the string algorithm it replaced, pointer literals against the schema, and the validator's own
/// relation set.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class FactIndexTests
{
    private static readonly FinalAccountsReport Sample = TestReports.Sample;

    /// <summary>Escaping then unescaping any token gives it back, and an escaped token never contains '/'.</summary>
    [Property(MaxTest = 500)]
    public Property EscapeThenUnescape_RoundTrips(NonNull<string> token)
    {
        var escaped = JsonPointer.Escape(token.Get);
        var ok = JsonPointer.TryUnescape(escaped, out var back);
        return (ok && back == token.Get && !escaped.Contains('/')).Label(escaped);
    }

    /// <summary>Writing a pointer and parsing it back gives the same tokens; the parent of p/t is p.</summary>
    [Property(MaxTest = 500)]
    public Property ParseOfToString_AndParentOfAppend_AreIdentities(NonNull<string>[] tokens, NonNull<string> last)
    {
        var pointer = tokens.Aggregate(JsonPointer.Root, (p, t) => p.Append(t.Get));
        var parsed = JsonPointer.Parse(pointer.ToString());
        var child = pointer.Append(last.Get);
        return (parsed.Equals(pointer) && child.Parent.Equals(pointer) && child.Last == last.Get && child.Tokens.Count == tokens.Length + 1)
            .Label(pointer.ToString());
    }

    /// <summary>RFC 6901 §5 examples: "~01" is "~1" unescaped (not "/"); invalid escapes are refused.</summary>
    [Fact]
    public void Unescape_FollowsRfc6901()
    {
        Assert.True(JsonPointer.TryUnescape("a~1b", out var slash));
        Assert.Equal("a/b", slash);
        Assert.True(JsonPointer.TryUnescape("~01", out var tilde));
        Assert.Equal("~1", tilde);   // ~0 → ~ first would be wrong: the RFC decodes ~1 before ~0, giving "~1"
        Assert.False(JsonPointer.TryUnescape("a~2", out _));
        Assert.False(JsonPointer.TryUnescape("a~", out _));
        Assert.False(JsonPointer.TryParse("tables", out _));   // a non-empty pointer starts with '/'
        Assert.Equal("/m~0n/a~1b", JsonPointer.Root.Append("m~n").Append("a/b").ToString());
        Assert.Equal("/tables/income", JsonPointer.ParentOf("/tables/income/rows"));
        Assert.Equal(string.Empty, JsonPointer.ParentOf("/tables"));
    }

    /// <summary>Strict array indices: digits only, no leading zero (RFC 6901 §4).</summary>
    [Theory]
    [InlineData("0", true, 0)]
    [InlineData("17", true, 17)]
    [InlineData("01", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("2147483648", false, 0)]
    public void ArrayIndex_IsStrict(string token, bool valid, int expected)
    {
        Assert.Equal(valid, JsonPointer.TryParseIndex(token.AsSpan(), out var index));
        Assert.Equal(expected, index);
    }

    /// <summary>
    /// On generated reports the node index holds exactly what a string walk of the JSON form finds: every non-null JSON
    /// value is present at its pointer, every list has its length, and every indexed leaf writes back the pointer it was
    /// found at.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Index_AgreesWithAStringWalkOfTheJson(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var json = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        var problems = new List<string>();
        var leaves = new HashSet<string>(facts.LeafPointers, StringComparer.Ordinal);
        bool BelowALeaf(string pointer)
        {
            // A value written by its own converter (an amount, a code) is one leaf of the index however it is spelled in JSON.
            for (var p = JsonPointer.ParentOf(pointer); p.Length > 0; p = JsonPointer.ParentOf(p))
            {
                if (leaves.Contains(p))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var (pointer, node) in Walk(json, string.Empty))
        {
            if (BelowALeaf(pointer))
            {
                continue;
            }

            if (!facts.Contains(pointer))
            {
                problems.Add("absent " + pointer);
            }

            if (node is JsonArray array && facts.ListCount(pointer) != array.Count)
            {
                problems.Add("count " + pointer);
            }
        }

        foreach (var pointer in facts.LeafPointers)
        {
            var node = facts.Find(pointer);
            if (node < 0 || facts.PointerOf(node) != pointer)
            {
                problems.Add("round trip " + pointer);
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(10)));
    }

    /// <summary>
    /// Template expansion over nodes gives the same pointers, bound indices and first missing list as the string
    /// algorithm it replaced (reimplemented below from its description), for every template of the catalogue.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Expansion_AgreesWithTheStringAlgorithm(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var problems = new List<string>();
        foreach (var template in Templates().Distinct())
        {
            var expected = ReferenceExpand(facts, template, [], out var expectedMissing);
            var actual = RelationEvaluator.Expand(facts, template, [], out var actualMissing);
            var same = expected.Count == actual.Count && expectedMissing == actualMissing &&
                expected.Zip(actual, (e, a) => e.Pointer == a.Pointer && e.Indices.SequenceEqual(a.Indices)).All(x => x);
            if (!same)
            {
                problems.Add(template);
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    /// <summary>Absent figures are located below their nearest present node and written as the full pointer.</summary>
    [Fact]
    public void Expansion_WritesAbsentLocations()
    {
        var facts = ReportFacts.Create(Sample);

        // The sample has no disclosure tables: the first list on the way (/tables/income/rows) is missing.
        RelationEvaluator.Expand(facts, "/tables/income/rows/*/total", [], out var missingList);
        Assert.Equal("/tables/income/rows", missingList);

        // /narrative/generalBudget/classes has two elements (see the sample's shares above); "nothing" is no member of them.
        var expanded = RelationEvaluator.Expand(facts, "/narrative/generalBudget/classes/*/nothing/deeper", [], out _);
        Assert.Equal(new[] { "/narrative/generalBudget/classes/0/nothing/deeper", "/narrative/generalBudget/classes/1/nothing/deeper" },
            expanded.Select(e => e.Pointer));
        Assert.Equal(
            "/narrative/generalBudget/classes/1/amount", RelationEvaluator.Bind(facts, "/narrative/generalBudget/classes/*/amount", [1]));
        Assert.Equal(
            "/narrative/generalBudget/classes/*/amount", RelationEvaluator.Bind(facts, "/narrative/generalBudget/classes/*/amount", [7]));
    }

    /// <summary>
    /// Every pointer literal of the validation code names a member path of the published schema, so a renamed member
    /// fails here (the relation templates are checked in <c>ValidatorTests.RelationTemplates_ResolveInThePublishedSchema</c>).
    /// </summary>
    [Fact]
    public void PointerLiteralsOfTheValidationCode_ResolveInTheSchema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(TestFiles.PublishedSchemaPath))!;
        var defs = schema["$defs"]!;
        JsonNode Deref(JsonNode node) => node["$ref"] is { } r ? defs[r.GetValue<string>().Substring("#/$defs/".Length)]! : node;
        JsonNode? Step(JsonNode node, string token)
        {
            node = Deref(node);
            if (node["items"] is { } items && (token == "*" || int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return items;
            }

            if (node["properties"]?[token] is { } property)
            {
                return property;
            }

            foreach (var alternative in (node["anyOf"] ?? node["oneOf"])?.AsArray() ?? [])
            {
                if (alternative is not null && Step(alternative, token) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        var folder = Path.Combine(TestFiles.RepositoryRoot, "src", "PublicFinance.FinalAccounts", "Validation");
        var literal = new Regex("\"(/(?:tables|narrative|entity|performance)[A-Za-z0-9/*]*)\"", RegexOptions.CultureInvariant);
        var unresolved = new List<string>();
        var checkedCount = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in literal.Matches(File.ReadAllText(file)))
            {
                JsonNode? node = schema;
                foreach (var token in m.Groups[1].Value.Split('/').Skip(1).Where(t => t.Length > 0))
                {
                    node = node is null ? null : Step(node, token);
                }

                checkedCount++;
                if (node is null)
                {
                    unresolved.Add(Path.GetFileName(file) + ": " + m.Groups[1].Value);
                }
            }
        }

        Assert.True(checkedCount > 50, checkedCount.ToString(CultureInfo.InvariantCulture));   // the catalogue alone has dozens
        Assert.True(unresolved.Count == 0, string.Join("\n", unresolved));
    }

    /// <summary>
    /// FA2107 (prior-year figures rebuilt from stated changes) reuses the prior-year sum and rollup relations of
    /// FA1201–FA1207, FA4101 and (session 46) FA4204 — but only those of rules the validator runs, so leaving them out
    /// leaves FA2107 exactly as it is alone, and keeping them gives it more to judge (the sample states changes for the
    /// 三公 total and items, so at least FA4101's sum is rebuilt).
    /// </summary>
    [Fact]
    public void CodeRules_UseOnlyTheRelationsOfTheValidatorsOwnRules()
    {
        static int Checks(RuleCoverage c) => c.Passed + c.Failed + c.NotApplicable + c.CouldNotRun;
        string[] priorYearRules = ["FA1201", "FA1202", "FA1203", "FA1204", "FA1205", "FA1206", "FA1207", "FA1214", "FA4101", "FA4204"];
        var alone = Validator.Default.WithRules("FA2107").Validate(Sample).CoverageOf("FA2107")!;
        var withSums = Validator.Default.WithRules(["FA2107", .. priorYearRules]).Validate(Sample).CoverageOf("FA2107")!;
        var withoutSums = Validator.Default.WithoutRules(priorYearRules).Validate(Sample).CoverageOf("FA2107")!;
        Assert.True(Checks(withSums) > Checks(alone), $"{Checks(withSums)} checks with the sums, {Checks(alone)} alone");
        Assert.Equal(Checks(alone), Checks(withoutSums));
        Assert.Equal(Checks(withSums), Checks(Validator.Default.Validate(Sample).CoverageOf("FA2107")!));
    }

    /// <summary>
    /// FA2009 (no percentage on a zero base) is a condition relation since rules 1.2 (spec §4.15): it judges every stated
    /// share, rate and variance itself, whichever other rules a run keeps (spec's versioning note) — so leaving out
    /// FA2001–FA2006 changes nothing, and the sample's 19 shares (6 income sources, 5 kinds of spending, the
    /// general-budget total and its 2 classes, 3 三公 items, 2 procurement shares) are judged either way.
    /// </summary>
    [Fact]
    public void Fa2009_JudgesTheSharesWhicheverRulesTheRunKeeps()
    {
        static int Checks(RuleCoverage c) => c.Passed + c.Failed + c.NotApplicable + c.CouldNotRun;
        var alone = Validator.Default.WithRules("FA2009").Validate(Sample).CoverageOf("FA2009")!;
        var withoutRatios = Validator.Default.WithoutRules("FA2001", "FA2002", "FA2003", "FA2004", "FA2005", "FA2006")
            .Validate(Sample).CoverageOf("FA2009")!;
        Assert.Equal(Checks(alone), Checks(withoutRatios));
        Assert.Equal(Checks(alone), Checks(Validator.Default.Validate(Sample).CoverageOf("FA2009")!));
        Assert.True(Checks(alone) >= 19, $"FA2009 judged {Checks(alone)} figures, the sample states 19 shares");
    }

    private static IEnumerable<string> Templates()
    {
        foreach (var relation in RuleCatalogue.Relations)
        {
            switch (relation)
            {
                case SumRelation s:
                    yield return s.Total;
                    foreach (var i in s.Items)
                    {
                        yield return i.Pointer;
                    }

                    break;
                case InequalityRelation q:
                    yield return q.Lesser;
                    yield return q.Greater;
                    break;
                case RatioRelation r:
                    yield return r.Percent;
                    yield return r.Numerator;
                    yield return r.Denominator;
                    break;
            }
        }
    }

    /// <summary>
    /// The string algorithm: split the template at each "/*"; after each part the pointer so far must be a list (else it
    /// is the missing list); a bound wildcard takes its index when in range, a free one every index (an empty list is
    /// noted as missing); the last part is appended as is.
    /// </summary>
    private static List<(string Pointer, int[] Indices)> ReferenceExpand(
        ReportFacts facts, string template, int[] bound, out string? missingList)
    {
        var parts = template.Split("/*");
        var results = new List<(string, int[])>();
        string? missing = null;
        var frontier = new List<(string Prefix, int[] Indices)> { (string.Empty, []) };
        for (var part = 0; part < parts.Length; part++)
        {
            var next = new List<(string, int[])>();
            foreach (var (prefix, indices) in frontier)
            {
                var current = prefix + parts[part];
                if (part == parts.Length - 1)
                {
                    results.Add((current, indices));
                    continue;
                }

                var count = facts.ListCount(current);
                if (count < 0 || (part >= bound.Length && count == 0))
                {
                    missing ??= current;
                }

                var range = part < bound.Length
                    ? (bound[part] < count ? [bound[part]] : Array.Empty<int>())
                    : Enumerable.Range(0, Math.Max(0, count));
                foreach (var i in range)
                {
                    next.Add((current + "/" + i.ToString(CultureInfo.InvariantCulture), [.. indices, i]));
                }
            }

            frontier = next;
        }

        missingList = missing;
        return results;
    }

    private static IEnumerable<(string Pointer, JsonNode Node)> Walk(JsonNode node, string pointer)
    {
        yield return (pointer, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    if (child is null)
                    {
                        continue;
                    }

                    foreach (var x in Walk(child, pointer + "/" + JsonPointer.Escape(name)))
                    {
                        yield return x;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } element)
                    {
                        foreach (var x in Walk(element, pointer + "/" + i.ToString(CultureInfo.InvariantCulture)))
                        {
                            yield return x;
                        }
                    }
                }

                break;
        }
    }
}
