namespace PublicFinance.FinalAccounts.Cli;

/// <summary>The entry point of <c>finacct</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        StageProbe.Mark("main");
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        StageProbe.Mark("console set up");
        var interactive = !Console.IsOutputRedirected;
        var exitCode = CommandLine.Run(args, Console.Out, Console.Error, stdin, interactive, interactive ? null : stdout);
        StageProbe.Report(Console.Error);
        return exitCode;
    }
}
