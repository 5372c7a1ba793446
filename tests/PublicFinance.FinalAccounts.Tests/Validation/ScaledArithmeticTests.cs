using System.Globalization;
using System.Numerics;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Generators;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 18 (issue 13): a ratio whose printed values settle the check is decided in scaled integers
/// (<c>ScaledRatio</c>: the quotient cross-multiplied against the stated percentage's bounds, no decimal division) and the
/// denominator's interval is tested for zero without being worked out (<c>Figure.RangeHoldsZero</c>). The oracles: the
/// decimal test of session 14 (internal <c>ValidationOptions.ScaledArithmetic = false</c>) for the whole catalogue — findings,
/// severities, pointers, messages, verifications and coverage with missing pointers byte-identical on the sample, every
/// conformance case and its variants, generated reports and their mutants, six option sets and rules removed — and exact
/// rational arithmetic (<see cref="BigInteger"/>) for the scaled pieces, including figures with 0–6 decimals and values at
/// the edges of the scaled range (which must fall back, not overflow).
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(ScaledArithmeticTests.Generators) })]
public class ScaledArithmeticTests
{
    private static readonly ValidationOptions[] Options = OracleSweeps.SixOptionSets;

    /// <summary>Rules with ratios (FA2001's shares, FA2104's rates, FA3004's execution rates) and rules that reuse relations.</summary>
    private static readonly string[] Removed = ["FA2001", "FA2104", "FA3004", "FA2009", "FA2107"];

    /// <summary>2^62: a figure scaled to four decimals, or a percentage to twelve, must stay below it.</summary>
    private static readonly BigInteger Limit = BigInteger.One << 62;

    private static readonly RuleDescriptor Rule = RuleCatalogue.Descriptors[0];

    [Fact]
    public void EveryCase_AndItsVariants_AsTheDecimalTest()
    {
        var failures = OracleComparisons.EveryCaseAndItsVariants(Options, BothWays);

        // The variants must make relations fail (moved shares fail their ratio checks), or only passes were compared.
        Assert.True(failures > 0);
    }

    [Fact]
    public void TheSample_UnderEveryOptionSet_AndWithRulesRemoved_AsTheDecimalTest() =>
        OracleSweeps.TheSampleAndItsVariants(Options, Removed, BothWays);

    [Property(MaxTest = 60)]
    public Property GeneratedReports_AndTheirMutants_AsTheDecimalTest(FinalAccountsReport report, PositiveInt every) =>
        OracleSweeps.GeneratedAndItsMutants(report, every.Get, Options, BothWays);

    [Property(MaxTest = 1000)]
    public Property Within_IsTheExactRationalTest_OrFallsBack(Number numerator, Number denominator, Number stated, bool truncated)
    {
        var mode = truncated ? RoundingMode.Truncation : RoundingMode.RoundToNearest;
        var places = stated.Decimals;
        var actual = ScaledRatio.Within(numerator.Value, denominator.Value, stated.Value, places, mode);

        // Fits: both figures with at most 4 decimals and below 2^62 at 10^-4, the percentage with at most 11 places and
        // below 2^62 at 10^-12, a denominator that is not zero. Otherwise the decimal test decides (null).
        var fits = Fits(numerator.Value, 4) && Fits(denominator.Value, 4) && Fits(stated.Value, 12) && places <= 11
            && denominator.Value != 0m;
        if (!fits)
        {
            return (actual is null).Label("must fall back: " + actual);
        }

        // Exact: 100·n/d inside [lower + 10^-12, upper − 10^-12] of the interval RangeOf gives, and |100·n/d| ≤ 10^6.
        var range = ValidationContext.RangeOf(stated.Value, places, mode);
        var q = Fraction.Of(numerator.Value).Times(100).Over(Fraction.Of(denominator.Value));
        var margin = Fraction.Of(0.000000000001m);
        var expected = q.CompareTo(Fraction.Of(range.Lower).Plus(margin)) >= 0
            && q.CompareTo(Fraction.Of(range.Upper).Minus(margin)) <= 0
            && q.Abs().CompareTo(Fraction.Of(1_000_000m)) <= 0;
        return (actual == expected).Label($"{numerator.Value} / {denominator.Value} vs {stated.Value}: {actual} ≠ {expected}");
    }

