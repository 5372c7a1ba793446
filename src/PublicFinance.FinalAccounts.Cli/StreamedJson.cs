using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go to a text writer piece by piece (流式 JSON): after each
/// <see cref="Flush"/> the buffered bytes — whole JSON tokens, so whole UTF-8 sequences — are decoded onto the
/// output and the buffer is emptied, so a document of any size needs memory for one piece at a time.
/// </summary>
internal sealed class StreamedJson
{
    private readonly ArrayBufferWriter<byte> buffer = new();

    /// <summary>Creates the writer.</summary>
    public StreamedJson(JsonWriterOptions options) => Writer = new Utf8JsonWriter(buffer, options);

    /// <summary>The JSON writer (its state — depth, commas — spans the pieces).</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Moves what was written so far to <paramref name="output"/>.</summary>
    public void Flush(TextWriter output)
    {
        Writer.Flush();
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
