using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Formats the elements of a streamed document's array in the workers (并行格式化数组元素): each worker writes with a
/// <see cref="Utf8JsonWriter"/> primed to the array's depth and past a first element, so every block comes out exactly
/// as the document's own writer would put it there — indented at that depth, each element preceded by its comma —
/// and <see cref="StreamedJson.WriteBlock"/> only copies it (dropping the comma before the document's first element).
/// </summary>
internal sealed class JsonBlocks
{
    private readonly JsonWriterOptions options;
    private readonly Action<Utf8JsonWriter> open;
    private readonly ConcurrentBag<Primed> idle = [];

    /// <summary>
    /// Creates the formatter (with <see cref="StreamedJson.Options"/>, as the document is written); <paramref name="open"/>
    /// writes what encloses the array, down to its start.
    /// </summary>
    public JsonBlocks(Action<Utf8JsonWriter> open)
    {
        options = StreamedJson.Options;
        this.open = open;
    }

    /// <summary>Formats the elements <paramref name="write"/> writes (any number, none included) into one block.</summary>
    public PreparedBlock Format(Action<Utf8JsonWriter> write)
    {
        if (!idle.TryTake(out var primed))
        {
            primed = new Primed(options, open);
        }

        write(primed.Writer);
        primed.Writer.Flush();
        var block = PreparedBlock.OfUtf8(primed.Buffer.WrittenSpan);
        primed.Buffer.ResetWrittenCount();
        idle.Add(primed);   // not reached when write threw: a writer in an unknown state is dropped
        return block;
    }

    /// <summary>A writer inside the array after one (discarded) element, so that every element it writes has its comma.</summary>
    private sealed class Primed
    {
        public Primed(JsonWriterOptions options, Action<Utf8JsonWriter> open)
        {
            Writer = new Utf8JsonWriter(Buffer, options);
            open(Writer);
            Writer.WriteNullValue();
            Writer.Flush();
            Buffer.ResetWrittenCount();
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new();

        public Utf8JsonWriter Writer { get; }
    }
}
