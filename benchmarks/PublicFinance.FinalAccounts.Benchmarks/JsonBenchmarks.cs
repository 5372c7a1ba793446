using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>Reading and writing the bundled sample report (about 100 KB of JSON, 9 evaluation tables).</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly byte[] SampleUtf8 =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.json"));
    private static readonly FinalAccountsReport Sample = FinalAccountsJson.Deserialize(SampleUtf8);

    /// <summary>UTF-8 bytes → report.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public FinalAccountsReport ReadSample() => FinalAccountsJson.Deserialize(SampleUtf8);

    /// <summary>Report → indented UTF-8 bytes.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] WriteSample() => FinalAccountsJson.SerializeToUtf8Bytes(Sample);
}
