using System.Reflection;
using System.Xml.Linq;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Rendering;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The XML documentation a newcomer reads (issue 13, session 26): the compiler already refuses a public member without
/// docs (CS1591 as an error); this checks what it cannot — that a summary says something, and that the model's public
/// types, properties and enum members name their Chinese term (中文术语), the domain's own word for the concept.
/// </summary>
public class XmlDocsTests
{
    /// <summary>
    /// Model members whose summary has no Chinese yet, kept by name until it has one. Empty since session 27 (every model
    /// member names its term); a member may only be pinned again with a reason, and the list can only shrink
    /// (<see cref="PinnedModelMembers_StillLackTheirTerm"/>).
    /// </summary>
    private static readonly string[] PinnedModelMembers = [];

    /// <summary>The four library packages, one type of each.</summary>
    public static TheoryData<string> Packages() => new()
    {
        typeof(FinalAccountsReport).Assembly.GetName().Name!,
        typeof(DisclosureReader).Assembly.GetName().Name!,
        typeof(PublishedDocumentReader).Assembly.GetName().Name!,
        typeof(HtmlReportRenderer).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryDocumentedMemberOfAPublicType_HasASummary(string package)
    {
        var assembly = Assembly.Load(package);
        var publicTypes = assembly.GetExportedTypes().Select(DocName).ToHashSet(StringComparer.Ordinal);
        var docs = Docs(package);

        // A member is of a public type when the part of its id before the member's name is a public type's name.
        var empty = docs.Where(d => !d.Inherits && d.Summary.Length == 0
                && publicTypes.Contains(d.Id[0] == 'T' ? d.Id[2..] : DeclaringType(d.Id)))
            .Select(d => d.Id)
            .ToList();

        Assert.NotEmpty(publicTypes);
        Assert.True(empty.Count == 0, "Empty summaries:\n" + string.Join("\n", empty));
    }

    [Fact]
    public void ModelTypesPropertiesAndEnumMembers_NameTheirChineseTerm()
    {
        var missing = ModelDocs().Where(d => !Bilingual.HasCjk(d.Summary))
            .Select(d => d.Id)
            .Except(PinnedModelMembers, StringComparer.Ordinal)
            .ToList();

        // Every public type, property and enum member of the model is checked: well over a hundred.
        Assert.True(ModelDocs().Count > 400, ModelDocs().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(missing.Count == 0, "Model summaries without a Chinese term:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void PinnedModelMembers_StillLackTheirTerm()
    {
        // A pinned member that has its term now (or is gone) leaves the list: it would hide nothing.
        var docs = ModelDocs().ToDictionary(d => d.Id, d => d.Summary, StringComparer.Ordinal);
        var stale = PinnedModelMembers.Where(id => !docs.TryGetValue(id, out var summary) || Bilingual.HasCjk(summary)).ToList();

        Assert.True(stale.Count == 0, "Remove from PinnedModelMembers:\n" + string.Join("\n", stale));
    }

    /// <summary>The model's public types, their properties, constants and enum members, with their summaries.</summary>
    private static List<(string Id, string Summary, bool Inherits)> ModelDocs()
    {
        var assembly = typeof(FinalAccountsReport).Assembly;
        var docs = Docs(assembly.GetName().Name!).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var ids = new List<string>();
        var model = assembly.GetExportedTypes()
            .Where(t => t.Namespace?.StartsWith("PublicFinance.FinalAccounts.Model", StringComparison.Ordinal) == true);
        foreach (var type in model)
        {
            ids.Add("T:" + DocName(type));
            ids.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => "P:" + DocName(type) + "." + p.Name));
            ids.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(f => "F:" + DocName(type) + "." + f.Name));
        }

        // A member without an entry (an inherited record member, EqualityContract) is not documented here: left out.
        return [.. ids.Where(docs.ContainsKey).Select(id => docs[id])];
    }

    private static List<(string Id, string Summary, bool Inherits)> Docs(string package)
    {
        var file = Path.Combine(AppContext.BaseDirectory, package + ".xml");
        return [.. XDocument.Load(file).Descendants("member").Select(m => (
            Id: (string)m.Attribute("name")!,
            Summary: string.Concat(m.Element("summary")?.DescendantNodes().OfType<XText>().Select(t => t.Value) ?? []).Trim(),
            Inherits: m.Element("inheritdoc") is not null))];
    }

    private static string DocName(Type type) => type.FullName!.Replace('+', '.');

    private static string DeclaringType(string id)
    {
        var name = id[2..];
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var dot = name.LastIndexOf('.');
        return dot < 0 ? name : name[..dot];
    }
}
