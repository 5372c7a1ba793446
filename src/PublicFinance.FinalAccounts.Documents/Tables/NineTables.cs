using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Maps <see cref="DocumentTable"/>s to the nine tables of <see cref="DisclosureTables"/>: the table is recognised by
/// its title, columns by their header text (never by position), rows by code (one column or 类/款/项 columns) and
/// name; each amount is converted from the table's unit to the report's and its cell recorded under its JSON Pointer.
/// </summary>
internal static partial class NineTables
{
    private sealed class Context
    {
        public required DocumentTable Table { get; init; }

        public required AmountUnit ReportUnit { get; init; }

        /// <summary>The report's fiscal year (决算年度), when known: a 三公 column of another year is no figure of this year.</summary>
        public int? ReportYear { get; init; }

        /// <summary>How the report will be checked: under truncation a total is never derived from two printed subtotals.</summary>
        public RoundingMode Rounding { get; init; }

        public required Dictionary<string, TableCellSource> Sources { get; init; }

        public required List<DocumentNote> Notes { get; init; }

        /// <summary>The decimals the table prints its amounts with (the most common among its amount cells).</summary>
        public int Decimals { get; init; }

        /// <summary>
        /// Reads the amount in a cell and records its source under the pointer. A column the table does not have →
        /// null; an empty cell (or -) of a printed row and column is 0 at the table's precision, since 决算 tables
        /// leave zero cells blank; unreadable text → null with a note.
        /// </summary>
        public Amount? Take(IReadOnlyList<TableCell> row, int column, string pointer, string rowLabel)
        {
            if (column < 0 || column >= row.Count)
            {
                return null;
            }

            var cell = row[column];
            var text = TableAssembler.Compact(cell.Text);
            if (text.Length == 0 || text is "-" or "—" or "--" or "－")
            {
                Record(cell, column, pointer, rowLabel);
                return InReportUnit(Amount.FromDecimal(0m, Decimals));   // session 59: a blank of a 千元 table is 0.00 万元
            }
            if (!Amount.TryParse(text, out var amount))
            {
                Notes.Add(DocumentMessages.NotAnAmount(Table, rowLabel, Table.Columns[column], text, cell.Location));
                return null;
            }

            amount = InReportUnit(amount);
            Record(cell, column, pointer, rowLabel);
            return amount;
        }

        /// <summary>A zero of the table's precision in the report's unit: a column the table shows to be all zero.</summary>
        public Amount Zero() => InReportUnit(Amount.FromDecimal(0m, Decimals));

        /// <summary>An amount of the table converted exactly to the report's unit (its precision moves with the unit).</summary>
        private Amount InReportUnit(Amount amount)
            => Table.Unit is { } unit && unit != ReportUnit ? amount.ConvertUnit(unit, ReportUnit) : amount;

        /// <summary>Records the cell as the source of the figure under the pointer.</summary>
        public void Record(TableCell cell, int column, string pointer, string rowLabel)
            => Sources[pointer] = new TableCellSource { Table = Table.ToString(), Row = rowLabel, Column = Table.Columns[column],
                Location = cell.Location };
    }

    public static MappedTables Map(IReadOnlyList<DocumentTable> tables, AmountUnit reportUnit,
        RoundingMode rounding = RoundingMode.RoundToNearest, int? reportYear = null)
    {
        var sources = new Dictionary<string, TableCellSource>(StringComparer.Ordinal);
        var notes = new List<DocumentNote>();
        var result = new DisclosureTables();
        var any = false;
        foreach (var table in tables)
        {
            if (!Slots.TryGetValue(Kind(table.Title), out var slot) || !slot.IsEmpty(result))
            {
                continue;
            }

            if (table.UncertainUnit is { } unknown)
            {
                notes.Add(DocumentMessages.TableUnitNotKnown(table, unknown));   // session 59: 百万元 — no scale is guessed
                continue;
            }

            var context = new Context { Table = table, ReportUnit = reportUnit, ReportYear = reportYear, Rounding = rounding,
                Sources = sources, Notes = notes, Decimals = TypicalDecimals(table) };
            result = slot.Fill(result, context);
            any = true;
        }

        return new MappedTables(any ? result : null, sources, notes);
    }

