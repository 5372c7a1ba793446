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
    private string repeatedSentences = string.Empty;
    private string brokenSentences = string.Empty;
    private string separators = string.Empty;
    private string unterminated = string.Empty;

    /// <summary>Input size in characters; two sizes show that time grows linearly.</summary>
    [Params(250_000, 1_000_000)]
    public int Size { get; set; }

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // Session 38: the figures vary (N counts the units), so no paragraph repeats another and is read once
        // (RepeatsAParagraph); paragraphs are cut at Paragraphs.MaxParagraphLength (32 Ki characters) when no line ends them.
        sentences = Of(n => $"本年收入 {n}.56 万元，比上年增加 {n % 97 + 1}.00 万元，增长 1.00%，其中：财政拨款收入 {n % 89 + 1}.00 万元，占 1.00%。");
        repeatedSentences = Of(_ => "本年收入 1,234.56 万元，比上年增加 1.00 万元，增长 1.00%，其中：财政拨款收入 1.00 万元，占 1.00%。");
        brokenSentences = Of(n => $"本年收入 {n}.56 万元，比上年增加 {n % 97 + 1}.00 万元，增长 1.00%，其中：财政拨款收入 {n % 89 + 1}.00 万元，占 1.00%。"
            + (n % 4 == 0 ? "\n" : string.Empty));
        separators = Of(_ => "1,");
        unterminated = Of(n => $"其他收入 {n}.00 万元，");
    }

    private string Of(Func<int, string> unit)
    {
        var sb = new StringBuilder("# 测试局 2023 年度部门决算公开说明\n## 二、收入决算情况说明\n");
        for (var n = 1; sb.Length < Size; n++)
        {
            sb.Append(unit(n));
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

    /// <summary>Figure-dense sentences, each with figures of its own, in paragraphs of 32 Ki characters (no line break).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadFigureDenseSentences() => DisclosureReader.Read(sentences);

    /// <summary>The same figure-dense sentences with a line break after every fourth: paragraphs of ≈ 250 characters.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadFigureDenseLines() => DisclosureReader.Read(brokenSentences);

    /// <summary>
    /// One figure-dense sentence repeated (the benchmark's input before session 38): the first 32 Ki characters are read,
    /// every later piece repeats it and is one note, so this measures the repeat check, not the reader's cost per byte.
    /// </summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadRepeatedParagraphs() => DisclosureReader.Read(repeatedSentences);

    /// <summary>"1,1,1,…" — one endless number-like run.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadSeparators() => DisclosureReader.Read(separators);

    /// <summary>A single sentence without a full stop, each clause's figure its own.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public DisclosureReadResult ReadWithoutSentenceEnd() => DisclosureReader.Read(unterminated);
}
