using System.Text.Json;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>
/// Renders any part of the report's JSON that has no dedicated layout, so nothing stated is left out: objects as
/// label/value lists, lists of scalars as numbered lists, lists of objects as tables; every node is anchored.
/// </summary>
internal sealed class GenericRenderer(PageContext page)
{
    /// <summary>The display text of a scalar node (figures grouped, enums and percentages labelled).</summary>
    public static string ScalarText(string? property, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Labels.Value(property, value.GetString() ?? ""),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Number => value.GetRawText(),
        _ => "",
    };

    /// <summary>True for strings, numbers and booleans.</summary>
    public static bool IsScalar(JsonElement value) =>
        value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    /// <summary>Renders a node of any kind.</summary>
    public void Node(StringBuilder sb, string pointer, string? property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                Object(sb, pointer, value, []);
                break;
            case JsonValueKind.Array:
                Array(sb, pointer, property, value);
                break;
            default:
                sb.Append(page.Leaf(pointer, ScalarText(property, value), IsLongText(value) ? "v text" : "v"));
                break;
        }
    }

    /// <summary>Renders an object as a label/value list, skipping <paramref name="skip"/>.</summary>
    public void Object(StringBuilder sb, string pointer, JsonElement value, IReadOnlyCollection<string> skip)
    {
        sb.Append("<dl").Append(page.Attributes(pointer, "obj")).Append('>').Append(page.Refs(pointer));
        foreach (var p in value.EnumerateObject())
        {
            if (skip.Contains(p.Name))
            {
                continue;
            }

            sb.Append("<dt>").Append(Html.Escape(Labels.Property(p.Name))).Append("</dt><dd>");
            Node(sb, Anchors.Child(pointer, p.Name), p.Name, p.Value);
            sb.Append("</dd>");
        }
        sb.Append("</dl>");
    }

    /// <summary>Renders the properties of an object not in <paramref name="handled"/> (what a dedicated layout does
    /// not show), or nothing when there are none.</summary>
    public void Remaining(StringBuilder sb, string pointer, JsonElement value, IReadOnlyCollection<string> handled)
    {
        if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().All(p => handled.Contains(p.Name)))
        {
            return;
        }

        sb.Append("<dl class=\"obj extra\">");
        foreach (var p in value.EnumerateObject().Where(p => !handled.Contains(p.Name)))
        {
            sb.Append("<dt>").Append(Html.Escape(Labels.Property(p.Name))).Append("</dt><dd>");
            Node(sb, Anchors.Child(pointer, p.Name), p.Name, p.Value);
            sb.Append("</dd>");
        }
        sb.Append("</dl>");
    }

    /// <summary>Renders an object on one line: <c>label：value；…</c> (used for changes and budget comparisons).</summary>
    public void Inline(StringBuilder sb, string pointer, JsonElement value)
    {
        sb.Append("<span").Append(page.Attributes(pointer, "inline")).Append('>');
        bool first = true;
        foreach (var p in value.EnumerateObject())
        {
            if (!first)
            {
                sb.Append("；");
            }

            first = false;
            string child = Anchors.Child(pointer, p.Name);
            if (p.Name is not ("direction" or "kind" or "relation"))
            {
                sb.Append("<span class=\"k\">").Append(Html.Escape(Labels.Property(p.Name))).Append("：</span>");
            }

            if (p.Value.ValueKind == JsonValueKind.Object)
            {
                Inline(sb, child, p.Value);
            }
            else
            {
                Node(sb, child, p.Name, p.Value);
            }
        }
        sb.Append(page.Refs(pointer)).Append("</span>");
    }

    private void Array(StringBuilder sb, string pointer, string? property, JsonElement value)
    {
        var items = value.EnumerateArray().ToList();
        if (items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Object))
        {
            ObjectTable(sb, pointer, items);
            return;
        }
        sb.Append("<ol").Append(page.Attributes(pointer, "list")).Append('>').Append(page.Refs(pointer));
        for (int i = 0; i < items.Count; i++)
        {
            sb.Append("<li>");
            Node(sb, Anchors.Child(pointer, i), property, items[i]);
            sb.Append("</li>");
        }
        sb.Append("</ol>");
    }

    private void ObjectTable(StringBuilder sb, string pointer, List<JsonElement> items)
    {
        var columns = items.SelectMany(i => i.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
        sb.Append("<div class=\"scroll\"><table").Append(page.Attributes(pointer, "grid")).Append("><thead><tr><th>#")
          .Append(page.Refs(pointer)).Append("</th>");
        foreach (var c in columns)
        {
            sb.Append("<th>").Append(Html.Escape(Labels.Property(c))).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        for (int i = 0; i < items.Count; i++)
        {
            string row = Anchors.Child(pointer, i);
            sb.Append("<tr").Append(page.Attributes(row, "")).Append("><td class=\"num\">").Append(Html.Int(i + 1)).Append(page.Refs(row))
              .Append("</td>");
            foreach (var c in columns)
            {
                sb.Append("<td>");
                if (items[i].TryGetProperty(c, out var cell))
                {
                    if (cell.ValueKind == JsonValueKind.Object)
                    {
                        Inline(sb, Anchors.Child(row, c), cell);
                    }
                    else
                    {
                        Node(sb, Anchors.Child(row, c), c, cell);
                    }
                }
                sb.Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
    }

    private static bool IsLongText(JsonElement value) => value.ValueKind == JsonValueKind.String && (value.GetString()?.Length ?? 0) > 40;
}
