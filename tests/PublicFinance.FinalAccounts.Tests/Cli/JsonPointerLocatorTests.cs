using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Cli;
using Xunit;

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
                && lines[span.StartLine - 1][(span.StartColumn - 1)..].StartsWith(p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }).ToProperty();
    }
}
