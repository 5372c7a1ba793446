namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (blind round 50, t03): a percentage that is the threshold of a class phrase — "执行率未达到100%的主要原因是…",
/// "完成率低于90%的项目…", "超过100%的部分" — names no rate of any figure: it is the bound the phrase compares with. Before,
/// "本年调整预算 14980.00 万元，预算执行率 94.90%，执行率未达到100%的主要原因是…" read 100 as the completion rate stated again (a false
/// FA8003). The percentage is a located note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The comparison words a threshold follows (the last words of its label).</summary>
    private static readonly string[] ThresholdComparisons =
    [
        "未达到", "未达", "达不到", "没有达到", "低于", "不足", "小于", "少于", "高于", "超过", "超出", "大于", "多于", "不到", "以下",
        "以上",
    ];

    /// <summary>
    /// Whether the percentage <paramref name="token"/> ends a label with a comparison word (<see cref="ThresholdComparisons"/>)
    /// and is followed, past its sign and 以上/以下, by 的 (a class phrase: "…的主要原因", "…的项目", "…的部分").
    /// </summary>
    private static bool RateThresholdOfClass(ClauseView clause, NumberToken token, string label)
    {
        var trimmed = label.TrimEnd();
        if (!EndsWithAny(trimmed, trimmed.Length, ThresholdComparisons))
        {
            return false;
        }

        var text = clause.Sentence.Text;
        var after = Math.Min(clause.Start + token.End, text.Length);   // the token counts from its clause's start
        while (after < text.Length && (text[after] is '%' or '％' or ' ' || WhiteSpace.Is(text[after])))
        {
            after++;
        }

        if (Scanner.Starts(text, after, "以上", text.Length) || Scanner.Starts(text, after, "以下", text.Length))
        {
            after += 2;
        }

        return after < text.Length && text[after] == '的';
    }
}
