namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45: t02, t04, t05, t07, t09, t10): named projects' scores written one after another in a 绩效
/// paragraph — "…平均得分92.8分；其中“区域医疗中心建设”项目得分95.1分，“重点专科能力提升”项目得分88.6分，系…", "“高标准农田建设”项目自评
/// 得分96.2分", "“理化生实验室改造”项目因设备到货延迟自评得分86.5分". Only a score list with 分别为 was read (session 42,
/// <see cref="ScoreList"/>); each such score now joins that list: an evaluation with the project's name and total score,
/// placed by <see cref="PlaceScoreList"/> (a selection when the stated count is more, a note when it is less).
/// </summary>
/// <remarks>
/// Precision first: the name is in quotes (“…”, 《…》), 项目 follows the closing quote within the same clause (no "，", "；",
/// "。" or digit before the score word), the score word 得分 comes at most <see cref="QuotedScoreReach"/> characters after the
/// quote, the score is a number followed by 分 (not 以上/以下), and the run holds no word of an average (平均), the
/// department's whole (整体, 部门) or a key evaluation (重点, 财政评价). An unquoted project ("县志评审项目因会议延期，自评得分82.5分")
/// is left.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The farthest (characters) the score word may stand after a quoted project's closing quote.</summary>
    private const int QuotedScoreReach = 20;

    /// <summary>Words between a quoted name and its score that make the score no one project's own.</summary>
    private static readonly string[] NotOneProjectScoreWords = ["平均", "整体", "部门", "重点", "财政评价", "分别"];

    /// <summary>
    /// Reads the scores of quoted projects in a 绩效 paragraph ("“X”项目自评得分 N 分") into the named scores that
    /// <see cref="PlaceScoreList"/> writes, unless a 分别为 list of this paragraph was read or the name is there already.
    /// </summary>
    private void QuotedProjectScores(Fragment paragraph, int listedBefore)
    {
        if (listedScores.Count > listedBefore)
        {
            return;   // the paragraph's 分别为 list (ScoreList) names its projects
        }

        var text = paragraph.Text;
        for (var open = NextQuote(text, 0, NameOpenQuotes); open >= 0; open = NextQuote(text, open + 1, NameOpenQuotes))
        {
            var close = NextQuote(text, open + 1, NameCloseQuotes);
            if (close < 0 || !QuotedScore(text, close + 1, out var projectEnd, out var scoreStart, out var scoreEnd))
            {
                continue;
            }

            var name = text.Substring(open + 1, close - open - 1) + text.Substring(close + 1, projectEnd - close - 1);
            if (!ProjectName(name, 0, name.Length, out name, out _) || listedScores.Any(s => s.Name == name))
            {
                continue;
            }

            ListScore(paragraph, name, open, projectEnd, scoreStart, scoreEnd);
            open = scoreEnd;
        }

        UnquotedProjectScores(paragraph);   // session 51: "其中：地热资源勘查项目得分88.0分，等级“良”；…"
    }

    /// <summary>Adds a named project's score [<paramref name="scoreStart"/>, <paramref name="scoreEnd"/>) to the listed scores.</summary>
    private void ListScore(
        Fragment paragraph, string name, int nameStart, int nameEnd, int scoreStart, int scoreEnd, BracketedFunds? funds = null)
    {
        var text = paragraph.Text;
        var sentenceFrom = Math.Max(text.LastIndexOf('。', nameStart) + 1, 0);
        listedScores.Add((name, b.Span(paragraph, nameStart, nameEnd),
            new ProseFigure(DraftNode.Of(text.Substring(scoreStart, scoreEnd - scoreStart)), b.Span(paragraph, scoreStart, scoreEnd + 1)),
            text.Substring(sentenceFrom, scoreEnd + 1 - sentenceFrom), funds));
    }

    /// <summary>The first of <paramref name="quotes"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextQuote(string text, int from, char[] quotes)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (Array.IndexOf(quotes, text[i]) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a quoted name closing at <paramref name="from"/> is followed by its project word and score: Chinese characters
    /// ending in 项目 (<paramref name="projectEnd"/> after it), then within the same clause the score word 得分 (为/:), a
    /// number [<paramref name="scoreStart"/>, <paramref name="scoreEnd"/>) and 分 (no bound after it).
    /// </summary>
    private static bool QuotedScore(string text, int from, out int projectEnd, out int scoreStart, out int scoreEnd)
    {
        projectEnd = scoreStart = scoreEnd = -1;
        var project = text.IndexOf("项目", from, Math.Min(8, text.Length - from), StringComparison.Ordinal);
        var score = text.IndexOf("得分", from, Math.Min(QuotedScoreReach, text.Length - from), StringComparison.Ordinal);
        if (project < 0 || score < project + 2)
        {
            return false;
        }

        for (var i = from; i < score; i++)
        {
            if (text[i] is < '\u4e00' or > '\u9fff')
            {
                return false;   // a clause mark, a quote or a digit: the score is not this name's
            }
        }

        var run = text.AsSpan(from, score - from);
        foreach (var word in NotOneProjectScoreWords)
        {
            if (run.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        projectEnd = project + 2;
        return ScoreAfterWord(text, score + 2, out scoreStart, out scoreEnd);
    }

    /// <summary>
    /// Whether a score follows a score word ending at <paramref name="from"/>: (为/:) a number [<paramref name="scoreStart"/>,
    /// <paramref name="scoreEnd"/>) and 分, no bound (以上/以下) after it.
    /// </summary>
    private static bool ScoreAfterWord(string text, int from, out int scoreStart, out int scoreEnd)
    {
        var p = from;
        while (p < text.Length && text[p] is '为' or ':' or ' ')
        {
            p++;
        }

        scoreStart = p;
        while (p < text.Length && (Scanner.IsDigit(text[p]) || text[p] == '.' && p > scoreStart))
        {
            p++;
        }

        scoreEnd = p;
        return p > scoreStart && text[p - 1] != '.' && p < text.Length && text[p] == '分'
            && string.CompareOrdinal(text, p + 1, "以上", 0, 2) != 0 && string.CompareOrdinal(text, p + 1, "以下", 0, 2) != 0;
    }
}
