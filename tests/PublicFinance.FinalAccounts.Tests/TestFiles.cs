using System;
using System.IO;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>Locates test data copied to the output folder and the repository root (for snapshot updates).</summary>
internal static class TestFiles
{
    public const string SampleJsonName = "urumqi-government-office-2024.json";

    public static string SampleJsonPath => Path.Combine(AppContext.BaseDirectory, "samples", SampleJsonName);

    public static string SampleText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt"));

    public static string SampleJson => File.ReadAllText(SampleJsonPath);

    public static string PublishedSchemaPath => Path.Combine(AppContext.BaseDirectory, "schema", "final-accounts.v1.schema.json");

    public static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>The repository root (the folder holding the .sln), found by walking up from the output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PublicFinance.FinalAccounts.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }
}
