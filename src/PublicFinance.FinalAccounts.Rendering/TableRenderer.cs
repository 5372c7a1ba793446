using System.Text.Json;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>Lays out the nine tables (九张表) like the published ones: code, name and the table's own columns.</summary>
internal sealed class TableRenderer(PageContext page, GenericRenderer generic, string reportUnit)
{
    private static readonly (string Prop, string Label)[] IncomeColumns =
    [
        ("total", "本年收入合计"), ("fiscalAppropriation", "财政拨款收入"), ("superiorSubsidy", "上级补助收入"),
        ("serviceIncome", "事业收入"), ("businessIncome", "经营收入"), ("affiliatedRemittance", "附属单位上缴收入"), ("otherIncome", "其他收入"),
    ];

    private static readonly (string Prop, string Label)[] ExpenditureColumns =
    [
        ("total", "本年支出合计"), ("basic", "基本支出"), ("project", "项目支出"), ("remittedToSuperior", "上缴上级支出"),
        ("business", "经营支出"), ("subsidyToAffiliates", "对附属单位补助支出"),
    ];

    private static readonly (string Prop, string Label)[] BasicProjectColumns = [("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")];

    private static readonly (string Prop, string Label)[] AmountColumn = [("amount", "决算数")];

    private static readonly (string Prop, string Label)[] FundTableColumns =
    [
        ("openingCarryOver", "年初结转和结余"), ("income", "本年收入"), ("expenditureTotal", "本年支出合计"), ("basic", "基本支出"),
        ("project", "项目支出"), ("closingCarryOver", "年末结转和结余"),
    ];

    private static readonly (string Prop, string Label)[] FundColumns =
    [
        ("total", "合计"), ("generalBudget", "一般公共预算财政拨款"), ("governmentFund", "政府性基金预算财政拨款"), ("stateCapital", "国有资本经营预算财政拨款"),
    ];

    private static readonly (string Prop, string Label)[] ThreePublicColumns =
    [
        ("total", "合计"), ("overseasTravel", "因公出国（境）费"), ("vehiclesSubtotal", "公务用车购置及运行（维护）费 小计"),
        ("vehiclePurchase", "公务用车购置费"), ("vehicleOperation", "公务用车运行（维护）费"), ("reception", "公务接待费"),
    ];

    /// <summary>The nine tables in published order: property, number and title.</summary>
    public static readonly (string Prop, string Number, string Title)[] Tables =
    [
        ("summary", "表1", "收入支出决算总表"), ("income", "表2", "收入决算表"), ("expenditure", "表3", "支出决算表"),
        ("appropriationSummary", "表4", "财政拨款收入支出决算总表"), ("generalBudgetExpenditure", "表5", "一般公共预算财政拨款支出决算表"),
        ("basicExpenditure", "表6", "一般公共预算财政拨款基本支出决算表"), ("threePublic", "表7", "财政拨款“三公”经费支出决算表"),
        ("governmentFund", "表8", "政府性基金预算财政拨款收入支出决算表"), ("stateCapital", "表9", "国有资本经营预算财政拨款收入支出决算表"),
    ];

    private static readonly string[] TableCommon = ["title", "note", "unit", "isEmpty"];

