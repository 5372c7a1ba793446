using System.Collections.Generic;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>One input read into a report (已读取的输入), with what the reader saw on the way.</summary>
internal sealed record LoadedInput
{
    /// <summary>The name shown in output: the path as given, <c>-</c> for standard input, names joined by " + " when combined.</summary>
    public required string Name { get; init; }

    /// <summary>What the input held.</summary>
    public required InputKind Kind { get; init; }

    /// <summary>The report.</summary>
    public required FinalAccountsReport Report { get; init; }

    /// <summary>The text reader's result (text and published inputs), else null.</summary>
    public DisclosureReadResult? Read { get; init; }

    /// <summary>The published disclosure (published inputs), else null.</summary>
    public PublishedDisclosure? Disclosure { get; init; }

    /// <summary>The decoded text of a 说明 text input, else null.</summary>
    public string? SourceText { get; init; }

    /// <summary>Where each value of a report JSON input is written (JSON inputs), else null.</summary>
    public JsonPointerLocator? JsonLocations { get; init; }

    /// <summary>The input's size in bytes (for a published file, of all its files).</summary>
    public long ByteLength { get; init; }

    /// <summary>The whole text (line 1 column 1 to its last character) of a text or report JSON input, else null: where a finding on the input as a whole is placed.</summary>
    public Validation.SourceSpan? Extent { get; init; }

    /// <summary>The span from the first to the last character of <paramref name="text"/> (null when it is blank).</summary>
    public static Validation.SourceSpan? ExtentOf(string text)
    {
        var lines = text.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return text.Trim().Length == 0 ? null : new Validation.SourceSpan(1, 1, lines.Length, System.Math.Max(1, lines[^1].Length));
    }

    /// <summary>The fiscal year: from the text (null when unknown) or the report JSON.</summary>
    public int? FiscalYear => Read is null ? Report.Entity.FiscalYear : Read.FiscalYear;

    /// <summary>The notes of the published files' readers (what could not be read or placed), empty otherwise.</summary>
    public IReadOnlyList<DocumentNote> DocumentNotes => Disclosure?.Notes ?? [];
}
