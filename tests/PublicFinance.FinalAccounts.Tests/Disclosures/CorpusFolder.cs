using PublicFinance.FinalAccounts.Validation;

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
}
