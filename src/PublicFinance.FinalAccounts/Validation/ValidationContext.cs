using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What one rule sees during one validation run (校验上下文): the report, its fact index, the options, and the
/// interval helpers; and where the rule records the outcome of each check. Not shared between runs or rules.
/// </summary>
public sealed class ValidationContext
{
    private const int MaxMissing = 8;

    /// <summary>The places below which half a unit is written exactly (decimal holds 28 places: 5·10^-28 at most).</summary>
    private const int MaxExactHalf = 27;
    private readonly SourceMap sources;
    private readonly LazyFacts index;
    private readonly LazyFacts? previousIndex;
    // Made on first use: most rules on most reports record no diagnostic, no missing pointer and no verification.
    private List<Diagnostic>? diagnostics;
    // The rule's missing pointers, distinct, in the order met: missing[0..missingCount) (the array kept from rule to rule).
    private string[]? missing;
    private int missingCount;
    private List<Verification>? verifications;
    private int passed;
    private int failed;
    private int notApplicable;
    private int couldNotRun;

    /// <summary>
    /// A rule's context over an index already built; <paramref name="relations"/> are the relations of the validator's own
    /// rules (no fallback to the catalogue's: a rule left out of the validator is left out for the code rules that reuse
    /// relations too).
    /// </summary>
    internal ValidationContext(
        FinalAccountsReport report, ReportFacts facts, ValidationOptions options, RuleDescriptor rule, SourceMap sources,
        FinalAccountsReport? previousReport, ReportFacts? previousFacts, InputScope scope, IReadOnlyList<Relation> relations)
        : this(report, new LazyFacts(report, facts), options, rule, sources, previousReport,
            previousFacts is null ? null : new LazyFacts(previousReport ?? report, previousFacts), scope, relations)
    {
    }

    /// <summary>
    /// A rule's context whose indexes are built on first use (<see cref="Facts"/>, <see cref="PreviousFacts"/>), shared by
    /// every context of one validation run.
    /// </summary>
    internal ValidationContext(
        FinalAccountsReport report, LazyFacts facts, ValidationOptions options, RuleDescriptor rule, SourceMap sources,
        FinalAccountsReport? previousReport, LazyFacts? previousFacts, InputScope scope, IReadOnlyList<Relation> relations)
    {
        Relations = relations;
        Report = report;
        index = facts;
        Options = options;
        Rule = rule;
        this.sources = sources;
        PreviousReport = previousReport;
        previousIndex = previousFacts;
        Scope = scope;
    }

    /// <summary>
    /// The relations of the rules the validator runs (本次校验的勾稽关系): code rules that reuse relations (prior-year
    /// reconstruction, zero bases, what a missing table stops) read them here, so a rule left out is left out for them too.
    /// </summary>
    internal IReadOnlyList<Relation> Relations { get; }

    /// <summary>The report being checked (被检查的报告).</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>
    /// Every value of the report by JSON Pointer (数据索引); valid while the rule runs (the validator reuses its storage afterwards).
    /// Built on the first read in a validation (session 24) and shared by its rules: a rule that can decide from the typed
    /// <see cref="Report"/> should not read it, so that a validation whose rules all do so builds no index.
    /// </summary>
    public ReportFacts Facts => index.Facts;

    /// <summary>
    /// Whether a table of the report is declared empty (<c>isEmpty</c> true), known without building the index: the test
    /// the compiled walks make before they decide (the same answer as <see cref="ReportFacts.AnyDeclaredEmpty"/>).
    /// </summary>
    internal bool AnyDeclaredEmpty => index.AnyDeclaredEmpty;

    /// <summary>Whether this validation has built the report's index so far (for tests and probes).</summary>
    internal bool FactsBuilt => index.Built;

    /// <summary>The anchors of this validation's <c>/**/name</c> walks, recorded once and replayed (session 27).</summary>
    internal AnchorTraces AnchorTraces => index.AnchorTraces;

    /// <summary>The options of the run (校验选项).</summary>
    public ValidationOptions Options { get; }

    /// <summary>The rule that is running (当前规则).</summary>
    public RuleDescriptor Rule { get; private set; }

    /// <summary>The classification catalogue of the run (科目目录): <see cref="ValidationOptions.Catalogue"/> or the built-in one.</summary>
    public ClassificationCatalogue Catalogue => Options.Catalogue ?? ClassificationCatalogue.Default;

    /// <summary>Last year's report, when the caller gave one (上年决算报告), else null.</summary>
    public FinalAccountsReport? PreviousReport { get; }

