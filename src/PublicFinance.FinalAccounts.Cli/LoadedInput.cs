using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>One input read into a report (已读取的输入), with what the reader saw on the way.</summary>
internal sealed record LoadedInput
{
    private static readonly System.Buffers.SearchValues<byte> AsciiWhiteSpace = System.Buffers.SearchValues.Create(" \t\n\v\f\r"u8);

    /// <summary>The name shown in output: the path as given, <c>-</c> for standard input, names joined by " + " when combined.</summary>
    public required string Name { get; init; }

    /// <summary>What the input held.</summary>
    public required InputKind Kind { get; init; }

    /// <summary>The report.</summary>
    public required FinalAccountsReport Report { get; init; }

    /// <summary>The text reader's result (text and published inputs), else null.</summary>
    public DisclosureReadResult? Read { get; init; }

    /// <summary>The published disclosure (published inputs), else null.</summary>
    public PublishedDisclosure? Disclosure { get; init; }

    /// <summary>The decoded text of a 说明 text input, else null.</summary>
    public string? SourceText { get; init; }

    /// <summary>
    /// The bytes of a report JSON input until its findings are located at their line:column (then empty: a run may
    /// hold thousands of inputs), else empty.
    /// </summary>
    public System.ReadOnlyMemory<byte> JsonText { get; init; }

    /// <summary>The pooled array holding <see cref="JsonText"/>, if it is one (<see cref="ReturnBuffer"/>).</summary>
    public byte[]? RentedBuffer { get; init; }

    /// <summary>
    /// Gives <see cref="RentedBuffer"/> back to the pool: call once, when neither this input nor a copy of it with the same buffer reads
    /// <see cref="JsonText"/> any more.
    /// </summary>
    public void ReturnBuffer()
    {
        if (RentedBuffer is { } buffer)
        {
            InputFile.Return(buffer);
        }
    }

    /// <summary>The input's size in bytes (for a published file, of all its files).</summary>
    public long ByteLength { get; init; }

    /// <summary>
    /// The whole text (line 1 column 1 to its last character) of a text or report JSON input, else null: where a finding on the input as a
    /// whole is placed.
    /// </summary>
    public Validation.SourceSpan? Extent { get; init; }

    /// <summary>The span from the first to the last character of <paramref name="text"/> (null when it is blank).</summary>
    public static Validation.SourceSpan? ExtentOf(string text)
    {
        var lines = text.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return text.Trim().Length == 0 ? null : new Validation.SourceSpan(1, 1, lines.Length, System.Math.Max(1, lines[^1].Length));
    }

    /// <summary>
    /// <see cref="ExtentOf"/> of the UTF-8 text <paramref name="utf8"/> without decoding it: the same lines (a line ends
    /// at <c>\n</c> or <c>\r\n</c>; trailing line ends do not count) and the last line's length in UTF-16 code units.
    /// </summary>
    public static Validation.SourceSpan? ExtentOfUtf8(System.ReadOnlySpan<byte> utf8)
    {
        var end = utf8.Length;
        while (end > 0 && utf8[end - 1] == (byte)'\n')
        {
            end--;
            if (end > 0 && utf8[end - 1] == (byte)'\r')
            {
                end--;   // the \r of a \r\n: one line end
            }
        }

        var first = utf8.IndexOfAnyExcept(AsciiWhiteSpace);
        if (first < 0 || utf8[first] >= 0x80)
        {
            // Blank, or white space beyond ASCII may come first: the rare case is decoded.
            return ExtentOf(System.Text.Encoding.UTF8.GetString(utf8));
        }

        var text = utf8[..end];
        var lastLine = text.LastIndexOf((byte)'\n') + 1;
        var lines = text.Count((byte)'\n') + 1;
        return new Validation.SourceSpan(1, 1, lines, System.Math.Max(1, System.Text.Encoding.UTF8.GetCharCount(text[lastLine..])));
    }

    /// <summary>The fiscal year: from the text (null when unknown) or the report JSON.</summary>
    public int? FiscalYear => Read is null ? Report.Entity.FiscalYear : Read.FiscalYear;

    /// <summary>The notes of the published files' readers (what could not be read or placed), empty otherwise.</summary>
    public IReadOnlyList<DocumentNote> DocumentNotes => Disclosure?.Notes ?? [];
}
