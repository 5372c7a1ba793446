using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// An exact renminbi amount (金额) as a disclosure writes it: a <see cref="decimal"/> value together with the number of
/// decimals it was written with. The unit (元 / 万元 / 亿元) is declared once by the report, not by each amount.
/// </summary>
/// <remarks>
/// <para>
/// Precision is data: <c>3653.3</c> and <c>3653.30</c> are different statements (1 vs 2 decimals) of possibly the same
/// value. <see cref="Equals(Amount)"/> therefore compares value <em>and</em> decimals; use <see cref="HasSameValue"/> to
/// compare values only. Ordering is by value, then by decimals, so it is consistent with equality.
/// </para>
/// <para>
/// A figure written with d decimals stands for every true value in <see cref="Interval"/>
/// [v − ½·10^−d, v + ½·10^−d] (round-to-nearest, XBRL Calculations 1.1). <see cref="Decimals"/> may be negative after
/// <see cref="ConvertUnit"/> to a smaller unit (3,653.30 万元 is 36,533,000 元 known to the nearest 100 元).
/// </para>
/// <para>
/// Arithmetic is exact and checked: <c>+</c> and <c>−</c> never round; the result keeps the finer of the two precisions.
/// Overflow throws <see cref="OverflowException"/>. Rounding happens only where asked for (<see cref="Round"/>,
/// <see cref="RoundTo"/>), by default half away from zero (四舍五入).
/// </para>
/// <para>Text is invariant-culture. <c>default(Amount)</c> is zero written with no decimals ("0").</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable, ISpanParsable<Amount>,
    System.Numerics.IAdditionOperators<Amount, Amount, Amount>,
    System.Numerics.ISubtractionOperators<Amount, Amount, Amount>,
    System.Numerics.IUnaryNegationOperators<Amount, Amount>,
    System.Numerics.IComparisonOperators<Amount, Amount, bool>,
    System.Numerics.IAdditiveIdentity<Amount, Amount>
