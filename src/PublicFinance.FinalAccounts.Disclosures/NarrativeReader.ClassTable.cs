using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 23 (B), family M1: a <c>|</c> table of the 一般公共预算 spending by 类 inside the 说明 ("| 功能分类（类） | 调整预算数 |
/// 决算数 | 完成率（%） |", one row per class, a 合计 row). The table readers know only the 三公 table, so its rows were not read at
/// all and a wrong 合计 (the t05 plant: 4058.93 for 4085.93) was never seen. Read here as the section's classes with their
/// budgets: each row whose label is a 类 of the catalogue is a class (its 决算 the amount, its budget and 完成率 the class's
/// budget), and the 合计 row is the section's total — the same figure as the prose's, so a different 合计 is one Error (the
/// same figure stated twice), and with no prose total the classes are checked against it. Only under the 一般公共预算 heading,
/// only with amounts declared in 万元 (a "单位：万元" before the table or in its header), only rows that line up with the
/// header cell for cell; a header of other columns (上年, 增减) or of 项 is not this table and is left alone.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>What a column of the class table holds.</summary>
    private enum ClassColumn
    {
        Skip,
        Label,
        Final,
        Budget,
        Rate,
    }

    /// <summary>The columns of the class table being read (null: none open), and the kind of its budget column.</summary>
    private List<ClassColumn>? classColumns;

    private string classBudgetKind = "fullYear";

    /// <summary>Where the last row of a <c>|</c> table ended in the text (a row that does not follow it starts afresh).</summary>
    private int lastPipeRowEnd = -1;

    /// <summary>A row of a <c>|</c> table (the narrative's hook): the class table's header, separator or rows.</summary>
    private void ClassTableRow(Fragment row)
    {
        var start = row.Length > 0 ? row.At(0) : -1;
        var follows = lastPipeRowEnd >= 0 && start >= lastPipeRowEnd && OnlySpaces(b.Text, lastPipeRowEnd, start);
        lastPipeRowEnd = row.Length > 0 ? row.At(row.Length - 1) + 1 : -1;
        if (!follows)
        {
            classColumns = null;   // a row of another table (or the first row): the header is looked for again
        }

        if (classColumns is null && section != Section.GeneralBudget)
        {
            return;   // the class table is looked for under the 一般公共预算 heading only (no cell is cut elsewhere)
        }

        var cells = PipeCells(row.Text);
        if (cells is null)
        {
            classColumns = null;   // not a '|' row
            return;
        }

        if (classColumns is null)
        {
            classColumns = ClassTableHeader(row.Text, cells);
            return;
        }

        if (AllRuleCells(row.Text, cells))
        {
            return;   // "|---|---|": the line under the header
        }

        if (cells.Count != classColumns.Count)
        {
            classColumns = null;   // a row that does not line up: the table is not guessed at
            return;
        }

        var (keptSubject, keptBudget, keptReason) = (subject, budget, reasonTarget);
        ClassTableLine(row, cells);
        (subject, budget, reasonTarget) = (keptSubject, keptBudget, keptReason);
    }

    /// <summary>
    /// The header's columns when it is a class table's: a label column naming 类 (功能分类, 科目 or 项目 with 类), a 决算 column, and
    /// only budget (调整预算 / 全年预算: full-year; 年初预算: initial) and 完成率 columns besides; amounts in 万元. Null otherwise.
    /// </summary>
    private List<ClassColumn>? ClassTableHeader(string text, List<(int Start, int End)> cells)
    {
        if (cells.Count < 2 || yuanDocument || declaredUnit != FigureUnit.WanYuan && text.IndexOf("万元", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var columns = new List<ClassColumn>(cells.Count);
        string? budgetKind = null;
        foreach (var (start, end) in cells)
        {
            var cell = text.Substring(start, end - start);
            var column = columns.Count == 0
                ? cell.Contains("类") && (cell.Contains("功能分类") || cell.Contains("科目") || cell.Contains("项目")) ? ClassColumn.Label
                    : ClassColumn.Skip
                : cell.Contains("上年") || cell.Contains("增减") || cell.Contains("比上年") ? ClassColumn.Skip
                : cell.Contains("完成率") || cell.Contains("完成预算") || cell.Contains("执行率") ? ClassColumn.Rate
                : cell.Contains("预算") ? ClassColumn.Budget
                : cell.Contains("决算") ? ClassColumn.Final
                : ClassColumn.Skip;
            if (column == ClassColumn.Skip)
            {
                return null;   // a column this table does not have: another table
            }

            if (column == ClassColumn.Budget)
            {
                var kind = cell.Contains("年初") ? "initial" : cell.Contains("调整") || cell.Contains("全年") ? "fullYear" : null;
                if (kind is null || budgetKind is not null)
                {
                    return null;   // "预算数" alone: 年初 or 全年 not known; two budget columns: which is the budget not known
                }

                budgetKind = kind;
            }

            columns.Add(column);
        }

        if (columns.FindAll(c => c == ClassColumn.Final).Count != 1 || columns.FindAll(c => c == ClassColumn.Rate).Count > 1
            || columns.Contains(ClassColumn.Rate) && budgetKind is null)
        {
            return null;
        }

        classBudgetKind = budgetKind ?? "fullYear";
        return columns;
    }

    /// <summary>One row of the class table: a class of the catalogue or the 合计; any other label is left unread.</summary>
    private void ClassTableLine(Fragment row, List<(int Start, int End)> cells)
    {
        var text = row.Text;
        var label = text.Substring(cells[0].Start, cells[0].End - cells[0].Start).Trim();
        var tokens = new NumberToken?[cells.Count];
        for (var i = 1; i < cells.Count; i++)
        {
            tokens[i] = CellNumber(text, cells[i]);
        }

        var finalAt = classColumns!.IndexOf(ClassColumn.Final);
        if (tokens[finalAt] is not { } final)
        {
            return;
        }

        var clause = new ClauseView();
        clause.Reset(row, 0, row.Length);
        b.Context = string.Empty;
        string owner;
        if (WithoutSpaces(label) is "合计" or "总计")   // "合  计", "总 计" (revfixa, issue 5)
        {
            owner = N + "generalBudget/total";
            PlaceAsStated(owner, "amount", AmountNode(final, CellSpan(row, final)), CellSpan(row, final), ClaimKind.Amount, text);
        }
        else
        {
            var count = b.Count(N + "generalBudget/classes");
            if (!TryClassFigure(clause, final, label, CellSpan(row, final)) || b.Count(N + "generalBudget/classes") == count)
            {
                return;   // not a class of the catalogue, or one the text listed already
            }

            owner = subject!;
        }

        var budgetAt = classColumns.IndexOf(ClassColumn.Budget);
        var rateAt = classColumns.IndexOf(ClassColumn.Rate);
        ClassRowBudget(owner, row, budgetAt < 0 ? null : tokens[budgetAt], rateAt < 0 ? null : tokens[rateAt], classBudgetKind);
    }

    /// <summary>
    /// A class row's budget (of <paramref name="kind"/>) and 完成率 under <paramref name="owner"/>, placed as stated; nothing
    /// without a budget, or when the budget the prose gave the owner is of another kind.
    /// </summary>
    private void ClassRowBudget(string owner, Fragment row, NumberToken? budgetToken, NumberToken? rate, string kind)
    {
        if (budgetToken is not { } budgetFigure || b.FindString(owner + "/budget", "kind") is { } held && held != kind)
        {
            return;   // no budget, or the total's budget the prose gave is of another kind
        }

        var text = row.Text;
        var pointer = owner + "/budget";
        b.SetUnder(pointer, "kind", DraftNode.Of(kind), CellSpan(row, budgetFigure));
        PlaceAsStated(pointer, "budgetAmount", AmountNode(budgetFigure, CellSpan(row, budgetFigure)), CellSpan(row, budgetFigure),
            ClaimKind.BudgetAmount, text);
        if (rate is { } rateFigure)
        {
            PlaceAsStated(pointer, "completionRate", PercentNode(rateFigure), CellSpan(row, rateFigure), ClaimKind.CompletionRate, text);
        }
    }

    /// <summary>
    /// Places a table figure read with the qualifiers the same field was first read with (the 合计 is the figure the prose
    /// states, so a different one is the same figure stated twice, not another kind of figure).
    /// </summary>
    private void PlaceAsStated(string parent, string name, DraftNode value, SourceSpan span, ClaimKind kind, string text)
    {
        b.Context = b.ContextOf(parent + "/" + name) ?? string.Empty;
        b.SetUnder(parent, name, value, span, kind, text);
        b.Context = string.Empty;
    }

    private SourceSpan CellSpan(Fragment row, NumberToken token) => b.Span(row, token.Start, token.End);

    /// <summary>The one number a cell holds with nothing else but spaces (and a % sign), in 万元 or a bare number; else null.</summary>
    private static NumberToken? CellNumber(string text, (int Start, int End) cell)
    {
        var next = cell.Start;
        if (!Scanner.Next(text, ref next, out var token) || token.Start < cell.Start || token.End > cell.End)
        {
            return null;
        }

        for (var i = cell.Start; i < cell.End; i++)
        {
            if ((i < token.Start || i >= token.End) && text[i] is not (' ' or '%'))
            {
                return null;
            }
        }

        return token.Unit is FigureUnit.None or FigureUnit.WanYuan or FigureUnit.Percent ? token : null;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/> is white space only.</summary>
    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a cell is only '-' and ':' (the Markdown line under a header).</summary>
    private static bool IsRuleCell(string text, (int Start, int End) cell)
    {
        var dash = false;
        for (var i = cell.Start; i < cell.End; i++)
        {
            if (text[i] == '-')
            {
                dash = true;
            }
            else if (text[i] is not (':' or ' '))
            {
                return false;
            }
        }

        return dash;
    }

    /// <summary>
    /// The cells of a row written "| a | b | c |" (the outer bars optional), as [start, end) without the spaces around each;
    /// null when the row has no '|'.
    /// </summary>
    private static List<(int Start, int End)>? PipeCells(string text)
    {
        if (text.IndexOf('|') < 0)
        {
            return null;
        }

        var cells = new List<(int Start, int End)>();
        var from = 0;
        var trimmedEnd = text.TrimEnd().Length;
        var start = text.Length - text.TrimStart().Length;
        from = start < trimmedEnd && text[start] == '|' ? start + 1 : start;
        var last = trimmedEnd > 0 && text[trimmedEnd - 1] == '|' ? trimmedEnd - 1 : trimmedEnd;
        while (from <= last)
        {
            var bar = text.IndexOf('|', from, last - from);
            var end = bar < 0 ? last : bar;
            var s = from;
            var e = end;
            while (s < e && text[s] == ' ')
            {
                s++;
            }

            while (e > s && text[e - 1] == ' ')
            {
                e--;
            }

            cells.Add((s, e));
            if (bar < 0)
            {
                break;
            }

            from = bar + 1;
        }

        return cells;
    }

    /// <summary><paramref name="label"/> without its white space ("合  计" → "合计").</summary>
    private static string WithoutSpaces(string label)
    {
        var kept = new System.Text.StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
