using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/FactMemberReaders.g.cs</c> from the contract's metadata (the
/// options the fact index walks by, <see cref="FinalAccountsJson.Options"/>): for every record type reachable from the
/// report, its readable members' JSON names in the contract's order and one method that reads them all by their typed
/// properties into the index's room for them — what the index's walk did with one boxed contract getter (three delegate
/// calls) per member.
/// </summary>
internal static class FactMemberReadersGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/FactMemberReaders.g.cs";

    private static readonly string Header = GeneratedSourceHeader.Write(
        nameof(FactMemberReadersGenerator), "FINACCT_UPDATE_FACT_READERS", nameof(FactMemberReadersTests),
        "PublicFinance.FinalAccounts.Classification", "PublicFinance.FinalAccounts.Model",
        "PublicFinance.FinalAccounts.Model.Narrative", "PublicFinance.FinalAccounts.Model.Performance",
        "PublicFinance.FinalAccounts.Model.Tables") + """

        namespace PublicFinance.FinalAccounts.Validation;

        /// <summary>
        /// The fact index's member readers (generated): per record type of the contract, its readable members' JSON names
        /// in the contract's order and a reader that hands every member's value (boxed as the contract's getter boxes it,
        /// null when absent) with its position to the index's room for them, read by the typed properties. Looked up by
        /// <c>TryGet</c> (FactMemberReaders.TryGet.cs).
        /// </summary>
        internal static partial class FactMemberReaders
        {
            private static readonly Dictionary<Type, (string[] Names, FactMemberReader Read)> Readers = new()
            {

        """;

    private const string Footer = """
            };
        }

        """;

    /// <summary>The file's text as the model and its contract are now.</summary>
    public static string Generate()
    {
        var types = new List<Type>();
        Collect(typeof(FinalAccountsReport), types);
        var code = new StringBuilder(Header.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var type in types)
        {
            Reader(code, type);
        }

        return code.Append(Footer.Replace("\r\n", "\n", StringComparison.Ordinal)).ToString();
    }

    private static JsonTypeInfo Info(Type type) => FinalAccountsJson.Options.GetTypeInfo(type);

    /// <summary>The record types reachable from <paramref name="type"/> (members and list elements), in first-met order.</summary>
    internal static void Collect(Type type, List<Type> types)
    {
        var info = Info(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
        {
            Collect(Nullable.GetUnderlyingType(element) ?? element, types);
            return;
        }

        if (info.Kind != JsonTypeInfoKind.Object || types.Contains(type))
        {
            return;
        }

        types.Add(type);
        foreach (var property in info.Properties.Where(p => p.Get is not null))
        {
            var declared = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (declared != typeof(string) && !declared.IsValueType)
            {
                Collect(declared, types);
            }
        }
    }

    private static void Reader(StringBuilder code, Type type)
    {
        var properties = Info(type).Properties.Where(p => p.Get is not null).ToList();
        code.Append($"        [typeof({type.Name})] = (\n            [");
        // The names on lines of at most about 120 characters (the layout's limit is 140).
        var column = 13;
        for (var i = 0; i < properties.Count; i++)
        {
            var name = $"\"{properties[i].Name}\"" + (i + 1 < properties.Count ? "," : "");
            if (i > 0 && column + 1 + name.Length > 120)
            {
                code.Append("\n             ");
                column = 13;
            }

            code.Append(i > 0 && column > 13 ? " " : "").Append(name);
            column += name.Length + 1;
        }

        code.Append("],\n");
        if (properties.Count == 0)
        {
            code.Append("            static (object record, ref FactMemberSink members) => { }),\n");
            return;
        }

        code.Append("            static (object record, ref FactMemberSink members) =>\n            {\n");
        code.Append($"                var value = ({type.Name})record;\n");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = (PropertyInfo)properties[i].AttributeProvider!;
            code.Append($"                members.Add({i}, value.{property.Name});\n");
        }

        code.Append("            }),\n");
    }
}
