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

    /// <summary>The fiscal year: from the text (null when unknown) or the report JSON.</summary>
    public int? FiscalYear => Read is null ? Report.Entity.FiscalYear : Read.FiscalYear;

    /// <summary>The notes of the published files' readers (what could not be read or placed), empty otherwise.</summary>
    public IReadOnlyList<DocumentNote> DocumentNotes => Disclosure?.Notes ?? [];
}
