using System.Collections.Generic;
using System.CommandLine;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// <c>finacct check INPUT…</c> (校验): reads every input, checks it, prints text, JSON or SARIF. Exit code 0 clean,
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
            return CommandLine.BadInput;
        var sources = InputExpander.Expand(parse.GetValue(options.Inputs) ?? [], context.Stdin);
        var entries = CheckRunner.Run(sources, settings, context);
        foreach (var entry in entries)
            context.Error.Write(entry.Errors);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                context.Out.Write(CheckJson.Write(entries));
                break;
            case OutputFormat.Sarif:
                context.Out.Write(SarifOutput.Write(entries));
                break;
            default:
                WriteText(entries, settings, context);
                break;
        }

        return CheckRunner.ExitCode(entries, settings.FailOn);
    }

    private static void WriteText(IReadOnlyList<RunEntry> entries, CheckSettings settings, CliContext context)
    {
        var several = entries.Count > 1;
        var first = true;
        foreach (var entry in entries)
        {
            if (entry.Checked is not { } done)
                continue;
            if (several)
            {
                context.Out.Write(first ? string.Empty : "\n");
                context.Out.Write("==> " + entry.Name + " <==\n");
            }

            first = false;
            context.Out.Write(TextOutput.Render(done, settings));
        }

        if (!several)
            return;
        if (context.Interactive)
            TerminalDisplay.WriteSummary(entries);
        else
            context.Out.Write(TextOutput.Summary(entries));
    }
}
