using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>
/// The inline SVG charts: income by source, expenditure by function (类), basic and project expenditure, and 三公
/// over the two years. Each takes the tables when present and the narrative otherwise, and says which it used.
/// </summary>
internal static class Charts
{
    private static readonly string[] SeriesColours = ["#4e79a7", "#f28e2b"];

    /// <summary>One bar: a label and its amount, or null when the figure is not stated.</summary>
    internal sealed record Bar(string Label, Amount?[] Values);

    /// <summary>The income-by-source bars and where they come from.</summary>
    internal static (IReadOnlyList<Bar> Bars, string Source) IncomeBySource(FinalAccountsReport report)
    {
        if (report.Tables?.Summary?.Income is { } t1)
        {
            return (Bars(
                ("一般公共预算财政拨款", t1.GeneralBudgetAppropriation), ("政府性基金预算财政拨款", t1.GovernmentFundAppropriation),
                ("国有资本经营预算财政拨款", t1.StateCapitalAppropriation), ("上级补助收入", t1.SuperiorSubsidy), ("事业收入", t1.ServiceIncome),
                ("经营收入", t1.BusinessIncome), ("附属单位上缴收入", t1.AffiliatedRemittance), ("其他收入", t1.OtherIncome)), "表1 收入支出决算总表");
        }
        if (report.Tables?.Income?.Total is { } t2)
        {
            return (Bars(("财政拨款收入", t2.FiscalAppropriation), ("上级补助收入", t2.SuperiorSubsidy), ("事业收入", t2.ServiceIncome),
                ("经营收入", t2.BusinessIncome), ("附属单位上缴收入", t2.AffiliatedRemittance), ("其他收入", t2.OtherIncome)), "表2 收入决算表");
        }
        if (report.Narrative?.Income is { } n)
        {
            var bars = Bars(
                ("财政拨款收入", n.FiscalAppropriation?.Amount), ("上级补助收入", n.SuperiorSubsidy?.Amount), ("事业收入", n.ServiceIncome?.Amount),
                ("经营收入", n.BusinessIncome?.Amount), ("附属单位上缴收入", n.AffiliatedRemittance?.Amount), ("其他收入", n.OtherIncome?.Amount));
            return (bars, "情况说明 二、收入决算情况");
        }
        return ([], "");
    }

    /// <summary>The expenditure-by-function (类) bars and where they come from.</summary>
    internal static (IReadOnlyList<Bar> Bars, string Source) ExpenditureByFunction(FinalAccountsReport report)
    {
        if (report.Tables?.Summary?.Expenditure is { Classes.Count: > 0 } t1)
        {
            return (t1.Classes.Select(c => new Bar(ClassLabel(c.Code?.ToString(), c.Name), [c.Amount])).ToList(), "表1 收入支出决算总表");
        }

        if (report.Tables?.Expenditure is { } t3 && t3.Rows.Any(r => r.Code.ToString().Length == 3))
        {
            return (ClassBars(t3.Rows.Select(r => (r.Code.ToString(), r.Name, r.Total))), "表3 支出决算表");
        }

        if (report.Tables?.GeneralBudgetExpenditure is { } t5 && t5.Rows.Any(r => r.Code.ToString().Length == 3))
        {
            return (ClassBars(t5.Rows.Select(r => (r.Code.ToString(), r.Name, r.Total))), "表5 一般公共预算财政拨款支出决算表");
        }

        if (report.Narrative?.GeneralBudget is { Classes.Count: > 0 } n)
        {
            return (n.Classes.Select(c => new Bar(ClassLabel(c.Code?.ToString(), c.Name), [c.Amount])).ToList(), "情况说明 一般公共预算财政拨款支出（按类）");
        }

        return ([], "");
    }

    /// <summary>The basic/project bars and where they come from.</summary>
    internal static (IReadOnlyList<Bar> Bars, string Source) BasicAndProject(FinalAccountsReport report)
    {
        if (report.Tables?.Expenditure?.Total is { } t3)
        {
            return (Bars(("基本支出", t3.Basic), ("项目支出", t3.Project)), "表3 支出决算表");
        }

        if (report.Narrative?.Expenditure is { } n)
        {
            return (Bars(("基本支出", n.Basic?.Amount), ("项目支出", n.Project?.Amount)), "情况说明 三、支出决算情况");
        }

        if (report.Tables?.GeneralBudgetExpenditure?.Total is { } t5)
        {
            return (Bars(("基本支出", t5.Basic), ("项目支出", t5.Project)), "表5 一般公共预算财政拨款支出决算表");
        }

        return ([], "");
    }

