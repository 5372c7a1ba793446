using BenchmarkDotNet.Attributes;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>Parsing and formatting amounts as documents write them.</summary>
[MemoryDiagnoser]
public class AmountBenchmarks
{
    private static readonly Amount Value = Amount.Parse("3653.30", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parse a grouped amount.</summary>
    /// <returns>The amount.</returns>
    [Benchmark]
    public Amount ParseGrouped() => Amount.Parse("23,053.86", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Format in the documents' style with the unit.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string FormatWithUnit() => Value.Format(AmountUnit.WanYuan);

    /// <summary>人民币大写.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string ChineseUppercase() => Value.ToChineseUppercase(AmountUnit.WanYuan);
}
