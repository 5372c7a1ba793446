using System.Globalization;
using System.Text.Json.Nodes;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>The add, replace and remove operations of JSON Patch (RFC 6902), enough for the mutant corpus.</summary>
internal static class JsonPatch
{
    public static JsonNode? Apply(JsonNode? document, JsonArray operations)
    {
        foreach (var operation in operations.Select(o => o!.AsObject()))
        {
            var op = operation["op"]!.GetValue<string>();
            var path = operation["path"]!.GetValue<string>();
            var value = operation["value"]?.DeepClone();
            if (path.Length == 0)
            {
                document = op == "remove" ? null : value;
                continue;
            }

            var tokens = path.Substring(1).Split('/')
                .Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            var parent = tokens.Take(tokens.Length - 1).Aggregate(
                document!,
                (node, token) => node is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : node[token]!);
            var last = tokens[^1];
            if (parent is JsonArray list)
            {
                var index = last == "-" ? list.Count : int.Parse(last, CultureInfo.InvariantCulture);
                switch (op)
                {
                    case "add": list.Insert(index, value); break;
                    case "replace": list[index] = value; break;
                    case "remove": list.RemoveAt(index); break;
                    default: throw new ArgumentException("Unsupported op " + op);
                }
            }
            else
            {
                var obj = parent.AsObject();
                switch (op)
                {
                    case "add": obj[last] = value; break;
                    case "replace":
                        obj[last] = obj.ContainsKey(last) ? value : throw new ArgumentException("replace of a missing member " + path);
                        break;
                    case "remove": _ = obj.Remove(last) ? 0 : throw new ArgumentException("remove of a missing member " + path); break;
                    default: throw new ArgumentException("Unsupported op " + op);
                }
            }
        }

        return document;
    }
}