    /// <summary>三公 of the prior year and this year: the narrative's figures, the prior year from the stated prior-year
    /// amount or from the stated change (this year ∓ the change); only this year's 决算数 from table 7 otherwise.</summary>
    internal static (IReadOnlyList<Bar> Bars, string Source) ThreePublicTwoYears(FinalAccountsReport report)
    {
        if (report.Narrative?.ThreePublic is { } n)
        {
            var items = new (string, StatedFigure?)[]
            {
                ("合计", n.Total), ("因公出国（境）费", n.OverseasTravel), ("公务用车购置及运行（维护）费", n.VehiclesSubtotal), ("公务接待费", n.Reception),
            };
            var bars = items.Where(i => i.Item2 is not null).Select(i => new Bar(i.Item1, [PriorYear(i.Item2!), i.Item2!.Amount])).ToList();
            if (bars.Count > 0)
            {
                return (bars, "情况说明 九、“三公”经费（上年数由所述增减推算）");
            }
        }
        if (report.Tables?.ThreePublic?.Final is { } t7)
        {
            return (Bars2(
                    ("合计", t7.Total), ("因公出国（境）费", t7.OverseasTravel), ("公务用车购置及运行（维护）费", t7.VehiclesSubtotal),
                    ("公务接待费", t7.Reception)),
                "表7 财政拨款“三公”经费支出决算表（无上年数）");
        }
        return ([], "");
    }

    /// <summary>The prior-year amount a figure implies: stated, or this year minus an increase / plus a decrease.</summary>
    internal static Amount? PriorYear(StatedFigure figure)
    {
        if (figure.Change is not { } change)
        {
            return null;
        }

        if (change.PriorYearAmount is { } stated)
        {
            return stated;
        }

        return change.Direction switch
        {
            ChangeDirection.Unchanged => figure.Amount,
            ChangeDirection.Increase when change.Amount is { } a => Amount.Subtract(figure.Amount, a),
            ChangeDirection.Decrease when change.Amount is { } a => Amount.Add(figure.Amount, a),
            _ => null,
        };
    }

    private static string ClassLabel(string? code, string name) => string.IsNullOrEmpty(code) ? name : code + " " + name;

    /// <summary>One bar per 类 (three-digit code) row of a table.</summary>
    private static List<Bar> ClassBars(IEnumerable<(string Code, string Name, Amount? Total)> rows) =>
        [.. rows.Where(r => r.Code.Length == 3).Select(r => new Bar(ClassLabel(r.Code, r.Name), [r.Total]))];

    private static List<Bar> Bars(params (string Label, Amount? Value)[] items) => [.. items.Select(i => new Bar(i.Label, [i.Value]))];

    private static List<Bar> Bars2(params (string Label, Amount? Value)[] items) =>
        [.. items.Select(i => new Bar(i.Label, [null, i.Value]))];

    /// <summary>Renders every chart into a figure grid.</summary>
    public static void Render(StringBuilder sb, FinalAccountsReport report, string unit)
    {
        sb.Append("<section id=\"charts\" class=\"part\"><h2>图表 <small>Charts</small></h2><div class=\"charts\">");
        var (income, incomeSource) = IncomeBySource(report);
        Chart(sb, "chart-income", "收入按来源 Income by source", income, incomeSource, unit, ["本年"]);
        var (function, functionSource) = ExpenditureByFunction(report);
        Chart(sb, "chart-function", "支出按功能分类（类） Expenditure by function", function, functionSource, unit, ["本年"]);
        var (basic, basicSource) = BasicAndProject(report);
        Chart(sb, "chart-basic-project", "基本支出与项目支出 Basic and project expenditure", basic, basicSource, unit, ["本年"]);
        var (three, threeSource) = ThreePublicTwoYears(report);
        Chart(sb, "chart-three-public", "“三公”经费 上年与本年 Three public expenses, prior and this year", three, threeSource, unit, ["上年", "本年"]);
        sb.Append("</div></section>");
    }

