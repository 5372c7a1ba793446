using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Maps the 绩效自评表 found in published files (项目支出绩效自评表, 部门整体支出绩效自评表) to
/// <see cref="PerformanceEvaluation"/>s. These are forms, not lists: the assembler keeps every row (no header is split
/// off), and each row is recognised by its words — 项目名称, 主管部门/实施单位, the 项目资金 header (年初预算数 | 全年预算数 |
/// 全年执行数 | 分值 | 执行率 | 得分) and its fund lines, 年度总体目标 (预期目标 | 实际完成情况), the indicator header (一级指标
/// … 偏差原因分析及改进措施) and its rows, 总分. Columns are found by header text; a merged 一级/二级指标 cell gives its
/// text to the rows below it; a row without 分值 and 得分 continues the indicator above (a name wrapped over rows).
/// Blank, “—” or “/” cells are absent (a form leaves a figure out; it does not print zero).
/// </summary>
internal static class PerformanceTables
{
    private static readonly (string[] Keys, FundLineKind Kind)[] FundKinds =
    [
        (["年度资金总额", "年度总资金", "资金总额", "合计"], FundLineKind.Total),
        (["当年财政拨款", "本年财政拨款", "财政拨款"], FundLineKind.CurrentYearAppropriation),
        (["上年结转"], FundLineKind.PriorYearCarryOver),
        (["上级资金"], FundLineKind.SuperiorFunds),
        (["本级资金"], FundLineKind.SameLevelFunds),
        (["其他资金"], FundLineKind.OtherFunds),
    ];

    /// <summary>
    /// The evaluations of every 绩效自评 table, in document order; their figures' sources recorded under
    /// <c>/performance/evaluations/{first + i}/…</c>.
    /// </summary>
    /// <param name="tables">All tables of the disclosure (others are skipped).</param>
    /// <param name="reportUnit">The report's unit: amounts printed in another unit are converted.</param>
    /// <param name="first">The index the first evaluation will have (after those read from the narrative).</param>
    /// <param name="sources">Receives each figure's cell.</param>
    /// <param name="notes">Receives what could not be read.</param>
    public static List<PerformanceEvaluation> Map(
        IReadOnlyList<DocumentTable> tables,
        AmountUnit reportUnit,
        int first,
        Dictionary<string, TableCellSource> sources,
        List<DocumentNote> notes)
    {
        var evaluations = new List<PerformanceEvaluation>();
        foreach (var table in tables.Where(t => t.Kind == PublishedTableKind.PerformanceEvaluation))
        {
            var form = new Form(table, reportUnit, "/performance/evaluations/" + (first + evaluations.Count) + "/", sources, notes);
            if (form.Read() is { } evaluation)
            {
                evaluations.Add(evaluation);
            }
        }

        return evaluations;
    }

    private delegate bool Parser<T>(string text, out T value);

