using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>The rule documents in <c>docs/</c> are generated from the code; these tests fail when they are stale.</summary>
public class RulesDocumentationTests
{
    private static void Check(string relativePath, string generated) =>
        GeneratedFile.Check(relativePath, generated, "FINACCT_UPDATE_DOCS");

    [Fact]
    public void RulesMarkdown_IsUpToDate() =>
        Check(
            Path.Combine("docs", "rules.md"), RulesDocumentation.Generate(Path.Combine(AppContext.BaseDirectory, "conformance", "cases")));

    [Fact]
    public void RulesMarkdown_HasAnAnchorForEveryRule()
    {
        // SARIF helpUri and `finacct rules describe` link to docs/rules.md#<lower-case id>; each rule needs that anchor
        // exactly once.
        var markdown = RulesDocumentation.Generate(Path.Combine(AppContext.BaseDirectory, "conformance", "cases"));
        foreach (var rule in Validator.Default.Rules)
        {
            var anchor = "<a id=\"" + rule.Descriptor.Id.ToLowerInvariant() + "\"></a>";
            int first = markdown.IndexOf(anchor, StringComparison.Ordinal);
            Assert.True(first >= 0, "no anchor for " + rule.Descriptor.Id);
            Assert.Equal(-1, markdown.IndexOf(anchor, first + anchor.Length, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CatalogueJson_IsUpToDate() => Check(Path.Combine("docs", "rules", "catalogue.json"), ValidationJson.WriteCatalogue());

    [Fact]
    public void RelationsJson_IsUpToDate() => Check(Path.Combine("docs", "rules", "relations.json"), ValidationJson.WriteRelations());
}