    /// <summary>Every value of last year's report by JSON Pointer, when given (上年数据索引), else null.</summary>
    /// <remarks>Built on the first read, as <see cref="Facts"/>.</remarks>
    public ReportFacts? PreviousFacts => previousIndex?.Facts;

    /// <summary>
    /// The input scope of the run with <see cref="InputScope.Auto"/> resolved from the report (see
    /// <see cref="InputScope"/>): never Auto.
    /// </summary>
    public InputScope Scope { get; }

    /// <summary>
    /// True when the caller declared the input scope (<see cref="ValidationOptions.Scope"/> is not Auto): only then is an
    /// absent section or detail a finding; an inferred scope lists absent parts in one Info, since a reader may have
    /// missed them (precision first).
    /// </summary>
    public bool ScopeDeclared => Options.Scope != InputScope.Auto;

    /// <summary>The fiscal year of the report (决算年度), or null when it is unknown (年度未知).</summary>
    public int? FiscalYear => Report.Entity.FiscalYear;

    /// <summary>The interval an amount written with its decimals stands for under the rounding mode.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>Its interval.</returns>
    public DecimalInterval Range(Amount amount) => RangeOf(amount.Value, amount.Decimals, Options.Rounding);

    /// <summary>The interval a score or other quantity stands for under the rounding mode.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>Its interval.</returns>
    public DecimalInterval Range(Quantity quantity) => RangeOf(quantity.Value, quantity.Decimals, Options.Rounding);

    /// <summary>The interval a stated percentage stands for (its own precision, also in exact mode).</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>Its interval, in percentage points.</returns>
    public DecimalInterval Range(Percent percent) =>
        RangeOf(percent.Value, percent.Decimals,
            Options.Rounding == RoundingMode.Truncation ? RoundingMode.Truncation : RoundingMode.RoundToNearest);

    /// <summary>The interval of a value written with <paramref name="decimals"/> decimals under a rounding mode.</summary>
    /// <param name="value">The printed value.</param>
    /// <param name="decimals">Written decimals.</param>
    /// <param name="mode">Rounding mode.</param>
    /// <returns>The interval.</returns>
    public static DecimalInterval RangeOf(decimal value, int decimals, RoundingMode mode)
    {
        if (mode == RoundingMode.Exact)
        {
            return DecimalInterval.Exact(value);
        }

        var places = Math.Max(0, decimals);
        var unit = DecimalFigure.Epsilon(places);
        // Half a unit of the last written place, 5·10^-(places+1): the same value and scale as unit / 2m (a decimal
        // division costs ~2 % of a validation when made for every figure); beyond 27 places decimal cannot hold it.
        var half = places < MaxExactHalf ? new decimal(5, 0, 0, false, (byte)(places + 1)) : unit / 2m;
        if (mode == RoundingMode.RoundToNearest)
        {
            return new DecimalInterval(value - half, value + half);
        }

        return value > 0 ? new DecimalInterval(value - half, value + unit)
            : value < 0 ? new DecimalInterval(value - unit, value + half)
            : new DecimalInterval(-unit, unit);
    }

    /// <summary>A figure for an amount at a pointer.</summary>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The figure.</returns>
    public Figure Figure(string pointer, Amount amount) => new(FactPointer.Of(pointer), amount.Value, amount.Decimals, Options.Rounding);

    /// <summary>A figure for a quantity at a pointer.</summary>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The figure.</returns>
    public Figure Figure(string pointer, Quantity quantity) =>
        new(FactPointer.Of(pointer), quantity.Value, quantity.Decimals, Options.Rounding);

    // A figure read from the report keeps its decimals and works its interval out only when a check reads it (Figure).
    internal Figure Figure(FactPointer location, Amount amount) => new(location, amount.Value, amount.Decimals, Options.Rounding);

    internal Figure Figure(FactPointer location, Quantity quantity) => new(location, quantity.Value, quantity.Decimals, Options.Rounding);

    internal static Figure Count(FactPointer location, int count) => new(location, count, 0, RoundingMode.Exact);

    /// <summary>A figure for an exact count at a pointer.</summary>
    /// <param name="pointer">JSON Pointer.</param>
    /// <param name="count">The count.</param>
    /// <returns>The figure.</returns>
    public static Figure Count(string pointer, int count) => new(pointer, count, DecimalInterval.Exact(count));

    /// <summary>Records a check that held (通过).</summary>
    public void Pass() => passed++;