    [Property(MaxTest = 500)]
    public Property TryScale_IsExact_OrFallsBack(Number number, byte scale)
    {
        var s = scale % 13;
        var fits = ScaledRatio.TryScale(number.Value, s, out var scaled);
        // Fits exactly when the value is written with at most s decimals and |value|·10^s < 2^62; then it is value·10^s.
        var exact = Fraction.Of(number.Value).Times(BigInteger.Pow(10, s));
        return (fits == Fits(number.Value, s) && (!fits || (exact.IsWhole && exact.Numerator / exact.Denominator == scaled)))
            .Label($"{number.Value} at {s}: {fits} {scaled}");
    }

    [Property(MaxTest = 500)]
    public Property TryBounds_AreRangeOf_AtTwelveDecimals(Number stated, bool truncated)
    {
        var mode = truncated ? RoundingMode.Truncation : RoundingMode.RoundToNearest;
        if (!ScaledRatio.TryScale(stated.Value, 12, out var scaled))
        {
            return true.ToProperty();
        }

        var made = ScaledRatio.TryBounds(scaled, stated.Decimals, mode, out var lower, out var upper);
        if (stated.Decimals > 11)
        {
            return (!made).Label("twelve places and more are left to the decimal test");
        }

        var range = ValidationContext.RangeOf(stated.Value, stated.Decimals, mode);
        return (made && lower == range.Lower * 1_000_000_000_000m && upper == range.Upper * 1_000_000_000_000m)
            .Label($"{stated.Value}: [{lower}, {upper}] vs {range}");
    }

    [Property(MaxTest = 500)]
    public Property RangeHoldsZero_IsTheInterval(Number number, byte modeNumber)
    {
        if (number.Decimals > NumericContract.MaxDecimals)
        {
            return true.ToProperty();
        }

        var mode = (RoundingMode)(modeNumber % 3);
        var context = Context(ValidationOptions.Default with { Rounding = mode });
        var read = context.Figure("/a", Amount.FromDecimal(number.Value, number.Decimals));
        var given = new Figure("/b", number.Value, ValidationContext.RangeOf(number.Value, number.Decimals, mode));
        static bool Holds(Figure f) => f.Range.Lower <= 0m && f.Range.Upper >= 0m;
        return (read.RangeHoldsZero() == Holds(read) && given.RangeHoldsZero() == Holds(given))
            .Label($"{number.Value} ({number.Decimals}) {mode}");
    }

    [Property(MaxTest = 500)]
    public Property Ratios_AsTheDecimalTest(Number numerator, Number denominator, byte places, int shift, byte optionNumber)
    {
        // The stated percentage is the quotient rounded to 0–3 places, moved by up to two of its units, or a tied bound.
        if (denominator.Value == 0m || numerator.Decimals > NumericContract.MaxDecimals
            || denominator.Decimals > NumericContract.MaxDecimals || Math.Abs(numerator.Value / denominator.Value) > 100_000m)
        {
            return true.ToProperty();
        }

        var decimals = places % 4;
        var quotient = numerator.Value / denominator.Value * 100m;
        var unit = new decimal(1, 0, 0, false, (byte)decimals);
        var half = (shift % 2 == 0 ? 1 : -1) * unit / 2m;
        var tied = Math.Round(quotient - half, decimals) == quotient - half;
        var stated = Percent.Round(
            tied ? quotient - half : Math.Round(quotient, decimals, MidpointRounding.AwayFromZero) + (shift % 3) * unit, decimals);
        var options = Options[optionNumber % Options.Length];

        string Check(bool scaled)
        {
            var context = Context(options with { ScaledArithmetic = scaled });
            var holds = context.CheckRatio(FactPointer.Of("/p"), stated,
                context.Figure(FactPointer.Of("/n"), Amount.FromDecimal(numerator.Value, numerator.Decimals)),
                context.Figure(FactPointer.Of("/d"), Amount.FromDecimal(denominator.Value, denominator.Decimals)), "比例", "ratio");
            return holds + " " + Text(context);
        }

        return (Check(true) == Check(false)).Label(stated + ": " + Check(true) + " vs " + Check(false));
    }

