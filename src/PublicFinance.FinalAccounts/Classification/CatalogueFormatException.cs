namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// A classification catalogue file (科目目录文件) that cannot be read, with the line and column of the first problem.
/// </summary>
public sealed class CatalogueFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CatalogueFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CatalogueFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogueFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates a located exception.</summary>
    /// <param name="line">1-based line number (行).</param>
    /// <param name="column">1-based column (field) number, or 0 for the whole line (列).</param>
    /// <param name="columnName">The column's header name, or empty.</param>
    /// <param name="problemZh">What is wrong, in Chinese.</param>
    /// <param name="problemEn">What is wrong, in English.</param>
    public CatalogueFormatException(int line, int column, string columnName, string problemZh, string problemEn)
        : base(Messages.CatalogueInvalidAt(line, column, columnName, problemZh, problemEn))
    {
        Line = line;
        Column = column;
    }

    /// <summary>Creates a located exception for a problem of the message catalogue.</summary>
    /// <param name="line">1-based line number (行).</param>
    /// <param name="column">1-based column (field) number, or 0 for the whole line (列).</param>
    /// <param name="columnName">The column's header name, or empty.</param>
    /// <param name="problem">What is wrong, in Chinese and English.</param>
    internal CatalogueFormatException(int line, int column, string columnName, (string Zh, string En) problem)
        : this(line, column, columnName, problem.Zh, problem.En)
    {
    }

    /// <summary>1-based line of the problem, or 0 when unknown (行号).</summary>
    public int Line { get; }

    /// <summary>1-based column (field) of the problem, or 0 for the whole line (列号).</summary>
    public int Column { get; }
}
