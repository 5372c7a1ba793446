using System.Text;
using System.Text.Json;
using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>Where a value of report JSON is written, by JSON Pointer (findings on report JSON located file:line:col).</summary>
public sealed class JsonPointerLocatorTests
{
    [Fact]
    public void Locates_Objects_Arrays_EscapedNames_AndParents()
    {
        // Line 1 "{", line 2 the "a/b" member whose value starts at column 10 (after 2 spaces, "\"a/b\": " = 7 chars),
        // line 3 the array: its second element "中" at column 15 (2 spaces + 8 ("\"list\": ") + 1 ("[") + 3 ("1, ") = 14 before it).
        const string Json = "{\n  \"a/b\": 5,\n  \"list\": [1, \"中\", {\"x~\": true}]\n}\n";
        var locator = JsonPointerLocator.Create(Encoding.UTF8.GetBytes(Json));
        Assert.True(locator.TryLocate("/a~1b", out var escaped));
        Assert.Equal((2, 10), (escaped.StartLine, escaped.StartColumn));
        Assert.True(locator.TryLocate("/list/1", out var element));
        Assert.Equal((3, 15), (element.StartLine, element.StartColumn));
        Assert.True(locator.TryLocate("/list/2/x~0", out var nested));
        Assert.Equal(3, nested.StartLine);
        // A pointer below a located value falls back to it (the nearest located ancestor).
        Assert.True(locator.TryLocate("/list/2/x~0/deeper", out var parent));
        Assert.Equal(nested, parent);
        Assert.False(JsonPointerLocator.Create(Encoding.UTF8.GetBytes("{ broken")).TryLocate("/a", out _));
    }

    [Property(MaxTest = 200)]
    public Property EveryMember_IsLocatedWhereItsValueIsWritten(Dictionary<NonEmptyString, int> members, bool indented)
    {
        // Serialize any object of named numbers; the located line:column must be where the number's text starts.
        var obj = members.ToDictionary(p => p.Key.Get, p => p.Value);
        var json = JsonSerializer.Serialize(obj, new JsonSerializerOptions { WriteIndented = indented });
        var locator = JsonPointerLocator.Create(Encoding.UTF8.GetBytes(json));
        var lines = json.Replace("\r\n", "\n").Split('\n');
        return obj.All(p =>
        {
            var pointer = "/" + p.Key.Replace("~", "~0").Replace("/", "~1");
            return locator.TryLocate(pointer, out var span)
                && lines[span.StartLine - 1][(span.StartColumn - 1)..].StartsWith(
                    p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property WantedPointers_AreLocatedAsTheFullLocatorLocatesThem(PositiveInt seed, bool indented)
    {
        // A random document (nested objects and arrays, names with '/', '~', quotes and escapes, strings with escaped
        // quotes and brackets, numbers and literals), written compact or indented; a random third of its pointers
        // (plus one below each, which falls back to its ancestor) asked of the byte-level pass of the wanted-pointer
        // locator must give what the reader-based locator of every value gives.
        var random = new System.Random(seed.Get);
        var json = System.Text.Json.JsonSerializer.Serialize(
            RandomValue(random, 0), new JsonSerializerOptions { WriteIndented = indented });
        var bytes = Encoding.UTF8.GetBytes(json);
        var full = JsonPointerLocator.Create(bytes);
        var all = Pointers(bytes).ToList();
        var pointers = all.Where(_ => random.Next(3) == 0).ToList();
        var wanted = pointers.Concat(pointers.Select(p => p + "/below")).ToList();
        var located = JsonPointerLocator.Create(bytes, wanted);
        // The byte-level pass reads such JSON itself (no fallback to the reader), every value once when all are wanted.
        var bytePass = WantedValues.TryLocate(bytes, new HashSet<string>(all, System.StringComparer.Ordinal));
        return (bytePass?.Count == all.Count
                && wanted.All(p => full.TryLocate(p, out var expected) == located.TryLocate(p, out var actual) && expected == actual))
            .Label(json);
    }

    [Fact]
    public void WantedPointers_InJsonTheBytePassDoesNotRead_AreLocatedByTheReader()
    {
        // Comments and a trailing comma are not strict JSON: the reader's pass (which skips them) answers instead.
        // "/b" is on line 2 after "  \"b\": " (2 + 5 = 7 characters), so its value starts at column 8.
        var bytes = Encoding.UTF8.GetBytes("{ \"a\": 1, /* note */\n  \"b\": [2, 3,],\n}");
        Assert.True(JsonPointerLocator.Create(bytes, ["/b/1"]).TryLocate("/b", out var b));
        Assert.Equal((2, 8), (b.StartLine, b.StartColumn));
        Assert.False(JsonPointerLocator.Create(Encoding.UTF8.GetBytes("{ \"a\": [1, "), ["/a/0"]).TryLocate("/a", out _));
    }

    [Property(MaxTest = 300)]
    public Property ContainerSkip_EndsWhereTheReaderEndsTheContainer(PositiveInt seed, bool indented, bool relaxed)
    {
        // Every object and array of a random document (long strings with brackets, quotes and backslashes, so 64-byte
        // blocks start inside strings and escapes straddle them; raw or escaped non-ASCII) ends, by the block skip,
        // right after the closing bracket System.Text.Json's reader pairs with its opening one; cut before that
        // bracket, the container has no end (−1).
        var random = new System.Random(seed.Get);
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = relaxed ? System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null,
        };
        object?[] document = [RandomValue(random, 0, longTexts: true), RandomValue(random, 0, longTexts: true)];
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, options);
        var ends = new List<(int Start, int End)>();
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var copy = reader;
                copy.Skip();
                ends.Add(((int)reader.TokenStartIndex, (int)copy.BytesConsumed));
            }
        }

        return ends.All(e => JsonContainerSkip.End(bytes, e.Start) == e.End
                && JsonContainerSkip.End(bytes.AsSpan(0, random.Next(e.Start + 1, e.End)), e.Start) == -1)
            .Label(Encoding.UTF8.GetString(bytes));
    }

