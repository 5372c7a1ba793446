using System;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>The entry point of <c>finacct</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var stdin = Console.OpenStandardInput();
        return CommandLine.Run(args, Console.Out, Console.Error, stdin, interactive: !Console.IsOutputRedirected);
    }
}
