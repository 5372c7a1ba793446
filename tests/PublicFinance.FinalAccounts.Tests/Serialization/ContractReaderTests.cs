using System.Text;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The fast path of reading (<see cref="ContractReader"/>) reads exactly what the contract (System.Text.Json) reads, or
/// gives up: on every committed document both paths give equal reports or the same error (message and path); on
/// mutated documents the fast path's report, when it gives one, equals the contract's; each strictness rule of the
/// contract makes it give up; and its generated part is current.
/// </summary>
public class ContractReaderTests
{
    /// <summary>The committed report documents: the sample, every conformance case's report, the fuzz reproducers.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { Path.Combine("samples", TestFiles.SampleJsonName) };
        foreach (var folder in new[] { "conformance/cases", "conformance/invalid", "TestData/fuzz-repros" })
        {
            var directory = Path.Combine(AppContext.BaseDirectory, folder);
            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
            }
        }

        return data;
    }

    [Fact]
    public void GeneratedReader_IsCurrent()
        => GeneratedFile.Check(
            ContractReaderGenerator.RelativePath,
            ContractReaderGenerator.Generate(),
            "FINACCT_UPDATE_CONTRACT_READER",
            "The model or its contract changed: the fast reader must be made again from the metadata. ");

    [Fact]
    public void Sample_IsReadByTheFastPath_EqualToTheContract()
    {
        // The sample is a valid report written by the contract's writer: the fast path must read it (not give up), or
        // reading would silently lose its speed.
        var bytes = File.ReadAllBytes(TestFiles.SampleJsonPath);
        var fast = ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth);
        Assert.NotNull(fast);
        Assert.Equal(FinalAccountsJson.Deserialize(bytes, null, fastPath: false), fast);
        Assert.Equal(FinalAccountsJson.Serialize(fast), File.ReadAllText(TestFiles.SampleJsonPath).ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void CommittedDocument_ReadsTheSameBothWays(string relativePath) => AssertSameBothWays(DocumentBytes(relativePath));

    /// <summary>The report of a committed document as UTF-8 JSON.</summary>
    internal static byte[] DocumentBytes(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

        // A conformance case holds its report in "report"; a file without one is read whole (a reproducer, the sample).
        var node = JsonNode.Parse(text, documentOptions: new() { AllowDuplicateProperties = true });
        var json = relativePath.StartsWith("conformance", StringComparison.Ordinal) && node is JsonObject o && o["report"] is { } r
            ? r.ToJsonString()
            : text;
        return Encoding.UTF8.GetBytes(json);
    }

    [Theory]
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\": \"WanYuan\"")]                       // enums: exact case only
    [InlineData("\"amount\": \"3653.30\"", "\"amount\": 3653.30")]                       // a figure as a number
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 1024")]                          // bounds of an integer
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\",", "")]                             // a required member missing
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\": \"wanYuan\", \"extra\": 1")]          // an unknown member
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\": \"wanYuan\", \"unit\": \"wanYuan\"")] // a repeated member
    [InlineData("\"narrative\": {", "\"narrative\": null, \"x\": {")]                      // null
    [InlineData("\"unit\": \"wanYuan\"", "\"un\\u0069t\": \"wanYuan\"")]                 // an escaped name (read by the contract)
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"")]              // a pattern
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\": \"wanYuan\" /* c */")]                // a comment
    [InlineData("\"unit\": \"wanYuan\",", "\"unit\": \"wanYuan\",,")]                     // broken syntax
    public void EveryStrictnessRule_MakesTheFastPathGiveUp_AndTheContractDecide(string find, string replace)
    {
        var sample = File.ReadAllText(TestFiles.SampleJsonPath).ReplaceLineEndings("\n");
        Assert.Contains(find, sample, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(ReplaceFirst(sample, find, replace));

        // The escaped name is a valid report (the contract reads it); every other edit breaks a rule of the contract.
        Assert.Null(ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth));
        AssertSameBothWays(bytes);
    }

    /// <summary>
    /// The fast path's own tokenizer (<see cref="ContractJsonScanner"/>) against System.Text.Json's reader: JSON it reads
    /// (every kind of whitespace, an escaped value, an integer the converter reads from a fraction or an exponent) must
    /// read as the contract reads it; JSON it does not (malformed numbers and literals, control characters, trailing
    /// commas, missing separators) must make it give up, and the contract decide.
    /// </summary>
    [Theory]
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\"\t:\r\n \"wanYuan\"\t", true)]                  // all four whitespace bytes
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2024.0", true)]                             // the converter reads it
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2.024e3", true)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2024.5", false)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 02024", false)]                              // not JSON
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2024x", false)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": 2024 2025", false)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": -", false)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": tru", false)]
    [InlineData("\"fiscalYear\": 2024", "\"fiscalYear\": true", false)]
    [InlineData("\"unit\": \"wanYuan\"", "\"unit\": \"wan\\u0059uan\"", true)]                     // an escaped value
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\"", "\"name\": \"乌鲁木齐\\u5E02人民政府办公室\"", true)]
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\"", "\"name\": \"乌鲁木齐\\\"市\\\\\"", true)]       // escaped quote, backslash
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\"", "\"name\": \"乌鲁\\x木齐\"", false)]           // a bad escape
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\"", "\"name\": \"乌鲁\t木齐\"", false)]              // a raw control character
    [InlineData("\"name\": \"乌鲁木齐市人民政府办公室\"", "\"name\": \"乌鲁木齐", false)]                   // an open string
    [InlineData("\"kind\": \"department\",", "\"kind\": \"department\"", false)]                   // a missing comma
    [InlineData("\"kind\": \"department\",", "\"kind\" \"department\",", false)]                   // a missing colon
    [InlineData("]", ",]", false)]                                                                  // a trailing comma
    [InlineData("\n}", ",\n}", false)]
    public void TokenizerEdges_ReadAsTheContractReads_OrGiveUp(string find, string replace, bool fastReads)
    {
        var sample = File.ReadAllText(TestFiles.SampleJsonPath).ReplaceLineEndings("\n");
        Assert.Contains(find, sample, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(ReplaceFirst(sample, find, replace));
        var fast = ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth);
        Assert.Equal(fastReads, fast is not null);
        if (fast is not null)
        {
            Assert.Equal(FinalAccountsJson.Deserialize(bytes, null, fastPath: false), fast);
        }

        AssertSameBothWays(bytes);
    }

    [Fact]
    public void CompactSample_IsReadByTheFastPath()
    {
        var report = FinalAccountsJson.Deserialize(File.ReadAllBytes(TestFiles.SampleJsonPath));
        var compact = FinalAccountsJson.SerializeToUtf8Bytes(report, indented: false);
        Assert.Equal(report, ContractReader.TryRead(compact, FinalAccountsJsonReadOptions.Default.MaxDepth));
    }

    [Fact]
    public void MalformedUtf8InAString_MakesTheFastPathGiveUp()
    {
        // "乌" is E4 B9 8C: its last byte replaced, the string is no longer UTF-8 (System.Text.Json refuses to decode it).
        var bytes = File.ReadAllBytes(TestFiles.SampleJsonPath);
        var at = bytes.AsSpan().IndexOf("乌"u8);
        bytes[at + 2] = 0xFF;
        Assert.Null(ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth));
        AssertSameBothWays(bytes);
    }

    [Fact]
    public void DepthLimit_IsTheContracts()
    {
        // The sample nests 7 deep: the contract refuses it under a limit below that. The fast path gives up already at
        // the limit (one level early, leaving the contract to decide), so both ways agree for every limit, and a limit
        // above the nesting is read fast.
        var bytes = File.ReadAllBytes(TestFiles.SampleJsonPath);
        for (var maxDepth = 1; maxDepth <= 10; maxDepth++)
        {
            var options = new FinalAccountsJsonReadOptions { MaxDepth = maxDepth };
            var (contract, contractError) = Read(bytes, options, fastPath: false);
            var (fast, fastError) = Read(bytes, options, fastPath: true);
            Assert.Equal(contract, fast);
            Assert.Equal(contractError?.Message, fastError?.Message);
            Assert.Equal(maxDepth > 7, ContractReader.TryRead(bytes, maxDepth) is not null);
        }
    }

    [Fact]
    public void TrailingContent_MakesTheFastPathGiveUp()
    {
        var bytes = Encoding.UTF8.GetBytes(File.ReadAllText(TestFiles.SampleJsonPath) + " {}");
        Assert.Null(ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth));
        AssertSameBothWays(bytes);
    }

    [Property(MaxTest = 300)]
    public Property MutatedDocument_FastPathEqualsTheContractOrGivesUp()
        => Prop.ForAll(Mutants.ToArbitrary(), json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var fast = ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth);
            if (fast is null)
            {
                return true.Label("gave up");
            }

            // What the fast path reads, the contract must read too, and equal.
            var contract = FinalAccountsJson.Deserialize(bytes, null, fastPath: false);
            return (contract == fast).Label(json.Length > 300 ? json.Substring(0, 300) : json);
        });

    /// <summary>
    /// The property above holds vacuously if every mutant makes the fast path give up. Here a fixed sweep of single
    /// value replacements (the mutation most often still valid) over every seed: the fast path must read some of them and
    /// refuse some, and each one it reads must equal the contract's reading.
    /// </summary>
    [Fact]
    public void ValueReplacements_AreReadByTheFastPathOrRefused_NotAlwaysOneOrTheOther()
    {
        var read = 0;
        var refused = 0;
        foreach (var seed in Seeds)
        {
            for (var k = 0; k < 60; k++)
            {
                var json = Mutate(seed, k * 7919, 0);
                var bytes = Encoding.UTF8.GetBytes(json);
                var fast = ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth);
                if (fast is null)
                {
                    refused++;
                    continue;
                }

                read++;
                Assert.Equal(FinalAccountsJson.Deserialize(bytes, null, fastPath: false), fast);
            }
        }

        // Some replacements keep the document valid ("0.00" for an amount, "increase" for a direction), others do not
        // (null, {}, an out-of-range number): both kinds occur in a sweep over every value of the list.
        Assert.True(read > 0, "no mutant was read by the fast path");
        Assert.True(refused > 0, "no mutant was refused by the fast path");
    }

    /// <summary>The documents the mutations start from.</summary>
    internal static readonly string[] Seeds = SeedDocuments();

    /// <summary>
    /// The fuzz harness's kinds of mutation (tests/PublicFinance.FinalAccounts.Fuzz/Mutator.cs), one to three at once, on
    /// the sample and a few conformance reports: a number or a string replaced by an interesting value, a span deleted
    /// or duplicated, a punctuation character replaced or inserted, a member's name changed in case.
    /// </summary>
    internal static readonly Gen<string> Mutants =
        from seed in Gen.Elements(Seeds)
        from edits in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 6)), n))
        select edits.Aggregate(seed, (text, edit) => Mutate(text, edit.Item1, edit.Item2));

    private static readonly string[] Values =
    [
        "\"0\"", "\"-0\"", "\"0.00\"", "\"1e3\"", "\"9999999999999999.999999999999\"", "\"10000000000000000\"", "1", "-1",
        "2147483648", "\"\"", "\"wanYuan\"", "\"yuan\"", "\"Yuan\"", "\"increase\"", "\"2010301\"", "\"30101\"", "null", "true",
        "{}", "[]", "\"\\u0041\"", "\"-12.5\"", "1.5",
    ];

    private static readonly string[] Punctuation = ["{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", ".", " ", "\n"];

    /// <summary>One mutation of <paramref name="kind"/> (0–6) at a place chosen by <paramref name="at"/>.</summary>
    internal static string Mutate(string text, int at, int kind)
    {
        var position = at % text.Length;
        switch (kind)
        {
            case 0:
            case 1:
            {
                // The value after the next ": " (a member's value) replaced by an interesting one.
                var colon = text.IndexOf(": ", position, StringComparison.Ordinal);
                if (colon < 0)
                {
                    return text;
                }

                var end = text.IndexOfAny([',', '\n', '}', ']'], colon + 2);
                var start = colon + 2;
                return end < 0 || text[start] is '{' or '[' ? text : text[..start] + Values[at % Values.Length] + text[end..];
            }

            case 2:
                return text.Remove(position, Math.Min(1 + (at % 40), text.Length - position));
            case 3:
            {
                var length = Math.Min(1 + (at % 60), text.Length - position);
                return text.Insert(position, text.Substring(position, length));
            }

            case 4:
                return text[..position] + Punctuation[at % Punctuation.Length] + text[(position + 1)..];
            case 5:
                return text.Insert(position, Punctuation[at % Punctuation.Length]);
            default:
            {
                // A member name with its first letter upper-cased (the contract matches names exactly).
                var quote = text.IndexOf("\": ", position, StringComparison.Ordinal);
                var open = quote < 0 ? -1 : text.LastIndexOf('"', quote - 1);
                return open < 0 || !char.IsLower(text[open + 1])
                    ? text
                    : text[..(open + 1)] + char.ToUpperInvariant(text[open + 1]) + text[(open + 2)..];
            }
        }
    }

    private static string[] SeedDocuments()
    {
        var cases = Path.Combine(AppContext.BaseDirectory, "conformance", "cases");
        var reports = Directory.GetFiles(cases, "*.json").Order(StringComparer.Ordinal).Take(6)
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!["report"]!.ToJsonString(new() { WriteIndented = true }));
        return [File.ReadAllText(TestFiles.SampleJsonPath).ReplaceLineEndings("\n"), .. reports];
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static void AssertSameBothWays(byte[] bytes)
    {
        var (contract, contractError) = Read(bytes, null, fastPath: false);
        var (fast, fastError) = Read(bytes, null, fastPath: true);
        Assert.Equal(contract, fast);
        Assert.Equal(contractError?.Message, fastError?.Message);
        Assert.Equal(contractError?.Path, fastError?.Path);
        Assert.Equal(contractError?.LineNumber, fastError?.LineNumber);
    }

    private static (FinalAccountsReport? Report, FinalAccountsJsonException? Error) Read(
        byte[] bytes, FinalAccountsJsonReadOptions? options, bool fastPath)
    {
        try
        {
            return (FinalAccountsJson.Deserialize(bytes, options, fastPath), null);
        }
        catch (FinalAccountsJsonException ex)
        {
            return (null, ex);
        }
    }
}