    /// <summary>One table being read, row by row.</summary>
    private sealed class Form(
        DocumentTable table,
        AmountUnit reportUnit,
        string pointer,
        Dictionary<string, TableCellSource> sources,
        List<DocumentNote> notes)
    {
        private readonly List<FundLine> funds = [];
        private readonly List<PerformanceIndicator> indicators = [];
        private readonly Dictionary<string, int> fundColumns = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> indicatorColumns = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> goalColumns = new(StringComparer.Ordinal);
        private string mode = string.Empty;
        private string? name;
        private string? department;
        private string? implementingUnit;
        private string? expectedGoal;
        private string? actualOutcome;
        private string level1 = string.Empty;
        private string level2 = string.Empty;
        private Quantity? totalWeight;
        private Quantity? totalScore;
        private AmountUnit? unit = table.Unit;

        public PerformanceEvaluation? Read()
        {
            foreach (var row in table.Rows)
            {
                Row(row, row.Select(c => TableAssembler.Compact(c.Text)).ToList());
            }

            if (funds.Count == 0 && indicators.Count == 0)
            {
                notes.Add(DocumentMessages.EvaluationNotRead(table));
                return null;
            }

            if (name is null)
            {
                notes.Add(DocumentMessages.EvaluationWithoutName(table));
            }

            return new PerformanceEvaluation
            {
                Kind = TableAssembler.Compact(table.Title).Contains("整体", StringComparison.Ordinal)
                    ? EvaluationKind.DepartmentOverall
                    : EvaluationKind.Project,
                Name = name ?? string.Empty,
                Department = department,
                ImplementingUnit = implementingUnit,
                Funds = funds,
                ExpectedGoal = expectedGoal,
                ActualOutcome = actualOutcome,
                Indicators = indicators,
                TotalWeight = totalWeight,
                TotalScore = totalScore,
            };
        }

        private void Row(IReadOnlyList<TableCell> row, List<string> texts)
        {
            var nameAt = texts.FindIndex(t => t is "项目名称" or "部门名称" or "单位名称");
            if (nameAt >= 0)
            {
                name ??= After(texts, nameAt, texts.Count);
                return;
            }

            var departmentAt = texts.IndexOf("主管部门");
            var unitAt = texts.IndexOf("实施单位");
            if (departmentAt >= 0 || unitAt >= 0)
            {
                department ??= departmentAt >= 0 ? After(texts, departmentAt, unitAt > departmentAt ? unitAt : texts.Count) : null;
                implementingUnit ??= unitAt >= 0 ? After(texts, unitAt, texts.Count) : null;
                return;
            }

            if (texts.Contains("年初预算数") && texts.Exists(t => t.StartsWith("全年预算", StringComparison.Ordinal)))
            {
                FundHeader(texts);
                return;
            }

            var goalAt = texts.FindIndex(t => t.StartsWith("年度总体目标", StringComparison.Ordinal) || t is "预期目标");
            if (goalAt >= 0 && (texts.Contains("预期目标") || mode != "goals"))
            {
                goalColumns["expected"] = texts.IndexOf("预期目标");
                goalColumns["actual"] = texts.FindIndex(t => t is "实际完成情况" or "实际完成目标" or "全年实际完成情况");
                mode = "goals";
                if (goalColumns["expected"] < 0)
                {
                    // 年度总体目标 | the goal text, in one row.
                    expectedGoal ??= After(texts, goalAt, texts.Count);
                }

                return;
            }

            if (texts.Contains("一级指标") && texts.Contains("三级指标"))
            {
                IndicatorHeader(texts);
                return;
            }

            var totalAt = texts.FindIndex(t => t is "总分" or "合计得分" or "总计" or "总得分");
            if (totalAt >= 0)
            {
                Total(row, texts, totalAt);
                return;
            }

            switch (mode)
            {
                case "funds":
                    Fund(row, texts);
                    break;
                case "goals":
                    Goals(texts);
                    break;
                case "indicators":
                    Indicator(row, texts);
                    break;
            }
        }

        /// <summary>The first text right of <paramref name="at"/> and left of <paramref name="end"/>, or null.</summary>
        private static string? After(List<string> texts, int at, int end)
            => texts.Skip(at + 1).Take(end - at - 1).FirstOrDefault(t => t.Length > 0);

        private static int Find(List<string> texts, params string[] names)
            => texts.FindIndex(t => t.Length > 0 && Array.Exists(names, n => t.StartsWith(n, StringComparison.Ordinal)));

        private void FundHeader(List<string> texts)
        {
            fundColumns["initialBudget"] = Find(texts, "年初预算数");
            fundColumns["fullYearBudget"] = Find(texts, "全年预算数", "调整后预算数");
            fundColumns["executed"] = Find(texts, "全年执行数", "预算执行数");
            fundColumns["weight"] = Find(texts, "分值", "权重");
            fundColumns["executionRate"] = Find(texts, "执行率");
            fundColumns["score"] = Find(texts, "得分");
            // 项目资金（万元） names the unit of the fund lines when no 单位 line does.
            var label = texts.Find(t => t.Contains("资金", StringComparison.Ordinal) && t.Contains('元', StringComparison.Ordinal));
            if (unit is null && label is not null)
            {
                // Session 59: 项目资金（千元） is in 千元 (TableUnits); a multiple the model has no unit for leaves the unit unknown.
                unit = TableUnits.Of(label[label.IndexOf("资金", StringComparison.Ordinal)..], out _);
            }

            mode = "funds";
        }

        private void IndicatorHeader(List<string> texts)
        {
            indicatorColumns["level1"] = Find(texts, "一级指标");
            indicatorColumns["level2"] = Find(texts, "二级指标");
            indicatorColumns["name"] = Find(texts, "三级指标");
            indicatorColumns["target"] = Find(texts, "年度指标值", "预期指标值", "指标值");
            indicatorColumns["basis"] = Find(texts, "指标值设定依据");
            indicatorColumns["actual"] = Find(texts, "实际完成值", "实际完成指标值", "全年实际值");
            indicatorColumns["weight"] = Find(texts, "分值", "权重");
            indicatorColumns["score"] = Find(texts, "得分");
            indicatorColumns["note"] = Find(texts, "偏差原因");
            mode = "indicators";
            level1 = level2 = string.Empty;
        }

        private void Goals(List<string> texts)
        {
            if (goalColumns["expected"] >= 0 && Cell(texts, goalColumns["expected"]) is { Length: > 0 } expected)
            {
                expectedGoal ??= expected;
            }

            if (goalColumns["actual"] >= 0 && Cell(texts, goalColumns["actual"]) is { Length: > 0 } actual)
            {
                actualOutcome ??= actual;
            }
        }

        private static string Cell(List<string> texts, int column) => column >= 0 && column < texts.Count ? texts[column] : string.Empty;

        private void Fund(IReadOnlyList<TableCell> row, List<string> texts)
        {
            var first = fundColumns.Values.Where(v => v >= 0).DefaultIfEmpty(texts.Count).Min();
            var label = texts.Take(first).LastOrDefault(t => t.Length > 0);
            var kind = label is null ? default
                : FundKinds.FirstOrDefault(k => k.Keys.Any(key => label.Contains(key, StringComparison.Ordinal)));
            if (label is null || kind.Keys is null)
            {
                return;
            }

            var at = pointer + "funds/" + funds.Count + "/";
            funds.Add(new FundLine
            {
                Kind = kind.Kind,
                Label = label,
                InitialBudget = TakeAmount(row, fundColumns["initialBudget"], at + "initialBudget", (label, "年初预算数")),
                FullYearBudget = TakeAmount(row, fundColumns["fullYearBudget"], at + "fullYearBudget", (label, "全年预算数")),
                Executed = TakeAmount(row, fundColumns["executed"], at + "executed", (label, "全年执行数")),
                Weight = TakeScore(row, fundColumns["weight"], at + "weight", (label, "分值")),
                ExecutionRate = TakeRate(row, fundColumns["executionRate"], at + "executionRate", (label, "执行率")),
                Score = TakeScore(row, fundColumns["score"], at + "score", (label, "得分")),
            });
        }

        private void Indicator(IReadOnlyList<TableCell> row, List<string> texts)
        {
            string Get(string column) => Cell(texts, indicatorColumns[column]);
            var indicatorName = Get("name");
            var hasFigure = Plain(Get("weight")) is not null || Plain(Get("score")) is not null;
            if (!hasFigure)
            {
                // The rest of a name or note wrapped onto the next row (a table without ruling lines).
                if (indicators.Count > 0 && Get("level1").Length == 0 && Get("level2").Length == 0)
                {
                    var last = indicators[^1];
                    var note = Get("note");
                    indicators[^1] = last with
                    {
                        Name = last.Name + indicatorName,
                        DeviationNote = note.Length == 0 ? last.DeviationNote : last.DeviationNote + note,
                    };
                }

                return;
            }

            level1 = Get("level1") is { Length: > 0 } l1 ? l1 : level1;
            level2 = Get("level2") is { Length: > 0 } l2 ? l2 : level2;
            if (indicatorName.Length == 0)
            {
                return;
            }

            var at = pointer + "indicators/" + indicators.Count + "/";
            var basis = Get("basis");
            var deviation = Get("note");
            indicators.Add(new PerformanceIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = indicatorName,
                Target = TakeValue(row, indicatorColumns["target"], at + "target", (indicatorName, "年度指标值")),
                TargetBasis = basis.Length > 0 ? basis : null,
                Actual = TakeValue(row, indicatorColumns["actual"], at + "actual", (indicatorName, "实际完成值")),
                Weight = TakeScore(row, indicatorColumns["weight"], at + "weight", (indicatorName, "分值")),
                Score = TakeScore(row, indicatorColumns["score"], at + "score", (indicatorName, "得分")),
                DeviationNote = deviation.Length > 0 ? deviation : null,
            });
        }

