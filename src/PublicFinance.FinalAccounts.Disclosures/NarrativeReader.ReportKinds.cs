using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8): the kind of report and the issuer's name where the title does not give them.
/// <list type="bullet">
/// <item>A 单位决算 whose title names no unit ("二〇二一年度单位决算说明"), states no kind ("某区实验小学2021年度决算公开"), or is
/// missing (an excerpt opening with "第一部分 单位概况"), and whose headings say 单位决算 or 单位概况, was read as a 部门决算, so its
/// 本单位 — the word such a report should use — gave FA8004 (blind round 31, F2). The kind is now the title's when the title
/// states one (部门决算 / 单位决算), else the first heading's that does (单位决算 / 单位概况 → unit; 部门决算 / 部门概况 →
/// department).</item>
/// <item>The issuer named on a line of its own with a label (单位名称：, 编制单位：, 公开单位：, 填报单位：, 部门名称：), and a title
/// split after its year ("某区财政局2023年度" / "部门决算公开说明"): the name was missing (a note). A heading such as "第一部分
/// 部门概况" is never a name.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether a title or heading already stated the kind of report (部门决算 or 单位决算).</summary>
    private bool kindStated;

    /// <summary>
    /// Whether a title, heading or sentence stated that the text is a 部门决算 (not assumed for want of a stated kind): the
    /// evidence FA8004 needs to call 本单位 a unit's word in a department's report (session 39).
    /// </summary>
    public bool IsDepartmentStated => kindStated && !IsUnitReport;

    /// <summary>The labels of a line that names the issuer (单位名称：某区司法局).</summary>
    private static readonly string[] NameLabels = ["单位名称", "部门名称", "编制单位", "公开单位", "填报单位", "发布单位"];

    /// <summary>The labels that may follow the name on its line, or on the next line joined to it (金额单位, 公开日期…).</summary>
    private static readonly string[] NextLabelWords = ["金额单位", "公开日期", "发布日期", "公开时间", "发布时间", "日期", "时间"];

    /// <summary>
    /// The kind a title states (<paramref name="text"/>, at <paramref name="span"/>): 单位决算 makes the report a unit's,
    /// also when the title names no issuer; 部门决算 a department's. Called by <see cref="Title"/> before the name is read.
    /// </summary>
    private void KindFromTitle(string text, SourceSpan span, bool named)
    {
        var unit = text.IndexOf("单位决算", StringComparison.Ordinal) >= 0;
        if (kindStated || !unit && text.IndexOf("部门决算", StringComparison.Ordinal) < 0)
        {
            return;   // stated before, or not here: a heading may state it
        }

        kindStated = true;
        IsUnitReport = unit;
        if (unit && !named)
        {
            b.SetString("/entity/kind", "unit", span);   // a named title sets the kind itself
        }
    }

    /// <summary>
    /// The kind a heading states, when no title or heading before it did: "第二部分 2021年度单位决算情况说明", "第一部分
    /// 单位概况" and "一、单位基本情况" (blind round 34, F2) make the report a unit's; "…部门决算…" and "…部门概况" a department's
    /// (which it is by default; "部门基本情况" decides nothing, as before).
    /// </summary>
    private void KindFromHeading(string text, SourceSpan span)
    {
        if (kindStated || WebTrail(text))
        {
            return;   // session 47: "首页 > 信息公开 > 部门决算" is a site's menu, not this report's kind (blind 44, t06)
        }

        var unit = text.IndexOf("单位决算", StringComparison.Ordinal) >= 0 || text.EndsWith("单位概况", StringComparison.Ordinal)
            || text.EndsWith("单位基本情况", StringComparison.Ordinal);   // blind 34, F2: "一、单位基本情况" opens a unit's report
        var department = text.IndexOf("部门决算", StringComparison.Ordinal) >= 0 || text.EndsWith("部门概况", StringComparison.Ordinal);
        if (unit == department)
        {
            return;   // neither, or both: the heading decides nothing
        }

        kindStated = true;
        if (!unit)
        {
            return;
        }

        IsUnitReport = true;
        if (b.Has("/entity/kind"))
        {
            b.Put("/entity/kind", "unit");   // a title without a kind word set "department"
        }
        else
        {
            b.SetString("/entity/kind", "unit", span);
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a web page's trail of links (首页 &gt; 信息公开 &gt; 部门决算): its last link names the
    /// site's menu of reports, which holds both kinds, not the kind of the report under it.
    /// </summary>
    private static bool WebTrail(string text)
        => text.IndexOf('>') >= 0 || text.IndexOf('»') >= 0 || text.IndexOf('›') >= 0;

    /// <summary>
    /// A line that names the issuer with a label (<see cref="NameLabels"/>: "单位名称：某区司法局", "编制单位：某县农业农村局
    /// 金额单位：万元"), read while no name is known: the name up to a space or the next label, 4–30 Chinese characters
    /// (brackets allowed) ending in an issuer's word (<see cref="IssuerNameEnds"/>), no portal's header. True when read.
    /// </summary>
    private bool NameLabelLine(Fragment paragraph) => NameLabelLine(paragraph, anywhere: false);

    /// <summary>
    /// <see cref="NameLabelLine(Fragment)"/>, with the label at the line's start, or (<paramref name="anywhere"/>) after a
    /// title without a name that the line was joined to ("2023年度部门决算公开 编制单位：某县农业农村局").
    /// </summary>
    private bool NameLabelLine(Fragment paragraph, bool anywhere)
    {
        var text = paragraph.Text;
        if (EntityName is not null || text.Length > 80)
        {
            return false;
        }

        foreach (var label in NameLabels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at < 0 || at > 2 && !(anywhere && text.LastIndexOf("决算", at, StringComparison.Ordinal) >= 0))
            {
                continue;
            }

            var start = at + label.Length;
            while (start < text.Length && text[start] is ' ' or ':' or '：')
            {
                start++;
            }

            if (start == at + label.Length)
            {
                return false;   // no colon or space after the label: not a label line
            }

            var end = start;
            while (end < text.Length && text[end] is >= '\u4e00' and <= '\u9fff' or '（' or '）' or '(' or ')')
            {
                end++;
            }

            var name = text.Substring(start, end - start);
            foreach (var next in NextLabelWords)
            {
                var cut = name.IndexOf(next, StringComparison.Ordinal);
                if (cut > 0)
                {
                    name = name.Substring(0, cut);   // "编制单位：某局金额单位：万元", the next line joined without a space
                }
            }

            if (!IsIssuerName(name) || name.IndexOf("决算", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            EntityName = name;
            var span = b.Span(paragraph, start, start + name.Length);
            b.SetString("/entity/name", name, span);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A title split after its year: this heading or line says 决算 and no year ("部门决算公开说明"), and the line right
    /// before it is an issuer's name followed by a year and nothing else ("某区财政局2023年度"). Read as the title: the name,
    /// the year and the kind. True when read.
    /// </summary>
    private bool TitleSplitAfterYear(Fragment heading)
    {
        var text = heading.Text;
        if (EntityName is not null || year != 0 || heading.Length == 0 || text.Length > 40
            || !text.StartsWith("部门决算", StringComparison.Ordinal) && !text.StartsWith("单位决算", StringComparison.Ordinal)
                && !text.StartsWith("决算", StringComparison.Ordinal))
        {
            return false;
        }

        if (LineBefore(heading, out var earlier, out var fromStart) is not { } lineBefore)
        {
            return false;
        }

        var line = WithDigitYear(lineBefore);
        var yearWord = line.EndsWith("年度", StringComparison.Ordinal) ? 2 : line.EndsWith("年", StringComparison.Ordinal) ? 1 : 0;
        if (yearWord == 0 || line.Length < yearWord + 5)   // the name is checked below, with its head line if any
        {
            return false;
        }

        var digits = line.Substring(line.Length - yearWord - 4, 4);
        var name = line.Substring(0, line.Length - yearWord - 4).Trim();
        if (NameHeadLine(earlier, fromStart) is { } head)
        {
            name = head + name;   // "中共某区委" / "社会工作部2024年度" / "部门决算": the name over two lines
            line = head + line;
        }

        if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            || !FiscalYearRange.Contains(y) || !IsIssuerName(name))
        {
            return false;
        }

        var span = b.Span(heading, 0, heading.Length);
        year = y;
        b.Set("/entity/fiscalYear", year, span);
        EntityName = name;
        KindFromTitle(text, span, named: true);
        b.SetString("/entity/name", name, span);
        b.SetString("/entity/kind", IsUnitReport ? "unit" : "department", span);
        b.SetString("/source/title", line + text, span);
        return true;
    }

    /// <summary>The characters a name's first line may end with when its rest is on the next line (中共某区委, 某省, 某市某区).</summary>
    private const string NameHeadEnds = "委省市区县州旗盟镇乡";

    /// <summary>
    /// The first line of an issuer's name split over two lines ("中共上海市某区委" before "社会工作部2024年度"): the last whole
    /// line of <paramref name="text"/> (<see cref="LastWholeLine"/>) when it is 2–20 Chinese characters, says no
    /// 决算/情况/目录/部分, and begins with 中共 or ends with a level or a party committee (<see cref="NameHeadEnds"/>); null
    /// otherwise (the name stays one line).
    /// <paramref name="fromStart"/>: <paramref name="text"/> begins at the text's start, so its first line is whole.
    /// </summary>
    private static string? NameHeadLine(string text, bool fromStart) =>
        LastWholeLine(text, fromStart, out _) is { } line && line.Length is >= 2 and <= 20
            && line.All(c => c is >= '\u4e00' and <= '\u9fff')
            && (line.StartsWith("中共", StringComparison.Ordinal) || NameHeadEnds.IndexOf(line[line.Length - 1]) >= 0)
            && line.IndexOf("决算", StringComparison.Ordinal) < 0 && line.IndexOf("情况", StringComparison.Ordinal) < 0
            && line.IndexOf("目录", StringComparison.Ordinal) < 0 && line.IndexOf("部分", StringComparison.Ordinal) < 0
                ? line
                : null;
}
