using System;
using System.Diagnostics;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// A linear-time property checked as a ratio, never as an absolute time: the work at 4× the size may take at most 6×
/// the time at 1× (best of a few runs, after a warm-up), or a stricter <paramref name="Limit"/> for 4× (the reader in the
/// long run: issue 14's "less than 4×" at 1 Mi → 4 Mi characters, which a linear reader meets only when the machine is
/// quiet). Time is the process's CPU time, not the wall clock: on a machine shared by several builds a wall-clock ratio
/// measures the neighbours.
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

    /// <summary>
    /// Runs the check; returns a finding when the ratio exceeds <see cref="Limit"/>. A failing ratio is measured up to
    /// three times (best ratio kept): on a shared machine a single pause must not fail the run, while a quadratic cost
    /// (ratio ≈ 16) fails every attempt.
    /// </summary>
    public Finding? Run(Action<string> log)
    {
        var small = Prepare(Small);
        var large = Prepare(Large);
        Work(Prepare(Math.Max(1, Small / 16)));   // warm-up (JIT)
        var scale = (double)Large / Small;
        var limit = Limit * scale / 4;
        var best = double.MaxValue;
        for (var attempt = 1; attempt <= 3 && best > limit; attempt++)
        {
            var smallTime = Best(small, 5);   // the best of five 1× runs: one slow run never makes the ratio look good
            var largeTime = Best(large, smallTime > 1_000 ? 1 : 3);   // the best of three 4× runs when they are short
            var ratio = largeTime / Math.Max(smallTime, 0.001);
            best = Math.Min(best, ratio);
            log($"  linearity {Name}: {Small:N0} → {smallTime:F1} ms, {Large:N0} → {largeTime:F1} ms, ratio {ratio:F2} for {scale:F1}× (limit {limit:F1}){(attempt > 1 ? " (attempt " + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty)}");
        }

        return best <= limit
            ? null
            : new Finding("linearity: " + Name, $"ratio {best:F2} at {scale:F1}× the size", Known);
    }

    private double Best(object input, int runs)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            // Collect first, so that one run does not pay for the garbage of the previous one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            Work(input);
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds);
        }

        return best;
    }
}
