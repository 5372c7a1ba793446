namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (perf51, blind round 46 t07): named projects' scores without quotes, each a clause of its own — "对3个重点项目开展
/// 绩效自评，其中：地热资源勘查项目得分88.0分，等级“良”；矿山地质环境监测项目得分95.5分，等级“优”；…" — join the listed scores as the
/// quoted ones do (<see cref="QuotedProjectScores"/>), placed by <see cref="PlaceScoreList"/>.
/// </summary>
/// <remarks>
/// Precision first: the name is the whole clause before 项目得分 / 项目自评得分 (from the last ',', ';', ':' or '。'), 4–30 Chinese
/// characters and nothing else, names one project (<see cref="ProjectName"/>), holds no word of an average, the department's whole
/// or a key evaluation (<see cref="NotOneProjectScoreWords"/>), and does not start with a pronoun (该项目, 本项目, 各项目…).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>First characters of a clause that points at a project instead of naming it (该项目, 本项目, 此项目, 其…, 各…).</summary>
    private static readonly char[] ProjectPronouns = ['该', '本', '此', '其', '各', '全', '共', '上', '下'];

    /// <summary>Reads the unquoted projects' scores of a 绩效 paragraph into the listed scores (names not listed yet).</summary>
    private void UnquotedProjectScores(Fragment paragraph)
    {
        var text = paragraph.Text;
        for (var at = ProjectWordAt(text, 0); at > 0; at = ProjectWordAt(text, at + 2))
        {
            var funds = FundsInBracket(paragraph, text, at + 2, out var after);   // session 64: "甲项目（资金A万元）自评得分…"
            after = funds is null ? at + 2 : after;
            var word = ProjectScoreWordEnd(text, after);
            if (word < 0 || !ScoreAfterWord(text, word, out var scoreStart, out var scoreEnd))
            {
                continue;
            }

            var start = text.LastIndexOfAny([',', ';', ':', '。'], at - 1) + 1;
            if (string.CompareOrdinal(text, start, "其中", 0, 2) == 0 && at - start > 2)
            {
                start += 2;   // session 61: "其中信访积案化解项目自评得分94.0分" — the name after 其中 (其中该项目… stays a pronoun)
            }

            var nameEnd = at + 2;
            if (nameEnd - start is < 4 or > 30 || Array.IndexOf(ProjectPronouns, text[start]) >= 0 || !AllChinese(text, start, at)
                || NotOneProjectScoreWords.Any(w => text.IndexOf(w, start, nameEnd - start, StringComparison.Ordinal) >= 0)
                || !ProjectName(text, start, nameEnd, out var name, out _) || listedScores.Any(s => s.Name == name))
            {
                continue;
            }

            ListScore(paragraph, name, start, nameEnd, scoreStart, scoreEnd, funds);
            at = scoreEnd;
        }
    }

    /// <summary>The score words a listed project's score follows (session 64: 评分, 综合评分, 综合得分 besides 得分 and 自评得分).</summary>
    private static readonly string[] ListedScoreWords = ["得分", "自评得分", "评分", "综合评分", "综合得分"];

    /// <summary>Where the score word at <paramref name="at"/> ends (<see cref="ListedScoreWords"/>), or -1 when none is there.</summary>
    private static int ProjectScoreWordEnd(string text, int at)
    {
        foreach (var word in ListedScoreWords)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return at + word.Length;
            }
        }

        return -1;
    }

    /// <summary>
    /// The next "项目" or, session 53 (blind round 49 t08: "食品安全抽检监测专项得分96.0分（优）"), "专项" at or after
    /// <paramref name="from"/> — a project named as a special fund (专项) is one project as "…项目" is — or -1.
    /// </summary>
    private static int ProjectWordAt(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var project = text.IndexOf("项目", from, StringComparison.Ordinal);
        var special = text.IndexOf("专项", from, StringComparison.Ordinal);
        return project < 0 ? special : special < 0 ? project : Math.Min(project, special);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) holds only Chinese characters.</summary>
    private static bool AllChinese(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!TextTableReader.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
