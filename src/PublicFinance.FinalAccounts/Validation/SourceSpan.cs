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
    public override string ToString() =>
        StartLine.ToString(CultureInfo.InvariantCulture) + ":" + StartColumn.ToString(CultureInfo.InvariantCulture) + "-"
        + EndLine.ToString(CultureInfo.InvariantCulture) + ":" + EndColumn.ToString(CultureInfo.InvariantCulture);
}
