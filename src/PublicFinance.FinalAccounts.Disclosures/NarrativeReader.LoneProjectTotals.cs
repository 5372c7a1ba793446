namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (perf61, blind round 57 t10): one project's self-evaluation stated with its total score and less than the fund
/// figures a summary needs — "2025年度对基本公共卫生服务项目开展绩效自评，项目资金346.85万元，自评得分95.3分，评价等级为“优”。" The
/// paragraph names one project (<see cref="ProseProjectName"/>) but states one fund figure, so it is no prose evaluation
/// (<see cref="PerformanceProse"/>); its score is that project's, as a quoted project's score is: it joins the listed scores
/// (<see cref="ListScore"/>), written by <see cref="PlaceScoreList"/> as an evaluation with the project's name and total score.
/// </summary>
/// <remarks>
/// Precision first: the score is the clause 自评得分 N 分 of the sentence that names the project (after the name, before the
/// next 。), alone in that sentence (no other 得分), with no score of a part, weight or indicator read in the paragraph, and no
/// word of the department's whole, an average or a list (整体, 部门, 平均, 分别) in the sentence after the name.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Words after the project's name that make a score no one project's own.</summary>
    private static readonly string[] LoneTotalStopWords = ["整体", "部门", "平均", "分别", "其中", "重点"];

    /// <summary>Adds a named project's lone total score to the listed scores (see the type's remarks).</summary>
    private void LoneProjectTotal(Fragment paragraph, ProseEvaluation e, int nameEnd)
    {
        if (e.TotalScore is null || e.FundScore is not null || e.FundWeight is not null || e.Indicators.Count > 0
            || e.TotalWeight is not null || listedScores.Any(s => s.Name == e.Name))
        {
            return;
        }

        var text = paragraph.Text;
        var sentenceEnd = text.IndexOf('。', nameEnd);
        sentenceEnd = sentenceEnd < 0 ? text.Length : sentenceEnd;
        var word = text.IndexOf("自评得分", nameEnd, sentenceEnd - nameEnd, StringComparison.Ordinal);
        if (word <= nameEnd || text[word - 1] != ',' || LoneTotalStopWords.Any(
                w => text.IndexOf(w, nameEnd, sentenceEnd - nameEnd, StringComparison.Ordinal) >= 0)
            || !ScoreAfterWord(text, word + 4, out var scoreStart, out var scoreEnd)
            || text.IndexOf("得分", scoreEnd, sentenceEnd - scoreEnd, StringComparison.Ordinal) >= 0
            || text.IndexOf("得分", nameEnd, word - nameEnd, StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var nameStart = text.LastIndexOf(e.Name, nameEnd - 1, StringComparison.Ordinal);
        ListScore(paragraph, e.Name, Math.Max(0, nameStart), nameEnd, scoreStart, scoreEnd);
    }
}
