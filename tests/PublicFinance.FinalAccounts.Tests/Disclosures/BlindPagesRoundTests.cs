using System.Diagnostics.CodeAnalysis;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The checks of one round of the blind test (<typeparamref name="TRound"/>'s <see cref="IBlindPagesRound.Round"/>), each text read
/// and checked as <c>finacct check</c> reads a text file (<see cref="BlindCompleteCorpusTests.Check"/>): every text has its
/// truth and a floor, each text raises exactly the Errors of its own figures, reads the truth's figures not below its floor
/// and prints no record as code, and each planted error is reported as listed. A round's test class holds only its data:
/// <c>public class BlindPagesTwentyFourCorpusTests(ITestOutputHelper output)
/// : BlindPagesRoundTests&lt;BlindPagesTwentyFourCorpusTests&gt;(output), IBlindPagesRound</c> with its tables and
/// <c>public static BlindPagesRound Round { get; } = new(…)</c>.
/// </summary>
/// <typeparam name="TRound">The round's test class, which pins the round.</typeparam>
public abstract class BlindPagesRoundTests<TRound>(ITestOutputHelper output)
    where TRound : IBlindPagesRound
{
    /// <summary>Every text of the round by name.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "xunit's MemberData reads a static member of the test class.")]
    public static TheoryData<string> Names() => new(CorpusFolder.Names(TRound.Round.FolderPath, TRound.Round.TruthSuffix));

    /// <summary>The round's planted errors.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "xunit's MemberData reads a static member of the test class.")]
    public static TheoryData<string, string, string, bool> PlantedRows() => TRound.Round.Planted;

    /// <summary>The folder holds the round's texts, each with its truth and a floor, and as many planted errors as listed.</summary>
    [Fact]
    public void EveryTextHasATruthAndAFloor() => CorpusFolder.AssertRoundIsComplete(TRound.Round);

    /// <summary>Each text: only the Errors of its own figures, its floor of figures read, no finding printing a record.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void Text_IsReadAsPinned(string name) => CorpusFolder.AssertText(output, TRound.Round, name);

    /// <summary>The planted figure is where the row says, and an Error or a Warning names it exactly as listed.</summary>
    [Theory]
    [MemberData(nameof(PlantedRows))]
    public void PlantedError_IsReportedAsListed(string name, string truth, string planted, bool reported)
        => CorpusFolder.AssertTextPlanted(TRound.Round.FolderPath, name, truth, planted, reported);
}
