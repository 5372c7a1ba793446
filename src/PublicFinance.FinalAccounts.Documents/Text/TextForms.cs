using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// 绩效自评表 pasted as text one cell per line (a blank line, or a lone <c>|</c>, a blank cell; a cell may end in
/// <c> |</c>) — a form, not a list. The 说明 reader reads a form pasted as <c>|</c> or tab rows itself
/// (<c>PerformanceTableReader</c>), so only this layout is read here: from the 项目名称 / 部门名称 line under the title, the
/// lines are regrouped into rows of the indicator header's width (一级指标 and the header words after it, none blank) and
/// kept whole for <see cref="PerformanceTables"/>, which reads a workbook's form the same way. Only when the regrouping is
/// regular: the indicator header and the 总分 row start a row, every row label of the form (项目名称, 主管部门, 项目资金,
/// 年度总体目标, 一级指标, 总分) stands first in its row and nowhere else, and the indicator rows' 分值 and 得分 cells hold
/// numbers or nothing; else a note and no cell is read (a form whose merged cells were written once cannot be regrouped
/// without guessing). A 总分 row shorter than the header (its trailing blank cells left out, the text going on after it)
/// ends at the first line that is no cell of it (<see cref="IsAfterForm"/>) and is padded with blank cells — only when its
/// figures stand under 分值/得分; a figure in another column means cells inside were lost too, and the form is a note.
/// </summary>
internal static class TextForms
{
    /// <summary>How many lines after the title may stand before the 项目名称 line (（2024年度）, 单位：万元, blank lines).</summary>
    private const int MaxCaptionLines = 4;

    /// <summary>The labels that start a row of the form and stand nowhere else in it.</summary>
    private static readonly string[] RowLabels = ["项目名称", "部门名称", "单位名称", "主管部门", "项目资金", "部门资金", "年度总体目标",
        "一级指标", "总分", "合计得分", "总得分"];

    /// <summary>How the indicator header's cells after 一级指标 start (its width is the run of them from 一级指标); an indicator
    /// row's first cell (产出指标) is none.</summary>
    private static readonly string[] HeaderWords = ["二级指标", "三级指标", "年度指标值", "指标值", "实际完成", "实际值", "完成值", "分值", "权重",
        "得分", "偏差", "未完成原因", "原因分析", "备注"];

    /// <summary>Whether a line is the title of a 绩效自评表 (…绩效自评表, …绩效评价…表).</summary>
    public static bool IsTitle(string line)
    {
        var title = TextDocumentReader.TitleOf(line);
        return title.Length is > 0 and <= 60 && title.EndsWith('表') && NineTables.Kind(title) == PublishedTableKind.PerformanceEvaluation;
    }

    public static void Find(List<string> lines, List<RawGrid> grids, List<DocumentNote> notes)
    {
        var i = 0;
        while (i < lines.Count)
        {
            // Only a short line holding 表 can be a title (most lines are not compacted at all).
            var title = lines[i].Length <= 80 && lines[i].Contains('表', StringComparison.Ordinal) && IsTitle(lines[i]);
            i = title ? Form(lines, i, grids, notes) : i + 1;
        }
    }

    /// <summary>A cell written on its own line: the line without a closing <c> |</c> (a lone <c>|</c> is blank).</summary>
    private static string CellText(string line)
    {
        var t = line.Trim();
        return t == "|" ? string.Empty : t.EndsWith(" |", StringComparison.Ordinal) ? t[..^2].Trim() : t;
    }

    private static bool IsHeaderWord(string cell)
        => TableAssembler.Compact(cell) is var c && Array.Exists(HeaderWords, w => c.StartsWith(w, StringComparison.Ordinal));

    private static bool StartsWithLabel(string compact) => Array.Exists(RowLabels, l => compact.StartsWith(l, StringComparison.Ordinal));

