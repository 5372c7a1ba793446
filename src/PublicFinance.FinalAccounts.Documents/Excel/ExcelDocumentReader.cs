namespace PublicFinance.FinalAccounts.Documents.Excel;

internal static class ExcelDocumentReader
{
    public static PublishedDocument Read(byte[] bytes, string name, DocumentKind kind) => new() { Name = name, Kind = kind };
}
