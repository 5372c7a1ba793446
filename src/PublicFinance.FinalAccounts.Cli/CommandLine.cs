using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Rendering;

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
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdin">Standard input, or null.</param>
    /// <param name="interactive">Whether standard output is a terminal.</param>
    /// <param name="utf8Out">The byte stream under <paramref name="stdout"/>, or null (<see cref="CliContext.Utf8Out"/>).</param>
    /// <returns>The exit code.</returns>
    public static int Run(
        string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, bool interactive = false, Stream? utf8Out = null)
    {
        var context = new CliContext(stdout, stderr, stdin, interactive) { Utf8Out = utf8Out };
        var commands = Build(context);
        StageProbe.Mark("commands built");
        return Invoke(commands, args, context);
    }

    /// <summary>Parses and runs a command line on the given commands.</summary>
    internal static int Invoke(Command root, string[] args, CliContext context)
    {
        var stderr = context.Error;
        var parse = root.Parse(args);
        StageProbe.Mark("parsed");
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors.Select(e => e.Message).Distinct())
            {
                stderr.WriteLine("error: " + Bilingual(error));
            }

            var path = string.Join(" ", Ancestry(parse));
            stderr.WriteLine(CliMessages.RunHelp(path));
            return BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Builds the commands for one run.</summary>
    internal static Command Build(CliContext context)
    {
        // A plain command named finacct rather than a RootCommand, whose name and version would be the host process's
        // (testhost, dotnet) when run in process.
        var version = new Option<bool>("--version") { Description = "Show the version (显示版本)" };
        var root = new Command(
            "finacct",
            "finacct — 部门决算 (departmental final accounts) checker: check reports, 说明 texts and published files; " +
            "exit codes 0 clean, 1 findings at or above --fail-on, 2 bad usage or unreadable input. See docs/cli.md.")
        {
            new HelpOption { Recursive = true },
            version,
        };
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                context.Out.WriteLine(Version);
                return Success;
            }

            context.Error.WriteLine("error: " + Bilingual(CliMessages.RequiredCommandEn));
            context.Error.WriteLine(CliMessages.RunHelp("finacct"));
            return BadInput;
        });
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ReadCommands.Extract(context));
        root.Subcommands.Add(ReadCommands.Summary(context));
        root.Subcommands.Add(ReadCommands.Schema(context));
        root.Subcommands.Add(RulesCommand.Create(context));

        // Commands whose work lives in other components.
        root.Subcommands.Add(ExternalCommands.Conformance(context, ConformanceCommand.Run));
        root.Subcommands.Add(ExternalCommands.Render(context, input => HtmlReportRenderer.Render(
            input.Report, input.Result, new HtmlRenderOptions { SourceName = input.SourceName, SourceText = input.SourceText })));
        return root;
    }

    /// <summary>Adds the Chinese to System.CommandLine's own messages (the options' own messages are bilingual already).</summary>
    internal static string Bilingual(string message)
    {
        if (message.StartsWith("Unrecognized command or argument '", System.StringComparison.Ordinal))
        {
            return message + CliMessages.UnrecognizedTokenZh(message[34..^2]);
        }

        if (message.StartsWith("Required command was not provided", System.StringComparison.Ordinal))
        {
            return message + CliMessages.RequiredCommandZh;
        }

        if (message.StartsWith("Required argument missing for option", System.StringComparison.Ordinal)
            || message.Contains("expects a single argument", System.StringComparison.Ordinal))
        {
            return message + CliMessages.OptionValueMissingZh;
        }

        if (message.StartsWith("Required argument missing", System.StringComparison.Ordinal))
        {
            return message + CliMessages.ArgumentMissingZh;
        }

        if (message.StartsWith("Option '", System.StringComparison.Ordinal)
            && message.Contains("is required", System.StringComparison.Ordinal))
        {
            return message + CliMessages.OptionRequiredZh;
        }

        return message;
    }

    /// <summary>The command and its parents, root first (for “Run 'finacct check --help'”).</summary>
    private static List<string> Ancestry(ParseResult parse)
    {
        var chain = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            chain.Add(result.Parent is null ? "finacct" : result.Command.Name);
        }

        chain.Reverse();
        return chain;
    }
}
