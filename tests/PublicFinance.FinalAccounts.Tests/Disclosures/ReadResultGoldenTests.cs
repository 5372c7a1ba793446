using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The reader's whole result on the seed and the real texts of the test data — the report's JSON, the year and figure
/// counts, every claim, note and finding with its place, and the source map — against the result written down in
/// <c>TestData/read-results</c> (issue 8: a speed change must not change an output). The expected files were written by
/// main at 3c90790's reading (the session 12 branch was compared with it text by text before they were written); after
/// a deliberate change of the reader's output, write them again with <c>READ_RESULTS_WRITE=1</c> and review the diff.
/// </summary>
public class ReadResultGoldenTests
{
    public static TheoryData<string> Texts => new()
    {
        "samples/urumqi-government-office-2024.txt",
        "TestData/real/shanghai-putuo-finance-bureau-2024.txt",
        "TestData/real/shanghai-putuo-planning-resources-2024.txt",
        "TestData/real/shanghai-putuo-social-work-dept-2024.txt",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void WholeResult_IsTheOneWrittenDown(string path)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path));
        var actual = Show(DisclosureReader.Read(text));
        var name = Path.GetFileNameWithoutExtension(path) + ".result.txt";
        if (Environment.GetEnvironmentVariable("READ_RESULTS_WRITE") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "TestData", "read-results", name), actual);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "read-results", name)).Replace("\r\n", "\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = 0;
        while (first < expectedLines.Length && first < actualLines.Length && expectedLines[first] == actualLines[first])
        {
            first++;
        }

        Assert.True(
            expected == actual,
            $"{name}: line {first + 1} differs: expected «{Line(expectedLines, first)}», read «{Line(actualLines, first)}»");
    }

    private static string Line(string[] lines, int i) => i < lines.Length ? lines[i] : "(end)";

    /// <summary>The test project's directory in the source tree (where the expected files are written).</summary>
    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "")
        => Path.GetDirectoryName(Path.GetDirectoryName(file)!)!;

    /// <summary>Everything a read gives, one item a line (the source map's pairs sorted by pointer).</summary>
    internal static string Show(DisclosureReadResult r)
    {
        var sb = new StringBuilder();
        sb.Append(FinalAccountsJson.Serialize(r.Report).Replace("\r\n", "\n")).Append('\n');
        sb.Append(FormattableString.Invariant($"year={r.FiscalYear} figures={r.FigureCount} unplaced={r.UnplacedFigureCount}\n"));
        foreach (var c in r.Claims)
        {
            sb.Append(FormattableString.Invariant($"C {c.Kind} {c.Pointer} {c.Span} [{c.Text}] [{c.Value}]\n"));
        }

        foreach (var n in r.Notes)
        {
            sb.Append(FormattableString.Invariant($"N {n.Span} [{n.MessageZh}] [{n.MessageEn}] [{n.Text}]\n"));
        }

        foreach (var d in r.TextFindings)
        {
            sb.Append(FormattableString.Invariant($"F {d.RuleId} {d.Severity} {d.Category} [{d.MessageZh}] [{d.MessageEn}] "))
                .Append(string.Join(",", d.Pointers)).Append(' ')
                .Append(FormattableString.Invariant($"{d.Stated} {d.Computed} {d.Difference} {d.Slack} {d.Span}\n"));
        }

        // The map has no public enumeration: its pairs are read through the internal one.
        foreach (var pair in r.Sources.Pairs().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(FormattableString.Invariant($"S {pair.Key} {pair.Value}\n"));
        }

        return sb.ToString();
    }
}
