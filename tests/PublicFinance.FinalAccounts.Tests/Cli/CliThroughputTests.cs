using System.Text;
using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The bulk-check shortcuts give the answers of the plain computations they replace (issue 11): the extent of report
/// JSON from its bytes (no decoded copy), the locator of the findings' pointers only (no pointer text for every value),
/// and the pooled file read (exact bytes, the size limit, files that outgrow their first buffer).
/// </summary>
public sealed class CliThroughputTests : CliTestBase
{
    // Line ends of every kind, white space inside and outside ASCII, a BOM, a surrogate pair, a lone surrogate
    // (encoded as U+FFFD, one code unit like itself) and characters around them.
    private static readonly string[] Pieces = ["a", "中", "\r", "\n", "\r\n", " ", "\t", "\u3000", "\uFEFF", "\u001C", "😀", "\uD800", "{"];

    public CliThroughputTests()
        : base("finacct-throughput-")
    {
    }

    [Property(MaxTest = 500)]
    public Property ExtentOfUtf8_IsTheExtentOfTheDecodedText(PositiveInt seed)
    {
        // Any text made of the pieces above: the byte-level extent must equal the one computed on the decoded string,
        // which is what the JSON input used before (Encoding.UTF8.GetString then ExtentOf).
        var random = new Random(seed.Get);
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = LoadedInput.ExtentOf(Encoding.UTF8.GetString(bytes));
        return (LoadedInput.ExtentOfUtf8(bytes) == expected).Label($"{Escape(text)}: {expected}");
    }

    [Property(MaxTest = 500)]
    public Property TextBlock_IsTheUtf8OfTheBuildersText(PositiveInt seed)
    {
        // The text output's block is encoded from the builder's chunks: appended piece by piece to a builder that starts
        // with room for one character, so chunk boundaries fall everywhere — between the two halves of a surrogate pair
        // too. The bytes must be exactly what a UTF-8 writer writes for the whole text (a lone surrogate as U+FFFD).
        var random = new Random(seed.Get);
        var builder = new StringBuilder(1);
        for (var n = random.Next(0, 40); n > 0; n--)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            var cut = random.Next(0, piece.Length + 1);
            builder.Append(piece.AsSpan(0, cut)).Append(piece.AsSpan(cut));
        }

