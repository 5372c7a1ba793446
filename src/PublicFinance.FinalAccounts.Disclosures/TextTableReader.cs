using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Reads the 三公 table when it is given as text (表格文本): rows of cells separated by <c>|</c> or tabs (blank cells
/// kept), or one cell per line. A header row names the columns (预算数, 决算数, 上年决算数, 本年决算数, 增减金额,
/// 增减幅度); every later row whose label is a 三公 item and whose cells line up with the header is placed by column.
/// A row that does not line up (a blank cell lost in a one-cell-per-line table) is not guessed: a note says so.
/// </summary>
internal sealed class TextTableReader
{
    private const string Base = "/narrative/threePublic/";

    /// <summary>What a column holds.</summary>
    private enum Column
    {
        Skip,
        Final,
        Budget,
        FullYearBudget,
        PriorYear,
        ChangeAmount,
        ChangeRate,
    }

    private readonly ReportBuilder b;
    private FigureUnit unit = FigureUnit.WanYuan;

    public TextTableReader(ReportBuilder builder)
    {
        b = builder;
    }

    public void Read(List<Block> blocks)
    {
        List<Column>? columns = null;
        var cellRun = new List<Fragment>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Cell)
            {
                cellRun.Add(block.Content);
                continue;
            }

            if (cellRun.Count > 0)
            {
                CellTable(cellRun);
                cellRun.Clear();
            }

            if (block.Kind != BlockKind.TableRow)
            {
                Declare(block.Content.Text);
                if (block.Kind == BlockKind.Heading || block.Content.Length > 40)
                {
                    columns = null;   // a new section or a paragraph ends the table
                }

                continue;
            }

            var cells = Split(block.Content);
            Declare(block.Content.Text);
            if (Header(cells) is { } header)
            {
                columns = columns is not null && header.Count < columns.Count ? Merge(columns, header) : header;
                continue;
            }

            if (columns is not null && cells.Count > 0)
            {
                Row(cells[0], cells.GetRange(1, cells.Count - 1), columns);
            }
        }

        if (cellRun.Count > 0)
        {
            CellTable(cellRun);
        }
    }

    /// <summary>"单位:元" or "单位:万元" before a table sets the unit of its bare figures.</summary>
    private void Declare(string text)
    {
        var compact = text.Replace(" ", string.Empty);
        if (compact.Contains("单位:万元"))
        {
            unit = FigureUnit.WanYuan;
        }
        else if (compact.Contains("单位:元"))
        {
            unit = FigureUnit.Yuan;
        }
    }

    /// <summary>The cells of a row: split at '|' or tab, trimmed; the empty cells of a leading or trailing separator dropped.</summary>
    private static List<Fragment> Split(Fragment row)
    {
        var text = row.Text;
        var separator = text.IndexOf('\t') >= 0 ? '\t' : '|';
        var cells = new List<Fragment>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != separator)
            {
                continue;
            }

            cells.Add(row.Slice(start, i).Trim());
            start = i + 1;
        }

        if (cells.Count > 0 && cells[0].Length == 0 && text.TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            cells.RemoveAt(0);
        }

        while (cells.Count > 1 && cells[cells.Count - 1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c) && c != '、' && c != '"' && c != '“' && c != '”')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static Column? ColumnOf(string cell)
    {
        var c = Compact(cell);
        if (c.Length == 0 || c.Length > 16)
        {
            return null;
        }

        if (c.Contains("上年") && c.Contains("决算"))
        {
            return Column.PriorYear;
        }

        if (c.Contains("增减") && (c.Contains("幅度") || c.Contains("率") || c.Contains("%")))
        {
            return Column.ChangeRate;
        }

        if (c.Contains("增减") && (c.Contains("金额") || c.Contains("额")))
        {
            return Column.ChangeAmount;
        }

        if (c.Contains("决算"))
        {
            return Column.Final;
        }

        if (c.Contains("预算") && (c.Contains("全年") || c.Contains("调整")))
        {
            return Column.FullYearBudget;
        }

        if (c.Contains("预算"))
        {
            return Column.Budget;
        }

        if (c.Contains("增减") || c.Contains("情况") || c is "项目" or "科目" or "项目名称")
        {
            return Column.Skip;
        }

        return null;
    }

    /// <summary>A header row: every non-empty cell after the first names a column, and at least one names an amount column.</summary>
    private static List<Column>? Header(List<Fragment> cells)
    {
        var columns = new List<Column>();
        var named = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var kind = ColumnOf(cells[i].Text);
            if (i == 0 && Compact(cells[i].Text) is "项目" or "科目" or "项目名称")
            {
                continue;
            }

            if (kind is null)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                return null;
            }

            if (kind == Column.Skip && Compact(cells[i].Text).Contains("增减"))
            {
                columns.Add(Column.Skip);   // a group heading ("比上年增、减情况") over sub-columns named on the next row
                continue;
            }

            if (kind != Column.Skip)
            {
                columns.Add(kind.Value);
                named++;
            }
        }

        return named > 0 ? columns : null;
    }

    /// <summary>A second header row names the sub-columns of the first row's group heading.</summary>
    private static List<Column> Merge(List<Column> first, List<Column> second)
    {
        var merged = new List<Column>();
        foreach (var c in first)
        {
            if (c == Column.Skip)
            {
                merged.AddRange(second);
            }
            else
            {
                merged.Add(c);
            }
        }

        return merged;
    }

    /// <summary>One cell per line: column names, then label, figure, figure, … Rows are formed label by label.</summary>
    private void CellTable(List<Fragment> run)
    {
        var columns = new List<Column>();
        var i = 0;
        for (; i < run.Count && !IsNumber(run[i].Text); i++)
        {
            if (ColumnOf(run[i].Text) is { } c && c != Column.Skip)
            {
                columns.Add(c);
            }
            else if (columns.Count > 0)
            {
                break;   // the first label after the column names
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        while (i < run.Count)
        {
            var label = run[i++];
            var values = new List<Fragment>();
            while (i < run.Count && IsNumber(run[i].Text))
            {
                values.Add(run[i++]);
            }

            if (values.Count == 0)
            {
                continue;
            }

            if (values.Count != columns.Count)
            {
                if (Item(label.Text) is not null)
                {
                    b.Note(b.Span(label, 0, label.Length), $"表格“{label.Text}”行有 {values.Count} 个数字、{columns.Count} 列，空格丢失，无法对齐，未读取。",
                        $"The table row \"{label.Text}\" has {values.Count} figures for {columns.Count} columns (blank cells were lost); it was not read.", label.Text);
                }

                continue;
            }

            Row(label, values, columns);
        }
    }

    private static bool IsNumber(string s)
    {
        var t = s.Trim();
        return t.Length > 0 && Scanner.Numbers(t) is { Count: 1 } n && n[0].Start == 0 && n[0].End >= t.Length - 1;
    }

    /// <summary>The 三公 item a row label names, or null ("合计" is the total).</summary>
    private static string? Item(string label)
    {
        var c = Compact(label);
        if (c.Contains("购置及运行") || c.Contains("用车及运行"))
        {
            return "vehiclesSubtotal";
        }

        if (c.Contains("购置"))
        {
            return "vehiclePurchase";
        }

        if (c.Contains("运行"))
        {
            return "vehicleOperation";
        }

        if (c.Contains("出国"))
        {
            return "overseasTravel";
        }

        if (c.Contains("接待"))
        {
            return "reception";
        }

        if (c.Contains("合计") || c.Contains("三公") || c == "总计")
        {
            return "total";
        }

        return null;
    }

    private void Row(Fragment label, List<Fragment> values, List<Column> columns)
    {
        if (Item(label.Text) is not { } item || values.Count != columns.Count)
        {
            return;
        }

        var subject = Base + item;
        b.Context = "table";
        for (var k = 0; k < columns.Count; k++)
        {
            var cell = values[k];
            var numbers = Scanner.Numbers(cell.Text);
            if (numbers.Count != 1)
            {
                continue;   // a blank cell
            }

            var token = numbers[0];
            var span = b.Span(cell, token.Start, token.End);
            var text = label.Text + " " + cell.Text;
            switch (columns[k])
            {
                case Column.Final:
                    b.Set(subject + "/amount", Amount(token, span), span, ClaimKind.Amount, text);
                    break;
                case Column.Budget:
                case Column.FullYearBudget:
                    if (!b.Has(subject + "/budget/kind"))
                    {
                        b.SetString(subject + "/budget/kind", columns[k] == Column.Budget ? "initial" : "fullYear", span);
                    }

                    b.Set(subject + "/budget/budgetAmount", Amount(token, span), span, ClaimKind.BudgetAmount, text);
                    break;
                case Column.PriorYear:
                    b.Set(subject + "/change/priorYearAmount", Amount(token, span), span, ClaimKind.PriorYearAmount, text);
                    break;
                case Column.ChangeAmount when token.Value != 0:
                    b.Set(subject + "/change/direction", JsonValue.Create(token.Value < 0 ? "decrease" : "increase")!, span);
                    b.Set(subject + "/change/amount", Amount(Abs(token), span), span, ClaimKind.ChangeAmount, text);
                    break;
                case Column.ChangeRate when token.Value != 0 && token.Unit == FigureUnit.Percent:
                    b.Set(subject + "/change/direction", JsonValue.Create(token.Value < 0 ? "decrease" : "increase")!, span);
                    b.Set(subject + "/change/rate", JsonValue.Create(Abs(token).Digits)!, span, ClaimKind.ChangeRate, text);
                    break;
            }
        }

        b.Context = string.Empty;
    }

    private static NumberToken Abs(NumberToken t) => t.Value >= 0 ? t
        : new NumberToken(t.Start, t.End, t.Digits.TrimStart('-'), -t.Value, t.Decimals, t.Unit, t.UnitText);

    private JsonNode Amount(NumberToken token, SourceSpan span)
    {
        var amount = Values.Amount.FromDecimal(token.Value, token.Decimals);
        if (unit == FigureUnit.Yuan && token.Unit is FigureUnit.None or FigureUnit.Yuan)
        {
            amount = amount.ConvertUnit(AmountUnit.Yuan, AmountUnit.WanYuan);
            b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null,
                $"表中金额 {token.Digits} 元，已换算为 {amount} 万元。", $"The table amount {token.Digits} 元 was converted to {amount} 万元.", Severity.Info));
        }

        return JsonValue.Create(amount.ToString())!;
    }
}
