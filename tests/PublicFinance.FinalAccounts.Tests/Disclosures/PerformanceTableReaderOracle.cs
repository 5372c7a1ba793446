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

        Flush();
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
            if (IsTitle(t))
            {
                Start(t.Contains("整体") ? "departmentOverall" : "project", block.Content);

                // Blind round 26 (B), r7: a two-cell name row (one tab) joined to the title line before it is read as the
                // table's name row — from the first name word after 自评表 that spaces and a tab follow, to the end.
                var title = t.IndexOf("自评表", StringComparison.Ordinal);
                var joined = JoinedNameRow.Match(t, title + 1);
                if (joined.Success)
                {
                    Row(block.Content.Slice(joined.Index, block.Content.Length));
                }
            }

            return;
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
        Flush();
        evaluation = b.Append("/performance/evaluations");
        b.SetString(evaluation + "/kind", kind, b.Span(title, 0, title.Length));
        mode = string.Empty;
        fundColumns = new Dictionary<string, int>();
        indicatorColumns = new Dictionary<string, int>();
        goalColumns = new Dictionary<string, int>();
        lastIndicator = null;
        level1 = level2 = string.Empty;
    }

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
                ["actual"] = IndexOf(cells, "实际完成值", "实际完成指标值", "全年实际值"),
                ["weight"] = IndexOf(cells, "分值", "权重"),
                ["score"] = IndexOf(cells, "得分"),
                ["note"] = IndexOf(cells, "偏差原因", "偏差原因分析及改进措施"),
            };
            mode = "indicators";
            lastIndicator = null;
            level1 = level2 = string.Empty;
            return;
        }

        var totalAt = compact.FindIndex(c => c == "总分" || c == "合计得分" || c == "总计");
        if (totalAt >= 0)
        {
            // The last two values after 总分 are 分值 and 得分 (PDF conversion often shifts this row's cells).
            var values = cells.Skip(totalAt + 1).Select(c => Quantity(c.Text)).Where(q => q is not null).ToList();
            var weight = values.Count >= 2 ? values[values.Count - 2] : null;
            var score = values.Count >= 1 ? values[values.Count - 1] : null;
            if (weight is not null)
            {
                b.Set(evaluation + "/totalWeight", DraftNode.Of(weight), span, ClaimKind.Quantity, row.Text);
            }

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
        }
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

    private void Fund(List<(string Text, int Start, int End)> cells, SourceSpan span, string text)
    {
        var first = fundColumns.Values.Where(v => v >= 0).DefaultIfEmpty(cells.Count).Min();
        var label = cells.Take(first).Select(c => c.Text).LastOrDefault(t => t.Length > 0);
        if (label is null)
        {
            return;
        }

        var compactLabel = Compact(label);
        var kind = FundKinds.FirstOrDefault(k => k.Keys.Any(key => compactLabel.Contains(key)));
        if (kind.Keys is null)
        {
            return;
        }

        var pointer = b.Append(evaluation + "/funds");
        b.SetString(pointer + "/kind", JsonNamingPolicy.CamelCase.ConvertName(kind.Kind.ToString()), span);
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
            return;
        }

        var pointer = b.Append(evaluation + "/indicators");
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
