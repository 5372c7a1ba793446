namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// One round of the blind test as data, checked by <see cref="BlindPagesRoundTests{TRound}"/>: the folder of its invented texts
/// and the rows pinned after the round's fixes.
/// </summary>
/// <param name="Folder">The folder's name under <c>TestData</c> (<c>blind-pages-23</c>).</param>
/// <param name="Texts">How many texts the folder holds (each a <c>.txt</c> with its truth).</param>
/// <param name="PlantedTexts">How many of them carry one planted error (in the text itself or in a <c>.planted.txt</c>).</param>
/// <param name="TruthSuffix">
/// The ending of a text's truth: <c>.truth.md</c> (a Markdown table, session 21 on) or <c>.truth.json</c> (session 20).
/// </param>
/// <param name="RecallFloors">The truth's distinct non-zero figures found in each text's report at the least, by text.</param>
/// <param name="ErrorsOfTheText">The Errors each text's own figures call for, by text; a text absent is clean (no Error).</param>
/// <param name="Planted">
/// The planted errors: the text, its true fragment, the planted fragment, and whether an Error or a Warning names the
/// planted figure.
/// </param>
public sealed record BlindPagesRound(
    string Folder,
    int Texts,
    int PlantedTexts,
    string TruthSuffix,
    IReadOnlyDictionary<string, int> RecallFloors,
    IReadOnlyDictionary<string, string[]> ErrorsOfTheText,
    TheoryData<string, string, string, bool> Planted)
{
    /// <summary>The folder's full path beside the test assembly.</summary>
    public string FolderPath => Path.Combine(AppContext.BaseDirectory, "TestData", Folder);
}
