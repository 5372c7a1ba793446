namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 25, family r1 (blindfixa): a table that is not the 三公 table. A 项目支出 table (项目名称 | 年初预算 | 全年预算 |
/// 决算数 | 执行率) has the same columns as a 三公 table by item, so its rows used to be read by their names: a project whose
/// name holds 运行 (儿童福利机构运行补助) became 公务用车运行费, and its 合计 the 三公 total, which the 三公 paragraph then
/// "contradicted" (five false Errors). Now a row is a 三公 item only inside a table that may be the 三公 table: a table whose
/// title (the last prose line or heading before its header) names 项目 and not 三公 is another table and none of its rows is
/// read; a row that names no 三公 item (a project) makes the table's later 合计 the total of something else, never the 三公
/// total; and a vehicle item must say 车 unless its label is the bare item (运行费, 购置费 under 公务用车购置及运行费).
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>Whether the last prose or heading block named 项目 and not 三公 (a project table's title).</summary>
    private bool projectTitle;

    /// <summary>Whether the open table is another table than the 三公 table (its title named projects).</summary>
    private bool otherTable;

    /// <summary>Whether the open table has a row with figures that names no 三公 item (a project): its 合计 is not the 三公 total.</summary>
    private bool otherRows;

    /// <summary>The bare vehicle item labels a 三公 table writes under 公务用车购置及运行费 without 车.</summary>
    private static readonly string[] BareVehicleItems = ["运行费", "购置费", "运行维护费", "运行", "购置", "运行维护费用", "运行费用"];

    /// <summary>
    /// A prose or heading block before a table: a title that names 项目 and not 三公 marks the next table a project table; one
    /// that names 三公 clears the mark; a short line of neither ("单位：万元") keeps it.
    /// </summary>
    private void TitleSeen(Fragment content)
    {
        var text = content.Source;
        var from = content.SourceStart;
        var length = content.Length;
        var (names, threePublic) = TitleWords(text, from, from + length);
        if (names || threePublic || length > 15)
        {
            projectTitle = names && !threePublic;
        }

        // Session 51: a table's title naming another subject ("表3 一般公共预算财政拨款支出增减变化情况表（按功能分类）")
        // makes the table another table: its 合计 row is that subject's total, never the 三公 total.
        projectTitle |= !threePublic && OtherSubjectTitle(text, from, from + length);
        projectTitle |= TitleOnLastLines(content);   // session 62: a title line joined to the sentence before it
    }

    /// <summary>
    /// Session 62 (r59fix, blind round 59 t05): whether one of the last two lines joined into the paragraph
    /// <paramref name="content"/> is the title of a table of another subject (<see cref="OtherSubjectTitle"/>) — a prose line
    /// <c>…具体情况见下表：</c>, then <c>公共财政预算财政拨款支出决算对比表</c> and <c>单位：万元</c> without a sentence end make one
    /// paragraph, whose whole is no title; the table after it (<c>项目|2014年决算数|2013年决算数|增减额|增减率</c>) was then
    /// taken for the 三公 table and its 合计 row for the 三公 total. A line is a piece of the paragraph whose characters are one
    /// stretch of the text; a line with 见 or 如下 (<c>详见下表</c>) is a sentence, not a title.
    /// </summary>
    private static bool TitleOnLastLines(Fragment content)
    {
        var end = content.Length;
        for (var line = 0; line < 2 && end > 1; line++)
        {
            var start = end - 1;
            while (start > 0 && content.At(start) == content.At(start - 1) + 1)
            {
                start--;
            }

            if (start == 0)
            {
                return false;   // the paragraph's first line: the whole was asked already
            }

            var (s, e) = (content.SourceStart + start, content.SourceStart + end);
            var text = content.Source;
            if (text.IndexOf('见', s, e - s) < 0 && text.IndexOf("如下", s, e - s, StringComparison.Ordinal) < 0
                && OtherSubjectTitle(text, s, e))
            {
                return true;
            }

            end = start;
        }

        return false;
    }

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/> is a table's title (at most 60
    /// characters, no sentence mark, ending in 表 — a bracketed note after it, "（按功能分类）", set aside) that names no 三公 word
    /// (公务, 出国, 接待 either): the title of a table of another subject (session 51).
    /// </summary>
    internal static bool OtherSubjectTitle(string text, int from, int end)
    {
        var unit = text.LastIndexOf("单位", end - 1, end - from, StringComparison.Ordinal);
        if (unit > from && end - unit <= 12)
        {
            end = unit;   // "…情况表 单位：万元" read as one block: the title before its unit line
            while (end > from && WhiteSpace.Is(text[end - 1]))
            {
                end--;
            }

            from = end > from ? Math.Max(from, text.LastIndexOf('\n', end - 1, end - from) + 1) : from;
        }

        while (end > from && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        if (end > from && text[end - 1] is '（' or '(')
        {
            end--;   // "…情况表（单位：万元）": the bracket opened before the unit
        }

        while (end > from && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        if (end - from > 60 || end - from < 3 || text.IndexOfAny(SentenceMarks, from, end - from) >= 0)
        {
            return false;
        }

        var last = end - 1;
        if (text[last] is '）' or ')')
        {
            var open = text.LastIndexOfAny(OpenBrackets, last, last - from + 1);
            last = open - 1;
            while (last > from && WhiteSpace.Is(text[last]))
            {
                last--;
            }
        }

        if (last <= from || text[last] != '表')
        {
            return false;
        }

        foreach (var word in ThreePublicTitleWords)
        {
            if (text.IndexOf(word, from, end - from, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] SentenceMarks = ['。', '，', '；', '：', ':', ';'];
    private static readonly char[] OpenBrackets = ['（', '('];
    private static readonly string[] ThreePublicTitleWords = ["三公", "公务", "出国", "接待"];

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/> holds 项目 and whether it holds
    /// 三公: one search for the two first characters (session 26; a whole search of the paragraph for each word before).
    /// </summary>
    internal static (bool Names, bool ThreePublic) TitleWords(string text, int from, int end)
    {
        var names = false;
        var threePublic = false;
        for (var at = text.IndexOfAny(TitleWordStarts, from, end - from); at >= 0 && at + 1 < end && !(names && threePublic);
             at = text.IndexOfAny(TitleWordStarts, at + 1, end - at - 1))
        {
            if (text[at] == '项')
            {
                names |= text[at + 1] == '目';
            }
            else
            {
                threePublic |= text[at + 1] == '公';
            }
        }

        return (names, threePublic);
    }

    private static readonly char[] TitleWordStarts = ['项', '三'];

    /// <summary>A header row opened a table: it is another table when its title named projects.</summary>
    private void TableOpened()
    {
        otherTable = projectTitle;
        otherRows = false;
    }

    /// <summary>
    /// Whether a row of the open table (its cells, as wide as the header) must not be placed: any row of another table, and
    /// the 合计 of a table that has a row naming no 三公 item. A row with figures that names no item marks the table so.
    /// </summary>
    private bool SkipsRow(List<Fragment> cells)
    {
        if (otherTable)
        {
            return true;
        }

        if (columns is null || cells.Count - 1 != columns.Count)
        {
            return false;
        }

        return OtherTablesRow(cells[0].Text, cells, 1, ref otherRows);
    }

    /// <summary>
    /// Whether a row (its label, its value cells from <paramref name="first"/> on) is not the 三公 table's: a row naming no
    /// 三公 item (a project, a 项 of a 支出决算明细 table), which marks <paramref name="otherRows"/> when it has a figure, and
    /// a 合计 after such a row — the total of that table's subject, never the 三公 total. Shared by the rows of a delimited
    /// table (<see cref="SkipsRow"/>) and the rows of a one-cell-per-line table (<c>CellTable</c>; blind round 42 t07: the
    /// 合计 cells "1325.30 | 1378.43 | 104.01% |" of a 一般公共预算 项 table became the 三公 total, its budget and its rate).
    /// </summary>
    private static bool OtherTablesRow(string label, List<Fragment> values, int first, ref bool otherRows)
    {
        var item = Item(label);
        if (item is null)
        {
            for (var k = first; k < values.Count && !otherRows; k++)
            {
                otherRows = IsNumber(values[k].Text);
            }

            return true;
        }

        return otherRows && item == "total";
    }

    /// <summary>
    /// Whether a compacted row label naming 运行 or 购置 without 车 is not a vehicle item: a project or a cost of something
    /// else (儿童福利机构运行补助, 办公设备购置) — only the bare item (运行费, 其中：购置费, (2)运行维护费) is one.
    /// </summary>
    private static bool NotAVehicleItem(string c)
    {
        if (c.Contains('车') || !(c.Contains("运行") || c.Contains("购置")) || c.Contains("出国") || c.Contains("接待")
            || c.Contains("三公"))
        {
            return false;
        }

        var body = c.AsSpan();
        while (body.Length > 0 && !IsHan(body[0]))
        {
            body = body.Slice(1);   // "1.", "（2）", "-"
        }

        if (body.StartsWith("其中".AsSpan()))
        {
            body = body.Slice(2).TrimStart(':').TrimStart('：');
        }

        foreach (var bare in BareVehicleItems)
        {
            if (body.SequenceEqual(bare.AsSpan()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    internal static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
