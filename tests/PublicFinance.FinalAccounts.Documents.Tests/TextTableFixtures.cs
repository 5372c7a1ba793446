using System.Collections.Generic;
using System.Text;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Invented tables written for the text-table tests (figures that add up, sums in comments) and the renderer that
/// pastes them into a text in each layout: <c>| a | b |</c> rows, tab rows, columns padded with spaces (a wide character
/// counts two; text left-aligned, amounts right-aligned, two spaces between columns) or one cell per line.
/// </summary>
internal static class TextTableFixtures
{
    /// <summary>
    /// 收入支出决算总表, side by side. Income: 100.00 + 20.00 (+ 上级补助收入 blank) = 120.00; + 年初 10.00 = 130.00.
    /// Expenditure: 90.00 + 25.00 = 115.00; + 年末 15.00 = 130.00. The 上级补助收入 row has blank cells on both sides.
    /// </summary>
    public static readonly string[][] Summary =
    [
        ["收入项目", "决算数", "支出项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "90.00"],
        ["二、上级补助收入", "", "", ""],
        ["三、其他收入", "20.00", "二、住房保障支出", "25.00"],
        ["本年收入合计", "120.00", "本年支出合计", "115.00"],
        ["年初结转和结余", "10.00", "年末结转和结余", "15.00"],
        ["总计", "130.00", "总计", "130.00"],
    ];

    /// <summary>
    /// 一般公共预算财政拨款支出决算表. 合计 95.00 = 70.00 + 25.00 (基本 70.00 = 60.00 + 10.00, 项目 25.00 = 10.00 + 15.00);
    /// 类 201 = 款 20103 = 项 60.00 + 10.00; 类 221 = 款 22102 = 项 2210201. Blank cells are zeros.
    /// </summary>
    public static readonly string[][] GeneralBudget =
    [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "95.00", "70.00", "25.00"],
        ["201", "一般公共服务支出", "70.00", "60.00", "10.00"],
        ["20103", "政府办公厅（室）及相关机构事务", "70.00", "60.00", "10.00"],
        ["2010301", "行政运行", "60.00", "60.00", ""],
        ["2010302", "一般行政管理事务", "10.00", "", "10.00"],
        ["221", "住房保障支出", "25.00", "10.00", "15.00"],
        ["22102", "住房改革支出", "25.00", "10.00", "15.00"],
        ["2210201", "住房公积金", "25.00", "10.00", "15.00"],
    ];

    /// <summary>A text with a narrative line and the two tables (the summary's title carries 公开01表, table 5's code is
    /// its own line before the title's unit line).</summary>
    public static string Text(TextLayout layout, string[][]? generalBudget = null, string unit = "万元") =>
        "示例单位2024年度部门决算\n\n第二部分 部门决算表\n\n"
        + Table(layout, ["收入支出决算总表 公开01表", "编制单位：示例单位    单位：" + unit], Summary, "注：本表反映部门本年度的总收支。")
        + "\n"
        + Table(layout, ["一般公共预算财政拨款支出决算表", "公开05表", "单位：" + unit], generalBudget ?? GeneralBudget, null)
        + "\n第三部分 部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计130.00万元，支出总计130.00万元。\n";

    /// <summary>One table: caption lines, the rows in the layout, an optional 注 line.</summary>
    public static string Table(TextLayout layout, string[] caption, string[][] rows, string? note)
    {
        var sb = new StringBuilder();
        foreach (var line in caption)
        {
            sb.Append(line).Append('\n');
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        foreach (var row in rows)
        {
            switch (layout)
            {
                case TextLayout.Pipe:
                    sb.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
                    break;
                case TextLayout.Tab:
                    sb.Append(string.Join("\t", row)).Append('\n');
                    break;
                case TextLayout.Spaces:
                    var cells = new List<string>();
                    for (var c = 0; c < row.Length; c++)
                    {
                        var pad = new string(' ', widths[c] - Width(row[c]));
                        cells.Add(IsAmount(row[c]) ? pad + row[c] : row[c] + pad);
                    }

                    sb.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
                    break;
                default:
                    foreach (var cell in row)
                    {
                        sb.Append(cell).Append('\n');
                    }

                    break;
            }
        }

        if (note is not null)
        {
            sb.Append(note).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Where <paramref name="value"/> is printed on the first line of <paramref name="text"/> that holds
    /// <paramref name="marker"/> at or after line <paramref name="fromLine"/>: 1-based line and column.</summary>
    public static (int Line, int Column) Find(string text, string marker, string value, int fromLine = 1)
    {
        var lines = text.Split('\n');
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // On the marker's line after it, or (one cell per line) on the first later line holding it.
            for (var j = i; j < lines.Length; j++)
            {
                var column = lines[j].IndexOf(value, j == i ? at + marker.Length : 0, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return (j + 1, column + 1);
                }
            }
        }

        throw new InvalidOperationException(marker + " not found");
    }

    private static bool IsAmount(string cell) => cell.Length > 0 && cell.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '-');

    private static int Width(string cell) => cell.Sum(ch => ch > 127 ? 2 : 1);
}
