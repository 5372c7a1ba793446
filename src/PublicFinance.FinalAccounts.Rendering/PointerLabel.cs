using System.Text.Json;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>Describes a JSON Pointer in the words of the document (<c>/tables/income/rows/0/total</c> →
/// <c>表2 收入决算表 › 201 一般公共服务支出 › 合计</c>), so a reviewer need not read pointers.</summary>
internal static class PointerLabel
{
    /// <summary>The description; parts the report does not have are still named from the contract's labels.</summary>
    public static string Describe(JsonElement root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return "整个报告 the whole report";
        }

        var tokens = pointer.Substring(1).Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")).ToList();
        var parts = new List<string>();
        JsonElement? node = root;
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            string? parent = i > 0 ? tokens[i - 1] : null;
            JsonElement? child = null;
            if (node is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(token, out var c))
            {
                child = c;
            }
            else if (node is { ValueKind: JsonValueKind.Array } arr
                && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < arr.GetArrayLength())
            {
                child = arr[index];
            }

            if (i == 0 && token is "tables" or "narrative")
            {
                // The next token names the table or section; this one adds nothing.
            }
            else if (parent == "tables" && i == 1 && TableRenderer.Tables.FirstOrDefault(t => t.Prop == token) is { Prop: not null } table)
            {
                parts.Add(table.Number + " " + table.Title);
            }
            else if (parent == "narrative" && i == 1
                && NarrativeRenderer.Sections.FirstOrDefault(s => s.Prop == token) is { Prop: not null } section)
            {
                parts.Add("说明 " + section.Heading);
            }
            else if (node is { ValueKind: JsonValueKind.Array }
                && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            {
                parts.Add(RowName(child, n));
            }
            else if (token is "rows" or "classes" or "items" && i + 1 < tokens.Count)
            {
                // The row's own name follows.
            }
            else
            {
                parts.Add(Labels.Property(token));
            }

            node = child;
        }
        return string.Join(" › ", parts);
    }

    private static string RowName(JsonElement? row, int index)
    {
        if (row is { ValueKind: JsonValueKind.Object } r)
        {
            string code = r.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() ?? "" : "";
            string name = r.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? ""
                : r.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() ?? ""
                : r.TryGetProperty("term", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            string both = (code + " " + name).Trim();
            if (both.Length > 0)
            {
                return both;
            }
        }
        return "第 " + (index + 1).ToString(CultureInfo.InvariantCulture) + " 项";
    }
}
