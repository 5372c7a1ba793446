using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (blind round 59 t06): a 绩效自评表 under a title that names no project (<c>项目支出绩效自评表</c>), with no 项目名称
/// row, whose project the line just before names — <c>本中心对就业创业服务补助项目开展了绩效自评，项目资金1342.60万元。</c>. The
/// evaluation was dropped for want of its name (every indicator and the 总分 lost). The name is now taken from that line when it
/// names one project being self-evaluated (<see cref="NarrativeReader.ProseProjectName"/>, the prose reader's own reading:
/// <c>对…项目开展（了）绩效自评</c>, never a group), and only when the table gives none itself.
/// </summary>
/// <remarks>
/// Precision first: the line must be the block right before the title, a paragraph, and state no score (得分) nor two amounts
/// (万元) — such a line is read by the prose reader as that project's evaluation or listed score, and the table would count the
/// project twice. Any other table without a name keeps today's note (the evaluation is dropped by the contract).
/// </remarks>
internal sealed partial class PerformanceTableReader
{
    /// <summary>The names the line before each title gave, by the title's start in the text (<see cref="NoteProseName"/>).</summary>
    /// <remarks>Session 64: and whether that line names the project as one of the evaluated (其中…: the tables are a selection).</remarks>
    private readonly Dictionary<int, (string Name, SourceSpan Span, bool Among)> proseNames = [];

    /// <summary>The block before the one being accepted, or null at the start.</summary>
    private Block? previousBlock;

    /// <summary>The name the open evaluation takes from the line before its title when it is given none (null: none).</summary>
    private (string Name, SourceSpan Span, bool Among)? proseName;

    /// <summary>Remembers the block accepted, after noting the name the block before gives a title (<see cref="Accept"/>).</summary>
    private void Accepted(Block block)
    {
        if (block.Kind != BlockKind.TableRow && IsTitle(block.Content.Text) && previousBlock is { Kind: BlockKind.Prose } before)
        {
            NoteProseName(block.Content, before.Content);
        }

        previousBlock = block;
    }

    /// <summary>Notes the project the paragraph before a title names, when it may name the table (see the type's remarks).</summary>
    private void NoteProseName(Fragment title, Fragment before)
    {
        var text = before.Text;
        if (NarrativeReader.IntroducedProjectName(text, out var introduced, out var start, out var stop, out var among))
        {
            // Session 64: "…。其中，城市排水管网养护项目自评结果如下：" — the last sentence introduces the table (its other sentences
            // may state the department's score and the projects' total: they are not this line's).
            proseNames[title.SourceStart] = (introduced, b.Span(before, start, stop), among);
            return;
        }

        if (text.Contains("得分") || NarrativeReader.Occurrences(text, "万元") > 1
            || !NarrativeReader.ProseProjectName(text, out var name, out var end))
        {
            return;
        }

        proseNames[title.SourceStart] = (name, b.Span(before, Math.Max(0, end - name.Length), end), false);
    }

    /// <summary>
    /// At a title: the name the line before it gave, kept for the evaluation the title opens; session 64, for a 部门整体 table, the
    /// title's own words (<see cref="WholeTableName"/>: a project the line before names is not the department's whole).
    /// </summary>
    private void TitleOpened(Fragment title)
        => proseName = WholeTableName(title.Text) is { } whole ? (whole, b.Span(title, 0, title.Length), false)
            : proseNames.TryGetValue(title.SourceStart, out var named) ? named : null;

    /// <summary>
    /// Session 64 (blind round 60 t10): the name a 部门整体支出绩效自评表 gives its evaluation when no 部门名称 row does — the title
    /// without its lead (附件, a year) and without 绩效自评表 (<c>2024年度部门整体支出绩效自评表</c> → <c>部门整体支出</c>, the name the
    /// prose reader gives the department's whole evaluation) — or null for a title that names no 整体 evaluation.
    /// </summary>
    internal static string? WholeTableName(string title)
    {
        var end = title.IndexOf("绩效自评表", StringComparison.Ordinal);
        var whole = title.IndexOf("整体", StringComparison.Ordinal);
        if (end < 0 || whole < 0 || whole > end)
        {
            return null;
        }

        var start = title.LastIndexOfAny([':', ' ', '\t'], whole) + 1;
        var name = title.Substring(start, end - start).Trim();
        var year = name.IndexOf('年');
        if (year == 4 && name.Take(year).All(Scanner.IsDigit))
        {
            name = name.Substring(year + 1).TrimStart('度');
        }

        return name.Length > 2 && name.IndexOf("整体", StringComparison.Ordinal) >= 0 ? name : null;
    }

    /// <summary>
    /// Before the open evaluation is closed: its name from the line before its title, if the table gave none and lines of it were
    /// read (a title over a table this reader does not read, one cell per line, opens an evaluation that stays empty: dropped).
    /// </summary>
    private void NameFromProse()
    {
        if (evaluation is not null && !named && linesRead && proseName is { } prose)
        {
            Put(evaluationNode, evaluation, "name", prose.Name, prose.Span);
            named = true;
            if (prose.Among)
            {
                // Session 64: "其中，某某项目自评结果如下：" — one of the evaluated projects' tables: FA3009–FA3011 do not take the
                // tables as the whole list (schema 1.8), as for prose summaries of some projects.
                b.Set("/performance/evaluationsListed", DraftNode.Of("selection"), prose.Span);
            }
        }

        proseName = null;
    }
}
