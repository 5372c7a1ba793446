using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>The four properties of the validation issue, over generated reports (see <see cref="ReportGenerator"/>).</summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class ValidationPropertyTests
{
    /// <summary>
    /// The generator assigns independent random amounts to 功能分类 items such as 2210201 住房公积金 and to the 经济分类 rows,
    /// so it does not model the declared correspondences of FA1014 (tested in ChecksTests and the conformance suite).
    /// </summary>
    private static readonly Validator Consistency = Validator.Default.WithoutRules("FA1014");

    private static string Describe(ValidationResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()));

    /// <summary>(a) A consistent report built in exact 元 and rounded figure by figure has no Error or Warning, ever.</summary>
    [Property(MaxTest = 2000)]
    public Property RoundedConsistentReport_HasNoErrorOrWarning(FinalAccountsReport report)
    {
        var result = Consistency.Validate(report);
        return result.Diagnostics.All(d => d.Severity == Severity.Info).Label(Describe(result));
    }

    /// <summary>(a') The same holds for the truncation mode, whose intervals contain the rounding ones.</summary>
    [Property(MaxTest = 300)]
    public Property RoundedConsistentReport_HasNoErrorOrWarning_InTruncationMode(FinalAccountsReport report)
    {
        var result = Consistency.WithOptions(new ValidationOptions { Rounding = RoundingMode.Truncation }).Validate(report);
        return result.Diagnostics.All(d => d.Severity == Severity.Info).Label(Describe(result));
    }

    /// <summary>A figure of a generated report that can be moved, with how far is "beyond any rounding slack".</summary>
    private static IEnumerable<(string Pointer, decimal MinShift)> Movable(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        foreach (var pointer in facts.LeafPointers)
        {
            if (pointer.Contains("/target/") || pointer.Contains("/actual/"))
            {
                continue;
            }

            facts.TryGetValue(pointer, out var value);
            switch (value)
            {
                case Amount:
                    yield return (pointer, 1m);
                    break;
                case Percent:
                    yield return (pointer, 1m);
                    break;
                case Quantity:
                    yield return (pointer, 10m);
                    break;
            }
        }
    }

    /// <summary>Moves the figure at a pointer by <paramref name="delta"/>, keeping its written decimals.</summary>
    internal static FinalAccountsReport Move(FinalAccountsReport report, string pointer, decimal delta)
    {
        var node = JsonNode.Parse(FinalAccountsJson.Serialize(report))!;
        var tokens = pointer.Split('/').Skip(1).ToArray();
        var parent = node;
        foreach (var t in tokens.Take(tokens.Length - 1))
        {
            parent = parent is JsonArray array ? array[int.Parse(t, CultureInfo.InvariantCulture)]! : parent[t]!;
        }

        var last = tokens[^1];
        var text = parent[last]!.GetValue<string>();
        var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
        var moved = Math.Round(decimal.Parse(text, CultureInfo.InvariantCulture) + delta, decimals, MidpointRounding.AwayFromZero);
        parent[last] = moved.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return FinalAccountsJson.Deserialize(node.ToJsonString());
    }

    /// <summary>(b) Moving any single figure by more than any rounding slack gives at least one Error naming that figure.</summary>
    [Property(MaxTest = 2000)]
    public Property MovingAFigure_GivesAnErrorNamingIt(FinalAccountsReport report, int pick, PositiveInt size, bool down)
    {
        var movable = Movable(report).ToList();
        var (pointer, minShift) = movable[Math.Abs(pick % movable.Count)];
        var delta = (minShift + (size.Get % 1000)) * (down ? -1 : 1);
        var moved = Move(report, pointer, delta);
        var result = Validator.Default.Validate(moved);
        var named = result.Diagnostics.Any(d => d.Severity == Severity.Error && d.Pointers.Contains(pointer));
        return named.Label($"moved {pointer} by {delta}; diagnostics:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    private static FinalAccountsReport Shuffle(FinalAccountsReport report, int seed)
    {
        var random = new Random(seed);
        IReadOnlyList<T> S<T>(IReadOnlyList<T> list) => list.OrderBy(_ => random.Next()).ToList();
        var t = report.Tables!;
        var n = report.Narrative!;
        return report with
        {
            Tables = t with
            {
                Summary = t.Summary! with { Expenditure = t.Summary.Expenditure! with { Classes = S(t.Summary.Expenditure.Classes) } },
                Income = t.Income! with { Rows = S(t.Income.Rows) },
                Expenditure = t.Expenditure! with { Rows = S(t.Expenditure.Rows) },
                AppropriationSummary = t.AppropriationSummary! with
                {
                    Expenditure = t.AppropriationSummary.Expenditure! with { Classes = S(t.AppropriationSummary.Expenditure.Classes) },
                },
                GeneralBudgetExpenditure = t.GeneralBudgetExpenditure! with { Rows = S(t.GeneralBudgetExpenditure.Rows) },
                BasicExpenditure = t.BasicExpenditure! with { Rows = S(t.BasicExpenditure.Rows) },
            },
            Narrative = n with
            {
                GeneralBudget = n.GeneralBudget! with { Classes = S(n.GeneralBudget.Classes) },
                Assets = n.Assets! with { Vehicles = n.Assets.Vehicles! with { Categories = S(n.Assets.Vehicles.Categories) } },
            },
        };
    }

    private static List<string> Signature(ValidationResult result) =>
        [.. result.Diagnostics.Select(d => d.RuleId + "|" + d.Severity + "|" + d.MessageZh).OrderBy(x => x, StringComparer.Ordinal)];

    /// <summary>(c) Results do not depend on the order of rows (up to the row indices in pointers).</summary>
    [Property(MaxTest = 300)]
    public Property Results_DoNotDependOnRowOrder(FinalAccountsReport report, int seed, int pick, bool down)
    {
        // Break one figure so that the comparison also covers failures, not only rounding notes.
        var movable = Movable(report)
            .Where(m => m.Pointer.StartsWith("/tables/", StringComparison.Ordinal) && !m.Pointer.Contains("/rows/")
                && !m.Pointer.Contains("/classes/"))
            .ToList();
        var broken = Move(report, movable[Math.Abs(pick % movable.Count)].Pointer, down ? -7.77m : 7.77m);
        var a = Validator.Default.Validate(broken);
        var b = Validator.Default.Validate(Shuffle(broken, seed));
        var sameCoverage = a.Coverage.Select(c => (c.Rule.Id, c.Passed, c.Failed, c.NotApplicable, c.CouldNotRun))
            .SequenceEqual(b.Coverage.Select(c => (c.Rule.Id, c.Passed, c.Failed, c.NotApplicable, c.CouldNotRun)));
        return (Signature(a).SequenceEqual(Signature(b)) && sameCoverage)
            .Label(string.Join("\n", Signature(a)) + "\n---\n" + string.Join("\n", Signature(b)));
    }

    /// <summary>(c) Results do not depend on the order in which the rules are given.</summary>
    [Property(MaxTest = 100)]
    public bool Results_DoNotDependOnRuleOrder(FinalAccountsReport report, int seed)
    {
        var random = new Random(seed);
        var shuffled = new Validator(RuleCatalogue.Rules.OrderBy(_ => random.Next()).ToList());
        return shuffled.Validate(report) == Validator.Default.Validate(report);
    }

    /// <summary>(d) Validating in parallel with one shared validator equals validating one by one.</summary>
    [Fact]
    public void ParallelValidation_EqualsSequential()
    {
        var reports = ReportGenerator.Consistent().Sample(200).ToArray();
        var broken = reports
            .Select((r, i) => i % 2 == 0 ? r : Move(r, Movable(r).ElementAt(i % Movable(r).Count()).Pointer, 3.33m)).ToArray();
        var sequential = broken.Select(r => Validator.Default.Validate(r)).ToArray();
        var parallel = new ValidationResult[broken.Length];
        Parallel.For(
            0, broken.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Validator.Default.Validate(broken[i]));
        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, r => r.HasErrors);
    }

    /// <summary>
    /// Catalogue names are now compared in place, without normalised copies: for any two names over the characters the
    /// normalisation touches (full-width and half-width brackets, spaces, tabs, ideographic space) and a few others,
    /// <c>MatchName</c> answers Exact exactly when the two normalised strings (<c>NormalizeName</c>, the comparison it
    /// replaced) are equal, and Mismatch otherwise (one entry, no alias, any year).
    /// </summary>
    /// <returns>The property.</returns>
    [Property]
    public Property CatalogueNameMatch_IsEqualityOfNormalisedNames()
    {
        // Short strings over a small alphabet, so that equal normalised forms (e.g. "（a）" and " (a)") occur often.
        var name = Gen.Elements('(', ')', '（', '）', '[', ']', '［', '］', ' ', '\t', '\u3000', 'a', '中')
            .ArrayOf().Select(c => new string(c.Take(6).ToArray()));
        var pairs = from catalogued in name from written in name select (catalogued, written);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var catalogue = new ClassificationCatalogue(
                [new ClassificationEntry { System = ClassificationSystem.Functional, Code = "201", Name = pair.catalogued }]);
            var match = catalogue.MatchName(FunctionalCode.Parse("201"), null, pair.written);
            var equal = string.Equals(ClassificationCatalogue.NormalizeName(pair.catalogued),
                ClassificationCatalogue.NormalizeName(pair.written), StringComparison.Ordinal);
            var expected = equal ? NameMatch.Exact : NameMatch.Mismatch;
            return (match == expected).Label($"{pair.catalogued} / {pair.written}: {match}, expected {expected}");
        });
    }
}
