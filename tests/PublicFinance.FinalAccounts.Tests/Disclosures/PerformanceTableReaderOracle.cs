using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// THE ORACLE: <see cref="PerformanceTableReader"/> as it was before its rows were read on cell ranges (session 10) —
/// kept unchanged, for the tests only, so that <see cref="PerformanceTableReaderTests"/> can show that the new reader
/// builds exactly what this one built. Its original summary follows.
/// Reads 绩效自评表 given as tab- or |-separated rows: the project or department, fund lines (年初预算数 / 全年预算数 /
/// 全年执行数 / 分值 / 执行率 / 得分), goals, and indicators (一级 / 二级 / 三级, 指标值, 实际值, 分值, 得分, 偏差原因),
/// including cells broken over several rows by PDF conversion.
/// </summary>
internal sealed class PerformanceTableReaderOracle
{
    private readonly ReportBuilder b;
    private string? evaluation;
    private Dictionary<string, int> fundColumns = new();
    private Dictionary<string, int> indicatorColumns = new();
    private Dictionary<string, int> goalColumns = new();
    private string mode = string.Empty;
    private string? lastIndicator;
    private string level1 = string.Empty;
    private string level2 = string.Empty;
    private readonly Dictionary<string, (StringBuilder Text, SourceSpan Span)> pendingText = new(StringComparer.Ordinal);

    /// <summary>
    /// Blocks kept for <see cref="Finish"/> when reading is deferred (null: each block is read as it comes): only the
    /// evaluation titles and the table rows after the first one — every other block changes nothing here.
    /// </summary>
    private readonly List<Block>? kept;

    /// <summary>Whether a title has been seen (rows before the first title are no evaluation's).</summary>
    private bool titled;

    /// <summary>Session 59: the open evaluation was opened by a name row under no title (any block that is no row ends it).</summary>
    private bool untitled;

    /// <summary>Session 59: a name row gave the open evaluation its name.</summary>
    private bool named;

    /// <summary>Session 59: a fund line, an indicator or a 总分 row has been read into the open evaluation.</summary>
    private bool linesRead;

    /// <summary>Session 59: a name row waiting for the next row: a table is opened by it only if that row is a header.</summary>
    private (Fragment Row, string Kind)? waitingName;

    /// <summary>
    /// Session 59: a mixed header without a 分值 column of its own was read into the open evaluation: from then on no weight is
    /// written for its 一级指标 rows nor for its 总分.
    /// </summary>
    private bool weightsUnstated;

    /// <summary>Session 59: the column a 一级指标 row's weight is in under a mixed header.</summary>
    private int mixedWeightColumn = -1;

    /// <param name="builder">The draft report.</param>
    /// <param name="deferred">
    /// Keep the blocks that matter and read them in <see cref="Finish"/>, so that this reader writes into the builder
    /// after the narrative has finished (the order of the passes' notes and claims), while the blocks are still
    /// given one at a time.
    /// </param>
    public PerformanceTableReaderOracle(ReportBuilder builder, bool deferred = false)
    {
        b = builder;
        kept = deferred ? [] : null;
    }

    /// <summary>Reads every block in order (each <see cref="Accept"/>ed, then <see cref="Finish"/>).</summary>
    public void Read(List<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Accept(block);
        }

