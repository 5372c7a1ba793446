namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>
/// Renders anchors and marks: every element that shows a part of the report is anchored by its JSON Pointer
/// (<see cref="Anchors.Id"/>), remembered in <see cref="Rendered"/>, and — when findings name that pointer — marked
/// with the most severe finding's class and back-links to the findings.
/// </summary>
internal sealed class PageContext
{
    private readonly Dictionary<string, List<Finding>> marks = new(StringComparer.Ordinal);
    private readonly HashSet<string> primary = new(StringComparer.Ordinal);

    /// <summary>Creates the context; <paramref name="place"/> maps a finding's pointer to the pointer of the element
    /// that shows it (itself, or its nearest shown ancestor).</summary>
    public PageContext(IReadOnlyList<Finding> findings, Func<string, string> place)
    {
        foreach (var finding in findings)
        {
            primary.Add(Targets(finding, place).First());
            foreach (var target in Targets(finding, place))
            {
                if (!marks.TryGetValue(target, out var list))
                {
                    marks[target] = list = [];
                }

                if (!list.Contains(finding))
                {
                    list.Add(finding);
                }
            }
        }
    }

    /// <summary>Every pointer that got an element.</summary>
    public HashSet<string> Rendered { get; } = new(StringComparer.Ordinal);

    /// <summary>The distinct places of a finding: its local pointers mapped by <paramref name="place"/>, or the root
    /// when it names none.</summary>
    public static IEnumerable<string> Targets(Finding finding, Func<string, string> place)
    {
        var local = finding.Diagnostic.Pointers.Where(Finding.IsLocal).Select(place).Distinct(StringComparer.Ordinal).ToList();
        return local.Count > 0 ? local : [""];
    }

    /// <summary>The attributes of an element anchored at <paramref name="pointer"/>: <c> id="…" class="…"</c>, with
    /// <c>flag</c> and the severity class when findings are placed there.</summary>
    public string Attributes(string pointer, string cssClass)
    {
        Rendered.Add(pointer);
        string classes = cssClass;
        if (marks.TryGetValue(pointer, out var list))
        {
            var worst = list.Min(f => f.Diagnostic.Severity);
            classes = (classes.Length > 0 ? classes + " " : "") + "flag " + Finding.SeverityClassOf(worst)
                + (primary.Contains(pointer) ? "" : " involved");
        }
        return " id=\"" + Anchors.Id(pointer) + "\"" + (classes.Length > 0 ? " class=\"" + classes + "\"" : "");
    }

    /// <summary>The back-links of the findings placed at <paramref name="pointer"/> (empty when none).</summary>
    public string Refs(string pointer)
    {
        if (!marks.TryGetValue(pointer, out var list))
        {
            return "";
        }

        var sb = new StringBuilder("<span class=\"refs\">");
        foreach (var f in list)
        {
            sb.Append("<a class=\"ref ").Append(f.SeverityClass).Append("\" href=\"#").Append(f.Id).Append("\" title=\"")
              .Append(Html.Escape(f.Diagnostic.RuleId + " " + f.Diagnostic.MessageZh)).Append("\">")
              .Append(Html.Int(f.Number)).Append("</a>");
        }
        return sb.Append("</span>").ToString();
    }

    /// <summary>A leaf value: <c>&lt;span id class&gt;text refs&lt;/span&gt;</c>; the text is escaped here.</summary>
    public string Leaf(string pointer, string text, string cssClass = "v") =>
        "<span" + Attributes(pointer, cssClass) + ">" + Html.Escape(text) + Refs(pointer) + "</span>";
}
