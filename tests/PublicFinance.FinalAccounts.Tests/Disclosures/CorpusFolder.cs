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
    /// (<c>| # | subject | value | unit |</c>, the session-21 blind test's <c>.truth.md</c>; or <c>| # | value | unit | what it
    /// is |</c>, round 29's — the header row names the value's and the unit's columns): an amount in 元 as the report holds
    /// it, in 万元 (÷ 10,000, exact) — as written when the report is in 元 (<paramref name="yuanReport"/>: a text whose amounts
    /// are all in 元, since blind round 31 also one with a 单价50万元以上 threshold); every other unit as written.
    /// </summary>
    /// <param name="markdown">The truth.</param>
    /// <param name="yuanReport">Whether the report keeps its amounts in 元.</param>
    public static List<(string Label, decimal Value)> MarkdownTruthFigures(string markdown, bool yuanReport = false)
    {
        const int SubjectFirstValue = 3;
        var list = new List<(string, decimal)>();
        var seen = new HashSet<decimal>();
        var (valueColumn, unitColumn, labelColumn) = (SubjectFirstValue, SubjectFirstValue + 1, SubjectFirstValue - 1);
        foreach (var line in markdown.Split('\n'))
        {
            var cells = line.Split('|');
            if (cells.Length >= 6 && cells[1].Trim() == "#")
            {
                var named = Array.FindIndex(cells, c => c.Trim() == "value");
                if (named > 1)
                {
                    (valueColumn, unitColumn) = (named, named + 1);
                    labelColumn = named == SubjectFirstValue ? SubjectFirstValue - 1 : named + 2;
                }

                continue;
            }

            if (cells.Length < 6 || !int.TryParse(cells[1].Trim(), out _)
                || !decimal.TryParse(cells[valueColumn].Trim().Replace(",", string.Empty, StringComparison.Ordinal),
                    System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var d = Math.Abs(cells[unitColumn].Trim() == "元" && !yuanReport ? value / 10000m : value);
            if (d != 0 && seen.Add(d))
            {
                list.Add((cells[labelColumn].Trim(), d));
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

    /// <summary>
    /// The round's folder holds its texts, each with its truth, a <c>.txt</c> and a floor, and its planted rows are as many as
    /// it pins, every <c>.planted.txt</c> variant among them.
    /// </summary>
    public static void AssertRoundIsComplete(BlindPagesRound round)
    {
        var names = Names(round.FolderPath, round.TruthSuffix);
        Assert.Equal(round.Texts, names.Count);
        Assert.Equal(round.RecallFloors.Keys.OrderBy(k => k, StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.True(File.Exists(Path.Combine(round.FolderPath, n + ".txt")), n));
        var planted = round.Planted.Select(row => (string)row[0]).ToList();
        Assert.Equal(round.PlantedTexts, planted.Count);
        Assert.All(names.Where(n => File.Exists(Path.Combine(round.FolderPath, n + ".planted.txt"))), n => Assert.Contains(n, planted));
    }

    /// <summary>
    /// The planted rows of a folder whose planted errors are <c>.planted.txt</c> variants named by a JSON truth's
    /// <c>planted.old</c> → <c>planted.new</c> (session 20), each reported but for <paramref name="notReported"/>.
    /// </summary>
    public static TheoryData<string, string, string, bool> PlantedVariants(string folder, IReadOnlySet<string> notReported)
    {
        var rows = new TheoryData<string, string, string, bool>();
        foreach (var name in Planted(folder))
        {
            using var truth = System.Text.Json.JsonDocument.Parse(ReadFile(folder, name + ".truth.json"));
            var replace = truth.RootElement.GetProperty("planted");
            rows.Add(name, replace.GetProperty("old").GetString()!, replace.GetProperty("new").GetString()!, !notReported.Contains(name));
        }

        return rows;
    }

    /// <summary>
    /// The blind pages' checks of one text of a round at once, the text read and checked once as <c>finacct check</c> reads a
    /// text file (<see cref="BlindCompleteCorpusTests.Check"/>): exactly the Errors its own figures call for, the truth's
    /// figures found not below the round's floor, and no finding printing a model record as C# ("BudgetComparison { Kind =
    /// … }"), in either language.
    /// </summary>
    public static void AssertText(ITestOutputHelper output, BlindPagesRound round, string name)
    {
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(ReadFile(round.FolderPath, name + ".txt"), name);
        AssertOnlyTheErrorsOfTheText(name, diagnostics, round.ErrorsOfTheText);
        var truth = ReadFile(round.FolderPath, name + round.TruthSuffix);
        var figures = round.TruthSuffix == ".truth.json" ? BlindExcerptsCorpusTests.TruthFiguresOf(truth)
            : MarkdownTruthFigures(truth, report.Unit == FinalAccounts.Values.AmountUnit.Yuan);
        var have = GeneralisationCorpusTests.ReportFigures(report);
        GeneralisationCorpusTests.AssertFloor(output, name, figures, have, round.RecallFloors[name]);
        var recordText = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+ \{ [A-Z][A-Za-z]* = ");
        Assert.All(diagnostics, d =>
        {
            Assert.DoesNotMatch(recordText, d.MessageEn);
            Assert.DoesNotMatch(recordText, d.MessageZh);
        });
    }

    /// <summary>
    /// A blind text's one Error: its rule and its first pointer shown as <c>RULE POINTER</c> equal <paramref name="expected"/>
    /// (a planted Error pinned where it points).
    /// </summary>
    public static void AssertSingleError(BlindPagesRound round, string name, string expected)
    {
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(ReadFile(round.FolderPath, name + ".txt"), name);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(expected, error.RuleId + " " + (error.Pointers.Count > 0 ? error.Pointers[0] : string.Empty));
    }

    /// <summary>
    /// A planted error of a blind text: in a <c>.planted.txt</c> variant, which must be the clean text with the one
    /// replacement <paramref name="truth"/> → <paramref name="planted"/> (<paramref name="truth"/> occurring once), or else in
    /// the text itself, which must hold the planted figure; an Error or a Warning names the planted figure exactly when
    /// <paramref name="reported"/>.
    /// </summary>
    public static void AssertTextPlanted(string folder, string name, string truth, string planted, bool reported)
    {
        var text = ReadFile(folder, name + ".txt");
        if (File.Exists(Path.Combine(folder, name + ".planted.txt")))
        {
            var variant = ReadFile(folder, name + ".planted.txt");
            Assert.Equal(ReplaceOnce(name, text, truth, planted), variant);
            text = variant;
        }
        else
        {
            // Session 55 (r52fix): a CSV cell list ("1469.61,1030.74,427.61" in round 52 t02) holds the planted figure only
            // with its commas read as cell separators, a thousands-separated amount ("1,204.36") only with them removed.
            var value = decimal.Parse(planted, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(GeneralisationCorpusTests.NumbersIn(text.Replace(",", string.Empty, StringComparison.Ordinal)).Contains(value)
                || GeneralisationCorpusTests.NumbersIn(text).Contains(value), $"{name}: the planted {planted} is not a number of the text");
        }

        BlindExcerptsCorpusTests.AssertPlanted(name, BlindCompleteCorpusTests.Check(text, name).Diagnostics, truth, planted, reported);
    }

    /// <summary>
    /// A planted error's text: <paramref name="text"/> with its one occurrence of <paramref name="from"/> replaced by
    /// <paramref name="to"/>, asserting that <paramref name="from"/> occurs exactly once (so the truth describes the variant).
    /// </summary>
    public static string ReplaceOnce(string name, string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"{name}: «{from}» must occur once");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    /// <summary>
    /// The distinct non-zero figures of a truth in the dev corpus's JSON format (<see cref="GeneralisationCorpusTests.TruthFigures"/>)
    /// read from <paramref name="path"/>.
    /// </summary>
    public static List<(string Label, decimal Value)> JsonTruthFigures(string path)
    {
        using var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return GeneralisationCorpusTests.TruthFigures(truth.RootElement);
    }

    /// <summary>The text of <paramref name="file"/> in <paramref name="folder"/>.</summary>
    public static string ReadFile(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));
}
