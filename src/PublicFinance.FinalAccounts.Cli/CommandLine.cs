using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The command line of <c>finacct</c> (命令行), on System.CommandLine: <c>check</c>, <c>extract</c>, <c>summary</c>,
/// <c>schema</c>, <c>rules list|describe</c>, each with <c>--help</c>. Exit codes: 0 success and no finding at or above
/// <c>--fail-on</c>, 1 such findings, 2 bad usage or an input that could not be read.
/// </summary>
internal static class CommandLine
{
    /// <summary>Success, no finding at or above <c>--fail-on</c> (成功).</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c> (发现问题).</summary>
    public const int FindingsFound = 1;

    /// <summary>Bad usage, or an input that could not be read (用法错误或输入无法读取).</summary>
    public const int BadInput = 2;

    /// <summary>The project's home.</summary>
    public const string ProjectUri = "https://github.com/publicfinance/PublicFinance.FinalAccounts";

    /// <summary>The tool's version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = typeof(FinalAccountsReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Parses and runs a command line; parse errors name the bad part and exit 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, bool interactive = false)
    {
        var context = new CliContext(stdout, stderr, stdin, interactive);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors.Select(e => e.Message).Distinct())
                stderr.WriteLine("error: " + error);
            var path = string.Join(" ", Ancestry(parse));
            stderr.WriteLine($"Run '{path} --help' for usage. 用法见 '{path} --help'。");
            return BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Builds the commands for one run.</summary>
    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("finacct — 部门决算 (departmental final accounts) checker: check reports, 说明 texts and published files; " +
            "exit codes 0 clean, 1 findings at or above --fail-on, 2 bad usage or unreadable input. See docs/cli.md.");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ReadCommands.Extract(context));
        root.Subcommands.Add(ReadCommands.Summary(context));
        root.Subcommands.Add(ReadCommands.Schema(context));
        root.Subcommands.Add(RulesCommand.Create(context));

        // ── Registration points: commands of other components, wired by the coordinator after the merge ──
        // root.Subcommands.Add(ExternalCommands.Conformance(context, ConformanceCommand.Run));
        // root.Subcommands.Add(ExternalCommands.Render(context, input => PublicFinance.FinalAccounts.Rendering.HtmlReportRenderer.Render(
        //     input.Report, input.Result, new PublicFinance.FinalAccounts.Rendering.HtmlRenderOptions { SourceName = input.SourceName, SourceText = input.SourceText })));
        return root;
    }

    /// <summary>The command and its parents, root first (for “Run 'finacct check --help'”).</summary>
    private static List<string> Ancestry(ParseResult parse)
    {
        var chain = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            chain.Add(result.Parent is null ? "finacct" : result.Command.Name);
        chain.Reverse();
        return chain;
    }
}
