using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// The tables published beside the nine (机关运行经费, 政府采购, 国有资产). Their layouts vary more than the nine's: the
/// figures stand in columns (货物 | 工程 | 服务 over one 合计 row), in rows (货物, 工程, 服务 over one 金额 column) or
/// both (实际采购金额 / 授予中小企业合同金额 rows × 合计 | 货物 columns). So each figure is found by the words of its
/// key — the row's label and the column's header path together — and a figure is taken only when exactly one cell
/// answers (a 合计 row preferred over the rows of single units); otherwise it stays absent with a note.
/// </summary>
internal static partial class NineTables
{
    private static readonly string[] PlanWords = ["计划", "预算", "预留"];

    private static readonly string[] ShareWords = ["占", "%", "％", "比例", "比重", "增减", "增长", "变动"];

    private static readonly string[] ValueWords = ["价值", "原值", "净值", "金额", "万元"];

    /// <summary>
    /// The vehicle categories by the words of their row or column, and words that make a cell another category's: the 2017
    /// categories, then the 2014–2016 template's 领导干部用车 (not 部级/主要领导干部用车, which contain it) and 一般公务用车.
    /// </summary>
    private static readonly (VehicleCategory Category, string[] Words, string[] Unless)[] VehicleWords =
    [
        (VehicleCategory.SeniorLeaders, ["部级", "副部", "省级"], []),
        (VehicleCategory.PrincipalLeaders, ["主要负责人", "主要领导"], []),
        (VehicleCategory.ConfidentialCommunications, ["机要通信"], []),
        (VehicleCategory.EmergencySupport, ["应急保障"], []),
        (VehicleCategory.LawEnforcement, ["执法执勤"], []),
        (VehicleCategory.SpecialTechnical, ["特种专业技术", "特种专业"], []),
        (VehicleCategory.RetiredCadreService, ["离退休"], []),
        (VehicleCategory.Other, ["其他用车"], []),
        (VehicleCategory.LeadingCadres, ["领导干部用车"], ["部级", "副部", "省级", "主要"]),
        (VehicleCategory.GeneralOfficial, ["一般公务用车"], []),
    ];

    /// <summary>One figure cell of a table beside the nine: its row's label, the key (label | header path), and whether its row is a 合计/总计
    /// row.</summary>
    private readonly record struct KeyedCell(int Row, int Column, string Label, string Key, bool TotalRow);

    /// <summary>
    /// Every figure cell of the table with its key: the cells of the figure columns — those holding only numbers and
    /// blanks (not a code column; a label column always holds text) — on the rows that hold a number there, so blank
    /// cells of a printed row and column count (as 0, as in the nine tables).
    /// </summary>
    private static List<KeyedCell> KeyedCells(DocumentTable t)
    {
        var numericColumns = Enumerable.Range(0, t.Columns.Count)
            .Where(c => !HasAny(t.Columns[c], ["编码", "代码", "编号"])
                && t.Rows.All(r => c >= r.Count || IsFigureOrBlank(TableAssembler.Compact(r[c].Text))))
            .ToHashSet();
        var cells = new List<KeyedCell>();
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            if (!numericColumns.Any(c => c < row.Count && TableAssembler.IsNumber(TableAssembler.Compact(row[c].Text))))
            {
                continue;
            }

            var label = string.Concat(row.Where((c, i) => !numericColumns.Contains(i)).Select(c => TableAssembler.Compact(c.Text)));
            var total = label.Contains("合计", StringComparison.Ordinal) || label.Contains("总计", StringComparison.Ordinal);
            foreach (var c in numericColumns.Order())
            {
                if (c < row.Count)
                {
                    cells.Add(new KeyedCell(r, c, label, label + "|" + t.Columns[c], total));
                }
            }
        }