        /// <summary>
        /// 总分: the figures under the indicators' 分值 and 得分 columns when the row prints any there (a ruled form);
        /// otherwise the last two figures right of the label are 分值 and 得分, a lone one 得分 (cells shifted by conversion).
        /// </summary>
        private void Total(IReadOnlyList<TableCell> row, List<string> texts, int totalAt)
        {
            var label = texts[totalAt];
            var weightAt = indicatorColumns.GetValueOrDefault("weight", -1);
            var scoreAt = indicatorColumns.GetValueOrDefault("score", -1);
            if (Figure(row, weightAt) is null && Figure(row, scoreAt) is null)
            {
                var columns = Enumerable.Range(totalAt + 1, texts.Count - totalAt - 1).Where(c => Figure(row, c) is not null).ToList();
                weightAt = columns.Count >= 2 ? columns[^2] : -1;
                scoreAt = columns.Count >= 1 ? columns[^1] : -1;
            }

            totalWeight = TakeScore(row, weightAt, pointer + "totalWeight", (label, "分值"));
            totalScore = TakeScore(row, scoreAt, pointer + "totalScore", (label, "得分"));
            mode = string.Empty;
        }

        /// <summary>A blank, “—”, “-” or “/” cell: no figure.</summary>
        private static string? Plain(string text)
        {
            var t = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
            return t.Length == 0 || t is "-" or "—" or "--" or "——" or "/" or "－" ? null : t;
        }

