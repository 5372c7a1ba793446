using System.Buffers;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go to the output piece by piece (流式 JSON): after each
/// <see cref="Flush"/> the buffered bytes — whole JSON tokens, so whole UTF-8 sequences — are written out and the buffer
/// is emptied, so a document of any size needs memory for one piece at a time. The bytes go straight to the standard
/// output stream when the context has one (<see cref="CliContext.Utf8Out"/>), else they are decoded onto the text writer.
/// </summary>
internal sealed class StreamedJson
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private bool hasElements;

    /// <summary>Creates the writer, with <see cref="Options"/>.</summary>
    public StreamedJson() => Writer = new Utf8JsonWriter(buffer, Options);

    /// <summary>How the CLI's JSON documents (JSON and SARIF) are written: indented, <c>\n</c> line ends, non-ASCII as is.</summary>
    public static JsonWriterOptions Options { get; } =
        new() { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON writer (its state — depth, commas — spans the pieces).</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Moves what was written so far to the output of <paramref name="context"/> (<see cref="CliContext.WriteUtf8"/>).</summary>
    public void Flush(CliContext context)
    {
        Writer.Flush();
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        context.WriteUtf8(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    /// <summary>
    /// Writes elements formatted by <see cref="JsonBlocks"/> into the array <see cref="Writer"/> is in, as if it had
    /// written them itself: the comma before the array's first element is dropped, and the writer learns that the
    /// array has elements (so that its end goes on a line of its own).
    /// </summary>
    public void WriteBlock(CliContext context, PreparedBlock block)
    {
        Flush(context);
        var bytes = new ReadOnlySpan<byte>(block.Utf8, 0, block.Length);
        if (bytes.IsEmpty)
        {
            return;
        }

        if (!hasElements)
        {
            hasElements = true;
            bytes = bytes[0] == (byte)',' ? bytes[1..] : bytes;
            Writer.WriteNullValue();   // an element for the writer's state only: its bytes are discarded
            Writer.Flush();
            buffer.ResetWrittenCount();
        }

        context.WriteUtf8(bytes);
    }

    /// <summary>
    /// Writes an entry's block (<see cref="RunEntry.Block"/>, or one formatted now by <paramref name="prepare"/>) with
    /// <see cref="WriteBlock"/>, gives its buffer back and returns the entry without it.
    /// </summary>
    public RunEntry WriteEntry(CliContext context, RunEntry entry, System.Func<RunEntry, PreparedBlock?> prepare)
    {
        var block = entry.Block ?? prepare(entry)!;
        WriteBlock(context, block);
        block.ReturnBuffer();
        return entry with { Block = null };
    }
}
