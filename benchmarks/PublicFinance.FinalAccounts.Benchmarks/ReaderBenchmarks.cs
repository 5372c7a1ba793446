using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>Reading disclosure text: the 45 KB seed, and 0.25 MB / 1 MB inputs that would hurt a backtracking parser.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private static readonly string Seed =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt"));

    private static readonly byte[] SeedBytes = Encoding.UTF8.GetBytes(Seed);

    private string sentences = string.Empty;
    private string separators = string.Empty;
    private string unterminated = string.Empty;

    /// <summary>Input size in characters; two sizes show that time grows linearly.</summary>
    [Params(250_000, 1_000_000)]
    public int Size { get; set; }

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        sentences = Of("本年收入 1,234.56 万元，比上年增加 1.00 万元，增长 1.00%，其中：财政拨款收入 1.00 万元，占 1.00%。");
        separators = Of("1,");
        unterminated = Of("其他收入 1.00 万元，");
    }

    private string Of(string unit)
    {
        var sb = new StringBuilder("# 测试局 2023 年度部门决算公开说明\n## 二、收入决算情况说明\n");
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    /// <summary>The yardstick of issue 8's speed target: decoding the seed's UTF-8 bytes, nothing else.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public string DecodeSeedUtf8() => Encoding.UTF8.GetString(SeedBytes);

    /// <summary>The seed from its bytes: decoding (with detection) and reading, as <c>finacct check</c> does.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadSeedBytes() => DisclosureReader.Read(SeedBytes, DisclosureEncoding.Auto);

    /// <summary>The seed disclosure, narrative and nine performance tables.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadSeed() => DisclosureReader.Read(Seed);

    /// <summary>Figure-dense sentences.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadFigureDenseSentences() => DisclosureReader.Read(sentences);

    /// <summary>"1,1,1,…" — one endless number-like run.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadSeparators() => DisclosureReader.Read(separators);

    /// <summary>A single sentence without a full stop.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadWithoutSentenceEnd() => DisclosureReader.Read(unterminated);
}