    private static object? RandomValue(System.Random random, int depth, bool longTexts = false)
    {
        string[] texts = ["x", "a/b", "t~1", "q\"uote", "back\\slash", "[{", "}]", "中文", "tab\t", ""];
        if (longTexts && random.Next(3) == 0)
        {
            // A long string of the same pieces: 20 to 100 of them, tens to hundreds of bytes.
            texts = [string.Concat(Enumerable.Range(0, random.Next(20, 100)).Select(_ => texts[random.Next(texts.Length)]))];
        }

        var pick = depth >= 4 ? random.Next(4) : random.Next(6);
        return pick switch
        {
            0 => texts[random.Next(texts.Length)],
            1 => random.Next(-1000, 1000) / 10m,
            2 => random.Next(2) == 0,
            3 => null,
            4 => Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1, longTexts)).ToList(),
            _ => Enumerable.Range(0, random.Next(4)).Select(i => texts[random.Next(texts.Length)] + i)
                .Distinct().ToDictionary(name => name, _ => RandomValue(random, depth + 1, longTexts)),
        };
    }

    private static IEnumerable<string> Pointers(byte[] bytes)
    {
        // Every pointer of the document, from a parse independent of the locator.
        static IEnumerable<string> Walk(JsonElement e, string at)
        {
            var children = e.ValueKind switch
            {
                JsonValueKind.Object => e.EnumerateObject()
                    .Select(p => (p.Value, Pointer: at + "/" + p.Name.Replace("~", "~0").Replace("/", "~1"))).ToList(),
                JsonValueKind.Array => e.EnumerateArray().Select((v, i) => (Value: v, Pointer: at + "/" + i)).ToList(),
                _ => [],
            };
            return children.SelectMany(c => Walk(c.Value, c.Pointer)).Prepend(at);
        }

        using var doc = JsonDocument.Parse(bytes);
        return Walk(doc.RootElement, string.Empty).ToList();
    }
}
