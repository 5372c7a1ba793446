using System.Globalization;
using System.Text.Json;
using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The session-19 blind test's ten invented 说明 excerpts (<c>TestData/blind-excerpts</c>: issuers and years from all over,
/// a truth each, six with a planted-error variant), read and checked as <c>finacct check</c> reads a text file
/// (<see cref="BlindCompleteCorpusTests.Check"/>) and scored with <see cref="GeneralisationCorpusTests"/>'s report figures: no
/// Error on a clean text, the truth's figures found in the report not below the floor measured after the session's fixes,
/// and each planted error that is reportable named by an Error or a Warning.
/// </summary>
public class BlindExcerptsCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (of 53, 27, 31, 14, 35, 24, 26, 27, 23, 25), measured after
    /// the session-19 fixes. Missed: 03's vehicle counts under 其他重要事项 (5, 3, 2), 07's 一般公共预算 part of the income and its
    /// share (no field in the model: a note).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["01-province-water-2016"] = 53,
        ["02-city-oneline-nav-2019"] = 27,
        ["03-county-traditional-pinyin-2015"] = 28,
        ["04-district-sangong-standalone-2018"] = 14,
        ["05-city-2023-vs-prev-and-budget"] = 35,
        ["06-county-womens-fed-yuan-2017"] = 24,
        ["07-street-gf-fund-2021"] = 24,
        ["08-hospital-business-income-2022"] = 27,
        ["09-party-org-unnumbered-2020"] = 23,
        ["10-province-institution-2024"] = 25,
    };

    /// <summary>
    /// The planted errors not reported (known gaps): none since session 20 — 05's completion rate, which disagrees only with
    /// the budget its stated 比年初预算 difference implies (8956.12 − 756.12 = 8200.00, so 109.22 %, not 107.72 %), is
    /// FA2207's Error.
    /// </summary>
    private static readonly HashSet<string> PlantedNotReported = new(StringComparer.Ordinal);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "blind-excerpts");

    /// <summary>Every clean text by name.</summary>
    public static TheoryData<string> Names() => new(NameList());

    /// <summary>Every text with a planted variant by name.</summary>
    public static TheoryData<string> PlantedNames() => new(PlantedList());

    private static List<string> PlantedList() => CorpusFolder.Planted(Folder);

    private static List<string> NameList() => CorpusFolder.Names(Folder);

    [Fact]
    public void EveryTextHasATruthAndAFloor()
    {
        var names = NameList();
        Assert.Equal(10, names.Count);
        Assert.Equal(RecallFloors.Keys.OrderBy(k => k, StringComparer.Ordinal), names);
        Assert.Equal(6, PlantedList().Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CleanText_RaisesNoError(string name)
    {
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(Read(name + ".txt"), name);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId + " " + d.MessageEn).ToList();
        Assert.True(errors.Count == 0, name + ":\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FiguresRead_AreAtLeastThePinnedFloor(string name)
    {
        var figures = TruthFigures(name);
        var have = GeneralisationCorpusTests.ReportFigures(BlindCompleteCorpusTests.Check(Read(name + ".txt"), name).Report);
        GeneralisationCorpusTests.AssertFloor(output, name, figures, have, RecallFloors[name]);
    }

    /// <summary>
    /// The planted file is the clean text with the truth's one replacement; an Error or a Warning names the planted figure (the
    /// number of the replacement that differs from the original), except for the known gaps.
    /// </summary>
    [Theory]
    [MemberData(nameof(PlantedNames))]
    public void PlantedError_IsReported(string name)
    {
        using var truth = JsonDocument.Parse(Read(name + ".truth.json"));
        var replace = truth.RootElement.GetProperty("planted").GetProperty("replace");
        var (from, to) = (replace[0].GetString()!, replace[1].GetString()!);
        var planted = Read(name + ".planted.txt");
        Assert.Equal(CorpusFolder.ReplaceOnce(name, Read(name + ".txt"), from, to), planted);

        AssertPlanted(name, BlindCompleteCorpusTests.Check(planted, name).Diagnostics, from, to, !PlantedNotReported.Contains(name));
    }

    /// <summary>
    /// Whether an Error or a Warning of <paramref name="diagnostics"/> names the planted figure — the one number of the
    /// replacement <paramref name="to"/> that <paramref name="from"/> does not have — in either language (FA8006 names the
    /// items' figures in its Chinese text only), as <paramref name="expected"/> says.
    /// </summary>
    internal static void AssertPlanted(string name, List<Diagnostic> diagnostics, string from, string to, bool expected)
    {
        var figure = Assert.Single(GeneralisationCorpusTests.NumbersIn(to).Except(GeneralisationCorpusTests.NumbersIn(from)));
        var reported = diagnostics.Any(d => d.Severity is Severity.Error or Severity.Warning
            && GeneralisationCorpusTests.NumbersIn(d.MessageEn + " " + d.MessageZh + " " + d.Stated + " " + d.Computed).Contains(figure));
        var shown = string.Join("\n", diagnostics.Select(d => d.RuleId + " " + d.Severity + " " + d.MessageEn));
        Assert.True(reported == expected, $"{name}: planted {figure}, reported {reported}:\n{shown}");
    }

    /// <summary>The truth's distinct non-zero figures by magnitude (as <c>score-corpus</c> counts them).</summary>
    private static List<(string Label, decimal Value)> TruthFigures(string name) => TruthFiguresOf(Read(name + ".truth.json"));

    /// <summary>The distinct non-zero figures of a blind truth's <c>figures</c> by magnitude (its JSON text).</summary>
    internal static List<(string Label, decimal Value)> TruthFiguresOf(string truthJson)
    {
        using var truth = JsonDocument.Parse(truthJson);
        var list = new List<(string, decimal)>();
        var seen = new HashSet<decimal>();
        foreach (var p in truth.RootElement.GetProperty("figures").EnumerateObject())
        {
            var d = Math.Abs(decimal.Parse(p.Value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture));
            if (d != 0 && seen.Add(d))
            {
                list.Add((p.Name, d));
            }
        }

        return list;
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));
}
