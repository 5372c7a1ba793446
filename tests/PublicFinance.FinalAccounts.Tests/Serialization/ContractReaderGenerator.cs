using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Serialization/ContractShapes.g.cs</c> from the contract's metadata
/// (<see cref="FinalAccountsJson.Options"/>): for every record type reachable from the report, a declarative table —
/// its members in the contract's order (JSON name and kind: scalar, optional scalar, list of scalars, record, list of
/// records), the required ones as a mask, and its initialiser from the frame's typed cells. One engine per source reads
/// it: <see cref="ContractReader"/> (JSON) and <see cref="ContractTreeReader"/> (the text reader's draft).
/// </summary>
internal static class ContractReaderGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Serialization/ContractShapes.g.cs";

    private static readonly string Header = GeneratedSourceHeader.Write(
        nameof(ContractReaderGenerator), "FINACCT_UPDATE_CONTRACT_READER", nameof(ContractReaderTests),
        "System.Collections.Generic", "PublicFinance.FinalAccounts.Classification", "PublicFinance.FinalAccounts.Model",
        "PublicFinance.FinalAccounts.Model.Narrative", "PublicFinance.FinalAccounts.Model.Performance",
        "PublicFinance.FinalAccounts.Model.Tables", "PublicFinance.FinalAccounts.Values",
        "static PublicFinance.FinalAccounts.Serialization.ContractMember") + """

        namespace PublicFinance.FinalAccounts.Serialization;

        /// <summary>
        /// The contract's record types as data (generated): per type its members (JSON name, kind), the required ones and
        /// its initialiser. Declared so that a type's members' types come before it (static fields are made in order).
        /// </summary>
        internal static class ContractShapes
        {

        """;

    /// <summary>The file's text as the model and its contract are now.</summary>
    public static string Generate()
    {
        var types = new List<Type>();
        Collect(typeof(FinalAccountsReport), types, []);
        var code = new StringBuilder(Header.Replace("\r\n", "\n", StringComparison.Ordinal));
        for (var t = 0; t < types.Count; t++)
        {
            var properties = Info(types[t]).Properties;
            if (properties.Count > 64)
            {
                throw new InvalidOperationException($"{types[t].Name}: more members than a 64-bit mask holds.");
            }

            Shape(code, types[t], properties);
            code.Append(t + 1 < types.Count ? "\n" : string.Empty);
        }

        return code.Append("}\n").ToString();
    }

    private static JsonTypeInfo Info(Type type) => FinalAccountsJson.Options.GetTypeInfo(type);

    private static bool IsRecord(Type type) => Info(type).Kind == JsonTypeInfoKind.Object;

    private static Type? ItemOf(Type type) => Info(type) is { Kind: JsonTypeInfoKind.Enumerable } list ? list.ElementType : null;

    private static Type RecordOf(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>
    /// The record types reachable from <paramref name="type"/>, each after the types of its members (post-order); a
    /// type that contains itself is refused, since the readers keep one frame per type.
    /// </summary>
    private static void Collect(Type type, List<Type> types, HashSet<Type> open)
    {
        if (types.Contains(type))
        {
            return;
        }

        if (!open.Add(type))
        {
            throw new InvalidOperationException($"{type.Name} contains itself: the contract readers keep one frame per type.");
        }

        foreach (var member in Info(type).Properties.Select(p => ItemOf(p.PropertyType) ?? p.PropertyType))
        {
            if (IsRecord(member))
            {
                Collect(RecordOf(member), types, open);
            }
        }

        open.Remove(type);
        types.Add(type);
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            var generic = type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal));
            return generic + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return type == typeof(string) ? "string" : type == typeof(int) ? "int" : type == typeof(bool) ? "bool" : type.Name;
    }

    /// <summary>The member's entry in the table: its kind, its JSON name, and its item's shape for records.</summary>
    private static string Member(JsonPropertyInfo property)
    {
        var name = $"\"{property.Name}\"";
        if (ItemOf(property.PropertyType) is { } item)
        {
            return IsRecord(item) ? $"Records({name}, {item.Name}Shape)" : $"Leaves<{Name(item)}>({name})";
        }

        return IsRecord(property.PropertyType)
            ? $"Record({name}, {RecordOf(property.PropertyType).Name}Shape)"
            : Nullable.GetUnderlyingType(property.PropertyType) is { } value
                ? $"Optional<{Name(value)}>({name})"
                : $"Leaf<{Name(property.PropertyType)}>({name})";
    }

    /// <summary>The type of the member's cell: the member's type, or <c>List&lt;TItem&gt;</c> for a list.</summary>
    private static string CellType(Type type) => ItemOf(type) is { } item ? $"List<{Name(item)}>" : Name(type);

    private static void Shape(StringBuilder code, Type type, IList<JsonPropertyInfo> properties)
    {
        var required = 0UL;
        for (var i = 0; i < properties.Count; i++)
        {
            required |= properties[i].IsRequired ? 1UL << i : 0;
        }

        code.Append($"    public static readonly RecordShape<{Name(type)}> {type.Name}Shape = new(\n");
        code.Append($"        0x{required:X}UL,\n        [\n");
        foreach (var property in properties)
        {
            code.Append($"            {Member(property)},\n");
        }

        code.Append($"        ],\n        static f => new {Name(type)}\n        {{\n");
        var nullability = new NullabilityInfoContext();
        for (var i = 0; i < properties.Count; i++)
        {
            // A member the model declares not null gets "!": a list left null reads as empty (its init accessor), a
            // required one is always read (RequireAll), the schema version's accessor stores the current one for null.
            var property = (PropertyInfo)properties[i].AttributeProvider!;
            var notNull = !property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.NotNull;
            code.Append($"            {property.Name} = f.Get<{CellType(properties[i].PropertyType)}>({i}){(notNull ? "!" : "")},\n");
        }

        code.Append("        });\n");
    }
}
