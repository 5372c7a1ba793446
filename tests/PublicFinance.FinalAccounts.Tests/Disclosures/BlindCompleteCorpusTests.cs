using System.Text.Json;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The session-18 blind test's four complete invented county 说明 (<c>TestData/blind-complete</c>: the nine tables pasted as
/// text in four layouts, a truth and one planted-error variant each), scored by <see cref="GeneralisationCorpusTests"/>'s scorer
/// and read as <c>finacct check</c> reads a text file: the narrative (<see cref="DisclosureReader.Read(string)"/>) combined
/// with the tables found in the same text (<see cref="PublishedDocumentReader.ReadText"/> + <c>Combine</c>) — the test
/// project reaches the Documents package through the CLI's reference. Every clean text must raise no Error, each planted
/// error must be reported by the rule that reported it at the end of session 18 (and name its figures, the scorer's rule),
/// and the figures of the truth found in the report may not fall below the floor measured per text (session 19).
/// </summary>
public class BlindCompleteCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// The truth's figures found in each report (of 80, 85, 76 and 103 distinct ones), measured in session 19 on the combined
    /// read; a regression fails. Missed: the 编制数 of each text (no staff line is read from these texts yet) and c's 三公
    /// prior-year total 14.28.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["blind18-a-county-agriculture-2016-pipe"] = 79,
        ["blind18-b-district-market-regulation-2018-tab"] = 84,
        ["blind18-c-county-education-2014-space"] = 74,
        ["blind18-d-county-health-2017-cells"] = 102,
    };

    /// <summary>
    /// The rule that reports each planted error (the README's table): a wrong class share is FA2001's, a wrong 三公 change
    /// rate FA2104's, a wrong 本年支出合计 in table 1 breaks its 总计 identity (FA0103), a wrong item completion rate FA2201's.
    /// </summary>
    private static readonly Dictionary<string, string> PlantedRules = new(StringComparer.Ordinal)
    {
        ["blind18-a-county-agriculture-2016-pipe"] = "FA2001",
        ["blind18-b-district-market-regulation-2018-tab"] = "FA2104",
        ["blind18-c-county-education-2014-space"] = "FA0103",
        ["blind18-d-county-health-2017-cells"] = "FA2201",
    };

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "blind-complete");

    /// <summary>Every clean text by name.</summary>
    public static TheoryData<string> Names() => new(NameList());

    private static List<string> NameList() => CorpusFolder.Names(Folder);

    [Fact]
    public void EveryTextHasATruthAFloorAndAPlantedRule()
    {
        var names = NameList();
        Assert.Equal(4, names.Count);
        Assert.Equal(RecallFloors.Keys.OrderBy(k => k, StringComparer.Ordinal), names);
        Assert.Equal(PlantedRules.Keys.OrderBy(k => k, StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CleanText_RaisesNoError(string name)
    {
        var (_, diagnostics) = Check(Read(name + ".txt"), name);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId + " " + d.MessageEn).ToList();
        Assert.True(errors.Count == 0, name + ":\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FiguresRead_AreAtLeastThePinnedFloor(string name)
    {
        var figures = CorpusFolder.JsonTruthFigures(Path.Combine(Folder, name + ".truth.json"));
        var have = GeneralisationCorpusTests.ReportFigures(Check(Read(name + ".txt"), name).Report);
        GeneralisationCorpusTests.AssertFloor(output, name, figures, have, RecallFloors[name]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void PlantedError_IsReportedByItsRule(string name)
    {
        using var truth = Truth(name);
        var variant = truth.RootElement.GetProperty("variants")[0];
        var replace = variant.GetProperty("replace");
        var (from, to) = (replace[0].GetString()!, replace[1].GetString()!);

        // The planted file is the clean text with the one replacement of the truth (so the truth describes it).
        var planted = Read(variant.GetProperty("file").GetString()!);
        Assert.Equal(CorpusFolder.ReplaceOnce(name, Read(name + ".txt"), from, to), planted);

        var (_, diagnostics) = Check(planted, name);
        var shown = string.Join("\n", diagnostics.Select(d => d.RuleId + " " + d.Severity + " " + d.MessageEn));
        Assert.True(GeneralisationCorpusTests.Reports(variant.GetProperty("finding"), diagnostics), $"{name}: not reported:\n{shown}");
        Assert.Contains(diagnostics, d => d.RuleId == PlantedRules[name] && d.Severity is Severity.Error or Severity.Warning);
    }

    /// <summary>
    /// Reads and checks a text as <c>finacct check</c> does with a text file: the narrative, the tables pasted in it combined
    /// with it when there are any, the text findings and the validator's.
    /// </summary>
    internal static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) Check(string text, string name)
    {
        var read = DisclosureReader.Read(text);
        var document = PublishedDocumentReader.ReadText(text, name);
        var report = document.Tables.Count == 0 && document.Notes.Count == 0
            ? read.Report
            : PublishedDocumentReader.Combine(read, [document], RoundingMode.RoundToNearest).Report;
        var result = Validator.Default.Validate(report, read.Sources);
        return (report, [.. read.TextFindings.Concat(result.Diagnostics)]);
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    private static JsonDocument Truth(string name) => JsonDocument.Parse(Read(name + ".truth.json"));
}
