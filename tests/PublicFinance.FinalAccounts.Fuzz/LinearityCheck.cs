using System.Runtime;
using System.Threading;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// A linear-time property checked as a ratio, never as an absolute time: the work at 4× the size may take at most 6×
/// the time at 1× (best of a few runs, after a warm-up), or a stricter <paramref name="Limit"/> for 4× (the reader in the
/// long run: issue 14's "less than 4×" at 1 Mi → 4 Mi characters, which a linear reader meets only when the machine is
/// quiet). Time is the running thread's CPU time (<see cref="CpuClock"/>), not the wall clock: on a machine shared by
/// several builds a wall-clock ratio measures the neighbours. The harness runs with non-concurrent workstation GC (the
/// project file): every collection a run causes is done on the running thread, inside the run, and its amount does not
/// depend on when a background GC thread happened to be scheduled. Before timing, the JIT is settled (no method left
/// to tier up) and allocation is compared exactly (<see cref="AllocationLimit"/>). See docs/performance.md,
/// "Validator, session 8".
/// </summary>
/// <param name="Name">The name printed.</param>
/// <param name="Small">The 1× size.</param>
/// <param name="Large">The 4× size.</param>
/// <param name="Prepare">Builds the input of a size (not timed).</param>
/// <param name="Work">The timed work.</param>
/// <param name="Known">True when a failure is a defect owned by other work (reported, fails only with --strict).</param>
/// <param name="Limit">
/// The largest ratio accepted at 4× the size (scaled for other size ratios); <see cref="MaxRatio"/> by default.
/// </param>
internal sealed record LinearityCheck(
    string Name, int Small, int Large, Func<int, object> Prepare, Action<object> Work, bool Known = false,
    double Limit = LinearityCheck.MaxRatio)
{
    /// <summary>The largest ratio accepted for 4× the size.</summary>
    public const double MaxRatio = 6.0;

    /// <summary>Measurement rounds per attempt: each round times one 1× and one 4× run, alternately.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>
    /// Work calls per timed run (the same at both sizes): for work whose largest input is bounded (the JSON reader's
    /// 16 MiB), so that each timing is long enough for the CPU clock and the machine's noise.
    /// </summary>
    public int Repeat { get; init; } = 1;

    /// <summary>
    /// A small input for the JIT warm-up (<see cref="SettleJit"/>), run many times; by default the work at 1/64 of
    /// <see cref="Small"/>.
    /// </summary>
    public Func<object>? Tiny { get; init; }

    /// <summary>Warm-up passes at most (each: <see cref="TinyRunsPerPass"/> tiny runs, a pause; the first also a 1× run).</summary>
    private const int MaxWarmUpPasses = 12;

    /// <summary>
    /// Tiny runs per warm-up pass: more than the 30 calls after which tiered compilation promotes a method, so that a
    /// method called once per run is promoted within a pass or two.
    /// </summary>
    private const int TinyRunsPerPass = 40;

    /// <summary>
    /// The pause after each warm-up pass, in ms: longer than the runtime's 100 ms call-counting delay, so that the
    /// methods counted in the pass are queued and compiled by the background thread before the next pass looks.
    /// </summary>
    private const int WarmUpPauseMs = 150;

    /// <summary>
    /// When set: the largest ratio of the bytes allocated at 4× the size to those at 1× (exact, measured once after
    /// the warm-up; scaled for other size ratios). Allocation does not depend on the machine's load, so a limit near 4
    /// catches growth that the time ratio's noise would hide.
    /// </summary>
    public double? AllocationLimit { get; init; }

    /// <summary>
    /// Runs the check; returns a finding when the ratio exceeds <see cref="Limit"/> (or the allocation ratio exceeds
    /// <see cref="AllocationLimit"/>). The 1× and 4× runs alternate (<see cref="Rounds"/> of each), every run after a
    /// full collection, and the ratio is of the fastest 4× run to the fastest 1× run: a neighbour's burst slows single
    /// runs, never all of them, so the minimum is the work's own cost. A failing ratio is measured up to three times
    /// (best kept): a quadratic cost (ratio ≈ 16) fails every attempt.
    /// </summary>
    public Finding? Run(Action<string> log) => Run(log, out _);

    /// <summary>Runs the check (see <see cref="Run(Action{string})"/>) and gives the ratio measured.</summary>
    public Finding? Run(Action<string> log, out double measured)
    {
        var small = Prepare(Small);
        var large = Prepare(Large);
        // Warm-up: the JIT settled (see SettleJit), then one run at the 4× size, so that the heap has grown to what
        // the 4× run needs before anything is timed — otherwise the first timed 4× runs pay for committing fresh
        // pages, a cost of a process's first large input, not of each row or character read. With GCRetainVM (the
        // project file) the pages stay committed between runs, as in a long-running process that reads one file
        // after another.
        var passes = SettleJit(Tiny?.Invoke() ?? Prepare(Math.Max(1, Small / 64)), small);
        Work(large);
        var scale = (double)Large / Small;
        var (smallBytes, largeBytes) = (Allocated(small), Allocated(large));
        var allocationRatio = (double)largeBytes / Math.Max(smallBytes, 1);
        var jitBefore = JitInfo.GetCompiledMethodCount();
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
            var attemptNote = attempt > 1 ? $" (attempt {attempt})" : string.Empty;
            log($"  linearity {Name}: {Small:N0} → {smallTime:F1} ms, {Large:N0} → {largeTime:F1} ms, "
                + $"ratio {ratio:F2} for {scale:F1}× "
                + $"(limit {limit:F1}; best of {Rounds}){attemptNote}");
        }

        var jitted = JitInfo.GetCompiledMethodCount() - jitBefore;
        log($"    allocated {smallBytes / 1e6:F2} → {largeBytes / 1e6:F2} MB per run (ratio {allocationRatio:F3}"
            + (AllocationLimit is { } most ? $", limit {most * scale / 4:F2})" : ")")
            + $"; JIT settled after {passes} warm-up passes, {jitted} methods compiled while timing");
        measured = best;
        if (best > limit)
        {
            return new Finding("linearity: " + Name, $"ratio {best:F2} at {scale:F1}× the size", Known);
        }

        return AllocationLimit is { } allocationLimit && allocationRatio > allocationLimit * scale / 4
            ? new Finding("linearity: allocation of " + Name, $"allocation ratio {allocationRatio:F3} at {scale:F1}× the size", Known)
            : null;
    }

    /// <summary>The bytes one run allocates on this thread (exact).</summary>
    private long Allocated(object input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Work(input);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Runs the tiny input <see cref="TinyRunsPerPass"/> times per pass (and the 1× input in the first), then pauses, until a pass
    /// compiles no method (<see cref="JitInfo.GetCompiledMethodCount"/> unchanged) or <see cref="MaxWarmUpPasses"/>
    /// passes: tiered compilation has then promoted what the work calls, so no timed run pays for the background
    /// thread's recompilation (counted in the process's CPU time) or runs partly in unoptimised code — a cost of the
    /// process's first runs, not of the input's size. Returns the passes made.
    /// </summary>
    private int SettleJit(object tiny, object small)
    {
        var compiled = JitInfo.GetCompiledMethodCount();
        for (var pass = 1; pass <= MaxWarmUpPasses; pass++)
        {
            for (var i = 1; i < TinyRunsPerPass; i++)
            {
                Work(tiny);
            }

            // The timing's own calls (a full collection, the CPU clock) are warmed up with the work; the 1× input once,
            // for what only a large input reaches.
            Time(tiny);
            if (pass == 1)
            {
                Work(small);
            }

            Thread.Sleep(WarmUpPauseMs);
            var now = JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return pass;
            }

            compiled = now;
        }

        return MaxWarmUpPasses;
    }

    /// <summary>
    /// The CPU time of one run (<see cref="Repeat"/> calls of the work, each after a full collection that is not
    /// timed), in ms. Every call starts with the same empty young generation, so a collection falls inside a timed
    /// call only when that call's own allocation fills the budget — not at a phase left by an earlier call.
    /// </summary>
    private double Time(object input)
    {
        var total = 0.0;
        for (var i = 0; i < Repeat; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = CpuClock.ThreadMilliseconds();
            Work(input);
            total += CpuClock.ThreadMilliseconds() - before;
        }

        return total;
    }
}
