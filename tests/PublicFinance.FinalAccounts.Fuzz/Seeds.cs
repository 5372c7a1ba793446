using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>The seed inputs copied next to the harness: the sample report and text, the fuzz reproducers, real texts.</summary>
internal static class Seeds
{
    private static string Dir(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    private static IReadOnlyList<string> Files(string dir, string pattern)
        => Directory.Exists(Dir(dir))
            ? Directory.GetFiles(Dir(dir), pattern).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : Array.Empty<string>();

    /// <summary>The sample report JSON.</summary>
    public static string SampleJson { get; } = File.ReadAllText(Path.Combine(Dir("samples"), "urumqi-government-office-2024.json"));

    /// <summary>Report JSON documents to mutate.</summary>
    public static IReadOnlyList<string> Json { get; } =
        new[] { SampleJson }.Concat(Files("fuzz-repros", "*.json")).Concat(Files("invalid", "*.json")).ToList();

    /// <summary>Disclosure texts to mutate (the seed and the real texts).</summary>
    public static IReadOnlyList<string> Texts { get; } =
        Files("samples", "*.txt").Concat(Files("real", "*.txt")).Concat(Files("fuzz-repros", "*.txt")).ToList();

    /// <summary>The published schema.</summary>
    public static string SchemaText { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "final-accounts.v1.schema.json"));
}
