using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The command line itself (issue 11): every command has --help, every parse error names the bad part and exits 2,
/// rules list/describe, schema, and the registration points for conformance and render.
/// </summary>
public sealed class CliCommandTests : CliTestBase
{
    public CliCommandTests()
        : base("finacct-commands-")
    {
    }

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("summary")]
    [InlineData("schema")]
    [InlineData("rules")]
    [InlineData("rules", "list")]
    [InlineData("rules", "describe")]
    public void EveryCommand_HasHelp(params string[] command)
    {
        // `check --help` was an error and `extract --help` said "file not found: --help" before System.CommandLine.
        var (code, output, err) = Run([.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Contains("Usage:", output);
        Assert.Contains("finacct " + string.Join(" ", command), output);
    }

    [Fact]
    public void CheckHelp_ListsEveryOption()
    {
        var output = Run("check", "--help").Out;
        string[] options =
        [
            "--format", "--fail-on", "--coverage", "--claims", "--verifications", "--rounding", "--no-rounding-notes",
            "--no-truncated-percentages", "--scope", "--unit-type", "--catalogue", "--previous", "--disable", "--severity",
            "--encoding", "--year", "--combine", "--jobs",
        ];
        foreach (var option in options)
        {
            Assert.Contains(option, output);
        }
    }

    [Theory]
    [InlineData("--format", "xml", "xml is not one of text|json|sarif")]
    [InlineData("--fail-on", "info", "info is not one of error|warning")]
    [InlineData("--rounding", "up", "up is not one of nearest|truncation|exact")]
    [InlineData("--encoding", "latin-1", "latin-1 is not one of auto|utf-8")]
    [InlineData("--year", "1800", "1800 is not a whole number from 1990 to 2100")]
    [InlineData("--year", "twenty", "twenty is not a whole number from 1990 to 2100")]
    [InlineData("--jobs", "0", "0 is not a whole number from 1 to 64")]
    [InlineData("--disable", "FA9999", "FA9999 is not a rule id")]
    [InlineData("--severity", "FA9999=warning", "FA9999 is not a rule id")]
    [InlineData("--severity", "FA1206=fatal", "'FA1206=fatal' is not RULE=error|warning|info")]
    [InlineData("--severity", "FA1206", "'FA1206' is not RULE=error|warning|info")]
    public void BadOptionValue_IsBadInput_NamingTheBadPart(string option, string value, string expected)
    {
        var (code, output, err) = Run("check", TestFiles.SampleJsonPath, option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);   // nothing is checked when the command line is wrong
        Assert.Contains("error: ", err);
        Assert.Contains(expected, err);
    }

    [Fact]
    public void ParseErrors_AreBilingual_AndPointToHelp()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", err);
        Assert.Contains("无法识别的命令或参数“frobnicate”", err);
        Assert.Contains("Run 'finacct --help'", err);

        (code, _, err) = Run("check");
        Assert.Equal(2, code);
        Assert.Contains("Required argument missing", err);
        Assert.Contains("缺少参数", err);
        Assert.Contains("Run 'finacct check --help'", err);

        (code, _, err) = Run("check", TestFiles.SampleJsonPath, "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", err);

        (code, _, err) = Run("check", TestFiles.SampleJsonPath, "--previous");
        Assert.Equal(2, code);
        Assert.Contains("选项缺少取值", err);

        (code, _, err) = Run("rules", "describe");
        Assert.Equal(2, code);
        Assert.Contains("Run 'finacct rules describe --help'", err);
    }

    [Fact]
    public void NoArguments_IsBadUsage_Version_IsSuccess()
    {
        var (code, _, err) = Run();
        Assert.Equal(2, code);
        Assert.Contains("Required command was not provided", err);
        var (versionCode, version, _) = Run("--version");
        Assert.Equal(0, versionCode);
        Assert.StartsWith(CommandLine.Version, version);
    }

    [Fact]
    public void RulesList_ShowsEveryRule_OfTheValidatorAndTheTextReader()
    {
        var (code, output, _) = Run("rules", "list");
        Assert.Equal(0, code);
        var lines = output.Split('\n').Where(l => l.StartsWith("FA", StringComparison.Ordinal)).ToList();
        // The validator's catalogue plus the text reader's five FA80xx rules, each once.
        Assert.Equal(
            PublicFinance.FinalAccounts.Validation.RuleCatalogue.Descriptors.Count
                + PublicFinance.FinalAccounts.Disclosures.TextRules.All.Count,
            lines.Count);
        Assert.Contains(lines, l => l.StartsWith("FA1206 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FA8001 E ", StringComparison.Ordinal));   // 占位符 is an Error rule
        Assert.Equal(PublicFinance.FinalAccounts.Validation.ValidationJson.WriteCatalogue(), Run("rules", "list", "--format", "json").Out);
    }

    [Fact]
    public void RulesDescribe_GivesFormulaAndBasis_AndRefusesAnUnknownId()
    {
        var (code, output, _) = Run("rules", "describe", "fa1206");   // case does not matter
        Assert.Equal(0, code);
        Assert.True(RuleIndex.TryGet("FA1206", out var rule));
        Assert.StartsWith("FA1206 " + rule.TitleZh + "\n", output);
        Assert.Contains("公式 Formula: " + rule.Formula, output);
        Assert.Contains("依据 Basis: " + rule.Basis, output);

        var (badCode, both, err) = Run("rules", "describe", "FA1206", "FA9999");
        Assert.Equal(2, badCode);
        Assert.StartsWith("FA1206 ", both);   // the known one is still described
        Assert.Contains("FA9999 is not a rule id", err);
    }

    [Fact]
    public void Schema_PrintsEitherPublishedSchema()
    {
        Assert.Equal(FinalAccountsSchema.GetText(), Run("schema").Out);
        Assert.Equal(FinalAccountsSchema.GetText(), Run("schema", "report").Out);
        var checkOutput = Path.Combine(AppContext.BaseDirectory, "schema", "check-output.v1.schema.json");
        Assert.Equal(File.ReadAllText(checkOutput), Run("schema", "check-output").Out);
        var (code, _, err) = Run("schema", "xml");
        Assert.Equal(2, code);
        Assert.Contains("xml is not one of report|check-output", err);
    }

    [Fact]
    public void Summary_ReadsAnyKindOfInput_IncludingStdin()
    {
        var fromText = Run("summary", SampleTextPath);
        Assert.Equal(0, fromText.Code);
        Assert.Contains("乌鲁木齐市人民政府办公室 — 2024 年度部门决算", fromText.Out);
        var fromStdin = RunWithStdin(File.ReadAllBytes(TestFiles.SampleJsonPath), "summary", "-");
        Assert.Equal(0, fromStdin.Code);
        Assert.Equal(Run("summary", TestFiles.SampleJsonPath).Out, fromStdin.Out);
        Assert.Equal(2, Run("summary", TestFiles.SampleJsonPath, SampleTextPath).Code);   // one input only
    }

    [Fact]
    public void SingleFileInputs_RefuseADirectory_InsteadOfPickingAFileFromIt()
    {
        // summary and --previous take one report: a directory is named as such, not searched.
        WriteFile("d/a.json", File.ReadAllText(TestFiles.SampleJsonPath));
        var directory = Path.Combine(Folder, "d");
        var (code, _, err) = Run("summary", directory);
        Assert.Equal(2, code);
        Assert.Contains("is a directory", err);
        var (previousCode, output, previousErr) = Run("check", TestFiles.SampleJsonPath, "--previous", directory);
        Assert.Equal(2, previousCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--previous: " + directory + " could not be read", previousErr);
    }

    [Fact]
    public void Conformance_RegistrationPoint_RunsTheSuiteOnADirectory()
    {
        string? seen = null;
        int Fake(string directory, TextWriter stdout, TextWriter stderr)
        {
            seen = directory;
            stdout.WriteLine("suite ran");
            return 0;
        }

        var (code, output, _) = RunBuilt(context => ExternalCommands.Conformance(context, Fake), "conformance", Folder);
        Assert.Equal(0, code);
        Assert.Equal(Folder, seen);
        Assert.Equal("suite ran\n", output.Replace("\r\n", "\n"));

        var (missing, _, err) = RunBuilt(
            context => ExternalCommands.Conformance(context, Fake), "conformance", Path.Combine(Folder, "none"));
        Assert.Equal(2, missing);
        Assert.Contains("is not a directory", err);
    }

    [Fact]
    public void Render_RegistrationPoint_WritesOnePagePerInput_WithUniqueNames()
    {
        var a = WriteFile("a/说明.txt", File.ReadAllText(SampleTextPath));
        var b = WriteFile("b/说明.txt", File.ReadAllText(SampleTextPath));
        var output = Path.Combine(Folder, "out");
        static string Fake(CheckedInput input) =>
            $"<html>{input.SourceName} {input.Report.Entity.Name} {input.Result.WarningCount} {input.SourceText?.Length}</html>";

        var (code, stdout, err) = RunBuilt(
            context => ExternalCommands.Render(context, Fake), "render", a, b, TestFiles.SampleJsonPath, "-o", output);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        // The two texts have the same file name: the second page gets "-2"; the JSON has no source text.
        var first = File.ReadAllText(Path.Combine(output, "说明.html"));
        Assert.Equal($"<html>{a} 乌鲁木齐市人民政府办公室 4 {File.ReadAllText(SampleTextPath).Length}</html>", first);
        Assert.StartsWith($"<html>{b} ", File.ReadAllText(Path.Combine(output, "说明-2.html")));
        Assert.EndsWith(" 4 </html>", File.ReadAllText(Path.Combine(output, "urumqi-government-office-2024.html")));
        Assert.Equal(3, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        Assert.Equal(2, RunBuilt(context => ExternalCommands.Render(context, Fake), "render", a).Code);   // -o is required
        var (badCode, _, badErr) = RunBuilt(
            context => ExternalCommands.Render(context, Fake), "render", Path.Combine(Folder, "none.txt"), a, "-o", output);
        Assert.Equal(2, badCode);
        Assert.Contains("file not found", badErr);
    }

    [Fact]
    public void Conformance_RunsTheBundledSuite_ThroughTheRealCommand()
    {
        var suite = Path.Combine(TestFiles.RepositoryRoot, "docs", "conformance");
        // Every case listed in the manifest is a file under cases/ or invalid/; the full validator runs them all.
        var listed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "manifest.json")))
            .RootElement.GetProperty("cases").GetArrayLength();

        var (code, output, err) = Run("conformance", suite);

        Assert.Equal(string.Empty, err);
        Assert.Equal(0, code);
        Assert.DoesNotContain("FAIL ", output);
        Assert.Contains($": {listed} passed, 0 failed, 0 skipped", output);

        var (missing, _, missingErr) = Run("conformance", Path.Combine(Folder, "none"));
        Assert.Equal(2, missing);
        Assert.Contains("is not a directory", missingErr);
    }

    [Fact]
    public void Render_WritesTheRealPage_WithTheSamplesEntityAndFindings()
    {
        var output = Path.Combine(Folder, "pages");

        var (code, _, err) = Run("render", TestFiles.SampleJsonPath, "-o", output);

        Assert.Equal(string.Empty, err);
        Assert.Equal(0, code);
        var html = File.ReadAllText(Path.Combine(output, "urumqi-government-office-2024.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("乌鲁木齐市人民政府办公室", html);
        // The sample's four warnings include FA2009 (因公出国（境）费 increase rate on a zero base) and FA4001.
        Assert.Contains("FA2009", html);
        Assert.Contains("FA4001", html);
    }

    /// <summary>Runs a command built by <paramref name="create"/> in place of the registered command of the same name.</summary>
    private static (int Code, string Out, string Err) RunBuilt(Func<CliContext, System.CommandLine.Command> create, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, null, false);
        var root = CommandLine.Build(context);
        var command = create(context);
        // The real command of that name is registered already; the test's stand-in replaces it.
        var registered = root.Subcommands.FirstOrDefault(c => c.Name == command.Name);
        if (registered is not null)
        {
            root.Subcommands.Remove(registered);
        }

        root.Subcommands.Add(command);
        var code = CommandLine.Invoke(root, args, context);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