    /// <summary>Records a check whose obligation does not exist here (不适用).</summary>
    public void NotApplicable() => notApplicable++;

    /// <summary>Records a check that lacked data (无法检查); the pointers say what was missing.</summary>
    /// <param name="missingPointers">Pointers of the missing figures or sections.</param>
    public void CouldNotRun(params string[] missingPointers)
    {
        couldNotRun++;
        if (missingPointers is null)
        {
            return;
        }

        foreach (var m in missingPointers)
        {
            AddMissing(m);
        }
    }

    /// <summary>Records a check that lacked data at one location (its pointer text is made only while the list has room).</summary>
    internal void CouldNotRun(FactPointer location)
    {
        couldNotRun++;
        NoteMissing(location);
    }

    /// <summary>Records a check that lacked data at several locations.</summary>
    internal void CouldNotRun(List<FactPointer> locations)
    {
        couldNotRun++;
        foreach (var location in locations)
        {
            NoteMissing(location);
        }
    }

    private void NoteMissing(FactPointer location)
    {
        if (missingCount >= MaxMissing)
        {
            return;
        }

        AddMissing(location.ToString());
    }

    private void AddMissing(string pointer)
    {
        // A list's Contains compared through the default comparer; the same ordinal test, inline (session 35).
        if (missingCount >= MaxMissing)
        {
            return;
        }

        missing ??= new string[MaxMissing];
        for (var i = 0; i < missingCount; i++)
        {
            if (string.Equals(missing[i], pointer, StringComparison.Ordinal))
            {
                return;
            }
        }

        missing[missingCount++] = pointer;
    }

    /// <summary>
    /// Records a check that lacked data, with an Info diagnostic that says so (e.g. tables published as attachments
    /// and absent from the input); the pointers say what was missing.
    /// </summary>
    /// <param name="messageZh">Chinese message.</param>
    /// <param name="messageEn">English message.</param>
    /// <param name="missingPointers">Pointers of the missing figures or sections.</param>
    public void CouldNotRunWithNote(string messageZh, string messageEn, params string[] missingPointers)
    {
        CouldNotRun(missingPointers);
        Add(Severity.Info, messageZh, messageEn, missingPointers ?? [], null, null, null, null);
    }

    /// <summary>Records a failed check with a diagnostic at the rule's (possibly overridden) severity.</summary>
    /// <param name="messageZh">Chinese message with the numbers.</param>
    /// <param name="messageEn">English message with the numbers.</param>
    /// <param name="pointers">Pointers of every figure involved, the checked one first.</param>
    /// <param name="stated">Interval of the stated figure.</param>
    /// <param name="computed">Interval computed from the others.</param>
    /// <param name="difference">Stated minus computed (printed values).</param>
    /// <param name="slack">Difference rounding could explain.</param>
    public void Fail(string messageZh, string messageEn, IEnumerable<string> pointers, DecimalInterval? stated = null,
        DecimalInterval? computed = null, decimal? difference = null, decimal? slack = null)
    {
        failed++;
        Add(Options.SeverityOf(Rule), messageZh, messageEn, pointers, stated, computed, difference, slack);
    }

    /// <summary>
    /// Records a failed check that rests on an uncertain reading (e.g. rows matched by name only): its diagnostic is at
    /// most a Warning, whatever the rule's severity (未通过，但依据不确定，至多为警告).
    /// </summary>
    /// <param name="messageZh">Chinese message.</param>
    /// <param name="messageEn">English message.</param>
    /// <param name="pointers">Pointers of every figure involved, the checked one first.</param>
    public void FailUncertain(string messageZh, string messageEn, IEnumerable<string> pointers)
    {
        failed++;
        var severity = Options.SeverityOf(Rule);
        Add(severity == Severity.Error ? Severity.Warning : severity, messageZh, messageEn, pointers, null, null, null, null);
    }

    /// <summary>Records a check that held, with an Info diagnostic (e.g. a difference explained by rounding).</summary>
    /// <param name="messageZh">Chinese message.</param>
    /// <param name="messageEn">English message.</param>
    /// <param name="pointers">Pointers involved.</param>
    /// <param name="stated">Interval of the stated figure.</param>
    /// <param name="computed">Interval computed from the others.</param>
    /// <param name="difference">Stated minus computed.</param>
    /// <param name="slack">Difference rounding could explain.</param>
    public void PassWithNote(string messageZh, string messageEn, IEnumerable<string> pointers, DecimalInterval? stated = null,
        DecimalInterval? computed = null, decimal? difference = null, decimal? slack = null)
    {
        passed++;
        Add(Severity.Info, messageZh, messageEn, pointers, stated, computed, difference, slack);
    }

