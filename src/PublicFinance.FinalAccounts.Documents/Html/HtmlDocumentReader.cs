namespace PublicFinance.FinalAccounts.Documents.Html;

internal static class HtmlDocumentReader
{
    public static PublishedDocument Read(string html, string name) => new() { Name = name, Kind = DocumentKind.Html, Text = html };
}
