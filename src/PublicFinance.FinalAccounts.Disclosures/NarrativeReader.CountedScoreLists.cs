namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (recall54; blind round 48 t05): a score list (<c>NarrativeReader.ScoreLists.cs</c>) whose names are projects by
/// the count written after them — "对社区养老专项、困难救助2个项目开展绩效自评，得分分别为95.5分和90.0分". The names need not
/// end in 项目 / 工程 … (<see cref="OneProjectTitle"/>) when the sentence itself says they are N 个项目 and N equals the names:
/// the subject is then certain. The last score may follow 和 / 及 as well as 、.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether <paramref name="c"/> joins two scores of a list (、, or 和 / 及 before the last one).</summary>
    private static bool IsScoreJoiner(char c) => c is '、' or '和' or '及';

    /// <summary>
    /// Whether the names' count is written at <paramref name="at"/> (after an optional 等) as digits and then 个项目, before
    /// <paramref name="limit"/> (<see cref="NamesCountAgrees"/> has checked that the count equals the names).
    /// </summary>
    private static bool CountedProjects(string text, int at, int limit)
    {
        var p = at < limit && text[at] == '等' ? at + 1 : at;
        var digits = p;
        while (p < limit && Scanner.IsDigit(text[p]))
        {
            p++;
        }

        return p > digits && p + 3 <= limit && string.CompareOrdinal(text, p, "个项目", 0, 3) == 0;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) can be a project's name in a counted list: none of
    /// the words that make it something other than one project (<see cref="NoProjectTitleWords"/>: 整体, 部门 …).</summary>
    private static bool NamedByCount(string text, int start, int end)
    {
        foreach (var w in NoProjectTitleWords)
        {
            if (text.IndexOf(w, start, end - start, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return end > start;
    }
}
