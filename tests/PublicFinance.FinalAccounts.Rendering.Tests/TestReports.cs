using System;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

/// <summary>The reports the tests render, and helpers to render and parse a page.</summary>
internal static class TestReports
{
    /// <summary>The bundled sample: a whole 说明 without tables, 0 errors, some warnings and infos.</summary>
    public static FinalAccountsReport Sample =>
        Load(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.json"));

    /// <summary>Invented report with all nine tables and two planted errors (table 2 row 201 total 810.00 ≠ 780.00 + 20.00;
    /// table 7 决算 total 29.00 ≠ 0.00 + 24.00 + 4.00).</summary>
    public static FinalAccountsReport WithErrors => Load(Path.Combine(AppContext.BaseDirectory, "TestData", "with-tables-and-errors.json"));

    public static FinalAccountsReport Load(string path) => FinalAccountsJson.Deserialize(File.ReadAllText(path));

    public static string Render(FinalAccountsReport report, HtmlRenderOptions? options = null) =>
        HtmlReportRenderer.Render(
            report, Validator.Default.Validate(report), options ?? new HtmlRenderOptions { SourceName = "test.json" });

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The element with the given id, or null (no CSS escaping needed).</summary>
    public static IElement? ById(IDocument document, string id) => document.GetElementById(id);

    /// <summary>The text of an element without its back-links to findings (the small numbered marks).</summary>
    public static string Text(IElement element)
    {
        var copy = (IElement)element.Clone(true);
        foreach (var refs in copy.QuerySelectorAll(".refs, a.ref").ToList())
        {
            refs.Remove();
        }

        return copy.TextContent;
    }

    /// <summary>Every id of the page that occurs more than once.</summary>
    public static string[] DuplicateIds(IDocument document) =>
        [
            .. document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id))
                .GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key!),
        ];
}
