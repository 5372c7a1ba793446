using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Every table of the 决算 PDFs compared cell by cell with the expected cells transcribed by hand from the rendered
/// pages (TestData/expected/*.cells.json, written by another engineer from the PDF itself, never from this program).
/// All-empty rows are dropped on both sides (the reader drops a ruled frame with no text at all, e.g. the empty row
/// a page break leaves); everything else must match exactly: code, title, pages, unit, leaf columns, every cell, the
/// empty-table statement.
/// </summary>
public class ExpectedCellsTests
{
    private static readonly string Folder = TestFiles.Path("expected");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.GetFiles(Folder, "*.cells.json").OrderBy(f => f, System.StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [Fact]
    public void TheTwoHandTranscribedFilesArePresent()
    {
        // Guard against a silent pass: the cell-by-cell theory below needs these two files (merged from the
        // transcription branch). Until they are merged this test fails on purpose.
        Assert.True(File.Exists(Path.Combine(Folder, "shanghai-putuo-finance-bureau-2024.cells.json")),
            "missing expected cells of the finance bureau PDF");
        Assert.True(File.Exists(Path.Combine(Folder, "shanghai-putuo-social-work-dept-2024.cells.json")),
            "missing expected cells of the social work department PDF");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryTable_MatchesTheHandTranscription_CellByCell(string file)
    {
        if (file == "(none)")
        {
            return; // TheTwoHandTranscribedFilesArePresent fails in that case.
        }

        var failures = Compare(Path.Combine(Folder, file));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    /// <summary>Compares a PDF's tables with its expected-cells file; returns the differences (empty when equal).</summary>
    internal static List<string> Compare(string expectedPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var root = json.RootElement;
        var pdf = root.GetProperty("file").GetString()!;
        var document = TestFiles.Read("pdf/" + pdf);
        var expected = root.GetProperty("tables").EnumerateArray().ToList();
        var failures = new List<string>();
        var actual = document.Tables.Where(t => t.Title.Length > 0 || t.Code is not null).ToList();
        if (expected.Count != actual.Count)
        {
            var found = string.Join(", ", actual.Select(t => t.ToString()));
            failures.Add($"{pdf}: {expected.Count} tables expected, {actual.Count} found: {found}");
        }

        for (var i = 0; i < System.Math.Min(expected.Count, actual.Count); i++)
        {
            var e = expected[i];
            var a = actual[i];
            var name = pdf + " table " + (i + 1) + " " + e.GetProperty("title").GetString();
            Check(failures, name + " code", e.GetProperty("code").GetString(), a.Code);
            Check(failures, name + " title", e.GetProperty("title").GetString(), a.Title);
            Check(failures, name + " unit", e.GetProperty("unit").GetString(),
                a.Unit is null ? null : a.Unit == Values.AmountUnit.Yuan ? "元" : "万元");
            Check(failures, name + " pages", string.Join(",", e.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32())),
                string.Join(",", a.Pages));
            Check(failures, name + " columns", string.Join(" | ", e.GetProperty("columns").EnumerateArray().Select(c => c.GetString())),
                string.Join(" | ", a.Columns));
            Check(failures, name + " emptyStatement", e.GetProperty("emptyStatement").GetString(), a.EmptyStatement);
            var expectedRows = e.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray())
                .Where(r => r.Any(c => c.Length > 0)).ToList();
            var actualRows = a.Rows.Select(r => r.Select(c => c.Text).ToArray()).Where(r => r.Any(c => c.Length > 0)).ToList();
            if (expectedRows.Count != actualRows.Count)
            {
                failures.Add($"{name}: {expectedRows.Count} non-empty rows expected, {actualRows.Count} found");
            }

            for (var r = 0; r < System.Math.Min(expectedRows.Count, actualRows.Count); r++)
            {
                Check(failures, name + " row " + (r + 1), string.Join(" | ", expectedRows[r]), string.Join(" | ", actualRows[r]));
            }
        }

        return failures;
    }

    private static void Check(List<string> failures, string what, string? expected, string? actual)
    {
        if (expected != actual)
        {
            failures.Add($"{what}: expected “{expected}”, found “{actual}”");
        }
    }
}
