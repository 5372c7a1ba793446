using System.Text.Json;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>
/// Lays out the narrative (情况说明) by section: one table per section with each stated figure, its share, its
/// change against the prior year and its budget comparison; lists of figures by functional code as rows; everything
/// else the section states (counts, descriptions, reasons) below the table.
/// </summary>
internal sealed class NarrativeRenderer(PageContext page, GenericRenderer generic)
{
    private static readonly HashSet<string> FigureProperties = new(System.StringComparer.Ordinal)
    {
        "amount", "share", "shareBasis", "change", "budget", "code", "className", "sectionName", "name",
    };

    internal static readonly (string Prop, string Heading)[] Sections =
    [
        ("overall", "一、收入支出决算总体情况"), ("income", "二、收入决算情况"), ("expenditure", "三、支出决算情况"),
        ("appropriation", "四、财政拨款收入支出决算总体情况"), ("generalBudget", "五、一般公共预算财政拨款支出决算情况"),
        ("basicExpenditure", "六、一般公共预算财政拨款基本支出决算情况"), ("governmentFund", "七、政府性基金预算财政拨款收入支出决算情况"),
        ("stateCapital", "八、国有资本经营预算财政拨款支出决算情况"), ("threePublic", "九、财政拨款“三公”经费支出决算情况"),
        ("operatingExpenses", "十、机关运行经费支出情况"), ("procurement", "十一、政府采购支出情况"), ("assets", "十二、国有资产占用情况"),
    ];

    /// <summary>Renders the narrative section (always, with its anchor, so findings on absent sections have a place).</summary>
    public void Render(StringBuilder sb, JsonElement? narrative)
    {
        const string NarrativePointer = "/narrative";
        sb.Append("<section").Append(page.Attributes(NarrativePointer, "part"))
          .Append("><h2>情况说明中的数字 <small>Figures stated in the narrative</small>")
          .Append(page.Refs(NarrativePointer)).Append("</h2>");
        if (narrative is not { } all)
        {
            sb.Append("<p class=\"absent\">输入中没有情况说明 No narrative in the input.</p></section>");
            return;
        }
        var absent = new List<(string Prop, string Heading)>();
        foreach (var (prop, heading) in Sections)
        {
            if (all.TryGetProperty(prop, out var section))
            {
                Section(sb, Anchors.Child(NarrativePointer, prop), heading, section);
            }
            else
            {
                absent.Add((prop, heading));
            }
        }
        foreach (var extra in all.EnumerateObject().Where(p => Sections.All(s => s.Prop != p.Name)))
        {
            Section(sb, Anchors.Child(NarrativePointer, extra.Name), Labels.Property(extra.Name), extra.Value);
        }

        if (absent.Count > 0)
        {
            sb.Append("<p class=\"absent\">输入中没有的部分 Sections not in the input: ");
            foreach (var (prop, heading) in absent)
            {
                string p = Anchors.Child(NarrativePointer, prop);
                sb.Append("<span").Append(page.Attributes(p, "absent-section")).Append('>').Append(Html.Escape(heading))
                  .Append(page.Refs(p)).Append("</span> ");
            }
            sb.Append("</p>");
        }
        sb.Append("</section>");
    }

    private void Section(StringBuilder sb, string pointer, string heading, JsonElement section)
    {
        sb.Append("<section").Append(page.Attributes(pointer, "narrative-section")).Append("><h3>").Append(Html.Escape(heading))
          .Append(page.Refs(pointer)).Append("</h3>");
        if (section.ValueKind != JsonValueKind.Object)
        {
            generic.Node(sb, pointer, null, section);
            sb.Append("</section>");
            return;
        }
        var handled = new List<string>();
        var figureRows = new StringBuilder();
        foreach (var p in section.EnumerateObject())
        {
            string child = Anchors.Child(pointer, p.Name);
            if (IsFigure(p.Value))
            {
                handled.Add(p.Name);
                FigureRow(figureRows, child, Labels.Property(p.Name), p.Value, "");
            }
            else if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0 && p.Value.EnumerateArray().All(IsFigure))
            {
                handled.Add(p.Name);
                figureRows.Append("<tr").Append(page.Attributes(child, "group")).Append("><th colspan=\"5\">")
                    .Append(Html.Escape(Labels.Property(p.Name)))
                    .Append(page.Refs(child)).Append("</th></tr>");
                int i = 0;
                foreach (var item in p.Value.EnumerateArray())
                {
                    string ip = Anchors.Child(child, i++);
                    FigureRow(figureRows, ip, null, item, "sub");
                }
            }
        }
        if (figureRows.Length > 0)
        {
            sb.Append("<div class=\"scroll\"><table class=\"grid figures\"><thead><tr>")
              .Append("<th>项目</th><th>金额</th><th>占比</th><th>比上年增减</th><th>与预算比较</th></tr></thead><tbody>")
              .Append(figureRows).Append("</tbody></table></div>");
        }
        generic.Remaining(sb, pointer, section, handled);
        sb.Append("</section>");
    }

    /// <summary>A stated figure: an object with a string <c>amount</c> and only the properties of a figure.</summary>
    private static bool IsFigure(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.String
        && value.EnumerateObject().All(p => FigureProperties.Contains(p.Name));

    private void FigureRow(StringBuilder sb, string pointer, string? label, JsonElement figure, string cssClass)
    {
        sb.Append("<tr").Append(page.Attributes(pointer, cssClass)).Append("><td class=\"name\">");
        if (label is not null)
        {
            sb.Append(Html.Escape(label));
        }

        foreach (var part in new[] { "code", "className", "sectionName", "name" })
        {
            if (figure.TryGetProperty(part, out var v))
            {
                sb.Append(page.Leaf(Anchors.Child(pointer, part), v.GetString() ?? "", part == "code" ? "v code" : "v")).Append(' ');
            }
        }
        sb.Append(page.Refs(pointer)).Append("</td><td class=\"num\">");
        sb.Append(page.Leaf(Anchors.Child(pointer, "amount"), GenericRenderer.ScalarText("amount", figure.GetProperty("amount"))));
        sb.Append("</td><td class=\"num\">");
        if (figure.TryGetProperty("share", out var share))
        {
            sb.Append(page.Leaf(Anchors.Child(pointer, "share"), GenericRenderer.ScalarText("share", share)));
        }

        if (figure.TryGetProperty("shareBasis", out var basis))
        {
            sb.Append("<br><small>").Append(page.Leaf(Anchors.Child(pointer, "shareBasis"), "占" + (basis.GetString() ?? "")))
              .Append("</small>");
        }

        sb.Append("</td><td class=\"desc\">");
        if (figure.TryGetProperty("change", out var change) && change.ValueKind == JsonValueKind.Object)
        {
            generic.Inline(sb, Anchors.Child(pointer, "change"), change);
        }

        sb.Append("</td><td class=\"desc\">");
        if (figure.TryGetProperty("budget", out var budget) && budget.ValueKind == JsonValueKind.Object)
        {
            generic.Inline(sb, Anchors.Child(pointer, "budget"), budget);
        }

        sb.Append("</td></tr>");
    }
}
