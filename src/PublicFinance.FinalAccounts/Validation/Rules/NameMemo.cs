using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// The catalogue's last answer for a functional code's written name (名称比对的上一结果): rows of one class or section
/// repeat its code and name, so a rule keeps the last match and asks the catalogue again only when the code or the name
/// differs. Exact: within one rule's run the catalogue and the fiscal year are fixed, and the match depends on nothing
/// else.
/// </summary>
internal struct NameMemo
{
    private string? code;
    private string? name;
    private NameMatch match;

    /// <summary>
    /// The catalogue's match of <paramref name="written"/> for <paramref name="functional"/>, reused when it was the last
    /// one asked.
    /// </summary>
    /// <param name="catalogue">The run's catalogue (the same for every call on one memo).</param>
    /// <param name="functional">The code.</param>
    /// <param name="year">The run's fiscal year (the same for every call on one memo).</param>
    /// <param name="written">The name as written.</param>
    /// <returns>The match.</returns>
    public NameMatch Match(ClassificationCatalogue catalogue, FunctionalCode functional, int? year, string written)
    {
        if (code is not null && string.Equals(code, functional.Value, StringComparison.Ordinal)
            && string.Equals(name, written, StringComparison.Ordinal))
        {
            return match;
        }

        match = catalogue.MatchName(functional, year, written);
        code = functional.Value;
        name = written;
        return match;
    }
}
