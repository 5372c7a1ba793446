using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// One disclosure read from its published files (一份决算公开): the report with the narrative and the nine tables,
/// the text reader's result, and where every table figure came from.
/// </summary>
public sealed record PublishedDisclosure
{
    /// <summary>The report: narrative from <see cref="DisclosureReader"/>, tables from the files' tables.</summary>
    public required FinalAccountsReport Report { get; init; }

    /// <summary>The text reader's result for the combined narrative (claims, notes, text findings, line:column sources).</summary>
    public required DisclosureReadResult Read { get; init; }

    /// <summary>The files as read.</summary>
    public IReadOnlyList<PublishedDocument> Documents { get; init; } = [];

    /// <summary>Every table found in the files, in order.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <summary>Where each table figure of the report came from, by JSON Pointer (e.g.
    /// <c>/tables/generalBudgetExpenditure/rows/2/basic</c>).</summary>
    public IReadOnlyDictionary<string, TableCellSource> TableSources { get; init; } = new Dictionary<string, TableCellSource>();

    /// <summary>What could not be read or placed (document and table notes).</summary>
    public IReadOnlyList<DocumentNote> Notes { get; init; } = [];

    /// <summary>The narrative's line:column spans, for <see cref="Validator.Validate(FinalAccountsReport, SourceMap)"/>.</summary>
    public SourceMap Sources => Read.Sources;

    /// <summary>Describes where the figure at a JSON Pointer came from: a table cell (<c>p.12 公开05表 row “2010301 行政运行” column 基本支出</c>) or
    /// null.</summary>
    /// <param name="pointer">A JSON Pointer into the report.</param>
    /// <returns>The description, or null when the pointer is not a table figure.</returns>
    public string? Locate(string pointer) => TableSources.TryGetValue(pointer, out var source) ? source.ToString() : null;
}
