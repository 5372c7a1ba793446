using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// Builds the published JSON Schema from the C# contract: System.Text.Json's exporter gives the structure (names,
/// required members, enums) and this adds $id, $defs, additionalProperties:false, the string patterns of amounts and
/// codes, integer bounds, and the bilingual descriptions taken from the XML documentation. The committed file
/// docs/schema/final-accounts.v1.schema.json must equal its output, so the two cannot drift apart.
/// </summary>
internal static class SchemaGenerator
{
    // Every pattern ends in "(?!\n)$": ECMA-262's "$" is the end of the text, but .NET (JsonSchema.Net) and Python
    // also match it before a final newline; the lookahead makes every engine refuse "1.0\n" as the reader does.
    public const string FunctionalCodePattern = "^2[0-9]{2}([0-9]{2}){0,2}(?!\\n)$";
    public const string EconomicCodePattern = "^[35][0-9]{2}([0-9]{2})?(?!\\n)$";
    /// <summary>Plain decimal notation within the numeric contract: at most 16 integer digits and 12 decimals.</summary>
    public const string NumberPattern = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?(?!\\n)$";

    /// <summary>A pattern of <see cref="JsonContract"/> (ECMA-262 "$") in the portable form written to the schema.</summary>
    public static string Portable(string pattern) => pattern.Substring(0, pattern.Length - 1) + "(?!\\n)$";

