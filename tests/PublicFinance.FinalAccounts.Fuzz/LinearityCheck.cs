using System;
using System.Diagnostics;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// A linear-time property checked as a ratio, never as an absolute time: the work at 4× the size may take at most 6×
/// the time at 1× (best of a few runs, after a warm-up), or a stricter <paramref name="Limit"/> for 4× (the reader in the
/// long run: issue 14's "less than 4×" at 1 Mi → 4 Mi characters, which a linear reader meets only when the machine is
/// quiet). Time is the process's CPU time, not the wall clock: on a machine shared by several builds a wall-clock ratio
/// measures the neighbours. The harness runs with non-concurrent workstation GC (the project file): every collection a
/// run causes is done on the running thread, inside the run, and its amount does not depend on when a background GC
/// thread happened to be scheduled.
/// </summary>
/// <param name="Name">The name printed.</param>
/// <param name="Small">The 1× size.</param>
/// <param name="Large">The 4× size.</param>
/// <param name="Prepare">Builds the input of a size (not timed).</param>
/// <param name="Work">The timed work.</param>
/// <param name="Known">True when a failure is a defect owned by other work (reported, fails only with --strict).</param>
/// <param name="Limit">The largest ratio accepted at 4× the size (scaled for other size ratios); <see cref="MaxRatio"/> by default.</param>
internal sealed record LinearityCheck(string Name, int Small, int Large, Func<int, object> Prepare, Action<object> Work, bool Known = false, double Limit = LinearityCheck.MaxRatio)
{
    /// <summary>The largest ratio accepted for 4× the size.</summary>
    public const double MaxRatio = 6.0;

    /// <summary>Measurement rounds per attempt: each round times one 1× and one 4× run, alternately.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>
    /// Runs the check; returns a finding when the ratio exceeds <see cref="Limit"/>. The 1× and 4× runs alternate
    /// (<see cref="Rounds"/> of each), every run after a full collection, and the ratio is of the fastest 4× run to the
    /// fastest 1× run: a neighbour's burst slows single runs, never all of them, so the minimum is the reader's own
    /// cost. A failing ratio is measured up to three times (best kept): a quadratic cost (ratio ≈ 16) fails every attempt.
    /// </summary>
    public Finding? Run(Action<string> log) => Run(log, out _);

    /// <summary>Runs the check (see <see cref="Run(Action{string})"/>) and gives the ratio measured.</summary>
    public Finding? Run(Action<string> log, out double measured)
    {
        var small = Prepare(Small);
        var large = Prepare(Large);
        // Warm-up: a tiny run (JIT), then one run at each size, so that tiered compilation has settled and the heap has
        // grown to what the 4× run needs before anything is timed — otherwise the first timed 4× runs pay for the
        // runtime's background recompilation (counted in the process's CPU time) and for committing fresh pages, costs
        // of a process's first large input, not of each character read. With GCRetainVM (the project file) the pages
        // stay committed between runs, as in a long-running process that reads one file after another.
        Work(Prepare(Math.Max(1, Small / 16)));
        Work(small);
        Work(large);
        var scale = (double)Large / Small;
        var limit = Limit * scale / 4;
        var best = double.MaxValue;
        for (var attempt = 1; attempt <= 3 && best > limit; attempt++)
        {
            var smallTime = double.MaxValue;
            var largeTime = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                smallTime = Math.Min(smallTime, Time(small));
                largeTime = Math.Min(largeTime, Time(large));
            }

            var ratio = largeTime / Math.Max(smallTime, 0.001);
            best = Math.Min(best, ratio);
            log($"  linearity {Name}: {Small:N0} → {smallTime:F1} ms, {Large:N0} → {largeTime:F1} ms, ratio {ratio:F2} for {scale:F1}× (limit {limit:F1}){(attempt > 1 ? " (attempt " + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)}");
        }

        measured = best;
        return best <= limit
            ? null
            : new Finding("linearity: " + Name, $"ratio {best:F2} at {scale:F1}× the size", Known);
    }

    /// <summary>The process CPU time of one run, in ms, after a full collection (so that no run pays for another's garbage).</summary>
    private double Time(object input)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        Work(input);
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