    /// <summary>
    /// Checks <c>total = Σ weight·item</c> by interval intersection (XBRL Calculations 1.1) and records the outcome:
    /// passed, passed with an Info note when only rounding explains the difference, or failed.
    /// </summary>
    /// <param name="total">The stated total.</param>
    /// <param name="items">The items with weights (+1 or −1).</param>
    /// <param name="whatZh">What the relation is, in Chinese (e.g. 本年收入合计).</param>
    /// <param name="whatEn">What the relation is, in English.</param>
    /// <returns>Whether the relation holds.</returns>
    public bool CheckSum(Figure total, IReadOnlyList<(Figure Item, int Weight)> items, string whatZh, string whatEn) =>
        CheckSum(total, items, new CheckLabel(whatZh, whatEn));

    internal bool CheckSum(Figure total, IReadOnlyList<(Figure Item, int Weight)> items, CheckLabel what)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        var printed = 0m;
        var inRange = Options.ValuesFirst && total.ValueInRange && items.Count < Validation.Figure.ExactTerms;
        for (var i = 0; i < items.Count; i++)
        {
            var (item, _) = items[i];
            inRange &= item.ValueInRange;
            printed += items[i].Weight >= 0 ? item.Value : -item.Value;
        }

        if (inRange && total.Value == printed && !Options.RecordVerifications)
        {
            // Values first (session 14): every interval holds its printed value with exact bounds, so the items' interval
            // sum holds the printed sum and the total's interval the total — equal values intersect, and the interval
            // path would pass without a note (the difference is zero). No interval is worked out.
            Pass();
            return true;
        }

