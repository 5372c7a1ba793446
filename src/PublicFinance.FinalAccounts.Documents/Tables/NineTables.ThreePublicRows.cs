using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

internal static partial class NineTables
{
    /// <summary>Words of a count row of a 三公 table (批次, 人次, 辆, 团组 …): its figures are counts, not amounts.</summary>
    private static readonly string[] CountWords = ["批次", "人次", "人数", "辆", "团组", "个数", "次数", "数量", "（个）", "(个)", "（次）", "(次)"];

    /// <summary>
    /// A 三公 table whose items are rows (合计, 因公出国（境）费, 公务用车购置及运行费, 其中 购置费 / 运行维护费, 公务接待费) under a
    /// 预算数 and a 决算数 column — only when no column header names an item; of the basis columns those of the table's year
    /// (<see cref="TableYear"/>: 本年, 2024年 in a 2024 report), never the prior year's. Count rows (批次/人次/辆) and count columns are not
    /// amounts and are left out; an item printed on two rows is not guessed between (left out); a 合计 is not taken in a table
    /// with 会议费/培训费 rows unless its label names 三公. A 完成预算% / 完成率 column of the table's year (one only) gives each
    /// item row's rate (schema 1.7). Null when the table is not of this layout.
    /// </summary>
    private static (ThreePublicTable Table, ThreePublicRateColumns Rates)? ThreePublicByItemRows(Context x)
    {
        const string P = "/tables/threePublic/";
        var t = x.Table;
        string Header(int c) => t.Columns[c];
        string LeafOf(int c) => Header(c)[(Header(c).LastIndexOf('/') + 1)..];
        var columns = Enumerable.Range(0, t.Columns.Count).ToList();
        if (columns.Exists(c => Header(c).Split('/').Any(part => Item(part, Header(c).Split('/')) is not null)))
        {
            return null;
        }

        bool IsBasis(int c) => IsBudgetOrFinal(LeafOf(c)) && !IsCompletionRate(Header(c))
            && !CountWords.Any(w => Header(c).Contains(w, StringComparison.Ordinal));
        var bases = columns.FindAll(IsBasis);
        if (bases.Count == 0)
        {
            return null;
        }

        // Each basis column of the table's year (本年, 2024年 in a 2024 report); a prior year's is left out, another a note.
        var year = TableYear(x);
        var thisYear = bases.FindAll(c => IsThisYear(x, year, Header(c), t.Location));
        var budgetColumn = thisYear.Where(c => LeafOf(c).Contains("预算", StringComparison.Ordinal)).DefaultIfEmpty(-1).First();
        var finalColumn = thisYear.Where(c => !LeafOf(c).Contains("预算", StringComparison.Ordinal)).DefaultIfEmpty(-1).First();
        var rateColumns = columns.FindAll(c => IsCompletionRate(Header(c)) && IsThisYear(x, year, Header(c), t.Location)
            && !CountWords.Any(w => Header(c).Contains(w, StringComparison.Ordinal)));
        var rateColumn = rateColumns.Count == 1 ? rateColumns[0] : -1;
        var rates = NoRates;

        var labels = t.Rows.Select(RowLabel).ToList();
        var withMeetings = labels.Exists(l => l.Contains("会议费", StringComparison.Ordinal) || l.Contains("培训费", StringComparison.Ordinal));
        var items = labels.Select(l => CountWords.Any(w => l.Contains(w, StringComparison.Ordinal)) ? null : Item(l, [l])).ToList();
        var budget = new ThreePublicColumns();
        var final = new ThreePublicColumns();
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var property = items[r];
            if (property is null || items.Count(i => i == property) > 1
                || (property == "total" && withMeetings && !labels[r].Contains("三公", StringComparison.Ordinal)))
            {
                continue;
            }

            budget = WithItem(budget, property, x.Take(t.Rows[r], budgetColumn, P + "budget/" + property, labels[r]));
            final = WithItem(final, property, x.Take(t.Rows[r], finalColumn, P + "final/" + property, labels[r]));
            rates = WithRate(rates, property, TakeRate(x, t.Rows[r], rateColumn, P + "completionRate/" + property, labels[r]));
        }

        return (new ThreePublicTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Budget = budget, Final = final }, rates);
    }

    /// <summary>The 三公 columns with one item's amount set (unchanged when the amount is null).</summary>
    private static ThreePublicColumns WithItem(ThreePublicColumns target, string property, Amount? amount)
        => amount is null ? target : property switch
        {
            "total" => target with { Total = amount },
            "overseasTravel" => target with { OverseasTravel = amount },
            "vehiclesSubtotal" => target with { VehiclesSubtotal = amount },
            "vehiclePurchase" => target with { VehiclePurchase = amount },
            "vehicleOperation" => target with { VehicleOperation = amount },
            _ => target with { Reception = amount },
        };
}
