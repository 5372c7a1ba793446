namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A location in a source text, 1-based line and column, end inclusive (原文位置).</summary>
public readonly record struct SourceSpan
{
    /// <summary>Creates a span; lines and columns start at 1.</summary>
    /// <param name="startLine">First line (起始行).</param>
    /// <param name="startColumn">First column (起始列).</param>
    /// <param name="endLine">Last line (结束行).</param>
    /// <param name="endColumn">Last column (结束列).</param>
    public SourceSpan(int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1 || (endLine == startLine && endColumn < startColumn))
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), ValidationMessages.SpanOutOfOrder);
        }

        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>First line, 1-based (起始行).</summary>
    public int StartLine { get; }

    /// <summary>First column, 1-based (起始列).</summary>
    public int StartColumn { get; }

    /// <summary>Last line, 1-based (结束行).</summary>
    public int EndLine { get; }

    /// <summary>Last column, 1-based, inclusive (结束列).</summary>
    public int EndColumn { get; }

    /// <summary>Formats as <c>12:5-12:48</c>.</summary>
    /// <remarks>
    /// One string, written into a buffer on the stack (issue 8, session 41: every repeated figure's finding names its first
    /// place so; the four numbers were four strings before the one). A negative number — no span made by the constructor
    /// has one — is formatted as before.
    /// </remarks>
    public override string ToString()
    {
        if ((StartLine | StartColumn | EndLine | EndColumn) < 0)
        {
            return ToStringPlain();
        }

        Span<char> buffer = stackalloc char[(4 * MaxDigits) + 3];
        var length = Digits(buffer, 0, StartLine);
        buffer[length++] = ':';
        length = Digits(buffer, length, StartColumn);
        buffer[length++] = '-';
        length = Digits(buffer, length, EndLine);
        buffer[length++] = ':';
        length = Digits(buffer, length, EndColumn);
        return buffer.Slice(0, length).ToString();
    }

    /// <summary><see cref="ToString"/> as it was written before session 41: the tests' oracle, and any negative number.</summary>
    internal string ToStringPlain() =>
        StartLine.ToString(CultureInfo.InvariantCulture) + ":" + StartColumn.ToString(CultureInfo.InvariantCulture) + "-"
        + EndLine.ToString(CultureInfo.InvariantCulture) + ":" + EndColumn.ToString(CultureInfo.InvariantCulture);

    /// <summary>The most decimal digits of an <see cref="int"/>.</summary>
    private const int MaxDigits = 10;

    /// <summary>Writes the decimal digits of <paramref name="value"/> (not negative) at <paramref name="at"/>; returns the end.</summary>
    private static int Digits(Span<char> buffer, int at, int value)
    {
        var length = 1;
        for (var rest = value; rest >= 10; rest /= 10)
        {
            length++;
        }

        for (var k = at + length - 1; k >= at; k--)
        {
            buffer[k] = (char)('0' + (value % 10));
            value /= 10;
        }

        return at + length;
    }
}
