using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>Renders a readable, bilingual summary of a report (finacct summary).</summary>
internal static class ReportSummary
{
    public static string Render(FinalAccountsReport report)
    {
        var unit = report.Unit;
        var sb = new StringBuilder();
        var e = report.Entity;
        var kind = e.Kind == ReportKind.Department ? "部门决算 departmental accounts" : "单位决算 unit accounts";
        var shownYear = e.FiscalYear is { } year ? year.ToString(CultureInfo.InvariantCulture) + " 年度" : "年度未知 year unknown ";
        sb.AppendLine(CultureInfo.InvariantCulture, $"{e.Name} — {shownYear}{kind}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"金额单位 Unit: {unit.ToChineseLabel()}");
        if (e.Units.Count > 0)
        {
            var units = e.Units.Select(u => u.Name + (u.Role switch
            {
                UnitRole.Self => "（本级）",
                UnitRole.Subordinate => "（所属）",
                _ => string.Empty,
            }));
            sb.AppendLine("决算单位 Units: " + string.Join("; ", units));
        }

        if (report.Personnel?.Total is { } total)
        {
            var active = report.Personnel.Active is { } a ? $"（在职 active {a.Count}{Change(a.Change)}）" : string.Empty;
            sb.AppendLine(string.Empty + $"实有人数 Headcount: {total.Count}" + active);
        }

        var n = report.Narrative;
        Section(sb, "收入支出总体 Overall", new (string, StatedFigure?)[]
        {
            ("收入总计 Income total", n?.Overall?.IncomeGrandTotal),
            ("支出总计 Expenditure total", n?.Overall?.ExpenditureGrandTotal),
        }, unit, n?.Overall?.Change);
        Section(sb, "收入 Income", new (string, StatedFigure?)[]
        {
            ("本年收入 Total", n?.Income?.Total),
            ("财政拨款收入 Appropriations", n?.Income?.FiscalAppropriation),
            ("上级补助收入 Superior subsidy", n?.Income?.SuperiorSubsidy),
            ("事业收入 Service income", n?.Income?.ServiceIncome),
            ("经营收入 Business income", n?.Income?.BusinessIncome),
            ("附属单位上缴收入 Affiliates' remittance", n?.Income?.AffiliatedRemittance),
            ("其他收入 Other income", n?.Income?.OtherIncome),
        }, unit, null);
        Section(sb, "支出 Expenditure", new (string, StatedFigure?)[]
        {
            ("本年支出 Total", n?.Expenditure?.Total),
            ("基本支出 Basic", n?.Expenditure?.Basic),
            ("项目支出 Project", n?.Expenditure?.Project),
            ("上缴上级支出 Remitted to superior", n?.Expenditure?.RemittedToSuperior),
            ("经营支出 Business", n?.Expenditure?.Business),
            ("对附属单位补助支出 Subsidies to affiliates", n?.Expenditure?.SubsidyToAffiliates),
        }, unit, null);
        if (n?.GeneralBudget is { } gb)
        {
            var rows = new (string, StatedFigure?)[] { ("合计 Total", gb.Total) };
            Section(sb, "一般公共预算财政拨款支出 General budget appropriations", rows, unit, gb.Total?.Change);
            foreach (var c in gb.Classes)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {c.Code?.Value ?? "   "} {c.Name}: {Figure(c, unit)}");
            }

            if (gb.Items.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  项级科目 Items stated: {gb.Items.Count}");
            }
        }

        if (n?.ThreePublic is { } tp)
        {
            Section(sb, "“三公”经费 Three public expenses", new (string, StatedFigure?)[]
            {
                ("合计 Total", tp.Total),
                ("因公出国（境）费 Overseas travel", tp.OverseasTravel),
                ("公务用车购置及运行维护费 Vehicles", tp.VehiclesSubtotal),
                ("公务接待费 Reception", tp.Reception),
            }, unit, null);
            if (tp.VehiclesHeld is { } held)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  公务用车保有量 Vehicles held: {held}");
            }
        }

