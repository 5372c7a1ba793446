using System;
using System.Diagnostics;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>
/// Runs an operation until its JIT-compiled code has settled (tiered compilation 稳态): BenchmarkDotNet's pilot and warm-up
/// stop after a few hundred calls, while tier-0 code, on-stack replacement and dynamic PGO's instrumented code need
/// ≈ 7,500 validations (≈ 3 s) before the optimised code runs — docs/performance.md "Session 29: validation".
/// </summary>
internal static class SteadyState
{
    /// <summary>Calls per block.</summary>
    private const int BlockCalls = 512;

    /// <summary>The fewest calls before the steady state may be declared (16 blocks).</summary>
    private const int MinimumCalls = 8_192;

    /// <summary>Consecutive blocks that must not beat the best block by more than <see cref="Tolerance"/>.</summary>
    private const int SettledBlocks = 8;

    /// <summary>How much faster than the best block a block may be and still count as settled (3 %).</summary>
    private const double Tolerance = 0.03;

    /// <summary>The cap on the warm-up, whatever the load.</summary>
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs <paramref name="operation"/> in blocks of <see cref="BlockCalls"/> calls, at least <see cref="MinimumCalls"/>
    /// calls in all, until <see cref="SettledBlocks"/> consecutive blocks do not beat the best block before them by more
    /// than <see cref="Tolerance"/>, or <see cref="Cap"/> has passed.
    /// </summary>
    /// <typeparam name="T">The operation's result (kept, so that the call is not optimised away).</typeparam>
    /// <param name="operation">The benchmark's operation.</param>
    /// <returns>The number of calls made.</returns>
    public static int Reach<T>(Func<T> operation)
    {
        var total = Stopwatch.StartNew();
        var best = long.MaxValue;
        var settled = 0;
        var calls = 0;
        object? sink = null;
        while (total.Elapsed < Cap)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < BlockCalls; i++)
            {
                sink = operation();
            }

            var ticks = Stopwatch.GetTimestamp() - start;
            calls += BlockCalls;

            // A block settles when it is no more than 3 % faster than the best one seen so far: the code did not get faster.
            settled = ticks >= best * (1 - Tolerance) ? settled + 1 : 0;
            best = Math.Min(best, ticks);
            if (calls >= MinimumCalls && settled >= SettledBlocks)
            {
                break;
            }
        }

        GC.KeepAlive(sink);
        return calls;
    }
}
