using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>Runs <c>finacct</c> in process and gives each test class its own temporary folder.</summary>
public abstract class CliTestBase : IDisposable
{
    protected CliTestBase(string prefix)
    {
        Folder = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder, deleted after the test.</summary>
    protected string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the command line; returns the exit code, standard output and standard error.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args) => RunWithStdin(null, args);

    /// <summary>Runs the command line with <paramref name="stdin"/> as standard input (null: none).</summary>
    protected static (int Code, string Out, string Err) RunWithStdin(byte[]? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(stdin);
        var code = CommandLine.Run(args, stdout, stderr, input);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a file in the test's folder (creating subfolders); returns its path.</summary>
    protected string WriteFile(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The bundled sample 说明 text.</summary>
    protected static string SampleTextPath => Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt");

    /// <summary>The bundled sample report JSON.</summary>
    /// <summary>
    /// Where the sample text's FA1206 finding belongs: the 基本支出 total "2,926.12 万元" of the 财政拨款基本支出
    /// paragraph (its parts add to 2,926.11), found in the text rather than copied from a run.
    /// </summary>
    internal static (int Line, int StartColumn, int EndColumn) SampleBasicTotal =>
        TestFiles.Locate(File.ReadAllText(SampleTextPath), "一般公共预算财政拨款基本支出 2,926.12", "2,926.12 万元");

    /// <summary>
    /// The sample's headline counts: 0 errors; the 4 warnings ValidatorTests.Seed_HasNoErrors… pins by rule
    /// (FA2009, FA3006 twice, FA4001); 3 infos (the FA1205/FA1206 rounding notes and FA6101: the tables are attachments).
    /// </summary>
    internal const string SampleCounts = "0 错误 errors, 4 警告 warnings, 3 提示 info";

    protected static string SampleJsonPath => Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.json");
}
