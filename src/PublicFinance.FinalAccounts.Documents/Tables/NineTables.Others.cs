using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>Tables 4, 6 and 7.</summary>
internal static partial class NineTables
{
    private static BasicExpenditureTable Basic(Context x)
    {
        const string P = "/tables/basicExpenditure/";
        var t = x.Table;

        // Two layouts. (a) One block per amount column (决算数/金额/合计), usually two side by side — codes and name to
        // its left; a block whose header names 人员经费 or 公用经费 has its 合计 row as that block's total.
        // (b) One block whose rows are economic codes, with 合计, 人员经费 and 公用经费 columns: the 合计 column is the row's
        // amount and the 合计 row gives the three totals.
        var personnelColumn = Column(t, ["人员经费"], "合计");
        var publicColumn = Column(t, ["公用经费"], "合计");
        var byColumns = personnelColumn >= 0 && publicColumn >= 0 && Leaf(t, personnelColumn).Contains("人员经费", StringComparison.Ordinal);
        var amountColumns = Enumerable.Range(0, t.Columns.Count)
            .Where(c => Leaf(t, c).Contains("决算数", StringComparison.Ordinal) || Leaf(t, c) is "金额" or "合计").ToArray();
        var rows = new List<EconomicRow>();
        Amount? personnel = null, publicTotal = null, total = null;
        var rowIndex = 0;
        for (var b = 0; b < amountColumns.Length; b++)
        {
            var from = b == 0 ? 0 : amountColumns[b - 1] + 1;
            var amount = amountColumns[b];
            var block = byColumns ? string.Empty : t.Columns[amount];
            var personnelBlock = block.Contains("人员经费", StringComparison.Ordinal);
            var publicBlock = block.Contains("公用经费", StringComparison.Ordinal);
            foreach (var row in t.Rows)
            {
                var (code, label) = RowLabel(row, from, amount);
                var whole = code + label;
                var isTotal = whole.Contains("合计", StringComparison.Ordinal) || whole.StartsWith("总计", StringComparison.Ordinal)
                    || IsBlockRow(code, label, Text(row, amount));
                if (isTotal
                    && (whole.Contains("人员经费", StringComparison.Ordinal)
                    || (personnelBlock && !whole.Contains("公用经费", StringComparison.Ordinal))))
                {
                    personnel = x.Take(row, amount, P + "personnelTotal", whole);
                }
                else if (isTotal && (whole.Contains("公用经费", StringComparison.Ordinal) || publicBlock))
                {
                    publicTotal = x.Take(row, amount, P + "publicTotal", whole);
                }
                else if (whole.StartsWith("合计", StringComparison.Ordinal) || whole.StartsWith("总计", StringComparison.Ordinal)
                    || whole.StartsWith("基本支出合计", StringComparison.Ordinal))
                {
                    total = x.Take(row, amount, P + "total", whole);
                    if (byColumns)
                    {
                        personnel = x.Take(row, personnelColumn, P + "personnelTotal", whole);
                        publicTotal = x.Take(row, publicColumn, P + "publicTotal", whole);
                    }
                }
                else if (code.Length > 0 && EconomicCode.TryParse(code, out var economic))
                {
                    var value = x.Take(row, amount, P + "rows/" + rowIndex + "/amount", code + " " + label);
                    if (value is { } v)
                    {
                        rows.Add(new EconomicRow { Code = economic, Name = label, Amount = v });
                        rowIndex++;
                    }
                }
            }
        }

        if (total is null && personnel is { } p && publicTotal is { } q && p.Decimals == q.Decimals)
        {
            if (x.Rounding == RoundingMode.Truncation)
            {
                // Under truncation each addend stands for [v − ½u, v + u], so their sum spans [s − u, s + 2u]; one figure
                // written with the same decimals stands for [s − ½u, s + u] only, and a table-5 figure 2 units off would
                // be a false difference. No single figure is honest here: the total stays absent (FA1008 cannot run).
                var at = x.Sources.TryGetValue("/tables/basicExpenditure/personnelTotal", out var source) ? source.Location : t.Location;
                x.Notes.Add(DocumentMessages.NoDerivedBasicTotal(t, at));
            }
            else
            {
                total = DerivedTotal(x, p, q);
            }
        }

        return new BasicExpenditureTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Rows = rows, PersonnelTotal = personnel,
            PublicTotal = publicTotal, Total = total };
    }

    /// <summary>
    /// Session 60 (tbl60, blind round 56 t09): a row without a code named 人员经费 or 公用经费 alone (no 合计 word: <c>| | 人员经费 |
    /// 260.72 |</c> above the 301 and 303 rows) is that block's total when it holds an amount; a blank one is only the block's
    /// heading (it is not taken as a zero total).
    /// </summary>
    private static bool IsBlockRow(string code, string label, string amount)
        => code.Length == 0 && label is "人员经费" or "公用经费" && amount.Length > 0 && TableAssembler.IsNumber(amount);

    /// <summary>
    /// 基本支出合计 when the table prints only 人员经费合计 and 公用经费合计 (as the Shanghai tables do): their exact sum,
    /// at their common precision, so the rules comparing it with table 5 run. With two addends of d decimals the true
    /// total lies within ±1 unit of d of the sum and any stated figure differs from it by whole units, so a comparison
    /// with slack ±½ unit on each side decides exactly as one with the full slack would; nothing is rounded.
    /// FA0604 (合计 = 人员经费 + 公用经费) holds by construction on a derived total and tests nothing there. Under
    /// <see cref="RoundingMode.Truncation"/> no total is derived (see the caller).
    /// </summary>
    private static Amount DerivedTotal(Context x, Amount personnel, Amount publicTotal)
    {
        const string P = "/tables/basicExpenditure/";
        var total = personnel + publicTotal;
        if (x.Sources.TryGetValue(P + "personnelTotal", out var source))
        {
            x.Sources[P + "total"] = source with { Row = "人员经费合计 + 公用经费合计（推算 derived）" };
        }

        return total;
    }

    private static ThreePublicTable ThreePublic(Context x)
    {
        var t = x.Table;
        if (ThreePublicByItemRows(x) is { } byItemRows)
        {
            return WithRates(x, byItemRows.Table, byItemRows.Rates);   // a rate column beside the items (schema 1.7)
        }

        var budget = new ThreePublicColumns();
        var final = new ThreePublicColumns();
        var rates = NoRates;
        var year = TableYear(x);
        // 预算数/决算数 as row labels under item columns (项目 | 合计 | 因公出国（境）费 … over a 预算数 row and a 决算数 row): each
        // row is its own basis. Only when no column header names a basis too, and never a row of another year (上年决算数).
        var byRow = t.Columns.All(h => !h.Split('/').Any(IsBudgetOrFinal))
            ? t.Rows.Select(r => (Row: r, Label: RowLabel(r)))
                .Where(p => IsBudgetOrFinal(p.Label) && !IsCompletionRate(p.Label)
                    && IsThisYear(x, year, p.Label, p.Row.Count > 0 ? p.Row[0].Location : null)).ToList()
            : [];
        if (byRow.Count > 0)
        {
            var budgetRow = byRow.FirstOrDefault(p => p.Label.Contains("预算", StringComparison.Ordinal));
            var finalRow = byRow.FirstOrDefault(p => !p.Label.Contains("预算", StringComparison.Ordinal));
            budget = budgetRow.Row is null ? budget
                : ThreePublicRow(x, budgetRow.Row, budgetRow.Label, true, budget, final, ref rates, year).Budget;
            final = finalRow.Row is null ? final
                : ThreePublicRow(x, finalRow.Row, finalRow.Label, false, budget, final, ref rates, year).Final;
            // A 完成率 row under the item columns (one only, of this year): each column's rate (schema 1.7).
            var rateRows = t.Rows.Where(r => IsCompletionRate(RowLabel(r))
                && IsThisYear(x, year, RowLabel(r), r.Count > 0 ? r[0].Location : null)).ToList();
            if (rateRows.Count == 1)
            {
                rates = ItemRates(x, rateRows[0], RowLabel(rateRows[0]));
            }

            var byRowTable = new ThreePublicTable
            {
                Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Budget = budget, Final = final,
            };
            return WithRates(x, byRowTable, rates);
        }

        var row = t.Rows.FirstOrDefault(r => r.Any(c => TableAssembler.IsNumber(TableAssembler.Compact(c.Text))
            && !TableAssembler.Compact(c.Text).All(char.IsDigit)))
            ?? t.Rows.FirstOrDefault(r => r.Any(c => TableAssembler.IsNumber(TableAssembler.Compact(c.Text))))
            ?? (t.Rows.Count > 0 ? t.Rows[0] : null); // a blank 三公 table prints one empty data row: every figure is 0
        if (row is null)
        {
            return WithRates(x, new ThreePublicTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit }, NoRates);
        }

        (budget, final) = ThreePublicRow(x, row, "三公经费", null, budget, final, ref rates, year);
        var table = new ThreePublicTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Budget = budget, Final = final };
        return WithRates(x, table, rates);
    }

    /// <summary>
    /// The rates of a 完成率 row under item columns: each column whose header names one item only (no basis, no year of
    /// its own), the item once (schema 1.7).
    /// </summary>
    private static ThreePublicRateColumns ItemRates(Context x, IReadOnlyList<TableCell> row, string label)
    {
        const string P = "/tables/threePublic/completionRate/";
        var t = x.Table;
        var rates = NoRates;
        var properties = t.Columns.Select(h => Item(h.Split('/')[^1], h.Split('/'))).ToList();
        for (var c = 0; c < t.Columns.Count; c++)
        {
            if (properties[c] is { } property && properties.Count(p => p == property) == 1)
            {
                rates = WithRate(rates, property, TakeRate(x, row, c, P + property, label));
            }
        }

        return rates;
    }

    /// <summary>The first text of a row that is not a number (its label), without white space.</summary>
    private static string RowLabel(IReadOnlyList<TableCell> row)
        => row.Select(c => TableAssembler.Compact(c.Text)).FirstOrDefault(c => c.Length > 0 && !TableAssembler.IsNumber(c)) ?? string.Empty;

    /// <summary>
    /// The 三公 figures of one row by column: each column's item from its header, its basis (预算数/决算数) from the header
    /// or, when <paramref name="rowIsBudget"/> is given, from the row's label.
    /// </summary>
    private static (ThreePublicColumns Budget, ThreePublicColumns Final) ThreePublicRow(Context x, IReadOnlyList<TableCell> row,
        string label,
        bool? rowIsBudget, ThreePublicColumns budget, ThreePublicColumns final, ref ThreePublicRateColumns rates, int? year)
    {
        const string P = "/tables/threePublic/";
        var t = x.Table;
        // Tables that add 会议费/培训费 columns may print a 合计 of all five; only a 合计 whose header names 三公 is the 三公 total there.
        var withMeetings = t.Columns.Any(h => h.Contains("会议费", StringComparison.Ordinal) || h.Contains("培训费", StringComparison.Ordinal));
        for (var c = 0; c < t.Columns.Count; c++)
        {
            // 预算数/决算数 is the leaf (item/…/预算数, Shanghai) or a group above the items (预算数/item, other layouts).
            var parts = t.Columns[c].Split('/');
            var rateAt = Array.FindIndex(parts, IsCompletionRate);
            if (rateAt >= 0)
            {
                // A rate column (完成率 over the items, or an item's 完成预算%): the item's rate when the row is the table's
                // (no row basis), of this year; never an amount (schema 1.7).
                var named = parts.Where((_, i) => i != rateAt).ToArray();
                var rated = rowIsBudget is null && named.Length > 0 ? Item(named[^1], named) : null;
                if (rated is not null && !(rated == "total" && withMeetings && !t.Columns[c].Contains("三公", StringComparison.Ordinal))
                    && IsThisYear(x, year, t.Columns[c], t.Location))
                {
                    rates = WithRate(rates, rated, TakeRate(x, row, c, P + "completionRate/" + rated, label));
                }

                continue;
            }

            var marker = Array.FindLastIndex(parts, IsBudgetOrFinal);
            var isBudget = rowIsBudget ?? (marker >= 0 && parts[marker].Contains("预算", StringComparison.Ordinal));
            var items = parts.Where((_, i) => i != marker).ToArray();
            var item = items.Length > 0 ? items[^1] : string.Empty;
            var property = Item(item, items);
            if (property is null || (property == "total" && withMeetings && !t.Columns[c].Contains("三公", StringComparison.Ordinal))
                || (marker >= 0 && !IsThisYear(x, year, t.Columns[c], t.Location)))
            {
                continue;
            }

            var pointer = P + (isBudget ? "budget/" : "final/") + property;
            var amount = x.Take(row, c, pointer, label);
            if (amount is null)
            {
                continue;
            }

            var target = WithItem(isBudget ? budget : final, property, amount);
            if (isBudget)
            {
                budget = target;
            }
            else
            {
                final = target;
            }
        }

        return (budget, final);
    }

    /// <summary>Whether a header segment says 预算数 or 决算数 (or 实际支出) rather than naming an item.</summary>
    private static bool IsBudgetOrFinal(string segment) =>
        segment.EndsWith("预算数", StringComparison.Ordinal) || segment.EndsWith("决算数", StringComparison.Ordinal) || segment is "预算" or "决算"
            || segment.Contains("实际", StringComparison.Ordinal);

    /// <summary>The 三公 item a header segment names; null for a column that is none (会议费, 培训费 …).</summary>
    private static string? Item(string item, string[] parts)
    {
        if (item.Contains("合计", StringComparison.Ordinal))
        {
            return "total";
        }

        if (item.Contains("出国", StringComparison.Ordinal))
        {
            return "overseasTravel";
        }

        if (item.Contains("小计", StringComparison.Ordinal))
        {
            return parts.Any(p => p.Contains("公务用车", StringComparison.Ordinal)) ? "vehiclesSubtotal" : null;
        }

        if (item.Contains("购置及运行", StringComparison.Ordinal))
        {
            return "vehiclesSubtotal";
        }

        if (item.Contains("购置", StringComparison.Ordinal))
        {
            return "vehiclePurchase";
        }

        if (item.Contains("运行", StringComparison.Ordinal))
        {
            return "vehicleOperation";
        }

        if (item.Contains("接待", StringComparison.Ordinal))
        {
            return "reception";
        }

        return null;
    }

    /// <summary>
    /// The 支出 side's one amount column of a four-column 财政拨款收入支出决算总表 (收入项目 | 决算数 | 支出项目 | 决算数, as
    /// simplified reports print it): with no 合计 and no fund column (一般公共预算/政府性基金/国有资本) after the 支出 label
    /// column, its single 决算数 (or 金额) column holds each row's total; otherwise −1 (no such column, or several).
    /// </summary>
    private static int SingleRightAmount(DocumentTable t, int rightNames, int general, int fund, int capital)
    {
        if (general >= 0 || fund >= 0 || capital >= 0)
        {
            return -1;
        }

        var amounts = Enumerable.Range(rightNames + 1, t.Columns.Count - rightNames - 1)
            .Where(c => Leaf(t, c).Contains("决算数", StringComparison.Ordinal) || Leaf(t, c) is "金额").ToList();
        return amounts.Count == 1 ? amounts[0] : -1;
    }

    private static AppropriationSummaryTable AppropriationSummary(Context x)
    {
        const string P = "/tables/appropriationSummary/";
        var t = x.Table;
        var names = Enumerable.Range(0, t.Columns.Count).Where(c => IsItemHeader(Leaf(t, c))).ToArray();
        var leftAmount = Enumerable.Range(0, t.Columns.Count)
            .FirstOrDefault(c => Leaf(t, c).Contains("决算数", StringComparison.Ordinal) || Leaf(t, c) is "金额", -1);
        if (names.Length < 2 || leftAmount < 0)
        {
            return new AppropriationSummaryTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit };
        }

        int Right(string keyword)
            => Enumerable.Range(names[1] + 1, t.Columns.Count - names[1] - 1)
            .FirstOrDefault(c => Leaf(t, c).Contains(keyword, StringComparison.Ordinal), -1);
        var general = Right("一般公共预算") is >= 0 and var g ? g : Right("公共财政预算");
        var fund = Right("政府性基金");
        var capital = Right("国有资本");
        var total = Right("合计") is >= 0 and var sum ? sum : SingleRightAmount(t, names[1], general, fund, capital);
        FundColumns Fund(IReadOnlyList<TableCell> row, string prefix, string label) => new()
        {
            Total = x.Take(row, total, prefix + "total", label),
            GeneralBudget = x.Take(row, general, prefix + "generalBudget", label),
            GovernmentFund = x.Take(row, fund, prefix + "governmentFund", label),
            StateCapital = x.Take(row, capital, prefix + "stateCapital", label),
        };
        var income = new AppropriationIncomeSide();
        var expenditure = new AppropriationExpenditureSide();
        var opening = new FundColumns();
        var inOpening = false;
        var classes = new List<AppropriationRow>();
        foreach (var row in t.Rows)
        {
            var left = Text(row, names[0]);
            var l = Strip(left);
            Amount? L(string pointer) => x.Take(row, leftAmount, P + "income/" + pointer, left);
            if (l.StartsWith("年初", StringComparison.Ordinal))
            {
                inOpening = true;
                opening = opening with { Total = L("openingCarryOver/total") };
            }
            else if (l.StartsWith("一般公共预算", StringComparison.Ordinal) || l.StartsWith("公共财政预算", StringComparison.Ordinal))
            {
                (income, opening) = inOpening ? (income, opening with { GeneralBudget = L("openingCarryOver/generalBudget") })
                    : (income with { GeneralBudget = L("generalBudget") }, opening);
            }
            else if (l.StartsWith("政府性基金", StringComparison.Ordinal))
            {
                (income, opening) = inOpening ? (income, opening with { GovernmentFund = L("openingCarryOver/governmentFund") })
                    : (income with { GovernmentFund = L("governmentFund") }, opening);
            }
            else if (l.StartsWith("国有资本", StringComparison.Ordinal))
            {
                (income, opening) = inOpening ? (income, opening with { StateCapital = L("openingCarryOver/stateCapital") })
                    : (income with { StateCapital = L("stateCapital") }, opening);
            }
            else if (l.StartsWith("本年收入合计", StringComparison.Ordinal))
            {
                income = income with { CurrentYearTotal = L("currentYearTotal") };
            }
            else if (l.StartsWith("总计", StringComparison.Ordinal))
            {
                income = income with { GrandTotal = L("grandTotal") };
            }

            var right = Text(row, names[1]);
            var r = Strip(right);
            if (r.Length == 0)
            {
                continue;
            }

            if (r.StartsWith("本年支出合计", StringComparison.Ordinal))
            {
                expenditure = expenditure with { CurrentYearTotal = Fund(row, P + "expenditure/currentYearTotal/", right) };
            }
            else if (r.StartsWith("年末", StringComparison.Ordinal))
            {
                expenditure = expenditure with { ClosingCarryOver = Fund(row, P + "expenditure/closingCarryOver/", right) };
            }
            else if (r.StartsWith("总计", StringComparison.Ordinal))
            {
                expenditure = expenditure with { GrandTotal = Fund(row, P + "expenditure/grandTotal/", right) };
            }
            else if (r.EndsWith("支出", StringComparison.Ordinal) && row.Skip(names[1] + 1).Any(c => c.Text.Length > 0))
            {
                var f = Fund(row, P + "expenditure/classes/" + classes.Count + "/", right);
                classes.Add(new AppropriationRow { Name = r, Total = f.Total, GeneralBudget = f.GeneralBudget,
                    GovernmentFund = f.GovernmentFund, StateCapital = f.StateCapital });
            }
        }

        income = income with { OpeningCarryOver = opening };
        return new AppropriationSummaryTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Income = income,
            Expenditure = expenditure with { Classes = classes } };
    }
}
