using System.Collections.Concurrent;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The camelCase name of an enum value (驼峰名称), as the JSON outputs write it (<c>CouldNotRun</c> → <c>couldNotRun</c>),
/// computed once per value: the outputs write one per finding, rule and claim, thousands per run.
/// </summary>
internal static class CamelName
{
    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Cache<T>.Names.GetOrAdd(value, static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<T, string> Names = new();
    }
}
