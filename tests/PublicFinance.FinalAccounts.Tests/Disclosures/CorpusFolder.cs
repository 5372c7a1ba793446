using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The texts of a test-data corpus folder: each named by its <c>.truth.json</c>, some with a <c>.planted.txt</c> variant.
/// </summary>
internal static class CorpusFolder
{
    /// <summary>Every text of <paramref name="folder"/> by name, in ordinal order.</summary>
    public static List<string> Names(string folder) => Names(folder, ".truth.json");

    /// <summary>Every text of <paramref name="folder"/> named by its truth file ending in <paramref name="truthSuffix"/>.</summary>
    public static List<string> Names(string folder, string truthSuffix) =>
        [.. Directory.GetFiles(folder, "*" + truthSuffix).Select(p => Path.GetFileName(p)[..^truthSuffix.Length])
            .OrderBy(n => n, StringComparer.Ordinal)];

    /// <summary>
    /// The distinct non-zero figures (by magnitude, as <c>score-corpus</c> counts them) of a truth written as a Markdown table
    /// (<c>| # | subject | value | unit |</c>, the session-21 blind test's <c>.truth.md</c>): an amount in 元 as the report
    /// holds it, in 万元 (÷ 10,000, exact); every other unit as written.
    /// </summary>
    public static List<(string Label, decimal Value)> MarkdownTruthFigures(string markdown)
    {
        var list = new List<(string, decimal)>();
        var seen = new HashSet<decimal>();
        foreach (var line in markdown.Split('\n'))
        {
            var cells = line.Split('|');
            if (cells.Length < 6 || !int.TryParse(cells[1].Trim(), out _)
                || !decimal.TryParse(cells[3].Trim().Replace(",", string.Empty, StringComparison.Ordinal),
                    System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var d = Math.Abs(cells[4].Trim() == "元" ? value / 10000m : value);
            if (d != 0 && seen.Add(d))
            {
                list.Add((cells[2].Trim(), d));
            }
        }

        return list;
    }

    /// <summary>Every text of <paramref name="folder"/> that has a planted-error variant, by name.</summary>
    public static List<string> Planted(string folder) =>
        [.. Names(folder).Where(n => File.Exists(Path.Combine(folder, n + ".planted.txt")))];

    /// <summary>
    /// Asserts that a text's Errors are exactly the ones its own figures call for (<paramref name="errorsOfTheText"/>, by
    /// name; none when the name is absent), listing the Errors raised when they are not.
    /// </summary>
    public static void AssertOnlyTheErrorsOfTheText(
        string name, IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string[]> errorsOfTheText)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var expected = errorsOfTheText.TryGetValue(name, out var own) ? own : [];
        Assert.True(errors.Select(e => e.RuleId).Order(StringComparer.Ordinal).SequenceEqual(expected),
            name + ":\n" + string.Join("\n", errors.Select(d => d.RuleId + " " + d.MessageEn)));
    }

    /// <summary>The folder holds <paramref name="count"/> texts, each with its truth and a floor (<paramref name="floors"/>).</summary>
    public static void AssertEveryTextHasATruthAndAFloor(string folder, int count, IEnumerable<string> floors)
    {
        var names = Names(folder, ".truth.md");
        Assert.Equal(count, names.Count);
        Assert.Equal(floors.OrderBy(k => k, StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.True(File.Exists(Path.Combine(folder, n + ".txt")), n));
    }

    /// <summary>
    /// The blind pages' checks of one text of a folder of <c>.txt</c> texts with <c>.truth.md</c> truths (sessions 21 and 22),
    /// each read as <c>finacct check</c> reads a text file (<see cref="BlindCompleteCorpusTests.Check"/>): exactly the Errors
    /// its own figures call for (<paramref name="errorsOfTheText"/>).
    /// </summary>
    public static void AssertTextErrors(string folder, string name, IReadOnlyDictionary<string, string[]> errorsOfTheText)
    {
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(ReadFile(folder, name + ".txt"), name);
        AssertOnlyTheErrorsOfTheText(name, diagnostics, errorsOfTheText);
    }

    /// <summary>The truth's figures found in the text's report are not below <paramref name="floor"/>.</summary>
    public static void AssertTextFloor(ITestOutputHelper output, string folder, string name, int floor)
    {
        var figures = MarkdownTruthFigures(ReadFile(folder, name + ".truth.md"));
        var have = GeneralisationCorpusTests.ReportFigures(BlindCompleteCorpusTests.Check(ReadFile(folder, name + ".txt"), name).Report);
        GeneralisationCorpusTests.AssertFloor(output, name, figures, have, floor);
    }

    /// <summary>The planted figure is in the text, and an Error or a Warning names it exactly when <paramref name="reported"/>.</summary>
    public static void AssertTextPlanted(string folder, string name, string truth, string planted, bool reported)
    {
        var text = ReadFile(folder, name + ".txt");
        Assert.Contains(decimal.Parse(planted, System.Globalization.CultureInfo.InvariantCulture),
            GeneralisationCorpusTests.NumbersIn(text.Replace(",", string.Empty, StringComparison.Ordinal)));
        BlindExcerptsCorpusTests.AssertPlanted(name, BlindCompleteCorpusTests.Check(text, name).Diagnostics, truth, planted, reported);
    }

    /// <summary>No finding on the text prints a model record as C# ("BudgetComparison { Kind = … }"), in either language.</summary>
    public static void AssertTextPrintsNoRecord(string folder, string name)
    {
        var recordText = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+ \{ [A-Z][A-Za-z]* = ");
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(ReadFile(folder, name + ".txt"), name);
        Assert.All(diagnostics, d =>
        {
            Assert.DoesNotMatch(recordText, d.MessageEn);
            Assert.DoesNotMatch(recordText, d.MessageZh);
        });
    }

    /// <summary>
    /// The blind pages' checks of one text at once (session 23): exactly the Errors its own figures call for, the truth's
    /// figures found not below <paramref name="floor"/>, and no finding printing a model record.
    /// </summary>
    public static void AssertText(
        ITestOutputHelper output, string folder, string name, IReadOnlyDictionary<string, string[]> errorsOfTheText, int floor)
    {
        AssertTextErrors(folder, name, errorsOfTheText);
        AssertTextFloor(output, folder, name, floor);
        AssertTextPrintsNoRecord(folder, name);
    }

    /// <summary>The text of <paramref name="file"/> in <paramref name="folder"/>.</summary>
    public static string ReadFile(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));
}
