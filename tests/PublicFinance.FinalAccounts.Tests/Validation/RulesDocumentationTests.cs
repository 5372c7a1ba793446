using System;
using System.IO;
using PublicFinance.FinalAccounts.Validation;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Validation
{
    /// <summary>The rule documents in <c>docs/</c> are generated from the code; these tests fail when they are stale.</summary>
    public class RulesDocumentationTests
    {
        private static bool Update => Environment.GetEnvironmentVariable("FINACCT_UPDATE_DOCS") == "1";

        private static void Check(string relativePath, string generated)
        {
            var path = Path.Combine(TestFiles.RepositoryRoot, relativePath);
            if (Update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, generated);
                return;
            }

            Assert.True(File.Exists(path) && File.ReadAllText(path) == generated,
                relativePath + " is stale: the rule catalogue changed. Run FINACCT_UPDATE_DOCS=1 dotnet test and commit the result.");
        }

        [Fact]
        public void RulesMarkdown_IsUpToDate() =>
            Check(Path.Combine("docs", "rules.md"), RulesDocumentation.Generate(Path.Combine(AppContext.BaseDirectory, "conformance", "cases")));

        [Fact]
        public void CatalogueJson_IsUpToDate() => Check(Path.Combine("docs", "rules", "catalogue.json"), ValidationJson.WriteCatalogue());

        [Fact]
        public void RelationsJson_IsUpToDate() => Check(Path.Combine("docs", "rules", "relations.json"), ValidationJson.WriteRelations());
    }
}
