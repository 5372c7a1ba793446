using System.Text.Json;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// A wanted JSON Pointer and the wanted pointers one level below it (待定位指针树), for <see cref="WantedValues"/>: a
/// member is matched by comparing its name's bytes with the wanted names' UTF-8 bytes and an element by its index, so
/// walking a report makes no string for the members and elements it passes.
/// </summary>
internal sealed class WantedNode
{
    private readonly List<(byte[] Utf8, string Name, WantedNode Node)> members = [];
    private readonly Dictionary<int, WantedNode> elements = [];

    private WantedNode(string pointer) => Pointer = pointer;

    /// <summary>The pointer (the empty string for the whole document).</summary>
    public string Pointer { get; }

    /// <summary>
    /// The tree of <paramref name="wanted"/> from the document (which must be wanted): a pointer is below its parent
    /// when the parent is wanted too, as a walk that descends only into wanted values reaches it.
    /// </summary>
    public static WantedNode Tree(HashSet<string> wanted)
    {
        var nodes = new Dictionary<string, WantedNode>(wanted.Count, StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            nodes[pointer] = new WantedNode(pointer);
        }

        foreach (var (pointer, node) in nodes)
        {
            var slash = pointer.LastIndexOf('/');
            if (slash >= 0 && nodes.TryGetValue(pointer[..slash], out var parent))
            {
                parent.Add(pointer[(slash + 1)..], node);
            }
        }

        return nodes[string.Empty];
    }

    /// <summary>The wanted element at <paramref name="index"/> of this array, or null.</summary>
    public WantedNode? Element(int index) => elements.GetValueOrDefault(index);

    /// <summary>
    /// The wanted member of this object named by the raw (still escaped) bytes <paramref name="raw"/> between its
    /// quotes, or null; false when the name is not text (malformed UTF-8 or escape), which the strict pass refuses.
    /// </summary>
    public bool TryMember(ReadOnlySpan<byte> raw, out WantedNode? child)
    {
        child = null;
        if (raw.IndexOf((byte)'\\') < 0)
        {
            if (!System.Text.Unicode.Utf8.IsValid(raw))
            {
                return false;
            }

            foreach (var (utf8, _, node) in members)
            {
                if (raw.SequenceEqual(utf8))
                {
                    child = node;
                    break;
                }
            }

            return true;
        }

        if (Unescaped(raw) is not { } name)
        {
            return false;
        }

        foreach (var (_, text, node) in members)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                child = node;
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the child whose reference token is <paramref name="token"/>: as the member whose escaped name is the token
    /// (none when no name escapes to it) and as the element whose index is written as the token (none when it is not a
    /// plain decimal index).
    /// </summary>
    private void Add(string token, WantedNode child)
    {
        var name = token.Contains('~', StringComparison.Ordinal)
            ? token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            : token;
        var utf8 = Encoding.UTF8.GetBytes(name);
        if ((ReferenceEquals(name, token) || string.Equals(JsonPointerLocator.Escape(name), token, StringComparison.Ordinal))
            && (name.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0
                || string.Equals(Encoding.UTF8.GetString(utf8), name, StringComparison.Ordinal)))   // no lone surrogate
        {
            members.Add((utf8, name, child));
        }

        if (token.Length > 0 && char.IsAsciiDigit(token[0])
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && string.Equals(index.ToString(CultureInfo.InvariantCulture), token, StringComparison.Ordinal))
        {
            elements[index] = child;
        }
    }

    /// <summary>A member name with escapes, unescaped by the JSON reader; null when it is not valid.</summary>
    private static string? Unescaped(ReadOnlySpan<byte> raw)
    {
        var quoted = new byte[raw.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        try
        {
            var reader = new Utf8JsonReader(quoted);
            return reader.Read() ? reader.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
