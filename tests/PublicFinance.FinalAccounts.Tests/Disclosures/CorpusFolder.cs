namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The texts of a test-data corpus folder: each named by its <c>.truth.json</c>, some with a <c>.planted.txt</c> variant.
/// </summary>
internal static class CorpusFolder
{
    /// <summary>Every text of <paramref name="folder"/> by name, in ordinal order.</summary>
    public static List<string> Names(string folder) =>
        [.. Directory.GetFiles(folder, "*.truth.json").Select(p => Path.GetFileName(p)[..^".truth.json".Length])
            .OrderBy(n => n, StringComparer.Ordinal)];

    /// <summary>Every text of <paramref name="folder"/> that has a planted-error variant, by name.</summary>
    public static List<string> Planted(string folder) =>
        [.. Names(folder).Where(n => File.Exists(Path.Combine(folder, n + ".planted.txt")))];
}
