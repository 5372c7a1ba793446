using System;
using System.Diagnostics;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// A linear-time property checked as a ratio, never as an absolute time: the work at 4× the size may take at most 6×
/// the time at 1× (best of a few runs, after a warm-up).
/// </summary>
/// <param name="Name">The name printed.</param>
/// <param name="Small">The 1× size.</param>
/// <param name="Large">The 4× size.</param>
/// <param name="Prepare">Builds the input of a size (not timed).</param>
/// <param name="Work">The timed work.</param>
/// <param name="Known">True when a failure is a defect owned by other work (reported, fails only with --strict).</param>
internal sealed record LinearityCheck(string Name, int Small, int Large, Func<int, object> Prepare, Action<object> Work, bool Known = false)
{
    /// <summary>The largest ratio accepted for 4× the size.</summary>
    public const double MaxRatio = 6.0;

    /// <summary>
    /// Runs the check; returns a finding when the ratio exceeds <see cref="MaxRatio"/>. A failing ratio is measured up to
    /// three times (best ratio kept): on a shared machine a single pause must not fail the run, while a quadratic cost
    /// (ratio ≈ 16) fails every attempt.
    /// </summary>
    public Finding? Run(Action<string> log)
    {
        var small = Prepare(Small);
        var large = Prepare(Large);
        Work(Prepare(Math.Max(1, Small / 16)));   // warm-up (JIT)
        var scale = (double)Large / Small;
        var limit = MaxRatio * scale / 4;
        var best = double.MaxValue;
        for (var attempt = 1; attempt <= 3 && best > limit; attempt++)
        {
            var smallTime = Best(small, 5);
            var largeTime = Best(large, smallTime > 1_000 ? 1 : 3);
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
            var watch = Stopwatch.StartNew();
            Work(input);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