    [Theory]
    // 1/8 = 12.5 %. "12.5" (1 place) stands for [12.45, 12.55]: 12.5 lies 0.05 inside — decided true.
    [InlineData("1", "8", "12.5", "nearest", true)]
    // "12.50" stands for [12.495, 12.505]: 0.005 inside — true.
    [InlineData("1", "8", "12.50", "nearest", true)]
    // "13" stands for [12.5, 13.5]: 12.5 is its lower bound itself, not 10^-12 inside — false (left to the intervals).
    [InlineData("1", "8", "13", "nearest", false)]
    // Truncated, "12.4" stands for [12.35, 12.5]: 12.5 is its upper bound — false.
    [InlineData("1", "8", "12.4", "truncation", false)]
    // A negative denominator: 1/−8 = −12.5 %, "-12.5" stands for [−12.55, −12.45] — true.
    [InlineData("1", "-8", "-12.5", "nearest", true)]
    // 3593.65 / 3653.30 = 98.367 %: "98.37" stands for [98.365, 98.375] — true; "1.63" is far outside — false.
    [InlineData("3593.65", "3653.30", "98.37", "nearest", true)]
    [InlineData("3593.65", "3653.30", "1.63", "nearest", false)]
    // 2 / 0.0001 = 2,000,000 %: beyond the values' limit of 10^6 percentage points — false even when stated so.
    [InlineData("2", "0.0001", "2000000", "nearest", false)]
    public void Within_DecidesAsStated(string numerator, string denominator, string stated, string mode, bool expected)
    {
        var percent = Percent.Parse(stated);
        var within = ScaledRatio.Within(Amount.Parse(numerator).Value, Amount.Parse(denominator).Value, percent.Value,
            percent.Decimals, mode == "truncation" ? RoundingMode.Truncation : RoundingMode.RoundToNearest);
        Assert.Equal(expected, within);
    }

    [Theory]
    // Five decimals in a figure: not at 10^-4 — the decimal test.
    [InlineData("1.00001", "8", "12.5")]
    // 461168601842738.7904 · 10^4 = 2^62 exactly: one unit too large.
    [InlineData("461168601842738.7904", "8", "12.5")]
    [InlineData("1", "-461168601842738.7904", "0")]
    // Twelve places in the percentage: its half unit needs a thirteenth — the decimal test.
    [InlineData("1", "8", "12.500000000000")]
    // A zero denominator is never decided here.
    [InlineData("1", "0", "0")]
    public void Within_FallsBack_BeyondTheScaledRange(string numerator, string denominator, string stated)
    {
        var percent = Percent.Parse(stated);
        Assert.Null(ScaledRatio.Within(decimal.Parse(numerator, CultureInfo.InvariantCulture),
            decimal.Parse(denominator, CultureInfo.InvariantCulture), percent.Value, percent.Decimals, RoundingMode.RoundToNearest));
    }

    [Fact]
    public void Within_DecidesTheLargestFiguresThatFit()
    {
        // One unit below 2^62 at 10^-4 fits: 461168601842738.7903 over itself is 100 %, inside "100" = [99.5, 100.5].
        Assert.True(ScaledRatio.Within(461168601842738.7903m, 461168601842738.7903m, 100m, 0, RoundingMode.RoundToNearest));
        Assert.True(ScaledRatio.Within(-461168601842738.7903m, 461168601842738.7903m, -100m, 0, RoundingMode.RoundToNearest));
        // With one decimal: 461168601842738.7 · 10^4 = 2^62 − 904, below the limit although ⌊2^62 / 10^3⌋ is its own mantissa.
        Assert.True(ScaledRatio.Within(461168601842738.7m, 461168601842738.7m, 100m, 0, RoundingMode.RoundToNearest));
    }