    /// <summary>Renders the tables section; absent tables are listed as not in the input, each with its anchor.</summary>
    public void Render(StringBuilder sb, JsonElement? tables)
    {
        const string TablesPointer = "/tables";
        sb.Append("<section").Append(page.Attributes(TablesPointer, "part")).Append("><h2>九张表 <small>The nine tables</small>")
          .Append(page.Refs(TablesPointer)).Append("</h2>");
        var absent = new List<(string Prop, string Number, string Title)>();
        foreach (var t in Tables)
        {
            if (tables is { } all && all.TryGetProperty(t.Prop, out var table))
            {
                Table(sb, Anchors.Child(TablesPointer, t.Prop), t.Prop, t.Number, t.Title, table);
            }
            else
            {
                absent.Add(t);
            }
        }
        if (absent.Count > 0)
        {
            sb.Append("<p class=\"absent\">输入中没有的表 Tables not in the input: ");
            foreach (var t in absent)
            {
                string p = Anchors.Child(TablesPointer, t.Prop);
                sb.Append("<span").Append(page.Attributes(p, "absent-table")).Append('>').Append(Html.Escape(t.Number + " " + t.Title))
                  .Append(page.Refs(p)).Append("</span> ");
            }
            sb.Append("</p>");
        }
        if (tables is { } present)
        {
            generic.Remaining(sb, TablesPointer, present, Tables.Select(t => t.Prop).ToList());
        }

        sb.Append("</section>");
    }

    private void Table(StringBuilder sb, string pointer, string prop, string number, string canonical, JsonElement table)
    {
        // The printed title is the heading when it is the standard one; otherwise both are shown.
        string? printed = table.TryGetProperty("title", out var title) ? title.GetString() : null;
        string titlePointer = Anchors.Child(pointer, "title");
        sb.Append("<section").Append(page.Attributes(pointer, "table-block")).Append("><h3>").Append(Html.Escape(number)).Append(' ');
        sb.Append(printed == canonical ? page.Leaf(titlePointer, canonical) : Html.Escape(canonical)).Append(page.Refs(pointer))
          .Append("</h3>");
        if (printed is not null && printed != canonical)
        {
            sb.Append("<p class=\"printed-title\">").Append(page.Leaf(titlePointer, printed)).Append("</p>");
        }

        sb.Append("<p class=\"unit\">单位：");
        sb.Append(table.TryGetProperty("unit", out var unit)
            ? page.Leaf(Anchors.Child(pointer, "unit"), GenericRenderer.ScalarText("unit", unit))
            : Html.Escape(reportUnit));
        sb.Append("</p>");
        if (table.TryGetProperty("isEmpty", out var empty) && empty.ValueKind == JsonValueKind.True)
        {
            sb.Append("<p class=\"empty\">").Append(page.Leaf(Anchors.Child(pointer, "isEmpty"), "本表无数据（空表） This table is published empty"))
              .Append("</p>");
        }

        List<string> handled = [.. TableCommon];
        switch (prop)
        {
            case "summary":
                handled.AddRange(["income", "expenditure"]);
                TwoSided(sb, pointer, table, SummaryIncomeRows, SummaryExpenditureRows, null);
                break;
            case "appropriationSummary":
                handled.AddRange(["income", "expenditure"]);
                TwoSided(sb, pointer, table, AppropriationIncomeRows, AppropriationExpenditureRows, FundColumns);
                break;
            case "income":
                handled.AddRange(["total", "rows"]);
                CodedRows(sb, pointer, table, IncomeColumns, null);
                break;
            case "expenditure":
                handled.AddRange(["total", "rows"]);
                CodedRows(sb, pointer, table, ExpenditureColumns, null);
                break;
            case "generalBudgetExpenditure":
                handled.AddRange(["total", "rows"]);
                CodedRows(sb, pointer, table, BasicProjectColumns, null);
                break;
            case "basicExpenditure":
                handled.AddRange(["rows", "personnelTotal", "publicTotal", "total"]);
                CodedRows(sb, pointer, table, AmountColumn, [("personnelTotal", "人员经费合计"), ("publicTotal", "公用经费合计"), ("total", "基本支出合计")]);
                break;
            case "threePublic":
                handled.AddRange(["budget", "final"]);
                ThreePublic(sb, pointer, table);
                break;
            default:
                handled.AddRange(["total", "rows"]);
                CodedRows(sb, pointer, table, FundTableColumns, null);
                break;
        }
        if (table.TryGetProperty("note", out var note))
        {
            sb.Append("<p class=\"table-note\">").Append(page.Leaf(Anchors.Child(pointer, "note"), note.GetString() ?? "")).Append("</p>");
        }

        generic.Remaining(sb, pointer, table, handled);
        sb.Append("</section>");
    }

