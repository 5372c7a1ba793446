namespace PublicFinance.FinalAccounts.Validation.Conformance;

/// <summary>A conformance suite that cannot be loaded (一致性测试集无法读取): a missing or malformed manifest or case file.</summary>
public sealed class ConformanceSuiteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConformanceSuiteException()
        : base(ValidationMessages.SuiteCannotBeLoaded)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and where.</param>
    public ConformanceSuiteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The underlying error.</param>
    public ConformanceSuiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
