namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// A file in the repository that is generated from the code (schema, rule documents, catalogue, conformance manifest):
/// the test fails when the committed file differs from what the code generates now. With the update variable set, a
/// stale file is rewritten and the test <em>still fails</em> (like a snapshot tool), so setting the variable can never
/// make a stale file pass; the next run, without changes, passes.
/// </summary>
internal static class GeneratedFile
{
    /// <summary>
    /// Asserts that <paramref name="relativePath"/> (from the repository root) holds exactly <paramref name="generated"/>.
    /// </summary>
    /// <param name="relativePath">The committed file, relative to the repository root.</param>
    /// <param name="generated">What the code generates now.</param>
    /// <param name="updateVariable">The environment variable that, set to 1, rewrites a stale file (e.g. FINACCT_UPDATE_DOCS).</param>
    /// <param name="hint">What to review before updating, added to the failure message.</param>
    public static void Check(string relativePath, string generated, string updateVariable, string hint = "")
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, relativePath);
        bool current = File.Exists(path) && File.ReadAllText(path) == generated;
        if (!current && Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            Assert.Fail(relativePath + " was stale and has been rewritten; review and commit it, then run the tests again.");
        }

        Assert.True(current, relativePath + " is stale: the code it is generated from changed. " + hint
            + "Run " + updateVariable + "=1 dotnet test, review the rewritten file and commit it.");
    }
}