#endif
{
    private readonly WrittenDecimal figure;

    private Amount(decimal value, int decimals) => figure = new WrittenDecimal(value, decimals);

    internal Amount(WrittenDecimal figure) => this.figure = figure;

    /// <summary>The written-decimal core this figure wraps.</summary>
    internal WrittenDecimal Figure => figure;

    /// <summary>Zero written with no decimals ("0"); equal to <c>default(Amount)</c>.</summary>
    public static Amount Zero => default;

    /// <summary>The additive identity (zero with no decimals).</summary>
    public static Amount AdditiveIdentity => default;

    /// <summary>The exact value in the report's unit.</summary>
    public decimal Value => figure.Value;

    /// <summary>
    /// The number of decimals the amount was written with (2 for "3,653.30", 0 for "3,653"); negative only after
    /// conversion to a smaller unit.
    /// </summary>
    public int Decimals => figure.Decimals;

    /// <summary>Half of the last written digit's unit, ½·10^−<see cref="Decimals"/>: how far the true value may lie from
    /// <see cref="Value"/>.</summary>
    public decimal HalfUnit => figure.HalfUnit;

    /// <summary>The interval of true values this rounded figure may stand for: [v − ½·10^−d, v + ½·10^−d].</summary>
    public DecimalInterval Interval => figure.Interval;

    /// <summary>True when the value is zero (at any precision).</summary>
    public bool IsZero => figure.Value == 0m;

    /// <summary>True when the value is below zero.</summary>
    public bool IsNegative => figure.Value < 0m;

    #region Construction

    /// <summary>Creates an amount that keeps the scale of <paramref name="value"/> as its decimals (<c>3653.30m</c> → 2
    /// decimals).</summary>
    /// <param name="value">The value; its scale is the written precision.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the <see cref="NumericContract"/> (more than 16
    /// integer digits or 12 decimals).</exception>
    public static Amount FromDecimal(decimal value) => new(WrittenDecimal.FromScale(value, nameof(value)));

    /// <summary>Creates an amount written with exactly <paramref name="decimals"/> decimals.</summary>
    /// <param name="value">The value; it must have no digits beyond <paramref name="decimals"/> (XBRL "excess digits").</param>
    /// <param name="decimals">The written precision, −20 to 12.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or <paramref name="value"/> is outside
    /// the <see cref="NumericContract"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has digits beyond <paramref name="decimals"/>; use
    /// <see cref="Round"/>.</exception>
    public static Amount FromDecimal(decimal value, int decimals)
    {
        CheckDecimals(decimals);
        DecimalFigure.CheckContract(value, decimals, nameof(value));
        if (!DecimalFigure.FitsDecimals(value, decimals))
        {
            throw new ArgumentException(Messages.DigitsBeyondDecimals(value, decimals), nameof(value));
        }

        return new Amount(value, decimals);
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> decimals (default 四舍五入, half away from zero).</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The precision to round to, 0 to 12.</param>
    /// <param name="mode">The midpoint rule; documents use <see cref="MidpointRounding.AwayFromZero"/>.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or the rounded value is outside the
    /// <see cref="NumericContract"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public static Amount Round(decimal value, int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
        => new(WrittenDecimal.Round(value, decimals, mode, nameof(value)));

    /// <summary>Rounds this amount to fewer decimals, or pads it to more (padding claims no new precision in value, only in
    /// form).</summary>
    /// <param name="targetDecimals">The precision, 0 to 12.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <returns>The amount at the new precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetDecimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Amount RoundTo(int targetDecimals, MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        Round(figure.Value, targetDecimals, mode);

    private static void CheckDecimals(int decimals)
    {
        if (decimals < DecimalFigure.MinDecimals || decimals > DecimalFigure.MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, Messages.WrittenDecimalsOutOfRange);
        }
    }

    #endregion

    #region Conversion

    /// <summary>
    /// Converts exactly from <paramref name="from"/> to <paramref name="to"/>; the precision moves with the unit
    /// (3,653.30 万元 → 36,533,000 元 with decimals −2; 12,345.67 元 → 1.234567 万元 with decimals 6).
    /// </summary>
    /// <param name="from">The unit this amount is in.</param>
    /// <param name="to">The unit wanted.</param>
    /// <returns>The converted amount.</returns>
    /// <exception cref="OverflowException">The converted amount is outside the <see cref="NumericContract"/> (more than 16 integer digits,
    /// or more than 12 decimals to hold it exactly).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is not a defined unit.</exception>
    public Amount ConvertUnit(AmountUnit from, AmountUnit to)
        => TryConvertUnit(from, to, out var converted)
            ? converted
            : throw new OverflowException(Messages.ConversionBeyondContract(this, from, to));

    private bool TryConvertUnit(AmountUnit from, AmountUnit to, out Amount converted)
    {
        var shift = from.Exponent() - to.Exponent();
        converted = this;
        if (shift == 0)
        {
            return true;
        }

        var newDecimals = figure.Decimals - shift;
        if (newDecimals < DecimalFigure.MinDecimals || newDecimals > DecimalFigure.MaxDecimals)
        {
            return false;
        }

        // Every admitted value is below 10^16 and the shift is at most 8 digits, so neither operation can overflow.
        var result = shift > 0 ? figure.Value * DecimalFigure.Pow10(shift) : figure.Value / DecimalFigure.Pow10(-shift);
        if (!NumericContract.Admits(result, newDecimals))
        {
            return false;
        }

        converted = new Amount(result, newDecimals);
        return true;
    }

    /// <summary>The amount in yuan as an exact decimal.</summary>
    /// <param name="unit">The unit this amount is in.</param>
    /// <returns>The value in 元.</returns>
    /// <exception cref="OverflowException">The amount in 元 is outside the <see cref="NumericContract"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public decimal ToYuan(AmountUnit unit) => ConvertUnit(unit, AmountUnit.Yuan).Value;

    #endregion

    #region Operators

    /// <summary>Exact sum; the result keeps the finer precision. See <see cref="Add"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the <see cref="NumericContract"/>.</exception>
    public static Amount operator +(Amount left, Amount right) => Add(left, right);

    /// <summary>Exact difference; the result keeps the finer precision. See <see cref="Subtract"/>.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the <see cref="NumericContract"/>.</exception>
    public static Amount operator -(Amount left, Amount right) => Subtract(left, right);

    /// <summary>Negation, keeping the precision. See <see cref="Negate"/>.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Amount operator -(Amount amount) => Negate(amount);

    /// <summary>Equality of value and decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Inequality of value or decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Exact, checked sum; the result has max(left.Decimals, right.Decimals) decimals.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the <see cref="NumericContract"/>.</exception>
    public static Amount Add(Amount left, Amount right)
    {
        // Both operands are below 10^16, so the decimal sum itself cannot overflow; the contract is checked after.
        var sum = left.Value + right.Value;
        var resultDecimals = Math.Max(left.Decimals, right.Decimals);
        if (!NumericContract.Admits(sum, resultDecimals))
        {
            throw new OverflowException(Messages.SumOutOfContract);
        }

        return new Amount(sum, resultDecimals);
    }

    /// <summary>Exact, checked difference; the result has max(left.Decimals, right.Decimals) decimals.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the <see cref="NumericContract"/>.</exception>
    public static Amount Subtract(Amount left, Amount right) => Add(left, Negate(right));

    /// <summary>Negation, keeping the precision.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Amount Negate(Amount amount) => new(-amount.Value, amount.Decimals);

    /// <summary>Fluent form of <see cref="Add"/>.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the <see cref="NumericContract"/>.</exception>
    public Amount Plus(Amount other) => Add(this, other);

    /// <summary>Fluent form of <see cref="Subtract"/>.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the <see cref="NumericContract"/>.</exception>
    public Amount Minus(Amount other) => Subtract(this, other);

    /// <summary>
    /// Splits the amount into parts proportional to <paramref name="ratios"/> at the same precision, by the largest
    /// remainder method: the parts always add up exactly to this amount, and each part differs from its exact share by
    /// less than one unit of the last digit.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one positive.</param>
    /// <returns>One part per ratio.</returns>
    /// <exception cref="ArgumentException">The ratios are empty, negative or all zero.</exception>
    public Amount[] Allocate(params int[] ratios)
    {
        if (ratios is null || ratios.Length == 0)
        {
            throw new ArgumentException(Messages.RatiosRequired, nameof(ratios));
        }

        long total = 0;
        foreach (var r in ratios)
        {
            if (r < 0)
            {
                throw new ArgumentException(Messages.RatiosNegative, nameof(ratios));
            }

            total += r;
        }

        if (total == 0)
        {
            throw new ArgumentException(Messages.RatiosAllZero, nameof(ratios));
        }

        // Work in exact integers of last-digit units: |units| < 10^28 and the weights are ints, so BigInteger keeps
        // every product exact (decimal would overflow at 10^28 × 2^31).
        var unit = DecimalFigure.Epsilon(figure.Decimals);
        var units = new BigInteger(figure.Value / unit);
        var magnitude = BigInteger.Abs(units);
        var parts = new BigInteger[ratios.Length];
        var remainders = new BigInteger[ratios.Length];
        var assigned = BigInteger.Zero;
        for (var i = 0; i < ratios.Length; i++)
        {
            parts[i] = BigInteger.DivRem(magnitude * ratios[i], total, out remainders[i]);
            assigned += parts[i];
        }

        // Fewer than ratios.Length units are left; they go to the largest remainders (earlier index on ties).
        var left = (int)(magnitude - assigned);
        var order = new int[ratios.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });
        for (var k = 0; k < left; k++)
        {
            parts[order[k]] += 1;
        }

        var result = new Amount[ratios.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = (decimal)parts[i] * unit;
            result[i] = new Amount(units.Sign < 0 ? -part : part, figure.Decimals);
        }

        return result;
    }

    #endregion

    #region Equality and ordering

    /// <summary>True when value and written decimals are both equal ("3653.3" ≠ "3653.30").</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Whether they are the same statement.</returns>
    public bool Equals(Amount other) => figure.Equals(other.figure);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => figure.GetHashCode();

    /// <summary>True when the values are equal, whatever the written precision ("3653.3" and "3653.30").</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool HasSameValue(Amount other) => figure.HasSameValue(other.figure);

    /// <summary>Compares by value, then by decimals.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Amount other) => figure.CompareTo(other.figure);

    /// <summary>Compares with another boxed <see cref="Amount"/>; null sorts first.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="Amount"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException(Messages.ObjectMustBe(nameof(Amount)), nameof(obj)),
    };

    #endregion

    #region Formatting

    /// <summary>Plain invariant notation with the written decimals ("3653.30"), the JSON form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => figure.ToString();

    /// <summary>
    /// Formats the number: <c>null</c>/"G" plain ("3653.30"); "N" grouped as documents write it ("3,653.30");
    /// "F" plain; "N0"…"N28"/"F0"… at a given number of decimals (四舍五入 when fewer).
    /// </summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture for "N"/"F" (invariant when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => figure.ToString(format, formatProvider);

    /// <summary>The documents' own style with the unit: "3,653.30 万元".</summary>
    /// <param name="unit">The report's unit.</param>
    /// <returns>The text.</returns>
    public string Format(AmountUnit unit) => figure.ToGroupedString() + " " + unit.ToChineseLabel();

    /// <summary>
    /// 人民币大写: the amount in capital numerals of yuan, jiao and fen (壹仟贰佰叁拾肆元伍角陆分; 叁仟陆佰伍拾叁万叁仟元整).
    /// Amounts finer than a fen are rounded to the fen (四舍五入).
    /// </summary>
    /// <param name="unit">The unit this amount is in.</param>
    /// <returns>The capital-numeral text.</returns>
    /// <exception cref="OverflowException">The amount is 10^16 yuan or more.</exception>
    public string ToChineseUppercase(AmountUnit unit)
        => ChineseNumerals.ToCapitalYuan(decimal.Round(figure.Value * unit.YuanPerUnit(), 2, MidpointRounding.AwayFromZero));

