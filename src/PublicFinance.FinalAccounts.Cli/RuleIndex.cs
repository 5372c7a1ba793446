using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>Every rule a run can report (规则索引): the validator's catalogue and the text reader's rules, by id.</summary>
internal static class RuleIndex
{
    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> AllRules = new(() =>
        RuleCatalogue.Descriptors.Concat(TextRules.All).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList());

    private static readonly Lazy<Dictionary<string, RuleDescriptor>> ById = new(() => All.ToDictionary(d => d.Id, StringComparer.Ordinal));

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => AllRules.Value;

    /// <summary>Finds a rule by id (case-insensitive: <c>fa1206</c> is FA1206).</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? rule) =>
        ById.Value.TryGetValue(id.Trim().ToUpperInvariant(), out rule);
}