        return cells;
    }

    private static bool IsFigureOrBlank(string text)
        => text.Length == 0 || text is "-" or "—" or "--" or "－" || TableAssembler.IsNumber(text);

    private static bool HasAny(string text, IEnumerable<string> words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// The one cell whose key has one of <paramref name="any"/> and none of <paramref name="none"/>: among several, those of
    /// a 合计/总计 row; when they still disagree, none (with a note) — a figure is never guessed.
    /// </summary>
    private static KeyedCell? Find(Context x, List<KeyedCell> cells, string what, string[] any, params string[][] none)
    {
        var matches = cells.Where(k => HasAny(k.Key, any) && !none.Any(n => HasAny(k.Key, n))).ToList();
        if (matches.Count > 1 && matches.Any(m => m.TotalRow))
        {
            matches = matches.Where(m => m.TotalRow).ToList();
        }

        if (matches.Count == 0)
        {
            return null;
        }

        var texts = matches.Select(m => TableAssembler.Compact(x.Table.Rows[m.Row][m.Column].Text)).Distinct(StringComparer.Ordinal)
            .Count();
        if (matches.Count == 1 || (texts == 1 && matches.Select(m => m.Column).Distinct().Count() == 1))
        {
            return matches[0];
        }

        var first = x.Table.Rows[matches[0].Row][matches[0].Column];
        x.Notes.Add(DocumentMessages.AmbiguousFigure(x.Table, what, [.. matches.Select(m => m.Key)], first.Location));
        return null;
    }

    private static Amount? TakeAmount(Context x, KeyedCell? cell, string pointer)
        => cell is { } k ? x.Take(x.Table.Rows[k.Row], k.Column, pointer, k.Label.Length > 0 ? k.Label : x.Table.Columns[k.Column]) : null;

    /// <summary>A count (辆, 台/套): a whole number; a blank cell of a printed row and column is 0; anything else is left out with a
    /// note.</summary>
    private static int? TakeCount(Context x, KeyedCell? cell, string pointer) => TakeFigure<int>(x, cell, pointer, (text, k, printed) =>
    {
        var count = 0;
        if (text.Length > 0 && text is not ("-" or "—" or "--" or "－")
            && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            x.Notes.Add(DocumentMessages.NotACount(x.Table, k.Label, x.Table.Columns[k.Column], text, printed.Location));
            return null;
        }

        return count;
    });

    /// <summary>
    /// The figure in a found cell: its text (compacted, thousands separators dropped) read by <paramref name="read"/>,
    /// and the cell recorded as its source; null when no cell was found or <paramref name="read"/> refuses the text.
    /// </summary>
    private static T? TakeFigure<T>(Context x, KeyedCell? cell, string pointer, Func<string, KeyedCell, TableCell, T?> read)
        where T : struct
    {
        if (cell is not { } k)
        {
            return null;
        }

        var printed = x.Table.Rows[k.Row][k.Column];
        var text = TableAssembler.Compact(printed.Text).Replace(",", string.Empty, StringComparison.Ordinal);
        if (read(text, k, printed) is not { } figure)
        {
            return null;
        }

        x.Record(printed, k.Column, pointer, k.Label);
        return figure;
    }

    private static OperatingExpensesTable OperatingExpenses(Context x)
    {
        const string P = "/tables/operatingExpenses/";
        var cells = KeyedCells(x.Table);
        string[] totalWords = ["合计", "总计", "机关运行经费"];
        var total = Find(x, cells, "机关运行经费", totalWords, ["上年"], PlanWords, ShareWords);
        // The prior year's figure of the whole only (not of an item row such as 办公费).
        var prior = Find(x, cells.Where(k => HasAny(k.Key, totalWords)).ToList(), "上年机关运行经费", ["上年"], ShareWords, PlanWords);
        return new OperatingExpensesTable
        {
            Title = x.Table.Title,
            Note = x.Table.EmptyStatement,
            Unit = x.Table.Unit,
            Total = TakeAmount(x, total, P + "total"),
            PriorYearTotal = TakeAmount(x, prior, P + "priorYearTotal"),
        };
    }

    private static ProcurementTable Procurement(Context x)
    {
        const string P = "/tables/procurement/";
        var cells = KeyedCells(x.Table);
        string[] kinds = ["货物", "工程", "服务"];
        string[] enterprises = ["中小", "小微"];
        KeyedCell? ByKind(string kind)
            => Find(x, cells, kind, [kind], enterprises, PlanWords, ShareWords, kinds.Where(k => k != kind).ToArray());
        return new ProcurementTable
        {
            Title = x.Table.Title,
            Note = x.Table.EmptyStatement,
            Unit = x.Table.Unit,
            Total = TakeAmount(x,
                Find(x, cells, "政府采购支出总额", ["合计", "总计", "总额", "小计", "实际采购金额", "采购金额"], enterprises, kinds, PlanWords, ShareWords),
                P + "total"),
            Goods = TakeAmount(x, ByKind("货物"), P + "goods"),
            Works = TakeAmount(x, ByKind("工程"), P + "works"),
            Services = TakeAmount(x, ByKind("服务"), P + "services"),
            SmeContracts = TakeAmount(x, Find(x, cells, "授予中小企业合同金额", ["中小企业"], ["小微"], kinds, PlanWords, ShareWords), P + "smeContracts"),
            MicroSmallContracts = TakeAmount(x, Find(x, cells, "授予小微企业合同金额", ["小微"], kinds, PlanWords, ShareWords),
                P + "microSmallContracts"),
        };
    }

    private static AssetsTable Assets(Context x)
    {
        const string P = "/tables/assets/";
        var cells = KeyedCells(x.Table);
        var categoryWords = VehicleWords.SelectMany(v => v.Words).ToArray();
        var categories = new List<VehicleCategoryCount>();
        foreach (var (category, words, unless) in VehicleWords)
        {
            var cell = Find(x, cells, words[0], words, ValueWords, ShareWords, unless);
            if (TakeCount(x, cell, P + "vehicleCategories/" + categories.Count + "/count") is { } n)
            {
                categories.Add(new VehicleCategoryCount { Category = category, Count = n });
            }
        }

        return new AssetsTable
        {
            Title = x.Table.Title,
            Note = x.Table.EmptyStatement,
            Unit = x.Table.Unit,
            BuildingArea = TakeQuantity(x, Find(x, cells, "房屋面积", ["房屋"], ValueWords, ShareWords, ["土地"]), P + "buildingArea"),
            VehicleCount = TakeCount(x, Find(x, cells, "车辆", ["车辆", "用车"], categoryWords, ValueWords, ShareWords, ["其中"]),
                P + "vehicleCount"),
            VehicleCategories = categories,
            LargeEquipmentCount = TakeCount(x, Find(x, cells, "单价100万元以上设备", ["设备"], ["价值", "原值", "净值", "金额"], ShareWords),
                P + "largeEquipmentCount"),
        };
    }

    private static Quantity? TakeQuantity(Context x, KeyedCell? cell, string pointer) => TakeFigure<Quantity>(x, cell, pointer,
        (text, _, _) => Quantity.TryParse(text, CultureInfo.InvariantCulture, out var quantity) ? quantity : (Quantity?)null);
}