#if NET7_0_OR_GREATER
    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.Length == 0 ? null : format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
#endif

    #endregion

    #region Parsing

    /// <summary>
    /// Parses a number as documents write it: thousands separators ("3,653.30"), full-width digits and punctuation
    /// ("３，６５３．３０"), a sign ("-7.03", "－7.03"), surrounding spaces. A unit suffix is not accepted here; see
    /// <see cref="ParseWithUnit"/>. The written decimals are kept.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number; the message names the position.</exception>
    public static Amount Parse(string s, IFormatProvider? provider = null)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a number from a span; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not a number; the message names the position.</exception>
    public static Amount Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) => new(WrittenDecimal.Parse(s, FigureKind.Amount));

    /// <summary>Tries to parse a number; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <param name="result">The amount, or zero on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Amount result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse a number; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or zero on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Amount result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a number from a span; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <param name="result">The amount, or zero on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result)
    {
        var ok = WrittenDecimal.TryParse(s, out var parsed);
        result = new Amount(parsed);
        return ok;
    }

    /// <summary>
    /// Tries to parse a number with an optional unit suffix: "3,653.30 万元", "0.00 万", "12,345.67元", "1.5 亿元".
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount as written (not converted), or zero on failure.</param>
    /// <param name="unit">The unit written after the number, or null when none was written.</param>
    /// <returns>Whether the text was a number with at most a unit after it.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Amount result, out AmountUnit? unit)
        => TryScanWithUnit(s, out result, out unit, out _);

    /// <summary>
    /// Parses a number with an optional unit suffix and converts it exactly to <paramref name="targetUnit"/>; a number
    /// without a unit is taken to be in <paramref name="targetUnit"/> already ("36,533,000 元" → 3653.3000 万元).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="targetUnit">The report's unit.</param>
    /// <returns>The amount in <paramref name="targetUnit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount, or the amount in <paramref name="targetUnit"/> is outside the
    /// <see cref="NumericContract"/>; the message names the position.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetUnit"/> is not a defined unit.</exception>
    public static Amount ParseWithUnit(string s, AmountUnit targetUnit)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        if (!TryScanWithUnit(s.AsSpan(), out var amount, out var unit, out var error))
        {
            throw new FormatException(error);
        }

        if (unit is { } written && !amount.TryConvertUnit(written, targetUnit, out amount))
        {
            throw new FormatException(Messages.ParsedAmountBeyondContract(s, targetUnit));
        }

        return amount;
    }

    private static bool TryScanWithUnit(ReadOnlySpan<char> s, out Amount result, out AmountUnit? unit, out string? error)
    {
        var ok = WrittenDecimal.TryParseWithSuffix(
            s, FigureKind.Amount, ReadUnit, Messages.ExpectedAmountUnit, out var parsed, out var tag, out error);
        result = new Amount(parsed);
        unit = tag == 0 ? null : (AmountUnit)(tag - 1);
        return ok;
    }

    /// <summary>Reads 元, 万/萬 (元), 亿/億 (元) or 千/仟元 (its 元 required: "5千" is a number, not a unit) at <paramref name="i"/>;
    /// the tag is 1 + the <see cref="AmountUnit"/> read (WanYuan is 0), 0 for none.</summary>
    private static int ReadUnit(ReadOnlySpan<char> s, int i, out int tag)
    {
        tag = 0;
        if (i >= s.Length)
        {
            return i;
        }

        var unit = s[i] switch
        {
            '元' => AmountUnit.Yuan,
            '万' or '萬' => AmountUnit.WanYuan,
            '亿' or '億' => AmountUnit.YiYuan,
            '千' or '仟' when i + 1 < s.Length && s[i + 1] == '元' => AmountUnit.QianYuan,
            _ => (AmountUnit?)null,
        };
        if (unit is not { } read)
        {
            return i;
        }

        tag = (int)read + 1;
        i++;
        return read != AmountUnit.Yuan && i < s.Length && s[i] == '元' ? i + 1 : i;
    }

    #endregion
}
