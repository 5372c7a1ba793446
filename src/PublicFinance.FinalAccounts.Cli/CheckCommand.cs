using System.CommandLine;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// <c>finacct check INPUT…</c> (校验): reads every input, checks it, prints text, JSON or SARIF as each input is done. Exit code 0 clean,
/// 1 a finding at or above <c>--fail-on</c>, 2 an input (or an option's file) that could not be read.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var options = new CheckOptions();
        var command = new Command("check", "Check reports, 说明 texts or published files (校验决算报告、说明文本或公开文件)");
        options.AddTo(command, withFormat: true);
        command.SetAction(parse => Run(parse, options, context));
        return command;
    }

    private static int Run(ParseResult parse, CheckOptions options, CliContext context)
    {
        if (!options.TryBind(parse, context, out var settings))
        {
            return CommandLine.BadInput;
        }

        StageProbe.Mark("options bound (validator built)");

        var sources = InputExpander.Expand(parse.GetValue(options.Inputs) ?? [], context.Stdin);
        ICheckOutput output = settings.Format switch
        {
            OutputFormat.Json => new CheckJson(),
            OutputFormat.Sarif => new SarifOutput(),
            _ => new TextCheckOutput(settings, sources.Count),
        };
        return CheckRunner.Run(sources, settings, context, output).ExitCode;
    }
}
