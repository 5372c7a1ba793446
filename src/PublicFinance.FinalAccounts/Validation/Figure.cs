namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A figure taking part in a check: where it is, its printed value and the interval it stands for (参与校验的数字).</summary>
/// <remarks>
/// A figure read from the report (<see cref="ValidationContext.Figure(string, Amount)"/>) keeps its decimals and the
/// rounding mode instead of its interval, and works the interval out when it is read: a check that its printed values
/// decide (a sum whose items add up to its total exactly) never needs
/// it. See docs/design.md, "Validation internals" (session 14).
/// </remarks>
public readonly record struct Figure
{
    /// <summary>
    /// The most decimals of a figure whose interval bounds are exact sums (<see cref="ValueInRange"/>): a bound of a figure
    /// within the numeric contract (below 10^16) written with at most 8 decimals has at most 26 digits, so thousands of
    /// them add up in decimal without rounding.
    /// </summary>
    internal const int ExactDecimals = 8;

    /// <summary>
    /// The most terms of a sum whose bounds add up without rounding: 4,096 bounds below 10^16 + 1 sum to less than
    /// 4.1·10^19, which at 9 decimal places still fits decimal's 96-bit mantissa (7.9·10^28).
    /// </summary>
    internal const int ExactTerms = 4096;

    private readonly FactPointer location;
    private readonly decimal printed;
    private readonly DecimalInterval range;
    // 0: the interval was given (range); otherwise 1 + the rounding mode the interval is worked out under from the value.
    private readonly byte derivedMode;
    private readonly byte decimals;
    // A given interval known to hold the value with exact bounds (a sum of figures that do, with weights ±1).
    private readonly bool givenInRange;

    /// <summary>A figure at a pointer.</summary>
    /// <param name="Pointer">JSON Pointer of the figure.</param>
    /// <param name="Value">The printed value.</param>
    /// <param name="Range">The interval the printed value stands for under the rounding mode.</param>
#pragma warning disable IDE1006 // PascalCase parameters on purpose: they keep the names of the positional record this
    // constructor replaced (named arguments and deconstruction such as `var (Pointer, Value, Range) = figure` still work).
    public Figure(string Pointer, decimal Value, DecimalInterval Range)
    {
        location = FactPointer.Of(Pointer);
        printed = Value;
        range = Range;
    }

    internal Figure(FactPointer location, decimal value, DecimalInterval range)
    {
        this.location = location;
        printed = value;
        this.range = range;
    }

    /// <summary>A figure whose given interval is known to hold its value with exact bounds, or not.</summary>
    internal Figure(FactPointer location, decimal value, DecimalInterval range, bool valueInRange)
        : this(location, value, range) =>
        givenInRange = valueInRange;

    /// <summary>
    /// A figure whose interval is worked out when read: <see cref="ValidationContext.RangeOf"/> of its value, decimals and
    /// rounding mode (the same interval the context gave before, made only if a check reads it).
    /// </summary>
    internal Figure(FactPointer location, decimal value, int decimals, RoundingMode mode)
    {
        this.location = location;
        printed = value;
        this.decimals = (byte)Math.Max(0, Math.Min(decimals, byte.MaxValue));
        derivedMode = (byte)(mode + 1);
    }

    private Figure(Figure figure, FactPointer at)
    {
        this = figure;
        location = at;
    }

    /// <summary>JSON Pointer of the figure (written when asked for).</summary>
    public string Pointer { get => location.ToString(); init => location = FactPointer.Of(value); }

    /// <summary>The printed value.</summary>
    public decimal Value
    {
        get => printed;
        init
        {
            // A new value keeps the interval the figure had (as the positional record did): fix it before the value changes.
            range = Range;
            derivedMode = 0;
            givenInRange = false;
            printed = value;
        }
    }

    /// <summary>The interval the printed value stands for under the rounding mode.</summary>
    public DecimalInterval Range
    {
        get => derivedMode == 0 ? range : ValidationContext.RangeOf(printed, decimals, (RoundingMode)(derivedMode - 1));
        init
        {
            range = value;
            derivedMode = 0;
            givenInRange = false;
        }
    }

    internal FactPointer Location => location;

    /// <summary>The same figure (value, interval or the way to work it out) at another location.</summary>
    internal Figure At(FactPointer at) => new(this, at);

    /// <summary>
    /// Whether the interval is known to hold the printed value and to have exact bounds: a figure read from the report
    /// with at most <see cref="ExactDecimals"/> decimals, or a sum of such figures. Checks decide such figures by their
    /// printed values when those settle the outcome (the interval path would find the same; see
    /// <see cref="ValidationContext"/>'s checks).
    /// </summary>
    internal bool ValueInRange => derivedMode != 0 ? decimals <= ExactDecimals : givenInRange;

    /// <summary>
    /// Whether the figure's interval holds zero (<c>Range.Lower ≤ 0 ≤ Range.Upper</c>), decided for a figure read from the
    /// report without working the interval out (session 18): under round-to-nearest and truncation the interval of a value
    /// written with d decimals holds zero exactly when |value| ≤ ½·10^-d (see <see cref="ValidationContext.RangeOf"/>: the
    /// lower bound of a positive value is value − ½·10^-d, the upper bound of a negative one value + ½·10^-d, and zero's
    /// interval holds zero), and under exact reading when the value is zero.
    /// </summary>
    internal bool RangeHoldsZero()
    {
        if (derivedMode == 0 || decimals >= ExactHalfPlaces)
        {
            var range = Range;
            return range.Lower <= 0m && range.Upper >= 0m;
        }

        return (RoundingMode)(derivedMode - 1) == RoundingMode.Exact
            ? printed == 0m
            : Math.Abs(printed) <= new decimal(5, 0, 0, false, (byte)(decimals + 1));
    }

    /// <summary>The places below which half a unit is a decimal of its own (5·10^-(d+1) needs d + 1 ≤ 28), as in RangeOf.</summary>
    private const int ExactHalfPlaces = 27;

    /// <summary>Deconstructs the figure.</summary>
    /// <param name="Pointer">JSON Pointer of the figure.</param>
    /// <param name="Value">The printed value.</param>
    /// <param name="Range">The interval.</param>
    public void Deconstruct(out string Pointer, out decimal Value, out DecimalInterval Range)
    {
        Pointer = this.Pointer;
        Value = printed;
        Range = this.Range;
    }
#pragma warning restore IDE1006

    /// <inheritdoc />
    public bool Equals(Figure other) =>
        string.Equals(Pointer, other.Pointer, StringComparison.Ordinal) && Value == other.Value && Range.Equals(other.Range);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Pointer) ^ Value.GetHashCode();
}