        var text = builder.ToString();
        var block = PreparedBlock.OfUtf8(builder);
        var bytes = block.Bytes.ToArray();
        block.ReturnBuffer();
        return bytes.SequenceEqual(Encoding.UTF8.GetBytes(text)).Label($"{Escape(text)}: {bytes.Length} bytes");
    }

    [Fact]
    public void ExtentOfUtf8_CountsLinesAndTheLastLinesCodeUnits()
    {
        // "{\r\n  中😀}\n\n": the trailing line ends do not count, so 2 lines; the last line "  中😀}" is 2 + 1 + 2 + 1
        // = 6 UTF-16 code units (the emoji is a surrogate pair).
        Assert.Equal(
            new PublicFinance.FinalAccounts.Validation.SourceSpan(1, 1, 2, 6),
            LoadedInput.ExtentOfUtf8(Encoding.UTF8.GetBytes("{\r\n  中😀}\n\n")));
        Assert.Null(LoadedInput.ExtentOfUtf8(Encoding.UTF8.GetBytes(" \r\n\u3000")));   // blank, U+3000 included
    }

    [Fact]
    public void PointerLocator_OfWantedPointers_AnswersLikeTheFullLocator()
    {
        // The sample report: every located pointer (and one below each, which falls back to it) is asked of a locator
        // built for that pointer only, and of one built for a handful at once; both must answer as the full locator does.
        var bytes = File.ReadAllBytes(SampleJsonPath);
        var full = JsonPointerLocator.Create(bytes);
        var pointers = AllPointers(bytes).Where((_, i) => i % 5 == 0).ToList();
        Assert.True(pointers.Count > 100, $"{pointers.Count} pointers sampled");
        foreach (var pointer in pointers.Concat(pointers.Take(40).Select(p => p + "/missing/0")))
        {
            var expected = full.TryLocate(pointer, out var span);
            var alone = JsonPointerLocator.Create(bytes, [pointer]);
            Assert.Equal((expected, span), (alone.TryLocate(pointer, out var aloneSpan), aloneSpan));
        }

        var several = JsonPointerLocator.Create(bytes, pointers.Take(30).ToList());
        Assert.All(
            pointers.Take(30),
            p => Assert.Equal(full.TryLocate(p, out var s) ? s : default, several.TryLocate(p, out var t) ? t : default));
        // Only the wanted values and their ancestors are located, not the whole document.
        Assert.True(several.Count < full.Count / 4, $"{several.Count} of {full.Count} values located");
        Assert.Equal(0, JsonPointerLocator.Create(bytes, []).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(300_000)]
    public void PooledRead_GivesTheFileBytes(int size)
    {
        // Bytes of a known pattern: what is read must be exactly them, whatever buffer size the pool gave.
        var content = Enumerable.Range(0, size).Select(i => (byte)(i * 7 % 251)).ToArray();
        var path = Path.Combine(Folder, $"f{size}.bin");
        File.WriteAllBytes(path, content);
        Assert.True(InputFile.TryReadBytes(path, InputFile.MaxPublishedBytes, TextWriter.Null, out var buffer, out var length));
        Assert.Equal(size, length);
        Assert.True(buffer.AsSpan(0, length).SequenceEqual(content));
        InputFile.Return(buffer);
    }

    [Fact]
    public void PooledRead_RefusesAFileOverTheLimit()
    {
        // 1,001 bytes against a limit of 1,000: refused with the limit named; 1,000 bytes are read.
        var path = Path.Combine(Folder, "big.txt");
        File.WriteAllBytes(path, new byte[1001]);
        var errors = new StringWriter();
        Assert.False(InputFile.TryReadBytes(path, 1000, errors, out _, out _));
        Assert.Contains("larger than the limit of 1000 bytes", errors.ToString());
        File.WriteAllBytes(path, new byte[1000]);
        Assert.True(InputFile.TryReadBytes(path, 1000, TextWriter.Null, out var buffer, out var length));
        Assert.Equal(1000, length);
        InputFile.Return(buffer);
    }

    [Fact]
    public void Json_OfManyReports_IsTheSameWithOneOrTwoJobs()
    {
        // The sample report under 12 names (findings located in each): the output must not depend on --jobs, and every
        // finding of every file keeps the line:column of its value (the same in every copy, the files being equal).
        var sample = File.ReadAllBytes(SampleJsonPath);
        for (var i = 0; i < 12; i++)
        {
            File.WriteAllBytes(Path.Combine(Folder, $"r{i:00}.json"), sample);
        }

        var (code1, one, _) = Run("check", Folder, "--format", "json", "--jobs", "1");
        var (code2, two, _) = Run("check", Folder, "--format", "json", "--jobs", "2");
        Assert.Equal((0, 0), (code1, code2));
        Assert.Equal(one, two);
        using var doc = System.Text.Json.JsonDocument.Parse(one);
        var spans = doc.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => string.Join(";", f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("span").ToString())))
            .ToList();
        Assert.Equal(12, spans.Count);
        Assert.NotEqual(string.Empty, spans[0]);
        Assert.All(spans, s => Assert.Equal(spans[0], s));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("text")]
    public void Utf8Output_IsByteForByteTheTextOutput(string format)
    {
        // The same run written as text (decoded from UTF-8, as tests and a terminal get it) and as bytes straight to a
        // stream (as a redirected process gets it): 5 reports, one unreadable input between them, one of them empty of
        // findings after --disable (a SARIF block without results). The stream must hold exactly the text's UTF-8.
        // The text output's headings, blocks and summary all go to the stream, so its text writer gets nothing.
        var sample = File.ReadAllBytes(SampleJsonPath);
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllBytes(Path.Combine(Folder, $"r{i}.json"), sample);
        }

        File.WriteAllText(Path.Combine(Folder, "r2b.json"), "{ broken");
        foreach (var jobs in new[] { "1", "2" })
        {
            string[] args = ["check", Folder, "--format", format, "--jobs", jobs];
            var (textCode, text, textErr) = Run(args);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            using var bytes = new MemoryStream();
            var code = CommandLine.Run(args, stdout, stderr, null, false, bytes);
            Assert.Equal(2, textCode);   // the broken input
            Assert.Equal((textCode, textErr), (code, stderr.ToString()));
            Assert.Equal(Encoding.UTF8.GetBytes(text), bytes.ToArray().Concat(Encoding.UTF8.GetBytes(stdout.ToString())).ToArray());
            if (format == "text")
            {
                Assert.Equal(string.Empty, stdout.ToString());
                Assert.Contains("==> ", text, StringComparison.Ordinal);
                continue;
            }

            Assert.EndsWith("\n", stdout.ToString(), StringComparison.Ordinal);   // only the closing line end went to the text writer
            Assert.True(stdout.ToString().Length <= 1);
        }
    }

    [Fact]
    public void BlocksFormattedByTheWorkers_SitInTheDocumentAsItsOwnWriterPutsThem()
    {
        // An unreadable input alone: its element is the first of "files" (no comma before it, indented at depth 2) and
        // the array closes on a line of its own. A report without findings in SARIF: no result formatted, so the
        // results array stays empty ("[]", as the writer closes an array it wrote nothing into).
        File.WriteAllText(Path.Combine(Folder, "bad.json"), "{ broken");
        var (code, text, _) = Run("check", Folder, "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("\n  \"files\": [\n    {\n      \"file\": ", text, StringComparison.Ordinal);
        Assert.Contains("\n    }\n  ],\n  \"inputs\": 1,", text, StringComparison.Ordinal);

        var (sarifCode, sarif, _) = Run("check", Path.Combine(Folder, "bad.json"), "--format", "sarif");
        Assert.Equal(2, sarifCode);
        Assert.Contains("\"results\": [],", sarif, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(sarif);
        Assert.Equal(0, doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    private static IEnumerable<string> AllPointers(byte[] bytes)
    {
        // Every pointer of the document, from a parse independent of the locator.
        static IEnumerable<string> Walk(System.Text.Json.JsonElement e, string at)
        {
            yield return at;
            IEnumerable<(System.Text.Json.JsonElement Value, string Pointer)> children = e.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Object => e.EnumerateObject()
                    .Select(p => (p.Value, at + "/" + p.Name.Replace("~", "~0").Replace("/", "~1"))).ToList(),
                System.Text.Json.JsonValueKind.Array => e.EnumerateArray().Select((v, i) => (v, at + "/" + i)).ToList(),
                _ => Enumerable.Empty<(System.Text.Json.JsonElement, string)>(),
            };
            foreach (var (child, pointer) in children)
            {
                foreach (var p in Walk(child, pointer))
                {
                    yield return p;
                }
            }
        }

        using var doc = System.Text.Json.JsonDocument.Parse(bytes);
        return Walk(doc.RootElement, string.Empty).ToList();
    }

    private static string Escape(string text)
        => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));

}
