using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The README's quick start (快速入门) compiles and says what it prints (session 26): <see cref="QuickStart_RunsAsWritten"/>
/// holds the README's C# block line for line — <see cref="EveryLineOfTheReadmeSnippet_IsInThisTest"/> fails when the two
/// drift apart — with <c>Console</c> and <c>File</c> replaced by the nested stand-ins below, so that it reads the samples
/// from the repository root and keeps what it prints; the printed values are then asserted as the README's comments state
/// them.
/// </summary>
public partial class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_RunsAsWritten()
    {
        Console.Lines.Clear();

        // ---- the README's block, as written there ----
        var amount = Amount.ParseWithUnit("3,653.30 万元", AmountUnit.WanYuan);
        Console.WriteLine(amount.Decimals);                             // 2
        Console.WriteLine(amount.Interval);                             // [3653.295, 3653.305]
        Console.WriteLine(amount.Format(AmountUnit.WanYuan));           // 3,653.30 万元
        Console.WriteLine(amount.ToChineseUppercase(AmountUnit.WanYuan)); // 叁仟陆佰伍拾叁万叁仟元整

        var share = Percent.FromRatio(3593.65m, 3653.30m);              // 98.37%

        FinalAccountsReport report = FinalAccountsJson.Deserialize(File.ReadAllText("samples/urumqi-government-office-2024.json"));
        Console.WriteLine(report.Narrative!.Income!.FiscalAppropriation!.Share); // 98.37%

        var edited = report with { Notes = ["补充说明"] };
        string json = FinalAccountsJson.Serialize(edited);             // same report → same bytes

        ValidationResult result = Validator.Default.Validate(report);
        Console.WriteLine(result.ErrorCount);                           // 0
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Info))
        {
            Console.WriteLine(d);
        }
        // [Info] FA1205 /narrative/generalBudget/classes/1/amount 说明：…（208）：声明 362.06，各项合计 362.07，差额 -0.01，在舍入误差范围（±0.025）内。 | …
        // [Info] FA1206 /narrative/basicExpenditure/total/amount 说明：基本支出等于人员经费加公用经费：声明 2926.12，各项合计 2926.11，差额 0.01，在舍入误差范围（±0.015）内。 | …
        // [Info] FA6101 … — the nine tables are attachments (见附表), not in the input: it names them and the rules that could not run
        Console.WriteLine(result.CoverageOf("FA0101")!.Outcome);       // CouldNotRun — the sample has no tables

        var strict = Validator.Default
            .WithOptions(new ValidationOptions { Rounding = RoundingMode.Exact })
            .WithoutRules("FA5003");

        // Read the published text itself; diagnostics then point at line:column in it.
        var read = DisclosureReader.Read(File.ReadAllText("samples/urumqi-government-office-2024.txt"));
        var located = Validator.Default.Validate(read.Report, read.Sources);
        Console.WriteLine(located.Diagnostics.First(d => d.RuleId == "FA1206").Span); // 170:23-170:33
        // ---- end of the README's block ----

        // The README's comments, in the order printed: four lines about the amount, the share, the error count, one line per
        // Info finding (its comments show FA1205, FA1206 and FA6101), the coverage and the located span.
        var infos = result.Diagnostics.Count(d => d.Severity == Severity.Info);
        Assert.Equal(
            new[] { "2", "[3653.295, 3653.305]", "3,653.30 万元", "叁仟陆佰伍拾叁万叁仟元整", "98.37%", "0" },
            Console.Lines.Take(6));
        Assert.Equal(6 + infos + 2, Console.Lines.Count);
        var infoLines = Console.Lines.Skip(6).Take(infos).ToList();
        Assert.Contains(infoLines, l => l.StartsWith("[Info] FA1205 /narrative/generalBudget/classes/1/amount", StringComparison.Ordinal));
        Assert.Contains(infoLines, l => l.StartsWith("[Info] FA1206 /narrative/basicExpenditure/total/amount", StringComparison.Ordinal));
        Assert.Contains(infoLines, l => l.StartsWith("[Info] FA6101", StringComparison.Ordinal));
        Assert.Equal(new[] { "CouldNotRun", "170:23-170:33" }, Console.Lines.Skip(6 + infos));

        // The lines whose values are not printed: the share, the edited report's bytes, the strict validator.
        Assert.Equal("98.37%", share.ToString());
        Assert.Equal(json, FinalAccountsJson.Serialize(FinalAccountsJson.Deserialize(json)));
        Assert.Equal(RoundingMode.Exact, strict.Options.Rounding);
        Assert.DoesNotContain(strict.Validate(report).Diagnostics, d => d.RuleId == "FA5003");
    }

    [Fact]
    public void EveryLineOfTheReadmeSnippet_IsInThisTest()
    {
        var readme = System.IO.File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var block = CSharpBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```csharp block");
        var own = System.IO.File.ReadAllLines(
            Path.Combine(TestFiles.RepositoryRoot, "tests", "PublicFinance.FinalAccounts.Tests", "ReadmeQuickStartTests.cs"))
            .Select(l => l.Trim())
            .ToHashSet(StringComparer.Ordinal);

        // Every line of the README's block, trimmed, stands in this file (comments included: they are the claims asserted).
        var missing = block.Groups["code"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !own.Contains(l)).ToList();

        Assert.True(missing.Count == 0, "README lines not in ReadmeQuickStartTests:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    /// <summary>The quick start's <c>Console</c>: keeps each line it is given instead of printing it.</summary>
    private static class Console
    {
        /// <summary>The lines written since the test cleared them.</summary>
        public static List<string> Lines { get; } = [];

        /// <summary>Keeps <paramref name="value"/> as the invariant culture writes it.</summary>
        public static void WriteLine(object? value) => Lines.Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>The quick start's <c>File</c>: a path relative to the repository root, as the README runs from there.</summary>
    private static class File
    {
        /// <summary>The text of the file at <paramref name="path"/> below the repository root.</summary>
        public static string ReadAllText(string path) => System.IO.File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, path));
    }
}
