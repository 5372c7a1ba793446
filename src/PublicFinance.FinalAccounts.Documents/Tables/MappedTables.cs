using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>The result of mapping document tables to the nine tables of the model.</summary>
internal sealed record MappedTables(DisclosureTables? Tables, Dictionary<string, TableCellSource> Sources, List<DocumentNote> Notes);
