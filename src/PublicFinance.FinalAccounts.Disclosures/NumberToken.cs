namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>A number found in text, with what follows it.</summary>
/// <remarks>
/// A token found by <see cref="Scanner.Next"/> keeps where its digits stand instead of a copy of them: most numbers a
/// reader scans are never kept, so <see cref="Digits"/> is made from the text only when asked for (each time).
/// </remarks>
internal readonly struct NumberToken
{
    private readonly string? digits;
    private readonly string? source;
    private readonly int digitsStart;
    private readonly int digitsEnd;
    private readonly bool grouped;

    public NumberToken(int start, int end, string digits, decimal value, int decimals, FigureUnit unit, string unitText)
    {
        Start = start;
        End = end;
        this.digits = digits;
        source = null;
        digitsStart = digitsEnd = 0;
        grouped = false;
        Value = value;
        Decimals = decimals;
        Unit = unit;
        UnitText = unitText;
    }

    /// <summary>A token whose digits are [digitsStart, digitsEnd) of <paramref name="source"/>, made on demand.</summary>
    internal NumberToken(
        int start, int end, string source, int digitsStart, int digitsEnd, bool grouped, decimal value, int decimals, FigureUnit unit,
        string unitText)
    {
        Start = start;
        End = end;
        digits = null;
        this.source = source;
        this.digitsStart = digitsStart;
        this.digitsEnd = digitsEnd;
        this.grouped = grouped;
        Value = value;
        Decimals = decimals;
        Unit = unit;
        UnitText = unitText;
    }

    /// <summary>The same number with another unit (its digits still made only on demand).</summary>
    public NumberToken WithUnit(FigureUnit unit, string unitText) => source is null
        ? new NumberToken(Start, End, digits!, Value, Decimals, unit, unitText)
        : new NumberToken(Start, End, source, digitsStart, digitsEnd, grouped, Value, Decimals, unit, unitText);

    /// <summary>
    /// The same number with <see cref="Start"/> and <see cref="End"/> counted from <paramref name="origin"/> (a clause
    /// read in place, whose decisions count from its own start); its digits are still read where they stand.
    /// </summary>
    public NumberToken From(int origin) => source is null
        ? new NumberToken(Start - origin, End - origin, digits!, Value, Decimals, Unit, UnitText)
        : new NumberToken(Start - origin, End - origin, source, digitsStart, digitsEnd, grouped, Value, Decimals, Unit, UnitText);

    /// <summary>
    /// Whether the number is written with a plus sign ("+25.86"; session 52): the sign right before its digits, not after a
    /// digit. Only a token found in a text knows it (false for one made from its digits).
    /// </summary>
    public bool HasPlusSign => source is not null && digitsStart > 0 && source[digitsStart - 1] == '+'
        && (digitsStart == 1 || !Scanner.IsDigit(source[digitsStart - 2]) && source[digitsStart - 2] != '.');

    /// <summary>
    /// Whether the number is negative as written: below zero, or a zero written with a minus sign ("增长率为-0.00%", a
    /// decrease whose rate rounds to zero — session 59; its <see cref="Value"/> is zero and compares as not negative).
    /// </summary>
    public bool IsNegative => Value < 0 || Value == 0 && (source is null
        ? digits is { Length: > 0 } && digits[0] == '-'
        : digitsStart < digitsEnd && source[digitsStart] == '-');

    /// <summary>Index of the first character (sign or digit).</summary>
    public int Start { get; }

    /// <summary>Index after the unit (or after the number when there is none).</summary>
    public int End { get; }

    /// <summary>The plain digits as written, without grouping, e.g. <c>3653.30</c> (null for the default token).</summary>
    public string Digits => source is null ? digits! : Scanner.PlainDigits(source, digitsStart, digitsEnd, grouped);

    public decimal Value { get; }

    public int Decimals { get; }

    public FigureUnit Unit { get; }

    /// <summary>The unit word for counts, e.g. 人, 辆, 人次.</summary>
    public string UnitText { get; }

    /// <summary>Whether the number is a sum of money (万元, 元, 亿元 or 千元).</summary>
    public bool IsMoney => Unit is FigureUnit.WanYuan or FigureUnit.Yuan or FigureUnit.YiYuan or FigureUnit.QianYuan;
}
