using BenchmarkDotNet.Running;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>
/// Runs the benchmarks: dotnet run -c Release --project benchmarks/PublicFinance.FinalAccounts.Benchmarks -- --filter '*'.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