    /// <summary>Reads the form under the title at line <paramref name="title"/>; returns the line after it.</summary>
    private static int Form(List<string> lines, int title, List<RawGrid> grids, List<DocumentNote> notes)
    {
        var start = title + 1;
        var above = new List<string> { TableAssembler.Compact(lines[title]) };
        while (start < lines.Count && start - title <= MaxCaptionLines && !StartsWithLabel(TableAssembler.Compact(CellText(lines[start]))))
        {
            if (lines[start].Contains('|') || lines[start].Contains('\t'))
            {
                return title + 1;   // | or tab rows: the 说明 reader's
            }

            above.Add(TableAssembler.Compact(lines[start]));
            start++;
        }

        if (start >= lines.Count || start - title > MaxCaptionLines || lines[start].Contains('\t')
            || (lines[start].Contains('|') && !lines[start].TrimEnd().EndsWith(" |", StringComparison.Ordinal)))
        {
            return title + 1;
        }

        var cells = new List<string>();
        var header = -1;
        var total = -1;
        var width = 0;
        var k = start;
        for (; k < lines.Count && (total < 0 || k - start < total + width); k++)
        {
            var text = CellText(lines[k]);
            var compact = TableAssembler.Compact(text);
            if (header < 0 && compact.StartsWith("一级指标", StringComparison.Ordinal))
            {
                header = cells.Count;
                width = 1;
                while (k + width < lines.Count && IsHeaderWord(CellText(lines[k + width])))
                {
                    width++;
                }
            }
            else if (header >= 0 && total < 0 && compact is "总分" or "合计得分" or "总得分" or "合计")
            {
                total = cells.Count;
            }
            else if (IsTitle(lines[k]) || (total < 0 && (compact.EndsWith('。') || compact.StartsWith("第", StringComparison.Ordinal)))
                || (total >= 0 && IsAfterForm(compact)))
            {
                break;   // after a 总分 row shorter than the header (its trailing blank cells left out): what follows the form
            }

            cells.Add(text);
        }

        if (Regroup(cells, header, total, width) is { } rows)
        {
            var grid = rows.Select((row, r) => row.Select(
                (text, c) => new TextTableGrids.Cell(text, start + (r * width) + c + 1, 1)).ToArray()).ToList();
            grids.Add(TextTableGrids.Grid(grid, null, title, above, []));
            return start + cells.Count;
        }

        notes.Add(DocumentMessages.TextTableNotRead(TextDocumentReader.TitleOf(lines[title]), TextTableProblem.Ambiguous,
            new CellLocation { TextLine = start + 1, TextColumn = 1 }));
        return Math.Max(k, title + 1);
    }

    /// <summary>
    /// A line after the 总分 row that is no cell of it — the text going on: a sentence (。；), a heading (一、…, （一）…, 第…部分,
    /// …说明), a 注/备注 line, another form's row label (项目名称 …) or a page number (<c>- 3 -</c>, 第 3 页).
    /// </summary>
    private static bool IsAfterForm(string compact)
    {
        if (compact.Length == 0)
        {
            return false;
        }

        var numbered = (compact.Length > 2 && compact[1] == '、' && "一二三四五六七八九十".Contains(compact[0], StringComparison.Ordinal))
            || ((compact[0] is '（' or '(') && compact.Length > 2 && "一二三四五六七八九十".Contains(compact[1], StringComparison.Ordinal));
        var paged = compact.Trim('-', '—', '–', '－') is { Length: > 0 } inner && inner.All(char.IsAsciiDigit)
            && compact[0] != inner[0] && compact[^1] != inner[^1];   // dashes on both sides (-3 is a figure)
        return numbered || paged || compact.Contains('。', StringComparison.Ordinal) || compact.Contains('；', StringComparison.Ordinal)
            || (compact.StartsWith('第') && (compact.Contains("部分", StringComparison.Ordinal) || compact.EndsWith('页')))
            || (compact.Length >= 6 && compact.EndsWith("说明", StringComparison.Ordinal))
            || compact.StartsWith("注：", StringComparison.Ordinal) || compact.StartsWith("注:", StringComparison.Ordinal)
            || compact.StartsWith("备注", StringComparison.Ordinal) || StartsWithLabel(compact);
    }

    /// <summary>The cells in rows of <paramref name="width"/>, or null when the rows are not regular (see the class).</summary>
    private static List<string[]>? Regroup(List<string> cells, int header, int total, int width)
    {
        if (header < 0 || total < 0 || width < 4 || header % width != 0 || total % width != 0)
        {
            return null;
        }

        // The 总分 row's blank cells after its last figure, left out before the text goes on, are padded back — only when
        // its figures still stand under 分值/得分 (a row that also lost blank cells inside has them shifted left: a note).
        var shortTotal = cells.Count - total < width;
        while (cells.Count % width != 0)
        {
            cells.Add(string.Empty);
        }

        var rows = Enumerable.Range(0, cells.Count / width).Select(r => cells.GetRange(r * width, width).ToArray()).ToList();
        var labelsInPlace = rows.TrueForAll(row => !row.Skip(1).Any(c => StartsWithLabel(TableAssembler.Compact(c))));
        var headerRow = rows[header / width].Select(TableAssembler.Compact).ToList();
        var weight = headerRow.FindIndex(c => c.StartsWith("分值", StringComparison.Ordinal)
            || c.StartsWith("权重", StringComparison.Ordinal));
        var score = headerRow.FindIndex(c => c.StartsWith("得分", StringComparison.Ordinal));
        static bool Figure(string c)
            => TableAssembler.Compact(c) is var t && (t.Length == 0 || TableAssembler.IsNumber(t) || t is "—" or "-" or "/");
        var figures = weight >= 0 && score >= 0
            && rows.Skip((header / width) + 1).Take((total - header) / width).All(row => Figure(row[weight]) && Figure(row[score]));
        var totalRow = rows[total / width];
        var totalInPlace = !shortTotal || Enumerable.Range(1, width - 1)
            .All(c => c == weight || c == score || !TableAssembler.IsNumber(TableAssembler.Compact(totalRow[c])));
        return labelsInPlace && figures && totalInPlace ? rows : null;
    }
}