        if (n?.Procurement is { } p)
        {
            Section(sb, "政府采购 Procurement", new (string, StatedFigure?)[]
            {
                ("总额 Total", p.Total), ("货物 Goods", p.Goods), ("工程 Works", p.Works), ("服务 Services", p.Services),
                ("中小企业 SMEs", p.SmeContracts), ("小微企业 Micro and small", p.MicroSmallContracts),
            }, unit, null);
        }

        if (n?.Assets is { } assets)
        {
            sb.AppendLine("国有资产 Assets");
            if (assets.BuildingArea is { } area)
            {
                var value = assets.BuildingValue is { } bv ? $", {bv.Format(unit)}" : string.Empty;
                sb.AppendLine(string.Empty + $"  房屋 Buildings: {area.ToString("N", CultureInfo.InvariantCulture)} 平方米" + value);
            }

            if (assets.Vehicles?.Count is { } vc)
            {
                var value = assets.Vehicles.Value is { } vv ? $", {vv.Format(unit)}" : string.Empty;
                sb.AppendLine(string.Empty + $"  车辆 Vehicles: {vc}" + value);
            }
        }

        if (report.Performance is { } perf)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"预算绩效 Performance: {perf.Evaluations.Count} 张自评表 evaluation tables");
            foreach (var ev in perf.Evaluations)
            {
                var score = ev.TotalScore?.ToString()
                    ?? ev.Indicators.Where(i => i.Score is not null).Sum(i => i.Score!.Value.Value)
                        .ToString(CultureInfo.InvariantCulture) + "*";
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {ev.Name}: {ev.Indicators.Count} 项指标 indicators, 得分 score {score}");
            }
        }

        if (report.ClassifiedProjects is { } cp)
        {
            var budget = cp.Budget is { } b ? $", {b.Format(unit)}" : string.Empty;
            sb.AppendLine(string.Empty + $"涉密项目 Classified projects: {cp.Count?.ToString(CultureInfo.InvariantCulture) ?? "?"}" + budget);
        }

        var tables = report.Tables;
        object?[] nine = [tables?.Summary, tables?.Income, tables?.Expenditure, tables?.AppropriationSummary,
            tables?.GeneralBudgetExpenditure, tables?.BasicExpenditure, tables?.ThreePublic, tables?.GovernmentFund, tables?.StateCapital];
        var present = Enumerable.Range(1, nine.Length).Where(n => nine[n - 1] is not null)
            .Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        sb.AppendLine("决算表 Tables present: " + (present.Count == 0 ? "none 无" : string.Join(", ", present)));
        return sb.ToString();
    }

    private static void Section(
        StringBuilder sb, string title, IEnumerable<(string Label, StatedFigure? Figure)> rows, AmountUnit unit, YearOverYearChange? change)
    {
        var present = rows.Where(r => r.Figure is not null).ToList();
        if (present.Count == 0)
        {
            return;
        }

        sb.AppendLine(title);
        foreach (var (label, figure) in present)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {label}: {Figure(figure!, unit)}");
        }

        if (change is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  比上年 vs prior year: {Change(change, unit)}");
        }
    }

    private static string Figure(StatedFigure figure, AmountUnit unit)
    {
        var text = figure.Amount.Format(unit);
        if (figure.Share is { } share)
        {
            text += $"，占 {share}";
        }

        if (figure.Change is { } change && !ReferenceEquals(change, null))
        {
            text += "，" + Change(change, unit);
        }

        return text;
    }

    private static string Change(YearOverYearChange change, AmountUnit unit)
    {
        var word = change.Direction switch
        {
            ChangeDirection.Increase => "增加 up",
            ChangeDirection.Decrease => "减少 down",
            _ => "持平 unchanged",
        };
        var text = word;
        if (change.Amount is { } a)
        {
            text += " " + a.Format(unit);
        }

        if (change.Rate is { } r)
        {
            text += $" ({r})";
        }

        return text;
    }

    private static string Change(int? change) => change switch
    {
        null => string.Empty,
        0 => "，持平",
        > 0 => $"，增加 {change}",
        _ => $"，减少 {-change}",
    };
}
