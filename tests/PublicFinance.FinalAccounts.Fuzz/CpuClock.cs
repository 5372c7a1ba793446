using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// The CPU time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, nanosecond resolution),
/// else of the process. The checked work runs on the calling thread (the library starts no thread, and the harness's
/// non-concurrent GC collects on the allocating thread), so the thread's time is the work's own; the process's would
/// add the runtime's background threads — the tiered JIT recompiling a method, the finalizer — whose turns fall into
/// one timed run and not the next.
/// </summary>
internal static partial class CpuClock
{
    private const int ThreadCpuTimeClock = 3;

    private static readonly bool ThreadClock = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time in ms (the process's where the thread clock is not available).</summary>
    public static double ThreadMilliseconds()
    {
        if (ThreadClock && clock_gettime(ThreadCpuTimeClock, out var time) == 0)
        {
            return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
