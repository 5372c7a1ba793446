using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PublicFinance.FinalAccounts.Validation;
using Spectre.Console;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Reads and checks the inputs of a run (批量检查): in parallel (at most <see cref="CheckSettings.Jobs"/> at once), each
/// input's result and error text kept in its own slot so the output order is the input order whatever finishes first;
/// one unreadable input is reported and the others are still checked. On a terminal a progress bar is shown.
/// </summary>
internal static class CheckRunner
{
    /// <summary>Reads and checks every input (or, with <c>--combine</c>, all of them as one disclosure).</summary>
    public static IReadOnlyList<RunEntry> Run(IReadOnlyList<InputSource> sources, CheckSettings settings, CliContext context)
    {
        if (settings.Combine)
        {
            using var errors = new StringWriter(CultureInfo.InvariantCulture);
            var loaded = InputLoader.LoadCombined(sources, errors);
            var checkedInput = loaded is null ? null : settings.Checker.Check(loaded, errors);
            return [new RunEntry(loaded?.Name ?? string.Join(" + ", sources.Select(s => s.Name)), checkedInput, errors.ToString())];
        }

        var entries = new RunEntry[sources.Count];
        void CheckOne(int i)
        {
            using var errors = new StringWriter(CultureInfo.InvariantCulture);
            entries[i] = new RunEntry(sources[i].Name, LoadAndCheck(sources[i], settings, errors), errors.ToString());
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(settings.Jobs, Math.Max(1, sources.Count)) };
        if (context.Interactive && sources.Count > 1)
        {
            AnsiConsole.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("检查 checking", maxValue: sources.Count);
                Parallel.For(0, sources.Count, parallel, i =>
                {
                    CheckOne(i);
                    task.Increment(1);
                });
            });
        }
        else
        {
            Parallel.For(0, sources.Count, parallel, CheckOne);
        }

        return entries;
    }

    /// <summary>
    /// Loads and checks one input; null with the reasons on <paramref name="errors"/> when it cannot be. This is what
    /// <c>render</c> needs for one input: the report, the validation result, the source name and text.
    /// </summary>
    public static CheckedInput? LoadAndCheck(InputSource source, CheckSettings settings, TextWriter errors)
    {
        try
        {
            var loaded = InputLoader.Load(source, settings.TextInput, errors);
            return loaded is null ? null : settings.Checker.Check(loaded, errors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ThreadInterruptedException)
        {
            // A defect, not bad input: named as such, with the input, so the run goes on with the other inputs.
            errors.WriteLine($"error: {source.Name}: internal error while reading or checking ({ex.GetType().Name}: {ex.Message}); please report it. 读取或检查时发生内部错误，请报告。");
            return null;
        }
    }

    /// <summary>The exit code: 2 when any input could not be read, else 1 when a finding reaches <see cref="CheckSettings.FailOn"/>, else 0.</summary>
    public static int ExitCode(IReadOnlyList<RunEntry> entries, Severity failOn)
    {
        if (entries.Any(e => e.Checked is null))
            return CommandLine.BadInput;
        return entries.Any(e => e.Checked!.Result.Diagnostics.Any(d => d.Severity <= failOn)) ? CommandLine.FindingsFound : CommandLine.Success;
    }
}
