using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 14 (issue 13): "values first" — a figure read from the report works its interval out only when a check reads
/// it, and a sum whose items add up to its total exactly, an inequality whose printed values hold, or a ratio whose printed
/// quotient lies well inside the stated percentage's interval passes without interval arithmetic. The oracle is the
/// interval path alone (<c>ValidationOptions.ValuesFirst = false</c>, the code as it was): the whole catalogue must give
/// the same findings, verifications and coverage both ways on the sample, every conformance case, the cases with their
/// shares moved and generated reports; and each check must agree with it on generated figures, including sums off by one
/// unit of the last place, tied ratio bounds and figures with more decimals than the exact fast path admits.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(WrittenArbitrary) })]
public class ValuesFirstTests
{
    private static readonly ValidationOptions[] Options =
    [
        ValidationOptions.Default,
        ValidationOptions.Default with { Rounding = RoundingMode.Truncation },
        ValidationOptions.Default with { Rounding = RoundingMode.Exact },
        ValidationOptions.Default with { ReportRoundingDifferences = false, AllowTruncatedPercentages = false },
        ValidationOptions.Default with { RecordVerifications = true },
    ];

    private static readonly RuleDescriptor Rule = RuleCatalogue.Descriptors[0];

    [Fact]
    public void EveryCase_AndItsMovedShares_AsTheIntervalPath()
    {
        var findings = 0;
        foreach (var report in CompiledConditionTests.CaseReports.Value)
        {
            foreach (var variant in new[] { report, LocatedRatioTests.MoveShares(report) })
            {
                foreach (var options in Options)
                {
                    var (actual, expected) = BothWays(variant, options);
                    Assert.Equal(expected, actual);
                    findings += actual.Contains("Error", StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }

        // The moved shares and the conformance cases must make some checks fail, or only passing checks were compared.
        Assert.True(findings > 0);
    }

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AsTheIntervalPath(FinalAccountsReport report)
    {
        var problems = new List<string>();
        foreach (var variant in new[] { report, LocatedRatioTests.MoveShares(report) })
        {
            foreach (var options in Options.Take(3))
            {
                var (actual, expected) = BothWays(variant, options);
                if (actual != expected)
                {
                    problems.Add(options.Rounding + ":\n" + actual + "\nexpected\n" + expected);
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems.Take(1)));
    }

    [Property(MaxTest = 300)]
    public Property Sums_AsTheIntervalPath(NonEmptyArray<Written> items, bool[] negative, Written total, int offBy, int options)
    {
        // The total is the printed sum itself (values decide), or off by 1–2 units of a last place (the interval path).
        var weights = items.Get.Select((_, i) => i < negative.Length && negative[i] ? -1 : 1).ToArray();
        var sum = items.Get.Select((w, i) => weights[i] * w.Value).Sum();
        var shift = (offBy % 3) * Unit(total.Decimals);
        var stated = new Written(sum + shift, Math.Max(total.Decimals, items.Get.Max(w => w.Decimals)));
        var chosen = Options[Math.Abs(options % Options.Length)];

        string Check(bool valuesFirst)
        {
            var context = Context(chosen with { ValuesFirst = valuesFirst });
            var list = items.Get.Select((w, i) => (Figure(context, w, i), weights[i])).ToList();
            var holds = context.CheckSum(Figure(context, stated, -1), list, new CheckLabel("合计", "total"));
            return holds + " " + Text(context);
        }

        return (Check(true) == Check(false)).Label(Check(true) + " vs " + Check(false));
    }

    [Property(MaxTest = 300)]
    public Property Inequalities_AsTheIntervalPath(Written lesser, Written greater, int nudge, int options)
    {
        // Nudged to equal values and one unit apart either way: the cases where values and intervals could part.
        var moved = (nudge % 4) switch
        {
            0 => lesser,
            1 => greater,
            2 => new Written(greater.Value + Unit(greater.Decimals), greater.Decimals),
            _ => new Written(greater.Value - Unit(greater.Decimals), greater.Decimals),
        };
        var chosen = Options[Math.Abs(options % Options.Length)];

        string Check(bool valuesFirst)
        {
            var context = Context(chosen with { ValuesFirst = valuesFirst });
            var holds = context.CheckLessOrEqual(Figure(context, moved, 0), Figure(context, greater, 1), new CheckLabel("小于", "below"));
            return holds + " " + Text(context);
        }

        return (Check(true) == Check(false)).Label(Check(true) + " vs " + Check(false));
    }

    [Property(MaxTest = 500)]
    public Property Ratios_AsTheIntervalPath(Written numerator, Written denominator, byte places, int shift, int options)
    {
        // The stated percentage is the quotient rounded to 0–3 places, moved by up to two of its units — or, when the
        // quotient is exact, a percentage one of whose bounds is the quotient itself (a tied bound).
        var chosen = Options[Math.Abs(options % Options.Length)];
        var decimals = places % 4;
        if (denominator.Value == 0m)
        {
            return true.ToProperty();
        }

        var quotient = numerator.Value / denominator.Value * 100m;
        if (Math.Abs(quotient) > 10_000_000m)
        {
            return true.ToProperty();
        }

        var rounded = Math.Round(quotient, decimals, MidpointRounding.AwayFromZero) + (shift % 3) * Unit(decimals);
        // A tied bound: the stated value half a unit below (or above) the quotient, when that has `decimals` places.
        var half = (shift % 2 == 0 ? 1 : -1) * Unit(decimals) / 2m;
        var tied = Math.Round(quotient - half, decimals) == quotient - half;
        var stated = Percent.Round(tied ? quotient - half : rounded, decimals);

        string Check(bool valuesFirst)
        {
            var context = Context(chosen with { ValuesFirst = valuesFirst });
            var holds = context.CheckRatio(FactPointer.Of("/p"), stated, Figure(context, numerator, 0), Figure(context, denominator, 1),
                "比例", "ratio");
            return holds + " " + Text(context);
        }

        return (Check(true) == Check(false)).Label(stated + ": " + Check(true) + " vs " + Check(false));
    }

    [Fact]
    public void Ratios_TiedBounds_AsTheIntervalPath()
    {
        // 1/8 = 12.5 %: stated 12.45 % (2 places) has the upper bound 12.455 — not tied; stated 12.4 % (1 place) has the
        // upper bound 12.45, below 12.5; stated 12.5 % with 0 places is "13 %" whose lower bound 12.5 is the quotient
        // itself (tied), and 12 % whose upper bound 12.5 is tied too. Each must come out as the interval path says.
        foreach (var text in new[] { "12.45", "12.4", "13", "12", "12.5" })
        {
            foreach (var options in Options)
            {
                string Check(bool valuesFirst)
                {
                    var context = Context(options with { ValuesFirst = valuesFirst });
                    var holds = context.CheckRatio(FactPointer.Of("/p"), Percent.Parse(text), Figure(context, new Written(1m, 0), 0),
                        Figure(context, new Written(8m, 0), 1), "比例", "ratio");
                    return holds + " " + Text(context);
                }

                Assert.Equal(Check(false), Check(true));
            }
        }
    }

    [Fact]
    public void AFigureReadFromTheReport_KeepsTheIntervalTheContextGave()
    {
        // The interval worked out when read is the one RangeOf gives for the value's decimals and mode, as the context gave
        // before; a new value keeps the interval the figure had (the positional record did), and so does a new pointer.
        foreach (var options in Options)
        {
            var context = Context(options);
            var amount = Amount.Parse("123.45");
            var figure = context.Figure("/a", amount);
            Assert.Equal(context.Range(amount), figure.Range);
            var moved = figure with { Value = 1m };
            Assert.Equal(1m, moved.Value);
            Assert.Equal(context.Range(amount), moved.Range);
            Assert.Equal(context.Range(amount), (figure with { Pointer = "/b" }).Range);
            Assert.Equal(new Figure("/a", 123.45m, context.Range(amount)), figure);
        }
    }

    /// <summary>The whole catalogue validated with values first, and by the interval path alone.</summary>
    private static (string Actual, string Expected) BothWays(FinalAccountsReport report, ValidationOptions options) =>
        (LocatedRatioTests.Outcome(new Validator(RuleCatalogue.Rules, options).Validate(report)),
            LocatedRatioTests.Outcome(new Validator(RuleCatalogue.Rules, options with { ValuesFirst = false }).Validate(report)));

    private static ValidationContext Context(ValidationOptions options)
    {
        var report = new FinalAccountsReport { Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 } };
        return new ValidationContext(report, ReportFacts.Create(report), options, Rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
    }

    /// <summary>A figure read the way a rule reads one from the report (its interval worked out when read).</summary>
    private static Figure Figure(ValidationContext context, Written written, int index) =>
        context.Figure(
            index < 0 ? "/total" : "/items/" + Digits[index % Digits.Length], Amount.FromDecimal(written.Value, written.Decimals));

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>One unit of the last of <paramref name="decimals"/> places (0.01 for two), at that scale.</summary>
    private static decimal Unit(int decimals) => new(1, 0, 0, false, (byte)decimals);

    private static string Text(ValidationContext context) =>
        LocatedRatioTests.Outcome(new ValidationResult
        {
            Diagnostics = [.. context.Diagnostics], Coverage = [context.ToCoverage()], Verifications = [.. context.Verifications],
        });

    /// <summary>
    /// A figure as written: up to 12 decimals (the numeric contract's limit, beyond the exact fast path's 8) and up to about
    /// 10^12 units of its last place.
    /// </summary>
    public sealed record Written(decimal Value, int Decimals);

    /// <summary>The FsCheck arbitrary of <see cref="Written"/> figures.</summary>
    public static class WrittenArbitrary
    {
        /// <summary>Figures with 0–12 decimals.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Written> Figures() => Arb.From(
            from decimals in Gen.Frequency((4, Gen.Choose(0, 4)), (1, Gen.Choose(5, 12)))
            from high in Gen.Choose(-1_000_000, 1_000_000)
            from low in Gen.Choose(0, 999_999)
            let units = ((long)high * 1_000_000L) + (high < 0 ? -low : low)
            select new Written(units / Pow10(decimals), decimals));

        private static decimal Pow10(int decimals)
        {
            var p = 1m;
            for (var i = 0; i < decimals; i++)
            {
                p *= 10m;
            }

            return p;
        }
    }
}
