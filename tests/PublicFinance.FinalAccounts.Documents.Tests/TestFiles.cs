using System.IO;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Test data copied into the output folder (TestData/…).</summary>
internal static class TestFiles
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    /// <summary>Reads a file once per test run (documents are immutable; the real PDFs take seconds each).</summary>
    public static PublishedDocument Read(string relative)
        => Cache.GetOrAdd(relative,
        r => new Lazy<PublishedDocument>(() => PublishedDocumentReader.Read(Bytes(r), System.IO.Path.GetFileName(r)))).Value;

    /// <summary>
    /// Reads an invented 说明 text as <c>finacct check</c> reads a text file, as a whole disclosure (narrative and the tables
    /// in it); the helper the text-table tests share.
    /// </summary>
    public static PublishedDisclosure ReadText(string text)
        => PublishedDocumentReader.Combine([PublishedDocumentReader.ReadText(text, "说明.txt")]);

    /// <summary>Reads one file as a whole disclosure and validates it with the default rules.</summary>
    public static (PublishedDisclosure Disclosure, PublicFinance.FinalAccounts.Validation.ValidationResult Result) Check(string relative)
    {
        var disclosure = PublishedDocumentReader.Combine(new[] { Read(relative) });
        return (disclosure, PublicFinance.FinalAccounts.Validation.Validator.Default.Validate(disclosure.Report, disclosure.Sources));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string,
        Lazy<PublishedDocument>> Cache = new(StringComparer.Ordinal);
}