        var sum = DecimalInterval.Exact(0m);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, weight) = items[i];
            sum += weight >= 0 ? item.Range : -item.Range;
        }

        var totalRange = total.Range;

        List<string> Pointers()
        {
            var list = new List<string>(items.Count + 1) { total.Pointer };
            for (var i = 0; i < items.Count; i++)
            {
                list.Add(items[i].Item.Pointer);
            }

            return list;
        }

        var difference = total.Value - printed;
        var slack = (totalRange.Width + sum.Width) / 2m;
        var holds = totalRange.Intersects(sum);
        if (Options.RecordVerifications)
        {
            Record(holds, Pointers(), totalRange, sum);
        }

        if (holds)
        {
            if (difference != 0m && Options.ReportRoundingDifferences)
            {
                var (noteZh, noteEn) = ValidationMessages.SumWithinRounding(what.Zh, what.En, total.Value, printed, difference, slack);
                PassWithNote(noteZh, noteEn, Pointers(), totalRange, sum, difference, slack);
            }
            else
            {
                Pass();
            }

            return true;
        }

        var (zh, en) = ValidationMessages.SumBeyondRounding(what.Zh, what.En, total.Value, printed, difference, slack);
        Fail(zh, en, Pointers(), totalRange, sum, difference, slack);
        return false;
    }

    /// <summary>
    /// Checks a sum some of whose optional items are not stated (部分列示为下限, session 36): the stated items are a lower
    /// bound of the total, not its breakdown. When the total's interval lies wholly above the interval of the stated items'
    /// sum, the check is not applicable (the unstated items may be the difference); otherwise it is
    /// <see cref="CheckSum(Figure, IReadOnlyList{ValueTuple{Figure, int}}, CheckLabel)"/>: passed when the intervals meet
    /// (with the rounding note), failed when the stated items already exceed the total. Every item is added (weight +1).
    /// </summary>
    /// <param name="total">The stated total.</param>
    /// <param name="items">The stated items with their weights.</param>
    /// <param name="what">The label of the check.</param>
    /// <returns>Whether the relation holds as a lower bound.</returns>
    internal bool CheckLowerBound(Figure total, IReadOnlyList<(Figure Item, int Weight)> items, CheckLabel what)
    {
        var sum = DecimalInterval.Exact(0m);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, weight) = items[i];
            sum += weight >= 0 ? item.Range : -item.Range;
        }

        if (total.Range.Lower > sum.Upper)
        {
            NotApplicable();
            return true;
        }

        return CheckSum(total, items, what);
    }

    /// <summary>Checks <c>lesser ≤ greater</c> allowing for rounding, and records the outcome.</summary>
    /// <param name="lesser">The figure that must not exceed.</param>
    /// <param name="greater">The bound.</param>
    /// <param name="whatZh">The relation in Chinese.</param>
    /// <param name="whatEn">The relation in English.</param>
    /// <returns>Whether it holds.</returns>
    public bool CheckLessOrEqual(Figure lesser, Figure greater, string whatZh, string whatEn) =>
        CheckLessOrEqual(lesser, greater, new CheckLabel(whatZh, whatEn));

    internal bool CheckLessOrEqual(Figure lesser, Figure greater, CheckLabel what)
    {
        if (Options.ValuesFirst && !Options.RecordVerifications && lesser.ValueInRange && greater.ValueInRange
            && lesser.Value <= greater.Value)
        {
            // Values first: lesser.Lower ≤ lesser ≤ greater ≤ greater.Upper, so the interval test holds too.
            Pass();
            return true;
        }

        var holds = lesser.Range.Lower <= greater.Range.Upper;
        if (Options.RecordVerifications)
        {
            Record(holds, new[] { lesser.Pointer, greater.Pointer }, lesser.Range, greater.Range);
        }

        if (holds)
        {
            Pass();
            return true;
        }

        var difference = lesser.Value - greater.Value;
        var (zh, en) = ValidationMessages.Exceeds(what.Zh, what.En, lesser.Value, greater.Value, difference);
        Fail(zh, en, [lesser.Pointer, greater.Pointer], lesser.Range, greater.Range, difference,
            (lesser.Range.Width + greater.Range.Width) / 2m);
        return false;
    }

    /// <summary>
    /// Checks a stated percentage against <c>numerator / denominator × 100</c> with interval arithmetic, and records
    /// the outcome. A zero denominator is not checked here (it is the zero-base rule's business): the check counts
    /// as not applicable and false is returned.
    /// </summary>
    /// <param name="pointer">Pointer of the stated percentage.</param>
    /// <param name="stated">The stated percentage.</param>
    /// <param name="numerator">Interval of the numerator.</param>
    /// <param name="numeratorValue">Printed value of the numerator.</param>
    /// <param name="denominator">Interval of the denominator.</param>
    /// <param name="denominatorValue">Printed value of the denominator.</param>
    /// <param name="otherPointers">Pointers of the figures the ratio is computed from.</param>
    /// <param name="whatZh">What the percentage is, in Chinese.</param>
    /// <param name="whatEn">What the percentage is, in English.</param>
    /// <returns>Whether it holds (false also when not applicable).</returns>
    public bool CheckRatio(string pointer, Percent stated, DecimalInterval numerator, decimal numeratorValue,
        DecimalInterval denominator, decimal denominatorValue,
        IEnumerable<string> otherPointers, string whatZh, string whatEn) =>
        CheckRatio(new TextRatio(pointer, otherPointers, whatZh, whatEn), stated, numerator, numeratorValue, denominator, denominatorValue);

    /// <summary>
    /// <see cref="CheckRatio(string, Percent, DecimalInterval, decimal, DecimalInterval, decimal, IEnumerable{string}, string, string)"/>
    /// for located figures: the pointer texts and the label (the rule's title with the numerator and denominator) are
    /// written only when a diagnostic or a verification is recorded.
    /// </summary>
    internal bool CheckRatio(
        FactPointer percentAt, Percent stated, Figure numerator, Figure denominator, List<FactPointer> others, RuleDescriptor rule) =>
        PassesByValues(stated, numerator, denominator)
        || CheckRatio(new LocatedRatio(percentAt, others, rule, numerator.Value, denominator.Value), stated,
            numerator.Range, numerator.Value, denominator.Range, denominator.Value);

    /// <summary>
    /// <see cref="CheckRatio(string, Percent, DecimalInterval, decimal, DecimalInterval, decimal, IEnumerable{string}, string, string)"/>
    /// for a ratio relation's located figures under a given label: the three pointer texts (the percentage, the numerator,
    /// the denominator) are written only when a diagnostic or a verification is recorded.
    /// </summary>
    internal bool CheckRatio(FactPointer percentAt, Percent stated, Figure numerator, Figure denominator, string whatZh, string whatEn) =>
        PassesByValues(stated, numerator, denominator)
        || CheckRatio(new LocatedPairRatio(percentAt, numerator, denominator, whatZh, whatEn), stated,
            numerator.Range, numerator.Value, denominator.Range, denominator.Value);

    /// <summary>
    /// Values first for a ratio (session 14): passes the check when the printed quotient
    /// <c>numerator / denominator × 100</c> (the value a finding shows, one division) lies inside the stated percentage's
    /// interval with a margin of <see cref="RatioMargin"/>, without the interval division (four divisions). The interval
    /// path would pass too: the figures' exact intervals hold their values, so the exact quotient lies between the
    /// exact corner quotients; the corner that could cross a bound has the bound's size (at most 10^6 here), so decimal
    /// rounds it and the printed quotient by less than 10^-20 — far inside the margin. Anything else (a verification to
    /// record, a denominator whose interval touches zero, a quotient near a bound or out of it) takes the interval path.
    /// </summary>
    /// <returns>Whether the check passed here; false leaves it to the interval path.</returns>
    private bool PassesByValues(Percent stated, Figure numerator, Figure denominator)
    {
        if (!Options.ValuesFirst || Options.RecordVerifications || !numerator.ValueInRange || !denominator.ValueInRange
            || denominator.Value == 0m)
        {
            return false;
        }

        if (Options.ScaledArithmetic)
        {
            // Session 18: the same decision without decimal division — the denominator's interval tested for zero without
            // working it out, the quotient cross-multiplied against the stated bounds in scaled integers (exact; a figure
            // that does not fit is left to the decimal test below).
            if (denominator.RangeHoldsZero())
            {
                return false;
            }

            var mode = Options.Rounding == RoundingMode.Truncation ? RoundingMode.Truncation : RoundingMode.RoundToNearest;
            if (ScaledRatio.Within(numerator.Value, denominator.Value, stated.Value, stated.Decimals, mode) is { } inside)
            {
                if (inside)
                {
                    Pass();
                }

                return inside;
            }
        }

        var divisor = denominator.Range;
        if (divisor.Lower <= 0m && divisor.Upper >= 0m)
        {
            return false;
        }

        var printed = SaturatingMath.Multiply(SaturatingMath.Divide(numerator.Value, denominator.Value), 100m);
        if (printed > RatioLimit || printed < -RatioLimit)
        {
            return false;
        }

        var statedRange = Range(stated);
        if (printed < statedRange.Lower + RatioMargin || printed > statedRange.Upper - RatioMargin)
        {
            return false;
        }

        Pass();
        return true;
    }

    /// <summary>The largest printed quotient (in percentage points) <see cref="PassesByValues"/> decides.</summary>
    private const decimal RatioLimit = 1_000_000m;

    /// <summary>How far inside the stated interval a printed quotient must lie for <see cref="PassesByValues"/>.</summary>
    private const decimal RatioMargin = 0.000000000001m;

    private bool CheckRatio<TSubject>(
        TSubject subject, Percent stated, DecimalInterval numerator, decimal numeratorValue, DecimalInterval denominator,
        decimal denominatorValue)
        where TSubject : struct, IRatioSubject
    {
        if (denominatorValue == 0m || denominator.Lower <= 0m && denominator.Upper >= 0m)
        {
            NotApplicable();
            return false;
        }

        var computed = Divide(numerator, denominator);
        computed = new DecimalInterval(SaturatingMath.Multiply(computed.Lower, 100m), SaturatingMath.Multiply(computed.Upper, 100m));
        var statedRange = Range(stated);
        var rounded = statedRange.Intersects(computed);
        var otherwise = !rounded && Options.Rounding == RoundingMode.RoundToNearest && Options.AllowTruncatedPercentages;
        var truncated = otherwise && RangeOf(stated.Value, stated.Decimals, RoundingMode.Truncation).Intersects(computed);
        var roundingSized = otherwise && !truncated && OneUnitRange(stated).Intersects(computed);
        if (rounded && !Options.RecordVerifications)
        {
            // The usual case: nothing to write.
            Pass();
            return true;
        }

        var pointers = subject.Pointers();
        Record(rounded || truncated || roundingSized, pointers, statedRange, computed);
        if (rounded)
        {
            Pass();
            return true;
        }

        var printed = SaturatingMath.Multiply(SaturatingMath.Divide(numeratorValue, denominatorValue), 100m);
        var shown = Show(Math.Round(printed, Math.Max(stated.Decimals, 2) + 2, MidpointRounding.AwayFromZero));
        if (truncated)
        {
            var (noteZh, noteEn) = ValidationMessages.RatioOnlyIfTruncated(subject.Zh, subject.En, stated.ToString(), shown);
            PassWithNote(noteZh, noteEn, pointers, statedRange, computed, SaturatingMath.Subtract(stated.Value, printed), null);
            return true;
        }

        if (roundingSized)
        {
            var (noteZh, noteEn) = ValidationMessages.RatioRoundingSized(subject.Zh, subject.En, stated.ToString(), shown);
            PassWithNote(noteZh, noteEn, pointers, statedRange, computed, SaturatingMath.Subtract(stated.Value, printed), null);
            return true;
        }

        var (zh, en) = ValidationMessages.RatioMismatch(subject.Zh, subject.En, stated.ToString(), shown, ShowRange(computed));
        Fail(zh, en, pointers, statedRange, computed, SaturatingMath.Subtract(stated.Value, printed), null);
        return false;
    }

    /// <summary>
    /// The interval of a stated percentage rounded any way to its written decimals, or off by one unit in its last place
    /// (spec §4.6, version 5.7): [p − ε, p + ε] with ε = 10^−d. It holds the nearest (±ε/2), truncated ([p, p + ε)) and
    /// rounded-up ((p − ε, p]) readings of the quotient, and a pair of shares nudged by one unit to add up to 100.
    /// </summary>
    private static DecimalInterval OneUnitRange(Percent stated)
    {
        var unit = DecimalFigure.Epsilon(Math.Max(0, stated.Decimals));
        return new DecimalInterval(stated.Value - unit, stated.Value + unit);
    }

    /// <summary>What a ratio check names: its pointers (the stated percentage first) and its label.</summary>
    private interface IRatioSubject
    {
        string Zh { get; }

        string En { get; }

        List<string> Pointers();
    }

    /// <summary>A ratio named by pointer texts and a given label.</summary>
    private readonly struct TextRatio(string pointer, IEnumerable<string> others, string zh, string en) : IRatioSubject
    {
        public string Zh => zh;

        public string En => en;

        public List<string> Pointers()
        {
            var pointers = new List<string> { pointer };
            pointers.AddRange(others);
            return pointers;
        }
    }

    /// <summary>
    /// A ratio of a located percentage, numerator and denominator under a given label, written with the numerator and
    /// denominator as printed (session 41: a reviewer sees which figures the percentage was checked against).
    /// </summary>
    private readonly struct LocatedPairRatio(
        FactPointer percent, Figure numerator, Figure denominator, string zh, string en) : IRatioSubject
    {
        public string Zh => Label().Zh;

        public string En => Label().En;

        public List<string> Pointers() => [percent.ToString(), numerator.Location.ToString(), denominator.Location.ToString()];

        /// <summary>The label: the share's own title when it has one (session 56), else the given one.</summary>
        private (string Zh, string En) Label()
        {
            var (titleZh, titleEn) = ValidationMessages.ShareTitle(numerator.Location.ToString(), zh, en);
            return ValidationMessages.RatioLabel(titleZh, titleEn, numerator.Value, denominator.Value);
        }
    }

    /// <summary>A ratio of located figures, labelled with the rule's title and the numerator and denominator as written.</summary>
    private readonly struct LocatedRatio(
        FactPointer percent, List<FactPointer> others, RuleDescriptor rule, decimal numerator, decimal denominator) : IRatioSubject
    {
        public string Zh => ValidationMessages.RatioLabel(rule.TitleZh, rule.TitleEn, numerator, denominator).Zh;

        public string En => ValidationMessages.RatioLabel(rule.TitleZh, rule.TitleEn, numerator, denominator).En;

        public List<string> Pointers()
        {
            var pointers = new List<string>(others.Count + 1) { percent.ToString() };
            foreach (var other in others)
            {
                pointers.Add(other.ToString());
            }

            return pointers;
        }
    }

    /// <summary>Interval division; the divisor must not contain zero.</summary>
    /// <param name="dividend">Dividend interval.</param>
    /// <param name="divisor">Divisor interval, not containing zero.</param>
    /// <returns>The quotient interval.</returns>
    public static DecimalInterval Divide(DecimalInterval dividend, DecimalInterval divisor)
    {
        if (divisor.Lower <= 0m && divisor.Upper >= 0m)
        {
            throw new DivideByZeroException(ValidationMessages.DivisorContainsZero);
        }
        // Clamped beyond decimal's range (a tiny divisor): still beyond every admitted figure, see SaturatingMath.
        var a = SaturatingMath.Divide(dividend.Lower, divisor.Lower);
        var b = SaturatingMath.Divide(dividend.Lower, divisor.Upper);
        var c = SaturatingMath.Divide(dividend.Upper, divisor.Lower);
        var d = SaturatingMath.Divide(dividend.Upper, divisor.Upper);
        return new DecimalInterval(Math.Min(Math.Min(a, b), Math.Min(c, d)), Math.Max(Math.Max(a, b), Math.Max(c, d)));
    }

    /// <summary>Formats a number for a message (invariant culture, as written).</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text.</returns>
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an interval for a message, widened outward to four decimals.</summary>
    /// <param name="range">The interval.</param>
    /// <returns><c>[lower, upper]</c>.</returns>
    public static string ShowRange(DecimalInterval range) =>
        "[" + Show(Math.Floor(SaturatingMath.Multiply(range.Lower, 10000m)) / 10000m) + ", "
        + Show(Math.Ceiling(SaturatingMath.Multiply(range.Upper, 10000m)) / 10000m) + "]";

    /// <summary>
    /// Makes this context the next rule's, as a new one would be: the rule, no counts, no missing pointers (the coverage
    /// just taken keeps its own list), the findings and verifications lists emptied (the validator has copied them). Only
    /// for the library's own rules, which keep no context after their check.
    /// </summary>
    /// <param name="rule">The next rule.</param>
    /// <returns>This context.</returns>
    internal ValidationContext ReuseFor(RuleDescriptor rule)
    {
        Rule = rule;
        passed = failed = notApplicable = couldNotRun = 0;
        missingCount = 0;
        diagnostics?.Clear();
        verifications?.Clear();
        return this;
    }

    internal RuleCoverage ToCoverage() => new()
    {
        Rule = Rule, Passed = passed, Failed = failed, NotApplicable = notApplicable, CouldNotRun = couldNotRun,
        // The shared empty list when nothing was missing: the coverage keeps it as it is (no type tests, no copy).
        Missing = missingCount == 0 ? ValueList.Empty<string>() : new ArraySegment<string>(missing!, 0, missingCount),
    };

    /// <summary>Records this rule's counts and missing pointers as rule <paramref name="position"/> of a tally.</summary>
    /// <param name="tally">The validation's coverage tally.</param>
    /// <param name="position">The rule's position in the validator.</param>
    internal void TallyInto(CoverageTally tally, int position)
    {
        // A null pointer given to CouldNotRun fails here, as the coverage entry made at this point failed before (the list's
        // own check and message).
        for (var i = 0; i < missingCount; i++)
        {
            if (missing![i] is null)
            {
                _ = ValueList.From(new ArraySegment<string>(missing, 0, missingCount));
            }
        }

        tally.Record(position, passed, failed, notApplicable, couldNotRun, missing, missingCount);
    }

    internal IReadOnlyList<Diagnostic> Diagnostics => diagnostics ?? (IReadOnlyList<Diagnostic>)[];

    internal IReadOnlyList<Verification> Verifications => verifications ?? (IReadOnlyList<Verification>)[];

    private void Record(bool passed, IEnumerable<string> pointers, DecimalInterval? stated, DecimalInterval? computed)
    {
        if (Options.RecordVerifications)
        {
            (verifications ??= []).Add(new Verification
            {
                RuleId = Rule.Id, Outcome = passed ? CheckOutcome.Passed : CheckOutcome.Failed, Pointers = new List<string>(pointers),
                Stated = stated, Computed = computed,
            });
        }
    }

    private void Add(Severity severity, string zh, string en, IEnumerable<string> pointers, DecimalInterval? stated,
        DecimalInterval? computed, decimal? difference, decimal? slack)
    {
        var list = new List<string>(pointers ?? Array.Empty<string>());
        SourceSpan? span = null;
        foreach (var p in list)
        {
            if (sources.TryGetSpan(p, out var s))
            {
                span = s;
                break;
            }
        }

        if (stated is { } figure && span is { } at && sources.WrittenFigures is { } written && written.TryGetValue(at, out var w)
            && list.Count > 0 && sources.TryGetSpan(list[0], out var own) && own == at
            && (figure.Lower + figure.Upper) / 2m == w.InReportUnit)
        {
            // The stated figure was written in another unit (45,812.30元 in a 万元 report): the finding names it as written.
            var asWritten = ValidationMessages.AsWritten(w, computed, difference);
            (zh, en) = (zh + asWritten.Zh, en + " " + asWritten.En);
        }

        (diagnostics ??= []).Add(new Diagnostic
        {
            RuleId = Rule.Id, Severity = severity, Category = Rule.Category, MessageZh = zh, MessageEn = en, Pointers = list,
            Stated = stated, Computed = computed, Difference = difference, Slack = slack, Span = span,
        });
    }
}
