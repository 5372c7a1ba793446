using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 42 (perf42): the scores of named projects written as one list — "对“A项目”、“B项目”、“C项目”3个项目开展了绩效自评，自评得分
/// 分别为94.5分、91.0分、88.5分" — paired in order (as session 41's <c>ShareListPairing</c> pairs 分别占 shares with their amounts):
/// each project an evaluation with its name and its <c>totalScore</c>, marked a selection (schema 1.8) when the stated count of
/// evaluated projects is more than the names. The projects' average score (平均得分): a located note, since session 44
/// <c>/performance/averageProjectScore</c> (schema 1.9) when its sentence speaks of 项目.
/// </summary>
/// <remarks>
/// Precision first: read only when the list's names and the scores are as many (two at least), every name is one project's
/// title (<see cref="OneProjectTitle"/>: ends in 项目 / 工程 / 资金 …, no 整体 / 部门 …), a count written after the names
/// ("等3个项目", "3个项目") equals them, the sentence speaks of 自评 and the score word (得分 / 评分) stands right before 分别为
/// / 分别是, each score ends in 分 and the scores are joined by 、. Scores without names ("共涉及项目3个…自评得分分别为…") have no
/// evaluation to belong to and stay unread (a located note since session 44); a list beside prose summaries is left to them (one
/// project is never written twice).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that open a score list after its score word (得分分别为 …).</summary>
    private static readonly string[] ScoreListOpeners = ["得分分别为", "得分分别是", "评分分别为", "评分分别是"];

    /// <summary>Words that close the list of names before its count or verb (开展, 进行) in a 自评 sentence.</summary>
    private static readonly string[] NameListEnds = ["开展", "进行", "实施"];

    /// <summary>The named projects' scores read from a list, placed by <see cref="PlaceScoreList"/> once the text is read.</summary>
    /// <remarks>Session 64: a listed project may carry the funds its name's bracket states (<see cref="BracketedFunds"/>).</remarks>
    private readonly List<(string Name, SourceSpan NameSpan, ProseFigure Score, string Text, BracketedFunds? Funds)> listedScores = new();

    /// <summary>Reads a 绩效 paragraph's list of named projects and their scores (分别为), when names and scores pair.</summary>
    private void ScoreList(Fragment paragraph)
    {
        var text = paragraph.Text;
        foreach (var opener in ScoreListOpeners)
        {
            var at = text.IndexOf(opener, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var sentenceFrom = text.LastIndexOf('。', Math.Max(at - 1, 0)) + 1;
            var scores = ListedScores(paragraph, text, at + opener.Length, out var listEnd);
            if (scores.Count < 2 || text.IndexOf("自评", sentenceFrom, at - sentenceFrom, StringComparison.Ordinal) < 0)
            {
                return;
            }

            var clause = text.Substring(sentenceFrom, listEnd - sentenceFrom);
            if (!ListedNames(text, sentenceFrom, at, out var names) || names.Count != scores.Count)
            {
                // Session 44: "对3个项目开展绩效自评，自评得分分别为96分、92分和88分" — no name to pair: a note, never a figure.
                Note(b.Span(paragraph, at, listEnd), DisclosureMessages.UnpairedProjectScores, clause);
                return;
            }

            for (var i = 0; i < names.Count; i++)
            {
                listedScores.Add((names[i].Name, b.Span(paragraph, names[i].Start, names[i].End), scores[i], clause, null));
            }

            return;
        }
    }

    /// <summary>The scores after 分别为: numbers each followed by 分, joined by 、 (none when the list is broken).</summary>
    private List<ProseFigure> ListedScores(Fragment paragraph, string text, int from, out int end)
    {
        var scores = new List<ProseFigure>();
        var p = from;
        end = from;
        while (p < text.Length)
        {
            var start = p;
            while (p < text.Length && (Scanner.IsDigit(text[p]) || text[p] == '.' && p > start))
            {
                p++;
            }

            if (p == start || p >= text.Length || text[p] != '分' || text[p - 1] == '.')
            {
                return [];
            }

            scores.Add(new ProseFigure(DraftNode.Of(text.Substring(start, p - start)), b.Span(paragraph, start, p + 1)));
            p++;
            end = p;
            if (p >= text.Length || !IsScoreJoiner(text[p]))
            {
                return scores;
            }

            p++;
        }

        return [];
    }

    /// <summary>
    /// The project names listed before the score word: the 、 list after 对 / 涉及 / 包括 in the sentence, each name (its quotes
    /// taken off) one project's title, the list ending at 等, a count (equal to the names) or 开展 / 进行.
    /// </summary>
    private static bool ListedNames(string text, int sentenceFrom, int scoreAt, out List<(string Name, int Start, int End)> names)
    {
        names = [];
        var first = text.IndexOf('、', sentenceFrom, scoreAt - sentenceFrom);
        if (first < 0)
        {
            return false;
        }

        var start = -1;
        foreach (var lead in new[] { "对", "涉及", "包括" })
        {
            var l = text.LastIndexOf(lead, first, first - sentenceFrom + 1, StringComparison.Ordinal);
            start = l >= 0 ? Math.Max(start, l + lead.Length) : start;
        }

        if (start < 0 || text.IndexOfAny([',', ';', ':'], start, first - start) >= 0)
        {
            return false;
        }

        var end = first;
        while (end < scoreAt && text[end] != '等' && !Scanner.IsDigit(text[end]) && text[end] != ','
            && !NameListEnds.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0))
        {
            end++;
        }

        if (!NamesCountAgrees(text, end, scoreAt, text.Substring(start, end - start).Split('、').Length))
        {
            return false;
        }

        var counted = CountedProjects(text, end, scoreAt);

        for (var p = start; p < end;)
        {
            var next = text.IndexOf('、', p, end - p);
            var itemEnd = next < 0 ? end : next;
            var (s, e) = (p, itemEnd);
            while (s < e && Array.IndexOf(NameOpenQuotes, text[s]) >= 0)
            {
                s++;
            }

            while (e > s && Array.IndexOf(NameCloseQuotes, text[e - 1]) >= 0)
            {
                e--;
            }

            if (!(OneProjectTitle(text, s, e) || counted && NamedByCount(text, s, e)) || !ProjectName(text, s, e, out var name, out _))
            {
                return false;
            }

            names.Add((name, s, e));
            p = itemEnd + 1;
        }

        return names.Count >= 2;
    }

    /// <summary>A count after the names ("等3个项目", "3个项目") equals them; none written agrees.</summary>
    private static bool NamesCountAgrees(string text, int at, int limit, int names)
    {
        var p = at < limit && text[at] == '等' ? at + 1 : at;
        var digits = p;
        while (p < limit && Scanner.IsDigit(text[p]))
        {
            p++;
        }

        return p == digits
            || int.TryParse(text.Substring(digits, p - digits), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var count) && count == names;
    }

    /// <summary>
    /// After the whole text, when no prose summary was read: writes each listed project as an evaluation (its name and total
    /// score), a selection when the stated count is more; more names than the stated count stays the one note.
    /// </summary>
    private void PlaceScoreList()
    {
        if (listedScores.Count == 0)
        {
            return;
        }

        var count = b.Find("/performance/projectEvaluationCount") is { Kind: DraftKind.Number } stated ? stated.Number : -1;
        if (count >= 0 && count < listedScores.Count)
        {
            var (zh, en) = DisclosureMessages.PartialProseEvaluations(count, listedScores.Count);
            b.Note(listedScores[0].NameSpan, zh, en, listedScores[0].Text);
            return;
        }

        if (count > listedScores.Count)
        {
            b.Set("/performance/evaluationsListed", DraftNode.Of("selection"), listedScores[0].NameSpan);
        }

        foreach (var (name, nameSpan, score, text, funds) in listedScores)
        {
            var pointer = b.Append("/performance/evaluations");
            b.SetUnder(pointer, "kind", DraftNode.Of("project"), nameSpan);
            b.SetUnder(pointer, "name", DraftNode.Of(name), nameSpan);
            if (funds is { } f)
            {
                // Session 64: "甲项目（资金486.30万元）自评得分93.5分" — the bracket's amount is the project's funds.
                var fund = b.Append(pointer + "/funds");
                b.SetUnder(fund, "kind", DraftNode.Of("total"), f.Figure.Span);
                b.SetUnder(fund, "label", DraftNode.Of(f.Label), f.Figure.Span);
                ProseSet(fund, f.Member, f.Figure, ClaimKind.Amount, text);
            }

            ProseSet(pointer, "totalScore", score, ClaimKind.Quantity, text);
        }
    }

    /// <summary>Words of the evaluated projects' average score, longest first.</summary>
    private static readonly string[] AverageScoreWords = ["平均得分", "平均分"];

    /// <summary>
    /// Reads the evaluated projects' average score ("对12个项目开展绩效自评，…平均得分93.6分", "平均得分为 90 分") into
    /// <c>/performance/averageProjectScore</c> (schema 1.9; session 44) when its sentence speaks of 项目 and of no indicator or the
    /// department's whole spending (整体) — an average whose owner is not the projects stays the located note (session 42: no model
    /// place then); a bound ("平均得分90分以上") is no score and is passed over.
    /// </summary>
    private void AverageScore(Fragment paragraph)
    {
        var text = paragraph.Text;
        foreach (var word in AverageScoreWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var p = at + word.Length;
            while (p < text.Length && (text[p] is ' ' or ':' or '为' or '是' or '达'))
            {
                p++;
            }

            var start = p;
            while (p < text.Length && (Scanner.IsDigit(text[p]) || text[p] == '.' && p > start))
            {
                p++;
            }

            if (p > start && p < text.Length && text[p] == '分' && string.CompareOrdinal(text, p + 1, "以", 0, 1) != 0)
            {
                var sentenceFrom = Math.Max(text.LastIndexOf('。', Math.Max(at - 1, 0)), text.LastIndexOf(';', Math.Max(at - 1, 0))) + 1;
                var sentence = text.Substring(sentenceFrom, p + 1 - sentenceFrom);
                var span = b.Span(paragraph, start, p + 1);
                if (sentence.Contains("项目") && !sentence.Contains("指标") && !sentence.Contains("整体"))
                {
                    b.Set("/performance/averageProjectScore", DraftNode.Of(text.Substring(start, p - start)), span, ClaimKind.Quantity,
                        sentence);
                }
                else
                {
                    Note(span, DisclosureMessages.AverageEvaluationScore, sentence);
                }
            }

            return;
        }
    }
}
