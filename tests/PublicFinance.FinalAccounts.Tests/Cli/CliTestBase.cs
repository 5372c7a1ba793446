using System;
using System.IO;
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
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
