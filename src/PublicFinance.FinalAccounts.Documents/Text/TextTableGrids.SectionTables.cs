using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Session 41 (tables41, blind round 38 t08; issue 8): table 6 pasted under its 说明 section without a title of its own —
/// "（五）一般公共预算财政拨款基本支出决算情况说明", a paragraph ending "按经济分类科目（款级）明细如下（单位：万元）：", then
/// <c>科目编码⇥科目名称⇥决算数</c>, <c>⇥合计⇥487.78</c>, <c>301⇥工资福利支出⇥438.08</c>, <c>30101⇥　基本工资⇥186.24</c>…
/// Before, no title named the table, so none of its rows was read. The section makes its identity certain only when the
/// heading names the 财政拨款 基本支出 (table 6's subject) and the rows are its rows: a <c>|</c> or tab header whose first
/// cell is the code column (…编码) and which has a 决算 column, within a few lines of the heading (blank and prose lines
/// between, no other heading or table), and rows whose codes are all 部门预算支出经济分类 codes (301–399 and their 款), the
/// first a 类. Then the rows are read as a titled table 6 is (<see cref="Body"/>, <see cref="Build"/>), its title the
/// heading's subject (…基本支出决算表) and its unit the one the lines between declare. Anything else — another heading, a
/// functional code, no 决算 column — leaves the lines as they were (the 说明 reader skips table rows; nothing is placed).
/// </summary>
internal static partial class TextTableGrids
{
    /// <summary>How many lines after a section heading the table's header may stand.</summary>
    private const int MaxSectionLeadLines = 6;

    /// <summary>The words of a heading that name table 6's subject (the appropriation's basic expenditure).</summary>
    private static readonly string[] SectionBasicSubjects = ["一般公共预算财政拨款基本支出", "公共财政预算财政拨款基本支出", "财政拨款基本支出"];

