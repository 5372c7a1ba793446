namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind round 44's t08): a table of the evaluated projects in the 绩效 part, one row per project —
/// <c>| 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 | 自评得分 |</c> with rows <c>| 某某场馆维护 | 500.00 | 450.00 | 90.00% | 92.5 |</c>
/// (Markdown with its alignment row, or tabs). Each project row is one project evaluation, as a prose summary of the project
/// is (<c>PerformanceProse</c>: its name, the fund line's full-year budget, executed amount and execution rate, the total
/// score), placed with them — so FA3004 checks each rate, and a stated count of evaluated projects larger than the rows
/// marks them a selection. The header must name the project column and the score column and only columns of these kinds
/// (预算数 / 全年预算数 / 年初预算数, 执行数, 执行率, 自评得分), each once; the amounts' unit is the header's (（万元）) or the
/// section's declaration, else the row is a note. The 合计 row (the listed projects' sum, which the model does not hold)
/// and a row with words where a figure should stand are located notes, never figures.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>What a column of a project score table holds.</summary>
    private enum ProjectScoreColumn
    {
        FullYearBudget,
        InitialBudget,
        Executed,
        Rate,
        Score,
    }

    /// <summary>The columns of the open project score table, after its project column (null: none open).</summary>
    private List<ProjectScoreColumn>? projectScoreColumns;

    /// <summary>The header word of the open table's budget column (the fund line's label), or null.</summary>
    private string? projectScoreBudgetWord;

    /// <summary>The unit of the open table's amounts, or null when none is known.</summary>
    private FigureUnit? projectScoreUnit;

    /// <summary>The cell ranges of the row being read (scratch).</summary>
    private readonly List<(int Start, int End)> projectScoreCells = [];

    /// <summary>The header words of each column kind, compared with the cell compacted and without its unit.</summary>
    private static readonly (string Word, ProjectScoreColumn Column)[] ProjectScoreHeaders =
    [
        ("全年预算数", ProjectScoreColumn.FullYearBudget), ("全年预算", ProjectScoreColumn.FullYearBudget),
        ("预算数", ProjectScoreColumn.FullYearBudget), ("预算金额", ProjectScoreColumn.FullYearBudget),
        ("调整预算数", ProjectScoreColumn.FullYearBudget), ("年初预算数", ProjectScoreColumn.InitialBudget),
        ("年初预算", ProjectScoreColumn.InitialBudget), ("执行数", ProjectScoreColumn.Executed),
        ("全年执行数", ProjectScoreColumn.Executed), ("实际执行数", ProjectScoreColumn.Executed),
        ("执行金额", ProjectScoreColumn.Executed), ("执行率", ProjectScoreColumn.Rate), ("预算执行率", ProjectScoreColumn.Rate),
        ("执行率%", ProjectScoreColumn.Rate), ("自评得分", ProjectScoreColumn.Score), ("绩效自评得分", ProjectScoreColumn.Score),
        ("得分", ProjectScoreColumn.Score), ("自评分", ProjectScoreColumn.Score),
    ];

    /// <summary>Closes the open project score table (a block that is no table row).</summary>
    private void ProjectScoreTableEnds()
    {
        projectScoreColumns = null;
        projectScoreBudgetWord = null;
        projectScoreUnit = null;
    }

    /// <summary>A table row of the 绩效 part: a project score table's header opens it, a later row is read.</summary>
    private void ProjectScoreTableRow(Fragment row)
    {
        if (section != Section.Performance)
        {
            ProjectScoreTableEnds();
            return;
        }

        var text = row.Source;
        var from = row.SourceStart;
        TextTableReader.CellRanges(text, from, from + row.Length, projectScoreCells);
        if (projectScoreCells.Count < 3)
        {
            return;
        }

        if (projectScoreColumns is null)
        {
            ProjectScoreHeader(text);
            return;
        }

        if (projectScoreCells.Count - 1 != projectScoreColumns.Count || IsAlignmentRow(text))
        {
            return;   // the Markdown alignment row (| --- |), or a row of another shape
        }

        ProjectScoreRow(row, text, from, projectScoreColumns);
    }

    /// <summary>Opens the table when the row's cells are its header (<see cref="ProjectScoreHeaders"/>).</summary>
    private void ProjectScoreHeader(string text)
    {
        string? unitWords = null;
        var (fs, fe) = projectScoreCells[0];
        if (SentenceCompact(text, fs, fe, ref unitWords) is not ("项目名称" or "项目"))
        {
            return;
        }

        var columns = new List<ProjectScoreColumn>(projectScoreCells.Count - 1);
        string? budgetWord = null;
        for (var i = 1; i < projectScoreCells.Count; i++)
        {
            var cell = SentenceCompact(text, projectScoreCells[i].Start, projectScoreCells[i].End, ref unitWords)
                .Replace("(%)", string.Empty);
            var index = Array.FindIndex(ProjectScoreHeaders, h => h.Word == cell);
            if (index < 0 || columns.Contains(ProjectScoreHeaders[index].Column))
            {
                return;
            }

            var column = ProjectScoreHeaders[index].Column;
            budgetWord = column is ProjectScoreColumn.FullYearBudget or ProjectScoreColumn.InitialBudget ? budgetWord ?? cell : budgetWord;
            columns.Add(column);
        }

        if (!columns.Contains(ProjectScoreColumn.Score))
        {
            return;
        }

        projectScoreColumns = columns;
        projectScoreBudgetWord = budgetWord;
        projectScoreUnit = unitWords switch
        {
            "万元" => FigureUnit.WanYuan,
            "元" => FigureUnit.Yuan,
            _ => declaredUnit is FigureUnit.WanYuan or FigureUnit.Yuan ? declaredUnit : null,
        };
    }

    /// <summary>Whether every cell of the row is an alignment cell of Markdown (dashes and colons only).</summary>
    private bool IsAlignmentRow(string text) => IsAlignmentRow(text, projectScoreCells);

    /// <summary>Whether every cell of <paramref name="cells"/> is an alignment cell of Markdown (dashes and colons only).</summary>
    private static bool IsAlignmentRow(string text, List<(int Start, int End)> cells)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            for (var i = cells[k].Start; i < cells[k].End; i++)
            {
                if (text[i] is not ('-' or ':' or ' '))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Reads a project's row into a project evaluation, or notes it (合计, words in a cell, no unit).</summary>
    private void ProjectScoreRow(Fragment row, string text, int from, List<ProjectScoreColumn> columns)
    {
        var (ls, le) = projectScoreCells[0];
        var label = text.Substring(ls, le - ls).Trim();
        if (label.Length == 0)
        {
            return;
        }

        var labelSpan = b.Span(row, ls - from, le - from);
        var rowText = text.Substring(from, row.Length);
        if (label is "合计" or "总计" or "小计" or "合 计")
        {
            Note(labelSpan, DisclosureMessages.ProjectScoreTableTotal(label), rowText);
            return;
        }

        var evaluation = new ProseEvaluation(label, labelSpan, rowText) { FundLabel = projectScoreBudgetWord };
        for (var k = 0; k < columns.Count; k++)
        {
            var (s, e) = projectScoreCells[k + 1];
            if (e <= s || IsBlankCell(text, s, e))
            {
                continue;   // a form leaves a figure out
            }

            if (Scanner.Numbers(text.Substring(s, e - s)) is not { Count: 1 } numbers || !OnlyTheNumber(text, s, e, numbers[0]))
            {
                Note(labelSpan, DisclosureMessages.ProjectScoreTableRowNotRead(label), rowText);
                return;
            }

            var token = numbers[0];
            var span = b.Span(row, s - from + token.Start, s - from + token.End);
            switch (columns[k])
            {
                case ProjectScoreColumn.Rate when token.Unit == FigureUnit.Percent:
                    evaluation.Rate = new ProseFigure(PercentNode(token), span);
                    break;
                case ProjectScoreColumn.Score when token.Unit == FigureUnit.None && token.Value is >= 0m and <= 100m:
                    evaluation.TotalScore = new ProseFigure(DraftNode.Of(token.Digits), span);
                    break;
                case ProjectScoreColumn.FullYearBudget or ProjectScoreColumn.InitialBudget or ProjectScoreColumn.Executed
                    when token.Unit == FigureUnit.None && token.Value >= 0:
                    if (projectScoreUnit is not { } unit)
                    {
                        Note(labelSpan, DisclosureMessages.ProjectScoreTableUnitUnknown(label), rowText);
                        return;
                    }

                    var figure = new ProseFigure(AmountNode(token.WithUnit(unit, unit == FigureUnit.WanYuan ? "万元" : "元"), span), span);
                    if (columns[k] == ProjectScoreColumn.Executed)
                    {
                        evaluation.Executed = figure;
                    }
                    else if (columns[k] == ProjectScoreColumn.InitialBudget)
                    {
                        evaluation.InitialBudget = figure;
                    }
                    else
                    {
                        evaluation.FullYearBudget = figure;
                    }

                    break;
                default:
                    Note(labelSpan, DisclosureMessages.ProjectScoreTableRowNotRead(label), rowText);
                    return;
            }
        }

        if (evaluation.TotalScore is null)
        {
            Note(labelSpan, DisclosureMessages.ProjectScoreTableRowNotRead(label), rowText);
            return;
        }

        proseEvaluations.Add(evaluation);
    }

    /// <summary>Whether the cell [<paramref name="s"/>, <paramref name="e"/>) holds the number and nothing but spaces beside it.</summary>
    private static bool OnlyTheNumber(string text, int s, int e, NumberToken token)
    {
        for (var i = s; i < e; i++)
        {
            if (i - s >= token.Start && i - s < token.End)
            {
                continue;
            }

            if (text[i] is not (' ' or '分'))
            {
                return false;
            }
        }

        return true;
    }
}
