using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The suite's completeness: every rule has a case in which it fails. Running the cases (exact diagnostics and rule
/// outcomes) is the public runner's job, tested in <c>Conformance/ConformanceSuiteTests</c>.
/// </summary>
public class ConformanceTests
{
    private static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "conformance", "cases");

    [Fact]
    public void EveryRule_HasAFailingConformanceCase()
    {
        var failing = Directory.GetFiles(CasesDirectory, "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .SelectMany(c => c["expected"]!.AsArray()
                .Where(e => e!["severity"]!.GetValue<string>() != "info")
                .Select(e => e!["ruleId"]!.GetValue<string>()))
            .ToHashSet(StringComparer.Ordinal);
        var missing = RuleCatalogue.Descriptors.Select(d => d.Id).Where(id => !failing.Contains(id)).ToList();
        Assert.Empty(missing);
    }
}
