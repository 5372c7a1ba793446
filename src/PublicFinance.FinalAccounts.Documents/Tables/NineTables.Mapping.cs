using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>One mapper per table.</summary>
internal static partial class NineTables
{
    private static IncomeExpenditureSummaryTable Summary(Context x)
    {
        const string P = "/tables/summary/";
        var t = x.Table;

        // Two sides: 项目 + 决算数 (收入), 项目 + 决算数 (支出); the side is the header's parent (收入/支出) or its position.
        var names = Enumerable.Range(0, t.Columns.Count).Where(c => IsItemHeader(Leaf(t, c))).ToArray();
        var amounts = Enumerable.Range(0, t.Columns.Count)
            .Where(c => Leaf(t, c).Contains("决算数", StringComparison.Ordinal) || Leaf(t, c) is "金额" or "年初预算数" or "合计").ToArray();
        if (names.Length < 2 || amounts.Length < 2)
        {
            return new IncomeExpenditureSummaryTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit };
        }

        var income = new SummaryIncomeSide();
        var expenditure = new SummaryExpenditureSide();
        var classes = new List<FunctionalAmount>();
        foreach (var row in t.Rows)
        {
            var left = Text(row, names[0]);
            var right = Text(row, names[1]);
            Amount? L(string prop) => x.Take(row, amounts[0], P + "income/" + prop, left);
            Amount? R(string prop) => x.Take(row, amounts[1], P + "expenditure/" + prop, right);
            var l = Strip(left);
            if (l.StartsWith("其中", StringComparison.Ordinal))
            {
                l = l[2..].TrimStart('：', ':');
            }

            if (l.StartsWith("财政拨款", StringComparison.Ordinal) && row.Count > amounts[0]
                && TableAssembler.Compact(row[amounts[0]].Text).Length > 0)
            {
                // Older layout (2016): one combined 财政拨款收入 row, 其中 政府性基金 below it. The model keeps the three
                // appropriations apart, so the combined figure has no place; without the 一般公共预算 row the income
                // total rule cannot run (it is never checked with a part missing).
                x.Notes.Add(DocumentMessages.CombinedAppropriationIncome(t, left, row[amounts[0]].Location));
            }
            else if (l.Length > 0)
            {
                income = l switch
                {
                    _ when l.StartsWith("一般公共预算财政拨款", StringComparison.Ordinal) || l.StartsWith("公共财政预算财政拨款", StringComparison.Ordinal)
                        => income with { GeneralBudgetAppropriation = L("generalBudgetAppropriation") },
                    _ when l.StartsWith("政府性基金预算财政拨款", StringComparison.Ordinal)
                        => income with { GovernmentFundAppropriation = L("governmentFundAppropriation") },
                    _ when l.StartsWith("国有资本经营预算财政拨款", StringComparison.Ordinal)
                        => income with { StateCapitalAppropriation = L("stateCapitalAppropriation") },
                    _ when l.StartsWith("上级补助收入", StringComparison.Ordinal) => income with { SuperiorSubsidy = L("superiorSubsidy") },
                    _ when l.StartsWith("事业收入", StringComparison.Ordinal) => income with { ServiceIncome = L("serviceIncome") },
                    _ when l.StartsWith("经营收入", StringComparison.Ordinal) => income with { BusinessIncome = L("businessIncome") },
                    _ when l.StartsWith("附属单位上缴收入", StringComparison.Ordinal)
                        => income with { AffiliatedRemittance = L("affiliatedRemittance") },
                    _ when l.StartsWith("其他收入", StringComparison.Ordinal) => income with { OtherIncome = L("otherIncome") },
                    _ when l.StartsWith("本年收入合计", StringComparison.Ordinal) => income with { CurrentYearTotal = L("currentYearTotal") },
                    _ when l.StartsWith("使用非财政拨款结余", StringComparison.Ordinal) || l.StartsWith("用事业基金弥补收支差额", StringComparison.Ordinal)
                        => income with { UseOfNonAppropriationBalance = L("useOfNonAppropriationBalance") },
                    _ when l.StartsWith("年初结转和结余", StringComparison.Ordinal) => income with { OpeningCarryOver = L("openingCarryOver") },
                    _ when l.StartsWith("总计", StringComparison.Ordinal) => income with { GrandTotal = L("grandTotal") },
                    _ => income,
                };
            }

            var r = Strip(right);
            if (r.Length == 0)
            {
                continue;
            }

            if (r.StartsWith("本年支出合计", StringComparison.Ordinal))
            {
                expenditure = expenditure with { CurrentYearTotal = R("currentYearTotal") };
            }
            else if (r.StartsWith("结余分配", StringComparison.Ordinal))
            {
                expenditure = expenditure with { BalanceDistribution = R("balanceDistribution") };
            }
            else if (r.StartsWith("年末结转和结余", StringComparison.Ordinal))
            {
                expenditure = expenditure with { ClosingCarryOver = R("closingCarryOver") };
            }
            else if (r.StartsWith("总计", StringComparison.Ordinal))
            {
                expenditure = expenditure with { GrandTotal = R("grandTotal") };
            }
            else if (r.EndsWith("支出", StringComparison.Ordinal) || r.EndsWith("的支出", StringComparison.Ordinal))
            {
                var amount = x.Take(row, amounts[1], P + "expenditure/classes/" + classes.Count + "/amount", right);
                if (amount is { } a)
                {
                    classes.Add(new FunctionalAmount { Name = r, Amount = a });
                }
            }
        }

        return new IncomeExpenditureSummaryTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Income = income,
            Expenditure = expenditure with { Classes = classes } };
    }

    /// <summary>Removes a leading Chinese ordinal (一、 二十三、 （一）) and whitespace.</summary>
    private static string Strip(string label)
    {
        var i = 0;
        while (i < label.Length && "一二三四五六七八九十（）()".Contains(label[i], StringComparison.Ordinal))
        {
            i++;
        }

        if (i > 0 && i < label.Length && label[i] is '、' or '.' or '．')
        {
            return label[(i + 1)..];
        }

        return i > 0 && label[i - 1] is '）' or ')' ? label[i..] : label;
    }

    /// <summary>The header of a side's label column: 项目, 项目名称, or 收入项目 / 支出项目 (one header row naming the side).</summary>
    private static bool IsItemHeader(string leaf) => leaf is "项目" or "项目名称" or "收入项目" or "支出项目";

    private static string Leaf(DocumentTable t, int c) => t.Columns[c][(t.Columns[c].LastIndexOf('/') + 1)..];

    /// <summary>
    /// <paramref name="column"/>, unless <paramref name="word"/> names only a group above it and the column is one of the
    /// group's parts (基本支出 over 人员经费 and 公用经费 with no 小计: 基本支出/人员经费 is the personnel part, not 基本支出 —
    /// session 45, blind round 41 t08, where it was read as each row's 基本支出 and every 合计 gave a false FA0501): −1 then.
    /// A group's own total (基本支出/合计, 基本支出/小计, also when printed after its parts) and a column the word names itself
    /// are taken.
    /// </summary>
    private static int NotAPart(DocumentTable t, int column, string word)
    {
        if (column < 0)
        {
            return column;
        }

        static bool IsGroupTotal(string leaf)
            => leaf.Contains("合计", StringComparison.Ordinal) || leaf.Contains("小计", StringComparison.Ordinal);
        var leaf = Leaf(t, column);
        if (leaf.Contains(word, StringComparison.Ordinal) || IsGroupTotal(leaf))
        {
            return column;
        }

        var group = t.Columns[column][..(t.Columns[column].LastIndexOf('/') + 1)];
        return Enumerable.Range(column + 1, t.Columns.Count - column - 1)
            .FirstOrDefault(c => t.Columns[c].StartsWith(group, StringComparison.Ordinal) && IsGroupTotal(Leaf(t, c)), -1);
    }

    private static IncomeTable Income(Context x)
    {
        const string P = "/tables/income/";
        var t = x.Table;
        var cols = new[]
        {
            ("total", Column(t, ["合计"])), ("fiscalAppropriation", Column(t, ["财政拨款"])), ("superiorSubsidy", Column(t, ["上级补助"])),
            ("serviceIncome", Column(t, ["事业收入"])), ("businessIncome", Column(t, ["经营收入"])), ("affiliatedRemittance", Column(t, ["附属单位"])),
                ("otherIncome", Column(t, ["其他收入"])),
        };
        var (totalRow, rows) = FunctionalRows(t, x.Notes);
        var zero = UnprintedAreZero(totalRow, cols);
        IncomeColumns Read(IReadOnlyList<TableCell> row, string prefix, string label)
        {
            Amount? A(int i) => zero && cols[i].Item2 < 0 ? x.Zero() : x.Take(row, cols[i].Item2, prefix + cols[i].Item1, label);
            return new IncomeColumns { Total = A(0), FiscalAppropriation = A(1), SuperiorSubsidy = A(2), ServiceIncome = A(3),
                BusinessIncome = A(4), AffiliatedRemittance = A(5), OtherIncome = A(6) };
        }

        var list = CodeRows(rows, P, Read, (r, c) => new IncomeRow
        {
            Code = r.Code, Name = r.Name, Total = c.Total, FiscalAppropriation = c.FiscalAppropriation,
            SuperiorSubsidy = c.SuperiorSubsidy, ServiceIncome = c.ServiceIncome, BusinessIncome = c.BusinessIncome,
            AffiliatedRemittance = c.AffiliatedRemittance, OtherIncome = c.OtherIncome,
        });
        return new IncomeTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Total = TotalRow(totalRow, P, Read),
            Rows = list };
    }

    private static ExpenditureTable Expenditure(Context x)
    {
        const string P = "/tables/expenditure/";
        var t = x.Table;
        var cols = new[]
        {
            ("total", Column(t, ["合计"])), ("basic", NotAPart(t, Column(t, ["基本支出"]), "基本支出")),
            ("project", NotAPart(t, Column(t, ["项目支出"]), "项目支出")),
            ("remittedToSuperior", Column(t, ["上缴上级"])), ("business", Column(t, ["经营支出"])), ("subsidyToAffiliates", Column(t, ["附属单位"])),
        };
        var (totalRow, rows) = FunctionalRows(t, x.Notes);
        var zero = PastedAsText(totalRow) && UnprintedAreZero(totalRow, cols);   // session 63: a text's 合计 | 基本支出 | 项目支出
        ExpenditureColumns Read(IReadOnlyList<TableCell> row, string prefix, string label)
        {
            Amount? A(int i) => zero && cols[i].Item2 < 0 ? x.Zero() : x.Take(row, cols[i].Item2, prefix + cols[i].Item1, label);
            return new ExpenditureColumns { Total = A(0), Basic = A(1), Project = A(2), RemittedToSuperior = A(3), Business = A(4),
                SubsidyToAffiliates = A(5) };
        }

        var list = CodeRows(rows, P, Read, (r, c) => new ExpenditureRow
        {
            Code = r.Code, Name = r.Name, Total = c.Total, Basic = c.Basic, Project = c.Project,
            RemittedToSuperior = c.RemittedToSuperior, Business = c.Business, SubsidyToAffiliates = c.SubsidyToAffiliates,
        });
        return new ExpenditureTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Total = TotalRow(totalRow, P, Read),
            Rows = list };
    }

    /// <summary>
    /// Session 63 (tbl63, blind round 59 t04): whether a 合计 row was pasted in a 说明 as text (its cells located by text line,
    /// not on a PDF page, a sheet or a web page). A 支出决算表 in text (<c>合计 | 基本支出 | 项目支出</c>, the 合计 closing) has its
    /// unprinted columns zero as the 收入决算表 has (<see cref="UnprintedAreZero"/>),
    /// so each row's 本年支出合计 = 基本支出 + 项目支出 is checked (FA0301); the complete PDF layouts that session 60 withdrew it
    /// for are left as they were.
    /// </summary>
    private static bool PastedAsText(IReadOnlyList<TableCell>? totalRow)
        => totalRow is { Count: > 0 } && totalRow.All(c => c.Location is null || c.Location.TextLine is > 0)
            && totalRow.Any(c => c.Location?.TextLine is > 0);

    /// <summary>
    /// Session 60 (r57fix, blind round 57 t05): whether the columns a 收入决算表 does not print are zero. A
    /// table in a 说明 often prints its total and only the parts it has (本年收入合计 | 财政拨款收入 | 其他收入); the unprinted
    /// parts were absent, so no row's "total = Σ parts" could run (a planted row went unreported). They are zero only when
    /// the 合计 row proves it: its total (not 0) equals the sum of its printed parts exactly, and amounts are never
    /// negative, so every unprinted column is 0 in the 合计 and in every row. <paramref name="columns"/> lists the total
    /// first, then the parts (-1: not printed). A table without a 合计 row, or whose 合计 does not close, keeps them absent.
    /// Not the 支出决算表 (withdrawn at the merge): its common print 合计 | 基本支出 | 项目支出 closes in most PDFs, and its
    /// unprinted 上缴上级 / 经营 / 附属单位 columns made zero moved planted-row findings of complete PDF layouts (FA0302 became
    /// FA0301 on another row) — left for a session that can weigh those layouts.
    /// </summary>
    private static bool UnprintedAreZero(IReadOnlyList<TableCell>? totalRow, (string Name, int Column)[] columns)
    {
        if (totalRow is null || CellValue(totalRow, columns[0].Column) is not { } total || total <= 0)
        {
            return false;
        }

        var printed = 0;
        var unprinted = 0;
        var sum = 0m;
        for (var i = 1; i < columns.Length; i++)
        {
            if (columns[i].Column < 0)
            {
                unprinted++;
                continue;
            }

            if (CellValue(totalRow, columns[i].Column) is not { } part || part < 0)
            {
                return false;
            }

            printed++;
            sum += part;
        }

        return printed > 0 && unprinted > 0 && sum == total;
    }

    /// <summary>The amount of a printed cell (blank or a dash: 0), or null when the column is not printed or not an amount.</summary>
    private static decimal? CellValue(IReadOnlyList<TableCell> row, int column)
    {
        if (column < 0 || column >= row.Count)
        {
            return null;
        }

        var text = TableAssembler.Compact(row[column].Text);
        if (text.Length == 0 || text is "-" or "—" or "--" or "－")
        {
            return 0m;
        }

        return Amount.TryParse(text, out var amount) ? amount.Value : null;
    }

    /// <summary>Each code row's columns read under <c>{table}rows/{i}/</c> and made into the table's row type.</summary>
    private static List<TRow> CodeRows<TColumns, TRow>(
        List<(FunctionalCode Code, string Name, IReadOnlyList<TableCell> Cells)> rows,
        string table,
        Func<IReadOnlyList<TableCell>, string, string, TColumns> read,
        Func<(FunctionalCode Code, string Name, IReadOnlyList<TableCell> Cells), TColumns, TRow> make)
        => [.. rows.Select((r, i) => make(r, read(r.Cells, table + "rows/" + i + "/", r.Code + " " + r.Name)))];

    /// <summary>The 合计 row's columns read under <c>{table}total/</c>, or null when the table prints none.</summary>
    private static TColumns? TotalRow<TColumns>(IReadOnlyList<TableCell>? row, string table, Func<IReadOnlyList<TableCell>, string, string,
        TColumns> read)
        where TColumns : class
        => row is null ? null : read(row, table + "total/", "合计");

    private static GeneralBudgetExpenditureTable GeneralBudget(Context x)
    {
        const string P = "/tables/generalBudgetExpenditure/";
        var t = x.Table;
        // Variants print 年初结转和结余, 本年收入, 年末结转和结余 or 年初预算数 column groups beside the year's expenditure
        // (some with their own 合计/基本支出/项目支出): only the expenditure of the year is the table-5 figure.
        string[] others = ["年初", "年末", "预算数", "本年收入", "结转", "结余"];
        var total = Column(t, ["合计"], others, others);
        if (total < 0)
        {
            total = Column(t, ["小计"], others, others);
        }

        var basic = NotAPart(t, Column(t, ["基本支出"], others, others), "基本支出");
        var project = NotAPart(t, Column(t, ["项目支出"], others, others), "项目支出");
        if (total < 0 && basic < 0 && project < 0)
        {
            total = SingleFinalColumn(t, others);   // Blind24B m4: "科目编码 | 科目名称 | 决算数"
        }

        var (totalRow, rows) = FunctionalRows(t, x.Notes);
        BasicProjectColumns Read(IReadOnlyList<TableCell> row, string prefix, string label) =>
            new() { Total = x.Take(row, total, prefix + "total", label), Basic = x.Take(row, basic, prefix + "basic", label),
                Project = x.Take(row, project, prefix + "project", label) };
        // 年初预算数 / 调整预算数 groups (one column, or their own 合计/基本支出/项目支出) are the row's budget figures.
        var initial = BudgetColumns(t, "年初预算");
        var adjusted = BudgetColumns(t, "调整预算");
        BasicProjectColumns? Budget((int Total, int Basic, int Project) columns, IReadOnlyList<TableCell> row, string prefix,
            string label) =>
            columns.Total < 0 && columns.Basic < 0 && columns.Project < 0 ? null
                : new() { Total = x.Take(row, columns.Total, prefix + "total", label),
                    Basic = x.Take(row, columns.Basic, prefix + "basic", label),
                    Project = x.Take(row, columns.Project, prefix + "project", label) };
        var list = rows.Select((r, i) =>
        {
            var prefix = P + "rows/" + i + "/";
            var label = r.Code + " " + r.Name;
            var c = Read(r.Cells, prefix, label);
            return new GeneralBudgetRow
            {
                Code = r.Code, Name = r.Name, Total = c.Total, Basic = c.Basic, Project = c.Project,
                InitialBudget = Budget(initial, r.Cells, prefix + "initialBudget/", label),
                    AdjustedBudget = Budget(adjusted, r.Cells, prefix + "adjustedBudget/", label),
            };
        }).ToList();
        return new GeneralBudgetExpenditureTable
        {
            Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Total = totalRow is null ? null : Read(totalRow, P + "total/", "合计"),
                Rows = list,
            InitialBudgetTotal = totalRow is null ? null : Budget(initial, totalRow, P + "initialBudgetTotal/", "合计"),
            AdjustedBudgetTotal = totalRow is null ? null : Budget(adjusted, totalRow, P + "adjustedBudgetTotal/", "合计"),
        };
    }

    /// <summary>
    /// The one column of a table without 合计 / 基本支出 / 项目支出 columns whose header ends in 决算数 (决算数, 本年决算数) and names
    /// no other figure (年初, 预算数, 上年…): each row's total, as a 合计 column would be; −1 when there is none or more than one
    /// (which of them is the year's total is not guessed). Blind round 24 (B), family m4.
    /// </summary>
    private static int SingleFinalColumn(DocumentTable t, string[] others)
    {
        var finals = Enumerable.Range(0, t.Columns.Count)
            .Where(c => Leaf(t, c).EndsWith("决算数", StringComparison.Ordinal) && !t.Columns[c].Contains("上年", StringComparison.Ordinal)
                && !others.Any(o => t.Columns[c].Contains(o, StringComparison.Ordinal)))
            .ToList();
        return finals.Count == 1 ? finals[0] : -1;
    }

    /// <summary>
    /// The columns of a budget group (年初预算数, 调整预算数): its 合计/小计 (or the group's single column), 基本支出 and
    /// 项目支出; -1 where the table has none.
    /// </summary>
    private static (int Total, int Basic, int Project) BudgetColumns(DocumentTable t, string group)
    {
        int Find(Func<string, bool> leaf)
            => Enumerable.Range(0, t.Columns.Count)
            .FirstOrDefault(c => t.Columns[c].Contains(group, StringComparison.Ordinal)
            && leaf(t.Columns[c][(t.Columns[c].LastIndexOf('/') + 1)..]), -1);
        return (Find(l => l.Contains("合计", StringComparison.Ordinal) || l.Contains("小计", StringComparison.Ordinal)
            || l.Contains(group, StringComparison.Ordinal)),
            Find(l => l.Contains("基本支出", StringComparison.Ordinal)), Find(l => l.Contains("项目支出", StringComparison.Ordinal)));
    }

    /// <summary>The source of the first figure other than 0 read under <paramref name="prefix"/>, or null.</summary>
    private static TableCellSource? FirstNonZero(Context x, string prefix)
        => x.Sources.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Value)
            .FirstOrDefault(s => s.Location is not null && x.Table.Rows.Any(r => r.Any(c => ReferenceEquals(c.Location, s.Location)
                && Amount.TryParse(TableAssembler.Compact(c.Text), out var a) && !a.IsZero)));

    private static FundAppropriationTable Fund(Context x, string property)
    {
        var p = "/tables/" + property + "/";
        var t = x.Table;
        var opening = Column(t, ["年初"]);
        var income = Column(t, ["本年收入"]);
        var expTotal = Column(t, ["本年支出", "合计"]);
        if (expTotal < 0)
        {
            expTotal = Column(t, ["本年支出", "小计"]);
        }

        var basic = NotAPart(t, Column(t, ["基本支出"]), "基本支出");
        var project = NotAPart(t, Column(t, ["项目支出"]), "项目支出");
        var closing = Column(t, ["年末"]);
        var (totalRow, rows) = FunctionalRows(t, x.Notes);
        FundTableColumns Read(IReadOnlyList<TableCell> row, string prefix, string label) => new()
        {
            OpeningCarryOver = x.Take(row, opening, prefix + "openingCarryOver", label),
            Income = x.Take(row, income, prefix + "income", label),
            ExpenditureTotal = x.Take(row, expTotal, prefix + "expenditureTotal", label),
            Basic = x.Take(row, basic, prefix + "basic", label),
            Project = x.Take(row, project, prefix + "project", label),
            ClosingCarryOver = x.Take(row, closing, prefix + "closingCarryOver", label),
        };
        var list = rows.Select((r, i) =>
        {
            var c = Read(r.Cells, p + "rows/" + i + "/", r.Code + " " + r.Name);
            return new FundTableRow { Code = r.Code, Name = r.Name, OpeningCarryOver = c.OpeningCarryOver, Income = c.Income,
                ExpenditureTotal = c.ExpenditureTotal, Basic = c.Basic, Project = c.Project, ClosingCarryOver = c.ClosingCarryOver };
        }).ToList();
        var totals = totalRow is null ? null : Read(totalRow, p + "total/", "合计");
        var empty = t.EmptyStatement is not null || (list.Count == 0 && (totals is null || totals == new FundTableColumns()));
        if (t.EmptyStatement is not null && FirstNonZero(x, p) is { } figure)
        {
            // Declared empty, yet a cell holds a figure other than 0 (session 29): the figures are read and checked as any
            // table's (declared empty, its sums would be skipped), the statement is kept as its note, and a located note
            // names both.
            empty = false;
            x.Notes.Add(DocumentMessages.EmptyTableWithFigure(t, t.EmptyStatement, figure.Row + " / " + figure.Column, t.Location,
                figure.Location));
        }

        return new FundAppropriationTable { Title = t.Title, Note = t.EmptyStatement, Unit = t.Unit, Total = totals, Rows = list,
            IsEmpty = empty };
    }
}