    /// <summary>The whole catalogue with the scaled decision, and with the decimal test alone.</summary>
    private static (string Actual, string Expected) BothWays(Validator validator, FinalAccountsReport report) =>
        (LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ScaledArithmetic = true }).Validate(report)),
            LocatedRatioTests.Outcome(validator.WithOptions(validator.Options with { ScaledArithmetic = false }).Validate(report)));

    /// <summary>
    /// Whether a value is a whole number of 10^-scale as written — its own scale (decimal places kept, trailing zeros
    /// included) at most <paramref name="scale"/> — and below 2^62 there.
    /// </summary>
    private static bool Fits(decimal value, int scale)
    {
        var own = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        var scaled = Fraction.Of(value).Times(BigInteger.Pow(10, scale));
        return own <= scale && BigInteger.Abs(scaled.Numerator / scaled.Denominator) < Limit;
    }

    private static ValidationContext Context(ValidationOptions options)
    {
        var report = new FinalAccountsReport { Entity = new ReportingEntity { Name = "部门", FiscalYear = 2024 } };
        return new ValidationContext(report, ReportFacts.Create(report), options, Rule, SourceMap.Empty, null, null,
            InputScopes.Resolve(options.Scope, report), []);
    }

    private static string Text(ValidationContext context) =>
        LocatedRatioTests.Outcome(new ValidationResult
        {
            Diagnostics = [.. context.Diagnostics], Coverage = [context.ToCoverage()], Verifications = [.. context.Verifications],
        });

    /// <summary>A number as written: its value and its decimals (the value's scale).</summary>
    public sealed record Number(decimal Value, int Decimals);

    /// <summary>An exact rational number, for the oracle.</summary>
    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public bool IsWhole => BigInteger.Remainder(Numerator, Denominator).IsZero;

        public static Fraction Of(decimal value)
        {
            var bits = decimal.GetBits(value);
            var magnitude = unchecked(
                new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64));
            return new Fraction(bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
        }

        public Fraction Times(BigInteger factor) => new(Numerator * factor, Denominator);

        public Fraction Over(Fraction other) => other.Numerator.Sign < 0
            ? new(-Numerator * other.Denominator, Denominator * -other.Numerator)
            : new(Numerator * other.Denominator, Denominator * other.Numerator);

        public Fraction Plus(Fraction other) =>
            new((Numerator * other.Denominator) + (other.Numerator * Denominator), Denominator * other.Denominator);

        public Fraction Minus(Fraction other) => Plus(new Fraction(-other.Numerator, other.Denominator));

        public Fraction Abs() => new(BigInteger.Abs(Numerator), Denominator);

        public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    /// <summary>The FsCheck arbitraries of this class.</summary>
    public static class Generators
    {
        /// <summary>
        /// Numbers with 0–6 decimals (13 now and then), mostly small, some at the edges of the scaled range
        /// (|value|·10^4 just below and at 2^62) and some beyond it.
        /// </summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<Number> Numbers() => Arb.From(Gen.Frequency(
            (6, from decimals in Gen.Choose(0, 6)
                from high in Gen.Choose(-1_000_000, 1_000_000)
                from low in Gen.Choose(0, 999_999)
                select Make(((long)high * 1_000_000L) + (high < 0 ? -low : low), decimals)),
            (1, from decimals in Gen.Choose(0, 6)
                from units in Gen.Choose(-3, 3)
                from negative in Gen.Elements(false, true)
                select Edge(decimals, units, negative)),
            (1, from decimals in Gen.Choose(11, 13)
                from units in Gen.Choose(-99_999, 99_999)
                select Make(units, decimals))));

        /// <summary>units · 10^-decimals, written with exactly that many decimals (its scale).</summary>
        private static Number Make(long units, int decimals)
        {
            var magnitude = (ulong)Math.Abs(units);
            var (low, middle) = unchecked(((int)(uint)magnitude, (int)(uint)(magnitude >> 32)));
            return new(new decimal(low, middle, 0, units < 0, (byte)decimals), decimals);
        }

        /// <summary>A value whose scaled form at 10^-4 is 2^62 + units (the limit when units is 0), with the given decimals.</summary>
        private static Number Edge(int decimals, int units, bool negative)
        {
            // 2^62 units of 10^-4, rounded down to the figure's own last place (fewer than 4 decimals) or kept (more).
            var limit = new decimal(1L << 62) / 10_000m + (units * new decimal(1, 0, 0, false, (byte)Math.Max(decimals, 4)));
            var value = Math.Round(limit, decimals, MidpointRounding.ToZero);
            return new Number(negative ? -value : value, decimals);
        }
    }
}