    /// <summary>
    /// Where each of the nine tables (and the ones mapped beside them) goes in <see cref="DisclosureTables"/>: whether its
    /// place is still empty (the first table of a kind is the one taken) and the tables with it read from a document table.
    /// </summary>
    private static readonly Dictionary<PublishedTableKind, (Func<DisclosureTables, bool> IsEmpty,
        Func<DisclosureTables, Context, DisclosureTables> Fill)> Slots = new()
    {
        [PublishedTableKind.Summary] = (r => r.Summary is null, (r, x) => r with { Summary = Summary(x) }),
        [PublishedTableKind.Income] = (r => r.Income is null, (r, x) => r with { Income = Income(x) }),
        [PublishedTableKind.Expenditure] = (r => r.Expenditure is null, (r, x) => r with { Expenditure = Expenditure(x) }),
        [PublishedTableKind.AppropriationSummary] = (r => r.AppropriationSummary is null,
            (r, x) => r with { AppropriationSummary = AppropriationSummary(x) }),
        [PublishedTableKind.GeneralBudgetExpenditure] = (r => r.GeneralBudgetExpenditure is null,
            (r, x) => r with { GeneralBudgetExpenditure = GeneralBudget(x) }),
        [PublishedTableKind.BasicExpenditure] = (r => r.BasicExpenditure is null, (r, x) => r with { BasicExpenditure = Basic(x) }),
        [PublishedTableKind.ThreePublic] = (r => r.ThreePublic is null,
            (r, x) => r with { ThreePublic = WithFigures(x, x.Notes.Count, ThreePublic(x)) }),
        [PublishedTableKind.GovernmentFund] = (r => r.GovernmentFund is null,
            (r, x) => r with { GovernmentFund = Fund(x, "governmentFund") }),
        [PublishedTableKind.StateCapital] = (r => r.StateCapital is null, (r, x) => r with { StateCapital = Fund(x, "stateCapital") }),
        [PublishedTableKind.OperatingExpenses] = (r => r.OperatingExpenses is null,
            (r, x) => r with { OperatingExpenses = OperatingExpenses(x) }),
        [PublishedTableKind.Procurement] = (r => r.Procurement is null, (r, x) => r with { Procurement = Procurement(x) }),
        [PublishedTableKind.Assets] = (r => r.Assets is null, (r, x) => r with { Assets = Assets(x) }),
    };

