using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// The 说明's reading of a “三公” table that is also one of the report's tables (表格的回声): a `|` or tab table inside the
/// text is read by the narrative's table reader into <c>/narrative/threePublic</c> and, when its title names it (表七
/// 财政拨款“三公”经费支出决算表), by the document reader into <c>/tables/threePublic</c>. The same cells would then be
/// checked twice — a wrong 合计 once by the table (FA0701) and once as the narrative's (FA1207): one real error, two Errors.
/// The cells belong to the table, so the narrative keeps only what it states in its own sentences: a 三公 figure whose amount
/// (or a budget comparison whose figures) the narrative read on a line of the table's cells is left to the table.
/// </summary>
internal static class TableEchoes
{
    private const string Narrative = "/narrative/threePublic/";

    private const string Table = "/tables/threePublic/";

    /// <summary>
    /// <paramref name="report"/> without the narrative's 三公 figures read from the lines of the table's cells (one text
    /// file: lines of one text); the report itself when there are none.
    /// </summary>
    public static FinalAccountsReport Without(FinalAccountsReport report, SourceMap narrativeSources,
        Dictionary<string, TableCellSource> tableSources)
    {
        if (report.Narrative?.ThreePublic is not { } three || report.Tables?.ThreePublic is null)
        {
            return report;
        }

        var lines = new HashSet<int>();
        foreach (var pair in tableSources)
        {
            if (pair.Key.StartsWith(Table, StringComparison.Ordinal) && pair.Value.Location?.TextLine is { } line)
            {
                lines.Add(line);
            }
        }

        if (lines.Count == 0)
        {
            return report;
        }

        var kept = three with
        {
            Total = Own(three.Total, "total", narrativeSources, lines, keepsBudget: true),
            OverseasTravel = Own(three.OverseasTravel, "overseasTravel", narrativeSources, lines),
            VehiclesSubtotal = Own(three.VehiclesSubtotal, "vehiclesSubtotal", narrativeSources, lines),
            VehiclePurchase = Own(three.VehiclePurchase, "vehiclePurchase", narrativeSources, lines),
            VehicleOperation = Own(three.VehicleOperation, "vehicleOperation", narrativeSources, lines),
            Reception = Own(three.Reception, "reception", narrativeSources, lines),
        };
        if (kept != three && EchoesAgree(three, kept.Total, report.Tables.ThreePublic))
        {
            return report;   // session 50: the items' budget comparisons stay the narrative's (FA2206), no Error can double
        }

        // Every figure the table's: no empty "threePublic": {} is left in the narrative (a statement with nothing in it).
        var left = kept == new ThreePublicStatement() ? null : kept;
        return kept == three ? report : report with { Narrative = report.Narrative with { ThreePublic = left } };
    }

    /// <summary>
    /// The figure as the narrative's own sentences state it: null when its amount was read on a table line, else without
    /// a budget comparison read there — but for the total (<paramref name="keepsBudget"/>), whose comparison is kept when
    /// its amount is the text's own: the sentence's completion rate and reason (完成预算的72.83%，…主要原因是…) are the
    /// narrative's and are checked against that budget; the items' budgets read on table lines are left to the table, so
    /// FA1207's budget sum does not run on the table's cells and a wrong budget 合计 stays one Error (FA0701).
    /// </summary>
    private static StatedFigure? Own(StatedFigure? figure, string member, SourceMap sources, HashSet<int> lines,
        bool keepsBudget = false)
    {
        if (figure is null)
        {
            return null;
        }

        var at = Narrative + member;
        if (OnTable(sources, at + "/amount", lines))
        {
            return null;
        }

        return figure.Budget is not null && !keepsBudget && (OnTable(sources, at + "/budget/budgetAmount", lines)
            || OnTable(sources, at + "/budget/finalAmount", lines)) ? figure with { Budget = null } : figure;
    }

