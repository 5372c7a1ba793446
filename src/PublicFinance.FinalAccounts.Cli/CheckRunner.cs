using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Reads and checks the inputs of a run (批量检查) as a stream: at most <see cref="CheckSettings.Jobs"/> inputs at once,
/// each result handed on in input order as soon as it and every input before it are done (a reorder window of twice the
/// degree of parallelism bounds how far the workers run ahead), then dropped — a run keeps only each input's
/// <see cref="EntrySummary"/>, so memory does not grow with the number of reports. One unreadable input is reported and
/// the others are still checked. On a terminal a progress bar is shown and the output is written when it ends.
/// </summary>
internal static class CheckRunner
{
    /// <summary>
    /// Reads and checks every input (or, with <c>--combine</c>, all of them as one disclosure) and writes them to
    /// <paramref name="output"/> in input order, each input's errors on standard error first; returns the run's counts
    /// (its exit code: <see cref="RunSummary.ExitCode"/>).
    /// </summary>
    public static RunSummary Run(IReadOnlyList<InputSource> sources, CheckSettings settings, CliContext context, ICheckOutput output)
    {
        var summary = new RunSummary();
        void Emit(CliContext to, RunEntry entry)
        {
            using var probe = StageProbe.Measure(StageProbe.Stage.WriteOutput);
            to.Error.Write(entry.Errors);
            summary.Add(EntrySummary.Of(output.Write(to, entry), settings.FailOn));
        }

        if (settings.Combine)
        {
            using var errors = new StringWriter(CultureInfo.InvariantCulture);
            var loaded = InputLoader.LoadCombined(sources, settings.TextInput, errors);
            var checkedInput = loaded is null ? null : settings.Checker.Check(loaded, errors);
            output.Begin(context);
            Emit(context, new RunEntry(loaded?.Name ?? string.Join(" + ", sources.Select(s => s.Name)), checkedInput, errors.ToString()));
        }
        else if (!context.Interactive || sources.Count <= 1)
        {
            output.Begin(context);
            Stream(sources, settings, output, entry => Emit(context, entry));
        }
        else
        {
            // A live progress bar and streamed lines would overwrite each other: the output waits until the bar is gone.
            using var held = new StringWriter(CultureInfo.InvariantCulture);
            using var heldErrors = new StringWriter(CultureInfo.InvariantCulture);
            var buffered = context with { Out = held, Error = heldErrors, Utf8Out = null };
            output.Begin(buffered);
            AnsiConsole.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask(CliMessages.ProgressLabel, maxValue: sources.Count);
                Stream(sources, settings, output, entry =>
                {
                    Emit(buffered, entry);
                    task.Increment(1);
                });
            });
            context.Error.Write(heldErrors.ToString());
            context.Out.Write(held.ToString());
        }

        output.End(context, summary);
        return summary;
    }

    /// <summary>
    /// The bounded, ordered pipeline: workers take the inputs in order, at most <c>2 × jobs</c> past the first one not
    /// yet handed on; each formats its input's output block itself (<see cref="ICheckOutput.Prepare"/>, in parallel);
    /// whoever completes the first one hands on it and every finished one after it, under one lock, where the blocks
    /// are only written.
    /// </summary>
    private static void Stream(IReadOnlyList<InputSource> sources, CheckSettings settings, ICheckOutput output, Action<RunEntry> inOrder)
    {
        var count = sources.Count;
        var jobs = Math.Max(1, Math.Min(settings.Jobs, count));
        var finished = new RunEntry?[count];
        using var window = new SemaphoreSlim(2 * jobs);
        var next = -1;
        var handedOn = 0;
        var gate = new object();
        using var stop = new CancellationTokenSource();

        void Work()
        {
            try
            {
                WorkUntilDone();
            }
            catch
            {
                stop.Cancel();   // the output failed (say, a closed pipe): the other workers stop waiting for the window
                throw;
            }
        }

        void WorkUntilDone()
        {
            while (true)
            {
                window.Wait(stop.Token);
                var i = Interlocked.Increment(ref next);
                if (i >= count)
                {
                    window.Release();
                    return;
                }

                using var errors = new StringWriter(CultureInfo.InvariantCulture);
                var entry = new RunEntry(sources[i].Name, LoadAndCheck(sources[i], settings, errors), errors.ToString());
                using (StageProbe.Measure(StageProbe.Stage.FormatOutput))
                {
                    entry = entry with { Block = output.Prepare(entry) };
                }

                lock (gate)
                {
                    finished[i] = entry;
                    while (handedOn < count && finished[handedOn] is { } ready)
                    {
                        finished[handedOn++] = null;   // dropped once handed on: only its summary stays
                        inOrder(ready);
                        window.Release();
                    }
                }
            }
        }

        if (jobs == 1)
        {
            Work();
        }
        else
        {
            Parallel.For(0, jobs, new ParallelOptions { MaxDegreeOfParallelism = jobs }, _ => Work());
        }
    }

    /// <summary>
    /// Loads and checks one input; null with the reasons on <paramref name="errors"/> when it cannot be. This is what
    /// <c>render</c> needs for one input: the report, the validation result, the source name and text.
    /// </summary>
    /// <remarks>
    /// Compiled once, without optimisation, and never re-compiled: the .NET 10 JIT (runtime 10.0.12), re-compiling this
    /// method at tier 1 with the profile a long run had collected, allocated native memory without bound (a test host
    /// reached 24 GB and was killed by the kernel; a dump showed the tiered-compilation worker inside the JIT, compiling
    /// this method). It runs once per input, so optimising it gains nothing; its callees are still optimised.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoOptimization | MethodImplOptions.NoInlining)]
    public static CheckedInput? LoadAndCheck(InputSource source, CheckSettings settings, TextWriter errors)
    {
        LoadedInput? loaded = null;
        try
        {
            loaded = InputLoader.Load(source, settings.TextInput, errors);
            return loaded is null ? null : settings.Checker.Check(loaded, errors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ThreadInterruptedException)
        {
            // A defect, not bad input: named as such, with the input, so the run goes on with the other inputs.
            errors.WriteLine("error: " + CliMessages.InternalError(source.Name, ex.GetType().Name, ex.Message));
            return null;
        }
        finally
        {
            loaded?.ReturnBuffer();   // the checked input keeps no reference to it
        }
    }
}
