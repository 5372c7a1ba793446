using System.Globalization;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// FA1210–FA1212 (the narrative's overall identities when a total is stated in another section or not at all) fail through
/// a condition case that names every figure, and pass or could not run through the sum check. The oracle is a plain
/// <see cref="SumRelation"/> over the same total and terms (optional terms for the ones the rule leaves out when not
/// stated): on generated figures near and far from the rounding edge, in the three rounding modes, each rule must give the
/// same diagnostics (severity, pointers, printed difference) and the same coverage — only the failure's wording differs.
/// In FA1210 an optional term not stated (使用非财政拨款结余) is unknown and ≥ 0 (session 37, spec §4.8a): where the oracle,
/// reading it as none, fails in the direction the unstated terms allow (the total above the kept terms for an added one,
/// below for a subtracted one, either way for both), the rule gives no diagnostic and no failure instead. FA1212, a
/// Warning, still reads them as none (session 38): its oracle is the plain sum.
/// </summary>
public class NarrativeTotalsTests
{
    private const string Overall = "/narrative/overall/";

    private static readonly ValidationOptions[] Options =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation },
        ValidationOptions.Default with { Rounding = RoundingMode.Exact },
    ];

    /// <summary>A written figure: its value with 0–3 decimals, as the report writes it.</summary>
    private static readonly Gen<string> Figure =
        from decimals in Gen.Choose(0, 3)
        from units in Gen.Choose(0, 2_000_000)
        select (units / (decimal)Math.Pow(10, decimals)).ToString("F" + decimals, CultureInfo.InvariantCulture);

    [Property(MaxTest = 300)]
    public Property FA1210_DecidesAsTheSum() => Prop.ForAll(Figures(3, [1], [1, 1, 1]).ToArbitrary(), f =>
    {
        // 收入总计 = 收入部分本年收入合计 + 使用非财政拨款结余（未写不计）+ 年初结转和结余; the overview states no 本年收入合计.
        var (total, section, use, opening) = (f[0]!, f[1]!, f[2], f[3]!);
        var json = Narrative(
            $"\"overall\": {{ \"incomeGrandTotal\": {A(total)}, \"openingCarryOver\": {A(opening)}"
            + $"{Member("useOfNonAppropriationBalance", use)} }},"
            + $" \"income\": {{ \"total\": {A(section)} }}");
        return Agrees("FA1210", json, Overall + "incomeGrandTotal/amount",
            ["/narrative/income/total/amount", Overall + "useOfNonAppropriationBalance/amount?", Overall + "openingCarryOver/amount"],
            use is null ? [1] : []);
    });

    [Property(MaxTest = 300)]
    public Property FA1212_WithoutGrandTotals_DecidesAsTheSum() => Prop.ForAll(Figures(5, [2, 4], [1, 1, 1, -1, -1]).ToArbitrary(), f =>
    {
        // 年末 = 年初 + 本年收入 + 使用非财政拨款结余 − 本年支出 − 结余分配 (the last two of each side left out when not stated).
        var (closing, opening, income, use, expenditure, distribution) = (f[0]!, f[1]!, f[2]!, f[3], f[4]!, f[5]);
        var json = Narrative(
            $"\"overall\": {{ \"closingCarryOver\": {A(closing)}, \"openingCarryOver\": {A(opening)},"
            + $" \"currentYearIncome\": {A(income)}, \"currentYearExpenditure\": {A(expenditure)}"
            + Member("useOfNonAppropriationBalance", use) + Member("balanceDistribution", distribution) + " }");
        return Agrees("FA1212", json, Overall + "closingCarryOver/amount",
        [
            Overall + "openingCarryOver/amount", Overall + "currentYearIncome/amount", Overall + "useOfNonAppropriationBalance/amount?",
            "-" + Overall + "currentYearExpenditure/amount", "-" + Overall + "balanceDistribution/amount?",
        ], []);
    });

    [Property(MaxTest = 300)]
    public Property FA1212_WithTheIncomeGrandTotal_DecidesAsTheSum() => Prop.ForAll(Figures(3, [1], [1, 1, 1]).ToArbitrary(), f =>
    {
        // Only 收入总计 stated: 收入总计 = 本年支出合计 (the expenditure section's) + 结余分配（未写不计）+ 年末结转和结余.
        var (total, expenditure, distribution, closing) = (f[0]!, f[1]!, f[2], f[3]!);
        var json = Narrative(
            $"\"overall\": {{ \"incomeGrandTotal\": {A(total)}, \"closingCarryOver\": {A(closing)}"
            + $"{Member("balanceDistribution", distribution)} }},"
            + $" \"expenditure\": {{ \"total\": {A(expenditure)} }}");
        return Agrees("FA1212", json, Overall + "incomeGrandTotal/amount",
            ["/narrative/expenditure/total/amount", Overall + "balanceDistribution/amount?", Overall + "closingCarryOver/amount"],
            []);
    });

    [Fact]
    public void Failure_NamesEveryFigure()
    {
        // Text 12's planted error: 支出总计 12800.00 ≠ 11862.07 + 1087.93 = 12950.00 (the overview states no 本年支出合计).
        var json = Narrative(
            "\"overall\": { \"expenditureGrandTotal\": { \"amount\": \"12800.00\" }, \"closingCarryOver\": { \"amount\": \"1087.93\" } },"
            + " \"expenditure\": { \"total\": { \"amount\": \"11862.07\" } }");
        var result = Validator.Default.WithRules("FA1210").Validate(FinalAccountsJson.Deserialize(json));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(
            new[] { Overall + "expenditureGrandTotal/amount", "/narrative/expenditure/total/amount", Overall + "closingCarryOver/amount" },
            error.Pointers);
        Assert.Equal(-150.00m, error.Difference);
        foreach (var figure in new[] { "12800.00", "11862.07", "1087.93" })
        {
            Assert.Contains(figure, error.MessageZh, StringComparison.Ordinal);
            Assert.Contains(figure, error.MessageEn, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The checked figure and <paramref name="count"/> terms (those at <paramref name="optional"/> stated or not): the checked
    /// figure is the terms' printed sum (with <paramref name="weights"/>) moved by −3 to 3 units of a last place of 0–3
    /// decimals, so that the rounding edge is met from both sides; now and then a figure of its own.
    /// </summary>
    private static Gen<string?[]> Figures(int count, int[] optional, int[] weights) =>
        from figures in Gen.ArrayOf(Figure, count)
        from stated in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true))), count)
        from decimals in Gen.Choose(0, 3)
        from units in Gen.Choose(-3, 3)
        from own in Gen.Frequency((1, Figure.Select(x => (string?)x)), (5, Gen.Constant<string?>(null)))
        let list = figures.Select((x, i) => stated[i] || !optional.Contains(i) ? x : null).ToArray()
        let sum = list.Select((t, i) => t is null ? 0m : weights[i] * decimal.Parse(t, CultureInfo.InvariantCulture)).Sum()
        let near = (Math.Round(sum, decimals, MidpointRounding.AwayFromZero) + (units / (decimal)Math.Pow(10, decimals)))
            .ToString("F" + decimals, CultureInfo.InvariantCulture)
        select new[] { own ?? near }.Concat(list).ToArray();

    /// <summary>
    /// The rule and a sum relation over the same figures (the oracle, with the rule's descriptor) give the same diagnostics
    /// (severity, pointers, difference) and coverage in every mode — except a failure whose direction the
    /// <paramref name="unstated"/> terms' weights allow: then the rule gives no diagnostic and no failed check.
    /// </summary>
    private static Property Agrees(string ruleId, string json, string total, string[] items, int[] unstated)
    {
        var rule = RuleCatalogue.Rules.Single(r => r.Descriptor.Id == ruleId);
        var sum = new SumRelation { RuleId = ruleId, Total = total, Items = [.. items.Select(Term)] };
        var oracle = new RelationRule(rule.Descriptor, [sum]);
        var problems = new List<string>();
        foreach (var options in Options)
        {
            var report = FinalAccountsJson.Deserialize(json);
            var ruled = new Validator([rule], options).Validate(report);
            var oracled = new Validator([oracle], options).Validate(report);
            var actual = Describe(ruled);
            var expected = Describe(oracled);
            if (oracled.Diagnostics.Any(d => d.Severity != Severity.Info && Allowed(d.Difference, unstated)))
            {
                // The unstated terms may be the gap: nothing reported, nothing failed.
                if (ruled.Diagnostics.Count > 0 || ruled.Coverage.Any(c => c.Failed > 0))
                {
                    problems.Add($"{options.Rounding}: {actual} / expected no finding (the unstated terms may be the gap)");
                }
            }
            else if (actual != expected)
            {
                problems.Add($"{options.Rounding}: {actual} / expected {expected}");
            }
        }

        return (problems.Count == 0).Label(json + "\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// Whether non-negative values of the unstated terms (their <paramref name="weights"/>) can close a gap of
    /// <paramref name="difference"/> (total − kept terms): terms of both signs close any; added ones a total above the
    /// kept terms, subtracted ones a total below.
    /// </summary>
    private static bool Allowed(decimal? difference, int[] weights) =>
        difference is { } d && weights.Length > 0 && (weights.Distinct().Count() > 1 || Math.Sign(d) == weights[0]);

    private static string Describe(ValidationResult result) =>
        string.Join("; ", result.Diagnostics.Select(d => $"{d.Severity} [{string.Join(", ", d.Pointers)}] {d.Difference}"))
        + " | " + string.Join(", ", result.Coverage.Select(c => $"{c.Outcome} {c.Passed}/{c.Failed}/{c.CouldNotRun}"));

    private static SumTerm Term(string spec)
    {
        var weight = spec.StartsWith('-') ? -1 : 1;
        var optional = spec.EndsWith('?');
        var pointer = spec[(weight < 0 ? 1 : 0)..^(optional ? 1 : 0)];
        return new SumTerm { Pointer = pointer, Weight = weight, Optional = optional };
    }

    private static string A(string figure) => "{ \"amount\": \"" + figure + "\" }";

    private static string Member(string name, string? figure) => figure is null ? string.Empty : $", \"{name}\": {A(figure)}";

    private static string Narrative(string sections) =>
        "{ \"schemaVersion\": \"1.0\", \"entity\": { \"name\": \"测试单位\", \"fiscalYear\": 2024 }, \"unit\": \"wanYuan\","
        + " \"narrative\": { " + sections + " } }";
}