    /// <summary>
    /// Session 50 (generalisation 35, a Traditional text whose 三公 table became a report table in session 49): whether the
    /// narrative's 三公 items as read — the table's rows echoed — may stay beside the table. The table's item rows carry
    /// the only statement of each item's budget (预算数 | 决算数); left to the table, an item's difference from its budget
    /// is checked by no rule (FA2206 reads the narrative's comparisons). They stay only when no Error can be reported twice
    /// on the table's cells: the narrative's own total (its amount from its sentence, <paramref name="ownTotal"/>) states
    /// a budget, every item states its amount and its budget, and both the finals and the budgets add up exactly to the
    /// total (FA1207 holds on them, the table's 合计 agrees with its rows, FA0701 finds nothing either), the vehicle
    /// subtotal to its two parts when they are read. Anything else is left to the table as before.
    /// </summary>
    /// <remarks>
    /// Session 61 (tbl61, blind round 57 t02): a table whose 因公出国（境）费 and 公务用车购置费 rows are blank and which prints no
    /// vehicle subtotal (<c>项目  预算数  决算数  决算比预算增减</c>) left the narrative no such items, so its 决算比预算增减
    /// cells (the items' budget differences, read by session 60's <c>ComparedColumn</c>) were dropped with the rows. An item
    /// the narrative did not read now counts as zero when <paramref name="table"/> states both its budget and its final as
    /// zero, and with no vehicle subtotal read the vehicle parts stand in the total's sum; the sums must still close exactly.
    /// </remarks>
    internal static bool EchoesAgree(ThreePublicStatement three, StatedFigure? ownTotal, ThreePublicTable? table = null)
    {
        if (ownTotal?.Budget?.BudgetAmount is not { } totalBudget || ownTotal != three.Total)
        {
            return false;
        }

        var overseas = Item(three.OverseasTravel, table, c => c.OverseasTravel);
        var purchase = Item(three.VehiclePurchase, table, c => c.VehiclePurchase);
        var operation = Item(three.VehicleOperation, table, c => c.VehicleOperation);
        var reception = Item(three.Reception, table, c => c.Reception);
        var vehicles = three.VehiclesSubtotal;
        if (three.VehiclePurchase is not null || three.VehicleOperation is not null)
        {
            if (vehicles is null)
            {
                return AddUp([overseas, purchase, operation, reception], ownTotal.Amount.Value, totalBudget);
            }

            if (!AddUp([purchase, operation], vehicles.Amount.Value, vehicles.Budget?.BudgetAmount))
            {
                return false;
            }
        }

        return AddUp([overseas, (vehicles, false), reception], ownTotal.Amount.Value, totalBudget);
    }

    /// <summary>
    /// A narrative 三公 item for <see cref="AddUp"/>, and whether the table states it zero in both its budget and its final
    /// columns (an item the narrative did not read then counts as zero).
    /// </summary>
    private static (StatedFigure? Figure, bool TableZero) Item(StatedFigure? figure, ThreePublicTable? table,
        Func<ThreePublicColumns, Amount?> column)
        => (figure, table?.Budget is { } budget && table.Final is { } final
            && column(budget) is { } b && b.Value == 0 && column(final) is { } f && f.Value == 0);

    /// <summary>Whether every figure of <paramref name="items"/> states its amount and budget (or is the table's zero), and
    /// they add up to <paramref name="amount"/> and <paramref name="budget"/> exactly.</summary>
    private static bool AddUp((StatedFigure? Figure, bool TableZero)[] items, decimal amount, Amount? budget)
    {
        var finals = 0m;
        var budgets = 0m;
        foreach (var (item, tableZero) in items)
        {
            if (item is null && tableZero)
            {
                continue;   // session 61: a blank row of the table, stated zero there
            }

            if (item?.Budget?.BudgetAmount is not { } itemBudget)
            {
                return false;
            }

            finals += item.Amount.Value;
            budgets += itemBudget.Value;
        }

        return budget is { } b && finals == amount && budgets == b.Value;
    }

    /// <summary>Whether the narrative read <paramref name="pointer"/> on one of <paramref name="lines"/>.</summary>
    private static bool OnTable(SourceMap sources, string pointer, HashSet<int> lines)
        => sources.TryGetSpan(pointer, out var span) && lines.Contains(span.StartLine);
}