    public static string Generate()
    {
        var docs = LoadDocs(typeof(FinalAccountsReport).Assembly);
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (ctx, node) => Transform(ctx, node, defs, docs),
        };
        var body = FinalAccountsJson.ReportTypeInfo.GetJsonSchemaAsNode(exporterOptions).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = FinalAccountsSchema.Id,
            ["title"] = "部门决算公开 Departmental final accounts disclosure, format v1",
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            root[key] = value;
        }

        var defsNode = new JsonObject();
        foreach (var (name, def) in defs)
        {
            defsNode[name] = def;
        }

        root["$defs"] = defsNode;
        var text = root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        return text + "\n";
    }

    private static JsonNode Transform(
        JsonSchemaExporterContext ctx, JsonNode node, IDictionary<string, JsonNode> defs, IReadOnlyDictionary<string, string> docs)
    {
        var type = Nullable.GetUnderlyingType(ctx.TypeInfo.Type) ?? ctx.TypeInfo.Type;
        JsonObject result;
        var unsigned = ctx.PropertyInfo is { } owner && JsonContract.IsUnsigned(owner.DeclaringType, owner.Name);
        if (type == typeof(Amount) || type == typeof(Percent) || type == typeof(Quantity))
        {
            var example = type == typeof(Amount) ? "3653.30" : type == typeof(Percent) ? "98.37" : "6055.90";
            result = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = unsigned ? Portable(JsonContract.UnsignedNumberPattern) : NumberPattern,
                ["examples"] = Examples(example, unsigned ? "0" : "-5.00"),
            };
        }
        else if (type == typeof(FunctionalCode))
        {
            result = new JsonObject
            {
                ["type"] = "string", ["pattern"] = FunctionalCodePattern, ["examples"] = Examples("201", "20103", "2010301"),
            };
        }
        else if (type == typeof(EconomicCode))
        {
            result = new JsonObject { ["type"] = "string", ["pattern"] = EconomicCodePattern, ["examples"] = Examples("301", "30101") };
        }
        else if (type == typeof(string) && ctx.PropertyInfo is { } stringProperty
            && JsonContract.IsConstrained(stringProperty.DeclaringType, stringProperty.Name))
        {
            result = ConstrainedString(stringProperty.DeclaringType, stringProperty.Name);
        }
        else if (type.IsEnum)
        {
            // The strict enum converter is opaque to the exporter: exactly the camelCase names of defined members.
            result = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray(
                    Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n))!).ToArray()),
            };
        }
        else if (type == typeof(int))
        {
            // Integer properties carry a bounds-checking converter, which the exporter cannot see through.
            result = new JsonObject { ["type"] = "integer" };
        }
        else if (node is JsonObject obj)
        {
            result = obj;
            StripNull(result);
        }
        else
        {
            return node;
        }

        var isModelObject = ctx.TypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object
            && type.Namespace is { } ns && ns.StartsWith("PublicFinance.FinalAccounts", StringComparison.Ordinal);
        var isValue = result["pattern"] is not null;
        isValue &= type != typeof(string);
        if ((isModelObject || isValue || type.IsEnum) && Doc(docs, "T:" + type.FullName) is { } typeDoc)
        {
            if (isModelObject)
            {
                result["additionalProperties"] = false;
                SecondBudgetOfOtherKind(result);
            }

            SetDescription(result, unsigned ? typeDoc + " Written without sign (不带符号)." : typeDoc);
        }

        if (type == typeof(int) && ctx.PropertyInfo is { } intProperty)
        {
            switch (intProperty.Name)
            {
                case "fiscalYear":
                    result["minimum"] = FiscalYearRange.First;
                    result["maximum"] = FiscalYearRange.Last;
                    break;
                case "change":
                    // The reader holds an int: the schema states its range too (found by the fuzz harness).
                    result["minimum"] = int.MinValue;
                    result["maximum"] = int.MaxValue;
                    break;
                default:
                    result["minimum"] = 0;
                    result["maximum"] = int.MaxValue;
                    break;
            }
        }

        var isRoot = ctx.PropertyInfo is null && ctx.Path.Length == 0;
        JsonObject output = result;
        if ((isModelObject || isValue || type.IsEnum) && !isRoot)
        {
            var name = (unsigned ? "Unsigned" : string.Empty) + DefName(type);
            if (!defs.ContainsKey(name))
            {
                defs[name] = result.DeepClone();
            }

            output = new JsonObject { ["$ref"] = "#/$defs/" + name };
        }

        if (ctx.PropertyInfo?.AttributeProvider is PropertyInfo property
            && Doc(docs, "P:" + property.DeclaringType!.FullName + "." + property.Name) is { } propertyDoc)
        {
            SetDescription(output, propertyDoc);
        }

        return output;
    }

    /// <summary>
    /// A record with both <c>budget</c> and <c>secondBudget</c> (schema 1.6): the two comparisons are of different kinds
    /// (年初 / 全年), as the model refuses two of one kind — for each kind, "not both of it".
    /// </summary>
    private static void SecondBudgetOfOtherKind(JsonObject record)
    {
        if (record["properties"] is not JsonObject properties || !properties.ContainsKey("budget")
            || !properties.ContainsKey("secondBudget"))
        {
            return;
        }

        var each = new JsonArray();
        foreach (var kind in Enum.GetNames<BudgetKind>().Select(JsonNamingPolicy.CamelCase.ConvertName))
        {
            JsonObject OfKind() => new() { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } } };
            each.Add(new JsonObject
            {
                ["not"] = new JsonObject
                {
                    ["required"] = new JsonArray("budget", "secondBudget"),
                    ["properties"] = new JsonObject { ["budget"] = OfKind(), ["secondBudget"] = OfKind() },
                },
            });
        }

        record["allOf"] = each;
    }

    private static JsonArray Examples(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonObject ConstrainedString(Type declaringType, string member)
    {
        var result = new JsonObject { ["type"] = "string" };
        if (JsonContract.IsNonEmpty(declaringType, member))
        {
            result["minLength"] = 1;
        }

        if (JsonContract.IsNonBlank(declaringType, member))
        {
            result["pattern"] = JsonContract.NonBlankPattern;   // unanchored: one character other than white space
        }

        if (JsonContract.PatternOf(member) is { } pattern)
        {
            if (JsonContract.FormatOf(member) is { } format)
            {
                result["format"] = format;
            }

            result["pattern"] = Portable(pattern);
            result["examples"] = Examples(JsonContract.ExampleOf(member)!);
        }

        return result;
    }

    private static string DefName(Type type)
        => type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal)) : type.Name;

    private static void StripNull(JsonObject node)
    {
        if (node["type"] is JsonArray types)
        {
            var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            node["type"] = kept.Count == 1
                ? JsonValue.Create(kept[0])
                : new JsonArray(kept.Select(k => (JsonNode)JsonValue.Create(k)!).ToArray());
        }

        if (node["enum"] is JsonArray values && values.Any(v => v is null))
        {
            node["enum"] = new JsonArray(values.Where(v => v is not null).Select(v => v!.DeepClone()).ToArray());
        }
    }

    private static void SetDescription(JsonObject node, string description)
    {
        node.Remove("description");
        node["description"] = description;
    }

    private static string? Doc(IReadOnlyDictionary<string, string> docs, string key)
        => docs.TryGetValue(key.Replace('+', '.'), out var text) ? text : null;

    private static IReadOnlyDictionary<string, string> LoadDocs(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        var xml = XDocument.Load(path);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in xml.Descendants("member"))
        {
            var summary = member.Element("summary");
            if (summary is null)
            {
                continue;
            }

            var text = string.Concat(summary.Nodes().Select(n => n switch
            {
                XElement { Name.LocalName: "see" } see
                    => ShortName(see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? string.Empty),

                XElement e => e.Value,
                _ => n.ToString(),
            }));
            result[member.Attribute("name")!.Value] = Regex.Replace(System.Net.WebUtility.HtmlDecode(text), "\\s+", " ").Trim();
        }

        return result;
    }

    private static string ShortName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref.Substring(cref.IndexOf(':', StringComparison.Ordinal) + 1) : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        return name.Substring(name.LastIndexOf('.') + 1);
    }
}
