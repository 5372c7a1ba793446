using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// A JSON document as a report tree (<see cref="IContractNode"/>), so that <see cref="ContractTreeReader"/> can be
/// compared with the contract on every committed document and on mutants. A value a draft cannot hold (a boolean, a
/// number that is not a plainly written 32-bit integer, null) becomes a record node without a record, which the tree
/// reader refuses; <see cref="Representable"/> says whether the whole tree is free of them and of lone surrogates.
/// </summary>
internal sealed class JsonTree : IContractNode
{
    private readonly string[] names = [];
    private readonly JsonTree[] items = [];

    public JsonTree(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                NodeKind = ContractNodeKind.Object;
                names = members.Select(m => m.Key).ToArray();
                items = members.Select(m => new JsonTree(m.Value)).ToArray();
                Representable = items.All(i => i.Representable);
                break;
            case JsonArray list:
                NodeKind = ContractNodeKind.Array;
                items = list.Select(i => new JsonTree(i)).ToArray();
                Representable = items.All(i => i.Representable);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                NodeKind = ContractNodeKind.String;
                Text = value.GetValue<string>();
                Representable = ContractLeafText.IsText(Text);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
                && value.ToJsonString() == number.ToString(CultureInfo.InvariantCulture):
                NodeKind = ContractNodeKind.Number;
                Number = number;
                Representable = true;
                break;
            default:
                NodeKind = ContractNodeKind.Record;
                break;
        }
    }

    public ContractNodeKind NodeKind { get; }

    public string Text { get; } = string.Empty;

    public int Number { get; }

    public object? Record => null;

    public int Count => items.Length;

    /// <summary>Whether every value of the tree is one a draft can hold.</summary>
    public bool Representable { get; }

    public string NameAt(int index) => names[index];

    public IContractNode ItemAt(int index) => items[index];

    /// <summary>The tree of a JSON text, or null when it is not JSON or repeats a member name (an ArgumentException).</summary>
    public static JsonTree? Parse(string json)
    {
        try
        {
            return new JsonTree(JsonNode.Parse(json));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null;
        }
    }
}
