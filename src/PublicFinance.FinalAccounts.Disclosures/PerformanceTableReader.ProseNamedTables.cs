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
    private readonly Dictionary<int, (string Name, SourceSpan Span)> proseNames = [];

    /// <summary>The block before the one being accepted, or null at the start.</summary>
    private Block? previousBlock;

    /// <summary>The name the open evaluation takes from the line before its title when it is given none (null: none).</summary>
    private (string Name, SourceSpan Span)? proseName;

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
        if (text.Contains("得分") || NarrativeReader.Occurrences(text, "万元") > 1
            || !NarrativeReader.ProseProjectName(text, out var name, out var end))
        {
            return;
        }

        proseNames[title.SourceStart] = (name, b.Span(before, Math.Max(0, end - name.Length), end));
    }

    /// <summary>At a title: the name the line before it gave, kept for the evaluation the title opens.</summary>
    private void TitleOpened(Fragment title)
        => proseName = proseNames.TryGetValue(title.SourceStart, out var named) ? named : null;

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
        }

        proseName = null;
    }
}
