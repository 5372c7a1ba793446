using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The converters' own readings of a tree's scalar (<see cref="IContractScalar{T}"/>: a figure parsed from the string, an
/// enum name looked up, a count checked, a string checked) agree with the converter's reading of the JSON token the
/// scalar would be written as — for every scalar member of the generated description and every value tried: the same
/// value, or a refusal both ways. And the JSON engine's reused lists never reach the model.
/// </summary>
public class ContractScalarTests
{
    private static readonly string[] Texts =
    [
        "0", "-0", "0.0", "-0.00", "1", "-1", "01", "1.", ".5", "1.50", "3653.30", "-12.5", "+1", "1e3", " 1", "1 ", "１２",
        "1,000", "1234567890123456", "12345678901234567", "1234567890123456789", "123456789012345678901",
        "0.123456789012", "0.1234567890123", "9999999999999999.999", "99999999999999999.5", "", "-", "abc", "万元", "\"1\"",
        "a\\b", "tab\there", "\u0001", "\uD800", "\uDC00x", "😀", "yuan", "Yuan", "tenThousandYuan", "increase", "decrease",
        "unchanged", "general", "self", "higherOrEqual", "excellent", "2010301", "201", "20103", "30101", "301", "0101",
        "2.0", "2024", "1.0.1", "2024-06-30", "https://example.org/a", "名称", " ", "x",
    ];

    private static readonly int MaxDepth = FinalAccountsJsonReadOptions.Default.MaxDepth;

    private static readonly int[] Numbers = [0, 1, -1, 5, 1989, 1990, 2024, 2100, 2101, int.MaxValue, int.MinValue];

    /// <summary>Number and literal tokens as written, plain or not (fractions, exponents, leading zeros, beyond 32 bits).</summary>
    private static readonly string[] NumberTokens =
    [
        "-0", "00", "01", "-01", "2024.0", "2024.5", "2.024e3", "1E2", "1e", "-", "--1", "1-", "123456789", "1234567890",
        "-999999999", "2147483648", "-2147483649", "99999999999", "1.", ".5", "true", "false", "tru", "null",
    ];

    public static TheoryData<string> ScalarMembers()
    {
        var data = new TheoryData<string>();
        foreach (var (shape, member) in Leaves())
        {
            data.Add(shape + "." + member.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScalarMembers))]
    public void ScalarReading_AgreesWithTheToken_ForEveryValueTried(string name)
    {
        var member = Leaves().Single(l => l.Shape + "." + l.Member.Name == name).Member;
        var values = Texts.Select(t => new JsonTree(JsonValue.Create(t)))
            .Concat(Numbers.Select(n => new JsonTree(JsonValue.Create(n))));
        foreach (var node in values)
        {
            AssertAgree(member, node);
        }
    }

    [Property(MaxTest = 300)]
    public Property RandomStrings_ReadTheSameByEveryScalarMember()
    {
        var members = Leaves().Select(l => l.Member).ToArray();
        var gen =
            from chars in Gen.ArrayOf(Gen.Elements("0123456789.-+e ab\"\\\u00e9万\uD800\u0001".ToCharArray()))
            from member in Gen.Elements(members)
            select (new string(chars), member);
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            // As a tree's string, and as JSON string tokens (escaped and raw) read by the JSON engine.
            AssertAgree(pair.Item2, new JsonTree(JsonValue.Create(pair.Item1)));
            foreach (var token in JsonStringTokens(pair.Item1))
            {
                AssertJsonAgree(pair.Item2, token);
            }

            return true;
        });
    }

    [Theory]
    [MemberData(nameof(ScalarMembers))]
    public void JsonScalarReading_AgreesWithTheConverter_ForEveryTokenTried(string name)
    {
        // The JSON engine reads an unescaped string's bytes, its decoded text or a plain whole number itself; the converter
        // alone must read the very same token to the same value, or refuse it too.
        var member = Leaves().Single(l => l.Shape + "." + l.Member.Name == name).Member;
        var tokens = Texts.SelectMany(JsonStringTokens)
            .Concat(NumberTokens.Select(Encoding.UTF8.GetBytes))
            .Concat(Numbers.Select(n => Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture))));
        foreach (var token in tokens)
        {
            AssertJsonAgree(member, token);
        }
    }

    [Fact]
    public void EveryScalarMember_ButBooleans_HasItsOwnReading()
    {
        // Otherwise a tree's value silently takes the token (slow) path: the agreement tests above would still pass.
        var without = Leaves()
            .Where(l => l.Member.GetType().GetField("scalar", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(l.Member) is null)
            .Select(l => l.Shape + "." + l.Member.Name)
            .ToArray();
        Assert.Equal(["FundAppropriationTable.isEmpty"], without);   // a boolean: System.Text.Json's own converter
    }

    [Fact]
    public void FigureText_IsReadAsTheToken()
    {
        Assert.True(JsonText.TryReadFigure("3653.30", out var figure));
        Assert.Equal(new WrittenDecimal(3653.30m, 2), figure);
        Assert.True(JsonText.TryReadFigure("-0.5", out figure));
        Assert.Equal(-0.5m, figure.Value);
        Assert.False(JsonText.TryReadFigure("01", out _));
        Assert.False(JsonText.TryReadFigure("1.0000000000000", out _));   // 13 decimals: beyond the contract
        Assert.True(JsonText.TryReadFigure("1234567890123456.1234", out figure));   // 20 digits: the text path's parse
        Assert.Equal(1234567890123456.1234m, figure.Value);
        Assert.Equal(4, figure.Decimals);
    }

    [Fact]
    public void ReusedLists_NeverReachTheModel()
    {
        // The JSON engine keeps one list per list member and thread; the model must hold its own copies. Read the sample,
        // then other documents with the same list members: the first report still equals the contract's reading.
        var sample = File.ReadAllBytes(TestFiles.SampleJsonPath);
        var first = ContractReader.TryRead(sample, MaxDepth);
        Assert.NotNull(first);
        var tree = JsonTree.Parse(Encoding.UTF8.GetString(sample))!;
        Assert.NotNull(ContractTreeReader.TryRead(tree));
        foreach (var seed in ContractReaderTests.Seeds)
        {
            ContractReader.TryRead(Encoding.UTF8.GetBytes(seed), MaxDepth);
        }

        Assert.Equal(FinalAccountsJson.Deserialize(sample, null, fastPath: false), first);
        AssertOwnLists(first!, 0);
    }

    /// <summary>Every list reachable from a record is the model's immutable list (a copy), never a reader's list.</summary>
    private static void AssertOwnLists(object record, int depth)
    {
        Assert.True(depth < 32);
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(record) is not { } value
                || value is string || value.GetType().IsValueType)
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                Assert.True(value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ReadOnlyValueList<>),
                    $"{record.GetType().Name}.{property.Name} holds a {value.GetType().Name}");
                foreach (var item in items)
                {
                    if (item is not null && item is not string && !item.GetType().IsValueType)
                    {
                        AssertOwnLists(item, depth + 1);
                    }
                }
            }
            else if (value.GetType().Namespace?.StartsWith("PublicFinance.FinalAccounts.Model", StringComparison.Ordinal) == true)
            {
                AssertOwnLists(value, depth + 1);
            }
        }
    }

    /// <summary>
    /// A string as JSON tokens: escaped by System.Text.Json's default writer (non-ASCII as \\u escapes), and raw — its
    /// UTF-8 between quotes, as the contract's writer writes it — whenever the raw form is a string token at all; a raw
    /// form with a control character is kept (the reader must refuse it both ways).
    /// </summary>
    private static IEnumerable<byte[]> JsonStringTokens(string text)
    {
        if (ContractLeafText.IsText(text))
        {
            yield return Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(text));
            if (!text.Contains('"', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal))
            {
                yield return Encoding.UTF8.GetBytes("\"" + text + "\"");
            }
        }
    }

    private static void AssertJsonAgree(ContractMember member, byte[] token)
    {
        var fast = Invoke(member, "ReadJson", token);
        var converter = Invoke(member, "ReadJsonAsToken", token);
        var shown = Encoding.UTF8.GetString(token);
        Assert.True(fast.Refused == converter.Refused, $"{member.Name} <- {shown}: fast {fast}, converter {converter}");
        Assert.Equal(converter.Value, fast.Value);
    }

    private static void AssertAgree(ContractMember member, IContractNode node)
    {
        var fast = Invoke(member, "ReadValue", node);
        var token = Invoke(member, "ReadAsToken", node);
        Assert.True(fast.Refused == token.Refused, $"{member.Name} <- {Show(node)}: fast {fast}, token {token}");
        Assert.Equal(token.Value, fast.Value);
    }

    private static string Show(IContractNode node)
        => node.NodeKind == ContractNodeKind.String ? "\"" + node.Text + "\"" : node.Number.ToString(CultureInfo.InvariantCulture);

    private static (bool Refused, object? Value) Invoke(ContractMember member, string method, object argument)
    {
        var info = member.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance,
            null, [argument is byte[] ? typeof(byte[]) : typeof(IContractNode)], null)!;
        try
        {
            return (false, info.Invoke(member, [argument]));
        }
        catch (TargetInvocationException)
        {
            return (true, null);
        }
    }

    private static IEnumerable<(string Shape, ContractMember Member)> Leaves()
        => typeof(ContractShapes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (ContractShape)f.GetValue(null)!)
            .SelectMany(s => s.Members.Select(m => (s.GetType().GetGenericArguments()[0].Name, m)))
            .Where(l => l.m.GetType().IsGenericType && l.m.GetType().GetGenericTypeDefinition() == typeof(LeafMember<>));
}