    /// <summary>The most common number of decimals among the table's amount cells (2 when it prints none).</summary>
    private static int TypicalDecimals(DocumentTable table)
    {
        var counts = new int[7];
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                var text = TableAssembler.Compact(cell.Text);
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                if (dot >= 0 && TableAssembler.IsNumber(text))
                {
                    counts[Math.Min(text.Length - dot - 1, 6)]++;
                }
            }
        }

        var best = 2;
        for (var d = 0; d < counts.Length; d++)
        {
            if (counts[d] > counts[best])
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>Which table a title names (one of the nine or one published beside them), or <see
    /// cref="PublishedTableKind.None"/>.</summary>
    internal static PublishedTableKind Kind(string title)
    {
        var t = TableAssembler.Compact(title);
        foreach (var (test, kind) in TitleKinds)
        {
            if (test(t))
            {
                return kind;
            }
        }

        return PublishedTableKind.None;
    }

    /// <summary>
    /// The title tests in order; the first that holds names the table (三公 before the rest; the tables beside the nine,
    /// which end in 支出决算表 as often as not, before table 3; 财政拨款收入支出决算总表 before 收入支出决算总表).
    /// </summary>
    private static readonly (Func<string, bool> Test, PublishedTableKind Kind)[] TitleKinds =
    [
        (t => Holds(t, "三公"), PublishedTableKind.ThreePublic),
        (t => Holds(t, "绩效") && (Holds(t, "自评") || Holds(t, "评价")), PublishedTableKind.PerformanceEvaluation),
        (t => Holds(t, "机关运行经费"), PublishedTableKind.OperatingExpenses),
        (t => Holds(t, "政府采购"), PublishedTableKind.Procurement),
        (t => Holds(t, "国有资产"), PublishedTableKind.Assets),
        (t => Holds(t, "项目支出") && EndsIn(t, "表") && !Holds(t, "预算表"), PublishedTableKind.ProjectExpenditure),
        (t => Holds(t, "政府性基金预算财政拨款") && EndsIn(t, "决算表"), PublishedTableKind.GovernmentFund),
        (t => Holds(t, "国有资本经营预算财政拨款") && EndsIn(t, "决算表"), PublishedTableKind.StateCapital),
        (t => Holds(t, "基本支出决算表"), PublishedTableKind.BasicExpenditure),
        // 公共财政预算 is the name of 一般公共预算 until 2014.
        // Its 明细表 name (一般公共预算财政拨款支出决算明细表: the same table by 功能分类, session 45) too.
        (t => Holds(t, "一般公共预算财政拨款支出决算表") || Holds(t, "一般公共预算财政拨款收入支出决算表")
            || Holds(t, "公共财政预算财政拨款支出决算表") || Holds(t, "公共财政预算财政拨款收入支出决算表")
            || EndsIn(t, "一般公共预算财政拨款支出决算明细表") || EndsIn(t, "公共财政预算财政拨款支出决算明细表"),
            PublishedTableKind.GeneralBudgetExpenditure),
        (t => Holds(t, "财政拨款收入支出决算总表"), PublishedTableKind.AppropriationSummary),
        (t => Holds(t, "收入支出决算总表"), PublishedTableKind.Summary),
        (t => EndsIn(t, "收入决算表"), PublishedTableKind.Income),
        // Session 53 (blind round 50, t08): "财政拨款支出决算表" is the appropriation's expenditure (财政拨款, of any fund), not the
        // all-funds 支出决算表 (table 3): its 基本/项目 columns are no match for the prose's all-funds 基本支出 (false FA1103).
        (t => EndsIn(t, "支出决算表") && !Holds(t, "项目") && !Holds(t, "经费") && !Holds(t, "财政拨款"), PublishedTableKind.Expenditure),
    ];

    private static bool Holds(string text, string word) => text.Contains(word, StringComparison.Ordinal);

    private static bool EndsIn(string text, string word) => text.EndsWith(word, StringComparison.Ordinal);

    /// <summary>The first column whose header's last segment (or whole header) contains every keyword and none of the excluded.</summary>
    private static int Column(DocumentTable table, string[] keywords, params string[] excluded) => Column(table, keywords, excluded, []);

    /// <summary>
    /// The first column whose header's last segment (or whole header) contains every keyword and none of
    /// <paramref name="excluded"/>, and whose whole header path contains none of <paramref name="excludedInPath"/>
    /// (e.g. 年初结转和结余/合计 is not the year's 合计).
    /// </summary>
    private static int Column(DocumentTable table, string[] keywords, string[] excluded, string[] excludedInPath)
    {
        bool Has(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var header = table.Columns[c];
                var part = pass == 0 ? header[(header.LastIndexOf('/') + 1)..] : header;
                if (keywords.All(k => part.Contains(k, StringComparison.Ordinal)) && !Has(part, excluded) && !Has(header, excludedInPath))
                {
                    return c;
                }
            }
        }

        return -1;
    }

    private static string Text(IReadOnlyList<TableCell> row, int column)
        => column >= 0 && column < row.Count ? TableAssembler.Compact(row[column].Text) : string.Empty;

    /// <summary>The first column holding an amount with decimals (codes never have them): the label columns are left of it.</summary>
    private static int FirstAmountColumn(DocumentTable table, int from = 0, int to = int.MaxValue)
    {
        var end = Math.Min(to, table.Columns.Count);
        for (var c = from; c < end; c++)
        {
            if (table.Rows.Any(r => c < r.Count && r[c].Text.Contains('.', StringComparison.Ordinal)
                && TableAssembler.IsNumber(TableAssembler.Compact(r[c].Text))))
            {
                return c;
            }
        }

        return WholeAmountColumns(table, from, end) ?? end;   // SplitCodes: amounts without decimals (an .xlsx in 元)
    }

    /// <summary>Code and name of a row from its label columns: digit-only cells joined (类 款 项 or one code column), the first other text is
    /// the name.</summary>
    private static (string Code, string Name) RowLabel(IReadOnlyList<TableCell> row, int from, int to)
    {
        var code = string.Empty;
        var name = string.Empty;
        for (var c = from; c < Math.Min(to, row.Count); c++)
        {
            var text = TableAssembler.Compact(row[c].Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (text.All(char.IsDigit))
            {
                code += text;
            }
            else if (name.Length == 0)
            {
                // A code and name printed in one cell: "2010301 行政运行".
                var digits = 0;
                while (digits < text.Length && char.IsDigit(text[digits]))
                {
                    digits++;
                }

                if (digits >= 3 && code.Length == 0)
                {
                    code = text[..digits];
                    name = text[digits..];
                }
                else
                {
                    name = text;
                }
            }
        }

        return (code, name);
    }

    private static bool IsTotalLabel(string name)
        => name.StartsWith("合计", StringComparison.Ordinal) || name.StartsWith("总计", StringComparison.Ordinal);

    /// <summary>Functional-code rows and the 合计 row of a table keyed by 类/款/项 or a code column.</summary>
    private static (IReadOnlyList<TableCell>? Total,
        List<(FunctionalCode Code, string Name, IReadOnlyList<TableCell> Cells)> Rows) FunctionalRows(DocumentTable table,
        List<DocumentNote>? notes = null)
    {
        var labels = FirstAmountColumn(table);
        var parents = new SplitCodeParents();
        IReadOnlyList<TableCell>? total = null;
        var rows = new List<(FunctionalCode, string, IReadOnlyList<TableCell>)>();
        foreach (var row in table.Rows)
        {
            var (code, name) = RowLabel(row, 0, labels);
            code = code.Length is 2 or 3 or 5 ? ComposeSplitCode(parents, table, row, labels, code, name, notes) : code;
            if (code.Length == 0
                && IsTotalLabel(name.Length > 0 ? name : string.Concat(row.Take(labels).Select(c => TableAssembler.Compact(c.Text)))))
            {
                total ??= row;
                continue;
            }

            if (code.Length == 0 || !FunctionalCode.TryParse(code, out var functional))
            {
                continue;
            }

            rows.Add((functional, name, row));
        }

        return (total, rows);
    }
}
