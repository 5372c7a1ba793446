namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// A published file could not be read at all (malformed, encrypted, corrupt or of an unknown kind) — bad input
/// (输入文件无法读取). The message is bilingual and names the file.
/// </summary>
public sealed class DocumentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentFormatException()
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DocumentFormatException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception for a named file.</summary>
    /// <param name="fileName">The file name as given by the caller.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DocumentFormatException(string fileName, string messageZh, string messageEn, Exception? innerException = null)
        : base($"{fileName}: {messageZh} {messageEn}", innerException)
    {
        FileName = fileName;
    }

    /// <summary>The file name as given by the caller.</summary>
    public string FileName { get; }
}