    /// <summary>
    /// The title of table 6 when <paramref name="line"/> is a 说明 heading naming its subject ("（五）一般公共预算财政拨款基本
    /// 支出决算情况说明" → "一般公共预算财政拨款基本支出决算表"); null for any other line.
    /// </summary>
    internal static string? SectionTableTitle(string line)
    {
        var compact = TableAssembler.Compact(line);
        if (compact.Length > 60 || compact.Contains("项目支出", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var subject in SectionBasicSubjects)
        {
            if (compact.Contains(subject, StringComparison.Ordinal) && (IsHeading(compact) || IsNumberedSubjectHeading(compact, subject)))
            {
                var title = subject + "决算表";
                return NineTables.Kind(title) == PublishedTableKind.BasicExpenditure ? title : null;
            }
        }

        return null;
    }

    /// <summary>What a numbered heading may say after table 6's subject (三、一般公共预算财政拨款基本支出决算情况).</summary>
    private static readonly string[] SectionSubjectEndings = ["", "决算", "情况", "决算情况", "支出情况"];

    /// <summary>
    /// Session 60 (tbl60, blind round 56 t09): a numbered heading that is the subject and no more — <c>三、一般公共预算财政拨款
    /// 基本支出</c> (or …决算情况), not ending in 说明. The number (一、, （三）) and the subject must make the whole line, so a
    /// sentence that names the subject is no heading.
    /// </summary>
    private static bool IsNumberedSubjectHeading(string compact, string subject)
    {
        if (!IsNumbered(compact))
        {
            return false;
        }

        var at = compact.IndexOf(subject, StringComparison.Ordinal);
        var number = compact[..at];
        var numbered = number.Length >= 2 && (number.EndsWith('、') || number.EndsWith('）') || number.EndsWith(')'))
            && number.TrimStart('（', '(').TrimEnd('、', '）', ')').All(ch => "一二三四五六七八九十".Contains(ch, StringComparison.Ordinal));
        return numbered && Array.IndexOf(SectionSubjectEndings, compact[(at + subject.Length)..]) >= 0;
    }

    /// <summary>
    /// The line of the table-6 header under the section heading at <paramref name="heading"/> (see the type's summary), with
    /// the title and the unit caption the lines between give; null when the section holds no such table.
    /// </summary>
    private static int? SectionTableHeader(List<string> lines, int heading, string title, out List<string> above)
    {
        above = [title];
        for (var k = heading + 1; k < lines.Count && k - heading <= MaxSectionLeadLines; k++)
        {
            var line = lines[k];
            var compact = TableAssembler.Compact(line);
            if (compact.Length == 0)
            {
                continue;
            }

            var tab = line.Contains('\t');
            if (!tab && !line.Contains('|'))
            {
                if (IsHeading(compact) || TextDocumentReader.IsTitle(line))
                {
                    return null;   // another section or a titled table first
                }

                if (UnitCaption(compact) is { } unit)
                {
                    above.Add(unit);   // "…明细如下（单位：万元）："
                }

                continue;
            }

            var cells = Split(line, k, tab ? '\t' : '|');
            var first = cells.Length > 0 ? TableAssembler.Compact(cells[0].Text) : string.Empty;
            var hasFinal = Array.Exists(cells, c => c.Text.Contains("决算", StringComparison.Ordinal));
            return first.EndsWith("编码", StringComparison.Ordinal) && hasFinal && EconomicRows(lines, k + 1, tab ? '\t' : '|')
                ? k : null;
        }

        return null;
    }

    /// <summary>
    /// Whether the rows from <paramref name="start"/> (while they hold the separator) have codes in their first cell that are
    /// all economic codes of 部门预算 (3xx, 3xxxx), at least one, the first a 类; a row without a code (合计) is passed over.
    /// </summary>
    private static bool EconomicRows(List<string> lines, int start, char separator)
    {
        var seen = 0;
        for (var k = start; k < lines.Count && lines[k].Contains(separator); k++)
        {
            if (separator == '|' && IsRule(lines[k]))
            {
                continue;   // session 60: the Markdown rule under a | header (| --- | --- |)
            }

            var cells = Split(lines[k], k, separator);
            var code = cells.Length > 0 ? TableAssembler.Compact(cells[0].Text) : string.Empty;
            if (code.Length == 0)
            {
                continue;
            }

            if (code[0] != '3' || code.Length is not (3 or 5) || !EconomicCode.TryParse(code, out _) || seen == 0 && code.Length != 3)
            {
                return false;
            }

            seen++;
        }

        return seen > 0;
    }

    /// <summary>The 单位 part of a prose line ("单位：万元"), or null.</summary>
    /// <remarks>
    /// Session 59: the unit word is any that ends in 元 within a few characters of the colon — 千元 now too, and a multiple the
    /// model has no unit for (百万元), which the caption then makes uncertain (<see cref="TableUnits"/>) rather than absent (a
    /// table without a unit is taken in the report's).
    /// </remarks>
    private static string? UnitCaption(string compact)
    {
        var at = compact.IndexOf("单位", StringComparison.Ordinal);
        if (at < 0 || at + 3 >= compact.Length || compact[at + 2] is not ('：' or ':'))
        {
            return null;
        }

        var yuan = compact.IndexOf('元', at + 3);
        return yuan < 0 || yuan - at > MaxUnitWord ? null : "单位：" + compact[(at + 3)..(yuan + 1)];
    }

    /// <summary>How far from 单位 the 元 of a unit word may stand (单位：人民币万元).</summary>
    private const int MaxUnitWord = 8;

    /// <summary>
    /// Reads the table-6 rows under the section heading at <paramref name="heading"/> when the section makes the table certain
    /// (see the type's summary) into <paramref name="grids"/> (or a note when the rows are irregular); returns the line to go
    /// on from, or null when the heading holds no such table.
    /// </summary>
    private static int? SectionTable(List<string> lines, int heading, List<RawGrid> grids, List<DocumentNote> notes)
    {
        if (SectionTableTitle(lines[heading]) is not { } title || SectionTableHeader(lines, heading, title, out var above) is not { } start)
        {
            return null;
        }

        var end = ReadUntitled(lines, heading, start, title, above, grids, notes);
        return Math.Max(end, heading + 1);
    }

    /// <summary>
    /// Reads the rows from <paramref name="start"/> of a table that the line at <paramref name="lead"/> names without a title
    /// line of its own (a section heading, a prose line introducing it) as a titled table is read: into
    /// <paramref name="grids"/>, or a note naming <paramref name="title"/> when the rows are irregular; returns where the
    /// rows end.
    /// </summary>
    private static int ReadUntitled(List<string> lines, int lead, int start, string title, List<string> above, List<RawGrid> grids,
        List<DocumentNote> notes)
    {
        var end = Body(lines, lead, start, out var rows, out var problem, out var problemLine);
        if (rows is not null)
        {
            if (Build(rows, lead, above, [], out var irregular, out var irregularLine) is { } grid)
            {
                grids.Add(grid);
            }
            else
            {
                var location = new CellLocation { TextLine = irregularLine + 1, TextColumn = 1 };
                notes.Add(DocumentMessages.TextTableNotRead(title, irregular, location));
            }
        }
        else if (problem is { } found)
        {
            notes.Add(DocumentMessages.TextTableNotRead(title, found, new CellLocation { TextLine = problemLine + 1, TextColumn = 1 }));
        }

        return end;
    }
}