        Finish();
    }

    /// <summary>Takes one block: read now, or kept for <see cref="Finish"/> when it can matter.</summary>
    public void Accept(Block block)
    {
        if (kept is null)
        {
            Read(block);
        }
        else if (block.Kind == BlockKind.TableRow ? titled : IsTitle(block.Content.Text))
        {
            titled = true;
            kept.Add(block);
        }
    }

    /// <summary>Reads the blocks kept (deferred mode) and writes the last texts pieced together from broken rows.</summary>
    public void Finish()
    {
        if (kept is not null)
        {
            foreach (var block in kept)
            {
                Read(block);
            }

            kept.Clear();
        }

        NameFromTitle();
        Flush();
    }

    /// <summary>Session 64: the name a 部门整体 title gives its evaluation, written when no row named it and lines were read.</summary>
    private (string Name, SourceSpan Span)? titleName;

    /// <summary>Session 64: writes <see cref="titleName"/> before the evaluation is closed (as the reader's NameFromProse).</summary>
    private void NameFromTitle()
    {
        if (evaluation is not null && !named && linesRead && titleName is { } title)
        {
            b.SetString(evaluation + "/name", title.Name, title.Span);
            named = true;
        }

        titleName = null;
    }

    /// <summary>A name word, spaces and a tab: where a name row joined to its title begins.</summary>
    private static readonly Regex JoinedNameRow = new("(项目名称|部门名称|单位名称) *\t", RegexOptions.CultureInvariant);

    /// <summary>A 绩效自评表 title: a short block naming the table.</summary>
    private static bool IsTitle(string t) => t.Contains("绩效自评表") && t.Length < 40;

    private void Read(Block block)
    {
        if (block.Kind != BlockKind.TableRow)
        {
            var t = block.Content.Text;
            waitingName = null;   // session 59: a name row waits for the very next block only
            if (IsTitle(t))
            {
                Start(t.Contains("整体") ? "departmentOverall" : "project", block.Content);
                titleName = PerformanceTableReader.WholeTableName(t) is { } whole
                    ? (whole, b.Span(block.Content, 0, block.Content.Length)) : null;

                // Blind round 26 (B), r7: a two-cell name row (one tab) joined to the title line before it is read as the
                // table's name row — from the first name word after 自评表 that spaces and a tab follow, to the end.
                var title = t.IndexOf("自评表", StringComparison.Ordinal);
                var joined = JoinedNameRow.Match(t, title + 1);
                if (joined.Success)
                {
                    Row(block.Content.Slice(joined.Index, block.Content.Length));
                }
            }
            else if (evaluation is not null && t.Contains('\t') && PerformanceNameLines.IsKeyLine(t, 0, t.Length))
            {
                // Session 62: a 绩效自评表 title is a heading of its own, so r7's one-tab name row is a line of its own after it.
                Row(block.Content);
            }
            else if (untitled)
            {
                // Session 59: any other block that is no row ends a table its name row opened.
                NameFromTitle();
                Flush();
                evaluation = null;
                untitled = false;
                mode = string.Empty;
            }

            return;
        }

        // Session 59: a name row under no title (or after the lines of a named evaluation) opens a table of its own when the
        // next row is a header of a 绩效自评表.
        var cells = Cells(block.Content);
        if ((evaluation is null || named && linesRead) && NameRowKind(cells) is { } kind)
        {
            waitingName = (block.Content, kind);
            return;
        }

        if (waitingName is { } waiting)
        {
            waitingName = null;
            if (OpensTable(cells))
            {
                Start(waiting.Kind, waiting.Row);
                untitled = true;
                Row(waiting.Row);
            }
        }

        if (evaluation is null)
        {
            return;
        }

        try
        {
            Row(block.Content);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            b.Note(b.Span(block.Content, 0, block.Content.Length), "无法解析此表格行：" + ex.Message,
                "Could not read this table row: " + ex.Message, block.Content.Text);
        }
    }

    private void Start(string kind, Fragment title)
    {
        NameFromTitle();
        Flush();
        evaluation = b.Append("/performance/evaluations");
        b.SetString(evaluation + "/kind", kind, b.Span(title, 0, title.Length));
        mode = string.Empty;
        fundColumns = new Dictionary<string, int>();
        indicatorColumns = new Dictionary<string, int>();
        goalColumns = new Dictionary<string, int>();
        lastIndicator = null;
        level1 = level2 = string.Empty;
        untitled = named = linesRead = weightsUnstated = false;
        mixedWeightColumn = -1;
    }

    /// <summary>
    /// Session 59: the kind of evaluation a name row of its own opens — 项目名称 (a project) or 部门名称 (the department) as the
    /// first cell, then one filled cell only, of two characters or more, that is no amount nor percentage; otherwise null.
    /// </summary>
    private static string? NameRowKind(List<(string Text, int Start, int End)> cells)
    {
        var first = cells.Count > 0 ? Compact(cells[0].Text) : string.Empty;
        var kind = first == "项目名称" ? "project" : first == "部门名称" ? "departmentOverall" : null;
        var values = cells.Skip(1).Select(c => c.Text).Where(t => t.Length > 0).ToList();
        if (kind is null || values.Count != 1 || Compact(values[0]).Length < 2 || AmountText(values[0]) is not null
            || PercentText(values[0]) is not null)
        {
            return null;
        }

        return kind;
    }

    /// <summary>
    /// Session 59: whether a row is a header of a 绩效自评表 (so that the name row before it opens a table): 主管部门, 年度总体目标, the
    /// fund header (年初预算数 and 全年预算…), or a score column (得分) beside a 执行率, 分值, 权重 or 一级指标 column.
    /// </summary>
    private static bool OpensTable(List<(string Text, int Start, int End)> cells)
    {
        var compact = cells.Select(c => Compact(c.Text)).ToList();
        return compact.Contains("主管部门") || compact.Any(c => c.StartsWith("年度总体目标", StringComparison.Ordinal))
            || compact.Contains("年初预算数") && compact.Any(c => c.StartsWith("全年预算", StringComparison.Ordinal))
            || compact.Any(c => Names(c, "得分")) && compact.Any(c => Names(c, "执行率") || Names(c, "分值") || Names(c, "权重")
                || Names(c, "一级指标"));
    }

    /// <summary>
    /// Session 59: whether a header cell (without white space) names <paramref name="word"/>: the word anywhere in its first
    /// sixteen characters (<c>年度预算数/分值</c> names a budget and a weight).
    /// </summary>
    private static bool Names(string compactCell, string word)
        => compactCell.Substring(0, Math.Min(compactCell.Length, 16)).Contains(word, StringComparison.Ordinal);

    private void Flush()
    {
        foreach (var pair in pendingText)
        {
            b.SetString(pair.Key, pair.Value.Text.ToString(), pair.Value.Span);
        }

        pendingText.Clear();
    }

    /// <summary>The cell without white space (the cell itself when it has none: most cells).</summary>
    private static string Compact(string cell)
    {
        var first = 0;
        while (first < cell.Length && !char.IsWhiteSpace(cell[first]))
        {
            first++;
        }

        if (first == cell.Length)
        {
            return cell;
        }

        var sb = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private List<(string Text, int Start, int End)> Cells(Fragment row)
    {
        var cells = new List<(string, int, int)>();
        var text = row.Text;
        var separator = text.Contains('\t') ? '\t' : text.Contains('|') ? '|' : ' ';
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == separator && separator != ' ')
            {
                cells.Add((b.Raw(row, start, i).Trim(), start, i));
                start = i + 1;
            }
            else if (separator == ' ' && text[i] == ' ' && i + 1 < text.Length && text[i + 1] == ' '
                && b.Raw(row, start, i).Any(c => !WhiteSpace.Is(c)))
            {
                // Session 56: a row without tab or bar splits at runs of two spaces or more.
                cells.Add((b.Raw(row, start, i).Trim(), start, i));
                while (i + 1 < text.Length && text[i + 1] == ' ')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (separator != '\t' && cells.Count > 0 && cells[0].Item1.Length == 0)
        {
            cells.RemoveAt(0);
        }

        return cells;
    }

    private static int IndexOf(List<(string Text, int Start, int End)> cells, params string[] names)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var c = Compact(cells[i].Text);
            if (names.Any(n => c == n || c.StartsWith(n, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Cell(List<(string Text, int Start, int End)> cells, int index)
        => index >= 0 && index < cells.Count ? cells[index].Text : string.Empty;

    private void Row(Fragment row)
    {
        var cells = Cells(row);
        var span = b.Span(row, 0, row.Length);
        var compact = cells.Select(c => Compact(c.Text)).ToList();

        var nameAt = compact.FindIndex(c => c is "项目名称" or "部门名称" or "单位名称");
        if (nameAt >= 0)
        {
            var value = cells.Skip(nameAt + 1).Select(c => c.Text).FirstOrDefault(t => t.Length > 0);
            if (value is not null)
            {
                b.SetString(evaluation + "/name", value, span);
                named = true;
            }

            return;
        }

        var departmentAt = compact.FindIndex(c => c == "主管部门");
        if (departmentAt >= 0)
        {
            var unitAt = compact.FindIndex(c => c == "实施单位");
            var department = cells.Skip(departmentAt + 1).Take(unitAt < 0 ? int.MaxValue : unitAt - departmentAt - 1)
                .Select(c => c.Text).FirstOrDefault(t => t.Length > 0);
            if (department is not null)
            {
                b.SetString(evaluation + "/department", department, span);
            }

            if (unitAt >= 0 && cells.Skip(unitAt + 1).Select(c => c.Text).FirstOrDefault(t => t.Length > 0) is { } unit)
            {
                b.SetString(evaluation + "/implementingUnit", unit, span);
            }

            return;
        }

        if (compact.Contains("年初预算数") && compact.Any(c => c.StartsWith("全年预算", StringComparison.Ordinal)))
        {
            fundColumns = new Dictionary<string, int>
            {
                ["initialBudget"] = IndexOf(cells, "年初预算数"),
                ["fullYearBudget"] = IndexOf(cells, "全年预算数", "调整后预算数"),
                ["executed"] = IndexOf(cells, "全年执行数", "预算执行数"),
                ["weight"] = IndexOf(cells, "分值", "权重"),
                ["executionRate"] = IndexOf(cells, "执行率"),
                ["score"] = IndexOf(cells, "得分"),
            };
            mode = "funds";
            return;
        }

        if (compact.Any(c => c.StartsWith("年度总体目标", StringComparison.Ordinal)))
        {
            goalColumns = new Dictionary<string, int>
            {
                ["expectedGoal"] = IndexOf(cells, "预期目标"),
                ["actualOutcome"] = IndexOf(cells, "实际完成情况", "实际完成目标", "全年实际完成情况"),
            };
            mode = "goals";
            return;
        }

        if (compact.Contains("一级指标") && !compact.Contains("三级指标") && !compact.Any(c => c.StartsWith("二级指标", StringComparison.Ordinal))
            && IndexOf(cells, "得分") >= 0 && IndexOf(cells, "分值", "权重") >= 0)
        {
            // Session 56: 一级指标 | 分值 | 得分 — each row an indicator named by its 一级指标.
            var level = compact.IndexOf("一级指标");
            indicatorColumns = new Dictionary<string, int>
            {
                ["level1"] = level, ["level2"] = -1, ["name"] = level, ["target"] = -1, ["basis"] = -1, ["actual"] = -1,
                ["weight"] = IndexOf(cells, "分值", "权重"), ["score"] = IndexOf(cells, "得分"), ["note"] = -1,
            };
            mode = "indicators";
            lastIndicator = null;
            level1 = level2 = string.Empty;
            return;
        }

        if (compact.Contains("一级指标") && compact.Contains("三级指标"))
        {
            indicatorColumns = new Dictionary<string, int>
            {
                ["level1"] = IndexOf(cells, "一级指标"),
                ["level2"] = IndexOf(cells, "二级指标"),
                ["name"] = IndexOf(cells, "三级指标"),
                ["target"] = IndexOf(cells, "年度指标值", "预期指标值", "指标值"),
                ["basis"] = IndexOf(cells, "指标值设定依据"),
                ["actual"] = IndexOf(cells, "实际完成值", "实际完成指标值", "全年实际值") is var actual and >= 0 ? actual
                    : IndexOf(cells, "完成值", "实际值"),   // session 64
                ["weight"] = IndexOf(cells, "分值", "权重"),
                ["score"] = IndexOf(cells, "得分"),
                ["note"] = IndexOf(cells, "偏差原因", "偏差原因分析及改进措施"),
            };
            mode = "indicators";
            lastIndicator = null;
            level1 = level2 = string.Empty;
            return;
        }

        if (MixedHeader(cells, compact, span, row.Text))
        {
            mode = "mixed";
            return;
        }

        var totalAt = compact.FindIndex(c => c == "总分" || c == "合计得分" || c == "总计");
        if (totalAt < 0 && mode == "indicators")
        {
            totalAt = compact.FindIndex(c => c == "合计");   // session 64: an indicator table's 合计 row is its 总分
        }

        if (totalAt >= 0)
        {
            // The last two values after 总分 are 分值 and 得分 (PDF conversion often shifts this row's cells).
            var values = cells.Skip(totalAt + 1).Select(c => Quantity(c.Text)).Where(q => q is not null).ToList();
            var weight = values.Count >= 2 ? values[values.Count - 2] : null;
            var score = values.Count >= 1 ? values[values.Count - 1] : null;
            if (weight is not null && !weightsUnstated)
            {
                b.Set(evaluation + "/totalWeight", DraftNode.Of(weight), span, ClaimKind.Quantity, row.Text);
            }

            linesRead = true;

            if (score is not null)
            {
                b.Set(evaluation + "/totalScore", DraftNode.Of(score), span, ClaimKind.Quantity, row.Text);
            }

            mode = string.Empty;
            return;
        }

        switch (mode)
        {
            case "funds":
                Fund(cells, span, row.Text);
                break;
            case "goals":
                var expected = Cell(cells, goalColumns["expectedGoal"]);
                var actual = Cell(cells, goalColumns["actualOutcome"]);
                if (expected.Length > 0)
                {
                    b.SetString(evaluation + "/expectedGoal", expected, span);
                }

                if (actual.Length > 0)
                {
                    b.SetString(evaluation + "/actualOutcome", actual, span);
                }

                break;
            case "indicators":
                Indicator(cells, span, row.Text);
                break;
            case "mixed":
                MixedLine(cells, span, row.Text);
                break;
        }
    }

    /// <summary>
    /// Session 59: a header of fund rows and 一级指标 rows together (<c>指标 | 年度预算数/分值 | 全年执行数 | 执行率 | 得分</c>): after
    /// the first column (a label, not an amount) every filled cell names one column, each column once — the rate (执行率), the
    /// score (得分), the executed amount (执行数, 执行金额), the budget (预算; 年初 makes it the initial one) and at most a weight
    /// (分值, 权重) — and all but the weight are there; its rate column starts with 执行率 or 预算执行率, or its score column with
    /// 得分 or 自评得分. With no weight column the weights are not stated (the budget column holds the 一级指标 rows' weights
    /// but the fund row's budget): a note says so, and no weight is written for the rest of the evaluation's 一级指标 and 总分.
    /// </summary>
    private bool MixedHeader(List<(string Text, int Start, int End)> cells, List<string> compact, SourceSpan span, string text)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 1; i < compact.Count; i++)
        {
            var c = compact[i];
            var column = c.Length == 0 ? string.Empty
                : Names(c, "执行率") ? "executionRate"
                : Names(c, "得分") ? "score"
                : Names(c, "执行数") || Names(c, "执行金额") ? "executed"
                : Names(c, "预算") ? "budget"
                : Names(c, "分值") || Names(c, "权重") ? "weight"
                : null;
            if (column is null || column.Length > 0 && !columns.TryAdd(column, i))
            {
                return false;
            }
        }

        if (!columns.TryGetValue("budget", out var budget) || !columns.TryGetValue("executed", out var executed)
            || !columns.TryGetValue("executionRate", out var rateAt) || !columns.TryGetValue("score", out var scoreAt)
            || AmountText(Cell(cells, 0)) is not null)
        {
            return false;
        }

        var rate = compact[rateAt];
        var score = compact[scoreAt];
        if (!rate.StartsWith("执行率", StringComparison.Ordinal) && !rate.StartsWith("预算执行率", StringComparison.Ordinal)
            && !score.StartsWith("得分", StringComparison.Ordinal) && !score.StartsWith("自评得分", StringComparison.Ordinal))
        {
            return false;
        }

        var initial = Names(compact[budget], "年初");
        var weight = columns.GetValueOrDefault("weight", -1);
        fundColumns = new Dictionary<string, int>
        {
            ["initialBudget"] = initial ? budget : -1,
            ["fullYearBudget"] = initial ? -1 : budget,
            ["executed"] = executed,
            ["weight"] = weight,
            ["executionRate"] = rateAt,
            ["score"] = scoreAt,
        };
        mixedWeightColumn = weight >= 0 ? weight : budget;
        weightsUnstated = weight < 0;
        if (weightsUnstated)
        {
            var (zh, en) = DisclosureMessages.ScoreTableWeightsUnstated(compact[budget]);
            b.Note(span, zh, en, text);
        }

        return true;
    }

    /// <summary>
    /// Session 59: a row under a mixed header — a fund line when its label (the last filled cell before the first column) is a
    /// fund's, else a 一级指标 (a label of 4 to 12 characters ending in 指标, no executed amount nor rate, a score) as an
    /// indicator named by its label, with its score and (when stated) its weight.
    /// </summary>
    private void MixedLine(List<(string Text, int Start, int End)> cells, SourceSpan span, string text)
    {
        var first = fundColumns.Values.Where(v => v >= 0).DefaultIfEmpty(cells.Count).Min();
        var labelAt = Enumerable.Range(0, Math.Min(first, cells.Count)).LastOrDefault(i => cells[i].Text.Length > 0, -1);
        if (labelAt < 0)
        {
            return;
        }

        var label = Compact(cells[labelAt].Text);
        if (FundKindOf(label) is not null)
        {
            Fund(cells, span, text);
            return;
        }

        if (label.Length is < 4 or > 12 || !label.EndsWith("指标", StringComparison.Ordinal)
            || Cell(cells, fundColumns["executed"]).Length > 0 || Cell(cells, fundColumns["executionRate"]).Length > 0
            || Quantity(Cell(cells, fundColumns["score"])) is null)
        {
            return;
        }

        indicatorColumns = new Dictionary<string, int>
        {
            ["level1"] = labelAt, ["level2"] = -1, ["name"] = labelAt, ["target"] = -1, ["basis"] = -1, ["actual"] = -1,
            ["weight"] = weightsUnstated ? -1 : mixedWeightColumn, ["score"] = fundColumns["score"], ["note"] = -1,
        };
        Indicator(cells, span, text);
    }

    private static readonly (string[] Keys, FundLineKind Kind)[] FundKinds =
    [
        (new[] { "年度资金总额", "年度总资金", "资金总额", "合计" }, FundLineKind.Total),
        (new[] { "当年财政拨款", "本年财政拨款", "财政拨款" }, FundLineKind.CurrentYearAppropriation),
        (new[] { "上年结转" }, FundLineKind.PriorYearCarryOver),
        (new[] { "上级资金" }, FundLineKind.SuperiorFunds),
        (new[] { "本级资金" }, FundLineKind.SameLevelFunds),
        (new[] { "其他资金" }, FundLineKind.OtherFunds),
    ];

    /// <summary>Session 59: labels that name the project's whole funds without a word of <see cref="FundKinds"/>.</summary>
    private static readonly string[] WholeFunds = ["资金", "项目资金", "预算资金", "资金执行", "资金执行情况", "预算执行", "预算执行情况"];

    /// <summary>The kind of fund a label (without white space) names, or null.</summary>
    private static FundLineKind? FundKindOf(string compactLabel)
    {
        if (WholeFunds.Contains(compactLabel))
        {
            return FundLineKind.Total;
        }

        var kind = FundKinds.FirstOrDefault(k => k.Keys.Any(key => compactLabel.Contains(key)));
        return kind.Keys is null ? null : kind.Kind;
    }

    private void Fund(List<(string Text, int Start, int End)> cells, SourceSpan span, string text)
    {
        var first = fundColumns.Values.Where(v => v >= 0).DefaultIfEmpty(cells.Count).Min();
        var label = cells.Take(first).Select(c => c.Text).LastOrDefault(t => t.Length > 0);
        if (label is null)
        {
            return;
        }

        if (FundKindOf(Compact(label)) is not { } kind)
        {
            return;
        }

        linesRead = true;
        var pointer = b.Append(evaluation + "/funds");
        b.SetString(pointer + "/kind", JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), span);
        b.SetString(pointer + "/label", label, span);
        foreach (var column in new[] { "initialBudget", "fullYearBudget", "executed" })
        {
            if (AmountText(Cell(cells, fundColumns[column])) is { } amount)
            {
                b.Set(pointer + "/" + column, DraftNode.Of(amount), span, ClaimKind.Amount, text);
            }
        }

        if (Quantity(Cell(cells, fundColumns["weight"])) is { } weight)
        {
            b.Set(pointer + "/weight", DraftNode.Of(weight), span, ClaimKind.Quantity, text);
        }

        if (PercentText(Cell(cells, fundColumns["executionRate"])) is { } rate)
        {
            b.Set(pointer + "/executionRate", DraftNode.Of(rate), span, ClaimKind.ExecutionRate, text);
        }

        if (Quantity(Cell(cells, fundColumns["score"])) is { } score)
        {
            b.Set(pointer + "/score", DraftNode.Of(score), span, ClaimKind.Quantity, text);
        }
    }

    private void Indicator(List<(string Text, int Start, int End)> cells, SourceSpan span, string text)
    {
        string Get(string column) => indicatorColumns.TryGetValue(column, out var i) ? Cell(cells, i) : string.Empty;
        var name = Compact(Get("name"));
        var weight = Quantity(Get("weight"));
        var score = Quantity(Get("score"));
        var l1 = Compact(Get("level1"));
        var l2 = Compact(Get("level2"));
        if (weight is null && score is null)
        {
            // A continuation of the previous indicator, broken over rows by PDF conversion.
            if (lastIndicator is null)
            {
                return;
            }

            Append(lastIndicator + "/name", name, span);
            Append(lastIndicator + "/deviationNote", Get("note"), span);
            return;
        }

        if (l1.Length > 0)
        {
            level1 = l1;
        }

        if (l2.Length > 0)
        {
            level2 = l2;
        }

        if (name.Length == 0)
        {
            // Session 64: the 预算执行率 row among the indicators (its 一级指标 cell names it, no 二级指标, a weight and a score).
            if (weight is null || score is null || l2.Length > 0
                || Array.IndexOf(new[] { "预算执行率", "资金执行率", "预算资金执行率", "项目预算执行率", "执行率" }, l1) < 0)
            {
                return;
            }

            name = l1;
        }

        var pointer = b.Append(evaluation + "/indicators");
        linesRead = true;
        lastIndicator = pointer;
        b.SetString(pointer + "/level1", level1, span);
        b.SetString(pointer + "/level2", level2, span);
        pendingText[pointer + "/name"] = (new StringBuilder(name), span);
        var target = Compact(Get("target"));
        if (target.Length > 0)
        {
            b.Set(pointer + "/target", IndicatorNode(target), span);
        }

        var basis = Get("basis");
        if (basis.Length > 0)
        {
            b.SetString(pointer + "/targetBasis", basis, span);
        }

        var actual = Compact(Get("actual"));
        if (actual.Length > 0)
        {
            b.Set(pointer + "/actual", IndicatorNode(actual), span);
        }

        if (weight is not null)
        {
            b.Set(pointer + "/weight", DraftNode.Of(weight), span, ClaimKind.Quantity, text);
        }

        if (score is not null)
        {
            b.Set(pointer + "/score", DraftNode.Of(score), span, ClaimKind.Quantity, text);
        }

        var note = Compact(Get("note"));
        if (note.Length > 0)
        {
            pendingText[pointer + "/deviationNote"] = (new StringBuilder(note), span);
        }
    }

    private void Append(string pointer, string text, SourceSpan span)
    {
        var t = Compact(text);
        if (t.Length == 0)
        {
            return;
        }

        if (pendingText.TryGetValue(pointer, out var entry))
        {
            entry.Text.Append(t);
        }
        else
        {
            pendingText[pointer] = (new StringBuilder(t), span);
        }
    }

    /// <summary>The indicator value (comparator, value, unit), written in the contract's own form with the report.</summary>
    private static DraftNode IndicatorNode(string text) => DraftNode.Of(PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(text));

    private static string? Plain(string cell)
    {
        var t = Compact(cell).Replace(",", string.Empty).Replace("，", string.Empty);
        if (t.Length == 0 || t is "-" or "—" or "--" or "/" or "——")
        {
            return null;
        }

        return t;
    }

    private static string? AmountText(string cell)
    {
        var t = Plain(cell);
        return t is not null && Amount.TryParse(t, CultureInfo.InvariantCulture, out var a) ? a.ToString() : null;
    }

    private static string? Quantity(string cell)
    {
        var t = Plain(cell)?.TrimEnd('分');
        return t is not null && FinalAccounts.Values.Quantity.TryParse(t, CultureInfo.InvariantCulture, out var q) ? q.ToString() : null;
    }

    private static string? PercentText(string cell)
    {
        var t = Plain(cell);
        return t is not null && Percent.TryParse(t, CultureInfo.InvariantCulture, out var p) ? p.ToString().TrimEnd('%') : null;
    }
}
