using System.Diagnostics;
using System.Threading;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// A measuring probe (阶段计时) switched on by the environment variable <c>FINACCT_PROFILE=1</c>: the time and the bytes
/// allocated by each stage of a run (reading files, deserializing, validating, locating findings, writing output), summed
/// over every input, and the start-up milestones since <c>Main</c>, written to standard error when the process ends.
/// Off (the default) it costs one static boolean test per stage. NativeAOT has no event tracing, so this is how the
/// native build is profiled (docs/performance.md, command line).
/// </summary>
internal static class StageProbe
{
    /// <summary>The environment variable that switches the probe on.</summary>
    public const string Variable = "FINACCT_PROFILE";

    private static readonly string[] Names =
        ["read file", "deserialize", "read text", "validate", "locate findings", "write output", "format output"];
    private static readonly long[] Ticks = new long[Names.Length];
    private static readonly long[] Bytes = new long[Names.Length];
    private static readonly long[] Counts = new long[Names.Length];
    private static readonly Stopwatch SinceMain = Stopwatch.StartNew();
    private static readonly StringWriter Milestones = new(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the probe is on.</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Starts measuring a stage; dispose the scope to end it.</summary>
    public static Scope Measure(Stage stage)
        => Enabled ? new Scope(stage, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>Records a start-up milestone (milliseconds since <c>Main</c>).</summary>
    public static void Mark(string what)
    {
        if (Enabled)
        {
            lock (Milestones)
            {
                Milestones.WriteLine($"probe: {SinceMain.Elapsed.TotalMilliseconds,8:F2} ms  {what}");
            }
        }
    }

    /// <summary>Writes the milestones and the per-stage totals to <paramref name="error"/> (nothing when the probe is off).</summary>
    public static void Report(TextWriter error)
    {
        if (!Enabled)
        {
            return;
        }

        Mark("end");
        error.Write(Milestones.ToString());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        error.WriteLine($"probe: process CPU {cpu:F0} ms, GC collections {collections}, allocated {GC.GetTotalAllocatedBytes() / 1024} KB");
        for (var i = 0; i < Names.Length; i++)
        {
            if (Counts[i] == 0)
            {
                continue;
            }

            var ms = Ticks[i] * 1000.0 / Stopwatch.Frequency;
            var perInput = $"{ms * 1000 / Counts[i],9:F1} µs {Bytes[i] / 1024.0 / Counts[i],9:F1} KB";
            error.WriteLine($"probe: {Names[i],-16} {Counts[i],7} × {perInput}   total {ms,9:F1} ms");
        }
    }

    /// <summary>The stages of a run that the probe tells apart.</summary>
    public enum Stage
    {
        /// <summary>Reading an input file's bytes.</summary>
        ReadFile,

        /// <summary>Report JSON into the model.</summary>
        Deserialize,

        /// <summary>Decoding and reading a 说明 text or a published file.</summary>
        ReadText,

        /// <summary>The validator.</summary>
        Validate,

        /// <summary>Locating findings (JSON line:column, text findings merged).</summary>
        LocateFindings,

        /// <summary>Writing one input's output block (in input order, under the ordering lock).</summary>
        WriteOutput,

        /// <summary>Formatting one input's output block (in the worker, outside the ordering lock).</summary>
        FormatOutput,
    }

    /// <summary>One measured stage (ends when disposed).</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Stage stage;
        private readonly long start;
        private readonly long allocated;

        internal Scope(Stage stage, long start, long allocated)
        {
            this.stage = stage;
            this.start = start;
            this.allocated = allocated;
        }

        /// <summary>Adds the stage's time and allocations to the totals.</summary>
        public void Dispose()
        {
            if (start == 0)
            {
                return;
            }

            var i = (int)stage;
            Interlocked.Add(ref Ticks[i], Stopwatch.GetTimestamp() - start);
            Interlocked.Add(ref Bytes[i], GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref Counts[i]);
        }
    }
}
