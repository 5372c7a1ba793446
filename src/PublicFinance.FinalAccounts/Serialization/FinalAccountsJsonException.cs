using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The one exception thrown for a JSON report that cannot be read (无法读取的 JSON 报告): malformed JSON, a value of the
/// wrong form, an unknown or missing property, a document that is too large or too deep. It names the JSON path and,
/// where known, the line and byte position, and says what was expected in English and Chinese.
/// </summary>
public sealed class FinalAccountsJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and what was expected.</param>
    /// <param name="path">The JSON path ($.narrative.income.total.amount), or null when not known.</param>
    /// <param name="lineNumber">The zero-based line, or null.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in the line, or null.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public FinalAccountsJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FinalAccountsJsonException()
        : base(Messages.JsonReportUnreadable)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FinalAccountsJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public FinalAccountsJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
