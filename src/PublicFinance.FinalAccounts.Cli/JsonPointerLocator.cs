using System.Text.Json;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Where each value of a JSON document is written (JSON 位置): JSON Pointer → 1-based line and column (UTF-16 code
/// units, as SARIF counts them), so a finding on report JSON is located <c>file:line:col</c> like one on a text.
/// </summary>
internal sealed class JsonPointerLocator
{
    private readonly Dictionary<string, SourceSpan> spans;

    private JsonPointerLocator(Dictionary<string, SourceSpan> spans) => this.spans = spans;

    /// <summary>Number of located values.</summary>
    public int Count => spans.Count;

    /// <summary>Locates every value of a UTF-8 JSON document; an unreadable document gives an empty locator.</summary>
    public static JsonPointerLocator Create(ReadOnlySpan<byte> utf8) => Create(utf8, null);

    /// <summary>
    /// Locates the values at <paramref name="wanted"/> and at their ancestors — all that <see cref="TryLocate"/> needs for
    /// those pointers, with the same answers as a locator of every value — skipping every other object and array
    /// unread: a report has thousands of values and a handful of findings.
    /// </summary>
    public static JsonPointerLocator Create(ReadOnlySpan<byte> utf8, IEnumerable<string> wanted)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            for (var p = pointer; prefixes.Add(p);)
            {
                var slash = p.LastIndexOf('/');
                if (slash < 0)
                {
                    break;
                }

                p = p.Substring(0, slash);
            }
        }

        // Report JSON that was read is strict JSON: one byte-level pass skips what is not wanted without tokenizing it;
        // anything it does not expect (comments, malformed bytes) is left to the reader's pass, which answers the same.
        return WantedValues.TryLocate(utf8, prefixes) is { } offsets
            ? new JsonPointerLocator(ToSpans(utf8, offsets, utf8.StartsWith("\uFEFF"u8) ? 3 : 0))
            : Create(utf8, prefixes);
    }

    /// <summary>Locates the values at <paramref name="only"/> (null: every value), descending only into those containers.</summary>
    private static JsonPointerLocator Create(ReadOnlySpan<byte> utf8, HashSet<string>? only)
    {
        var offsets = new List<(string Pointer, long Offset)>();
        var start = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            var readerOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            var reader = new Utf8JsonReader(utf8[start..], readerOptions);
            // Each open container: its pointer and, for an array, the index of the next element.
            var stack = new Stack<(string Pointer, int NextIndex, bool IsArray)>();
            string? property = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                var pointer = string.Empty;
                if (stack.Count > 0)
                {
                    var (parent, index, isArray) = stack.Pop();
                    var token = isArray
                        ? index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : Escape(property ?? string.Empty);
                    pointer = parent + "/" + token;
                    stack.Push((parent, isArray ? index + 1 : index, isArray));
                }

                if (only is not null && !only.Contains(pointer))
                {
                    reader.Skip();   // a value (or a whole container) on no wanted path
                    continue;
                }

                offsets.Add((pointer, start + reader.TokenStartIndex));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push((pointer, 0, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            return new JsonPointerLocator(new Dictionary<string, SourceSpan>(StringComparer.Ordinal));
        }

        return new JsonPointerLocator(ToSpans(utf8, offsets, start));
    }

    /// <summary>The position of the value at a pointer, or of its nearest located ancestor.</summary>
    public bool TryLocate(string pointer, out SourceSpan span)
    {
        var p = pointer;
        while (true)
        {
            if (spans.TryGetValue(p, out span))
            {
                return true;
            }

            var slash = p.LastIndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            p = p.Substring(0, slash);
        }
    }

    /// <summary>The diagnostics with a span into the JSON where they have none (the checked figure's value).</summary>
    public IReadOnlyList<Diagnostic> Locate(IReadOnlyList<Diagnostic> diagnostics)
    {
        var located = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            located.Add(d.Span is null && d.Pointers.Count > 0 && TryLocate(d.Pointers[0], out var span) ? d with { Span = span } : d);
        }

        return located;
    }

    /// <summary>A member name as a JSON Pointer reference token ("~" → "~0", "/" → "~1").</summary>
    internal static string Escape(string name)
        => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Byte offsets (increasing) → line:column in one pass over the bytes.</summary>
    private static Dictionary<string, SourceSpan> ToSpans(ReadOnlySpan<byte> utf8, List<(string Pointer, long Offset)> offsets, int bom)
    {
        var spans = new Dictionary<string, SourceSpan>(offsets.Count, StringComparer.Ordinal);
        var line = 1;
        var lineStart = bom;
        var scanned = bom;
        foreach (var (pointer, offset) in offsets)
        {
            // The line ends up to the value, counted and found vectorised (a report is tens of thousands of bytes).
            var passed = utf8[scanned..(int)offset];
            var ends = passed.Count((byte)'\n');
            if (ends > 0)
            {
                line += ends;
                lineStart = scanned + passed.LastIndexOf((byte)'\n') + 1;
            }

            scanned = (int)offset;

            var column = Encoding.UTF8.GetCharCount(utf8[lineStart..(int)offset]) + 1;
            spans.TryAdd(pointer, new SourceSpan(line, column, line, column));
        }

        return spans;
    }
}