    /// <summary>Rows with code and name, a 合计 row first (object <c>total</c> with the same columns), and optional
    /// single-amount footer rows (table 6).</summary>
    private void CodedRows(
        StringBuilder sb, string pointer, JsonElement table, (string Prop, string Label)[] columns, (string Prop, string Label)[]? footer)
    {
        sb.Append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>科目编码</th><th>科目名称</th>");
        foreach (var c in columns)
        {
            sb.Append("<th>").Append(Html.Escape(c.Label)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        if (footer is null && table.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Object)
        {
            string p = Anchors.Child(pointer, "total");
            sb.Append("<tr").Append(page.Attributes(p, "total")).Append("><td colspan=\"2\">合计").Append(page.Refs(p)).Append("</td>");
            Cells(sb, p, total, columns);
            sb.Append("</tr>");
            ExtraRow(sb, p, total, [.. columns.Select(c => c.Prop)], columns.Length + 2);
        }
        if (table.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var row in rows.EnumerateArray())
            {
                string p = Anchors.Child(Anchors.Child(pointer, "rows"), i++);
                string code = row.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                sb.Append("<tr").Append(page.Attributes(p, "level-" + Html.Int(code.Length))).Append("><td class=\"code\">");
                if (code.Length > 0)
                {
                    sb.Append(page.Leaf(Anchors.Child(p, "code"), code));
                }

                sb.Append(page.Refs(p)).Append("</td><td class=\"name\">");
                if (row.TryGetProperty("name", out var name))
                {
                    sb.Append(page.Leaf(Anchors.Child(p, "name"), name.GetString() ?? ""));
                }

                sb.Append("</td>");
                Cells(sb, p, row, columns);
                sb.Append("</tr>");
                ExtraRow(sb, p, row, [.. columns.Select(x => x.Prop), "code", "name"], columns.Length + 2);
            }
        }
        if (footer is not null)
        {
            foreach (var (prop, label) in footer)
            {
                if (!table.TryGetProperty(prop, out var value))
                {
                    continue;
                }

                string p = Anchors.Child(pointer, prop);
                sb.Append("<tr class=\"total\"><td colspan=\"2\">").Append(Html.Escape(label)).Append("</td><td class=\"num\">")
                  .Append(page.Leaf(p, GenericRenderer.ScalarText(prop, value))).Append("</td></tr>");
            }
        }
        sb.Append("</tbody></table></div>");
    }

    /// <summary>A full-width row with what a row holds beyond the table's columns, when it holds anything more.</summary>
    private void ExtraRow(StringBuilder sb, string pointer, JsonElement row, List<string> handled, int colspan)
    {
        if (row.EnumerateObject().All(x => handled.Contains(x.Name)))
        {
            return;
        }

        sb.Append("<tr class=\"extra-row\"><td colspan=\"").Append(Html.Int(colspan)).Append("\">");
        generic.Remaining(sb, pointer, row, handled);
        sb.Append("</td></tr>");
    }

    private void Cells(StringBuilder sb, string rowPointer, JsonElement row, (string Prop, string Label)[] columns)
    {
        foreach (var (prop, _) in columns)
        {
            sb.Append("<td class=\"num\">");
            if (row.TryGetProperty(prop, out var value))
            {
                sb.Append(page.Leaf(Anchors.Child(rowPointer, prop), GenericRenderer.ScalarText(prop, value)));
            }

            sb.Append("</td>");
        }
    }

    private static readonly (string Prop, string Label)[] SummaryIncomeRows =
    [
        ("generalBudgetAppropriation", "一、一般公共预算财政拨款收入"), ("governmentFundAppropriation", "二、政府性基金预算财政拨款收入"),
        ("stateCapitalAppropriation", "三、国有资本经营预算财政拨款收入"), ("superiorSubsidy", "四、上级补助收入"), ("serviceIncome", "五、事业收入"),
        ("businessIncome", "六、经营收入"), ("affiliatedRemittance", "七、附属单位上缴收入"), ("otherIncome", "八、其他收入"),
        ("currentYearTotal", "本年收入合计"), ("useOfNonAppropriationBalance", "使用非财政拨款结余（含专用结余）"),
        ("openingCarryOver", "年初结转和结余"), ("grandTotal", "总计"),
    ];

    private static readonly (string Prop, string Label)[] SummaryExpenditureRows =
    [
        ("classes", ""), ("currentYearTotal", "本年支出合计"), ("balanceDistribution", "结余分配"), ("closingCarryOver", "年末结转和结余"),
        ("grandTotal", "总计"),
    ];

    private static readonly (string Prop, string Label)[] AppropriationIncomeRows =
    [
        ("generalBudget", "一、一般公共预算财政拨款"), ("governmentFund", "二、政府性基金预算财政拨款"), ("stateCapital", "三、国有资本经营预算财政拨款"),
        ("currentYearTotal", "本年收入合计"), ("openingCarryOver", "年初财政拨款结转和结余"), ("grandTotal", "总计"),
    ];

    private static readonly (string Prop, string Label)[] AppropriationExpenditureRows =
    [
        ("classes", ""), ("currentYearTotal", "本年支出合计"), ("closingCarryOver", "年末财政拨款结转和结余"), ("grandTotal", "总计"),
    ];

    /// <summary>Tables 1 and 4: income side and expenditure side next to each other. The income side has one amount
    /// column (a fund split such as 年初财政拨款结转和结余 becomes indented sub-rows); the expenditure side has one amount
    /// column or, for table 4, the fund-type columns.</summary>
    private void TwoSided(StringBuilder sb, string pointer, JsonElement table, (string Prop, string Label)[] incomeRows,
        (string Prop, string Label)[] expenditureRows, (string Prop, string Label)[]? fundColumns)
    {
        sb.Append("<div class=\"two-sided\">");
        string incomePointer = Anchors.Child(pointer, "income");
        sb.Append("<div class=\"scroll\"><table").Append(page.Attributes(incomePointer, "grid")).Append("><thead><tr><th>收入 项目")
          .Append(page.Refs(incomePointer)).Append("</th><th>决算数</th></tr></thead><tbody>");
        if (table.TryGetProperty("income", out var income))
        {
            foreach (var (prop, label) in incomeRows)
            {
                if (!income.TryGetProperty(prop, out var value))
                {
                    continue;
                }

                string p = Anchors.Child(incomePointer, prop);
                if (value.ValueKind == JsonValueKind.Object)
                {
                    sb.Append("<tr").Append(page.Attributes(p, "")).Append("><td>").Append(Html.Escape(label)).Append(page.Refs(p))
                      .Append("</td><td class=\"num\">");
                    if (value.TryGetProperty("total", out var t))
                    {
                        sb.Append(page.Leaf(Anchors.Child(p, "total"), GenericRenderer.ScalarText("total", t)));
                    }

                    sb.Append("</td></tr>");
                    foreach (var (fund, fundLabel) in FundColumns.Skip(1))
                    {
                        if (!value.TryGetProperty(fund, out var f))
                        {
                            continue;
                        }

                        sb.Append("<tr class=\"sub\"><td>　").Append(Html.Escape(fundLabel)).Append("</td><td class=\"num\">")
                          .Append(page.Leaf(Anchors.Child(p, fund), GenericRenderer.ScalarText(fund, f))).Append("</td></tr>");
                    }
                }
                else
                {
                    sb.Append("<tr class=\"").Append(IsTotalRow(prop) ? "total" : "").Append("\"><td>").Append(Html.Escape(label))
                      .Append("</td><td class=\"num\">")
                      .Append(page.Leaf(p, GenericRenderer.ScalarText(prop, value))).Append("</td></tr>");
                }
            }
        }
        sb.Append("</tbody></table></div>");

        string expPointer = Anchors.Child(pointer, "expenditure");
        var columns = fundColumns ?? [("amount", "决算数")];
        sb.Append("<div class=\"scroll\"><table").Append(page.Attributes(expPointer, "grid")).Append("><thead><tr><th>支出 项目")
          .Append(page.Refs(expPointer)).Append("</th>");
        foreach (var c in columns)
        {
            sb.Append("<th>").Append(Html.Escape(c.Label)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        if (table.TryGetProperty("expenditure", out var expenditure))
        {
            foreach (var (prop, label) in expenditureRows)
            {
                if (!expenditure.TryGetProperty(prop, out var value))
                {
                    continue;
                }

                string p = Anchors.Child(expPointer, prop);
                if (value.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var row in value.EnumerateArray())
                    {
                        string rp = Anchors.Child(p, i++);
                        sb.Append("<tr").Append(page.Attributes(rp, "")).Append("><td>");
                        if (row.TryGetProperty("code", out var code))
                        {
                            sb.Append(page.Leaf(Anchors.Child(rp, "code"), code.GetString() ?? "", "v code")).Append(' ');
                        }

                        if (row.TryGetProperty("name", out var name))
                        {
                            sb.Append(page.Leaf(Anchors.Child(rp, "name"), name.GetString() ?? ""));
                        }

                        sb.Append(page.Refs(rp)).Append("</td>");
                        Cells(sb, rp, row, columns);
                        sb.Append("</tr>");
                    }
                }
                else if (value.ValueKind == JsonValueKind.Object)
                {
                    sb.Append("<tr").Append(page.Attributes(p, "total")).Append("><td>").Append(Html.Escape(label)).Append(page.Refs(p))
                      .Append("</td>");
                    Cells(sb, p, value, columns);
                    sb.Append("</tr>");
                }
                else
                {
                    sb.Append("<tr class=\"total\"><td>").Append(Html.Escape(label)).Append("</td><td class=\"num\">")
                      .Append(page.Leaf(p, GenericRenderer.ScalarText(prop, value))).Append("</td>");
                    for (int k = 1; k < columns.Length; k++)
                    {
                        sb.Append("<td></td>");
                    }

                    sb.Append("</tr>");
                }
            }
        }
        sb.Append("</tbody></table></div></div>");
        if (table.TryGetProperty("income", out var inc))
        {
            generic.Remaining(sb, incomePointer, inc, incomeRows.Select(r => r.Prop).ToList());
        }

        if (table.TryGetProperty("expenditure", out var exp))
        {
            generic.Remaining(sb, expPointer, exp, expenditureRows.Select(r => r.Prop).ToList());
        }
    }

    private static bool IsTotalRow(string prop) => prop is "currentYearTotal" or "grandTotal";

    /// <summary>Table 7: one row for 预算数 and one for 决算数, the 三公 items as columns.</summary>
    private void ThreePublic(StringBuilder sb, string pointer, JsonElement table)
    {
        sb.Append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th></th>");
        foreach (var c in ThreePublicColumns)
        {
            sb.Append("<th>").Append(Html.Escape(c.Label)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var (prop, label) in new[] { ("budget", "预算数"), ("final", "决算数") })
        {
            if (!table.TryGetProperty(prop, out var row))
            {
                continue;
            }

            string p = Anchors.Child(pointer, prop);
            sb.Append("<tr").Append(page.Attributes(p, "")).Append("><td>").Append(label).Append(page.Refs(p)).Append("</td>");
            Cells(sb, p, row, ThreePublicColumns);
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
        foreach (var prop in new[] { "budget", "final" })
        {
            if (table.TryGetProperty(prop, out var row))
            {
                generic.Remaining(sb, Anchors.Child(pointer, prop), row, ThreePublicColumns.Select(c => c.Prop).ToList());
            }
        }
    }
}
