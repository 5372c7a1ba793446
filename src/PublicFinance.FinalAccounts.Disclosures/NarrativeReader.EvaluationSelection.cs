namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 42 (perf42): summaries of some of the evaluated projects. A 说明 that states "对23个项目开展了绩效自评" and then
/// summarises two projects ("“X项目”自评综述：全年预算数…"), or that says it chose them ("选取3个重点项目…", "部分项目"), lists a
/// selection: its summaries are written as evaluations with <c>/performance/evaluationsListed</c> = <c>selection</c> (schema
/// 1.8), so that FA3002–FA3008 check each project's own figures while FA3009–FA3011 do not take the list as the whole.
/// </summary>
/// <remarks>
/// Precision first: the marker only withdraws the list-wide checks, never adds one. More summaries than the stated count is a
/// contradiction the reader cannot resolve and stays the one <see cref="DisclosureMessages.PartialProseEvaluations"/> note.
/// Without a count of the evaluated projects (<c>projectEvaluationCount</c>), a paragraph of the 绩效 section saying 选取 /
/// 抽取 / 部分项目 / 其中N个项目 makes the list a selection;
/// "如下" alone does not (a text that lists every project says it too).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that say the projects described are chosen among the evaluated (选取, 抽取, 部分项目).</summary>
    private static readonly string[] SelectionWords = ["选取", "抽取", "选择部分", "部分项目"];

    /// <summary>Whether a paragraph of the 绩效 section says the projects described are a selection.</summary>
    private bool selectionWorded;

    /// <summary>Notes a paragraph of the 绩效 section that speaks of 自评 or 评价 and says its projects are chosen.</summary>
    private void SelectionWorded(string text)
    {
        if (text.IndexOf("评", StringComparison.Ordinal) < 0)
        {
            return;
        }

        selectionWorded |= SelectionWords.Any(w => text.IndexOf(w, StringComparison.Ordinal) >= 0) || SomeOfTheProjects(text);
    }

    /// <summary>"其中3个项目…" / "其中2个": a count of some of the projects after 其中.</summary>
    private static bool SomeOfTheProjects(string text)
    {
        for (var at = text.IndexOf("其中", StringComparison.Ordinal); at >= 0;
            at = text.IndexOf("其中", at + 2, StringComparison.Ordinal))
        {
            var p = at + 2;
            while (p < text.Length && (text[p] is ' ' or ',' or ':' or '，' or '：'))
            {
                p++;
            }

            var digits = p;
            while (p < text.Length && Scanner.IsDigit(text[p]))
            {
                p++;
            }

            if (p > digits && string.CompareOrdinal(text, p, "个项目", 0, 3) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks the prose evaluations a selection (<c>evaluationsListed: selection</c>) when the stated count of evaluated projects
    /// is more than the summaries, or — no count of the evaluated projects read — the text says they were chosen.
    /// </summary>
    /// <param name="count">The stated count of evaluated projects, or -1.</param>
    private void MarkSelection(int count)
    {
        // A count seen only in passing ("选取2个项目": the chosen ones') is no count of all: the words decide then.
        if (count > proseEvaluations.Count
            || selectionWorded && b.Find("/performance/projectEvaluationCount") is not { Kind: DraftKind.Number })
        {
            b.Set("/performance/evaluationsListed", DraftNode.Of("selection"), proseEvaluations[0].Span);
        }
    }
}
