using System.Text.Json;
using Json.Schema;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>Evaluates JSON text against the published schema.</summary>
internal static class SchemaCheck
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(Seeds.SchemaText);

    /// <summary>True when the text is JSON without duplicate names and the schema accepts it.</summary>
    public static bool IsValid(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return !HasDuplicateNames(document.RootElement) && Schema.Evaluate(document.RootElement).IsValid;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // Not JSON, or not text (a lone surrogate cannot be transcoded): the schema cannot accept it.
            return false;
        }
    }

    /// <summary>
    /// Duplicate property names: JSON Schema cannot see them; the reader refuses them (RFC 8259 says names SHOULD be unique).
    /// </summary>
    private static bool HasDuplicateNames(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name) || HasDuplicateNames(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (HasDuplicateNames(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