        private void Record(string at, string rowLabel, string header, TableCell cell) => sources[at] = new TableCellSource
        {
            Table = table.ToString(),
            Row = rowLabel,
            Column = header,
            Location = cell.Location,
        };

        /// <summary>The cell's text when it holds a figure (not blank, “—” or “/”), else null.</summary>
        private static string? Figure(IReadOnlyList<TableCell> row, int column)
            => column >= 0 && column < row.Count ? Plain(TableAssembler.Compact(row[column].Text)) : null;

        private Amount? TakeAmount(IReadOnlyList<TableCell> row, int column, string at, (string Row, string Column) label)
        {
            var amount = Take<Amount>(row, column, at, label, Amount.TryParse, DocumentMessages.NotAnAmount);
            return amount is { } a && unit is { } u && u != reportUnit ? a.ConvertUnit(u, reportUnit) : amount;
        }

        private Quantity? TakeScore(IReadOnlyList<TableCell> row, int column, string at, (string Row, string Column) label)
            => Take<Quantity>(row, column, at, label, (string t, out Quantity q) => Quantity.TryParse(t.TrimEnd('分'), out q),
                DocumentMessages.NotAScore);

        private Percent? TakeRate(IReadOnlyList<TableCell> row, int column, string at, (string Row, string Column) label)
            => Take<Percent>(row, column, at, label, Percent.TryParse, DocumentMessages.NotARate);

        /// <summary>The figure in a cell, its source recorded; a blank cell is absent, unreadable text is absent with a note.</summary>
        private T? Take<T>(
            IReadOnlyList<TableCell> row,
            int column,
            string at,
            (string Row, string Column) label,
            Parser<T> parse,
            Func<DocumentTable, string, string, string, CellLocation?, DocumentNote> unreadable)
            where T : struct
        {
            if (Figure(row, column) is not { } text)
            {
                return null;
            }

            if (!parse(text, out var value))
            {
                notes.Add(unreadable(table, label.Row, label.Column, text, row[column].Location));
                return null;
            }

            Record(at, label.Row, label.Column, row[column]);
            return value;
        }

        private IndicatorValue? TakeValue(IReadOnlyList<TableCell> row, int column, string at, (string Row, string Column) label)
        {
            if (Figure(row, column) is not { } text)
            {
                return null;
            }

            Record(at, label.Row, label.Column, row[column]);
            return IndicatorValueText.Parse(text);
        }
    }
}