    /// <summary>A horizontal bar chart (grouped when there are two series) as inline SVG with a text alternative.</summary>
    internal static void Chart(
        StringBuilder sb, string id, string title, IReadOnlyList<Bar> bars, string source, string unit, string[] series)
    {
        sb.Append("<figure class=\"chart\" id=\"").Append(id).Append("\"><figcaption>").Append(Html.Escape(title)).Append("</figcaption>");
        if (bars.Count == 0 || bars.All(b => b.Values.All(v => v is null)))
        {
            sb.Append("<p class=\"absent\">无数据 No data in the input.</p></figure>");
            return;
        }
        const int LabelWidth = 210, BarArea = 300, ValueWidth = 110, BarHeight = 14, Gap = 10;
        int width = LabelWidth + BarArea + ValueWidth;
        int groupHeight = series.Length * BarHeight + Gap;
        int legend = series.Length > 1 ? 22 : 0;
        int height = legend + bars.Count * groupHeight + 4;
        decimal max = bars.SelectMany(b => b.Values).Where(v => v is { Value: > 0m }).Select(v => v!.Value.Value).DefaultIfEmpty(0m).Max();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(Html.Int(width)).Append(' ')
          .Append(Html.Int(height))
          .Append("\" width=\"").Append(Html.Int(width)).Append("\" height=\"").Append(Html.Int(height)).Append("\"><title>")
          .Append(Html.Escape(title)).Append("</title>");
        if (series.Length > 1)
        {
            for (int s = 0; s < series.Length; s++)
            {
                int x = LabelWidth + s * 80;
                sb.Append("<rect x=\"").Append(Html.Int(x)).Append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                  .Append(SeriesColours[s % SeriesColours.Length])
                  .Append("\"/><text x=\"").Append(Html.Int(x + 16)).Append("\" y=\"15\" class=\"legend\">").Append(Html.Escape(series[s]))
                  .Append("</text>");
            }
        }
        for (int i = 0; i < bars.Count; i++)
        {
            int top = legend + i * groupHeight;
            sb.Append("<text x=\"").Append(Html.Int(LabelWidth - 6)).Append("\" y=\"")
              .Append(Html.Int(top + series.Length * BarHeight / 2 + 5))
              .Append("\" text-anchor=\"end\" class=\"label\">").Append(Html.Escape(Shorten(bars[i].Label, 15))).Append("<title>")
              .Append(Html.Escape(bars[i].Label)).Append("</title></text>");
            for (int s = 0; s < series.Length && s < bars[i].Values.Length; s++)
            {
                if (bars[i].Values[s] is not { } value)
                {
                    continue;
                }

                int y = top + s * BarHeight;
                decimal ratio = max > 0m && value.Value > 0m ? value.Value / max : 0m;
                double w = (double)Math.Round(ratio * BarArea, 2);
                sb.Append("<rect x=\"").Append(Html.Int(LabelWidth)).Append("\" y=\"").Append(Html.Int(y)).Append("\" width=\"")
                  .Append(Html.Coordinate(w))
                  .Append("\" height=\"").Append(Html.Int(BarHeight - 2)).Append("\" fill=\"")
                  .Append(SeriesColours[s % SeriesColours.Length]).Append("\"><title>")
                  .Append(Html.Escape(bars[i].Label + " " + series[s] + " " + Html.GroupDigits(value.ToString()) + " " + unit))
                  .Append("</title></rect>");
                sb.Append("<text x=\"").Append(Html.Coordinate(LabelWidth + w + 4)).Append("\" y=\"").Append(Html.Int(y + BarHeight - 3))
                  .Append("\" class=\"value\">").Append(Html.Escape(Html.GroupDigits(value.ToString()))).Append("</text>");
            }
        }
        sb.Append("</svg><p class=\"chart-source\">单位：").Append(Html.Escape(unit)).Append("；数据来源 Source: ").Append(Html.Escape(source))
          .Append("</p></figure>");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}
